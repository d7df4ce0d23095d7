"""A place the gazetteer holds, written with a slip or by another ear ("Девесеоу" for
Девеселу, "Эльбонг" for Эльблонг, "Раммштайн" for Ramstein): news pages misspell foreign
places often, and a fresh id ("location:deveseou") splits one place in two.

A place no exact alias matched is linked to the one gazetteer place whose Russian alias it
nearly equals letter by letter, or whose English name it sounds like (translit.sound_key),
when the name is long enough for a near match to mean the same word and only one place fits.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.text import phrase_key
from lib.engine.russian.translit import sound_key

MIN_LETTERS = 6  # shorter names differ by one letter and are other places ("Керчь", "Ереван")
SPELLING = 85  # rapidfuzz ratio of the lemma keys: one or two letters slipped
SOUND = 90  # rapidfuzz ratio of the sound keys


_INDEXES: dict[
    int, tuple[list, list, RussianGazetteer]
] = {}  # by the gazetteer's id: one per loaded gazetteer


def _index(gaz: RussianGazetteer) -> tuple[list, list]:
    """(spelling key, word count, id) of the places' Russian aliases and (sound key, word
    count, id) of their English names."""
    if (known := _INDEXES.get(id(gaz))) is not None and known[2] is gaz:
        return known[0], known[1]
    spellings = [
        (" ".join(key), len(key), alias.entity_id)
        for key, alias in gaz.aliases.items()
        if alias.kind == "name" and alias.entity_id.startswith("location:")
    ]
    sounds = [
        (_sound(name), len(name.split()), eid)
        for name, (eid, kind) in gaz.english.names.items()
        if kind == "name" and eid.startswith("location:")
    ]
    _INDEXES[id(gaz)] = (spellings, sounds, gaz)
    return spellings, sounds


def _sound(name: str) -> str:
    return " ".join(sound_key(w) for w in name.split())


def near_place(normal: str, gaz: RussianGazetteer) -> str | None:
    """The one gazetteer place a Russian name with no exact alias nearly spells or sounds
    like, else None."""
    key = phrase_key(normal)
    if sum(len(w) for w in key) < MIN_LETTERS:
        return None
    spellings, sounds = _index(gaz)
    written, heard = " ".join(key), _sound(normal)
    found = {
        eid
        for k, n, eid in spellings
        if n == len(key) and k[:1] == written[:1] and fuzz.ratio(k, written) >= SPELLING
    } | {
        eid
        for k, n, eid in sounds
        if n == len(key) and k[:1] == heard[:1] and fuzz.ratio(k, heard) >= SOUND
    }
    return next(iter(found)) if len(found) == 1 else None
