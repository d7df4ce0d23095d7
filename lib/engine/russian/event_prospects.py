"""A treaty left in the future tense in Russian: "Вашингтон выйдет из Договора по открытому
небу", "мы расторгнем соглашение и выйдем из него" tell a withdrawal announced, not one taken;
with no term of its own ("через шесть месяцев", a date) it is no treaty's end or withdrawal
taking effect after the page was written. The announcement has rows of its own, found by the
saying ("Трамп заявил, что Вашингтон выйдет…": a verb of saying in the past before the future
among the pattern's words makes the words the announcement's, told as done).

The Russian sets label other steps told ahead as the event ("Черногория станет 29-м членом
НАТО", "в Литве развернут батальон"), unlike the English ones (lib.engine.event_prospects): that
conflict is left open, and only leaving a treaty is read so here.
"""

from __future__ import annotations

from lib.engine.russian.link import Sentence
from lib.engine.russian.text import parses

__all__ = ["leaves_ahead"]

# Verbs of leaving or breaking a treaty.
LEAVING = {"выйти", "выходить", "расторгнуть", "расторгать", "разорвать", "покинуть"}
# Verbs of saying or deciding: in the past, the future they govern is a step announced.
TELLING = {"заявить", "заявлять", "объявить", "объявлять", "сообщить", "сообщать", "сказать",
           "подтвердить", "решить", "пообещать", "обещать", "пригрозить", "анонсировать",
           "уведомить", "написать", "отметить", "подчеркнуть", "договориться"}  # fmt: skip
# A term that fixes when the withdrawal takes effect ("выйдут из договора через шесть месяцев").
TERM = {"через", "спустя"}


def _tense(word: str) -> str | None:
    """ "futr" or "past" for a verb pymorphy3 knows (its first parse), else None."""
    found = parses(word.lower()) if word.isalpha() else ()
    if found and found[0].is_known and found[0].tag.POS == "VERB":
        return found[0].tag.tense
    return None


def leaves_ahead(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the pattern's words at tokens first..last leave a treaty in the future tense,
    with no verb of saying in the past before it among them (TELLING) and no term in the
    sentence (TERM)."""
    if any(t.lemma in TERM for t in sentence.tokens):
        return False
    for token in sentence.tokens[first:last]:
        tense = _tense(token.text)
        if tense == "past" and token.lemma in TELLING:
            return False
        if tense == "futr" and token.lemma in LEAVING:
            return True
    return False
