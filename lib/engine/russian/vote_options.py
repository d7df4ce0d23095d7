"""A vote's option is not the act it names. "За присоединение Крыма к России проголосовало 93%
избирателей" tells the referendum's count: the voters chose the annexation, nobody annexed
anything that day. An act's words right after "за" or "против" in a sentence of voting are the
option on the ballot; a parliament's vote on the act ("Госдума проголосовала за присоединение
Крыма") is a step of the act itself and is left to the date check."""

from __future__ import annotations

from lib.engine.russian.link import Sentence

OPTION = {"за", "против"}
VOTING = {"проголосовать", "голосовать", "голосование", "высказаться", "голос"}
# a parliament's or its members' vote: a step of the act, not a ballot's option
PARLIAMENT = {
    "госдума", "дума", "парламент", "рада", "сенат", "сенатор", "конгресс", "депутат",
    "палата", "совфед", "федерация", "госсовет", "верховный",
}  # fmt: skip


def vote_option(sentence: Sentence, first: int) -> bool:
    """The phrase starting at token `first` follows "за"/"против" in a sentence that tells a
    vote (VOTING) of no parliament (PARLIAMENT)."""
    if first == 0 or sentence.tokens[first - 1].lemma not in OPTION:
        return False
    lemmas = {t.lemma for t in sentence.tokens}
    return bool(VOTING & lemmas) and not PARLIAMENT & lemmas
