"""A place and its country written without the comma: "Gdansk Poland", "Tapa Estonia".
Captions, datelines and machine-made text drop the comma of "Gdansk, Poland", and the model
reads the two names as one place that no gazetteer knows. The last words, when they are a
country's name, are the country; the words before them are the place. A name that is whole
in the gazetteer ("Equatorial Guinea", "Papua New Guinea"), or whose first words are a
compass point or a qualifier ("North Macedonia", "Northern Ireland", "Greater Poland"), is
one name."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Gazetteer

_QUALIFIERS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "new", "old", "little", "great", "equatorial", "soviet",
    "democratic", "republic", "federal", "united", "free", "occupied", "mainland", "the",
}  # fmt: skip


def place_then_country(span: Span, gaz: Gazetteer) -> list[Span]:
    """['Gdansk', 'Poland'] for 'Gdansk Poland' (GPE or LOC); empty when the span is one name."""
    if len(span) < 2 or gaz.lookup(span.text) is not None:
        return []
    for cut in range(span.end - 1, span.start, -1):
        hit = gaz.lookup(span.doc[cut : span.end].text)
        if hit is None or hit[0].type != "country" or hit[1] != "name":
            continue
        head = span.doc[span.start : cut]
        if all(t.is_alpha and t.is_title for t in head) and not any(
            t.lower_ in _QUALIFIERS for t in head
        ):
            return [
                Span(span.doc, span.start, cut, label=span.label_),
                Span(span.doc, cut, span.end, label="GPE"),
            ]
    return []
