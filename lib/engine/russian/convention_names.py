"""A name right after a convention's noun is part of the convention's name: "Конвенции ООН по
морскому праву", "Конвенции Организации Объединенных Наций по морскому праву", "конвенцией
Монтрё" name a treaty, by the body that drafted it or the town where it was signed. Neither the
body nor the town is a mention, as a treaty's name holds no body (misread._treaty) and a
place's name holds no person (eponyms).

Only the convention's noun: a charter's ("Устав ООН") names the body whose charter it is, and
the sets read it so; "договор" or "соглашение" before a state's name is an agreement that
state made ("выхода из договора США"), with the state its party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.link import Mention

# The noun in any case or number, in either letter case, then the name (quoted or not).
_CONVENTION = re.compile(r"\b[Кк]онвенци(?:я|и|ю|ей|ею|ям|ями|ях|й)\s*[«\"“„]?$")


def convention_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions less the bodies and places that name a convention right before them."""
    return [
        m
        for m in mentions
        if m.type not in ("org", "location")
        or not _CONVENTION.search(text[max(0, m.start - 16) : m.start])
    ]
