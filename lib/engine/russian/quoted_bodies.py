"""A ministry a leader names bare in his own quoted words is his state's: Erdogan saying «мы
обсудим это с участием наших специалистов, из министерства обороны в том числе», — сказал
Эрдоган" speaks of Turkey's defence ministry, though the article around him is about Russia and
a bare "министерство обороны" is Russia's nowhere else. The speaker is the quotation's
attribution (lib.engine.russian.quotes); only a speaker the gazetteer knows has a state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import NAMED_ONLY, NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import body_entity
from lib.engine.russian.quotes import find_quotes
from lib.engine.russian.text import parses

_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)
# Offices, named in lower case as in capitals; a state's forces in lower case are what it
# has ("наши вооруженные силы"), no institution.
OFFICES = ("Ministry",)
# Words before an office that make it a person's role ("министр обороны") or its people.
HEADS = {"глава", "министр", "руководитель", "замглавы", "заместитель", "начальник"}


def quoted_bodies(
    mentions: list[Mention],
    sections: Sequence[tuple[str, int, int]],
    sentences: Sequence[Sentence],
    text: str,
    gaz: RussianGazetteer,
) -> list[Mention]:
    """The mentions with a bare ministry inside a known speaker's quotation given the
    speaker's state."""
    triples = [(s.sentence_id, s.start, s.end) for s in sentences]
    out = list(mentions)
    for quote in find_quotes(text, sections, triples, mentions):
        speaker = gaz.entities.get(quote.speaker_id or "")
        state = f"country:{speaker.code}" if speaker is not None and speaker.code else None
        if state is None or state not in gaz.entities:
            continue
        for sentence in sentences:
            if sentence.start < quote.end and quote.start < sentence.end:
                out = _bodies_in(sentence, quote.start, quote.end, state, text, gaz, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _bodies_in(
    sentence: Sentence,
    start: int,
    end: int,
    state: str,
    text: str,
    gaz: RussianGazetteer,
    found: list[Mention],
) -> list[Mention]:
    """`found` with each bare office of the sentence's quoted part given `state`."""
    tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    lemmas = [t.lemma for t in tokens]
    for i, token in enumerate(tokens):
        n = next(
            (
                n
                for n in _LENGTHS
                if i + n <= len(lemmas) and tuple(lemmas[i : i + n]) in NATIONAL_BODIES
            ),
            0,
        )
        key = tuple(lemmas[i : i + n])
        if not n or key in NAMED_ONLY or not NATIONAL_BODIES[key].endswith(OFFICES):
            continue
        if i > 0 and lemmas[i - 1] in HEADS:
            continue  # "министр обороны": a role
        last = tokens[i + n - 1]
        if i + n < len(tokens) and _owner(tokens[i + n]):
            continue  # "министерства обороны Турции", "МИД страны": its owner is said
        inside = [m for m in found if m.start < last.end and token.start < m.end]
        if any(m.type != "org" or (m.start, m.end) != (token.start, last.end) for m in inside):
            continue  # a longer name holds it, or a state's word beside it
        if inside and inside[0].code is not None and _state_beside(inside[0], found):
            continue
        entity = body_entity((state, key), gaz)
        if inside:
            found = [
                replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)
                if m is inside[0] else m
                for m in found
            ]  # fmt: skip
        else:
            normal = text[token.start : last.end]
            found.append(
                mention_of(entity, "name", "ORG", token.start, last.end, text, sentence, normal)
            )
    return found


def _owner(token) -> bool:
    """A word after an office that says whose it is: a capitalised name or a noun in the
    genitive ("страны")."""
    if token.is_capitalised:
        return True
    found = parses(token.text.lower())[:1]
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


def _state_beside(m: Mention, mentions: Sequence[Mention]) -> bool:
    """The body's own state named right before or after it ("российский МИД")."""
    state = f"country:{m.code}"
    return any(
        c.entity_id == state and (0 <= m.start - c.end <= 1 or 0 <= c.start - m.end <= 1)
        for c in mentions
    )
