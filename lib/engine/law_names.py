"""Slices of a law's or a treaty's name that the model reads as a body. A law's title runs on
past possessives and small words to its head ("Countering America's Adversaries through
Sanctions Act"), or opens with its head and "to" or "on" ("the Act to Counter America's
Adversaries through Sanctions", "the Treaty on Open Skies"); the model stops its span at a
small word or starts it after one, and the slice ("Countering America", "Open Skies") is no
organisation. Pure functions of a span."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.span_context import before_law_head

# Heads a law's or treaty's title opens with before "to" or "on" and the rest of the title.
_OPENING_HEADS = {"act", "law", "bill", "treaty", "convention", "agreement"}


def after_law_head(span: Span) -> bool:
    """'Combat America' of 'the Act to Combat America's Adversaries through Sanctions': a
    span right after a capitalised head and 'to' or 'on'."""
    doc, i = span.doc, span.start
    return (
        i >= 2
        and doc[i - 1].lower_ in ("to", "on")
        and doc[i - 2].is_title
        and doc[i - 2].lower_ in _OPENING_HEADS
    )


def slice_of_law_name(span: Span) -> bool:
    """The span is part of a law's or a treaty's name, cut before its head or after it."""
    return before_law_head(span) or after_law_head(span)
