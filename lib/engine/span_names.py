"""The name an entity span holds: without the title before it (kept as the person's role),
the verbs of a title-case headline glued to it ("Shoigu Warns", "Trump Slams Putin"), or the
typography around it (clean_bounds; lib.names.normalise_surface reads what is left); a name
written in capitals in ordinary case (display_case)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from lib.engine.blocks import doc_text
from lib.engine.news_words import HEADLINE_VERBS, RANK_ABBREVIATIONS, ROLE_HEADS, TITLE_WORDS
from lib.engine.unit_names import parent_of_sub_unit

# Royal titles: a royal is known by the title and one given name ("Queen Elizabeth", "Prince
# Charles", "King Salman", "the Princess Royal"), which is the name, not a role before it.
ROYAL_TITLES = {"king", "queen", "prince", "princess", "duke", "duchess", "emperor", "empress"}


def strip_title(span: Span) -> tuple[str | None, Span]:
    """'President Putin' -> ('President', Putin); titles inside a PERSON span. 'Prince
    Charles' stays whole (ROYAL_TITLES)."""
    if len(span) == 2 and span[0].lower_ in ROYAL_TITLES and span[1].is_title:
        return None, span
    i = span.start
    while i < span.end - 1 and (
        span.doc[i].lower_ in TITLE_WORDS | RANK_ABBREVIATIONS | {"the"}
        or (span.doc[i].lower_ == "lady" and i > 0 and span.doc[i - 1].lower_ == "first")
    ):  # "First Lady Melania Trump": a title read whole, as "Vice President"
        i += 1
    title = span.doc[span.start : i].text if i > span.start else None
    return title, span.doc[i : span.end]


def stated_role(span: Span) -> str | None:
    """The title written just before a name: 'NATO Secretary General', "Turkey's President"."""
    doc, i = span.doc, span.start - 1
    words: list[int] = []
    while i >= 0 and len(words) < 6:
        token = doc[i]
        if token.text in ("'s", "'", "-") or (
            token.is_alpha and (token.is_title or token.is_upper)
        ):
            words.append(i)
            i -= 1
            continue
        if token.lower_ in ROLE_HEADS and not words:  # lower-case "president Putin"
            words.append(i)
            i -= 1
            continue
        break
    while words and doc[words[-1]].text in ("'s", "'", "-"):
        words.pop()
    if not words:
        return None
    tokens = [doc[j] for j in reversed(words)]
    if not any(t.lower_ in ROLE_HEADS for t in tokens):
        return None
    return doc[tokens[0].i : tokens[-1].i + 1].text


# Past tenses a title-case headline runs into the name before them ("Trump and Putin Met in
# Helsinki", "Allies Held Talks"): stripped at a span's end only, as "the Met Office" opens on
# one.
_PAST_AT_END = {"met", "held", "signed", "told", "spoke", "talked", "agreed", "ordered",
                "rejected", "denied", "vowed", "slammed", "blamed", "hailed", "expelled",
                "suspended", "launched", "joined", "visited", "threatened", "condemned",
                "welcomed", "confirmed", "announced", "discussed"}  # fmt: skip


def strip_headline_verbs(span: Span) -> Span:
    """'Shoigu Warns' -> 'Shoigu', 'Meet Biden' -> 'Biden' (see HEADLINE_VERBS); a past
    tense in lower case the model ran into the name goes too ('Allied Ministers signed')."""
    start, end = span.start, span.end
    while end - start > 1 and (
        span.doc[end - 1].lower_ in HEADLINE_VERBS
        or span.doc[end - 1].lower_ in _PAST_AT_END
        or (span.doc[end - 1].is_lower and span.doc[end - 1].lower_.endswith("ed"))
    ):
        end -= 1  # "Allied Foreign Ministers signed": no name ends on a verb in lower case
    while end - start > 1 and span.doc[start].lower_ in HEADLINE_VERBS:
        start += 1
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span


# What follows a name after a comma and is still the name: "Martin Luther King, Jr."
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _name_follows(comma) -> bool:
    after = comma.nbor()
    return after.is_title and after.lower_ not in _SUFFIXES


