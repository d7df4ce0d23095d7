"""Raw scraped text -> article text: title, lede, body paragraphs and photo captions.

Scraped news pages carry site chrome around the story: page clocks, "Listen Live",
share widgets, category labels, related-headline lists, tag lines, photo credits,
comment widgets, newsletter and copyright footers. Everything here is a pure function
of the text (plus the outlet names it may mention), so each rule can be tested alone.

The rules encode how news pages are laid out, not any particular article:
- the story body starts at the dateline ("MOSCOW (Sputnik) –") or at the first
  paragraph written in sentences; the headline is the last headline-case line before it,
  and what comes before the headline is page header;
- inside and after the body, lines in headline case without sentence punctuation are
  links to other stories ("read also", related lists), and nothing after the last body
  paragraph belongs to the story except captions;
- captions are recognised by their credit ("© REUTERS / Name", "Name/AFP/Getty Images")
  or by the site name the page appends to image alt text ("… - Sputnik International").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from lib.engine.boilerplate import BOILERPLATE_LINES, INLINE_BOILERPLATE

SECTIONS = ("title", "lede", "body", "caption")

# Unicode spaces that scraped pages use (Sputnik glues short words to the next one with
# NBSP), zero-width characters, and typographic quotes: folded so that rules and the
# model see ordinary text.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
    }
)
_MULTI_SPACE = re.compile(r" {2,}")

# A page clock or "last updated" stamp that begins with a time of day:
# "19:26 GMT +3 19 January 2020". It tells when the page was rendered, not when the
# story was published.
_CLOCK = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC|MSK|CET|CEST|EST|EDT|ET|PT|BST)?\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*(?P<date>.*)$"
)
# "Published: 3 December 2019", "Updated 14:02, 4 Dec 2019", "Posted on May 2, 2016".
_LABELLED_DATE = re.compile(
    r"^(?:published|posted|first published|date|publication date|updated|last updated)(?: on)?\s*:?\s+(?P<date>.{6,60})$",
    re.IGNORECASE,
)
# A byline: "By John Smith", "By John Smith and Jane Doe, Reuters", "By John Smith | May 2, 2016".
_BYLINE = re.compile(
    r"^By\s+(?P<names>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)(?:\s*[,|]\s*(?P<rest>.*))?$"
)
# Agency datelines: "MOSCOW (Sputnik) –", "WASHINGTON (Reuters) -", "MOSCOW, Dec 3 (Reuters) -",
# "KIEV, Ukraine (AP) —", "Moscow (AFP) -", and the bare "(CNN) —" / "(CNN)".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,30}?)\)\s*(?:[-\u2013\u2014:]+\s*)"
)
_BARE_AGENCY = re.compile(r"^\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*(?:[-\u2013\u2014]+\s*)?")

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
    r"Corbis|SOPA Images|LightRocket|Barcroft Media|Imagine China|WireImage"
)
_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]?(?:Photo(?:graph)?(?: by)?:?\s*|Image(?: by)?:?\s*|Credit:?\s*)?"
    r"(?P<who>[A-Z][a-z'\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\-]+)?\s*/\s*(?:" + _PICTURE_DESKS + r")"
    r"(?:\s*(?:/|via)\s*(?:" + _PICTURE_DESKS + r"))*\s*[)\]]?\s*$"
)
_FILE_MARKER = re.compile(
    r"\s*\((?:File|File photo|Archive|Archive photo|Illustration)\)\s*$", re.I
)


def any_of(patterns: Iterable[re.Pattern]) -> re.Pattern:
    """One regex that matches where any of these does (each keeps its own flags): a line
    that matches none, most of them, is passed over in one search instead of one per pattern."""
    flag_letters = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}

    def scoped(p: re.Pattern) -> str:
        letters = "".join(c for flag, c in flag_letters.items() if p.flags & flag)
        return f"(?{letters}:{p.pattern})" if letters else f"(?:{p.pattern})"

    return re.compile("|".join(scoped(p) for p in patterns) or r"(?!)")


_TERMINAL = re.compile(r"""[.!?…]["')\]]*$|[.!?]\s*["']\s*$""")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "nor",
        "the",
        "to",
        "with",
        "vs",
        "via",
        "over",
        "after",
        "about",
        "is",
        "are",
        "was",
        "be",
        "its",
        "it's",
        "their",
        "his",
        "her",
        "our",
    ]
)
_COUNT_SUFFIX = re.compile(r"\(\d+\)\s*$")


