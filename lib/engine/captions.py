"""Photo captions on a scraped page, told by their signature: a credit ("© REUTERS / Name",
"Name/AFP/Getty Images", "(AP Photo/Name)"), or the site name the page appends to image alt
text ("… - Sputnik International"), learnt from the page itself where it recurs
(repeated_site_names). Pure functions of a line."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from lib.engine.bracketed_credits import bracketed_credit

# Photo credits. "© REUTERS / Francois Lenoir <caption>", "© AFP 2019 / JOHN THYS",
# "© Sputnik / Alexei Druzhinin", "Photo: Reuters".
_COPYRIGHT_CREDIT = re.compile(
    r"^(?:©|\(c\)|Photo:|Photograph:|Image:)\s*(?P<agency>[A-Za-z][\w&.\- ]{0,40}?(?:\s\d{4})?)\s*/\s*(?P<rest>.*)$"
)


_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "le", "la", "bin", "al", "el", "du"}


# Agencies and picture desks that appear in credits such as "Name/AFP/Getty Images".
_PICTURE_DESKS = (
    r"AFP|AP|AP Photo|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|TASS|Sputnik|"
    r"Bloomberg|Shutterstock|Pool|POOL|RIA Novosti|Anadolu Agency|Anadolu|NurPhoto|"
    r"SIPA|Sipa USA|Xinhua|Kremlin Pool|Alamy|UPI|DPA|dpa|picture alliance|"
    r"Corbis|SOPA Images|LightRocket|Barcroft Media|Imagine China|WireImage|AA|"
    r"Press Association Images|Press Association|PA Images|PA Wire|PA"
)


# Desks write the label in capitals as often as not ("PHOTO: REUTERS", "IMAGE: AFP").
_CREDIT_LABEL = (
    r"(?:(?:Photo(?:graph)?|PHOTO(?:GRAPH)?|Image|IMAGE|Picture|PICTURE|Video|VIDEO)"
    r"(?: by| BY)?:?\s*"
    r"|(?:Credit|CREDIT):?\s*)"
)


# A photographer as picture desks sign: two words (three with an initial or a particle),
# in capitals or not ("Saul Loeb", "SAUL LOEB", "Mikhail Klimentyev", "Evan R. Vucci").
_WHO = r"[A-Z][A-Za-z'\-]+(?:\s+(?:[A-Z]\.|de|van|von|al|el|bin))?\s+[A-Z][A-Za-z'\-]+"


_DESK_CHAIN = r"(?:" + _PICTURE_DESKS + r")(?:\s*(?:/|via)\s*(?:" + _PICTURE_DESKS + r"))*"


# A credit's notes after a comma ("AP Photo/Name, Pool, File", in lower case as often: "(AP
# Photo/Name, pool)") or, as Reuters signs a picture from its files, after a slash
# ("REUTERS/Name/File Photo").
_DESK_NOTES = (
    r"(?:(?:,\s*|\s*/\s*)(?:Pool|POOL|pool|File Photo|FILE PHOTO|File|FILE|file|Handout|handout))*"
)


_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]?" + _CREDIT_LABEL + r"?"
    r"(?:(?P<who>"
    + _WHO
    + r")|(?:"
    + _PICTURE_DESKS
    + r"))?\s*/\s*"
    + _DESK_CHAIN
    + _DESK_NOTES
    + r"\s*[)\]]?\s*$"
)


# Other signatures of a picture at the end of a caption: the desk before the name, as the
# AP signs ("(AP Photo/Virginia Mayo, Pool, File)"); a newspaper's own photographer in
# parentheses ("(Al Drago/The New York Times)"); a name and its agency joined by a dash
# ("Alexei Druzhinin—AP"); a desk alone after the caption's last sentence ("Photo: AFP",
# "AFP via Getty Images", "(AFP/Getty)", "… the US. / AA", "/AFP").
_OTHER_TRAILING_CREDITS = (
    re.compile(
        r"\s*(?:\u00a9\s*)?[(\[]?\b(?:"
        + _PICTURE_DESKS
        + r")\s*(?:Photo)?\s*/\s*"
        + _WHO
        + _DESK_NOTES
        + r"\s*[)\]]?\s*$"
    ),
    re.compile(
        r"\s*\(" + _WHO + r"\s*/\s*(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}\)\s*$"
    ),
    re.compile(r"\s*" + _WHO + r"\s*[\u2014\u2013]\s*" + _DESK_CHAIN + _DESK_NOTES + r"\s*$"),
    # a service's photographer after the service, with a rank: "(NATO/Warrant Officer Jane
    # Doe)", "(U.S. Army/Staff Sgt. John Roe)", "(Royal Navy/LPhot Ann Poe)"
    re.compile(
        r"\s*\((?:[A-Z][\w.&'-]*\s*){1,5}/\s*(?:(?:[A-Z][\w'-]*\.?|\d+(?:st|nd|rd|th))\s+){0,5}"
        + _WHO
        + r"\)\s*$"
    ),
    # a desk and its photographer after a colon, as ABC signs: "(AP: Jane Doe)", "(Reuters:
    # Defence Ministry Press Service)"
    re.compile(r"\s*\((?:" + _PICTURE_DESKS + r")\s*:\s*[A-Z][^():]{2,60}\)\s*$"),
    # a handout passed on by an agency: "(Turkish Defense Ministry via AP, Pool)"
    re.compile(r"\s*\([^()]{2,60}\svia\s(?:" + _PICTURE_DESKS + r")" + _DESK_NOTES + r"\)\s*$"),
    # a service's picture signed with its release note: "… in Europe. (U.S. Navy photo/Released)"
    re.compile(r"\s*\((?:[A-Z][\w.&'-]*\s+){1,4}[Pp]hoto\s*/\s*[A-Z][\w.' -]{1,60}\)\s*$"),
    # a desk alone in brackets closing a caption with no stop: "… a van in Winterslow (AP)"
    re.compile(r"(?<![.!?\"'])\s+\((?:" + _DESK_CHAIN + r")\)\s*$"),
    re.compile(
        r"(?:(?<=[.!?\"\u201d\u2019)])|^)\s*[(\[]?" + _CREDIT_LABEL + r"?"
        r"(?:/\s*)?" + _DESK_CHAIN + _DESK_NOTES + r"\s*[)\]]?\s*$"
    ),
)


_DASH_OR_DESK_END = re.compile(
    r"(?:[\u2014\u2013]\s*[A-Z][\w ]{0,30}|\b(?:" + _PICTURE_DESKS + r")[)\]]?"
    r"|\((?:" + _PICTURE_DESKS + r")\s*:[^()]{2,60}\))\s*$"
)


# The labels a BBC page writes around a picture, run into one line by a scrape: the alt text,
# "Image copyright" and the credit, "Image caption" and the caption ("… in Mariupol Image
# copyright Getty Images Image caption Ukrainian forces have been mobilised …"); a spun copy
# swaps the label's first word ("Symbol caption").
_IMAGE_LABELS = re.compile(
    r"(?:^|\s+)Image copyright\s+(?P<credit>\S.{0,40}?)\s+[A-Z][a-z]+ caption\s+(?=\S)"
)


def split_image_labels(line: str) -> tuple[str, str] | None:
    """'<alt text> Image copyright AFP Image caption <caption>' -> (credit, the alt text and
    the caption, each a sentence), or None: the labels and the credit are chrome, the words
    around them the picture's captions."""
    m = _IMAGE_LABELS.search(line)
    if m is None:
        return None
    parts = [p.strip() for p in (line[: m.start()], line[m.end() :]) if p.strip()]
    return m["credit"], " ".join(p if p[-1] in ".!?" else p + "." for p in parts)


