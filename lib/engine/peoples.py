"""The names of peoples and faiths in the plural ("Chechens", "Crimean Tatars", "Kurds",
"Latinos", "Sunnis"): a people, not a person or a body, whatever the model typed them. The
small model reads such a word alone as a person ("Balts", "Slavs") or a body ("Chechens and
Tatars"). A people whose language ISO 639 names by its own adjective is known from pycountry's
languages ("Chechen", "Tatar", "Ossetian", "Uighur", "Kurdish"); the broader groups and the
faiths' followers, which no language names, are listed here. A common surname is no people
("Salas": the stem is a language's name too).
"""

from __future__ import annotations

from functools import cache

import pycountry

from lib.engine.russian.census_names import census_surnames

_GROUPS = frozenset({
    "latinos", "latinas", "hispanics", "africans", "asians", "europeans", "arabs", "slavs",
    "balts", "caucasians", "jews", "muslims", "christians", "sunnis", "shias", "shiites",
    "alawites", "druze", "yazidis", "pashtuns", "bedouins", "berbers", "kurds", "roma",
})  # fmt: skip
_JOINERS = {"and", ",", "&", "or"}
_COMMON_SURNAMES = 20_000  # census rank


@cache
def _language_names() -> frozenset[str]:
    return frozenset(lang.name.lower() for lang in pycountry.languages)


def is_people_plural(word: str) -> bool:
    """'Chechens', 'Uighurs', 'Kurds' (of Kurdish), 'Latinos': the plural of a people's name."""
    lower = word.lower()
    if lower in _GROUPS:
        return True
    if not (word[:1].isupper() and lower.endswith("s")) or len(lower) < 5:
        return False
    stem = lower[:-1]
    languages = _language_names()
    if stem not in languages and stem + "ish" not in languages:
        return False
    # "Salas", "Franks", "Dumas": a surname whose stem is also some language's name
    surname = census_surnames().get(lower)
    return surname is None or surname[1] > _COMMON_SURNAMES


def names_peoples(words: list[str]) -> bool:
    """Whether a span's words are peoples' names in the plural, one or several joined
    ("Pashtuns and Uighurs"), with at most a people's adjective before ("Crimean Tatars")."""
    names = [w for w in words if w.lower() not in _JOINERS]
    return (
        bool(names)
        and is_people_plural(names[-1])
        and all(
            is_people_plural(w) or w.lower() in _language_names() or w.endswith("an")
            for w in names[:-1]
        )
    )
