"""People named after a role phrase the model does not mark (issue 15): "Russian Envoy to
Poland Sergey Andreev told reporters", "the Chief of NATO's Office in Macedonia Zoran
Jankovic", "Ambassador to NATO Kay Bailey Hutchison". News writes the post with its place or
body before the name and no comma; the small model, which reads the capitalised run as one
thing, often marks the place and leaves the name unmarked. Two or three capitalised words no
entity covers, opening with a known given name, right after a role noun's "to/of/for/in"
phrase, or right after a rank written in full ("Lieutenant-Colonel Wade Rutland"), are a
person's name. Pure functions of a spaCy Doc.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from lib.engine.doc_words import holds_any, positions_of, word_ids
from lib.engine.news_words import OFFICE_NOUNS

ROLE_NOUNS = OFFICE_NOUNS | {"consul", "commissioner", "attache", "attaché", "official"}
# Ranks written in full before a name, often hyphenated ("Lieutenant-Colonel Wade Rutland",
# "Major General Andrzej Reudowicz"): the name follows the rank with no link word.
RANKS = {"lieutenant", "colonel", "major", "general", "captain", "brigadier", "sergeant",
         "admiral", "commander", "corporal", "private", "marshal"}  # fmt: skip
_ROLE_IDS = word_ids(ROLE_NOUNS | RANKS)
_LINKS = {"to", "of", "for", "in", "at"}
# Words the role's phrase may hold besides capitalised ones: "of the Tatar community".
_PHRASE_WORDS = {"the", "'s", "’s", "of", "in", "for", "and", "to", "at"}
_MAX_PHRASE = 7


def people_after_role_phrases(doc: Doc, *, is_given: Callable[[str], bool]) -> list[Span]:
    """The unmarked names right after 'Envoy to Poland', 'Chief of NATO's Office in
    Macedonia', as PERSON spans."""
    if not holds_any(doc, _ROLE_IDS):
        return []  # most blocks name no post
    found = []
    for i in positions_of(doc, _ROLE_IDS):  # only the words of roles and ranks become Tokens
        if i >= len(doc) - 2:
            break
        token = doc[i]
        if token.lower_ in ROLE_NOUNS and doc[token.i + 1].lower_ in _LINKS:
            span = _name_after_phrase(doc, token.i + 2, is_given)
        elif token.lower_ in RANKS and token.is_title:
            span = _name_at(doc, token.i + 1, is_given)  # "Lieutenant-Colonel Wade Rutland"
        else:
            continue
        if span is not None:
            found.append(span)
    return found


def _name_after_phrase(doc: Doc, start: int, is_given: Callable[[str], bool]) -> Span | None:
    for k in range(start + 1, min(len(doc), start + _MAX_PHRASE)):
        if not _phrase_word(doc[k - 1]):
            return None  # a comma, a verb: the phrase ended before any name
        if (span := _name_at(doc, k, is_given)) is not None:
            return span
    return None


def _name_at(doc: Doc, k: int, is_given: Callable[[str], bool]) -> Span | None:
    """Two or three unmarked capitalised words from k, the first a given name, the run
    ending there (a longer capitalised run is a body's or a place's name)."""
    if k >= len(doc) or not (_unmarked_name_word(doc[k]) and is_given(doc[k].text)):
        return None
    end = k + 1
    while end < len(doc) and end - k < 3 and _unmarked_name_word(doc[end]):
        end += 1
    if end - k >= 2 and (end == len(doc) or not doc[end].text[:1].isupper()):
        return Span(doc, k, end, label="PERSON")
    return None


def _phrase_word(token) -> bool:
    return token.text[:1].isupper() or token.lower_ in _PHRASE_WORDS


def _unmarked_name_word(token) -> bool:
    return token.ent_iob_ == "O" and token.is_alpha and token.is_title
