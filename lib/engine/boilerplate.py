"""Site-chrome patterns from data/boilerplate.csv, compiled once, and matched: the reason a
line is chrome (boilerplate_reason), a paragraph without its inline chrome
(remove_inline_boilerplate).

Kept as data so an analyst can add an outlet's boilerplate without touching code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path

from lib.engine.line_shape import squeeze_spaces
from lib.paths import DATA_DIR

BOILERPLATE_CSV = DATA_DIR / "boilerplate.csv"


def load_patterns(
    path: Path = BOILERPLATE_CSV,
) -> tuple[list[tuple[re.Pattern, str]], list[re.Pattern]]:
    """(line patterns with their reason, inline patterns) from a boilerplate CSV."""
    line_patterns: list[tuple[re.Pattern, str]] = []
    inline_patterns: list[re.Pattern] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for number, row in enumerate(rows, start=2):
            try:
                flags = re.IGNORECASE if row["scope"] == "line" else 0
                pattern = re.compile(row["pattern"], flags)
            except re.error as exc:
                raise ValueError(
                    f"{path}: row {number}: bad pattern {row['pattern']!r}: {exc}"
                ) from exc
            if row["scope"] == "inline":
                inline_patterns.append(pattern)
            else:
                line_patterns.append((pattern, row["reason"]))
    return line_patterns, inline_patterns


BOILERPLATE_LINES, INLINE_BOILERPLATE = load_patterns()


def any_of(patterns: Iterable[re.Pattern]) -> re.Pattern:
    """One regex that matches where any of these does (each keeps its own flags): a line
    that matches none, most of them, is passed over in one search instead of one per pattern."""
    flag_letters = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}

    def scoped(p: re.Pattern) -> str:
        letters = "".join(c for flag, c in flag_letters.items() if p.flags & flag)
        return f"(?{letters}:{p.pattern})" if letters else f"(?:{p.pattern})"

    return re.compile("|".join(scoped(p) for p in patterns) or r"(?!)")


def is_anchored(pattern: re.Pattern) -> bool:
    """True when every top-level alternative of the pattern starts with "^": it can only
    match at the start of a line, so `match` finds it without trying every position."""
    branches, depth, start, escaped, in_class = [], 0, 0, False, False
    text = pattern.pattern
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(text[start:i])
            start = i + 1
    branches.append(text[start:])
    return all(b.startswith("^") for b in branches)


# Most chrome patterns hold at the start of the line: tried there only (one `match` of
# them all), they cost a line one attempt instead of one per character. The others are
# looked for one by one (a pattern that begins with words is found by a fast scan, which
# an alternation of patterns loses), in lines of at most MAX_CHROME_CHARS characters.
MAX_CHROME_CHARS = 1000


_AT_LINE_START = [(pat, r) for pat, r in BOILERPLATE_LINES if is_anchored(pat)]


_ANYWHERE_BOILERPLATE = [(pat, r) for pat, r in BOILERPLATE_LINES if not is_anchored(pat)]


_LINE_START_BOILERPLATE = any_of(pat for pat, _ in _AT_LINE_START)


def boilerplate_reason(line: str) -> str | None:
    """Why a line is site chrome by data/boilerplate.csv, or None."""
    if _LINE_START_BOILERPLATE.match(line):
        return next(r for pat, r in _AT_LINE_START if pat.match(line))
    if len(line) <= MAX_CHROME_CHARS:
        return next((r for pat, r in _ANYWHERE_BOILERPLATE if pat.search(line)), None)
    return None


def remove_inline_boilerplate(paragraph: str) -> str:
    for pattern in INLINE_BOILERPLATE:
        paragraph = pattern.sub(" ", paragraph)
    return squeeze_spaces(paragraph)
