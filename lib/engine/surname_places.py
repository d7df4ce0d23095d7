"""Known surnames the model types as places (issue 15): "the nerve agent poisoning of
Skripal and his daughter", "to strike down Skripal", "the attack on Skripal". The small
model reads a foreign surname alone after a preposition as a place; a word that is the
surname of people the gazetteer holds, and no place or body of it, names a person there
unless a preposition of place stands before it ("in Lincoln", "near Kennedy").
"""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Gazetteer
from lib.engine.news_words import LOCATIVE_WORDS

_PLACE_WORDS = LOCATIVE_WORDS | {"from", "to", "into", "across", "via", "towards"}


def surname_typed_a_place(span: Span, gaz: Gazetteer) -> bool:
    """A one-word place of the model that is only a known person's surname."""
    if span.label_ not in ("GPE", "LOC") or len(span) != 1 or span.ent_id_:
        return False
    word, doc, i = span.text, span.doc, span.start - 1
    if word not in gaz.surnames or gaz.lookup(word) is not None:
        return False
    return not (i >= 0 and doc[i].lower_ in _PLACE_WORDS)
