"""Publication dates: parse what metadata or the text states, and say how it was obtained.

Only a date the page states as the article's date counts: a metadata column, a sidecar,
a "Published:" line, or an agency dateline with a year. A page clock ("19:26 GMT +3
19 January 2020") is when the page was rendered, so it is kept apart and never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser

BASES = ("explicit", "metadata", "sidecar", "inferred", "unknown")

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_PARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["absolute-time", "timestamp", "custom-formats"],
}
# Days before this are not news of this field (and catch Unix-epoch and two-digit-year slips).
EARLIEST = date(1990, 1, 1)


@dataclass(frozen=True)
class PublicationDate:
    day: date | None
    basis: str  # one of BASES
    text: str | None  # the date as written where it came from


UNKNOWN = PublicationDate(None, "unknown", None)


@lru_cache(maxsize=65536)
def parse_full_date(text: str) -> date | None:
    """A calendar day from a date written with day, month and year; None otherwise."""
    if not text or not text.strip():
        return None
    m = _ISO.match(text)
    if m:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    else:
        parsed = dateparser.parse(text.strip()[:80], languages=["en"], settings=_PARSER_SETTINGS)
        if parsed is None:
            return None
        day = parsed.date() if isinstance(parsed, datetime) else parsed
    return day if EARLIEST <= day <= date(2100, 1, 1) else None


def publication_date(
    *,
    metadata_date: str | None,
    metadata_basis: str | None,
    labelled_date: str | None,
    dateline_date: str | None,
    latest: date | None = None,
) -> PublicationDate:
    """The article's date and its basis, in order of trust: sidecar or metadata, then a
    "Published:" line in the text, then a dateline that carries a year. A day after `latest`
    (the day of the run) cannot be when the article came out: a placeholder, or a year the
    headline speaks of ("… by 2050") taken for the date; it is passed over."""
    if metadata_date:
        day = parse_full_date(metadata_date)
        if day is not None and not is_future(day, latest):
            return PublicationDate(day, metadata_basis or "metadata", metadata_date)
    for text in (labelled_date, dateline_date):
        if text and re.search(r"\b\d{4}\b", text):
            day = parse_full_date(text)
            if day is not None and not is_future(day, latest):
                return PublicationDate(day, "explicit", text)
    return UNKNOWN


def is_future(day: date, latest: date | None) -> bool:
    """Whether a publication date lies after the day of the run (no bound when None)."""
    return latest is not None and day > latest


@dataclass(frozen=True)
class Constraint:
    """Something the content says about when the article was published."""

    earliest: date | None
    latest: date | None
    evidence: str
    strength: int = (
        1  # 3: fixes the date ("last year"); 2: a past event; 1: a bound from a clock or a plan
    )


@dataclass(frozen=True)
class InferredDate:
    earliest: date | None
    latest: date | None
    evidence: tuple[str, ...]

    @property
    def day(self) -> date | None:
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    @property
    def precision(self) -> str | None:
        if self.earliest is None or self.latest is None:
            return "after" if self.earliest else ("before" if self.latest else None)
        if self.earliest == self.latest:
            return "day"
        if (self.earliest.year, self.earliest.month, self.earliest.day) == (
            self.latest.year,
            1,
            1,
        ) or (
            self.earliest == date(self.earliest.year, 1, 1)
            and self.latest == date(self.earliest.year, 12, 31)
        ):
            return "year"
        if self.earliest.year == self.latest.year and self.earliest.month == self.latest.month:
            return "month"
        return "range"


def infer_publication(constraints: list[Constraint]) -> InferredDate | None:
    """The narrowest range all constraints allow; where they conflict, the stronger win."""
    for floor in (1, 2, 3):
        kept = [c for c in constraints if c.strength >= floor]
        lows = [c.earliest for c in kept if c.earliest]
        highs = [c.latest for c in kept if c.latest]
        earliest, latest = (max(lows) if lows else None), (min(highs) if highs else None)
        if earliest is None and latest is None:
            return None
        if earliest is None or latest is None or earliest <= latest:
            used = tuple(
                c.evidence
                for c in kept
                if (c.earliest and c.earliest == earliest) or (c.latest and c.latest == latest)
            )
            return InferredDate(earliest, latest, used)
    return None


def clock_constraint(page_clock: str | None) -> Constraint | None:
    """A page clock is when the page was shown: the article cannot be later than that."""
    if not page_clock:
        return None
    text = re.sub(
        r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC|MSK|CET|EST|ET)?\s*[+-]?\s*\d?",
        "",
        page_clock,
    ).strip()
    day = parse_full_date(text) or parse_full_date(page_clock)
    if day is None:
        return None
    return Constraint(None, day, f"page clock '{page_clock}': shown on {day}", strength=1)
