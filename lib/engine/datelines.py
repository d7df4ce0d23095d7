"""Datelines: where a story was filed and by which agency. Opening the story's first paragraph
("MOSCOW (Sputnik) –", "Moscow (AFP) -", "(CNN) —"), or on a line of its own above it: an
agency and the place ("AP, MOSCOW", "Reuters Ankara", "Press Trust of India New Delhi",
"WASHINGTON-Anadolu Agency"), a page's time stamp that ends with the place ("March 18, 2014
06:43 pm | Updated … IST - MOSCOW"), an edition's day widget ("Today in New Delhi, India").
The agency names the outlet and goes; the place is a place of the page (lib.engine.clean
writes it before the paragraph below, as "MOSCOW — ", where the model reads a dateline).
Pure functions of the text and the outlet names."""

from __future__ import annotations

import re
from collections.abc import Collection

from lib.engine.byline_stamps import is_stamp

# Agency datelines: "MOSCOW (Sputnik) –", "WASHINGTON (Reuters) -", "MOSCOW, Dec 3 (Reuters) -",
# "KIEV, Ukraine (AP) —", "Moscow (AFP) -", and the bare "(CNN) —" / "(CNN)".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,30}?)\)\s*(?:[-\u2013\u2014:]+\s*)"
)


# "Washington (CNN) The president …": a known outlet's dateline without a dash.
_DATELINE_NO_DASH = re.compile(
    _DATELINE.pattern.removesuffix(r"\s*(?:[-\u2013\u2014:]+\s*)") + r"\s+(?=[A-Z\"'])"
)


_BARE_AGENCY = re.compile(r"^\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*(?:[-\u2013\u2014]+\s*)?")


def match_dateline(paragraph: str, known_agencies: Collection[str] = ()) -> re.Match | None:
    """The agency dateline at the start of a paragraph, if there is one.

    An upper-case place ("MOSCOW (Sputnik) –") is a dateline whatever the agency; a
    mixed-case place ("Moscow (AFP) -"), or a dateline without its dash ("Washington (CNN)
    The …"), only when the agency is a known outlet.
    """
    m = _DATELINE.match(paragraph)
    if m:
        place_is_caps = m["place"].split(",")[0].replace(" ", "").replace(".", "").isupper()
        if place_is_caps or m["agency"].strip() in known_agencies:
            return m
    m = _DATELINE_NO_DASH.match(paragraph)
    if m and m["agency"].strip() in known_agencies:
        return m
    m = _BARE_AGENCY.match(paragraph)
    if m and m["agency"] in known_agencies:
        return m
    return None


def dateline_place(m: re.Match, site_names: Collection[str]) -> str:
    """'MOSCOW (Sputnik) -' -> 'MOSCOW \u2014 ': the agency names the outlet and goes, but the
    place is where the story was filed, a place of the page as a bare dateline's is (the
    country after a comma, 'KIEV, Ukraine', is the place's address, not a second one). Only
    an outlet's dateline and a name in capitals or title case: a transcript's speaker ('STEVE
    DOOCY (co-host) -', 'ALISYN CAMEROTA (ANCHOR) -') or a gloss ('VAT (sales tax) -') has the
    same shape."""
    place = (m.groupdict().get("place") or "").split(",")[0].strip()
    agency = m["agency"].strip()  # a known outlet, or an agency's acronym ("UPI", "PNN")
    if not place or not (agency in site_names or re.fullmatch(r"[A-Z]{2,5}", agency)):
        return ""
    return f"{place} \u2014 " if all(w[:1].isupper() for w in place.split()) else ""


# A place as a dateline writes it: one to three capitalised words ("MOSCOW", "New Delhi",
# "St. Petersburg").
_PLACE = r"[A-Z][A-Za-z.'\u2019-]*(?:\s[A-Z][A-Za-z.'\u2019-]*){0,2}"

# "… 06:25 pm IST - MOSCOW": a stamp, a dash and the place in capitals.
_STAMP_THEN_PLACE = re.compile(
    r"^(?P<stamp>.*\d.*?)\s+[-\u2013\u2014]\s+(?P<place>[A-Z][A-Z.' ]+)$"
)

# "Today in New Delhi, India": the edition's city and its country over a weather widget.
_DAY_WIDGET = re.compile(rf"^Today in (?P<place>{_PLACE}),\s*{_PLACE}$")

# A dateline's line is short ("Press Trust of India New Delhi"); a stamp with its update is
# twice as long; a sentence is longer.
_LONGEST, _LONGEST_STAMP = 60, 120


def _is_place(text: str, places: Collection[str]) -> bool:
    """A known place or capital, as written or in a dateline's capitals ('NEW DELHI')."""
    return re.fullmatch(_PLACE, text) is not None and (
        text in places or (text.isupper() and text.title() in places)
    )


def _agency_and_place(
    line: str, site_names: Collection[str], places: Collection[str]
) -> str | None:
    """'AP, MOSCOW', 'Reuters Ankara', 'WASHINGTON-Anadolu Agency': a known outlet's name and
    a known place, in either order, and nothing else."""
    cuts = [m.start() for m in re.finditer(r"[\s,/|\u2013\u2014-]+", line)]
    for cut in cuts:
        head = line[:cut].strip(" ,/|\u2013\u2014-")
        tail = line[cut:].strip(" ,/|\u2013\u2014-")
        if head in site_names and _is_place(tail, places):
            return tail
        if tail in site_names and _is_place(head, places):
            return head
    return None


def place_of_dateline_line(
    line: str, site_names: Collection[str], places: Collection[str]
) -> str | None:
    """The place of a dateline on a line of its own (an agency and a place, a stamp ending
    with the place, an edition's day widget), or None. `places` are the names of the places
    the gazetteer knows: a line's other words (a desk, a photographer, "By") are none."""
    text = line.strip()
    if not text or len(text) > _LONGEST_STAMP or not places:
        return None
    if (m := _STAMP_THEN_PLACE.match(text)) and is_stamp(m["stamp"]):
        place = m["place"].strip()
        return place if _is_place(place, places) else None
    if len(text) > _LONGEST:
        return None
    if (m := _DAY_WIDGET.match(text)) and _is_place(m["place"], places):
        return m["place"]
    return _agency_and_place(text, site_names, places)


# Why the cleaning takes such a line out: it leaves its place to the paragraph below.
DATELINE_LINE = "dateline on a line of its own"
