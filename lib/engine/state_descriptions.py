"""A state's body told by description, not by name (issue 15,
eval/kinds/english-bodies8-mechanisms.md):
a ministry after a possessive that points back at a state: "Russia warned its citizens … and
its defence ministry cut off contacts", "… off the coast of Syria, the country's defence
ministry said" (the jet's, Russian). The state is the text's: the first named in the sentence
before the phrase (the clause's subject as news writes it), else the last named before it; with
no state named before, no body is read (never a default state).
"""

from __future__ import annotations

from collections.abc import Iterable

from lib.engine.blocks import Block, sentence_index
from lib.engine.doc_words import holds_any, positions_of, word_ids
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.lower_case_names import national_body
from lib.engine.mentions import Mention

_MINISTRY = word_ids(["ministry"])
_PORTFOLIO_WORDS = {"defence", "defense", "foreign", "interior"}
_POSSESSIVE = {"'s", "’s"}
# Nouns a possessive "the …'s" points back at a state with ("the country's defence ministry").
_STATE_NOUNS = {"country", "nation", "state"}


def possessed_ministries(
    blocks: Iterable[Block], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The mentions with the ministries told by 'its' or "the country's" added, each the
    ministry of the state the text names before it."""
    states = [m for m in mentions if m.type == "country"]
    found = []
    for block in blocks:
        doc = block.doc
        if not states or not holds_any(doc, _MINISTRY):
            continue
        for i in positions_of(doc, _MINISTRY):
            first = _possessor_start(doc, i)
            if first is None or not doc[i].is_lower:
                continue
            start = block.offset + doc[first].idx
            sentence = block.first_sentence_id + sentence_index(doc)[i]
            state = _antecedent(states, sentence, start)
            hit = national_body(state, f"{doc[i - 1].text} {doc[i].text}", gaz) if state else None
            if hit is None:
                continue
            entry, kind = hit
            found.append(_mention(entry, kind, block, doc[first : i + 1], sentence))
    if not found:
        return mentions
    # "defence ministry", which the model may take for a body's own name, is the phrase's
    inside = [(f.start, f.end) for f in found]
    kept = [
        m
        for m in mentions
        if not (m.type == "org" and any(a <= m.start and m.end <= b for a, b in inside))
    ]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _possessor_start(doc, i: int) -> int | None:
    """The first token of "its defence ministry" / "the country's defense ministry" ending at
    token i, or None."""
    if i < 2 or doc[i - 1].lower_ not in _PORTFOLIO_WORDS:
        return None
    if doc[i - 2].lower_ == "its":
        return i - 2
    if (
        i >= 4
        and doc[i - 2].lower_ in _POSSESSIVE
        and doc[i - 3].lower_ in _STATE_NOUNS
        and doc[i - 4].lower_ == "the"
    ):
        return i - 4
    return None


def _antecedent(states: list[Mention], sentence: int, start: int) -> str | None:
    """The state the possessive points back at: the first named in its sentence before it,
    else the last named before it; None where no state is named before."""
    before = [m for m in states if m.start < start]
    same = [m for m in before if m.sentence_id == sentence]
    chosen = same[0] if same else (before[-1] if before else None)
    return chosen.entity_id if chosen else None


def _mention(entry: Entry, kind: str, block: Block, words, sentence: int) -> Mention:
    return Mention(
        start=block.offset + words.start_char,
        end=block.offset + words.end_char,
        surface=words.text,
        sentence_id=sentence,
        section=block.section,
        entity_id=entry.entity_id,
        type=entry.type,
        kind=kind,
        name=entry.name,
        label="ORG",
        code=entry.code,
        link="article",
    )
