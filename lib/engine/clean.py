"""Raw scraped text -> article text: title, lede, body paragraphs and photo captions.

Scraped news pages carry site chrome around the story: page clocks, "Listen Live",
share widgets, category labels, related-headline lists, tag lines, photo credits,
comment widgets, newsletter and copyright footers. Everything here is a pure function
of the text (plus the outlet names it may mention), so each rule can be tested alone.

The rules encode how news pages are laid out, not any particular article:
- lines broken inside a clause are joined first (hard-wrapped wire copy,
  lib.engine.wrapped_lines);
- the story body starts at the dateline ("MOSCOW (Sputnik) –") or at the first
  paragraph written in sentences; the headline is the last headline-case line before it
  (with no title column and none in headline case, a headline in sentence case and its
  standfirst), and what comes before the headline is page header;
- inside and after the body, lines in headline case without sentence punctuation are
  links to other stories ("read also", related lists), and nothing after the last body
  paragraph belongs to the story except captions;
- captions are recognised by their credit ("© REUTERS / Name", "Name/AFP/Getty Images")
  or by the site name the page appends to image alt text ("… - Sputnik International")
  (lib.engine.captions);
- widgets pasted inside a paragraph are cut out where they stand: an inline hover card
  (a name, the person's full name glued to related headlines, then "MORE"), a photo
  gallery (captions each closed by a counter "Hide Caption 3 of 27"), a picker of
  countries ("Choose your country Afghanistan Albania Algeria …") (lib.engine.inline_widgets);
- lines and phrases of data/boilerplate.csv are chrome wherever they stand
  (lib.engine.boilerplate), and a line's shape tells prose from headlines, link lists and
  tag lines (lib.engine.line_shape).
Text that recurs word for word across many articles of one outlet is found after NLP, over
the whole corpus (lib.engine.repeats).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from lib.engine.boilerplate import boilerplate_reason, remove_inline_boilerplate
from lib.engine.byline_stamps import mark_bylines
from lib.engine.captions import (
    has_picture_pointer,
    is_credit_line,
    repeated_site_names,
    split_copyright_credit,
    split_image_labels,
    strip_site_suffix,
    strip_trailing_credit,
)
from lib.engine.closing_tags import without_closing_tag
from lib.engine.datelines import (
    DATELINE_LINE,
    dateline_place,
    match_dateline,
    place_of_dateline_line,
)
from lib.engine.inline_widgets import strip_inline_widgets
from lib.engine.line_shape import (
    holds_sentences,
    is_foreign_script,
    is_glossed_name,
    is_headline_like,
    is_lead_in,
    is_other_latin_language,
    is_run_of_titles,
    is_sentence_like,
    is_standfirst,
    is_tag_line,
    squeeze_spaces,
    words,
)
from lib.engine.list_items import list_items
from lib.engine.media_cards import is_media_card
from lib.engine.mojibake import cut_mojibake
from lib.engine.page_teasers import drop_teaser_tail, page_teasers
from lib.engine.source_lines import named_source
from lib.engine.wrapped_lines import unwrap

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


# The writer's name closing the story's last line, after its last sentence and nothing else
# ("… said historian Adam Domby. Peter Weber"): a byline, not a person of the story.
_CLOSING_NAME = re.compile(rf"(?<=[.!?\"\u201d])\s+(?P<names>{_NAME})$")
_BARE_BYLINE = re.compile(rf"^(?P<names>{_NAME}(?:,\s{_NAME})*,?\s(?:and|&)\s{_NAME})$")


# A byline run into the first sentence, the reporter's role in lower case and no stop before
# the story: "Jane Doe, news reporter Russia has started …", "John Roe, defence correspondent
# The alliance …". A sentence never goes on capitalised right after such a role.
_NEWSROOM_ROLES = (
    r"reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|presenter"
)


_GLUED_BYLINE = re.compile(
    r"^(?P<names>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){1,2}),\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:" + _NEWSROOM_ROLES + r")s?\s+(?=[A-Z\"'])"
)


# The reporters' byline closing a paragraph after its last sentence, with no verb of its own:
# "… would violate international law. By Jane Doe and John Roe." (wire copy pasted whole).
_CLOSING_BYLINE = re.compile(
    rf"(?<=[.!?\"\u201d])\s+By\s+(?P<names>{_NAME}(?:,\s{_NAME})*(?:,?\s(?:and|&)\s{_NAME})?)\.?$"
)


# A desk's byline run into the headline: "Montenegro to join NATO next month by Staff Writers".
_STAFF_BYLINE = re.compile(
    r"\s+by\s+(?:[A-Z][\w.]*\s+){0,2}(?:Staff|Writers?|Reporters?|Correspondents?|Desk)\b.*$"
)


# The closing paragraph about the writer: "Jane Doe is The Outlet's foreign editor, …", "John
# Roe is a correspondent for …". What follows it on the page is the writer's too.
_WRITER_BIO = re.compile(
    r"^[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){1,2}\s(?:is|was|has been)\s"
    r"(?:(?:a|an|the)\s|(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*['\u2019]s\s)"
    r"(?:[\w-]+\s){0,4}?(?:" + _NEWSROOM_ROLES + r")s?\b"
)


_FILE_MARKER = re.compile(
    r"\s*\((?:File|File photo|Archive|Archive photo|Illustration)\)\s*$", re.I
)


_COUNT_SUFFIX = re.compile(r"\(\d+\)\s*$")


# The label that opens an author box below a story ("Author: Jane Doe", "About the author"):
# what follows it is the writer's biography ("Graduated from …", "Function: Editor").
_AUTHOR_BOX = re.compile(
    r"^(?:(?:Author|AUTHOR|Written by|About the author)\s*:\s*(?:[A-Z][\w.'-]*\s*){1,4}"
    r"|About the [Aa]uthor:?)$"
)


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
    return "\n".join(squeeze_spaces(line) for line in text.split("\n"))


# A video player's notice before the video's caption: "Media playback is unsupported on
# your device Media caption NATO jets scramble over the Baltic".
_PLAYER_NOTICE = re.compile(
    r"^media playback is (?:unsupported|not supported) on (?:your|this) device\s*"
    r"(?:media caption\s*:?\s*)?",
    re.I,
)


_READ_MORE_SOURCE = re.compile(
    r"^(?:read more|read the full (?:story|article)|more|source)\s*(?:at|on|from)?\s*"
    r"\(\s*(?P<outlet>[A-Z][^()]{1,60}?)\s*\)\s*(?:>+|»)?\s*$",
    re.I,
)


def _source_label(line: str, site_names: Collection[str]) -> str | None:
    """The outlet a "Read more (Outlet) >>" line or a known outlet's label ("Outlet:") names."""
    if m := _READ_MORE_SOURCE.match(line):
        return m["outlet"]
    if line.endswith(":") and line[:-1].strip() in site_names:
        return line[:-1].strip()
    return named_source(line, site_names)  # "Here's more from Newsmax:"


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
            ln.text, twins = cut_mojibake(ln.text)  # a caption's Russian twin read as Latin-1
            result.removed += [RemovedLine(ln.number, t, "Cyrillic read as Latin-1") for t in twins]
            # a line is judged without its inline credits ("… in Vilnius. (© agency / Name/)")
            ln.text = remove_inline_boilerplate(ln.text)
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
        if outlet := _source_label(text, site_names):
            # "Read More (NBC News) >>", a repost's "Washington Times:": the outlet the text
            # comes from is named; the link words go
            ln.kind, ln.reason, ln.text = "caption", "source label", outlet
            continue
        if labelled := split_image_labels(text):  # "… Image copyright AFP Image caption …"
            ln.kind, ln.reason, ln.text = "caption", f"photo credit: {labelled[0]}", labelled[1]
            continue
        if reason := boilerplate_reason(text):
            ln.kind, ln.reason = "chrome", reason
            continue
        if is_media_card(text):
            ln.kind, ln.reason = "chrome", "video or audio card of another story"
            continue
        if latin_page and is_foreign_script(text):
            ln.kind, ln.reason = "chrome", "line in another script"
            continue
        if latin_page and is_other_latin_language(text):
            ln.kind, ln.reason = "chrome", "line in another language"
            continue
        if (
            (byline := _BYLINE.match(text) or _BARE_BYLINE.match(text))
            and len(words(text)) <= 12
            and ln is not lines[0]
        ):
            ln.kind, ln.reason = "chrome", "byline"
            result.byline = result.byline or byline["names"]
            continue
        if glued := _GLUED_BYLINE.match(text):
            result.removed.append(RemovedLine(ln.number, text[: glued.end()].strip(), "byline"))
            result.byline = result.byline or glued["names"]
            ln.text = text = text[glued.end() :]
        if closing := _CLOSING_BYLINE.search(text):
            result.removed.append(RemovedLine(ln.number, closing.group().strip(), "byline"))
            result.byline = result.byline or closing["names"]
            ln.text = text = text[: closing.start()]
        if _COUNT_SUFFIX.search(text) and is_headline_like(_COUNT_SUFFIX.sub("", text)):
            ln.kind, ln.reason = "chrome", "story-thread link with article count"
            continue
        if (
            counts[text] > 1
            and not is_sentence_like(text)
            and strip_trailing_credit(text)[1] is None  # a caption shown twice is kept once
        ):
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
        if is_credit_line(text):  # a credit on its own line: the line above is its caption
            ln.kind, ln.reason = "chrome", "photo credit"
            above = next((a for a in reversed(lines[: lines.index(ln)]) if a.kind != "blank"), None)
            if above is not None and above.kind == "text" and not is_sentence_like(above.text):
                above.kind, above.reason = "caption", "above its credit"
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
        elif not is_sentence_like(text) and has_picture_pointer(text):
            ln.kind, ln.reason = "caption", "points into a picture"
    _drop_runs_of_titles(lines)
    last = next((ln for ln in reversed(lines) if ln.kind == "text"), None)
    if last is not None and (closing := _CLOSING_NAME.search(last.text)):
        result.removed.append(RemovedLine(last.number, closing["names"], "byline"))
        result.byline = result.byline or closing["names"]
        last.text = last.text[: closing.start()]
    return result


