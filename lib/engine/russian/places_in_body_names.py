"""A place that only says where a body sits is part of the body's name, not a place the text names.

Russian names a local body by its kind noun and its town in the genitive ("полиции Уилтшира",
"Киевский райсуд Симферополя", "Институт Ближнего Востока") or by the town's adjective before
the noun ("Гудзоновский институт"). The English side reads "Wiltshire Police" and "the Hudson
Institute" as one name that holds no other entity; so does the Russian gold ("a name holds no
other entity"). A place after other nouns stays: "СИЗО Москвы", "мэр Москвы", "в пригороде
Дамаска" name the city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.text import parses

# Lemmas of the kind nouns of a local body whose town completes its name.
LOCAL_BODIES = frozenset({
    "полиция", "суд", "райсуд", "горсуд", "институт", "университет", "академия",
})  # fmt: skip
_WORD = re.compile(r"[А-ЯЁа-яё]+")


def _lemma(word: str) -> str:
    found = parses(word.lower())
    return found[0].normal_form.replace("ё", "е") if found else word.lower()


def _genitive(word: str) -> bool:
    return any("gent" in p.tag for p in parses(word.lower()))


def _adjective(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "ADJF"


def in_a_body_name(text: str, start: int, end: int) -> bool:
    """Whether the place at start:end follows a local body's kind noun in the genitive
    ("полиции Уилтшира") or, an adjective, comes before one ("Гудзоновский институт")."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    after = _WORD.findall(text[end : end + 30])
    words = _WORD.findall(text[start:end])
    if not words:
        return False
    if (
        before
        and re.fullmatch(r"\s+", text[start - 1 : start])
        and _lemma(before[-1]) in LOCAL_BODIES
        and _genitive(words[0])
    ):
        return True
    return (
        bool(after)
        and re.fullmatch(r"\s+", text[end : end + 1]) is not None
        and _adjective(words[-1])
        and _lemma(after[0]) in LOCAL_BODIES
    )


def places_in_body_names(mentions: Sequence, text: str) -> list:
    """The mentions less the places that are part of a local body's name."""
    return [m for m in mentions if m.type != "location" or not in_a_body_name(text, m.start, m.end)]
