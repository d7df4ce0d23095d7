"""A place or a body the gazetteer holds, written with a slip or by another ear ("Девесеоу" for
Девеселу, "Эльбонг" for Эльблонг, "Раммштайн" for Ramstein, "Североатлантичеспкого блока"):
news pages misspell foreign names often, and a fresh id ("location:deveseou") splits one
entity in two.

A name no exact alias matched is linked to the one gazetteer entity of its type whose Russian
alias it nearly equals letter by letter, or, for a place, whose English name it sounds like
(translit.sound_key), when the name is long enough for a near match to mean the same word.
A body's names are longer and differ by a word's ending ("Европейский совет", "Европейский
союз"), so a body needs a closer spelling than a place.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.text import phrase_key
from lib.engine.russian.translit import sound_key

MIN_LETTERS = 6  # shorter names differ by one letter and are other places ("Керчь", "Ереван")
SPELLING = {"location": 85, "org": 92}  # rapidfuzz ratio of the lemma keys: a letter or two
SOUND = 90  # rapidfuzz ratio of a place's sound keys

# by the gazetteer's id: (spellings, sounds, the gazetteer), built once per loaded gazetteer
_INDEXES: dict[int, tuple[list, list, RussianGazetteer]] = {}


def _index(gaz: RussianGazetteer) -> tuple[list, list]:
    """(spelling key, word count, id) of the places' and bodies' Russian aliases and (sound
    key, word count, id) of the places' English names."""
    if (known := _INDEXES.get(id(gaz))) is not None and known[2] is gaz:
        return known[0], known[1]
    spellings = [
        (" ".join(key), len(key), alias.entity_id)
        for key, alias in gaz.aliases.items()
        if alias.kind == "name" and alias.entity_id.startswith(("location:", "org:"))
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


def near_name(normal: str, entity_type: str, gaz: RussianGazetteer) -> str | None:
    """The one gazetteer place or body (`entity_type`) a Russian name with no exact alias
    nearly spells (or, a place, sounds like), else None."""
    key = phrase_key(normal)
    if entity_type not in SPELLING or sum(len(w) for w in key) < MIN_LETTERS:
        return None
    spellings, sounds = _index(gaz)
    written, heard, prefix = " ".join(key), _sound(normal), f"{entity_type}:"
    found = {
        eid
        for k, n, eid in spellings
        if eid.startswith(prefix)
        and n == len(key)
        and k[:1] == written[:1]
        and fuzz.ratio(k, written) >= SPELLING[entity_type]
    }
    if entity_type == "location":
        found |= {
            eid
            for k, n, eid in sounds
            if n == len(key) and k[:1] == heard[:1] and fuzz.ratio(k, heard) >= SOUND
        }
    return next(iter(found)) if len(found) == 1 else None
