"""The gazetteers seen from Russian text: lemma keys -> the project's canonical entities.

The entities, their ids, names, role spells and outlets are the English gazetteer's
(lib.engine.gazetteer, data/gazetteer/*.csv), so that "Путин" and "Putin" are both
`person:vladimir-putin` and "США" is `country:USA`. Russian forms come from:

- pycountry's Russian ISO 3166 translations (every country's name, official and common
  name: "Российская Федерация", "Соединённые Штаты Америки", "Сирия");
- data/gazetteer/aliases_ru.csv: short names, demonyms, capitals, seats of power,
  organisations, places and people as Russian news writes them;
- data/gazetteer/roles_ru.csv: Russian phrases for the English role titles ("генсек НАТО").

People written in a way no file holds are linked by transliteration
(lib.engine.russian.translit).
"""

from __future__ import annotations

import csv
import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
from rapidfuzz import fuzz

from lib.engine.gazetteer import GAZETTEER_DIR, Entry, Gazetteer, split_multi
from lib.engine.gazetteer import load_gazetteer as load_english
from lib.engine.russian.country_adjectives import derived_adjectives
from lib.engine.russian.text import other_readings, parses, phrase_key
from lib.engine.russian.translit import name_key, sound_key

Entity = Entry  # one canonical entity: the English gazetteer's, or one found in the text

_REGNAL = re.compile(r"^[IVX]+$")
ALIASES_FILE = "aliases_ru.csv"
# A state's bodies Russian news names by one word and the state ("МИД Македонии", "турецкие
# ВВС"), with the English words of their names: a body no file holds gets the id the English
# side's model gives "Macedonian Foreign Ministry" (org:macedonian-foreign-ministry).
NATIONAL_BODIES = {
    ("мид",): "Foreign Ministry",
    ("министерство", "иностранный", "дело"): "Foreign Ministry",
    ("минобороны",): "Defence Ministry",
    ("министерство", "оборона"): "Defence Ministry",
    ("ввс",): "Air Force",
    ("вмс",): "Navy",
    ("флот",): "Navy",  # "Российский флот", "флот Турции"; a named fleet is its own alias
    ("генштаб",): "General Staff",
    ("совбез",): "Security Council",
    ("совет", "безопасность"): "Security Council",
    # written out in full ("Министерство национальной обороны Турции", "Военно-воздушных сил
    # РФ"); a hyphenated word is three tokens
    ("министерство", "национальный", "оборона"): "Defence Ministry",
    # a finance ministry is the body that lists the sanctioned ("Минфин США", "в санкционном
    # списке Минфина", "американского Минфина")
    ("минфин",): "Finance Ministry",
    ("министерство", "финансы"): "Finance Ministry",
    ("военный", "-", "воздушный", "сила"): "Air Force",
    ("воздушный", "сила"): "Air Force",  # "турецкие воздушные силы", without "военно-"
    ("военный", "-", "морской", "сила"): "Navy",
    ("воздушно", "-", "десантный", "войско"): "Airborne Forces",
    ("вдв",): "Airborne Forces",
    # every state's armed forces and border guard by one pattern, and the agencies'
    # periphrasis for a defence ministry ("в военном ведомстве Турции"), as "дипведомство"
    ("вооруженный", "сила"): "Armed Forces",
    ("вс",): "Armed Forces",  # "ВС Украины", as the files write "ВС РФ", "ВС США"
    ("военный", "ведомство"): "Defence Ministry",
    ("внешнеполитический", "ведомство"): "Foreign Ministry",
    ("оборонный", "ведомство"): "Defence Ministry",
    ("погранслужба",): "Border Service",
    ("пограничный", "служба"): "Border Service",
    # the police, justice and emergencies ministries every state has ("МВД Украины",
    # "Минюст США", "МЧС Белоруссии"), as the foreign and defence ones
    ("мвд",): "Interior Ministry",
    ("министерство", "внутренний", "дело"): "Interior Ministry",
    ("минюст",): "Justice Ministry",
    ("министерство", "юстиция"): "Justice Ministry",
    ("мчс",): "Emergencies Ministry",
    # a state's army by its word alone ("армии Литвы", "Литовской армии"): its armed forces,
    # as the files write "армия США" (lib.engine.russian.phrases.army_of_a_state)
    ("армия",): "Armed Forces",
    # the Baltic and Nordic states' forces by their own name ("Сил обороны Эстонии": the
    # Estonian Defence Forces), as the English side keys "<Demonym> Defence Forces"
    ("сила", "оборона"): "Defence Forces",
    # the body that counts a state's votes ("ЦИК Украины", "Центризбирком", "Центральной
    # избирательной комиссии"), as the gold and the demonym pattern key it
    ("цик",): "Central Election Commission",
    ("центризбирком",): "Central Election Commission",
    ("центральный", "избирательный", "комиссия"): "Central Election Commission",
}
# Bodies only with their state beside them ("Российский флот", "флот Турции"): bare, "флот" is
# any fleet (merchant, fishing, several states'), never one state's navy; a bare "ВС" is the
# forces a body before it belongs to ("генштаб ВС"), or a court, or a day of the week; a bare
# "армия" is any army (a general's rank, "армия сторонников", the troops a story speaks of).
NAMED_ONLY = frozenset({("флот",), ("вс",), ("армия",)})
ROLES_FILE = "roles_ru.csv"
# The nouns of a state's own name in the nominative singular ("Чеченская Республика").
STATE_NAME_ENDINGS = ("республика", "страна", "государство")


