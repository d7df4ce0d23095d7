"""Hashtags, handles and web addresses (issue 15): "follow-up to #EUCO discussion on
#SalisburyAttack", "— Jens Stoltenberg (@jensstoltenberg) September 4, 2020", "we've moved to
USCANNENBERGMEDIA.COM". A word glued to '#' is a tag that files a post under a topic: an
acronym, a place, an event's name or words run together in camel case; the model reads a
capitalised tag as a person. A word glued to '@' is an account's handle, which the model
reads as a body, and a word with a domain's ending a site's address, which it may read as a
place. A tag or handle the gazetteer knows ("#NATO", "@OPCW") is linked before these rules
are asked, so only unknown ones reach them: no tag names a person, no unknown handle an
entity of its own (the account holder is named beside it), no address a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_WEB_ADDRESS = re.compile(
    r"(?:www\.|https?://)\S+|\S+\.(?:com|org|net|gov|int|info|co\.uk|ru|ua|by|pl|de|eu)$", re.I
)


def is_hashtag(span: Span) -> bool:
    """The span is a hashtag's word: '#' right before it, with no space between."""
    doc, i = span.doc, span.start - 1
    if span.text.startswith("#"):
        return True
    return i >= 0 and doc[i].text == "#" and not doc[i].whitespace_


def is_handle_or_address(span: Span, label: str) -> bool:
    """The span is an account's handle ('@jensstoltenberg'), or a site's address the model
    took for a place ('USCANNENBERGMEDIA.COM'; an outlet cited by its address, 'Politico.com
    reported', stays the outlet)."""
    doc, i = span.doc, span.start - 1
    if span.text.startswith("@") or (i >= 0 and doc[i].text == "@" and not doc[i].whitespace_):
        return True
    return label in ("GPE", "LOC", "FAC") and bool(_WEB_ADDRESS.fullmatch(span.text))
