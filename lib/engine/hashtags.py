"""Hashtags, handles and web addresses (issue 15): "follow-up to #EUCO discussion on
#SalisburyAttack", "— Jens Stoltenberg (@jensstoltenberg) September 4, 2020", "we've moved to
USCANNENBERGMEDIA.COM". A word glued to '#' is a tag that files a post under a topic: an
acronym, a place, an event's name or words run together in camel case; the model reads a
capitalised tag as a person. A word glued to '@' is an account's handle, which the model
reads as a body, and a word with a domain's ending a site's address, which it may read as a
place. A tag or handle the gazetteer knows ("#NATO", "@OPCW") is linked before these rules
are asked, so only unknown ones reach them: no tag names a person, no address a place, and a
handle names its holder only when it is a known person's name run together ("@jensstoltenberg",
"@Dimitrov_Nikola", "@realDonaldTrump"); any other handle names no entity of its own.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer

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


def handle_holder(span: Span, gaz: Gazetteer) -> tuple[Entry, str] | None:
    """The gazetteer's person (and the mention's kind) whose given name and surname, run
    together in either order, are the handle's letters ('@Dimitrov_Nikola': Nikola Dimitrov; 'real' before a name, as
    an account claims to be the person's own, is dropped)."""
    if not span.text.startswith("@"):
        return None
    key = _letters(span.text).removeprefix("real")
    entity_id = gaz.index("people by handle", _people_by_handle).get(key)
    return (gaz.entries[entity_id], "name") if entity_id else None


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if "a" <= c <= "z")


def _people_by_handle(gaz: Gazetteer) -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in gaz.entries.values():
        words = entry.name.split()
        if entry.type != "person" or len(words) < 2:
            continue
        for key in (_letters(words[0] + words[-1]), _letters(words[-1] + words[0])):
            index.setdefault(key, entry.entity_id)
    return index