@dataclass(frozen=True)
class Alias:
    entity_id: str
    kind: str  # name | demonym | capital | seat | place | reference
    place: str | None = None  # for a capital: the English name of the city, as a place
    lowercase: bool = False  # a one-word name also written in lower case ("в твиттере")
    # an abbreviation in capitals ("САР", "ЕП"): a word written otherwise that shares its lemma
    # ("Сара", a given name) is another word
    capitals: bool = False
    # a place named as one state ("Донецкая народная республика", singular as written): no
    # region named by its states' noun ("прибалтийские республики"), whose singular is one of them
    one_state: bool = False


@dataclass
class RussianGazetteer:
    english: Gazetteer = field(default_factory=Gazetteer)
    aliases: dict[tuple[str, ...], Alias] = field(default_factory=dict)  # lemma key -> alias
    references: dict[tuple[str, ...], str] = field(default_factory=dict)  # "альянс" -> org id
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)  # "генсек нато" -> role
    # Transliteration keys of English names: "stoltenberg" -> person ids, for linking.
    surname_keys: dict[str, set[str]] = field(default_factory=dict)
    given_keys: dict[str, set[str]] = field(default_factory=dict)  # person id -> given names
    # The same by a coarse phonetic key (translit.sound_key): "stanmar" -> Steinmeier, for
    # spellings the keys above miss ("Штайнмайер", "Маркович").
    surname_sounds: dict[str, set[str]] = field(default_factory=dict)
    given_sounds: dict[str, set[str]] = field(default_factory=dict)
    # Russian given names -> their English spelling, from the people named in both
    # languages ("александр" -> "Alexander"): for people the gazetteer does not hold.
    given_names: dict[str, str] = field(default_factory=dict)
    # From the people's Russian names in aliases_ru.csv: their surname as Russian writes it
    # ("Скрипаль") and their grammatical gender, told by the given name ("Юлия": femn).
    russian_surnames: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    # (country id, body lemmas) -> the organisation aliases_ru.csv names by that body and
    # state ("МИД Германии": org:german-foreign-office); a country's English demonym.
    national_bodies: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    # A group's name by its noun alone, which the press writes in quotes ("саммит «Двадцатки»",
    # "страны «семерки»": the G20, the G7); bare, the noun is a number's ("двадцатка лучших").
    quoted_short: dict[tuple[str, ...], str] = field(default_factory=dict)
    # A name two states' bodies share (Russia's НТВ and Turkey's NTV): the key's other owners,
    # the first claimant being the one its alias gives (lib.engine.russian.homonyms).
    homonyms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1

    @property
    def entities(self) -> dict[str, Entry]:
        return self.english.entries

    def holders(self, role: str, on: date | None) -> list[str]:
        """Who held a role on a day; without a day, who holds it now (an open spell)."""
        return sorted(
            {
                s.person_id
                for s in self.english.role_spells
                if s.role == role and (s.holds_on(on) if on is not None else s.end is None)
            }
        )


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _add_alias(gaz: RussianGazetteer, phrase: str, alias: Alias) -> None:
    key = phrase_key(phrase)
    if len(key) == 1 and len(phrase) > 1 and phrase.isupper() and phrase.isalpha():
        alias = replace(alias, capitals=True)
    if key and key not in gaz.aliases:  # first claim wins, as in the English gazetteer
        gaz.aliases[key] = alias
        gaz.max_len = max(gaz.max_len, len(key))
    elif key and _another_states_body(gaz, gaz.aliases[key].entity_id, alias.entity_id):
        gaz.homonyms[key] = (*gaz.homonyms.get(key, ()), alias.entity_id)
    for other in other_readings(phrase):
        gaz.aliases.setdefault(other, alias)


