"""Date expressions in news text -> calendar ranges, relative to the article's date.

News dates events relative to the day of publication: "said Friday", "on Monday",
"last year", "in July this year", "on 3 December", "since 2014". `resolve` turns one
expression into (start, end, precision) given what is known of the publication date,
which may itself be a range (an article known only to be from 2016). An expression that
the known anchor cannot pin down is left unresolved (None): never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date | None  # None: open-ended ("since 2014" in an article of unknown day)
    precision: str  # day | week | month | year


@dataclass(frozen=True)
class Anchor:
    """What is known of the publication date: a day, or a range (a year, a lower bound)."""

    earliest: date | None
    latest: date | None

    @classmethod
    def day(cls, day: date | None) -> Anchor:
        return cls(day, day)

    @property
    def exact(self) -> date | None:
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    @property
    def year(self) -> int | None:
        if self.earliest and self.latest and self.earliest.year == self.latest.year:
            return self.earliest.year
        return None

    @property
    def month(self) -> tuple[int, int] | None:
        if self.year and self.earliest.month == self.latest.month:
            return self.earliest.year, self.earliest.month
        return None


UNKNOWN_ANCHOR = Anchor(None, None)


def month_range(year: int, month: int) -> DateRange:
    return DateRange(
        date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    )


def year_range(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


def day_range(day: date) -> DateRange:
    return DateRange(day, day, "day")


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative_year(word: str, anchor: Anchor) -> DateRange | None:
    if anchor.year is None:
        return None
    shift = {
        "last": -1,
        "previous": -1,
        "past": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
    }[word]
    return year_range(anchor.year + shift)


def _relative_month(word: str, anchor: Anchor) -> DateRange | None:
    if anchor.month is None:
        return None
    year, month = anchor.month
    shift = {
        "last": -1,
        "previous": -1,
        "past": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
    }[word]
    index = year * 12 + (month - 1) + shift
    return month_range(index // 12, index % 12 + 1)


def _weekday(
    name: str, anchor: Anchor, *, direction: str = "past", strict: bool = False
) -> DateRange | None:
    """'Friday' in news: the most recent Friday on or before publication (the next one
    after 'next' or with a future verb)."""
    day = anchor.exact
    if day is None:
        return None
    target = WEEKDAYS[name]
    if direction == "future":
        delta = (target - day.weekday()) % 7 or 7
        return day_range(day + timedelta(days=delta))
    delta = (day.weekday() - target) % 7
    if strict and delta == 0:  # "last Friday" written on a Friday is a week ago
        delta = 7
    return day_range(day - timedelta(days=delta))


def _month_in_year_of(
    month: int, anchor: Anchor, *, day: int | None = None, future: bool = False
) -> DateRange | None:
    """'in July', 'on 3 December': the anchor's year when the anchor fixes one, unless the
    narration points the other way. A month named without its year in past narration is the
    last such month before publication ("downed a jet in November", written in August, is
    last November); with a future verb, the next one. Within a month of publication it stays
    in the anchor's year: a preview in the present tense ("leaders meet in London on 3
    December") names a day just ahead."""
    year = anchor.year
    if year is None and anchor.earliest and anchor.latest is None:
        # Only a lower bound: the year is open, but a month told in the past is read as its
        # last occurrence before that bound ("in February", in a page from after August 2019,
        # is February 2019): news names a month without its year within the year gone by. A
        # day is the occurrence nearest the bound, the dated event the page tells: "On May
        # 25" after Montenegro's accession (5 June 2017) is 25 May 2017, "on July 13" after
        # the Warsaw summit (8 July 2016) is 13 July 2016.
        if future:
            return None
        bound = anchor.earliest
        if day is None:
            return month_range(bound.year - (month > bound.month), month)
        days = [_safe_day(y, month, day) for y in (bound.year - 1, bound.year, bound.year + 1)]
        found = min((d for d in days if d), key=lambda d: abs(d - bound), default=None)
        return day_range(found) if found else None
    if year is None and anchor.earliest and anchor.latest:
        return _only_one_within(month, day, anchor)
    if year is None:
        return None
    year += _year_shift(month, day, anchor, future=future)
    if day is None:
        return month_range(year, month)
    found = _safe_day(year, month, day)
    return day_range(found) if found else None


