"""The days an undated page may have been written in, and who held an office in them.

A page with no stated date is dated from its own text (lib.engine.pubdate.infer_publication
over what its events, dated clauses, alliance size and page clock say): a range, often open
above. News tells what is recent, so a page dated from one side only is read as written
within a year of that bound, as lib.engine.events reads the latest of several past events;
a page with no evidence of its date is of the field's time, the knowledge base's span of
events (field_span): never today's, never a default year.

An office named alone on such a page ("госсекретарь США заявил") is its holder only when one
person held it in the window; where the window spans a change of holder, none is chosen. The
Russian side narrows the window to the day of the latest event the page tells
(lib.engine.russian.article): a page is written in its events' days, and a year's window
loses the holder of that day wherever a successor came within the year.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

# How long after (or before) its one known bound an undated page is read as written.
RECENT = timedelta(days=365)


def window(earliest: date | None, latest: date | None) -> tuple[date, date] | None:
    """The days an undated page was written in, from what its text says of its date."""
    if earliest is None and latest is None:
        return None
    first = earliest if earliest is not None else latest - RECENT
    last = latest if latest is not None else earliest + RECENT
    return first, last


def field_span(events: Iterable) -> tuple[date, date] | None:
    """The days the knowledge base's events (start, end) cover: the time of the news this
    project studies, which a page with no evidence of its date is of. An office one person
    held throughout it ("глава МИД России": Lavrov) is theirs on such a page; one that
    changed hands in it (Romania's president, 2014) is no one's."""
    spans = [(e.start, e.end) for e in events]
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def held_within(spells: Iterable, role: str, days: tuple[date, date] | None) -> list[str]:
    """Everyone who held the role on some day of the window (gazetteer role spells: role,
    person_id, start, end); no one without a window."""
    if days is None:
        return []
    first, last = days
    return sorted(
        {
            s.person_id
            for s in spells
            if s.role == role
            and (s.start is None or s.start <= last)
            and (s.end is None or first <= s.end)
        }
    )
