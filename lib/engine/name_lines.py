"""Lines of a page that only name people the gazetteer knows, with their titles: a photo's
name line under the headline ("Vladimir Putin", "Dmitry Peskov and Vladimir Putin"), the
line that attributes a quote or a picture ("NATO Secretary General Jens Stoltenberg",
"Kremlin spokesman Dmitry Peskov"). The cleaning (lib.engine.clean) takes a short line
outside the prose for the page's header, footer, byline or a link; but a newsmaker the
gazetteer knows is what the page shows or quotes, not its author or a link's title, so the
line is kept as a caption. A line that opens with "By" stays a byline (an op-ed's author)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lib.engine.clean import Block, RemovedLine
from lib.engine.gazetteer import Gazetteer
from lib.engine.news_words import OFFICE_NOUNS

# What the cleaning calls a short line it drops outside the prose.
_OUTSIDE_PROSE = {"page header", "page footer", "link to another story", "byline"}
_JOINS = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _titled_person(part: str, gaz: Gazetteer) -> bool:
    """'NATO Secretary General Jens Stoltenberg': a gazetteer person's name of two to four
    words, after at most four words of a title (capitalised, or a lower-case office)."""
    words = part.split()
    for k in range(max(0, len(words) - 4), len(words) - 1):
        hit = gaz.lookup(" ".join(words[k:]))
        if hit is not None and hit[0].type == "person" and hit[1] == "name":
            title = words[:k]
            return len(title) <= 4 and all(
                w[:1].isupper() or w.lower() in OFFICE_NOUNS for w in title
            )
    return False


def names_only(line: str, gaz: Gazetteer) -> bool:
    """Whether a line is nothing but known people's names, each with its title."""
    text = line.strip().rstrip(".:;")
    if not text or text.lower().startswith("by ") or len(text.split()) > 14:
        return False
    parts = [p for p in _JOINS.split(text) if p]
    return bool(parts) and all(_titled_person(p, gaz) for p in parts)


def name_line_captions(removed: Iterable[RemovedLine], *, gaz: Gazetteer) -> list[Block]:
    """The lines the cleaning dropped outside the prose that only name known people, as
    caption blocks, once each."""
    kept: dict[str, Block] = {}
    for line in removed:
        if line.reason in _OUTSIDE_PROSE and line.text not in kept and names_only(line.text, gaz):
            kept[line.text] = Block("caption", line.text)
    return list(kept.values())
