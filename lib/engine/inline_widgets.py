"""Widgets pasted inside a paragraph of a scraped page, cut out where they stand (the rest of
the line stays): an inline hover card (a name, the person's full name glued to related
headlines, then "MORE"), a photo gallery (captions each closed by a counter "Hide Caption 3
of 27"), a picker of countries ("Choose your country Afghanistan Albania Algeria …")."""

from __future__ import annotations

import bisect
import csv
import re
from functools import lru_cache

from lib.engine.line_shape import capitalised_share, squeeze_spaces
from lib.paths import DATA_DIR

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


def _card_start(tokens: list[re.Match], i: int, *, glued: bool, inside: bool = True) -> int | None:
    """If `tokens[i]` ends a hover card's full name, the offset where the card starts (right
    after the text's own surname), else None. The card repeats in full the name the text has just used,
    and runs into its first headline: "Sen. Elizabeth Warren Elizabeth Ann WarrenWarren goes local …", "Speaker Paul
    Ryan Paul Davis Ryan Retirees should …". With `glued`, the surname is the part of a glued
    word before the glue; else it is the whole word (not a bracketed nickname), and a
    capitalised word follows. The text used the same surname one to four name words before:
    the card starts after it, or, where the card is glued to it too ("TrumpDonald
    TrumpFacebook …"), inside it. ("Paul Ryan Paul Davis Ryan": the first names repeat too,
    and the caller takes the last of such overlapping pairs.)"""
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
                return tokens[k].end() if 1 <= i - k - 1 <= 4 else None
            if glued and inside and (at := _glued_after(tokens[k], surname)) is not None:
                # "President TrumpDonald TrumpFacebook bans …": the card glued to the
                # text's own surname too, its full name starting inside that word
                return at if i - k - 1 <= 4 else None
            if not _NAME_WORD.match(tokens[k].group()):
                break
    return None


def _glued_after(token: re.Match, surname: str) -> int | None:
    """Where a card glued to this word starts, if the word is `surname` run into a
    capitalised name ("TrumpDonald", "CruzRafael"), else None."""
    word = token.group()
    if len(surname) > 2 and word.startswith(surname) and _GLUE.match(word, len(surname)):
        return token.start() + len(surname)
    return None


def _find_card(tokens: list[re.Match], window: range, done: int) -> int | None:
    """The offset where the card ending after `window` starts: a glued name first (the
    stronger sign), else a lone repeated surname."""
    for glued in (True, False):
        for i in window:
            start = _card_start(tokens, i, glued=glued)
            if start is None or start < done:
                continue
            # "Paul Ryan Paul Davis Ryan": the pair Ryan-Ryan overlaps Paul-Paul and ends later
            for j in range(i + 1, min(i + 5, window.stop)):
                # (a word inside the card is no start: "Mc" of "McCainCindy McCain: …")
                later = _card_start(tokens, j, glued=glued, inside=False)
                if later is not None and start < later <= tokens[i].end():
                    start = later
            return start
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
    return squeeze_spaces("".join(kept)), removed


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
    return squeeze_spaces(line[:start] + line[last.end() :]), line[start : last.end()].strip()


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
    return squeeze_spaces(" ".join(kept)), removed


# A teaser's link glued to the end of its paragraph, cut off mid-sentence: "… the United
# States will install an Aeg —> Read More", "… said on Monday. Continue reading »".
_READ_MORE_TAIL = re.compile(
    r"\s*(?:[-\u2013\u2014>=\u2192\u00bb]+\s*)?(?:Read [Mm]ore|READ MORE|Continue [Rr]eading)"
    r"\s*(?:[>\u2192\u00bb]+|\.{3}|\u2026)?\s*$"
)


# A list page's teaser cut with an ellipsis and its link in capitals: "… Moscow officials
# promised that the building of this massive bridge would... MORE".
_MORE_AFTER_CUT = re.compile(r"(?:(?<=\.\.\.)|(?<=\u2026))\s*MORE\s*$")


def strip_read_more(line: str) -> tuple[str, str | None]:
    """A teaser paragraph without its "Read More" link: the paragraph, cut short where the
    page cut it, ends in an ellipsis (it goes on on the linked page)."""
    m = _READ_MORE_TAIL.search(line) or _MORE_AFTER_CUT.search(line)
    if m is None or len(line[: m.start()].split()) < 12:
        return line, None  # a "Read more" line alone, or after a headline, is navigation
    head = line[: m.start()].rstrip()
    if capitalised_share(head) >= 0.9:
        return line, None  # a related story's title in title case and its link
    if not re.search(r"[.!?\u2026][\"')\]]*$", head):
        head += "\u2026"
    return head, line[m.start() :].strip()


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
    line, link = strip_read_more(line)
    if link:
        removed.append(("read-more link", link))
    return line, removed
