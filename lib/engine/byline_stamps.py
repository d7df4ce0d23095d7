"""Writers' lines in a page's header that the labels count as people of the page
(eval/excerpts/README.md: "bylines on lines of their own … are people of the page"), and
whose rest is chrome: a byline with its time stamp or handle ("Jane Doe (@janedoe) 3
minutes ago Tue 10th December 2019 | 06:10 AM", "Jane Doe, 13.10.2014, 13:23"), a name
on its own line above a date line ("Jane Doe" / "July 12, 2019"), an authors' line with
the section after it ("Author: Jane Doe and John Roe Section International Affairs"), and
a wire footer's contributor line ("(Jane Doe contributed to this report.)"). Such a line
is never the headline and never prose; its names are kept as a caption of their own,
nothing else of it. A line opening with "By" stays the byline it was (older sets count it
as chrome). Pure functions of the lines' text."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from lib.engine.news_words import TIME_ZONES

# A writer's name: two or three capitalised words, a middle initial allowed ("Jane Q. Doe",
# "Louisa Brooke-Holland", "Tom Vanden Brook").
_PART = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_NAME = rf"{_PART}(?:\s[A-Z]\.)?\s{_PART}(?:\s{_PART})?"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*"

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNITS = r"sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?"

# One word of a time stamp: a number, a date, a clock time, a month or a weekday, "3 minutes
# ago", a time zone, a label ("Updated", "Published"); a stamp is only these.
_STAMP_WORD = re.compile(
    rf"(?:\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?|(?:{_MONTHS}|{_DAYS})\.?|{_UNITS}|ago|[ap]\.?m\.?"
    rf"|{'|'.join(sorted(zone.lower() for zone in TIME_ZONES))}"
    r"|updated|published|posted|last|on|at)",
    re.I,
)
_SEPARATORS = re.compile(r"[\s,;|/\u00b7\u2022()\-\u2013\u2014]+")

# A date or a clock time, or an age, that a stamp must hold (a bare number is no stamp).
_DATED = re.compile(
    rf"\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\b(?:{_MONTHS})\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_UNITS})\s+ago\b",
    re.I,
)

_STAMPED = re.compile(
    rf"^(?P<names>{_NAME})\s*(?:\(@\w+\)|@\w+)?\s*[,|\u00b7\u2022\-\u2013\u2014]?\s+(?P<stamp>.+)$"
)

# "Author: A and B Section …", "Authors: A, B": the label, the names, then what the line
# names next (a section, a desk) in capitals; a third word of a name only before a comma,
# an "and" or the line's end (else "Claire Mills Section").
_AUTHOR = rf"{_PART}(?:\s[A-Z]\.)?\s{_PART}(?:\s{_PART}(?=\s*(?:$|[,;|&]|and\b)))?"
_AUTHORS = re.compile(
    rf"^(?:Authors?|Written by|Words by)\s*:\s*(?P<names>{_AUTHOR}(?:\s*(?:,|&|\band\b)\s*{_AUTHOR})*)"
    r"(?=\s|$)(?P<rest>.*)$"
)

# "(Jane Doe contributed to this report.)", "Jane Doe and John Roe contributed reporting."
_CONTRIBUTORS = re.compile(
    rf"^\W{{0,3}}(?P<names>{_NAMES})\s+(?:also\s+)?contributed\b[^.!?]{{0,60}}[.!?]?\W*$"
)


def is_stamp(text: str) -> bool:
    """'3 minutes ago Tue 10th December 2019 | 06:10 AM', '13.10.2014, 13:23': nothing but the
    words of a date, a time or an age, and at least one of those."""
    pieces = [p for p in _SEPARATORS.split(text) if p]
    return (
        bool(pieces)
        and all(_STAMP_WORD.fullmatch(p) for p in pieces)
        and _DATED.search(text) is not None
    )


def _is_name(text: str) -> bool:
    """Two or three capitalised words that are no label ('Last Updated'), no 'By Reuters' and
    no 'The Telegraph'."""
    first = text.split()[0]
    return (
        re.fullmatch(_NAME, text) is not None
        and first not in ("By", "The")
        and not any(_STAMP_WORD.fullmatch(w) for w in text.split())
    )


def stamped_byline(line: str) -> str | None:
    """The writer's name of a byline followed by a time stamp (and a handle), or None."""
    if not _DIGIT.search(line):  # a stamp holds a number
        return None
    m = _STAMPED.match(line.strip())
    if m is None:
        return None
    names, stamp = m["names"], m["stamp"]
    if _STAMP_WORD.fullmatch(last := names.split()[-1]):  # "Jane Doe Mar 19, 2014 11:11 IST"
        names, stamp = names.removesuffix(last).rstrip(), f"{last} {stamp}"
    return names if _is_name(names) and is_stamp(stamp) else None


