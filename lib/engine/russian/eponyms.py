"""A person inside a place's name is no mention of that person: "в Садах королевы Елизаветы",
"у Собора Святого Петра", "в аэропорту имени Бен-Гуриона" name a garden, a church and an
airport, as a treaty's name holds no body.

A place named after someone writes the person in the genitive after the place's own name,
capitalised mid-sentence ("Садах", "Собора"), and a title of royalty or sainthood, or after
"имени"; "визит короля Салмана" (a lower-case noun before the title) names the king.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.link import Mention

_EPONYM = re.compile(
    r"(?:[а-яё,]\s+[А-ЯЁ][а-яё]+\s+"
    r"(?:королевы|короля|принца|принцессы|святого|святой|святых|св\.)"
    r"|(?:^|\s)(?:имени|им\.))\s*$"
)


def eponyms(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions without the people named inside a place's name."""
    return [
        m
        for m in mentions
        if m.type != "person" or not _EPONYM.search(text[max(0, m.start - 60) : m.start])
    ]