def _another_states_body(gaz: RussianGazetteer, first: str, other: str) -> bool:
    """Two organisations of different states (a name they share is a homonym to resolve)."""
    if first == other or not (first.startswith("org:") and other.startswith("org:")):
        return False
    return gaz.entities[first].code != gaz.entities[other].code


def _name_keys(gaz: RussianGazetteer) -> None:
    """Surname and given-name keys of every person the English gazetteer names."""
    for surface, (pid, _kind) in gaz.english.names.items():
        if gaz.entities[pid].type != "person":
            continue
        words = surface.replace(".", " ").split()
        if len(words) > 1 and _REGNAL.match(words[-1]):
            words = words[:-1]  # "Abdullah II": a king is named by his given name
        gaz.surname_keys.setdefault(name_key(words[-1]), set()).add(pid)
        gaz.surname_sounds.setdefault(sound_key(words[-1]), set()).add(pid)
        if len(words) > 1:  # the first given name only: a patronymic fits too many
            gaz.given_keys.setdefault(pid, set()).add(name_key(words[0]))
            gaz.given_sounds.setdefault(pid, set()).add(sound_key(words[0]))


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9.&' -]{2,}$")


def _latin_names(gaz: RussianGazetteer) -> None:
    """The English names of organisations and outlets, which Russian news keeps in Latin
    letters ("в интервью NBC", "сообщает Reuters"), after every Russian form."""
    for surface, (eid, kind) in gaz.english.names.items():
        if kind == "name" and eid.startswith("org:") and _LATIN_NAME.match(surface):
            _add_alias(gaz, surface, Alias(eid, "name"))


def _pycountry_names(gaz: RussianGazetteer) -> list[tuple[str, str]]:
    """(country id, Russian name) of every country's ISO 3166 names in pycountry's gettext
    catalogue that it translates (without stress marks; no inverted "Корея, Республика")."""
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    names = []
    for country in pycountry.countries:
        eid = f"country:{country.alpha_3}"
        if eid not in gaz.entities:
            continue
        for attribute in ("common_name", "name", "official_name"):
            english = getattr(country, attribute, None)
            if english:
                translated = russian.gettext(english).replace("\u0301", "")  # stress marks
                if translated != english and "," not in translated:
                    names.append((eid, translated))
    return names


def _load_pycountry(gaz: RussianGazetteer, names: list[tuple[str, str]]) -> None:
    """Every country's Russian ISO 3166 names."""
    for eid, name in names:
        _add_alias(gaz, name, Alias(eid, "name"))


def _derived_demonyms(gaz: RussianGazetteer, names: list[tuple[str, str]]) -> None:
    """The adjectives of the countries no row gives one ("малайзийский"), from their
    pycountry names (country_adjectives)."""
    with_one = {a.entity_id for a in gaz.aliases.values() if a.kind == "demonym"}
    unnamed = [(eid, name) for eid, name in names if eid not in with_one]
    for adjective, eid in derived_adjectives(unnamed).items():
        if phrase_key(adjective) not in gaz.aliases:
            _add_alias(gaz, adjective, Alias(eid, "demonym"))