@dataclass(frozen=True)
class Block:
    """One kept piece of the article, in reading order."""

    section: str  # one of SECTIONS
    text: str


@dataclass(frozen=True)
class RemovedLine:
    line: int  # 1-based line in the raw text
    text: str
    reason: str


@dataclass
class CleanedArticle:
    blocks: list[Block]
    title: str | None = None
    dateline: str | None = None  # "MOSCOW (Sputnik)"
    dateline_place: str | None = None  # "MOSCOW"
    dateline_date: str | None = None  # "Dec 3" in "MOSCOW, Dec 3 (Reuters) -"
    agency: str | None = None  # outlet named by the dateline or a site-name suffix, as written
    byline: str | None = None
    labelled_date: str | None = None  # "Published: ..." text, unparsed
    page_clock: str | None = None  # "19:26 GMT +3 19 January 2020": when the page was rendered
    removed: list[RemovedLine] = field(default_factory=list)

    @property
    def lede(self) -> str | None:
        return next((b.text for b in self.blocks if b.section in ("lede", "body")), None)


def normalise_text(text: str) -> str:
    """Fold Unicode spaces, zero-width characters and typographic quotes; NFC; \\n line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text).translate(_QUOTES)
    return "\n".join(_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def capitalised_share(line: str) -> float:
    """Share of content words that start upper case: high in headlines, low in prose."""
    content = [w for w in words(line) if w.lower() not in _STOPWORDS and len(w) > 1]
    if not content:
        return 0.0
    return sum(w[0].isupper() for w in content) / len(content)


def is_sentence_like(line: str) -> bool:
    """Prose: ends like a sentence, or is long and mostly lower case."""
    n = len(words(line))
    if n >= 4 and _TERMINAL.search(line):
        return True
    return n >= 14 and capitalised_share(line) < 0.5


def is_headline_like(line: str) -> bool:
    """A headline or link text: Title Case, no closing full stop, not too long."""
    n = len(words(line))
    if not 3 <= n <= 30 or line.rstrip("\"')").endswith("."):
        return False
    return capitalised_share(line) >= 0.6


def is_tag_line(line: str) -> bool:
    """'Downing of Russian SU-24, NATO, Jens Stoltenberg, Turkey, Russia': a list of tags."""
    items = [i.strip() for i in line.split(",")]
    if len(items) < 4 or _TERMINAL.search(line):
        return False
    return all(0 < len(words(i)) <= 5 and i[:1].isupper() for i in items)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII = re.compile(r"[\x00-\x7f]+")


def is_foreign_script(line: str) -> bool:
    """Mostly non-Latin letters: a widget placeholder in another language on an English page."""
    if line.isascii():
        return False
    # Count the ASCII letters by removing them (in C), and look letter by letter only at the
    # rest: one curly quote made this walk every letter of a whole article, three times.
    ascii_letters = len(line) - len(_ASCII_LETTERS.sub("", line))
    rest = _ASCII.sub("", line)
    letters = ascii_letters + len(_ANY_LETTER.findall(rest))
    if letters < 3:
        return False
    return (ascii_letters + len(_LATIN_LETTER.findall(rest))) / letters < 0.5


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


def strip_trailing_credit(line: str) -> tuple[str, str | None]:
    """'Putin speaks in Moscow. Mikhail Klimentyev/AFP/Getty Images' -> (caption, credit)."""
    if "/" not in line:
        return line, None  # every credit has one ("Name/AFP"); the regex is slow on prose
    m = _TRAILING_CREDIT.search(line)
    if not m or m.start() == 0 and not m["who"] and "/" not in line:
        return line, None
    return line[: m.start()].rstrip(), line[m.start() :].strip()


def remove_inline_boilerplate(paragraph: str) -> str:
    for pattern in INLINE_BOILERPLATE:
        paragraph = pattern.sub(" ", paragraph)
    return _MULTI_SPACE.sub(" ", paragraph).strip()


def match_dateline(paragraph: str, known_agencies: Collection[str] = ()) -> re.Match | None:
    """The agency dateline at the start of a paragraph, if there is one.

    An upper-case place ("MOSCOW (Sputnik) –") is a dateline whatever the agency; a
    mixed-case place ("Moscow (AFP) -") only when the agency is a known outlet.
    """
    m = _DATELINE.match(paragraph)
    if m:
        place_is_caps = m["place"].split(",")[0].replace(" ", "").replace(".", "").isupper()
        if place_is_caps or m["agency"].strip() in known_agencies:
            return m
    m = _BARE_AGENCY.match(paragraph)
    if m and m["agency"] in known_agencies:
        return m
    return None


@dataclass
class _Line:
    number: int
    text: str
    kind: str = "text"  # text | chrome | caption
    reason: str = ""


def _classify_chrome(
    lines: list[_Line], site_names: Iterable[str], *, latin_page: bool = True
) -> CleanedArticle:
    """First pass: mark each line as chrome, caption or candidate text."""
    result = CleanedArticle(blocks=[])
    counts = Counter(ln.text for ln in lines if ln.text)
    for ln in lines:
        text = ln.text
        if not text:
            ln.kind = "blank"
            continue
        clock = _CLOCK.match(text)
        if clock and re.search(r"\d{4}", text):
            ln.kind, ln.reason = "chrome", "page clock"
            result.page_clock = result.page_clock or text
            continue
        if labelled := _LABELLED_DATE.match(text):
            ln.kind, ln.reason = "chrome", "publication date line"
            result.labelled_date = result.labelled_date or labelled["date"].strip()
            continue
        # One search per pattern: most are anchored (^…$) and fail at once, where one
        # alternation of them all is tried at every position of the line (4× slower).
        reason = next((r for pat, r in BOILERPLATE_LINES if pat.search(text)), None)
        if reason:
            ln.kind, ln.reason = "chrome", reason
            continue
        if latin_page and is_foreign_script(text):
            ln.kind, ln.reason = "chrome", "line in another script"
            continue
        if (byline := _BYLINE.match(text)) and len(words(text)) <= 12:
            ln.kind, ln.reason = "chrome", "byline"
            result.byline = result.byline or byline["names"]
            continue
        if _COUNT_SUFFIX.search(text) and is_headline_like(_COUNT_SUFFIX.sub("", text)):
            ln.kind, ln.reason = "chrome", "story-thread link with article count"
            continue
        if counts[text] > 1 and not is_sentence_like(text):
            ln.kind, ln.reason = "chrome", "navigation line repeated on the page"
            continue
        stripped, site = strip_site_suffix(text, site_names)
        if site is not None:
            result.agency = result.agency or site
            if not stripped:
                ln.kind, ln.reason = "chrome", "site name"
                continue
            ln.kind, ln.text = "caption", _FILE_MARKER.sub("", stripped).strip()
            continue
        credit = split_copyright_credit(text)
        if credit is not None:
            ln.kind, ln.reason, ln.text = "caption", f"photo credit: {credit[0]}", credit[1]
            if not ln.text:
                ln.kind = "chrome"
            continue
        caption, trailing = strip_trailing_credit(text)
        if trailing is not None:
            ln.kind, ln.reason, ln.text = "caption", f"photo credit: {trailing}", caption
            if not caption:
                ln.kind = "chrome"
            continue
        if is_tag_line(text):
            ln.kind, ln.reason = "chrome", "tag line"
    return result


def clean_article(
    raw: str,
    *,
    title: str | None = None,
    site_names: Iterable[str] = (),
) -> CleanedArticle:
    """Split a scraped page into title, lede, body and captions, dropping site chrome.

    `title` is the headline given by metadata, if any; `site_names` are outlet names and
    aliases (e.g. "Sputnik International"), used to recognise datelines and the site
    name pages append to image captions.
    """
    normal = normalise_text(raw)
    lines = [_Line(i + 1, t) for i, t in enumerate(normal.split("\n"))]
    latin_page = not is_foreign_script(normal)
    learnt = repeated_site_names(ln.text for ln in lines)
    site_names = frozenset(site_names) | learnt
    result = _classify_chrome(lines, site_names, latin_page=latin_page)
    text_lines = [ln for ln in lines if ln.kind == "text"]

    # Where the story starts: the dateline, else the first paragraph written in sentences.
    start = next((ln for ln in text_lines if match_dateline(ln.text, site_names)), None)
    if start is None:
        start = next((ln for ln in text_lines if is_sentence_like(ln.text)), None)
    if start is None:  # nothing reads as prose: keep every line rather than lose the article
        start = text_lines[0] if text_lines else None
    last_prose = max((ln.number for ln in text_lines if is_sentence_like(ln.text)), default=0)

    # Header: the headline is the last headline-case line before the story starts;
    # prose after it and before the dateline is the lede; the rest is page header.
    header = [ln for ln in text_lines if start is not None and ln.number < start.number]
    headline = next((ln for ln in reversed(header) if is_headline_like(ln.text)), None)
    given_title = normalise_text(title).strip() if title else None
    result.title = given_title or (headline.text if headline else None)

    blocks: list[Block] = []
    if result.title:
        blocks.append(Block("title", result.title))
    seen_captions: set[str] = set()
    for ln in lines:
        if ln.kind == "blank":
            continue
        if ln.kind == "chrome":
            result.removed.append(RemovedLine(ln.number, ln.text, ln.reason))
            continue
        if ln.kind == "caption":
            if ln.text in seen_captions or ln.text == result.title:
                result.removed.append(
                    RemovedLine(ln.number, ln.text, "caption repeated as alt text")
                )
            else:
                seen_captions.add(ln.text)
                blocks.append(Block("caption", remove_inline_boilerplate(ln.text)))
            continue
        section, reason = _place_text_line(ln, start, headline, last_prose, given_title)
        if section is None:
            result.removed.append(RemovedLine(ln.number, ln.text, reason))
            continue
        text = ln.text
        if ln is start and (m := match_dateline(text, site_names)):
            result.dateline = text[: m.end()].rstrip(" -\u2013\u2014:").strip()
            result.dateline_place = m.groupdict().get("place")
            result.dateline_date = m.groupdict().get("date")
            result.agency = m["agency"].strip() or result.agency
            text = text[m.end() :]
        text = remove_inline_boilerplate(text)
        if text:
            blocks.append(Block(section, text))
    result.blocks = blocks
    return result


def _place_text_line(
    ln: _Line,
    start: _Line | None,
    headline: _Line | None,
    last_prose: int,
    given_title: str | None,
) -> tuple[str | None, str]:
    """Which section a candidate text line belongs to, or why it is dropped."""
    if start is None:
        return None, "no article text"
    if ln is headline:
        return (None, "headline repeated in text") if given_title else (None, "headline")
    if given_title and ln.text == given_title:
        return None, "headline repeated in text"
    if ln.number < start.number:
        if headline is not None and ln.number < headline.number:
            return None, "page header"
        return ("lede", "") if is_sentence_like(ln.text) else (None, "page header")
    if ln.number > last_prose and last_prose >= start.number:
        return None, "page footer"
    if is_sentence_like(ln.text) or ln is start:
        return "body", ""
    if is_headline_like(ln.text):
        return None, "link to another story"
    return None, "short non-prose line"


def assemble(blocks: list[Block]) -> tuple[str, list[tuple[str, int, int]]]:
    """Join blocks into one text (blank line between blocks) with each block's span."""
    parts, spans, offset = [], [], 0
    for block in blocks:
        parts.append(block.text)
        spans.append((block.section, offset, offset + len(block.text)))
        offset += len(block.text) + 2
    return "\n\n".join(parts), spans
