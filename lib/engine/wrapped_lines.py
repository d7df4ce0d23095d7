"""Lines broken inside a sentence joined back before a page is read line by line.

Wire copy scraped from plain text is hard-wrapped at a fixed width ("President Vladimir Putin
signed a\\ndecree imposing …"), and posts that paste a story keep the line breaks where the
source wrapped ("May\\ntold Parliament"). Read line by line, each piece is too short to be
prose and only the last line of each paragraph, the one ending in a full stop, survives. A
break inside a clause is known by its two sides: the line before has no sentence punctuation
at its end, and the line after goes on in lower case; on a page wrapped at a fixed width the
line before is also full, the next word would not have fitted ("that Turkish\\nPresident
Tayyip Erdogan"). Pure functions of the lines.
"""

from __future__ import annotations

import re

from lib.engine.byline_stamps import by_byline

# Where a sentence, a quotation, a label or a heading's colon may end a line.
_LINE_END = re.compile(r"""[.!?…:;]["')\]]*$|["')\]]$""")


_CONTINUES = re.compile(r"^[a-z]")


_BULLET = re.compile(r"^\s*(?:[*\u2022\u00b7>|#]|-\s|\d+[.)]\s)")


# On a page wrapped at a fixed width the lines broken inside a clause are nearly as long as the
# widest of them; a page of one paragraph a line has no such width (its lines run to hundreds of
# characters), and a wrap narrower than 30 or wider than 100 columns is no wrap of a text feed.
_MIN_BREAKS, _MIN_WIDTH, _MAX_WIDTH, _FULL = 3, 30, 100, 0.75


def _breaks_clause(line: str, after: str) -> bool:
    """The line stops without sentence punctuation and the next goes on in lower case (but
    not a byline under a headline: "by Jane Doe Mar 19, 2014 11:11 IST")."""
    return (
        len(line.split()) >= 3
        and not _LINE_END.search(line)
        and _CONTINUES.match(after) is not None
        and _BULLET.match(after) is None
        and by_byline(after) is None
    )


def wrap_width(lines: list[str]) -> int | None:
    """The width a page was hard-wrapped at, or None when its lines are not wrapped."""
    broken = [
        len(a) for a, b in zip(lines, lines[1:], strict=False) if a and b and _breaks_clause(a, b)
    ]
    if len(broken) < _MIN_BREAKS:
        return None
    width = max(broken)
    full = sum(n >= _FULL * width for n in broken)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or full < 0.8 * len(broken):
        return None
    return width


def _word_would_fit(line: str, after: str, width: int) -> bool:
    """Whether the next line's first word fitted on this line (so the break was the writer's)."""
    first = after.split()[0] if after.split() else ""
    return len(line) + 1 + len(first) < width - 2


def _joins(line: str, after: str, width: int | None) -> bool:
    if not line or not after or _BULLET.match(after) or _BULLET.match(line):
        return False
    if _breaks_clause(line, after):
        return True
    return (
        width is not None
        and not _LINE_END.search(line)
        and len(line) >= _FULL * width
        and not _word_would_fit(line, after, width)
    )


def unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """The page's lines with the breaks inside a clause joined: (index of the first line, text).

    Blank lines are kept (they separate paragraphs); a joined line keeps the index of its
    first piece, so what is dropped later still points at the raw page.
    """
    width = wrap_width(lines)
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if out and i > 0 and _joins(lines[i - 1], line, width):
            first, text = out[-1]
            glue = "" if text.endswith("-") and text[-2:-1].isalpha() else " "
            out[-1] = (first, f"{text}{glue}{line}")
        elif (
            len(out) > 1
            and line
            and not out[-1][1]
            and lines[i - 2]
            and _breaks_clause(lines[i - 2], line)
        ):
            # pages made of on-screen captions or transcripts put a blank line inside a clause
            # ("She\n\nended up on her own", "Defense Minister,\n\nvia Bloomberg Dmitry …")
            out.pop()
            first, text = out[-1]
            out[-1] = (first, f"{text} {line}")
        else:
            out.append((i, line))
    return out
