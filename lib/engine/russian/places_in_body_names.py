"""A place that only says where a body sits is part of the body's name, not a place the text names.

Russian names a local body by its kind noun and its town in the genitive ("полиции Уилтшира",
"Киевский райсуд Симферополя", "Институт Ближнего Востока"), a regional branch by its region
after "по" ("погрануправление ФСБ по Крыму"), or by the town's adjective before the noun
("Гудзоновский институт"). The English side reads "Wiltshire Police" and "the Hudson
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


# A state body's regional branch is named "<body> по <region>" ("погрануправление ФСБ по
# Крыму", "ГУ МВД по Москве"): its kind nouns, or the body's abbreviation before "по".
BRANCHES = frozenset({"управление", "погрануправление", "главк", "отдел", "департамент"})
_BRANCH = re.compile(r"(?:\b([А-ЯЁ]{2,6})|([А-ЯЁа-яё]+))\s+по\s+$")


def _a_branch(text: str, start: int) -> bool:
    """Whether "по" before `start` follows a body's abbreviation or a branch's noun."""
    found = _BRANCH.search(text[max(0, start - 40) : start])
    if found is None:
        return False
    return found[1] is not None or _lemma(found[2]) in BRANCHES


def in_a_body_name(text: str, start: int, end: int) -> bool:
    """Whether the place at start:end follows a local body's kind noun in the genitive
    ("полиции Уилтшира"), a regional branch's "по" ("погрануправлении ФСБ по Крыму") or, an
    adjective, comes before one ("Гудзоновский институт")."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    after = _WORD.findall(text[end : end + 30])
    words = _WORD.findall(text[start:end])
    if not words:
        return False
    if _a_branch(text, start):
        return True
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
