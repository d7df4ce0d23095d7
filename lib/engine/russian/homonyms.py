"""A name two states' bodies share, told apart by the state written with it: "телеканал НТВ" is
Russia's channel, "турецкий телеканал НТВ" Turkey's; in Latin letters ("телеканал NTV", which
the Russian press never writes for its own channel) the foreign one, unless a state's word says
otherwise ("российский телеканал NTV"). The gazetteer gives each shared name its first owner
(aliases_ru.csv; the Latin form to the foreign body) and keeps the others
(RussianGazetteer.homonyms); here a state's adjective just before the mention, inside its noun
phrase, picks the owner of that state (a state's name in the genitive before it may own another
word: "слова президента Турции телеканал НТВ").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.text import phrase_key

# Words that may stand between a state's word and the body's name ("турецкому телеканалу
# NTV", "турецкого частного телеканала НТВ").
GAP = 2


def homonymous_bodies(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a shared name given to its owner of the state written just before it."""
    by_id = {s.sentence_id: s for s in sentences}
    states = [m for m in mentions if m.type == "country" and m.kind == "demonym"]
    out = []
    for m in mentions:
        key = phrase_key(m.surface) if m.type == "org" else ()
        others = gaz.homonyms.get(key, ())
        state = _state_before(m, states, by_id.get(m.sentence_id)) if others else None
        owner = next(
            (e for e in (m.entity_id, *others) if state and gaz.entities[e].code == state), None
        )
        if owner is not None and owner != m.entity_id:
            entity = gaz.entities[owner]
            m = replace(m, entity_id=owner, name=entity.name, code=entity.code)
        out.append(m)
    return out


def _state_before(m: Mention, states: Sequence[Mention], sentence: Sentence | None) -> str | None:
    """The code of the state whose adjective is written at most GAP words before `m`."""
    if sentence is None:
        return None
    for state in sorted(states, key=lambda s: -s.end):  # the nearest first
        if state.sentence_id != m.sentence_id or state.end > m.start:
            continue
        between = [t for t in sentence.tokens if state.end <= t.start and t.end <= m.start]
        if len(between) <= GAP and all(t.text.isalpha() for t in between):
            return state.entity_id.removeprefix("country:")
    return None
