"""A state named in Latin letters inside a Russian page (an embedded English post or quotation:
"«America does not seek an indefinite presence in Syria…»") is that state, as on the English
side: the Russian gazetteer knows states by their Russian names only, so the model's place in
Latin letters became a place of its own (location:syria) where the reader finds Syria.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

_LATIN = re.compile(r"^[A-Z][A-Za-z .'-]+$")


def latin_countries(mentions: Sequence[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """The mentions with each place written in Latin letters that the English gazetteer names
    as a state made that state."""
    out = []
    for m in mentions:
        found = gaz.english.names.get(m.surface) if m.type == "location" else None
        if found is not None and _LATIN.match(m.surface) and found[0].startswith("country:"):
            state = gaz.entities[found[0]]
            m = replace(m, entity_id=state.entity_id, type="country", name=state.name,
                        label="GPE", code=state.code)  # fmt: skip
        out.append(m)
    return out
