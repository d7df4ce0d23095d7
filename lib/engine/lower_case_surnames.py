"""Surnames written in lower case (issue 15): "the President of the United States Donald
trump", "The Minister of foreign Affairs of Montenegro Igor lukšić". Machine translations
and hasty copy lower a surname; the small model then leaves the name unmarked. A capitalised
given name followed by a lower-case word is a person's name when the two, capitalised, are a
person the gazetteer knows ("Donald Trump"), or when the word is no word of English at all
("lukšić": a surname, not "Will said" or "Mark down"). Pure functions of a spaCy Doc.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_STOP, IS_TITLE
from spacy.tokens import Doc, Span

# A lower-case word rarer than this in English (Zipf) is no English word ("lukšić" 0,
# "shoigu" 1.2); "trump" (3.9) is one, and names a person only as the gazetteer's.
_MAX_WORD_ZIPF = 1.5


def people_with_lower_case_surnames(
    doc: Doc,
    *,
    is_given: Callable[[str], bool],
    is_known_person: Callable[[str], bool],
    zipf: Callable[[str], float],
) -> list[Span]:
    """Two words, a capitalised given name (unmarked, or a person of one word to the model:
    "Donald" of "Donald trump") and an unmarked lower-case surname, as PERSON spans."""
    found = []
    for i in _title_before_lower(doc):
        token, nxt = doc[i], doc[i + 1]
        if not (
            _unmarked_or_alone(token)
            and nxt.ent_iob_ == "O"
            and token.is_title
            and token.is_alpha
            and nxt.is_lower
            and nxt.is_alpha
            and len(nxt) > 2
            and not nxt.is_stop
            and token.whitespace_
        ):
            continue
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if after is not None and after.is_title and after.ent_iob_ == "O":
            continue  # "Igor lukšić Petrov": not a name this reads
        name = f"{token.text} {nxt.text.title()}"
        if is_known_person(name) or (zipf(nxt.text) < _MAX_WORD_ZIPF and is_given(token.text)):
            found.append(Span(doc, token.i, token.i + 2, label="PERSON"))
    return found


def _unmarked_or_alone(token) -> bool:
    if token.ent_iob_ == "O":
        return True
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _title_before_lower(doc: Doc) -> list[int]:
    """Where a capitalised word that is no stop word stands before a lower-case word, from
    the doc's token array (a Token object only for these few)."""
    if len(doc) < 2:
        return []
    a = doc.to_array([IS_TITLE, IS_STOP, IS_LOWER, IS_ALPHA])
    hits = (a[:-1, 0] == 1) & (a[:-1, 1] == 0) & (a[1:, 2] == 1) & (a[1:, 3] == 1) & (a[1:, 1] == 0)
    return np.flatnonzero(hits).tolist()
