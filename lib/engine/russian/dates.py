"""Russian date expressions and their calendar ranges, relative to the publication date.

Found by pattern ("3 декабря", "3–4 декабря 2019 года", "в июле", "в 2014 году", "с 2014
года", "в прошлом году", "на прошлой неделе", "в пятницу", "вчера") and resolved with
dateparser's Russian (day and month names, relative phrases) against the anchor, except
what dateparser does not read: a bare month or year, a weekday (news means the last one,
or the day itself), "накануне". An expression the anchor cannot pin down (a relative date
in an undated article) is left unresolved: never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>(?:январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яе]|июн[яеь]?|июл[яеь]?|"
    r"августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|"
    r"(?:янв|фев|мар|апр|авг|сент|сен|окт|ноя|дек)\.?))(?![а-яё])"
)
_ABBREVIATED = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
                "окт": 10, "ноя": 11, "дек": 12}  # fmt: skip
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4,
            "суббот": 5, "воскресень": 6}  # fmt: skip
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.))"
# "22 ноября прошлого года", "в марте этого года": the year told relative to the anchor's.
_REL_YEAR = r"(?P<rel>прошлого|минувшего|прошедшего|этого|текущего|следующего|будущего)\s+года"
_REL_SHIFT = {"прошлого": -1, "минувшего": -1, "прошедшего": -1, "следующего": 1, "будущего": 1}

PATTERNS = (
    # "3 декабря 2019 года", "3–4 декабря", "19 июн"
    (
        "day",
        rf"\b(?P<day>[0-3]?\d)(?:\s*[-–—]\s*(?P<day2>[0-3]?\d))?\s+{_MONTH}"
        rf"(?:\s+{_YEAR}{_YEAR_WORD}?|\s+{_REL_YEAR})?",
    ),
    (
        "month",
        rf"\b(?:в|во|с|до|к)\s+{_MONTH}(?:\s+{_YEAR}{_YEAR_WORD}?|\s+{_REL_YEAR})?\b",
    ),
    ("year", rf"\b(?P<prep>в|во|с|до|к|после|начиная с)\s+{_YEAR}{_YEAR_WORD}"),
    ("year", rf"\b{_YEAR}{_YEAR_WORD}"),
    (
        "relative",
        r"\b(?:в|на)\s+(?:прошлом|минувшем|прошедшем|этом|текущем|следующем|будущем)\s+"
        r"(?:году|месяце)|\bна\s+(?:прошлой|этой|следующей)\s+неделе|"
        r"\bв\s+(?:прошлом|прошедшем|минувшем)\s+году",
    ),
    (
        "weekday",
        r"\bв(?:о)?\s+(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|"
        r"воскресенье)\b",
    ),
    ("relative", r"\b(?:вчера|сегодня|завтра|накануне|позавчера)\b"),
)
_COMPILED = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in PATTERNS)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text
    end: int
    text: str
    date_start: date | None
    date_end: date | None  # None with a start: open-ended ("с 2014 года")
    precision: str | None  # day | week | month | year
    # the weekday written just before a day without its year ("в воскресенье, 9 июня"):
    # Monday = 0; it tells which years the day may be of (lib.engine.weekday_dates)
    weekday: int | None = None


_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)


def is_month(word: str) -> bool:
    """A month's name as a date writes it after its day ("ноября", "мая", "сент.")."""
    return _MONTH_WORD.fullmatch(word) is not None


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _ABBREVIATED:
        return _ABBREVIATED[word]
    for stem, number in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])):
        if word.startswith(stem):
            return number
    return None


@cache
def _parser(kind: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["ru"], settings={"PREFER_DATES_FROM": kind})


def _span(day: date, period: str) -> tuple[date, date, str]:
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), "year"
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return date(day.year, day.month, 1), date(day.year, day.month, last), "month"
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week"
    return day, day, "day"


