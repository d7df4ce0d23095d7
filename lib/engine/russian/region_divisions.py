"""A division noun before a name ("штат Вирджиния", "округ Колумбия", "провинция Идлиб") names the
place after it, which the model may read as a person; but a division noun that closes a region's
name already read ("губернатор Курской области Роман Старовойт", "глава Одесской области Максим …")
belongs to that region, and the name after it is the person who holds the region's post.
"""

from __future__ import annotations

from collections.abc import Sequence


def closes_a_region(division_start: int, mentions: Sequence) -> bool:
    """Whether the division noun at `division_start` is the last word of a place already read."""
    return any(m.type == "location" and m.start < division_start < m.end for m in mentions)