def _load_russian_aliases(gaz: RussianGazetteer, path: Path) -> None:
    for row in _rows(path):
        eid, kind = row["entity_id"].strip(), row["kind"].strip()
        if eid not in gaz.entities:
            raise ValueError(f"{path}: unknown entity {eid!r}")
        for phrase in split_multi(row["aliases"]):
            entity = gaz.entities[eid]
            if entity.type == "person" and " " in phrase and " " in entity.name:
                if _given_name_pair(phrase.split()[0], entity.name.split()[0], entity.code):
                    gaz.given_names.setdefault(phrase.split()[0].lower(), entity.name.split()[0])
                gaz.russian_surnames.setdefault(eid, phrase.split()[-1])
                # the Russian spelling's sound too: a misspelt one ("Мацаревич" for
                # "Мачеревич") sounds like it where the English spelling's key does not
                gaz.surname_sounds.setdefault(sound_key(phrase.split()[-1]), set()).add(eid)
                gaz.given_sounds.setdefault(eid, set()).add(sound_key(phrase.split()[0]))
                if gender := _given_name_gender(phrase.split()[0]):
                    gaz.genders.setdefault(eid, gender)
            if kind == "reference":
                gaz.references.setdefault(phrase_key(phrase), eid)
            elif kind == "name" and phrase[:1].islower():
                known = gaz.aliases.get(phrase_key(phrase))
                if known is None or known.entity_id == eid:
                    gaz.aliases[phrase_key(phrase)] = Alias(eid, kind, lowercase=True)
                    gaz.max_len = max(gaz.max_len, len(phrase_key(phrase)))
            else:
                one = kind == "name" and phrase.lower().endswith(STATE_NAME_ENDINGS)
                english = (row.get("en") or "").strip() or None
                _add_alias(gaz, phrase, Alias(eid, kind, english, one_state=one))
            if kind == "name" and entity.type in ("location", "country"):
                for form in plural_genitives(phrase):
                    _add_alias(gaz, form, Alias(eid, kind))


# States whose people's Latin names follow their own language, not Russian's: their Russian
# given name is a Russian's too ("Павел Климкин" is Pavlo, "Павел Фельгенгауэр" Pavel), so it
# teaches nothing about how the English press writes a Russian's name.
OWN_LATIN_GIVEN_NAMES = {"UKR", "BLR", "GEO"}
SAME_NAME_SOUND = 60  # fuzz points: "Реджеп" and Recep are one name; "фон" and Ursula are not


def _given_name_pair(russian: str, english: str, country: str | None) -> bool:
    """Whether a person's Russian and English first words are one given name in two scripts,
    fit to spell another person's: not a national form, a nickname or a particle ("Майкл"
    for Mike, "фон" of von der Leyen, "Герберт" for H. R. McMaster)."""
    if country in OWN_LATIN_GIVEN_NAMES:
        return False
    return (
        max(
            fuzz.ratio(name_key(russian), name_key(english)),
            fuzz.ratio(sound_key(russian), sound_key(english)),
        )
        >= SAME_NAME_SOUND
    )


def plural_genitives(name: str) -> list[str]:
    """The genitive of a one-word plural place name, which its lemma does not give back:
    "Балканы" -> "Балкан" (the press's zero ending, "на юге Балкан") and "Балканов"."""
    if " " in name or not name.endswith(("ы", "и")):
        return []
    plural = next((p for p in parses(name.lower()) if {"Pltm", "nomn"} <= p.tag.grammemes), None)
    if plural is None:
        return []
    genitive = plural.inflect({"plur", "gent"})
    forms = [name[:-1]] if name.endswith("ы") else []  # "Гималаи" has no zero ending
    forms += [genitive.word.capitalize()] if genitive else []
    return list(dict.fromkeys(forms))


def _given_name_gender(word: str) -> str | None:
    """'Юлия' -> 'femn', 'Сергей' -> 'masc': the gender of pymorphy3's given-name parse."""
    for p in parses(word.lower()):
        if "Name" in p.tag.grammemes and p.tag.case == "nomn" and p.tag.gender:
            return p.tag.gender
    return None


def _load_russian_roles(gaz: RussianGazetteer, path: Path) -> None:
    known = {s.role for s in gaz.english.role_spells}
    for row in _rows(path):
        role = row["role"].strip()
        if role not in known:
            raise ValueError(f"{path}: role {role!r} is held by nobody in people.csv")
        for phrase in split_multi(row["references"]):
            key = phrase_key(phrase)
            gaz.roles.setdefault(key, role)
            gaz.max_len = max(gaz.max_len, len(key))


# The adjective of a group named by its count ("Большая двадцатка"), which the short name drops.
GREAT = {"большой", "больший"}