def _with_dateparser(text: str, anchor: date) -> tuple[date, date, str] | None:
    parser = _parser("current_period")
    parser._settings.RELATIVE_BASE = datetime(anchor.year, anchor.month, anchor.day)
    found = parser.get_date_data(text)
    if found.date_obj is None or found.date_obj.year < 1900:
        return None
    return _span(found.date_obj.date(), found.period or "day")


def _year(groups: dict, anchor: date | None) -> int | None:
    """The year a day or month is in: written, told relative to the anchor's, or the
    anchor's."""
    if groups.get("year"):
        return int(groups["year"])
    if anchor is None:
        return None
    return anchor.year + _REL_SHIFT.get((groups.get("rel") or "").lower(), 0)


def resolve(
    kind: str, match: re.Match, anchor: date | None
) -> tuple[date | None, date | None, str | None]:
    """(start, end, precision) of one found expression; (None, None, None) if it cannot be
    pinned down with the anchor."""
    text = match.group(0)
    groups = match.groupdict()
    if kind == "weekday":
        if anchor is None:
            return None, None, None
        wanted = next(
            n for stem, n in WEEKDAYS.items() if groups["weekday"].lower().startswith(stem)
        )
        day = anchor - timedelta(days=(anchor.weekday() - wanted) % 7)
        return day, day, "day"
    if kind == "year":
        year = int(groups["year"])
        if (groups.get("prep") or "").lower() in ("с", "начиная с"):
            return date(year, 1, 1), None, "year"
        return date(year, 1, 1), date(year, 12, 31), "year"
    if kind == "month":
        month = month_number(groups["month"])
        year = _year(groups, anchor)
        if year is None or month is None:
            return None, None, None
        return _span(date(year, month, 1), "month")
    if kind == "day":
        month = month_number(groups["month"])
        year = _year(groups, anchor)
        if year is None or month is None:
            return None, None, None
        try:
            first = date(year, month, int(groups["day"]))
            last = date(year, month, int(groups["day2"])) if groups.get("day2") else first
        except ValueError:
            return None, None, None
        return first, last, "day"
    if anchor is None:
        return None, None, None
    if text.lower() == "накануне":
        day = anchor - timedelta(days=1)
        return day, day, "day"
    spanned = _with_dateparser(text, anchor)
    return spanned if spanned else (None, None, None)


def find_dates(
    text: str, anchor: date | None = None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date expression in text[start:end] (longest first, never overlapping), with its
    range resolved against `anchor` (the publication day, if known)."""
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _COMPILED:
        for m in pattern.finditer(text, start, stop):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "day" and month_number(m.group("month")) is None:
                continue
            first, last, precision = resolve(kind, m, anchor)
            found.append(DateMention(m.start(), m.end(), m.group(0), first, last, precision))
            taken.append((m.start(), m.end()))
    return _with_weekdays(sorted(found, key=lambda d: d.start), text)


def _with_weekdays(found: list[DateMention], text: str) -> list[DateMention]:
    """A day left without its year takes the weekday written just before it ("в
    воскресенье, 9 июня")."""
    out: list[DateMention] = []
    for day in found:
        before = out[-1] if out else None
        weekday = _weekday_of(before.text) if before and before.date_start is None else None
        if (
            weekday is not None
            and day.date_start is None
            and _DAY_FIRST.match(day.text)
            and re.fullmatch(r",?\s*", text[before.end : day.start])
        ):
            out[-1] = replace(day, weekday=weekday)  # one date: the day, with its weekday
        else:
            out.append(day)
    return out


_DAY_FIRST = re.compile(r"[0-3]?\d\s")


def _weekday_of(phrase: str) -> int | None:
    m = re.fullmatch(r"в(?:о)?\s+(\w+)", phrase.strip(), re.IGNORECASE)
    word = m[1].lower() if m else ""
    return next((n for stem, n in WEEKDAYS.items() if word.startswith(stem)), None)
