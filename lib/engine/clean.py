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
  or by the site name the page appends to image alt text ("… - Sputnik International");
- widgets pasted inside a paragraph are cut out where they stand: an inline hover card
  (a name, the person's full name glued to related headlines, then "MORE"), a photo
  gallery (captions each closed by a counter "Hide Caption 3 of 27"), a picker of
  countries ("Choose your country Afghanistan Albania Algeria …").
Text that recurs word for word across many articles of one outlet is found after NLP, over
the whole corpus (lib.engine.repeats).
"""

from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lib.engine.boilerplate import BOILERPLATE_LINES, INLINE_BOILERPLATE
from lib.paths import DATA_DIR

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
    r"^(?:By|by|BY)\s+(?P<names>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)(?:\s*[,|]\s*(?P<rest>.*))?$"
)
# A byline without "By", a line of two or more full names and nothing else ("Katie Rogers
# and Annie Karni", "Jane Doe, John Roe and Ann Poe"): no sentence or headline is only that.
_NAME = r"[A-Z][a-z'\u2019-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'\u2019-]+){1,2}"
_BARE_BYLINE = re.compile(rf"^(?P<names>{_NAME}(?:,\s{_NAME})*,?\s(?:and|&)\s{_NAME})$")
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
    r"Corbis|SOPA Images|LightRocket|Barcroft Media|Imagine China|WireImage|AA"
)
_CREDIT_LABEL = r"(?:Photo(?:graph)?(?: by)?:?\s*|Image(?: by)?:?\s*|Credit:?\s*)"
# A photographer as picture desks sign: two words (three with an initial or a particle),
# in capitals or not ("Saul Loeb", "SAUL LOEB", "Mikhail Klimentyev", "Evan R. Vucci").
_WHO = r"[A-Z][A-Za-z'\-]+(?:\s+(?:[A-Z]\.|de|van|von|al|el|bin))?\s+[A-Z][A-Za-z'\-]+"
_DESK_CHAIN = r"(?:" + _PICTURE_DESKS + r")(?:\s*(?:/|via)\s*(?:" + _PICTURE_DESKS + r"))*"
_DESK_NOTES = r"(?:,\s*(?:Pool|POOL|File|FILE|Handout))*"
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
        r"\s*[(\[]?(?:AP|AP Photo|Reuters|AFP|EPA|Getty Images)\s*(?:Photo)?\s*/\s*"
        + _WHO
        + _DESK_NOTES
        + r"\s*[)\]]?\s*$"
    ),
    re.compile(
        r"\s*\(" + _WHO + r"\s*/\s*(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}\)\s*$"
    ),
    re.compile(r"\s*" + _WHO + r"\s*[\u2014\u2013]\s*" + _DESK_CHAIN + _DESK_NOTES + r"\s*$"),
    re.compile(
        r"(?:(?<=[.!?\"\u201d\u2019)])|^)\s*[(\[]?" + _CREDIT_LABEL + r"?"
        r"(?:/\s*)?" + _DESK_CHAIN + _DESK_NOTES + r"\s*[)\]]?\s*$"
    ),
)
_DASH_OR_DESK_END = re.compile(
    r"(?:[\u2014\u2013]\s*[A-Z][\w ]{0,30}|\b(?:" + _PICTURE_DESKS + r")[)\]]?)\s*$"
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


def is_anchored(pattern: re.Pattern) -> bool:
    """True when every top-level alternative of the pattern starts with "^": it can only
    match at the start of a line, so `match` finds it without trying every position."""
    branches, depth, start, escaped, in_class = [], 0, 0, False, False
    text = pattern.pattern
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(text[start:i])
            start = i + 1
    branches.append(text[start:])
    return all(b.startswith("^") for b in branches)


# Most chrome patterns hold at the start of the line: tried there only (one `match` of
# them all), they cost a line one attempt instead of one per character. The others are
# looked for one by one (a pattern that begins with words is found by a fast scan, which
# an alternation of patterns loses), in lines of at most MAX_CHROME_CHARS characters.
MAX_CHROME_CHARS = 1000
_AT_LINE_START = [(pat, r) for pat, r in BOILERPLATE_LINES if is_anchored(pat)]
_ANYWHERE_BOILERPLATE = [(pat, r) for pat, r in BOILERPLATE_LINES if not is_anchored(pat)]
_LINE_START_BOILERPLATE = any_of(pat for pat, _ in _AT_LINE_START)


def boilerplate_reason(line: str) -> str | None:
    """Why a line is site chrome by data/boilerplate.csv, or None."""
    if _LINE_START_BOILERPLATE.match(line):
        return next(r for pat, r in _AT_LINE_START if pat.match(line))
    if len(line) <= MAX_CHROME_CHARS:
        return next((r for pat, r in _ANYWHERE_BOILERPLATE if pat.search(line)), None)
    return None


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


_GLOSSED_NAME = re.compile(
    r"^[\s\u2022*\u00b7-]*(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+\s+[-\u2013\u2014]\s+(?:[A-Z]\w+\s+)?[a-z]"
)


def is_glossed_name(line: str) -> bool:
    """'• Dmitry Rogozin - Russian deputy PM (US)', 'Sergei Aksyonov – acting PM of Crimea': an
    item of a fact box, a name glossed with its role after a dash, not a link to a story
    (a link's text goes on as a headline does, capitalised after a dash)."""
    return _GLOSSED_NAME.match(line) is not None and not line.rstrip().endswith(("...", "\u2026"))


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
    if "/" not in line and not _DASH_OR_DESK_END.search(line):
        return line, None  # every other credit has a slash ("Name/AFP"); the regex is slow on prose
    m = _TRAILING_CREDIT.search(line)
    if not m or m.start() == 0 and not m["who"] and "/" not in line:
        m = next((m for p in _OTHER_TRAILING_CREDITS if (m := p.search(line))), None)
        if m is None:
            return line, None
    return line[: m.start()].rstrip(), line[m.start() :].strip()


def remove_inline_boilerplate(paragraph: str) -> str:
    for pattern in INLINE_BOILERPLATE:
        paragraph = pattern.sub(" ", paragraph)
    return _MULTI_SPACE.sub(" ", paragraph).strip()


# A video player's notice before the video's caption: "Media playback is unsupported on
# your device Media caption NATO jets scramble over the Baltic".
_PLAYER_NOTICE = re.compile(
    r"^media playback is (?:unsupported|not supported) on (?:your|this) device\s*"
    r"(?:media caption\s*:?\s*)?",
    re.I,
)
# An inline hover card (related-links widget) ends in an all-capitals "MORE" or "READ MORE",
# glued to the full name when the card has no headlines ("John Francis KellyMORE").
_CARD_END = re.compile(r"(?:\b|(?<=[a-z]))(?:READ )?MORE\b")
# Where a card's full name runs into its first headline with no space between them: a word
# ending in a lower-case letter, full stop or bracket directly followed by a capital or a
# digit ("TrumpGOP", "Clinton2020", "Jr.Hunter") or by a quote that opens a headline
# ("Trump'Low-level' …").
_GLUE = re.compile(r"(?<=[a-z.)])(?=[A-Z0-9]|[\"'][A-Z0-9])")
_TOKEN = re.compile(r"\S+")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'-]*|\([A-Z][\w.'-]*\))$")
CARD_MAX_WORDS = 100  # a card holds a full name and three or four headlines (at most 88 words seen)
NAME_LOOKBACK = 6  # the card follows the name as the text writes it