def _quoted_short_names(gaz: RussianGazetteer) -> None:
    """The noun of every organisation named "Большая <noun>", as its short name in quotes."""
    for key, alias in gaz.aliases.items():
        if len(key) == 2 and key[0] in GREAT and alias.entity_id.startswith("org:"):
            gaz.quoted_short.setdefault(key[1:], alias.entity_id)


def _national_bodies(gaz: RussianGazetteer) -> None:
    """The known bodies of NATIONAL_BODIES, by their state ("МИД Турции", "турецкий МИД"),
    and every country's first English demonym (countries.csv lists it first)."""
    for surface, (eid, kind) in gaz.english.names.items():
        if kind == "demonym" and surface[:1].isupper():
            gaz.demonyms.setdefault(eid, surface)
    for key, alias in gaz.aliases.items():
        if not alias.entity_id.startswith("org:"):
            continue
        splits = [(b, key[len(b) :]) for b in NATIONAL_BODIES if key[: len(b)] == b]
        splits += [(b, key[: -len(b)]) for b in NATIONAL_BODIES if key[-len(b) :] == b]
        for body, state in splits:
            country = gaz.aliases.get(state)
            if (
                state
                and country is not None
                and country.entity_id.startswith(("country:", "location:"))
                and country.kind in ("name", "demonym")
            ):
                # a place's body is a row of its own ("МИД Абхазии": a breakaway republic's)
                gaz.national_bodies.setdefault((country.entity_id, body), alias.entity_id)


@cache
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> RussianGazetteer:
    """The English gazetteer's entities with their Russian forms; built once per process.
    The hand-written Russian aliases come before pycountry's, so that "Грузия" is Georgia
    and a short name written there wins over an official one. A gazetteer folder without
    the Russian files links Russian text by pycountry's names and transliteration alone."""
    gaz = RussianGazetteer(english=load_english(Path(directory)))
    _name_keys(gaz)
    if (Path(directory) / ALIASES_FILE).exists():
        _load_russian_aliases(gaz, Path(directory) / ALIASES_FILE)
    names = _pycountry_names(gaz)
    _load_pycountry(gaz, names)
    _derived_demonyms(gaz, names)
    _latin_names(gaz)
    _national_bodies(gaz)
    _quoted_short_names(gaz)
    if (Path(directory) / ROLES_FILE).exists():
        _load_russian_roles(gaz, Path(directory) / ROLES_FILE)
    _prime_ministers(gaz)
    return gaz


# How Russian news names a state's head of government or of state: before the state's name in
# the genitive ("премьер Турции", "президент Китая"), or after its adjective ("турецкий
# премьер", "китайский президент"), by the English role's ending.
PREMIER_BEFORE = (("премьер",), ("премьер", "-", "министр"), ("глава", "правительство"))
PREMIER_AFTER = (("премьер",), ("премьер", "-", "министр"))
HEADS_BY_ROLE = {
    " Prime Minister": (PREMIER_BEFORE, PREMIER_AFTER),
    " President": ((("президент",),), (("президент",),)),
}


def _prime_ministers(gaz: RussianGazetteer) -> None:
    """Russian phrases of every "<Demonym> Prime Minister" and "<Demonym> President" role the
    people hold ("Turkish Prime Minister": "премьер Турции", "турецкий премьер-министр";
    "Chinese President": "президент Китая"), by pattern; roles_ru.csv's own phrases first."""
    by_demonym = {demonym: eid for eid, demonym in gaz.demonyms.items()}
    for role in {s.role for s in gaz.english.role_spells}:
        ending = next((e for e in HEADS_BY_ROLE if role.endswith(e)), None)
        state = by_demonym.get(role.removesuffix(ending)) if ending else None
        if state is None:
            continue
        before, after = HEADS_BY_ROLE[ending]
        for key, alias in list(gaz.aliases.items()):
            if alias.entity_id != state or alias.kind not in ("name", "demonym"):
                continue
            if alias.kind == "name":
                keys = [head + key for head in before]
            elif key[-1].endswith("ий"):  # the adjective, not the people ("турок")
                keys = [key + head for head in after]
            else:
                continue
            for phrase in keys:
                gaz.roles.setdefault(phrase, role)
                gaz.max_len = max(gaz.max_len, len(phrase))