# Labels of a block of links ("Related Links", "Read more", "Top stories"): what follows them
# up to the story's next sentence is the links' titles.
_LINK_LABELS = {"link to another story", "navigation"}


def _drop_runs_of_titles(lines: list[_Line]) -> None:
    """Below a label of links, a line of many words without sentence punctuation is their
    titles run together (line_shape.is_run_of_titles), not prose."""
    under_links = False
    for ln in lines:
        if ln.kind == "chrome" and ln.reason in _LINK_LABELS:
            under_links = True
        elif ln.kind == "text" and under_links and is_run_of_titles(ln.text):
            ln.kind, ln.reason = "chrome", "titles of links run together"
        elif ln.kind == "text" and under_links and ln.text.endswith(("\u2026", "...")):
            ln.kind, ln.reason = "chrome", "teaser of a linked story"
        elif ln.kind == "text" and is_sentence_like(ln.text):
            under_links = False


# The heading of an explainer box: "What is Novichok?", "Who is Sergei Skripal?".
_QUESTION_HEADING = re.compile(r"^(?:What|Who|Where|Why|How|When)\b[^.!?]{2,60}\?$")


def _mark_fact_boxes(lines: list[_Line], *, span: int = 6) -> None:
    """Under an explainer's question heading ("What is Novichok?"), the lines of its box are
    written as sentences without their full stops: the lines of six words and more in
    sentence case among the next few, up to the first line that is neither that nor prose,
    are its content."""
    texts = [ln for ln in lines if ln.kind != "blank"]
    for i, heading in enumerate(texts):
        if heading.kind != "text" or not _QUESTION_HEADING.match(heading.text):
            continue
        for ln in texts[i + 1 : i + 1 + span]:
            if ln.kind != "text" or not (is_standfirst(ln.text) or is_sentence_like(ln.text)):
                break
            if not is_sentence_like(ln.text):
                ln.reason = "fact box"


