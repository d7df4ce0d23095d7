"""Entity types and the normal form of a written name: shared by extraction and by the
dashboard's corrections, without the NLP libraries (the dashboard does not load spaCy)."""

from __future__ import annotations

import re

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
_SPACES = re.compile(r"\s+")


def normalise_surface(text: str) -> str:
    """'the North Atlantic Treaty Organization' -> 'North Atlantic Treaty Organization';
    "NATO's" -> 'NATO'; '[Mitch] McConnell' -> 'Mitch McConnell'; 'Ted Cruz-' -> 'Ted Cruz';
    'Robert (Bob) Mueller' -> 'Robert Mueller'; 'Robert (Bob' -> 'Robert'."""
    text = _BRACKETS.sub("", text)
    text = _PARENTHETICAL.sub("", text)
    text = _OPEN_PAREN_TAIL.sub("", text)
    text = _SPACES.sub(" ", text)
    for _ in range(2):  # junk and punctuation can alternate: '"Hillary -'
        text = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", text))
        text = _LEADING_ARTICLE.sub("", text.strip().strip('.,;:!?"()[]'))
    return _POSSESSIVE.sub("", text).strip()
