"""A day written with its weekday and no year ("on Sunday, June 9", "в воскресенье, 9 июня").

A day of the month falls on a given weekday in about one year of seven, so on an undated
page the weekday is what tells which year's event the day is of: BALTOPS "started on Sunday,
9 June" is the exercise of 2019 (9 June 2019 was a Sunday), never that of 2016 (a Thursday),
even when the knowledge base holds only the latter. Both languages' linking read it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from lib.engine.timexp import MONTHS, WEEKDAYS

_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
# "Sunday, June 9", "Sunday 9 June", "on Sunday, the 9th of June": the weekday just before
# the day, with no year after it.
_ENGLISH = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH2}\s+{_DAY2})(?!\d)"
    r"(?!,?\s+(?:19|20)\d{2})",
    re.I,
)


@dataclass(frozen=True)
class WeekdayDay:
    weekday: int  # Monday = 0
    month: int
    day: int


def english_weekday_day(expression: str) -> WeekdayDay | None:
    """The weekday, month and day of an English date written without its year."""
    m = _ENGLISH.search(" ".join(expression.split()))
    if m is None:
        return None
    month, day = m["month"] or m["month2"], int(m["day"] or m["day2"])
    return WeekdayDay(WEEKDAYS[m["weekday"].lower()], MONTHS[month.lower()], day)


def held_on(start: date, end: date, when: WeekdayDay, *, slack: int = 0) -> bool:
    """Whether one of an event's days (a one-day event's `slack` days either side too) is
    that day of that month and falls on that weekday."""
    day, last = start - timedelta(days=slack), end + timedelta(days=slack)
    while day <= last:
        if (day.month, day.day, day.weekday()) == (when.month, when.day, when.weekday):
            return True
        day += timedelta(days=1)
    return False
