"""Places named after people, and venues named like people (issue 15): "the referendum in
central Lenin square", "Erdogan in the Konstantin palace", "rallied on Maidan square",
"the Zizzi restaurant and Bishop's Mill pub". A name right before the noun of a street, a
square, a palace or a venue is that place's name: the model, which reads the name alone,
takes the eponym for a person ("Lenin") and the venue for a person or a body. A place the
gazetteer knows stays itself ("a Moscow street" is Moscow's, lib.engine.place_context).
"""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Gazetteer
from lib.engine.name_lookup import gazetteer_hit

# Nouns that end a street's, a square's or a building's name: written in lower case by many
# outlets and machine translations ("Lenin square"), the noun is still part of the name.
PLACE_NAME_HEADS = {"square", "street", "avenue", "prospekt", "prospect", "boulevard",
                    "embankment", "palace", "bridge", "cathedral", "monastery"}  # fmt: skip

# Nouns of venues: the name before one is the venue's ("the Zizzi restaurant"); the noun
# says what it is and is no part of the name. After "a" the name is a chain's, a firm ("a
# McDonald restaurant"); a known person's name is their brand ("the Trump hotel").
VENUE_HEADS = {"pub", "restaurant", "cafe", "café", "bar", "hotel", "nightclub"}

_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
# The mark of a span this rule made: a person's title before it ("Mr. Chow restaurant") turns it
# back into a person, which must not be read as the place again.
PLACE_BEFORE_HEAD = "place named before its head noun"


def place_named_before_head(span: Span, gaz: Gazetteer) -> Span | None:
    """The place a name before a street's, a palace's or a venue's noun names, as a FAC
    span (with the noun for a street, square or palace; without it for a venue), or None
    (also when the span is that FAC span already)."""
    doc, start, j = span.doc, span.start, span.end
    if span.kb_id_ == PLACE_BEFORE_HEAD:
        return None  # made by this rule, then read as a person ("Mr. Chow restaurant")
    if span.label_ not in _NAME_LABELS or j >= len(doc) or not span.text[:1].isupper():
        return None
    if j + 2 < len(doc) and _possessive(doc, j) and _venue_name_owner(doc, span.start, j + 2):
        j += 2  # "Bishop" of "Bishop's Mill pub": the owner's name opens the venue's
    elif start >= 2 and _possessive(doc, start - 1) and _venue_name_owner(doc, start - 2, j):
        start -= 2  # "Mill" of "Bishop's Mill pub"
    head = doc[j].lower_
    if head not in PLACE_NAME_HEADS | VENUE_HEADS or (
        j + 1 < len(doc) and doc[j + 1].lower_ == "of"
    ):
        return None  # "the Bolshoi Palace of Congresses": the noun opens a longer name
    if span.ent_id_.split(":")[0] in ("country", "location") or _known(
        span.text, gaz, ("country", "location")
    ):
        return None  # "a Moscow street", "Ukraine's palace": the city or the state itself
    if head in VENUE_HEADS and (
        (start > 0 and doc[start - 1].lower_ in ("a", "an"))
        or span.text in gaz.surnames
        or _known(span.text, gaz, ("person",))
    ):
        return None  # "a McDonald restaurant": one of a chain's, the firm; "the Trump hotel"
    end = j + 1 if head in PLACE_NAME_HEADS else j
    if (start, end, span.label_) == (span.start, span.end, "FAC"):
        return None  # the model's own venue: nothing to change
    return Span(doc, start, end, label="FAC", kb_id=PLACE_BEFORE_HEAD)


def _venue_name_owner(doc, owner: int, head: int) -> bool:
    """ "Bishop's" opens the name of "Bishop's Mill pub"; a place's possessive does not
    ("Simferopol's Lenin Square" is a square in Simferopol)."""
    return (
        head < len(doc)
        and doc[head].lower_ in VENUE_HEADS
        and doc[owner].is_title
        and doc[owner].ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
    )


def _possessive(doc, i: int) -> bool:
    """ "'s" glued to the word before it."""
    return doc[i].lower_ in ("'s", "’s") and i > 0 and not doc[i - 1].whitespace_


def _known(text: str, gaz: Gazetteer, types: tuple[str, ...]) -> bool:
    hit = gazetteer_hit(gaz, text)
    return hit is not None and hit[0].type in types
