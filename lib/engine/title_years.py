"""The year an undated page's title names. A page's title tells its news, and a year in it
("FAQ: The 2018 NATO summit's two key issues", "Anakonda-2018 will devour Poland") is the year
of that news or of an earlier one it looks back to, never later than the page: the page is
written no earlier than that year. Where no title was kept, the title is the line above the
story that the page shows twice, once as a breadcrumb's last item, and that shares the story's
words (lib.engine.clean drops such a line as navigation repeated on the page).

A year after the knowledge base's span ("NATO 2030") is a plan's, not the news', and bounds
nothing; a bare year elsewhere on the page bounds nothing either (lib.engine.page_dates).
"""

from __future__ import annotations

import re
from datetime import date

from lib.engine.line_shape import words
from lib.engine.pubdate import EARLIEST, Constraint

_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/])")
REPEATED = "navigation line repeated on the page"


def _content(text: str) -> set[str]:
    """A text's longer words by their first five letters ("summit's" and "summit" alike)."""
    return {w.lower()[:5] for w in words(text) if len(w) > 3}


def title_line(cleaned) -> str | None:
    """The page's title (a lib.engine.clean.CleanedArticle's), or lacking one the line shown
    twice above the story that shares two of its words or more."""
    if cleaned.title:
        return cleaned.title
    story = _content(" ".join(b.text for b in cleaned.blocks))
    shown = [r.text for r in cleaned.removed if r.reason == REPEATED]
    return next(
        (t for t in shown if len(words(t)) >= 4 and len(_content(t) & story) >= 2),
        None,
    )


def title_year(title: str | None, last_year: int) -> list[Constraint]:
    """A lower bound of an undated page's date from the latest year its title names, up to
    `last_year` (the knowledge base's last)."""
    years = [int(y) for y in _YEAR.findall(title or "")]
    years = [y for y in years if EARLIEST.year <= y <= last_year]
    if not years:
        return []
    year = max(years)
    said = f"title '{title}' names {year}: published no earlier"
    return [Constraint(date(year, 1, 1), None, said, strength=1)]
