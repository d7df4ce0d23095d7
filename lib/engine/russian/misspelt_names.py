"""A place or a body the gazetteer holds, written with a slip or by another ear ("Девесеоу" for
Девеселу, "Эльбонг" for Эльблонг, "Раммштайн" for Ramstein, "Североатлантичеспкого блока", a
state's "Черноговории" for Черногории): news pages misspell foreign names often, and a fresh id
("location:deveseou") splits one entity in two, or makes a state a place.

A name no exact alias matched is linked to the one gazetteer entity of its type whose Russian
alias it nearly equals letter by letter, or, for a place, whose English name it sounds like
(translit.sound_key), when the name is long enough for a near match to mean the same word.
A body's names are longer and differ by a word's ending ("Европейский совет", "Европейский
союз"), so a body needs a closer spelling than a place.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.text import parses, phrase_key
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


# A state's one-word name misspelt in some case ("Прокуратура Черноговории", "поедут в
# Азребайджан"), compared form to form: the model's guess at an unknown word's lemma
# ("черноговорий") is no spelling of the state's.
STATE_SPELLING = 88
_STATE_FORMS: dict[int, tuple[list, RussianGazetteer]] = {}


def _state_forms(gaz: RussianGazetteer) -> list[tuple[str, str]]:
    """(case form, country id) of every state's one-word Russian name."""
    if (known := _STATE_FORMS.get(id(gaz))) is not None and known[1] is gaz:
        return known[0]
    forms = set()
    for key, alias in gaz.aliases.items():
        if len(key) == 1 and alias.kind == "name" and alias.entity_id.startswith("country:"):
            found = parses(key[0])[:1]
            words = {f.word for f in found[0].lexeme} if found else set()
            forms |= {(w, alias.entity_id) for w in words | {key[0]} if len(w) >= MIN_LETTERS}
    _STATE_FORMS[id(gaz)] = (sorted(forms), gaz)
    return _STATE_FORMS[id(gaz)][0]


def near_state(written: str, gaz: RussianGazetteer) -> str | None:
    """The one state whose one-word name, in some case, a place's word nearly spells."""
    word = written.lower()
    if len(word) < MIN_LETTERS or " " in word or any(p.is_known for p in parses(word)[:1]):
        return None  # a word of the dictionary is itself ("Кубани"), no slip
    found = {
        eid
        for form, eid in _state_forms(gaz)
        if form[:1] == word[:1] and fuzz.ratio(form, word) >= STATE_SPELLING
    }
    return next(iter(found)) if len(found) == 1 else None


def near_name(
    normal: str, entity_type: str, gaz: RussianGazetteer, surface: str = ""
) -> str | None:
    """The one gazetteer place or body (`entity_type`) a Russian name with no exact alias
    nearly spells (or, a place, sounds like), else None; a place whose `surface` is one word
    may be a state's name misspelt."""
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
    if len(found) == 1:
        return next(iter(found))
    return near_state(surface, gaz) if entity_type == "location" and not found else None


# Parts of speech of a word a lost space glues to a name ("Македонииподписали", "НАТОПо его
# словам"): a verb, a preposition, a conjunction or a particle, never the name's own ending.
GLUED_TAILS = {"VERB", "PREP", "CONJ", "PRCL", "INFN", "NPRO"}
GLUED_WORD = 4


def glued_name(word: str, gaz: RussianGazetteer) -> str | None:
    """The gazetteer name a word begins with when a lost space glued the next word to it:
    "Македонииподписали" is North Macedonia, "НАТОПо" NATO."""
    if len(word) < MIN_LETTERS or not word[:1].isupper():
        return None
    if any(p.is_known for p in parses(word.lower())[:1]):
        return None  # a word of the dictionary ("Кубани"), no two glued
    for i in range(len(word) - 2, 2, -1):
        head, tail = word[:i], word[i:]
        # a word in lower case long enough to be no case ending ("подписали", not "ни"), or
        # a capitalised one after an abbreviation ("НАТОПо")
        capitalised = head.isupper() and tail[:1].isupper() and tail[1:].islower()
        if not ((tail.islower() and len(tail) >= GLUED_WORD) or capitalised):
            continue
        alias = gaz.aliases.get(phrase_key(head))
        found = parses(tail.lower())[:1]
        if (
            alias is not None
            and alias.kind == "name"
            and found
            and found[0].is_known
            and found[0].tag.POS in GLUED_TAILS
        ):
            return alias.entity_id
    return None
