"""A site's weather widget read as a page's lines: "+11° Киев +9° Варшава +11° Вашингтон", or a
run of short lines ("• 2.5°", "Пасмурно", "Николаев", "• 30 ноября, 2024"). Its cities are
the reader's, not the story's: no mention of Kyiv, Washington or Mykolaiv (read as a person).

A temperature reading (a number with the degree sign) is what only the widget prints among a
page's short lines. A line of readings and names alone, with no more than one lower-case word
(the sky: "Пасмурно"), is the widget; so are the one-word, date and weekday lines of the run it
stands in. A headline that gives a temperature joins its words with verbs and prepositions
("Морозы до -30° ударят по Москве") and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_READING = re.compile(r"[+\-−]?\d+(?:[.,]\d+)?\s?°[CСF]?")
_BULLET = re.compile(r"[•·|/$€£¥]")
_DATE = re.compile(r"^\d{1,2}\s+[а-яё]+,?\s+\d{4}(?:\s+[а-яё]+)?$|^[а-яё]+$")
MAX_LOWER = 1  # the sky's word ("Пасмурно", "ясно")


def _bare(line: str) -> str:
    return " ".join(_BULLET.sub(" ", line).replace(" , ", ", ").split())


def _reading_line(line: str) -> bool:
    if not _READING.search(line) or line.rstrip()[-1:] in ".!?…":
        return False
    words = [w for w in _READING.sub(" ", _bare(line)).split() if not w.replace(".", "").isdigit()]
    return sum(1 for w in words if not w[:1].isupper()) <= MAX_LOWER


def _short_line(line: str) -> bool:
    bare = _bare(line)
    return len(bare.split()) == 1 or bool(_DATE.match(bare.lower()))


def weather_widgets(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines that are a weather widget."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _reading_line(line):
            continue
        found.add(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (_short_line(lines[j]) or _reading_line(lines[j])):
                found.add(j)
                j += step
    return found
