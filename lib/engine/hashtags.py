"""Hashtags (issue 15): "follow-up to #EUCO discussion on #SalisburyAttack". A word glued to
'#' is a tag that files the post under a topic: an acronym, a place, an event's name or
words run together in camel case. The model reads a capitalised tag as a person; a tag the
gazetteer knows ("#NATO", "#Russia", "#Putin") is linked before this rule is asked, so only
unknown tags reach it, and none of them is a person.
"""

from __future__ import annotations

from spacy.tokens import Span


def is_hashtag(span: Span) -> bool:
    """The span is a hashtag's word: '#' right before it, with no space between."""
    doc, i = span.doc, span.start - 1
    if span.text.startswith("#"):
        return True
    return i >= 0 and doc[i].text == "#" and not doc[i].whitespace_
