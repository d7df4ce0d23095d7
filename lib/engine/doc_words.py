"""Which words a doc holds, read once per doc from its token array: a cheap test that the words
a rule turns on (a noun of firms, a ship's prefix, a given name) occur in a block at all,
before the rule walks the tokens one by one (a Token object per word, for every block of
every article, where most blocks hold none of those words)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LOWER, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc

_KEY = "lower_words"


def lower_words(doc: Doc) -> set[int]:
    """The string hashes of the doc's words in lower case, computed once per doc."""
    words = doc.user_data.get(_KEY)
    if words is None:
        words = doc.user_data[_KEY] = set(doc.to_array(LOWER).tolist()) if len(doc) else set()
    return words


def word_ids(words: Iterable[str | tuple[str, ...]]) -> frozenset[int]:
    """The hashes of these words in lower case; of a pair of words, its first word's (the pair
    cannot occur where its first word does not)."""
    return frozenset(hash_string((w if isinstance(w, str) else w[0]).lower()) for w in words)


def holds_any(doc: Doc, ids: frozenset[int]) -> bool:
    """Whether one of the words (by word_ids) occurs in the doc, in any case."""
    return not ids.isdisjoint(lower_words(doc))


def token_array(doc: Doc, attr: int) -> np.ndarray:
    """One attribute of every token (LOWER, ORTH, SENT_START), read once per doc: rules that
    look for a few words find them in the array instead of making a Token of every word."""
    key = f"array:{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(attr)
    return found


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token (token 0 included, as Token.is_sent_start)."""
    if not len(doc):
        return []
    starts = np.flatnonzero(token_array(doc, SENT_START) == 1).tolist()
    return starts if starts[:1] == [0] else [0, *starts]


def positions_of(doc: Doc, ids: frozenset[int], *, case: int = LOWER) -> list[int]:
    """The indices of the tokens whose word (lower case by default, or ORTH as written) is
    one of `ids` (hashes, as word_ids or hash_string give them)."""
    if not len(doc):
        return []
    return np.flatnonzero(np.isin(token_array(doc, case), list(ids))).tolist()