def split_copyright_credit(line: str) -> tuple[str, str] | None:
    """'© REUTERS / Francois Lenoir NATO chief Jens Stoltenberg' -> (credit, caption).

    The photographer's name is taken as two words (three with a particle or an initial),
    which is how picture desks sign; what follows is the caption.
    """
    m = _COPYRIGHT_CREDIT.match(line)
    if not m:
        return None
    tokens = m["rest"].split()
    take = min(2, len(tokens))
    if len(tokens) > 2 and (tokens[1].lower() in _PARTICLES or re.fullmatch(r"[A-Z]\.", tokens[1])):
        take = 3
    credit = f"{line[: m.start('rest')]}{' '.join(tokens[:take])}".strip()
    return credit, " ".join(tokens[take:])


# A picture's source in brackets closing a caption that has no full stop of its own: "… on
# April 25, 2016 (Source: US Army)", "(Photo courtesy of the ministry)". After a sentence's
# stop the same brackets cite the source of a paragraph, which stays.
_SOURCE_CREDIT = re.compile(
    r"(?<![.!?\"'])\s*\((?:Source|Photo|Image|Picture|Credit)s?(?:\s+courtesy(?:\s+of)?)?"
    r"\s*:?\s+[^()]{2,40}\)\s*$",
    re.I,
)


