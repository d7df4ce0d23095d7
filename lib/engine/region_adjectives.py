"""A region's adjective as news writes it: 'European leaders', 'Eastern European nations',
'Central and Eastern European countries'. Before a noun of people or polities it mentions the
region, as a demonym mentions its country; with a plural noun in capitals ('European Allies',
'Central and Northern European') it is still the adjective, no organisation."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer

# Nouns of people and polities a region's adjective qualifies: the region is what they stand
# for ("European diplomats said"), not a thing of it ("European security", "European gas").
_POLITY_NOUNS = {
    "leaders", "diplomats", "officials", "governments", "nations", "countries", "states",
    "capitals", "partners", "members", "customers", "consumers", "defence", "defense",
    "politicians", "lawmakers", "ministers", "neighbours", "neighbors", "powers", "member",
}  # fmt: skip

_COMPASS = {"eastern", "western", "northern", "southern", "central"}


def region_of(adjective: str, gaz: Gazetteer) -> Entry | None:
    """The region whose adjective the words are ('European' -> Europe, 'Eastern European' ->
    Eastern Europe), or None."""
    for cut in (2, 1):  # "European" -> "Europe", "Asian" -> "Asia"
        hit = gaz.lookup(adjective[:-cut])
        if hit is not None and hit[0].type == "location" and hit[0].name != adjective:
            return hit[0]
    return None


def _compass_words(doc, start: int, end: int) -> tuple[list, int]:
    """Compass words and 'and' from start on ('Central and Eastern', 'central and eastern'):
    the compass tokens and where they stop."""
    found, k = [], start
    while k < end and (doc[k].lower_ in _COMPASS or (found and doc[k].lower_ in ("and", ","))):
        if doc[k].lower_ in _COMPASS:
            found.append(doc[k])
        k += 1
    return found, k


def region_adjective(span: Span, gaz: Gazetteer) -> list[tuple[Entry, Span]] | None:
    """A region's adjective in the span, the whole span or before one capitalised plural noun
    ('European Allies'), with the compass words before it in any case ('central and eastern
    European nations'): each region it names where people or polities follow, or none
    ([]); None when the span is something else."""
    doc = span.doc
    before = span.start
    while before > 0 and (doc[before - 1].lower_ in _COMPASS or doc[before - 1].lower_ == "and"):
        before -= 1
    while doc[before].lower_ == "and" and before < span.start:
        before += 1  # "Russia, and central Europe": the 'and' joins no compass words
    compass, k = _compass_words(doc, before, span.end)
    if k >= span.end or not doc[k].text.endswith("an") or region_of(doc[k].text, gaz) is None:
        return None  # "American Airlines": America is no region of the gazetteer
    adjective, rest = doc[k], doc[k + 1 : span.end]
    if len(rest) > 1 or (rest and not (rest[0].is_title and rest[0].lower_.endswith("s"))):
        return None
    noun = rest[0] if rest else (doc[span.end] if span.end < len(doc) else None)
    if noun is None or noun.lower_ not in _POLITY_NOUNS:
        return []
    if not compass:
        return [(region_of(adjective.text, gaz), doc[adjective.i : adjective.i + 1])]
    named = [(region_of(f"{c.text.title()} {adjective.text}", gaz), c) for c in compass]
    return [(region, doc[c.i : adjective.i + 1]) for region, c in named if region is not None]