# An outlet's copyright line with its year ("(C)OUTLET 2019", "© 2019 The Outlet"): the
# story ends there, and what the page has below it is the readers' comments and links. (A
# picture's credit, "© Getty", names no year.)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _drop_after_copyright(lines: list[_Line], start: _Line | None) -> None:
    if start is None:
        return
    end = next(
        (
            ln
            for ln in lines
            if ln.number > start.number
            and ln.reason == "copyright footer"
            and _YEAR.search(ln.text)
        ),
        None,
    )
    for ln in lines:
        if end is not None and ln.number > end.number and ln.kind in ("text", "caption"):
            ln.kind, ln.reason = "chrome", "below the copyright line"


def _drop_author_box(lines: list[_Line], start: _Line | None) -> None:
    """Below the story's start, an author box's label and every line after it are the
    writer's biography, not the story (a story ends before its author box)."""
    if start is None:
        return
    label = next(
        (ln for ln in lines if ln.number > start.number and _AUTHOR_BOX.match(ln.text)), None
    )
    last = [ln for ln in lines if ln.kind == "text"][-2:]
    if label is None:  # no label: the last paragraphs open with the writer's role
        label = next((ln for ln in last if ln is not start and _WRITER_BIO.match(ln.text)), None)
    if label is None:
        return
    for ln in lines:
        if ln.number >= label.number and ln.kind in ("text", "caption"):
            ln.kind, ln.reason = "chrome", "author box"


