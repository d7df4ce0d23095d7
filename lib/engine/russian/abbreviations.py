"""Abbreviations an article defines: "Redaktionsnetzwerk Deutschland (RND)", "Институт
изучения войны (ИИВ)" give the abbreviation in brackets after the full name, and the
abbreviation alone later in the same article ("Как пишет RND") is that organisation, not one of
its own."""

from __future__ import annotations

import re
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# "(RND)", "(ИИВ)": capitals only, two to eight, right after the name
DEFINED = re.compile(r"\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7})\s*\)$")
DEFINED_AFTER = re.compile(r"^\s*\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7})\s*\)")


def defined_abbreviations(
    mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """Every mention of an abbreviation the article defines after an organisation's full name
    as that organisation; an abbreviation the gazetteer knows as another body keeps its own."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "org":
            continue
        found = DEFINED.search(m.surface) or DEFINED_AFTER.match(text[m.end : m.end + 16])
        if found and found[1] != m.surface:
            defined.setdefault(found[1], m)
    out = []
    for m in mentions:
        full = defined.get(m.surface)
        if (
            full is not None
            and m.type == "org"
            and m.entity_id != full.entity_id
            and m.entity_id not in gaz.entities
        ):
            m = replace(m, entity_id=full.entity_id, name=full.name, code=full.code,
                        link="article", linked_from=full.surface)  # fmt: skip
        out.append(m)
    return out