# A service's photographer signing after the caption's last sentence, with a rank: "… the
# Suwalki Gap. U.S. Army photo by Staff Sgt. Jane Doe", "(Navy photo by Petty Officer 2nd Class
# John Roe)", "Photo courtesy of the ministry".
_PHOTO_BY = re.compile(
    r"(?:(?<=[.!?\"')\]])|^)\s*[(\[]?(?:[A-Z][\w.&'-]*\s+){0,4}"
    r"(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo)\s+(?:by|courtesy(?:\s+of)?)\s+"
    r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|\d+(?:st|nd|rd|th)|of|the)){0,8}[)\]]?\s*$"
)


# A credit's label after the caption's last sentence, then who took or gave the picture, with
# no stop of its own: "… in April. Photo: Captain Jane Doe, eFP Public Affairs Officer",
# "… in the Finnish capital. Image Yle Jane Doe". Prose goes on to a stop of its own.
_LABELLED_CREDIT = re.compile(
    r"(?<=[.!?\"\u201d])\s+(?:Photo(?:graph)?|Image|Picture|PHOTO|IMAGE):?\s+[A-Z][\w.,'\u2019 -]{1,80}"
    r"(?<![.!?])$"
)


# A desk's name closing a caption that has no stop ("… near USS Donald Cook in the Black Sea
# Reuters"); after a verb or a preposition the desk is what the sentence cites.
_BARE_DESK_END = re.compile(r"(?<=[a-z])\s+(?:" + _DESK_CHAIN + r")\s*$")
_CITING_WORDS = {"said", "says", "told", "tells", "to", "by", "from", "of", "with", "per",
                 "according", "reported", "reports", "and", "the"}  # fmt: skip


def _bare_desk_credit(line: str) -> re.Match | None:
    m = _BARE_DESK_END.search(line)
    if m is None or _TERMINAL_STOP.search(line[: m.start()]):
        return None
    before = line[: m.start()].split()
    if len(before) < 8 or before[-1].lower() in _CITING_WORDS:
        return None
    capitalised = [w for w in before if len(w) > 3 and w[0].isupper()]
    long_words = [w for w in before if len(w) > 3]
    return m if len(capitalised) < 0.6 * len(long_words) else None  # a headline is capitalised


_TERMINAL_STOP = re.compile(r"[.!?][\"')\]\u201d]*\s*$")


def strip_trailing_credit(line: str) -> tuple[str, str | None]:
    """'Putin speaks in Moscow. Mikhail Klimentyev/AFP/Getty Images' -> (caption, credit)."""
    if line.endswith(")") and (m := _SOURCE_CREDIT.search(line)):
        return line[: m.start()].rstrip(), line[m.start() :].strip()
    if (" by " in line or "courtesy" in line) and (m := _PHOTO_BY.search(line)):
        return line[: m.start()].rstrip(), line[m.start() :].strip()
    if (
        (m := _LABELLED_CREDIT.search(line))
        or (m := _bare_desk_credit(line))
        or (m := bracketed_credit(line))
    ):
        return line[: m.start()].rstrip(), line[m.start() :].strip()
    if "/" not in line and not _DASH_OR_DESK_END.search(line):
        return line, None  # every other credit has a slash ("Name/AFP"); the regex is slow on prose
    m = _TRAILING_CREDIT.search(line)
    if not m or m.start() == 0 and not m["who"] and "/" not in line:
        m = next((m for p in _OTHER_TRAILING_CREDITS if (m := p.search(line))), None)
        if m is None:
            return line, None
    return line[: m.start()].rstrip(), line[m.start() :].strip()


