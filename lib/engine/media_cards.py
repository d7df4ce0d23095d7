"""A video or audio card of another story: chrome, whatever names its title holds.

Players print a clip's card into the page as one line: its title twice (above the player and
in its list of clips) and its running time, with the player's words around them ("JUST
WATCHED <title> Replay More Videos ... MUST WATCH <title> 03:19", "<title> <title> Listen ·
1:53 1:53"). The title is another story's: the people and places in it are not this
article's. The card is known by its shape, not by the player's words: a line that ends with a
running time printed twice, or that ends with one and holds a run of four words twice.
"""

from __future__ import annotations

import re

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_RUNNING_TIME = re.compile(rf"(?:\s|^)({_TIME})(?:\s+({_TIME}))?\s*$")
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_RUN = 4


def is_media_card(line: str) -> bool:
    """Whether a line is a player's card: a running time at its end, a title twice."""
    end = _RUNNING_TIME.search(line)
    if end is None:
        return False
    if end.group(1) == end.group(2):
        return True  # "Listen · 1:53 1:53"
    words = [w.casefold() for w in _WORD.findall(line[: end.start()])]
    first_at: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - _RUN + 1):
        run = tuple(words[i : i + _RUN])
        if run in first_at and i - first_at[run] >= _RUN:
            return True
        first_at.setdefault(run, i)
    return False
