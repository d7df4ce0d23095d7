"""A state's army named by its head of state: "армия Башара Асада" is Syria's army, as
"армия Сирии" is. The press names an army by the president who commands it; a person who never
held a state's presidency commands no state's army ("армия Навального" is his supporters), so
only a president of the gazetteer's roles ("Syrian President") gives one.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import ARMY, body_entity

HEAD_OF_STATE = " President"


def _presidents(gaz: RussianGazetteer) -> frozenset[str]:
    """The people who held a state's presidency at any time ("Syrian President")."""
    return gaz.english.index(
        "presidents",
        lambda english: frozenset(
            s.person_id for s in english.role_spells if s.role.endswith(HEAD_OF_STATE)
        ),
    )


def leaders_armies(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with "армия" right before a president of a state ("армии Асада") as that
    state's army."""
    presidents = _presidents(gaz)
    by_id = {s.sentence_id: s for s in sentences}
    out = list(mentions)
    for m in mentions:
        entity = gaz.entities.get(m.entity_id)
        if m.type != "person" or m.entity_id not in presidents or not entity or not entity.code:
            continue
        sentence = by_id.get(m.sentence_id)
        before = [t for t in sentence.tokens if t.end <= m.start][-1:] if sentence else []
        if not before or before[0].lemma != ARMY[0] or m.start - before[0].end > 1:
            continue
        army = before[0]
        if any(o.start < army.end and army.start < o.end for o in out):
            continue
        state = f"country:{entity.code}"
        if state not in gaz.entities:
            continue
        body = body_entity((state, ARMY), gaz)
        out.append(mention_of(body, "name", "ORG", army.start, army.end, text, sentence,
                              text[army.start : army.end]))  # fmt: skip
    return sorted(out, key=lambda m: (m.start, m.end))