# A byline opening with "by", in lower case as often as not: "by Jane Doe Mar 19, 2014 11:11
# IST", "By Jane Doe on Thursday, May 31, 2018", "by Jane Doe".
_BY = re.compile(r"^[Bb]y\s+(?P<rest>.+)$")


def by_byline(line: str) -> str | None:
    """The writer's name of a line that is only 'by' and a name, with or without its stamp."""
    m = _BY.match(line.strip())
    if m is None:
        return None
    rest = m["rest"].strip()
    return rest if _is_name(rest) else stamped_byline(rest)


def authors_line(line: str) -> str | None:
    """The names of an authors' line that goes on after them ('Author: A and B Section …'), or
    None; a line of the label and the names only is an author box (lib.engine.clean)."""
    m = _AUTHORS.match(line.strip())
    if m is None or not m["rest"].strip():
        return None
    return m["names"]


def contributors(line: str) -> str | None:
    """The names of a wire footer's contributor line, or None."""
    m = _CONTRIBUTORS.match(line.strip())
    return m["names"] if m else None


_JOINS = re.compile(r"\s*(?:,|&|\band\b)\s*")


# A writer's line is short: the longest in the sets, an authors' line with its section, has
# under a hundred characters.
_LONGEST = 160
_DIGIT = re.compile(r"\d")


# Why a line was taken out that leaves its names to the page.
STAMPED, AUTHORS = "byline with a time stamp", "authors' line"


def mark_bylines(lines: list) -> str | None:
    """Marks as chrome the candidate text lines (objects with .text, .kind, .reason) that are
    a stamped byline, a name above a date line, or an authors' line; returns the first
    writer's name."""
    first = None
    shown = [ln for ln in lines if ln.kind != "blank"]
    for i, ln in enumerate(shown):
        if ln.kind != "text" or len(ln.text) > _LONGEST:  # most lines: one test, no regex
            continue
        names, reason = stamped_byline(ln.text), STAMPED
        if names is None and i + 1 < len(shown) and len(ln.text) < 40 and _is_name(ln.text.strip()):
            names = ln.text.strip() if is_stamp(shown[i + 1].text) else None
        if names is None:
            names, reason = authors_line(ln.text), AUTHORS
        if names is None:  # its name stays chrome, as every "By" line's (byline_names)
            names, reason = by_byline(ln.text), "byline"
        if names is not None:
            ln.kind, ln.reason = "chrome", reason
            first = first or names
    return first


def byline_names(removed: Iterable, site_names: Collection[str] = ()) -> list[str]:
    """The writers' names of the removed lines (objects with .text, .reason) that every set's
    labels count as people of the page: an authors' line's and a contributor line's, one
    name a caption (the model reads a bare name better than a list), each once. A stamped
    byline's name is not among them: the sets disagree on it (gold in five rows of
    heldout19-20, optional in four, not counted in five of older sets;
    eval/kinds/english-chrome8-mechanisms.md). An outlet that contributed ("The Associated
    Press contributed …") is the page's source, as a dateline's agency is, not a person."""
    names: dict[str, None] = {}
    for line in removed:
        if line.reason == AUTHORS:
            found = authors_line(line.text)
        elif line.reason == "contributor line":
            found = contributors(line.text)
        else:
            found = None
        for name in _JOINS.split(found or ""):
            if name and name not in site_names and not name.startswith("The "):
                names[name] = None
    return list(names)
