"""A state's body named with its state after "of" (issue 15,
eval/kinds/english-orgs5-mechanisms.md): "the Ministry of National Defense of Turkey", "the
Ministry of Defense of the Republic of Belarus", "the head of the Ministry of foreign Affairs of
Germany". The small model ends the body's span at the "of" before the state (or leaves "of
Germany" out), and the span then reads as the cut start of the state's name ("Republic of"
before "Georgia"): the body was lost. The body's name runs through the state; the state stays a
mention of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.news_words import INSTITUTION_NOUNS, STATE_BODY_HEADS

_JOINTS = {"of", "the"}


def _state_after(doc: Doc, k: int) -> Span | None:
    """The state whose name starts at token k (after 'of' and 'the'), or None: a place the
    model or the ruler found, no known town or region ('location:')."""
    return next(
        (
            e
            for e in doc.ents
            if e.start == k and e.label_ == "GPE" and not e.ent_id_.startswith("location:")
        ),
        None,
    )


def body_through_state(span: Span) -> Span | None:
    """The body's span run through the state named after it, or None: an organisation's span
    holding a body's head noun ('Ministry', 'Department', 'Council'), ending at or before 'of
    (the)' and a country (lib.engine.name_lookup reads the whole name as the gazetteer's
    body where '<demonym> <body>' is one: 'Ministry of Defence of Russia')."""
    if span.label_ != "ORG" or span.ent_id_:
        return None
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    end = span.end
    while end > start and doc[end - 1].lower_ in _JOINTS:
        end -= 1  # "the Ministry of Defense of the": its core is "Ministry of Defense"
    core = doc[start:end]
    heads = INSTITUTION_NOUNS | STATE_BODY_HEADS
    if len(core) < 2 or not any(t.lower_ in heads and t.is_title for t in core):
        return None
    k = end
    if not (k < len(doc) and doc[k].lower_ == "of"):
        return None
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    state = _state_after(doc, k)
    if state is None:
        return None
    return Span(doc, start, state.end, label="ORG")


def bodies_through_states(doc: Doc) -> dict[int, Span]:
    """Each cut body's span by its model span's start."""
    out = {}
    for ent in doc.ents:
        if (whole := body_through_state(ent)) is not None:
            out[ent.start] = whole
    return out