def _bare(token: re.Match) -> str:
    return token.group().strip("\"'(),")


def _card_start(tokens: list[re.Match], i: int, *, glued: bool) -> int | None:
    """If `tokens[i]` ends a hover card's full name, the index of the text's own surname
    the card follows, else None. The card repeats in full the name the text has just used,
    and runs into its first headline: "Sen. Elizabeth Warren Elizabeth Ann WarrenWarren goes local …", "Speaker Paul
    Ryan Paul Davis Ryan Retirees should …". With `glued`, the surname is the part of a glued
    word before the glue; else it is the whole word (not a bracketed nickname), and a
    capitalised word follows. The text used the same surname one to four name words before:
    the card starts after it. ("Paul Ryan Paul Davis Ryan": the first names repeat too, and
    the caller takes the last of such overlapping pairs.)"""
    word = tokens[i].group()
    if glued:
        surnames = [word[: m.start()].strip("\"'(") for m in _GLUE.finditer(word)]
    elif word.startswith("(") or i + 1 >= len(tokens) or not tokens[i + 1].group()[:1].isupper():
        return None
    else:
        surnames = [_bare(tokens[i])]
    for surname in reversed(surnames):
        if len(surname) < 2 or not surname[0].isupper():
            continue
        for k in range(i - 1, max(-1, i - NAME_LOOKBACK - 1), -1):
            if _bare(tokens[k]) == surname:
                return k if 1 <= i - k - 1 <= 4 else None
            if not _NAME_WORD.match(tokens[k].group()):
                break
    return None


