"""A Russian person's name (in the nominative) looked up among the gazetteer's people by
transliteration and by sound: "Столтенберг" -> Stoltenberg, "Франк-Вальтер Штайнмайер" ->
Frank-Walter Steinmeier; and whether a given name is one of the Russian dictionary's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.text import parses
from lib.engine.russian.translit import name_key, sound_key

_CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ей|а|я|у|ю|е)$")


def link_person(words: Sequence[str], gaz: RussianGazetteer) -> str | None:
    """A gazetteer person for a Russian name in the nominative, by its transliteration:
    the surname's key must equal (or nearly equal) an English surname's key, and a given
    name, if written, must fit one of that person's."""
    surname = name_key(words[-1])
    candidates = set(gaz.surname_keys.get(surname, set()))
    stem = _CASE_ENDING.sub("", words[-1])
    if not candidates and len(stem) > 3:  # "Скрипаля" (out of the dictionary) -> "Скрипал"
        surname = name_key(stem)
        candidates = set(gaz.surname_keys.get(surname, set()))
        candidates = _not_indeclinable_women(candidates, words[-1], gaz)
    if not candidates and len(words) > 1:  # a near spelling only where a given name agrees
        for key, people in gaz.surname_keys.items():
            if key[:1] == surname[:1] and len(surname) > 3 and fuzz.ratio(key, surname) >= 85:
                candidates |= people
    if len(words) > 1:
        given = name_key(words[0])
        candidates = {
            pid
            for pid in candidates
            if any(fuzz.ratio(given, g) >= 60 for g in gaz.given_keys.get(pid, ()))
        }
    if not candidates:
        return _link_by_sound(words, gaz)
    return next(iter(candidates)) if len(candidates) == 1 else None


def _link_by_sound(words: Sequence[str], gaz: RussianGazetteer) -> str | None:
    """The gazetteer person whose surname and given name sound like the Russian ones
    (translit.sound_key): "Франк-Вальтер Штайнмайер" -> Frank-Walter Steinmeier, "Душко
    Маркович" -> Duško Marković. A given name is required, and one person only."""
    if len(words) < 2:
        return None
    surname, given = sound_key(words[-1]), sound_key(words[0])
    if len(surname) < 4:
        return None
    candidates = set(gaz.surname_sounds.get(surname, set()))
    if not candidates and len(surname) >= 6:
        for key, people in gaz.surname_sounds.items():
            # a sound a letter off, not another suffix on one stem ("Гончаренко" is no Гончарук)
            if (
                key[:1] == surname[:1]
                and abs(len(key) - len(surname)) <= 1
                and fuzz.ratio(key, surname) >= 85
            ):
                candidates |= people
    candidates = {
        pid
        for pid in candidates
        if any(g == given or fuzz.ratio(g, given) >= 80 for g in gaz.given_sounds.get(pid, ()))
    }
    return next(iter(candidates)) if len(candidates) == 1 else None


def _not_indeclinable_women(candidates: set[str], written: str, gaz: RussianGazetteer) -> set[str]:
    """A woman's surname that ends in a consonant or "ь" does not decline ("Юлию Скрипаль"):
    an inflected form ("Скрипаля") is not hers, but her father's or husband's."""
    if len(candidates) < 2:
        return candidates
    kept = {
        pid
        for pid in candidates
        if not (
            gaz.genders.get(pid) == "femn"
            and (surname := gaz.russian_surnames.get(pid, ""))[-1:] not in ("", *"аяео")
            and surname.lower() != written.lower()
        )
    }
    return kept or candidates


def russian_given_name(word: str) -> bool:
    """A given name pymorphy3's dictionary holds ("Мария"), not "Миливое" or "Игор"."""
    return any("Name" in p.tag.grammemes and p.is_known for p in parses(word.lower()))


def dictionary_surname(word: str) -> bool:
    """A surname pymorphy3's dictionary holds ("Пешков", "Ивашов"): a real name in its own
    right, never a slip of the keyboard in another ("Песков")."""
    return any("Surn" in p.tag.grammemes and p.is_known for p in parses(word.lower()))


def other_given_name(words: Sequence[str], pid: str, gaz: RussianGazetteer) -> bool:
    """The first of `words` is a given name of the Russian dictionary that fits none of the
    person's given names, by spelling or by sound."""
    if len(words) < 2 or not gaz.given_keys.get(pid):
        return False
    given = inflect_nominative(words, person=True).split()[0]
    if not russian_given_name(given):
        return False
    key, sound = name_key(given), sound_key(given)
    return not any(fuzz.ratio(key, g) >= 60 for g in gaz.given_keys[pid]) and not any(
        fuzz.ratio(sound, g) >= 80 for g in gaz.given_sounds.get(pid, ())
    )
