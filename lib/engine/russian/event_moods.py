"""The mood an event's words stand in, in Russian: what the sentence tells as settled and what
it only makes wait on a condition, threatens, promises, plans, opposes or tries to prevent
(read by lib.engine.russian.events). News tells the outcomes it weighs in the words of the act
("В противном случае США пообещали выйти из соглашения", "не откажется от планов по закупке
С-400", "Названа дата присоединения Македонии к НАТО", "выступает против исключения России из
G8"); only the act told as done, or as settled ahead, is the event. A promise ("пообещали выйти") speaks of what is to come (events.FUTURE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.link import Sentence

# A sentence that makes what is to come wait on a condition ("как только все ратифицируют
# протокол, станет 30-м членом", "для вступления протокол должен быть ратифицирован",
# "В противном случае США пообещали выйти" after an ultimatum) speaks of an outcome not yet
# settled.
CONDITION = re.compile(
    r"\b(?:как только|при условии|в случае(?! с)|в (?:противном|ином) случае|если|"
    r"должн[аоы]? быть|необходимо|после того,?\s+как\s[^.]*?\bбуд(?:ет|ут)\b)",
    re.IGNORECASE,
)
# "после того как" in a sentence of the future ("После того как все страны ратифицируют протокол,
# Черногория станет 29-м членом"): a condition, as CONDITION's "будет" form.
AFTER_THAT = re.compile(r"\bпосле того,?\s+как\b", re.IGNORECASE)

# A pattern's act governed by a modal or a threat ("может отказать республике в продаже F-35",
# "грозят санкциями", "предупреждали, что исключат") is what may come, not what was done; a
# modal in the past ("мог быть отравлен") doubts what happened, and that is still the event.
MODALS = {"мочь", "грозить", "пригрозить", "угрожать", "угроза", "предупреждать", "предупредить",
          "рисковать"}  # fmt: skip
PAST_MODALS = {"мог", "могла", "могло", "могли"}
MODAL_REACH = 2  # tokens before a pattern's first term where its modal may stand ("может
# ответить на выход США" governs the answer, not the withdrawal)

# "несёт угрозу", "представляет угрозу": a threat posed is a state, not a threat of an act
# ("Румыния несет угрозу … после размещения элементов ПРО").
POSED = {"нести", "представлять", "представить", "создавать", "создать"}


def possible(sentence: Sentence, first: int, last: int) -> bool:
    """A modal or a threat among the pattern's tokens or just before them (MODALS)."""
    tokens = sentence.tokens
    return any(
        tokens[i].lemma in MODALS
        and tokens[i].text.lower() not in PAST_MODALS
        and not (tokens[i].lemma == "угроза" and i > 0 and tokens[i - 1].lemma in POSED)
        for i in range(max(0, first - MODAL_REACH), last)
    )


# Verbs of preventing: the act they govern is what someone tried to stop, not told as done
# ("с целью помешать вступлению страны в НАТО", "сорвать саммит").
PREVENTING = {"помешать", "мешать", "сорвать", "срывать", "препятствовать", "воспрепятствовать",
              "недопущение", "предотвратить", "предотвращать", "торпедировать", "блокировать",
              "заблокировать"}  # fmt: skip


def prevented(sentence: Sentence, first: int, last: int) -> bool:
    """A verb of preventing among the phrase's tokens or just before them (PREVENTING), or
    "не допустить"."""
    tokens = sentence.tokens[max(0, first - MODAL_REACH) : last]
    lemmas = [t.lemma for t in tokens]
    return bool(PREVENTING & set(lemmas)) or any(
        a == "не" and b == "допустить" for a, b in zip(lemmas, lemmas[1:], strict=False)
    )


# A stance taken against an act ("Германия выступает против исключения России из G8",
# "возражает против размещения"): the act is proposed, not done.
AGAINST = {"выступать", "выступить", "возражать", "возразить", "голосовать", "проголосовать"}


def opposed(sentence: Sentence, first: int, last: int) -> bool:
    """Whether "против" after a verb of stance (AGAINST) governs a word of the phrase at tokens
    first..last ("выступает против исключения России из G8")."""
    tokens = sentence.tokens
    return any(
        tokens[j].lemma == "против" and any(t.lemma in AGAINST for t in tokens[max(0, j - 3) : j])
        for j in range(max(0, first - 1), last - 1)
    )


# Plans and procedures named by their noun ("не откажется от планов по закупке С-400", "план по
# размещению", "разработал процедуры по присоединению"): the act after "по" is still to come
# on the page's day.
PLAN_NOUNS = {"план", "планы", "процедура"}


# A date or term named, set or agreed for an act ("Названа дата присоединения Македонии к
# НАТО", "определены сроки вывода"): the act is scheduled, still to come.
SCHEDULES = {"дата", "срок", "сроки"}
NAMING = {"назвать", "называть", "определить", "установить", "назначить", "объявить",
          "согласовать", "утвердить"}  # fmt: skip


def planned(sentence: Sentence, first: int, last: int, forms: set[str]) -> bool:
    """Whether a word of the phrase at tokens first..last is the object of a plan noun ("планов
    по закупке", PLAN_NOUNS) or of a date named for it ("Названа дата присоединения",
    SCHEDULES after NAMING), when the event's own forms (`forms`, its lemmas) do not name the
    plan or the date (an announcement of plans or of a timing is told by them: "назвал сроки
    выхода США из Договора по открытому небу")."""
    tokens = sentence.tokens
    of_plan = not PLAN_NOUNS & forms and any(
        tokens[j].lemma in PLAN_NOUNS and tokens[j + 1].lemma == "по"
        for j in range(max(0, first - 2), last - 2)
    )
    scheduled = not SCHEDULES & forms and any(
        tokens[j].lemma in SCHEDULES and any(t.lemma in NAMING for t in tokens[max(0, j - 3) : j])
        for j in range(max(0, first - 1), last - 1)
    )
    return of_plan or scheduled


# A sentence opened by a pronoun that stands for what the sentence before listed ("…страна
# столкнется с последствиями. К ним относятся приостановка закупок и участия в программе F-35",
# "Среди них", "В их числе"): it names the members of that sentence's noun, in its mood.
OPENING_REACH = 3  # tokens at a sentence's start where such a pronoun stands
ANAPHORS = {"они"}


def opens_on_the_one_before(sentence: Sentence) -> bool:
    """Whether a plural pronoun stands among the sentence's first tokens (ANAPHORS)."""
    return any(t.lemma in ANAPHORS for t in sentence.tokens[:OPENING_REACH])


def waits_on_condition(text: str, sentence: Sentence, future: bool) -> bool:
    """Whether the sentence makes what it tells wait on a condition (CONDITION, or "после того
    как" in a sentence of the future)."""
    said = text[sentence.start : sentence.end]
    return bool(CONDITION.search(said)) or bool(AFTER_THAT.search(said) and future)


def carried_condition(sentences: Sequence[Sentence], n: int, text: str, future_of) -> bool:
    """Whether sentence n takes the condition of the sentence before: it opens on a pronoun for
    what that sentence named (opens_on_the_one_before), and that sentence makes its outcome, told
    in the future, wait on a condition. `future_of(sentence)` tells whether a sentence speaks of
    what is to come."""
    if n == 0 or not opens_on_the_one_before(sentences[n]):
        return False
    before = sentences[n - 1]
    ahead = future_of(before)
    return ahead and waits_on_condition(text, before, ahead)