def _find_card(tokens: list[re.Match], window: range, done: int) -> int | None:
    """The offset where the card ending after `window` starts: a glued name first (the
    stronger sign), else a lone repeated surname."""
    for glued in (True, False):
        for i in window:
            k = _card_start(tokens, i, glued=glued)
            if k is None or tokens[k].end() < done:
                continue
            # "Paul Ryan Paul Davis Ryan": the pair Ryan-Ryan overlaps Paul-Paul and ends later
            for j in range(i + 1, min(i + 5, window.stop)):
                later = _card_start(tokens, j, glued=glued)
                if later is not None and k < later <= i:
                    k = later
            return tokens[k].end()
    return None


def strip_hover_cards(line: str) -> tuple[str, list[str]]:
    """Cut inline hover cards out of a paragraph: 'President Trump Donald John TrumpGOP
    senators balk at … MORE said' -> 'President Trump said'. A card repeats a person's name
    in full right after the text's own use of it, runs into related headlines and ends in an
    all-capitals "MORE" (_card_start); the name the text itself uses stays. Returns the line
    and the cards cut."""
    if "MORE" not in line:
        return line, []
    cards: list[tuple[int, int]] = []
    tokens = list(_TOKEN.finditer(line))
    starts = [t.start() for t in tokens]
    done = 0  # cards do not overlap: the next one starts after the last one's MORE
    for end_match in _CARD_END.finditer(line):
        if end_match.start() < done:
            continue
        last = bisect.bisect_left(starts, end_match.start())
        first = max(bisect.bisect_left(starts, done), last - CARD_MAX_WORDS)
        start = _find_card(tokens, range(first, last), done)
        if start is not None:
            cards.append((start, end_match.end()))
            done = end_match.end()
    if not cards:
        return line, []
    kept, removed, last_end = [], [], 0
    for start, end in cards:
        kept.append(line[last_end:start])
        removed.append(line[start:end].strip())
        last_end = end
    kept.append(line[last_end:])
    return _MULTI_SPACE.sub(" ", "".join(kept)).strip(), removed


# A photo gallery pasted into the text: each picture's caption closed by a counter
# ("Hide Caption 3 of 27", "Photo 3 of 27"), the gallery's title before each
# ("Photos: The final presidential debate").
_GALLERY_COUNTER = re.compile(
    r"\b(?:Hide Caption|Caption|Photo|Image|Picture|Slide)\s+\d{1,3}\s+of\s+\d{1,3}\b", re.I
)
_COUNTER_HINT = re.compile(r"\d\s+of\s+\d")  # a cheap test first
_GALLERY_LABEL = re.compile(r"\b(?:Photos|Pictures|Gallery|In pictures|Slideshow)\s*:", re.I)


def strip_gallery(line: str) -> tuple[str, str | None]:
    """Cut a photo gallery out of a line: from its label ("Photos:") before the first
    caption counter, or the line's start, to the last counter. Returns the line and the
    gallery cut (None when there is none)."""
    if not _COUNTER_HINT.search(line):
        return line, None
    counters = list(_GALLERY_COUNTER.finditer(line))
    if not counters:
        return line, None
    first, last = counters[0], counters[-1]
    label = _GALLERY_LABEL.search(line, 0, first.start())
    start = label.start() if label else 0
    return _MULTI_SPACE.sub(" ", line[:start] + line[last.end() :]).strip(), line[
        start : last.end()
    ].strip()


# A picker of countries (a newsletter's "Choose your country", a chart's labels) pasted as
# one run of names with nothing but spaces between them; prose lists them with commas and
# "and". A run of capitalised words is a picker when PICKER_MIN_NAMES country names follow
# one another in it, with at most PICKER_GAP other words between two of them (names the
# gazetteer spells otherwise: "Congo, Democratic Republic of", "Libyan Arab Jamahiriya").
PICKER_MIN_NAMES = 6
PICKER_GAP = 3
_CAPITAL_RUN = re.compile(
    r"(?:[A-Z][\w'.-]*,?\s+(?:(?:and|of|the|d'\w+),?\s+)*)+[A-Z][\w'.-]*"
    r"(?:\s+(?:of|the))?"
)
_RUN_WORD = re.compile(r"[^\s,]+")
_SIX_CAPITALS = re.compile(r"(?:\b[A-Z][\w'.-]*\s+){5}[A-Z]")  # a cheap test first