def split_headline(span: Span) -> list[Span]:
    """'Trump Slams Putin' -> ['Trump', 'Putin']: a title-case headline glues names across a
    verb or a comma; a span holding a headline verb (or a title-case function word, or a comma
    before a capitalised word) inside is two names. Empty when there is nothing to split."""
    cut = [
        t.i
        for t in span[1:-1]
        if t.lower_ in HEADLINE_VERBS
        or (t.is_title and t.is_stop and t.lower_ != "of")
        or (span.label_ == "PERSON" and t.text == "," and _name_follows(t))
    ]  # "Trump, Putin": a headline lists people with a comma where text writes "and"
    if not cut:
        return []
    parts, start = [], span.start
    for i in [*cut, span.end]:
        if i > start:
            parts.append(Span(span.doc, start, i, label=span.label_))
        start = i + 1
    return parts


def clean_bounds(span: Span, label: str) -> tuple[int, int] | None:
    """The span's character bounds without what is not the name: a leading "the", a
    possessive, bullets and arrows before it, a dash, slash or ampersand after it ('Ted
    Cruz-', 'NEW YORK/'), the open bracket of a nickname cut off ('Robert (Bob' -> 'Robert'),
    or, where the nickname's bracket closes on a surname, the whole name ('Robert (Bob)
    Mueller'). An editor's brackets inside ('Mitch] McConnell') stay in the surface; the
    name is read without them (lib.names.normalise_surface)."""
    doc = span.doc
    text = span.text
    start, end = 0, len(text)
    while start < end and not (
        text[start].isalnum()
        or text[start] in "[\"'"
        or re.match(r"\([A-Z][\w.'-]*\)\s+[A-Z]", text[start:])  # "(Barack) Obama"
    ):
        start += 1
    stop = re.search(r"[.!?][\"“”]\s*(?=[A-Z])|\s[-\u2013\u2014]\s", text[start:end])
    if stop:
        # 'NATO."We agreed': a space lost after a quotation; 'Sergei Aksyonov - acting PM':
        # a dash between spaces glosses the name, it does not go on with it
        end = start + stop.start()
    lead = re.match(r"(?:the|The|THE|a|an)\s+", text[start:])  # "a Warsaw Summit Forum"
    if lead and lead.end() < end - start:
        start += lead.end()
    open_paren = text.rfind("(")
    if open_paren > text.rfind(")"):
        tail = doc_text(doc)[span.end_char :]
        closing = re.match(r"[^()\n]{0,20}\)\s+([A-Z][\w'’-]+)", tail)
        if label == "PERSON" and closing:
            return span.start_char + start, span.end_char + closing.end()
        end = open_paren
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".]'\")"):
        end -= 1
    possessive = re.search(r"(?:['’]s?)$", text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while end > start and text[end - 1] in "]\"'" and text[:end].count("]") > text.count("["):
        end -= 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".])"):
        end -= 1
    if end <= start:
        return None
    return span.start_char + start, span.start_char + end


