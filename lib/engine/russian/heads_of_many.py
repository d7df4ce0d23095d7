"""A state's body after "глав" (heads, in the plural) names the ministers of many states:
"заседание комиссии на уровне глав МИД", "встреча глав МИД стран НАТО" give a meeting's level
or its members, no one state's ministry. A state named right after the body ("глав МИД России
и Китая") still owns it; "главы МИД" (one head) is a role.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import NATIONAL_BODIES
from lib.engine.russian.link import Mention
from lib.engine.russian.text import phrase_key

HEADS = "глав"  # the genitive plural of "глава"; the singular's forms are other words


def heads_of_many(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions less the bare bodies written after "глав" with no state of their own."""
    return [m for m in mentions if not _of_many(m, mentions, text)]


def _of_many(m: Mention, mentions: Sequence[Mention], text: str) -> bool:
    if m.type != "org" or phrase_key(m.surface) not in NATIONAL_BODIES:
        return False
    before = text[max(0, m.start - 6) : m.start].split()
    if not before or before[-1] != HEADS:
        return False
    after = next((n for n in mentions if n.start > m.end), None)
    owned = after is not None and after.type == "country" and after.start - m.end <= 1
    return not owned
