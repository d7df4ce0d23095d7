"""Offices abbreviated before a name: "PM Ciolos", "Polish DM Siemoniak", "FM Cavusoglu",
"MP Tom Tugendhat". Headlines, and the English-language press of South Asia, the Gulf and the
Balkans, write the office in capitals before the surname alone. The small model reads "PM" as
a body, runs it into one organisation with the nationality before it ("Romanian PM Ciolos"),
or leaves the surname unmarked. The title-case words right after such an abbreviation are a
person's name, and the abbreviation is the person's role, never an entity. Pure functions of
a spaCy Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.doc_words import holds_any, positions_of, word_ids
from lib.engine.news_words import HEADLINE_VERBS

# Written in capitals only: "pm" after a clock time ("10:30 pm") is no office.
OFFICE_ABBREVIATIONS = frozenset({"PM", "DM", "FM", "MP", "MEP"})
_IDS = word_ids(OFFICE_ABBREVIATIONS)
_MAX_NAME = 3


def office_abbreviation(token) -> bool:
    """'PM' written as an office: in capitals, not after a number or a clock time."""
    if token.text not in OFFICE_ABBREVIATIONS:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or not (before.like_num or any(c.isdigit() for c in before.text))


def people_after_office_abbreviations(doc: Doc) -> list[Span]:
    """The PERSON span of one to three title-case words right after an office abbreviation
    ('Ciolos' of 'PM Ciolos'), where the words are no headline verb ('PM Defends')."""
    if not holds_any(doc, _IDS):
        return []  # most blocks hold none
    found = []
    for i in positions_of(doc, _IDS):
        if not office_abbreviation(doc[i]):
            continue
        end = i + 1
        while (
            end < len(doc)
            and end - i <= _MAX_NAME
            and doc[end].is_alpha
            and doc[end].is_title
            and doc[end].lower_ not in HEADLINE_VERBS
        ):
            end += 1
        if end > i + 1:
            found.append(Span(doc, i + 1, end, label="PERSON"))
    return found


def without_office_abbreviations(span: Span, people: list[Span]) -> Span | None:
    """A model's span less the abbreviation and the name after it: 'Romanian PM Ciolos'
    (ORG) -> 'Romanian', 'PM' alone -> None; a span without one stays as it is."""
    cut = next((t.i for t in span if office_abbreviation(t)), None)
    if cut is None:
        return span
    if cut == span.start:
        return None
    named = any(p.start == cut + 1 for p in people)
    if not named and cut < span.end - 1:
        return span  # "the PM Office": not an office before a name
    return Span(span.doc, span.start, cut, label=span.label_)