def clean_article(
    raw: str,
    *,
    title: str | None = None,
    site_names: Iterable[str] = (),
    place_names: Collection[str] = (),
) -> CleanedArticle:
    """Split a scraped page into title, lede, body and captions, dropping site chrome.

    `title` is the headline given by metadata, if any; `site_names` are outlet names and
    aliases (e.g. "Sputnik International"), used to recognise datelines and the site
    name pages append to image captions; `place_names` the places a dateline on a line of
    its own may name ("AP, MOSCOW").
    """
    normal = normalise_text(raw)
    lines = [_Line(i + 1, t) for i, t in unwrap(normal.split("\n"))]
    latin_page = not is_foreign_script(normal)
    learnt = repeated_site_names(ln.text for ln in lines)
    site_names = frozenset(site_names) | learnt
    result = _classify_chrome(lines, site_names, latin_page=latin_page)
    stamped = mark_bylines(lines)  # "Jane Doe 3 minutes ago …": never the headline
    result.byline = result.byline or stamped
    for ln in lines:  # "AP, MOSCOW", "… 06:25 pm IST - MOSCOW": never the headline
        if ln.kind == "text" and place_of_dateline_line(ln.text, site_names, place_names):
            ln.kind, ln.reason = "chrome", DATELINE_LINE
    text_lines = [ln for ln in lines if ln.kind == "text"]

    # Where the story starts: the dateline, else the first paragraph written in sentences.
    start = next((ln for ln in text_lines if match_dateline(ln.text, site_names)), None)
    if start is None:
        start = next((ln for ln in text_lines if is_sentence_like(ln.text)), None)
    if start is None:  # nothing reads as prose: keep every line rather than lose the article
        start = text_lines[0] if text_lines else None
    _drop_author_box(lines, start)
    _drop_after_copyright(lines, start)
    drop_teaser_tail(lines, start)
    _mark_fact_boxes(lines)
    shown = [ln for ln in lines if ln.kind != "blank"]  # a list's items inside the story
    for i in list_items([ln.text for ln in shown]):
        shown[i].reason = shown[i].reason or "list item"
    text_lines = [ln for ln in lines if ln.kind == "text"]
    last_prose = _story_end(text_lines)

    # Header: the headline is the last headline-case line before the story starts;
    # prose after it and before the dateline is the lede; the rest is page header.
    header = [ln for ln in text_lines if start is not None and ln.number < start.number]
    given_title = normalise_text(title).strip() if title else None
    above = {ln.number for ln in header}
    story = [ln.text for ln in lines if ln.kind in ("text", "caption") and ln.number not in above]
    headline = _headline(header, given_title, _content_words(" ".join(story)))
    above_headline = [ln for ln in header if headline is None or ln.number < headline.number]
    teasers = page_teasers(above_headline, " ".join(story))  # a tag page's stories
    for ln in above_headline:
        ln.reason = "teaser on the page" if ln.number in teasers else ln.reason
    if headline is not None and not given_title:
        headline.text = _STAFF_BYLINE.sub("", headline.text)
    result.title = given_title or (headline.text if headline else None)

    blocks: list[Block] = []
    if result.title:
        blocks.append(Block("title", result.title))
    seen_captions: set[str] = set()
    # a dateline on a line of its own gives its place to the paragraph below, when the story
    # has no dateline of its own
    filed_at = None
    dated = start is not None and match_dateline(start.text, site_names) is not None
    for ln in lines:
        if ln.kind == "blank":
            continue
        if ln.kind == "chrome":
            if ln.reason == DATELINE_LINE and not dated:
                filed_at = place_of_dateline_line(ln.text, site_names, place_names)
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
            text = dateline_place(m, site_names) + text[m.end() :]
        elif filed_at:
            text, filed_at = f"{filed_at} \u2014 {text}", None
        text = remove_inline_boilerplate(text)
        if text:
            blocks.append(Block(section, text))
    result.blocks = blocks
    return result