def _only_one_within(month: int, day: int | None, anchor: Anchor) -> DateRange | None:
    """A month (or day) without its year on a page dated to a range of years: the one such
    month that lies within the range, if one does ("in July" on a page of between August 2016
    and June 2017 is July 2016 only if no July 2017 fits); otherwise unresolved."""
    found = []
    for year in range(anchor.earliest.year, anchor.latest.year + 1):
        one = month_range(year, month) if day is None else None
        if day is not None and (d := _safe_day(year, month, day)):
            one = day_range(d)
        if one and one.start <= anchor.latest and anchor.earliest <= one.end:
            found.append(one)
    return found[0] if len(found) == 1 else None


# How far a month named without its year may lie on the wrong side of publication before it
# is read as the year before (or, with a future verb, after).
_SAME_YEAR_REACH = timedelta(days=31)


def _year_shift(month: int, day: int | None, anchor: Anchor, *, future: bool) -> int:
    if anchor.earliest is None or anchor.latest is None or anchor.year is None:
        return 0
    first = _safe_day(anchor.year, month, day or 1)
    if first is None:
        return 0
    last = first if day else month_range(anchor.year, month).end
    if not future and first > anchor.latest + _SAME_YEAR_REACH:
        return -1
    if future and last < anchor.earliest - _SAME_YEAR_REACH:
        return 1
    return 0


# Words that join the two ends of a range of days ("June 6 through June 16", "6-16 June");
# "and" only between two days of one month ("June 6 and June 9" may be two days apart).
_TO = r"(?:-|–|to|and|through|thru|until|till)"
_ACROSS = r"(?:-|–|to|through|thru|until|till)"

_PATTERNS: list[tuple[re.Pattern, str]] = [
    # Both ends with their month: "June 6 through June 16", "28 June to 2 July 2016".
    (
        re.compile(
            rf"\b{_MONTH}\s+{_DAY}\s*{_ACROSS}\s*{_MONTH2}\s+{_DAY2}(?!\d)(?:,?\s+{_YEAR})?\b", re.I
        ),
        "days_across",
    ),
    (
        re.compile(
            rf"\b{_DAY}\s+{_MONTH}\s*{_ACROSS}\s*{_DAY2}\s+{_MONTH2}(?:,?\s+{_YEAR})?\b", re.I
        ),
        "days_across",
    ),
    (
        re.compile(rf"\b(?:from\s+)?{_DAY}\s*{_TO}\s*{_DAY2}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
        "day_range",
    ),
    (
        re.compile(rf"\b{_MONTH}\s+{_DAY}\s*{_TO}\s*{_DAY2}(?:,?\s+{_YEAR})?\b", re.I),
        "day_range",
    ),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I), "day_month"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?\b", re.I), "day_month"),
    (
        re.compile(
            rf"\b(?:between|from)\s+{_MONTH}\s+(?:and|to|until)\s+{_MONTH2}(?:\s+{_YEAR})?\b", re.I
        ),
        "month_range",
    ),
    (
        re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", re.I),
        "month_rel_year",
    ),
    # "this June": the month of the page's own year, never one of the year before
    (re.compile(rf"\bthis\s+{_MONTH}\b(?!\s+\d)", re.I), "this_month"),
    # "June 2017", "June, 2017", "June of 2017"
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I), "month_year"),
    (
        re.compile(
            rf"\b(?:in|since|during|by|until|from)?\s*(?:early|mid|late)?\s*-?\s*{_MONTH}\b(?!\s+\d)",
            re.I,
        ),
        "month",
    ),
    (re.compile(rf"\bsince\s+{_YEAR}\b", re.I), "since_year"),
    (
        re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s*(?:-|–|to|and)\s*(?P<y2>(?:19|20)\d{2})\b", re.I),
        "year_range",
    ),
    (re.compile(rf"\b{_YEAR}\b"), "year"),
    (
        re.compile(r"\b(?P<rel>last|previous|past|this|current|next|coming)\s+year(?:'s)?\b", re.I),
        "rel_year",
    ),
    (
        re.compile(
            r"\b(?P<rel>last|previous|past|this|current|next|coming)\s+month(?:'s)?\b", re.I
        ),
        "rel_month",
    ),
    (
        re.compile(r"\b(?P<rel>last|previous|past|this|next|coming)\s+week(?:'s)?\b", re.I),
        "rel_week",
    ),
    (re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight)\b", re.I), "deictic"),
    (re.compile(rf"\b(?P<rel>last|next|this|on|coming)?\s*{_WEEKDAY}\b", re.I), "weekday"),
]


