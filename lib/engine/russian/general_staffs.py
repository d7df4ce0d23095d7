"""A general staff named by the army or forces whose staff it is: "в генеральном штабе
сирийской армии", "Генштаб ВС Турции". The gazetteer writes "Генеральный штаб" as Russia's,
the one a Russian text most often names bare; with another state's army or forces in the
genitive right after it, it is that state's general staff, and the army is the staff's name's
tail, not a second body.

The same state's forces after the staff ("Генштаба Вооруженных сил РФ") are left as they are:
the staff is already the right one, and the forces are a name of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.phrases import body_entity
from lib.engine.russian.text import phrase_key

STAFFS = {("генштаб",), ("генеральный", "штаб")}
# The last lemmas of a state's army or forces ("сирийской армии", "вооруженных сил Турции",
# "ВС"), the state given by the mention's code.
FORCES = {"армия", "сила", "вс"}
STAFF = ("генштаб",)


def general_staffs(mentions: Sequence[Mention], text: str, gaz: RussianGazetteer) -> list[Mention]:
    """The mentions with a general staff given the state of the forces named right after it,
    and those forces dropped."""
    out: list[Mention] = []
    skip: set[int] = set()
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for i, m in enumerate(ordered):
        if i in skip:
            continue
        forces = _forces_after(m, ordered[i + 1 : i + 3], text)
        if forces is not None and (m.code or "") != forces.code:
            state = f"country:{forces.code}"
            entity = body_entity((state, STAFF), gaz) if state in gaz.entities else None
            if entity is not None:
                skip.add(ordered.index(forces))
                m = replace(m, end=forces.end, surface=text[m.start : forces.end],
                            entity_id=entity.entity_id, name=entity.name, code=entity.code)  # fmt: skip
        out.append(m)
    return out


def _forces_after(m: Mention, following: Sequence[Mention], text: str) -> Mention | None:
    """The org mention of a state's army or forces that starts right after the staff `m`
    (only a space between), else None."""
    if m.type != "org" or not m.normal or phrase_key(m.normal) not in STAFFS:
        return None
    for n in following:
        if n.type != "org" or not n.code or n.start < m.end:
            continue
        if text[m.end : n.start].strip() or not n.normal:
            return None
        key = phrase_key(n.normal)
        return n if key and key[-1] in FORCES else None
    return None