def _story_end(text_lines: list[_Line]) -> int:
    """The number of the story's last line: its last sentence, or after it a lead-in that
    announces a quotation or a list ("… said no-one can be expelled from the G8:") or the
    items of a fact box ("- Dmitry Rogozin – Russian deputy PM (US)", two and more): a
    story may end on what it announces, and a page's footer is neither."""
    glossed = [is_glossed_name(ln.text) for ln in text_lines]
    ends = [
        ln.number
        for i, ln in enumerate(text_lines)
        if is_sentence_like(without_closing_tag(ln.text))
        or holds_sentences(ln.text)
        or is_lead_in(ln.text)
        or (
            glossed[i] and ((i > 0 and glossed[i - 1]) or (i + 1 < len(glossed) and glossed[i + 1]))
        )
    ]
    return max(ends, default=0)


def _content_words(text: str) -> set[str]:
    """A text's longer words by their first five letters ("Turkey's" and "Turkey" are both
    "turke", "Russia" and "Russian" both "russi"), for telling whether two texts share a word."""
    return {w.lower()[:5] for w in words(text) if len(w) > 3}


def _headline(header: list[_Line], given_title: str | None, story: set[str]) -> _Line | None:
    """The headline among the lines above the story: the line the title column gives, else
    the last line in headline case; with neither, a headline written in sentence case ("Russia
    suspended from G8 in show of unity"), the first of the last two lines above the story that
    are long enough and have no full stop (the second is its standfirst). A headline shares a
    word with its story: a line that shares none is a promotion of another page."""
    if given_title and (same := next((ln for ln in header if ln.text == given_title), None)):
        return same
    header = [ln for ln in header if _content_words(ln.text) & story]
    cased = next((ln for ln in reversed(header) if is_headline_like(ln.text)), None)
    if cased is not None or given_title:
        return cased
    last = []
    for ln in reversed(header):
        if len(words(ln.text)) < 4 or ln.text.endswith(":") or len(last) == 2:
            break
        last.insert(0, ln)
    return next((ln for ln in last if not ln.text.rstrip("\"')").endswith(".")), None)


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
            return ("body", "") if ln.reason == "teaser on the page" else (None, "page header")
        if is_sentence_like(ln.text) or (
            headline is not None and not given_title and is_standfirst(ln.text)
        ):
            return "lede", ""
        return None, "page header"
    if ln.number > last_prose and last_prose >= start.number:
        return None, "page footer"
    if (
        is_sentence_like(without_closing_tag(ln.text))
        or holds_sentences(ln.text)  # its last sentence lost its stop
        or ln is start
        or ln.reason == "fact box"
        or is_glossed_name(ln.text)
        or is_lead_in(ln.text)
        or ln.reason == "list item"
    ):
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
