"""Places the model missed, named by the words before them (issue 15,
eval/kinds/english-orgs6-mechanisms.md): "the Syrian town of Kasab", "near the village of
Adaji", "the Crimean city of Sevastopol March 16", "a brigade based in Kursk". News copy
introduces a small place with the noun of what it is, or says what is based there; the small
model leaves a name it has not seen untagged (or takes it with the date after it). The
capitalised words after "<town noun> of" or "based in" are that place; the run stops at a
month or a weekday (a dateline's date), and a run the model tagged keeps its own span (lib.
engine.place_context retypes it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.doc_words import holds_any, word_ids
from lib.engine.place_context import PLACE_NOUNS

_CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                   "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday"}  # fmt: skip
# Prepositions after "based" that place a unit or a firm.
_BASED_PREPOSITIONS = {"in", "at", "near"}
_OPENER_IDS = word_ids(PLACE_NOUNS | {"based"})
# Name types a date span may swallow a place into ("Sevastopol March 16, 2014" as one DATE).
_NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _place_run_end(doc: Doc, start: int) -> int:
    """Where the run of capitalised words from `start` that no name's span covers ends."""
    end = start
    while (
        end < len(doc)
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ not in _NAME_TYPES
        and doc[end].lower_ not in _CALENDAR_WORDS
    ):
        end += 1
    return end


def _name_start(doc: Doc, i: int) -> int | None:
    """The token a place's name starts at after the words at i ("town of", "based in")."""
    if i + 2 >= len(doc):
        return None
    first, second = doc[i], doc[i + 1]
    if first.lower_ in PLACE_NOUNS and first.is_lower and second.lower_ == "of":
        return i + 2
    if first.lower_ == "based" and second.lower_ in _BASED_PREPOSITIONS and second.is_lower:
        return i + 2
    return None


def places_the_model_missed(doc: Doc) -> list[Span]:
    """Capitalised runs no name's span covers after 'the town of' or 'based in': places."""
    if not holds_any(doc, _OPENER_IDS):
        return []
    found = []
    for token in doc:
        start = _name_start(doc, token.i)
        if start is None or doc[start].ent_type_ in _NAME_TYPES:
            continue
        end = _place_run_end(doc, start)
        if end > start:
            found.append(Span(doc, start, end, label="GPE"))
    return found
