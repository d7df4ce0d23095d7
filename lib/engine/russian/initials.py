"""A surname after an initial is the person named in full with that initial and that surname,
or with a surname one slip of the keyboard away: "Кристоф Хуберг … К. Хубер не детализировал"
is Christoph Huberg, not a new K. Huber.

Russian agencies call a person by initial and surname after the full name; a page that
misspells the surname the second time still names the same person, as the initial agrees. A
name no file knows that fits one person named in full before it is that person; two, or none,
leave it as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.people import one_slip
from lib.engine.russian.translit import name_key

_INITIAL = re.compile(r"^([А-ЯЁ])\s?\.\s*([А-ЯЁ][а-яё-]+)$")


def initialled_names(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """Every initial and surname no file knows, as the one person named in full before it
    with that initial and that surname (or one a slip away)."""
    full = [
        m
        for m in mentions
        if m.type == "person" and " " in m.normal and not _INITIAL.match(m.normal)
    ]
    out = []
    for m in mentions:
        written = _INITIAL.match(m.normal) if m.type == "person" else None
        if written and m.entity_id not in gaz.entities:
            key = name_key(written[2])
            before = {
                o.entity_id: o
                for o in full
                if o.start < m.start
                and o.normal[:1] == written[1]
                and (
                    name_key(o.normal.split()[-1]) == key
                    or one_slip(key, name_key(o.normal.split()[-1]))
                )
            }
            if len(before) == 1:
                target = next(iter(before.values()))
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out
