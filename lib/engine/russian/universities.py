"""Universities no gazetteer row holds, by their English names: "Университет Торонто" is the
University of Toronto, "Джорджтаунский университет" Georgetown University, "Балтийский
федеральный университет имени Канта" the Baltic Federal University. The English side's id of
such a university is its English name's, so a transliterated id ("universitet-toronto") never
meets it.

A city's name or adjective goes through GeoNames' Russian names (lib.engine.russian.places);
the other words of a name through a short table of the words universities are named with.
A name with a word neither gives keeps the id it had.
"""

from __future__ import annotations

from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.places import english_city
from lib.engine.russian.text import parses, phrase_key
from lib.ids import slug

HEAD = "университет"
# The words of universities' names that are not places ("федеральный", "государственный").
WORDS = {
    "федеральный": "Federal",
    "государственный": "State",
    "национальный": "National",
    "технический": "Technical",
    "технологический": "Technological",
    "медицинский": "Medical",
    "военный": "Military",
    "педагогический": "Pedagogical",
    "международный": "International",
    "католический": "Catholic",
    "свободный": "Free",
    "открытый": "Open",
    "балтийский": "Baltic",
    "американский": "American",
    "европейский": "European",
}


def universities_in_english(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """The mentions with a university the gazetteer lacks given its English name's id."""
    out = []
    for m in mentions:
        name = _english(m.normal) if m.type == "org" and m.entity_id not in gaz.entities else None
        if name is not None:
            m = replace(m, entity_id=f"org:{slug(name)}", name=name)
        out.append(m)
    return out


def _english(normal: str) -> str | None:
    """ "Университет Торонто" -> "University of Toronto"; "Джорджтаунский университет" ->
    "Georgetown University"; None for any other name or a word no table gives."""
    words = normal.split()
    key = phrase_key(normal)
    if HEAD not in key:
        return None
    at = key.index(HEAD)
    if at == 0 and len(words) == 2:  # "Университет Торонто": the city in the genitive after it
        city = _city(words[1])
        return f"University of {city}" if city else None
    after = key[at + 1 :]
    if at == 0 or (after and after[0] != "имя"):  # "имени Канта": the honorific is left out
        return None
    english = [_adjective(word) for word in key[:at]]
    return " ".join([*english, "University"]) if all(english) else None


def _adjective(lemma: str) -> str | None:
    """ "федеральный" -> "Federal"; "джорджтаунский" -> "Georgetown" (its city's name)."""
    if lemma in WORDS:
        return WORDS[lemma]
    if not lemma.endswith("ский") or not any(p.tag.POS == "ADJF" for p in parses(lemma)[:1]):
        return None
    stem = lemma[:-4].capitalize()  # "стамбульский": Стамбул; "варшавский": Варшава
    return next(filter(None, map(english_city, (stem, stem.rstrip("ь"), stem + "а"))), None)


def _city(word: str) -> str | None:
    """The English name of a city written in any case ("Манчестера" -> "Manchester")."""
    nominatives = [p.normal_form.capitalize() for p in parses(word.lower()) if p.tag.POS == "NOUN"]
    return next(filter(None, (english_city(w) for w in (word, *nominatives))), None)
