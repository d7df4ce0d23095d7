"""English surnames that Russian writes by sound, back to their English spelling: "Роудс" is
Rhodes, "Уоррен" Warren, "Гришем" Grisham.

Russian transcribes what it hears, so a surname's spelling is lost but its sound is kept. The
surnames are the US Census 1990's (lib.engine.russian.census_names: 88,799 surnames, each
with its share of the population), indexed by a sound key; a Russian surname whose key
one of them shares is written as the most frequent of them whose spelling is close to the
plain transcription. No link beats a wrong one: a short key, a key several common surnames
share, and a spelling far from every surname of its key leave the transcription as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rapidfuzz import fuzz

from lib.engine.russian.census_names import census_surnames

MIN_KEY = 4  # "Мур", "Уайт": keys of three letters fit dozens of surnames (Moore, Muir)
MIN_RATIO = 80  # the spelling of the candidate against the plain transcription
# The press's English surnames are common ones: past the census's 5,000 most frequent, the
# surnames that share a transcription's key are rare spellings of it ("Preas" for Прайс,
# "Hyle" for Хейли), not the person.
MAX_RANK = 5000
# A transcription that is itself a census surname stays, unless a surname of its sound is
# this many times more common ("Smit" is Smith; "Mattis" is no Mathis, "Braun" no Brown)
OWN_SPELLING_SHARE = 100
RIVAL_SHARE = 0.5  # a second surname of the key this common makes the key ambiguous
# Russian transcription's letters for sounds English writes with one letter ("Dzhons": Jones)
# and "ёр" for the English "ur", "er", "ir" ("Бёрнс": Burns)
_TRANSCRIPTION_DIGRAPHS = re.compile(r"dzh|kh|yu|ya|yor")
_ENGLISH_SOUND = {"dzh": "j", "kh": "h", "yu": "u", "ya": "ia", "yor": "ur"}

# English spelling as English says it, which is what Russian writes: a vowel before a consonant
# and a final silent "e" is long ("Rhodes" is Роудс, "Blake" Блейк, "White" Уайт); the "e"
# itself, the "h" of initial "rh"/"wh", the "w" of initial "wr" and "gh" before a consonant
# or at the end ("Wright" is Райт) are not heard; "ew" is "ью" ("Lewis" is Льюис), "oo"
# "у" ("Moody" is Муди, so "Моди" is not Moody), a final
# "-y"/"-ey" after a consonant "-и" ("Mackey" is Макки, "Kirby" Кирби), "ow" "ау" ("Brown"
# is Браун) or "оу" ("Snow" is Сноу).
_LONG_VOWEL = re.compile(r"([aio])(?=[^aeiouy]es?$)")
_LONG = {"a": "ei", "i": "ai", "o": "ou"}
_SILENT = (
    (re.compile(r"ce(?=s?$)"), "s"),  # "Price" is Прайс, "Pence" Пенс
    (re.compile(r"(?<=[^aeiouy])e(?=s?$)"), ""),
    (re.compile(r"^([rw])h"), r"\1"),
    (re.compile(r"^wr"), "r"),
    (re.compile(r"gh(?![aeiouy])"), ""),
    (re.compile(r"ew|oo"), "u"),
    (re.compile(r"(?<=[^aeiouy])e?y$"), "i"),
)
_OW = re.compile(r"ow(?![aeiouy])")


def heard_spellings(surname: str) -> set[str]:
    """'rhodes' -> {'rouds'}, 'brown' -> {'brown', 'braun'}: the surname spelt as it is said."""
    heard = _LONG_VOWEL.sub(lambda m: _LONG[m[1]], surname)
    for pattern, replacement in _SILENT:
        heard = pattern.sub(replacement, heard)
    return {heard, _OW.sub("au", heard)}


def surname_key(word: str, key: Callable[[str], str]) -> str:
    """`key` (the sound key) with "z" and "s" one sound: English writes "s" where it says
    "z" ("Rosenblum" is Розенблюм)."""
    return key(word).replace("z", "s")


@cache
def surnames_by_sound(key: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """Sound key -> the census surnames with that key (as written or as said), most frequent
    first."""
    table = census_surnames()
    index: dict[str, set[str]] = {}
    for surname in table:
        for spelling in {surname} | heard_spellings(surname):
            index.setdefault(surname_key(spelling, key), set()).add(surname)
    order = lambda s: (-table[s][0], table[s][1])  # noqa: E731
    return {k: tuple(sorted(v, key=order)) for k, v in index.items()}


# What Russian writes only where the name has it, so the English spelling must have it too: a
# doubled letter ("Уоррен": Warren, not Worn; a doubled vowel, "Бруун", is no English one), an
# "х" (English never leaves an "h" it says unwritten: "Рахмон" is no Ramon), a "й" after a
# vowel (a diphthong: "Гройсман" is no Grossman, "Макей" no Mackey) and none where English
# says none ("Винс" is no Vines).
_DOUBLED = re.compile(r"(.)\1")
_GLIDE = re.compile(r"[aeiou][iy]")


def _keeps_what_russian_writes(plain: str, heard: str) -> bool:
    return (
        set(_DOUBLED.findall(plain)) <= set(_DOUBLED.findall(heard))
        and plain.count("h") <= heard.count("h")
        and len(_GLIDE.findall(plain)) == len(_GLIDE.findall(heard))
        and _o_agrees(plain, heard)
    )


_VOWEL_RUN = re.compile(r"[aeiouy]+")


def _o_agrees(plain: str, heard: str) -> bool:
    """Russian "о" is an English "o", or the "a" of "wa"/"al"/"au" ("Уоррен": Warren); an
    English "o" Russian writes "о" (or "оу", "у" for "oo"): so "Орбан" is no Urban, "Салман"
    no Salmon, "Сантис" no Santos. Vowels are compared run by run, where the runs pair up."""
    ours, theirs = _VOWEL_RUN.findall(plain), _VOWEL_RUN.findall(heard)
    if len(ours) != len(theirs):
        return True
    return all(
        ("o" in r) == ("o" in e) or ("o" in r and e[0] == "a")
        for r, e in zip(ours, theirs, strict=True)
    )


def _fits(plain: str, heard: str) -> bool:
    return fuzz.ratio(heard, plain) >= MIN_RATIO and _keeps_what_russian_writes(plain, heard)


def english_surname(latin: str, key: Callable[[str], str]) -> str | None:
    """'Rouds' -> 'Rhodes', 'Worren' -> 'Warren': the English surname a foreign surname's
    transcription sounds like, or None where none, or more than one, fits."""
    sound = surname_key(latin, key)
    if len(sound) < MIN_KEY:
        return None
    plain = _TRANSCRIPTION_DIGRAPHS.sub(lambda m: _ENGLISH_SOUND[m[0]], latin.lower())
    table = census_surnames()
    close = [
        s
        for s in surnames_by_sound(key).get(sound, ())
        if table[s][1] <= MAX_RANK and any(_fits(plain, h) for h in heard_spellings(s))
    ]
    if not close:
        return None
    best = close[0]
    own = table.get(plain)
    if own is not None and own[0] * OWN_SPELLING_SHARE > table[best][0]:
        return None  # "Маттис": Mattis, a surname as it is
    if len(close) > 1 and table[close[1]][0] >= RIVAL_SHARE * table[best][0] > 0:
        return None  # "Грин": Green and Greene, both common
    return best[:1].upper() + best[1:]
