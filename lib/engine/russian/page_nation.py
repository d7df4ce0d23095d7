"""The one foreign state a page is about, for the people it names with no state beside them.

A page on Montenegro's verdict names Montenegro in most of its sentences and its people in the
others ("Это Милош Йованович, Немания Ристич …"); a reader takes them for the page's people. The
page's state is the foreign state (Russia aside: a Russian page's own) named most, by its name or
its people's name, where it is named at least MIN_NAMED times and at least DOMINANCE times as
often as any other foreign state; else the page has none, and its people stay as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lib.engine.russian.link import Mention

MIN_NAMED = 3
DOMINANCE = 2
HOME = "RUS"


def page_nation(mentions: Sequence[Mention]) -> str | None:
    """The ISO alpha-3 code of the foreign state the page is about, or None."""
    named = Counter(
        m.entity_id.split(":", 1)[1]
        for m in mentions
        if m.type == "country" and m.kind in ("name", "demonym")
    )
    named.pop(HOME, None)
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < MIN_NAMED:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]
