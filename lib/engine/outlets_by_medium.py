"""A name right before the lower-case noun of its medium is an outlet (issue 15,
eval/kinds/english-orgs6-mechanisms.md): "told RTBF broadcaster", "saying on Europe-1 radio",
"data from Flightradar24 website showed", "Efe news reported", "Anadulo news agency quoted".
News copy names a source and then says what kind of source it is; the small model, which has
not seen a foreign or short outlet's name, leaves it out or takes it for a person or a place.
No person or place stands right before "broadcaster", "radio" or "website" in that sense; a
place or a nation before such a noun qualifies it ("Moscow radio", "Turkish news agency"):
names the gazetteer knows keep their own type.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lib.engine.doc_words import holds_any, word_ids
from lib.engine.resolve import GIVEN_NAMES

# Nouns of a medium that follow an outlet's name. "news" alone qualifies too many things
# ("Ukraine news"); it counts before the noun of an outlet or a verb of reporting.
MEDIUM_NOUNS = {"broadcaster", "radio", "website", "newspaper", "tabloid", "channel",
                "television", "portal", "newswire", "wire"}  # fmt: skip
_AFTER_NEWS = {"agency", "agencies", "site", "website", "channel", "outlet", "portal", "service",
               "reported", "reports", "said", "says", "quoted", "cited", "wrote"}  # fmt: skip
_MEDIUM_IDS = word_ids(MEDIUM_NOUNS | {"news"})

# Capitalised words that open a sentence or name a day, not an outlet ("The newspaper",
# "Sunday newspaper", "State television").
_NOT_OUTLET_WORDS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
                     "state", "local", "national", "public", "private", "monday", "tuesday",
                     "wednesday", "thursday", "friday", "saturday", "sunday", "russian",
                     "english", "official"}  # fmt: skip


# A capitalised word, with digits or inner hyphens ('Flightradar24', 'Europe-1').
_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def _medium_at(doc: Doc, i: int) -> bool:
    """The lower-case noun of a medium starts at token i ("radio", "news agency")."""
    if i >= len(doc) or not doc[i].is_lower:
        return False
    if doc[i].lower_ in MEDIUM_NOUNS:
        return True
    return doc[i].lower_ == "news" and i + 1 < len(doc) and doc[i + 1].lower_ in _AFTER_NEWS


def _name_word(doc: Doc, i: int) -> bool:
    """A word an outlet's name is written in: capitalised or with digits ('Flightradar24',
    'Europe-1' is 'Europe', '-', '1' with no space around the hyphen)."""
    t = doc[i]
    if t.text in ("-", "–") and i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_:
        return True
    if t.like_num and i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_:
        return True
    return _NAME_WORD.fullmatch(t.text) is not None


def _name_before(doc: Doc, end: int) -> int:
    """Where the run of name words ending before token `end` starts (== end: none)."""
    start = end
    while start > 0 and _name_word(doc, start - 1) and doc[start - 1].ent_iob_ == "O":
        start -= 1
    while start < end and (doc[start].text in ("-", "–") or doc[start].like_num):
        start += 1  # a run opens with a word, not with the hyphen or digit of one
    return start


def outlets_the_model_missed(doc: Doc) -> list[Span]:
    """Runs of capitalised words that no entity covers, right before the noun of a medium:
    the outlet's name as an organisation's span."""
    if not holds_any(doc, _MEDIUM_IDS):
        return []
    found = []
    for token in doc[1:]:
        if not _medium_at(doc, token.i):
            continue
        start = _name_before(doc, token.i)
        if start == token.i or doc[start].lower_ in _NOT_OUTLET_WORDS:
            continue
        if token.i - start > 1 and doc[start].lower_ in GIVEN_NAMES:
            continue  # "the Hugh Hewitt radio show": a host's name, a person
        if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            continue  # part of a longer name the model typed: its own span says what it is
        if token.i - start == 1 and doc[start].is_sent_start and not doc[start].is_upper:
            continue  # "Radio" or "Sunday" opening a sentence: no name
        found.append(Span(doc, start, token.i, label="ORG"))
    return found


def before_medium_noun(span: Span) -> bool:
    """The model's span stands right before the noun of a medium ('RTBF broadcaster',
    'Anadulo news agency'): the outlet's name, whatever it was typed. A person's full name
    there is a host's, whose show it is ('on the Hugh Hewitt radio show')."""
    if len(span) > 1 and span[0].lower_ in GIVEN_NAMES:
        return False
    return span[-1].lower_ not in _NOT_OUTLET_WORDS and _medium_at(span.doc, span.end)
