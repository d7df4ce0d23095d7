"""A name glued by a hyphen to a lower-case noun of a venue is part of the venue's name: "в
Конгресс-центре" (Hamburg's congress centre, no Congress), "Экспо-центр", "Сити-холл". The
hyphen makes the two one word; the phrase matcher, reading its parts, takes the first for a body
or a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.link import Mention

# The venue's noun in any case right after the hyphen.
_VENUE = re.compile(r"^-(?:центр|холл|зал|парк|отел|клуб|арен)[а-яё]*\b")


def compound_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions less the bodies and places that open a venue's hyphenated name."""
    return [
        m
        for m in mentions
        if m.type not in ("org", "location") or not _VENUE.match(text[m.end : m.end + 12])
    ]
