"""Entity types, the normal form of a written name and the lemma of a Russian word: shared by
extraction and by the dashboard (its corrections, Compare's word counts), without the NLP
pipelines (the dashboard loads neither spaCy nor natasha; pymorphy3's dictionaries only when
it counts the words of Russian articles)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

ENTITY_TYPES = ("person", "country", "org", "location", "event")

_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# Typography around a name that is not part of it: an editor's brackets inside a quotation
# ("[Mitch] McConnell"), bullets and arrows before a name in a list ("➔ Bush", "> Supreme
# Court"), a dash, slash or ampersand where a compound or a line was cut ("Ted Cruz-",
# "NEW YORK/", "Electoral College &").
_BRACKETS = re.compile(r"[\[\]{}]")
_EDGE_JUNK = "-\u2010\u2011\u2012\u2013\u2014\u2015/\\|&*+=<>~^#@•·●▪■□►▶➔➜➤→←⇒»«†‡§¶"
_LEADING_JUNK = re.compile(rf"^[\s{re.escape(_EDGE_JUNK)}]+")
_TRAILING_JUNK = re.compile(rf"[\s{re.escape(_EDGE_JUNK)}]+$")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_OPEN_PAREN_TAIL = re.compile(r"\s*\([^()]*$")
# A given name an editor put in brackets before a surname in a quotation ("why (Barack) Obama
# didn't"), as "[Mitch] McConnell": part of the name.
_EDITORS_GIVEN_NAME = re.compile(r"^\(([A-Z][\w.'-]*)\)\s+(?=[A-Z])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # a pure function of a few thousand distinct surfaces per chunk
def normalise_surface(text: str) -> str:
    """'the North Atlantic Treaty Organization' -> 'North Atlantic Treaty Organization';
    "NATO's" -> 'NATO'; '[Mitch] McConnell' -> 'Mitch McConnell'; 'Ted Cruz-' -> 'Ted Cruz';
    'Robert (Bob) Mueller' -> 'Robert Mueller'; 'Robert (Bob' -> 'Robert'; '(Barack) Obama' ->
    'Barack Obama'."""
    text = _BRACKETS.sub("", text)
    text = _EDITORS_GIVEN_NAME.sub(r"\1 ", text)
    text = _PARENTHETICAL.sub("", text)
    text = _OPEN_PAREN_TAIL.sub("", text)
    text = _SPACES.sub(" ", text)
    for _ in range(2):  # junk and punctuation can alternate: '"Hillary -'
        text = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", text))
        text = _LEADING_ARTICLE.sub("", text.strip().strip('.,;:!?"()[]'))
    return _POSSESSIVE.sub("", text).strip()


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def morph_analyzer():
    """pymorphy3's Russian analyser (its dictionaries ship in pymorphy3-dicts-ru), loaded once
    per process (about 0.2 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def fold_russian(word: str) -> str:
    """Lower case, "ё" written "е"."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def russian_lemma(word: str) -> str:
    """The dictionary form of a Russian word, pymorphy3's first parse out of context, folded:
    'Путина' -> 'путин', 'России' -> 'россия', 'заявил' -> 'заявить'. A word without Cyrillic
    letters, or with other characters than letters, is only folded."""
    folded = fold_russian(word)
    if not _CYRILLIC.search(folded) or not folded.isalpha():
        return folded
    return fold_russian(morph_analyzer().parse(folded)[0].normal_form)
