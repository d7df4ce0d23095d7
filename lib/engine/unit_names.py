"""Sub-units named by their number and echelon alone: "the 2nd Battalion, 8th Infantry
Regiment", "the U.S. Army's 1st Brigade, 3rd Infantry Division", "the First Battalion of the
Royal Regiment of Fusiliers". Every army has a 1st Brigade and a First Battalion: the number
and the echelon name a body only with the parent whose part they are (the regiment, the
division), which the same phrase names. Readers count the parent; the sub-unit's words alone
are no entity. Pure predicates on spaCy spans."""

from __future__ import annotations

import re

from spacy.tokens import Span

# The echelons below a regiment or a division, which armies number inside their parent.
SUB_UNIT_ECHELONS = {"battalion", "brigade", "squadron", "company", "platoon", "battery",
                     "detachment", "troop"}  # fmt: skip

_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth", re.I
)


def _number_and_echelon(words: list) -> bool:
    return (
        len(words) == 2
        and _ORDINAL.fullmatch(words[0].text) is not None
        and words[1].lower_ in SUB_UNIT_ECHELONS
    )


def sub_unit_alone(span: Span) -> bool:
    """'1st Brigade', 'First Battalion': a number and an echelon, no parent's name."""
    return _number_and_echelon([t for t in span if t.lower_ != "the"])


def parent_of_sub_unit(span: Span) -> Span | None:
    """'Royal Regiment of Fusiliers' of 'First Battalion of the Royal Regiment of Fusiliers':
    the parent named after a sub-unit's number, echelon and 'of (the)'."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 4 or not _number_and_echelon(words[:2]) or words[2].lower_ != "of":
        return None
    start = words[2].i + 1
    if span.doc[start].lower_ == "the":
        start += 1
    return Span(span.doc, start, span.end, label=span.label_) if start < span.end else None
