"""The items of a list inside a story: lines that open with a bullet and go on for a clause
('• NATO and U.S. bilateral security commitments in the Black Sea'), or close on a semicolon
('a ban on U.S. Export-Import Bank assistance;', the bullet lost when a PDF was read as text).
Short and without a full stop, such a line has the shape of a link to another story; but a
headline never ends on a semicolon, a menu's or a table of contents' bulleted items are a word
or three ('• Share', '• Background'), and a block of links is in headline case throughout,
where a list's items are clauses in sentence case (one of them in headline case is still an
item of its list). Pure functions of the lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.line_shape import is_headline_like, words

# A bullet, a dash or an item number opening a line: '•', '▪', '*', '-', '–', '1.', '2)'.
_BULLET = re.compile(
    r"^\s*(?:[\u2022\u2023\u2043\u25aa\u25cf\u25e6\u00b7*\u2013\u2014-]|\d{1,2}[.)])\s+"
)

# The close of an item that a list goes on after: 'assistance;', 'institutions; and'.
_ITEM_CLOSE = re.compile(r";(?:\s+(?:and|or))?\s*$")


def _bulleted_clause(line: str) -> str | None:
    """The text after a bullet, when it is a clause of five words or more."""
    text = _BULLET.sub("", line)
    return text if text != line and len(words(text)) >= 5 else None


def list_items(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines (consecutive lines of a page, blank ones left out) that are
    items of a list: closed by a semicolon, or bulleted clauses in a run of them of which
    one at least is in sentence case."""
    items = {
        i for i, line in enumerate(lines) if _ITEM_CLOSE.search(line) and len(words(line)) >= 3
    }
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _bulleted_clause(lines[j]) is not None:
            j += 1
        if any(not is_headline_like(_bulleted_clause(lines[k]) or "") for k in range(i, j)):
            items.update(range(i, j))
        i = max(j, i + 1)
    return items
