"""Other stories' cards after the article: a page's feed of its other news, each story a
headline, a teaser cut off with "…" and a stamp of its time ("сегодня 08:37", "13:45 21 янв
2026.", "4 февраля 2025" with the rubric glued on: "4 февраля 2025Украина").

Once the article's prose has begun, a stamp on its own line with a headline or a teaser beside
it is no part of the article: it dates another story, and the headline-like lines and cut-off
teasers on either side of it, up to the nearest line of prose, are that story's card. A date
between two paragraphs of prose is a chronology's and stays. The article's own date stands under its
title, before any prose, and is left to the cleaning's other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTH = r"(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?"
_TIME = r"\d{1,2}:\d{2}"
STAMP = re.compile(
    rf"^(?:(?:[Сс]егодня|[Вв]чера)\s*,?\s*(?:в\s*)?{_TIME}"
    rf"|{_TIME},?\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?(?:\s*г\.?)?"
    # the story's day, its time, a rubric glued on ("4 февраля 2025Украина", "4 февраля 2025, 12:10")
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:\s*г\.?)?(?:,?\s*(?:в\s*)?{_TIME})?"
    r"(?:[А-ЯЁ][а-яё]+(?:\s[а-яё]+){0,2})?"
    r")\.?$"
)
PROSE_BEFORE = 2  # lines of prose that show the article has begun
_TEASER_END = ("...", "…")
HEADLINE_LENGTH = 160  # a headline is shorter; prose as short ends with a full stop
QUESTION_LENGTH = 120  # a question headline ("Армия Украины – бонус для НАТО?") is short


def _prose(line: str) -> bool:
    if line.endswith(_TEASER_END):
        return False
    if line.endswith((".", ";", ":", "»", '"')) or len(line) >= HEADLINE_LENGTH:
        return True
    return line.endswith(("?", "!")) and len(line) >= QUESTION_LENGTH


def _beside_card(lines: Sequence[str], i: int) -> bool:
    """A headline or a teaser on one side of the stamp: a date between two paragraphs of prose
    is a chronology's, the article's own."""
    return any(0 <= j < len(lines) and not _prose(lines[j]) for j in (i - 1, i + 1))


def story_cards(lines: Sequence[str]) -> set[int]:
    """Indices of the lines that are other stories' cards (their stamps included)."""
    cards: set[int] = set()
    prose = 0
    for i, line in enumerate(lines):
        if STAMP.match(line) and prose >= PROSE_BEFORE and _beside_card(lines, i):
            cards.add(i)
            j = i - 1
            while j >= 0 and j not in cards and not _prose(lines[j]):
                cards.add(j)
                j -= 1
            j = i + 1
            while j < len(lines) and not _prose(lines[j]) and not STAMP.match(lines[j]):
                cards.add(j)
                j += 1
        elif _prose(line):
            prose += 1
    return cards