def extend_cut_name(span: Span) -> Span:
    """'Ted' of 'Ted Cruz-': the tokenizer keeps a dash glued to the word after a name, and
    the model stops before it. The capitalised word is part of the name."""
    doc = span.doc
    if (
        span.end < len(doc)
        and span[-1].whitespace_
        and re.fullmatch(r"[A-Z][a-z]+[-–—]", doc[span.end].text)
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def display_case(surface: str, label: str) -> str:
    """A name written in capitals ('PUTIN', 'MITCH McCONNELL', 'NEW YORK') in ordinary case,
    so that it is the same name as in running text; an organisation's acronym stays ('NATO')."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) < 4 or sum(c.islower() for c in letters) > 2:
        return surface
    if label == "ORG" and " " not in surface:
        return surface
    return " ".join(
        w[:1] + w[1:].lower() if w.isupper() and len(w) > 2 else w for w in surface.split()
    )


def extend_office_of(span: Span, label: str) -> Span:
    """'Defense Industries' of "Turkey's Presidency of Defense Industries": the model stops
    after 'of'; a capitalised noun and 'of' after 'the' or a possessive open the name."""
    doc, i = span.doc, span.start
    if (
        label == "ORG"
        and i >= 3
        and doc[i - 1].lower_ == "of"
        and doc[i - 2].is_title
        and doc[i - 2].is_alpha
        and doc[i - 2].lower_ not in TITLE_WORDS
        and doc[i - 3].lower_ in ("the", "'s", "’s")
    ):
        return Span(doc, i - 2, span.end, label=span.label_)
    return span


def extend_ministry_of(span: Span, label: str) -> Span:
    """'the Lithuanian ministry' of 'the Lithuanian ministry of defence': house styles write a
    ministry's portfolio after 'of' in lower case, which the model leaves out of the name;
    the portfolio's nouns and adjectives ('foreign affairs', 'the interior') are part of it."""
    doc, end = span.doc, span.end
    if label != "ORG" or span[-1].lower_ not in ("ministry", "department"):
        return span
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return span
    j = end + 1 + (doc[end + 1].lower_ == "the")
    k = j
    while k < len(doc) and k - j < 3 and _portfolio_word(doc[k]):
        k += 1
    return Span(doc, span.start, k, label=span.label_) if k > j else span


def _portfolio_word(token) -> bool:
    """A word of a ministry's portfolio ('defence', 'foreign affairs'), not the verb or the
    role noun that follows the name ('said', 'spokesman')."""
    return (
        token.is_alpha
        and not token.is_stop
        and token.lower_ not in HEADLINE_VERBS
        and token.lower_ not in ROLE_HEADS
        and not token.lower_.endswith("ed")
    )


# The nouns that head the name of a military formation ("3rd Armored Brigade Combat Team",
# "173rd Airborne Brigade", "20th Guards Army").
UNIT_NOUNS = {"regiment", "brigade", "division", "squadron", "battalion", "corps", "fleet",
              "flotilla", "army", "wing", "detachment", "company", "group", "team", "command"}  # fmt: skip


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth", re.I
)


def extend_unit_ordinal(span: Span, label: str) -> Span:
    """'Armored Brigade Combat Team' of "the 3rd Armored Brigade Combat Team": a unit's number
    is part of its name (the model leaves it out as an ordinal); without it, every brigade of
    one kind would be one entity. A sub-unit's number and echelon before "of the" and its
    parent's name are the parent's part: the parent is the span (lib.engine.unit_names)."""
    if label != "ORG":
        return span
    whole = _with_unit_number(span)
    # "First Battalion of the Royal Regiment of Fusiliers": the regiment
    return parent_of_sub_unit(whole) or whole


def _with_unit_number(span: Span) -> Span:
    doc, i = span.doc, span.start
    if i < 1:
        return span
    if (
        _ORDINAL.fullmatch(doc[i - 1].text)
        and any(t.lower_ in UNIT_NOUNS for t in span)
        and span[0].is_title
    ):
        return Span(doc, i - 1, span.end, label=span.label_)
    if _UNIT_NUMBER.fullmatch(doc[i - 1].text) and (
        span[0].lower_ in UNIT_NOUNS
        or (len(span) == 1 and span.text.isupper() and span.text not in _TIME_ZONES)
    ):
        return Span(doc, i - 1, span.end, label=span.label_)  # "814 NAS", "617 Squadron"
    return span


# A British unit's bare number before its kind or its acronym ("814 NAS", "617 Squadron",
# "3 Commando Brigade"); not a year ("in 2016 NAS") nor a time ("at 1500 GMT").
_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST",
               "CDT", "PST", "PDT", "ET", "PT"}  # fmt: skip
_UNIT_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{1,4}")


def bracketed_given_name(span: Span) -> Span | None:
    """'Barack) Obama' of "president (Barack) Obama": a given name an editor put in brackets
    inside a quotation, which the model cuts at the bracket and takes for a body; the name
    from the bracket on is a person's."""
    doc, i = span.doc, span.start
    if (
        i >= 1
        and doc[i - 1].text == "("
        and len(span) >= 3
        and span[0].is_title
        and span[1].text == ")"
        and span[2].is_title
    ):
        return Span(doc, i - 1, span.end, label="PERSON")
    return None


def extend_royal_title(span: Span) -> Span:
    """'Royal' of "Princess Royal", 'Charles' of "Prince Charles" when the model left the
    title out: a royal title is part of the name (ROYAL_TITLES)."""
    doc, i = span.doc, span.start
    if len(span) == 1 and i >= 1 and doc[i - 1].is_title and doc[i - 1].lower_ in ROYAL_TITLES:
        return Span(doc, i - 1, span.end, label=span.label_)
    return span
