"""Cyrillic names in Latin letters, and the keys that let a Russian spelling meet an
English one ("Столтенберг" -> "Stoltenberg", "Захарова" -> "Zakharova").

The transliteration is cyrtranslit's Russian table. Its spellings are not the English
press's (it writes "Zaharova", "Sergej", "SHojgu"), so names are compared by a key that
forgets what the two conventions write differently: kh/h, ts/c/k, y/j/i, doubled letters
(ch is kept apart as q).
"""

from __future__ import annotations

import re

import cyrtranslit

from lib.ids import slug

_NON_LETTERS = re.compile(r"[^a-z]+")
_KEY_RULES = (
    ("shch", "sh"),
    ("shh", "sh"),
    ("dzh", "j"),
    ("cz", "c"),
    ("ch", "q"),
    ("kh", "h"),
    ("zh", "j"),
    ("ts", "c"),
    ("tz", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("w", "v"),
    ("c", "k"),
)
_VOWEL_GLIDES = re.compile(r"[yji]")
_DOUBLES = re.compile(r"(.)\1+")


def to_latin(text: str) -> str:
    """'Игорь Воронченко' -> 'Igor Voronchenko'; 'Эрдоган' -> 'Erdogan' (cyrtranslit, with
    its apostrophes for ь and э dropped and each word capitalised as written)."""
    latin = cyrtranslit.to_latin(text, "ru").replace("'", "")
    words = re.split(r"(\s+|-)", latin)
    return "".join(w[:1] + w[1:].lower() if w[:1].isupper() else w for w in words)


def latin_slug(text: str) -> str:
    """The id slug of a Russian name: 'Игорь Воронченко' -> 'igor-voronchenko'."""
    return slug(to_latin(text))


def name_key(word: str) -> str:
    """A spelling-insensitive key of one Latin or Cyrillic name:
    'Zakharova', 'Захарова' -> 'zaharova'; 'Shoigu', 'Шойгу' -> 'shogu'."""
    latin = to_latin(word) if re.search(r"[\u0400-\u04ff]", word) else word
    key = _NON_LETTERS.sub("", slug(latin))
    for old, new in _KEY_RULES:
        key = key.replace(old, new)
    key = key[:1] + _VOWEL_GLIDES.sub("", key[1:])
    return _DOUBLES.sub(r"\1", key)
