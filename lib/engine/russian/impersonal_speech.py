"""Whether "в <capital or seat>" opens an indefinite-personal clause of stance: a verb in the
plural with no subject of its own, whose unnamed actors are those who sit there ("В
Вашингтоне утверждают", "В Кремле уверены", "в Москве эти обвинения категорически
опровергли", "В Кремле не смогли прокомментировать"). Russian news writes a government's
position so; the capital then stands for its state, not for the city.

A singular predicate has a subject of its own ("В Москве Путин заявил": the city), and a
verb that tells no stance ("в Москве прошли переговоры") leaves the place a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.text import parses

# Verbs and short participles by which a government states, denies, judges or announces.
STANCE = frozenset({
    "заявлять", "заявить", "сообщить", "сообщать", "утверждать", "озвучить", "озвучивать",
    "отрицать", "опровергнуть", "опровергать", "отвергнуть", "отвергать", "объявить",
    "объявлять", "говорить", "сказать", "считать", "полагать", "уверить", "убедить",
    "уверять", "заверить", "заверять", "объяснить", "объяснять", "пояснить", "возражать",
    "возразить", "сомневаться", "критиковать", "раскритиковать", "оценить", "оценивать",
    "прокомментировать", "комментировать", "отреагировать", "реагировать", "подтвердить",
    "подтверждать", "признать", "признавать", "отметить", "отмечать", "подчеркнуть",
    "подчеркивать", "настаивать", "надеяться", "опасаться", "рассчитывать", "ожидать",
    "обещать", "пообещать", "пригрозить", "угрожать", "предупредить", "предупреждать",
    "потребовать", "требовать", "призвать", "призывать", "напомнить", "напоминать",
    "выразить", "выражать", "назвать", "называть", "исключать", "осудить", "осуждать",
    "ответить", "отвечать", "добавить", "уточнить", "указать", "указывать",
})  # fmt: skip
# A government deliberating, in the present only ("В Кремле не обсуждают", "в Вашингтоне
# рассматривается вариант санкций", the passive in either number): in the past the same verbs
# report a meeting held there ("в Лондоне лишь обсуждалось", "В Москве обсудили … министры").
DELIBERATING = frozenset({"обсуждать", "рассматривать"})
DELIBERATED = frozenset({"обсуждаться", "рассматриваться", "прорабатываться"})
# Verbs that carry a stance verb in the infinitive ("не смогли прокомментировать",
# "продолжают это отрицать", "отказались комментировать", "не стали комментировать").
CARRIERS = frozenset({"смочь", "мочь", "продолжать", "отказаться", "отказываться", "стать",
                      "спешить", "поспешить", "решить"})  # fmt: skip
_PREDICATE = {"VERB", "ADJS", "PRTS"}
_WINDOW = 5  # the clause's words read after the place ("эти обвинения категорически ...")


def _predicate(word: str) -> tuple[str, bool] | None:
    """The lemma of a finite verb or short form and whether it is plural, else None."""
    for p in parses(word.lower()):
        if p.tag.POS in _PREDICATE:
            return p.normal_form, "plur" in p.tag
    return None


def _adverb(word: str) -> bool:
    """An adverb, though it reads as a neuter short adjective too ("позитивно оценивают")."""
    return any(p.tag.POS == "ADVB" for p in parses(word.lower()))


def _present(word: str) -> bool:
    return any(p.tag.POS == "VERB" and "pres" in p.tag for p in parses(word.lower()))


def _infinitive(word: str) -> str | None:
    return next((p.normal_form for p in parses(word.lower()) if p.tag.POS == "INFN"), None)


def stance_of_those_there(tokens: Sequence, at: int) -> bool:
    """Whether the clause from `at` (the word after the place) has, before any punctuation,
    a plural predicate of stance with no subject before it: a verb of `STANCE`, or a carrier
    verb with such an infinitive within two words."""
    for i in range(at, min(at + _WINDOW, len(tokens))):
        text = tokens[i].text
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if text == "и" and following in ("не", "ни"):
            continue  # "на это и не рассчитывали": "и" a particle, not "and"
        if not text[:1].isalpha() or text == "и":
            return False  # the clause ended, or a predicate of the subject before it begins
        found = None if _adverb(text) else _predicate(text)
        if found is None:
            continue  # a particle, an adverb, the object before its verb
        lemma, plural = found
        if lemma in DELIBERATING | DELIBERATED:
            return _present(text) and (plural or lemma in DELIBERATED)
        if not plural:
            return False  # "В Москве Путин заявил": a subject of its own
        if lemma in STANCE:
            return True
        if lemma in CARRIERS:
            following = (_infinitive(t.text) for t in tokens[i + 1 : i + 3])
            return any(inf in STANCE for inf in following)
        return False
    return False


def said_by_one(word: str) -> bool:
    """Whether a verb of saying is a finite one in the singular ("Трамп в Хельсинки заявил"):
    it has a subject of its own, and the place before it is where it was said."""
    found = _predicate(word)
    return found is not None and not found[1] and any(
        "sing" in p.tag for p in parses(word.lower()) if p.tag.POS in _PREDICATE
    )
