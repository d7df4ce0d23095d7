"""A one-word given name whose family name the sentence gives elsewhere: a relative after a
noun of kinship ("Skripal and his 33-year-old daughter Yulia"), and the first of two given
names sharing one family name ("Sergei and Yulia Skripal"). News names such a person by the
given name alone, and the person is not whoever else the article names by it."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.body_and_person import is_given_name
from lib.engine.gazetteer import Gazetteer

# Nouns of kinship: the given name after one is the relative's, and in news the relative of a
# person just named carries the family name.
KINSHIP_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
                 "niece", "nephew", "cousin", "granddaughter", "grandson", "widow", "widower",
                 "stepdaughter", "stepson", "fiancee", "fiancée", "fiance", "fiancé"}  # fmt: skip

# Words between the possessive and the noun: an age ("33-year-old"), an order ("eldest").
_QUALIFIER_TOKENS = 7


def after_kinship_noun(span: Span) -> bool:
    """'his daughter, Yulia', 'her husband Denis', 'his 33-year-old daughter Yulia': a one-word
    name after a possessive, lower-case qualifiers and a noun of kinship names the relative."""
    return _possessive_before(span) is not None


def _possessive_before(span: Span) -> int | None:
    doc, i = span.doc, span.start - 1
    if len(span) != 1 or not span[0].is_title:
        return None
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or doc[i].lower_ not in KINSHIP_NOUNS:
        return None
    for j in range(i - 1, max(-1, i - 1 - _QUALIFIER_TOKENS), -1):
        if doc[j].lower_ in ("his", "her"):
            return j
        if not (doc[j].is_lower or doc[j].is_digit or doc[j].text == "-"):
            return None
    return None


def family_name_before(span: Span) -> str | None:
    """The family name of the person named last before a relative: from a full name in the
    paragraph, or the name right before "and his" ("Skripal and his daughter Yulia")."""
    people = [e for e in span.doc.ents if e.label_ == "PERSON" and e.end <= span.start]
    people = [e for e in people if len(e) > 1 and all(t.is_title for t in e)]
    doc, j = span.doc, _possessive_before(span)
    if j is not None and j >= 2 and doc[j - 1].lower_ in ("and", ","):
        named = doc[j - 2]
        if named.is_title and not named.is_stop and (not people or people[-1].end < j - 2):
            return named.text  # nearer than any full name, which may be another's
    return people[-1][-1].text if people else None


def shared_family_name(span: Span, gaz: Gazetteer) -> str | None:
    """'Sergei and Yulia Skripal' -> 'Skripal' for the span 'Sergei': a given name before
    "and" and a person's full name takes that name's last word ("Putin and Xi Jinping" share
    none: Putin is no given name)."""
    doc, j = span.doc, span.end
    if len(span) != 1 or not span[0].is_title or j + 1 >= len(doc):
        return None
    if span.text in gaz.surnames or not is_given_name(span.text, gaz):
        return None
    if doc[j].lower_ not in ("and", "&"):
        return None
    after = next((e for e in doc.ents if e.start == j + 1), None)
    if after is None or after.label_ != "PERSON" or len(after) != 2:
        return None
    return after[-1].text if all(t.is_title for t in after) else None
