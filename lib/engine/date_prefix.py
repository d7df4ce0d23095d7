"""A page's date stored as a field prefix before its text (" date 2021-07-12 Главы МИД …").

Scrapers that flatten a page's metadata into its text write the date as a label and an ISO day
glued to the headline, on the first line. The cleaners take that line for the headline and the
date is lost, so the page is dated from its content or not at all. The prefix is the page's
own date, as a "Published:" line is: it is split off before cleaning and read as one.
"""

from __future__ import annotations

import re

# The label, an ISO day (a time may follow), then the text: only at the very start of the page.
_PREFIX = re.compile(
    r"^\s*(?:date|published|pubdate|publication date|дата(?: публикации)?)\s*:?\s+"
    r"(?P<day>(?:19|20)\d{2}-[01]\d-[0-3]\d)(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\s+",
    re.IGNORECASE,
)


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """(the ISO day of a date prefix, the text without it); (None, text) without one."""
    m = _PREFIX.match(text)
    return (m["day"], text[m.end() :]) if m else (None, text)
