"""A region's adjective as news writes it: 'European diplomats', 'Eastern European
governments', 'European Allies', 'Central and Northern European member states'. The
adjective is no entity (the sample corpus's and round six's rule: 'Eastern European
countries' name no region), and a capitalised plural noun after it does not make it an
organisation."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Gazetteer

_COMPASS = {"eastern", "western", "northern", "southern", "central"}


def is_region_adjective(word: str, gaz: Gazetteer) -> bool:
    """'European' (Europe), 'Asian' (Asia): an adjective of a region the gazetteer knows."""
    for cut in (2, 1):
        hit = gaz.lookup(word[:-cut]) if word.endswith("an") else None
        if hit is not None and hit[0].type == "location":
            return True
    return False


def region_adjective(span: Span, gaz: Gazetteer) -> bool:
    """Whether the span is a region's adjective, with compass words and 'and' before it
    ('Central and Northern European'), alone or before one capitalised plural noun
    ('European Allies'); 'American Airlines' is not (America is no region of the
    gazetteer)."""
    k = span.start
    while k < span.end and (span.doc[k].lower_ in _COMPASS or span.doc[k].lower_ == "and"):
        k += 1
    if k >= span.end or not is_region_adjective(span.doc[k].text, gaz):
        return False
    rest = span.doc[k + 1 : span.end]
    return not rest or (len(rest) == 1 and rest[0].is_title and rest[0].lower_.endswith("s"))
