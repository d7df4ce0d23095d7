"""Entity types and the normal form of a written name: shared by extraction and by the
dashboard's corrections, without the NLP libraries (the dashboard does not load spaCy)."""

from __future__ import annotations

import re

ENTITY_TYPES = ("person", "country", "org", "location", "event")

_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def normalise_surface(text: str) -> str:
    """'the North Atlantic Treaty Organization' -> 'North Atlantic Treaty Organization';
    "NATO's" -> 'NATO'."""
    text = _LEADING_ARTICLE.sub("", text.strip().strip('.,;:!?"()[]'))
    return _POSSESSIVE.sub("", text).strip()