def resolve(
    expression: str, anchor: Anchor = UNKNOWN_ANCHOR, *, future: bool = False
) -> DateRange | None:
    """The calendar range a date expression denotes, or None if the anchor cannot fix it.

    `future` says the sentence speaks of what is to come ("will meet on Friday"), which
    turns a bare weekday forward rather than back."""
    text = " ".join(expression.split())
    for pattern, form in _PATTERNS:
        m = pattern.search(text)
        if m:
            return _resolve_form(form, m, anchor, future=future)
    return None


_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{_WEEKDAY}", re.I)


def is_bare_weekday(expression: str) -> bool:
    """A weekday with no word of its week ("Monday", "on Friday"): the one before or the one
    after publication, as the sentence's tense or the event's days tell."""
    return _BARE_WEEKDAY.fullmatch(" ".join(expression.split())) is not None


def _year_of(m: re.Match, anchor: Anchor) -> int | None:
    year = m.groupdict().get("year")
    return int(year) if year else anchor.year


def _resolve_form(form: str, m: re.Match, anchor: Anchor, *, future: bool) -> DateRange | None:
    g = m.groupdict()
    if form == "day_range":
        year, month = _year_of(m, anchor), MONTHS[g["month"].lower()]
        if year is None:
            return None
        first, last = _safe_day(year, month, int(g["day"])), _safe_day(year, month, int(g["day2"]))
        return DateRange(first, last, "day") if first and last and first <= last else None
    if form == "days_across":
        year = _year_of(m, anchor)
        if year is None:
            return None
        first = _safe_day(year, MONTHS[g["month"].lower()], int(g["day"]))
        last = _safe_day(year, MONTHS[g["month2"].lower()], int(g["day2"]))
        return DateRange(first, last, "day") if first and last and first <= last else None
    if form == "day_month":
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        if g.get("year"):
            found = _safe_day(int(g["year"]), month, day)
            return day_range(found) if found else None
        return _month_in_year_of(month, anchor, day=day, future=future)
    if form == "month_range":
        year = _year_of(m, anchor)
        if year is None:
            return None
        first, last = (
            month_range(year, MONTHS[g["month"].lower()]),
            month_range(year, MONTHS[g["month2"].lower()]),
        )
        return DateRange(first.start, last.end, "month") if first.start <= last.end else None
    if form == "month_rel_year":
        years = _relative_year(g["rel"].lower(), anchor)
        return month_range(years.start.year, MONTHS[g["month"].lower()]) if years else None
    if form == "this_month":
        month, bound = MONTHS[g["month"].lower()], anchor.earliest
        if anchor.year is not None:
            return month_range(anchor.year, month)
        # a page dated from below: its June is the bound's, if not already gone by then
        if bound is not None and anchor.latest is None and month >= bound.month:
            return month_range(bound.year, month)
        return None
    if form == "month_year":
        return month_range(int(g["year"]), MONTHS[g["month"].lower()])
    if form == "month":
        if g["month"].lower() in ("may", "march") and not re.search(
            r"\b(in|since|during|by|until|from|early|mid|late)\b", m.group(0), re.I
        ):
            return None  # "may" and "march" are verbs unless a preposition says otherwise
        return _month_in_year_of(MONTHS[g["month"].lower()], anchor, future=future)
    if form == "since_year":
        # From that year to publication: open-ended unless the publication day is known.
        start = date(int(g["year"]), 1, 1)
        end = anchor.exact
        return DateRange(start, max(end, start) if end else None, "year")
    if form == "year_range":
        first, last = int(g["y1"]), int(g["y2"])
        return DateRange(date(first, 1, 1), date(last, 12, 31), "year") if first <= last else None
    if form == "year":
        return year_range(int(g["year"]))
    if form == "rel_year":
        return _relative_year(g["rel"].lower(), anchor)
    if form == "rel_month":
        return _relative_month(g["rel"].lower(), anchor)
    if form == "rel_week":
        day = anchor.exact
        if day is None:
            return None
        shift = {"last": -7, "previous": -7, "past": -7, "this": 0, "next": 7, "coming": 7}[
            g["rel"].lower()
        ]
        monday = day - timedelta(days=day.weekday()) + timedelta(days=shift)
        return DateRange(monday, monday + timedelta(days=6), "week")
    if form == "deictic":
        day = anchor.exact
        if day is None:
            return None
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        return day_range(day + timedelta(days=shift))
    if form == "weekday":
        rel = (g.get("rel") or "").lower()
        direction = "future" if rel in ("next", "coming") or (future and rel != "last") else "past"
        return _weekday(g["weekday"].lower(), anchor, direction=direction, strict=rel == "last")
    return None
