"""Words of a longer name that another span holds: a station's name after its air force's
acronym ("Norton" of "RAF Brize Norton"), a body's name after its state's possessive
("Defense Ministry" of "Russia's Defense Ministry"), whose mention the longer name makes."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.lower_case_names import lower_case_body
from lib.engine.place_context import station_name


def ministry_of(core: Span) -> bool:
    """'the Lithuanian Ministry of Defence': a ministry or department with its portfolio."""
    return any(
        t.lower_ in ("ministry", "department") and t.nbor().lower_ == "of" for t in core[:-1]
    )


def is_armed_force(entry: Entry) -> bool:
    """An organisation the gazetteer files as armed forces ('RAF', 'Russian Navy')."""
    return entry.type == "org" and dict(entry.attributes).get("kind") == "armed forces"


def inside_station(span: Span, gaz: Gazetteer) -> bool:
    """Whether the span is words of a station's name after an air force's acronym."""
    doc, k = span.doc, span.start
    while k > 0 and span.start - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha:
        k -= 1
    if k == 0 or not doc[k - 1].ent_id_:
        return False
    entry = gaz.entries.get(doc[k - 1].ent_id_.partition("|")[0])
    station = station_name(doc[k - 1 : k]) if entry and is_armed_force(entry) else None
    return station is not None and station.end >= span.start + 1


def inside_possessed_body(span: Span, gaz: Gazetteer) -> bool:
    """Whether the span is the body's words of "Russia's Defense Ministry", which the state's
    span reads whole (lower_case_body)."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s") or not doc[i - 2].ent_id_:
        return False
    owner = next((e for e in doc.ents if e.start <= i - 2 < e.end), None)
    if owner is None or not owner.ent_id_.startswith("country:") or owner.end != i - 1:
        return False
    body = lower_case_body(owner, gaz)
    return body is not None and body[2][1] >= span.end_char