@lru_cache(maxsize=1)
def place_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every country name and alias of data/gazetteer/countries.csv (what a picker lists), as
    word tuples by their first word, longest first."""
    with (DATA_DIR / "gazetteer" / "countries.csv").open(encoding="utf-8", newline="") as handle:
        names = {
            tuple(alias.replace(",", " ").split())
            for row in csv.DictReader(handle)
            for alias in [row["name"], *row["aliases"].split("|")]
            if alias
        }
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in by_first.items()}


def _picker_spans(
    run: re.Match, names: dict[str, tuple[tuple[str, ...], ...]]
) -> list[tuple[int, int]]:
    """Spans (offsets in the line) of the pickers inside one run of capitalised words."""
    words = list(_RUN_WORD.finditer(run.group()))
    texts = [w.group() for w in words]
    matches: list[tuple[int, int]] = []  # (first word, last word) of each country name
    i = 0
    while i < len(words):
        name = next((n for n in names.get(texts[i], ()) if tuple(texts[i : i + len(n)]) == n), None)
        if name:
            matches.append((i, i + len(name) - 1))
            i += len(name)
        else:
            i += 1

    def follows(previous: tuple[int, int], match: tuple[int, int]) -> bool:
        between = texts[previous[1] + 1 : match[0]]
        if not between:  # nothing but spaces: "Albania Algeria"; prose has "Albania, Algeria"
            gap = run.group()[words[previous[1]].end() : words[match[0]].start()]
            return not gap.strip()
        return len(between) <= PICKER_GAP and all(
            w[0].isupper() or w in ("of", "the") for w in between
        )

    spans, group = [], []
    for match in [*matches, None]:
        if match is not None and (not group or follows(group[-1], match)):
            group.append(match)
            continue
        if len(group) >= PICKER_MIN_NAMES:
            offset = run.start()
            spans.append((offset + words[group[0][0]].start(), offset + words[group[-1][1]].end()))
        group = [match] if match is not None else []
    return spans


def strip_name_runs(line: str) -> tuple[str, list[str]]:
    """Cut pickers of countries ("Choose your country Afghanistan Albania Algeria American
    Samoa …") out of a line: runs of PICKER_MIN_NAMES or more country names with nothing but
    spaces (and a few unknown words) between them."""
    if len(line) < 40 or not _SIX_CAPITALS.search(line):
        return line, []
    names = place_names()
    spans = [s for run in _CAPITAL_RUN.finditer(line) for s in _picker_spans(run, names)]
    if not spans:
        return line, []
    kept, removed, last = [], [], 0
    for start, end in spans:
        kept.append(line[last:start])
        removed.append(line[start:end])
        last = end
    kept.append(line[last:])
    return _MULTI_SPACE.sub(" ", " ".join(kept)).strip(), removed


def strip_inline_widgets(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Hover cards, galleries and country pickers cut out of one line: (what is left,
    [(reason, text cut)])."""
    removed: list[tuple[str, str]] = []
    line, cards = strip_hover_cards(line)
    removed += [("inline hover card", c) for c in cards]
    line, gallery = strip_gallery(line)
    if gallery:
        removed.append(("photo gallery", gallery))
    line, runs = strip_name_runs(line)
    removed += [("country picker", r) for r in runs]
    return line, removed


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
        if ln.text:
            ln.text, cut = strip_inline_widgets(ln.text)
            result.removed += [RemovedLine(ln.number, piece, why) for why, piece in cut]
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
        if player := _PLAYER_NOTICE.match(text):  # the notice goes, the video's caption stays
            ln.kind, ln.reason, ln.text = "caption", "video player notice", text[player.end() :]
            if not ln.text:
                ln.kind = "chrome"
            continue
        if reason := boilerplate_reason(text):
            ln.kind, ln.reason = "chrome", reason
            continue
        if latin_page and is_foreign_script(text):
            ln.kind, ln.reason = "chrome", "line in another script"
            continue
        if (
            (byline := _BYLINE.match(text) or _BARE_BYLINE.match(text))
            and len(words(text)) <= 12
            and ln is not lines[0]
        ):
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
    if is_sentence_like(ln.text) or ln is start or is_glossed_name(ln.text):
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
