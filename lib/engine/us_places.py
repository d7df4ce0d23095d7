"""US places written the way American copy writes them: a state by its AP abbreviation or
postal code ("Ky.", "R-KY", "Dallas, TX"), the capital's district by its own ("D.C.")."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer


def after_its_city(span: Span, place: Entry) -> bool:
    """'D.C.' in 'Washington, D.C.': a place's abbreviation right after the place's own name."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].text == ",":
        i -= 1
    return i >= 1 and doc[i - 1].text.lower() == place.name.lower()


def us_state(span: Span, surface: str, gaz: Gazetteer) -> str | None:
    """A US state written by its AP abbreviation ('Ky.', 'Calif.', 'R-Ky.') or, after a party
    letter or a city ('R-KY', 'Dallas, TX'), its postal code: never a country's code."""
    written = span.text.strip()
    entity_id = gaz.us_states.get(written) or gaz.us_states.get(surface)
    if entity_id is None:
        return None
    if "." in written or len(surface) > 2:
        return entity_id
    doc, i = span.doc, span.start
    party = i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].text in ("R", "D", "I")
    after_city = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC")
    return entity_id if party or after_city else None
