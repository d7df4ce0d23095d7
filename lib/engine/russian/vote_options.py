"""A vote's option is not the act it names. "За присоединение Крыма к России проголосовало 93%
избирателей" tells the referendum's count: the voters chose the annexation, nobody annexed
anything that day. An act's words right after "за" or "против" in a sentence of voting are the
option on the ballot; a parliament's vote on the act ("Госдума проголосовала за присоединение
Крыма") is a step of the act itself and is left to the date check. A ballot told with its
question ("референдум о вхождении в состав России") asked the act; the act is not told."""

from __future__ import annotations

from lib.engine.russian.link import Sentence

OPTION = {"за", "против"}
VOTING = {"проголосовать", "голосовать", "голосование", "высказаться", "голос"}
# a parliament's or its members' vote: a step of the act, not a ballot's option
PARLIAMENT = {
    "госдума", "дума", "парламент", "рада", "сенат", "сенатор", "конгресс", "депутат",
    "палата", "совфед", "федерация", "госсовет", "верховный",
}  # fmt: skip


# A ballot named with its question ("прошел референдум о вхождении в состав России",
# "голосование по вопросу присоединения"): the act after it is what was asked, not done.
BALLOTS = {"референдум", "плебисцит", "голосование"}
ABOUT = {"о", "об", "по"}


def vote_option(sentence: Sentence, first: int, last: int | None = None) -> bool:
    """The phrase starting at token `first` follows "за"/"против" in a sentence that tells a
    vote (VOTING) of no parliament (PARLIAMENT), or a ballot's question (BALLOTS + "о") stands
    among its tokens up to `last`."""
    tokens = sentence.tokens
    end = len(tokens) if last is None else last
    if any(
        tokens[j].lemma in BALLOTS and tokens[j + 1].lemma in ABOUT
        for j in range(max(0, first - 2), min(end, len(tokens)) - 1)
    ):
        return True
    if first == 0 or tokens[first - 1].lemma not in OPTION:
        return False
    lemmas = {t.lemma for t in tokens}
    return bool(VOTING & lemmas) and not PARLIAMENT & lemmas