_SUFFIX = re.compile(r"(?:^|\s)[-\u2013\u2014|]\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})$")


def repeated_site_names(lines: Iterable[str]) -> set[str]:
    """Site names learnt from the page itself: a ' - Name' ending that recurs on several
    lines (pages append it to every image's alt text and to the header)."""
    endings = Counter(m["name"] for line in lines if (m := _SUFFIX.search(line)))
    return {name for name, count in endings.items() if count >= 2}


_SITE_DASHES = (" - ", " \u2013 ", " \u2014 ", " | ")


def strip_site_suffix(line: str, site_names: Collection[str]) -> tuple[str, str | None]:
    """'Caption text - Sputnik International' -> ('Caption text', 'Sputnik International')."""
    names = site_names if isinstance(site_names, (set, frozenset)) else set(site_names)
    for dash in _SITE_DASHES:
        head, sep, tail = line.rpartition(dash)
        if sep and head and tail.strip() in names:
            return head.rstrip(), tail.strip()
    if line[:2] in ("- ", "\u2013 ", "\u2014 ", "| ") and line[2:].strip() in names:
        return "", line[2:].strip()
    return line, None


# Where a caption points in its picture: "(R)", "(L)", "(left)", "(pictured)", "(centre, in
# blue)", "(seen right during the ceremony)". Prose has no such brackets, so a line that has
# one is a caption even when it lacks a credit and a final stop.
_PICTURE_POINTER = re.compile(
    r"\((?:(?-i:[RL])|(?:far |second |third )?(?:left|right|centre|center|top|bottom|above|below)"
    r"(?: to right| from (?:left|right))?|(?:(?:seen|pictured|shown|standing|sitting)\b[^()]{0,160}))"
    r"(?:,[^()]{0,40})?\)",
    re.I,
)


def has_picture_pointer(line: str) -> bool:
    """'Merkel (L) and Macron (R) arrive for the summit', '… (pictured) in 2018'."""
    return _PICTURE_POINTER.search(line) is not None


_CREDIT_PART = re.compile(r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|de|van|von|al|via)){0,3}")


_DESK = re.compile(r"(?:" + _PICTURE_DESKS + r")")


def is_credit_line(line: str) -> bool:
    """'Jane Roe / Xinhua / Eyevine / Redux': a line of three names and more joined by slashes
    (two, when one is a known picture desk) is a photo's credit on its own line, the
    photographer and the agencies that passed the picture on: no caption or prose is only that."""
    parts = [p.strip() for p in line.split("/")]
    return (
        len(parts) >= 2
        and all(_CREDIT_PART.fullmatch(p) for p in parts)
        and (len(parts) >= 3 or any(_DESK.fullmatch(p) for p in parts))
    )


# A credit written inside a line, where a page glued a picture's card to the text: the desk
# before Getty ("… | Saul Loeb/AFP/Getty Images North Korea …", "(AFP via Getty Images)") or
# after it ("Getty Images/AFP/NPR"). A poll's sponsors ("a Reuters/Ipsos poll") and agencies
# sharing a dateline ("VILNIUS (Baltic News Service / Reuters -") are no credit.
_DESK_ALONE = re.compile(r"(?:" + _PICTURE_DESKS + r")")
_CREDIT_BEFORE = re.compile(r"\b(?:Getty Images|Getty)\s*/\s*$")
_CREDIT_AFTER = re.compile(r"\s*(?:/|\s+via\s+)\s*Getty\b")


def in_picture_credit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a picture desk's name, signs a picture inside the line rather
    than naming the agency."""
    if not _DESK_ALONE.fullmatch(text[start:end]):
        return False
    return bool(
        _CREDIT_BEFORE.search(text[max(0, start - 60) : start]) or _CREDIT_AFTER.match(text, end)
    )
