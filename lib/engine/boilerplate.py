"""Site-chrome patterns from data/boilerplate.csv, compiled once.

Kept as data so an analyst can add an outlet's boilerplate without touching code.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

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
