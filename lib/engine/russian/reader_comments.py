"""Where a page's readers' comments begin: everything after is chrome, not the article.

A forum-style comment section opens on a reply header that repeats the headline after "RE:"
("RE: За государственную самостоятельность …") or on a comment's stamp, its number, a guillemet
and the day and time it was posted ("2 » 12.05.2014 12:20"). Readers name places and bodies in
their comments ("В Луганской Народной Республике явка …") that the article never names; the
sets read comments as chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPENERS = (
    re.compile(r"^RE:\s+\S"),  # a reply header, in capitals as the forum writes it
    re.compile(r"^\d{1,4}\s*»\s*\d{2}\.\d{2}\.\d{4}\s+\d{1,2}:\d{2}$"),  # a comment's stamp
)


def comments_start(raw_lines: Sequence[str]) -> int:
    """The index of the raw line where the readers' comments begin, else len(raw_lines)."""
    for i, line in enumerate(raw_lines):
        text = line.strip()
        if any(p.match(text) for p in _OPENERS):
            return i
    return len(raw_lines)
