"""A parliament's chamber told by its place in it: "верхняя палата российского парламента" is
the Federation Council, "верхняя палата Конгресса США" the Senate, "нижняя палата" on a page
about Russia the State Duma.

Agencies write a chamber so to vary its name. Its state is the parliament's: a state's adjective
or name beside "парламента", "Конгресса" (the United States'), "Федерального собрания"
(Russia's); with none named ("членов верхней палаты", "нижней палаты парламента"), the one
state its sentence or the two before name. Which body is a state's upper or lower chamber the English gazetteer says, by
its references ("the upper house", "the lower chamber"); a state without one gets no body.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of

SIDES = {"верхний": "upper", "нижний": "lower"}
CHAMBER = "палата"
# Parliaments that name their state ("Конгресса": the United States' Congress)
PARLIAMENTS_OF = {("конгресс",): "country:USA", ("федеральный", "собрание"): "country:RUS"}
PARLIAMENT = "парламент"
CONTEXT = 2  # sentences before a bare chamber where its state may be named


def _chambers(gaz: RussianGazetteer) -> dict[tuple[str, str], str]:
    """(country id, 'upper' | 'lower') -> the chamber's org id, from the English references."""
    return gaz.english.index("chambers by side", _build)


def _build(english) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for phrase, eid in english.references.items():
        entity = english.entries.get(eid)
        if entity is None or not entity.code:
            continue
        for side in ("upper", "lower"):
            if f"{side} house" in phrase or f"{side} chamber" in phrase:
                found.setdefault((f"country:{entity.code}", side), eid)
    return found


def chamber_periphrases(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with each "верхняя/нижняя палата" of a known state's parliament as that
    chamber (the words of the state and the parliament keep their own mentions)."""
    states: dict[int, set[str]] = {}
    for m in mentions:
        if m.type == "country":
            states.setdefault(m.sentence_id, set()).add(m.entity_id)
    out = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        lemmas = [t.lemma for t in tokens]
        for i in range(len(tokens) - 1):
            side = SIDES.get(lemmas[i])
            if side is None or lemmas[i + 1] != CHAMBER:
                continue
            start, end = tokens[i].start, tokens[i + 1].end
            if any(m.start < end and start < m.end for m in out):
                continue
            state = _parliaments_state(i + 2, sentence, lemmas, mentions)
            state = state or _context_state(sentence.sentence_id, states)
            body = _chambers(gaz).get((state, side)) if state else None
            if body is None:
                continue
            entity = gaz.entities[body]
            out.append(mention_of(entity, "name", "ORG", start, end, text, sentence,
                                  text[start:end]))  # fmt: skip
    return sorted(out, key=lambda m: (m.start, m.end))


def _parliaments_state(
    k: int, sentence: Sentence, lemmas: Sequence[str], mentions: Sequence[Mention]
) -> str | None:
    """The state of the parliament named from token k: "российского парламента", "парламента
    России", "Конгресса США"; None when none is named."""
    tokens = sentence.tokens
    for words, state in PARLIAMENTS_OF.items():
        if tuple(lemmas[k : k + len(words)]) == words:
            return state
    # the parliament's noun after at most one adjective, its state on either side of it
    at = next((j for j in (k, k + 1) if j < len(lemmas) and lemmas[j] == PARLIAMENT), None)
    if at is None:
        return None
    lo = tokens[k].start
    hi = tokens[at + 1].end if at + 1 < len(tokens) else tokens[at].end
    named = {
        m.entity_id
        for m in mentions
        if m.type == "country" and m.sentence_id == sentence.sentence_id and lo <= m.start
        and m.end <= hi
    }  # fmt: skip
    return next(iter(named)) if len(named) == 1 else None


def _context_state(sentence_id: int, states: dict[int, set[str]]) -> str | None:
    """The one state the nearest sentence naming states names (this one or CONTEXT before)."""
    for back in range(CONTEXT + 1):
        named = states.get(sentence_id - back)
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None
