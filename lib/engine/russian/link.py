"""Mentions in Russian text linked to the project's canonical entities.

Two sources of spans, merged longest-first:
1. the gazetteer, matched on lemma sequences (lib.engine.russian.text): names, demonyms, capitals
   and seats of countries, organisations, places, people, role phrases ("генсек НАТО") and
   references ("альянс", only where the organisation is named in the article);
2. natasha's NER (PER, LOC, ORG) for what no file holds: a person is normalised to the
   nominative ("Владимиром Путиным" -> "Владимир Путин") and linked to the English
   gazetteer by transliteration ("Столтенберг" -> Stoltenberg), else gets an id of its own
   from its Latin spelling ("person:igor-voronchenko").

A capital or seat after a preposition of place ("в Москве", "из Лондона", "в Кремле") is
the place (`location:moscow`), as on the English side; used as an actor ("Москва заявила",
"диалог с Москвой") it is the country (kind `capital` or `seat`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import NATIONAL_BODIES, Alias, Entity, RussianGazetteer
from lib.engine.russian.ner import NERSpan
from lib.engine.russian.text import Token, parses, phrase_key
from lib.engine.russian.translit import (
    english_name,
    name_key,
    romanian_name,
    sound_key,
    south_slavic_name,
    to_english,
)
from lib.ids import slug

LOCATIVE = {"в", "во", "на", "из", "под", "около", "близ", "возле", "вблизи", "через", "над"}
LABELS = {"name": None, "demonym": "NORP", "capital": "GPE", "seat": "FAC"}
TYPE_LABEL = {"person": "PERSON", "country": "GPE", "org": "ORG", "location": "LOC"}
NER_TYPE = {"PER": "person", "LOC": "location", "ORG": "org"}
_NOMINATIVE = {"nomn"}
# Words before an office that make the phrase another person's: a deputy, an aide, a
# spokesman of the holder, or a former holder ("заместитель госсекретаря США", "помощник
# президента", "бывший генсек НАТО").
NOT_THE_HOLDER = {
    "заместитель",
    "замглавы",
    "зам",
    "помощник",
    "советник",
    "представитель",
    "пресс-секретарь",
    "спикер",
    "бывший",
    "экс",
    "прежний",
    "предыдущий",
    "будущий",
    "жена",
    "супруга",
    "сын",
    "дочь",
    "брат",
    "вдова",
    "кандидат",
    "преемник",
    "предшественник",
    "аппарат",
    "администрация",
    "канцелярия",
    "офис",
    "резиденция",
    # an office named in a generic phrase is not its holder ("выборы президента России")
    "выборы",
    "пост",
    "должность",
    "кресло",
}
# A capital followed by these ("Вашингтон, округ Колумбия") is the city; the name after them
# names no country.
DIVISION = {"округ", "штат", "провинция", "область", "графство", "департамент", "кантон"}
# Bodies a Russian text names by a common noun alone, as the English text does by "Senate":
# the English gazetteer's entity of that bare name, kept where the article names its country.
BARE_BODIES = {("сенат",): "Senate", ("конгресс",): "Congress"}
# Grammemes of a proper name: a one-word NER organisation pymorphy3 knows with none of them
# is a common word ("Посольство", "Сегодня"), not a name.
PROPER = {"Orgn", "Geox", "Name", "Surn", "Patr", "Abbr", "Trad", "LATN", "UNKN"}
_CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ей|а|я|у|ю|е)$")
# Abbreviations of common nouns the NER takes for organisations: the media, GDP, air defence.
COMMON_ABBREVIATIONS = {"сми", "ввп", "пво", "про", "нко", "вуз"}
# "Балтийского батальона (Baltbat)": the name in Latin letters the Russian text gives after an
# organisation's, which is the English press's name for it.
_BODY_HEADS = {key[0] for key in NATIONAL_BODIES}  # a body's first lemma: the rest is looked up
_LATIN_NAME = re.compile(r"^\s*\(\s*([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)\s*\)")
# Lemmas before an outlet cited as the source ("передает ВВС", "со ссылкой на ВВС"): there
# "ВВС", in the Cyrillic letters that look like "BBC", is the BBC, not an air force.
REPORTED_BY = {"передавать", "сообщать", "писать", "сообщить", "передать", "написать",
               "цитировать", "на", "данные", "эфир", "интервью", "корреспондент"}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """One mention, in the columns of the English side's mentions table (docs/data.md),
    plus the Russian normal form it was linked by."""

    start: int
    end: int
    surface: str
    sentence_id: int
    section: str
    entity_id: str
    type: str  # person | country | org | location
    kind: str  # name | demonym | capital | seat | title | reference
    name: str  # canonical (English) name
    label: str  # PERSON, GPE, NORP, FAC, LOC, ORG, ROLE, ORGREF
    normal: str  # Russian normal form: "Владимир Путин", "Россия", "НАТО"
    role: str | None = None
    code: str | None = None
    # How the surface reached its entity, as on the English side (docs/data.md, mentions.link).
    link: str = "text"
    linked_from: str | None = None


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    start: int
    end: int
    section: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class _Match:
    first: int  # token indexes in the sentence, end exclusive
    last: int
    alias: Alias | None = None
    role: str | None = None
    reference: str | None = None
    body: tuple[str, tuple[str, ...]] | None = None  # (country id, NATIONAL_BODIES key)


def _allowed(tokens: Sequence[Token], key_len: int, alias: Alias | None) -> bool:
    """One-word names, capitals and seats are written with a capital ("Грузия", not
    "грузия"); abbreviations in capitals ("США")."""
    if alias is None or key_len > 1 or alias.kind in ("demonym", "reference") or alias.lowercase:
        return True
    return tokens[0].is_capitalised and not _pronoun(tokens[0].text)


def _pronoun(word: str) -> bool:
    """'Те', 'Том' (as 'о том'): a form of a pronoun, never a one-word name whose lemma it
    shares ('Того', Togo)."""
    found = parses(word.lower())
    return bool(found) and (found[0].tag.POS == "NPRO" or "Apro" in found[0].tag.grammemes)


def _plural_title(tokens: Sequence[Token], hit: _Match) -> bool:
    """'на уровне глав МИД': a role's head word only in the plural speaks of many holders,
    not of the one the role names."""
    nouns = [p for p in parses(tokens[hit.first].text.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("plur" in p.tag.grammemes for p in nouns)


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.&'-]*$")
# Particles inside European titles ("Bild am Sonntag", "Corriere della Sera").
NAME_PARTICLES = {"am", "an", "de", "der", "des", "della", "del", "di", "du", "la", "le", "of",
                  "the", "und", "van", "von", "zu"}  # fmt: skip


def _latin_name_goes_on(tokens: Sequence[Token], hit: _Match) -> bool:
    """A name in Latin letters that a Latin title particle or another capitalised Latin word
    after it continues ("TRT Haber" is not TRT World)."""
    last, after = tokens[hit.last - 1], tokens[hit.last] if hit.last < len(tokens) else None
    return (
        after is not None
        and _LATIN_WORD.match(last.text) is not None
        and (
            after.text in NAME_PARTICLES
            or (_LATIN_WORD.match(after.text) is not None and after.text[:1].isupper())
        )
        and after.start == last.end + 1
    )


def gazetteer_matches(
    tokens: Sequence[Token], gaz: RussianGazetteer, *, roles: bool = True
) -> list[_Match]:
    """Longest gazetteer phrases of one sentence, left to right, never overlapping (with
    `roles=False`, the names inside a role phrase: "НАТО" in "генсек НАТО")."""
    lemmas = [t.lemma for t in tokens]
    found: list[_Match] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(gaz.max_len, len(tokens) - i), 0, -1):
            key = tuple(lemmas[i : i + n])
            alias, role = gaz.aliases.get(key), gaz.roles.get(key) if roles else None
            if alias is not None and _allowed(tokens[i : i + n], n, alias):
                hit = _Match(i, i + n, alias=alias)
            elif role is not None:
                hit = _Match(i, i + n, role=role)
            elif key in gaz.references:
                hit = _Match(i, i + n, reference=gaz.references[key])
            if hit:
                break
        body = lemmas[i] in _BODY_HEADS and next(
            (
                n
                for n in (3, 2, 1)
                if i + n <= len(lemmas) and tuple(lemmas[i : i + n]) in NATIONAL_BODIES
            ),
            0,
        )
        if body and (hit is None or (hit.alias is not None and hit.last - hit.first == body)):
            hit = _national_body(i, body, tokens, lemmas, found, gaz) or hit
        if hit and hit.alias is not None and _latin_name_goes_on(tokens, hit):
            hit = None  # "Bild am Sonntag": a longer Latin name than the one known
        if hit and hit.alias is not None and i > 0 and lemmas[i - 1] in DIVISION:
            hit = None  # "округ Колумбия": a division's name, not the country's
        if hit and _foreign_office(hit, tokens, lemmas, gaz):
            hit = None  # "глава МИД Турции": not Russia's ministry or minister
        if hit and hit.role is not None and i > 0 and lemmas[i - 1] in NOT_THE_HOLDER:
            hit = None  # "заместитель госсекретаря": the deputy, not the secretary
        if hit and hit.role is not None and _plural_title(tokens, hit):
            i = hit.last  # "главы МИД стран НАТО": many ministers and ministries, none named
            continue
        if hit:
            found.append(hit)
            i = hit.last
        else:
            i += 1
    return found


def _national_body(
    i: int, n: int, tokens: Sequence[Token], lemmas: Sequence[str], found: list[_Match], gaz
) -> _Match | None:
    """A state's body written by its word or words (NATIONAL_BODIES, `n` tokens at `i`) with
    the state's name after it ("МИД Македонии", "Министерства обороны Латвии") or its demonym
    before it ("турецкими ВВС", "украинского МИДа"): that state's body. "ВВС" cited as a
    source ("передает ВВС") is the BBC."""
    if not tokens[i].is_capitalised:
        return None
    body = tuple(lemmas[i : i + n])
    for k in (3, 2, 1):
        state = gaz.aliases.get(tuple(lemmas[i + n : i + n + k]))
        if state is not None and state.entity_id.startswith("country:") and state.kind == "name":
            return _Match(i, i + n, body=(state.entity_id, body))
    before = found[-1] if found and found[-1].last == i else None
    if before is not None and before.alias is not None and before.alias.kind == "demonym":
        return _Match(i, i + n, body=(before.alias.entity_id, body))
    if lemmas[i] == "ввс" and i > 0 and lemmas[i - 1] in REPORTED_BY and "org:bbc" in gaz.entities:
        return _Match(i, i + 1, alias=Alias("org:bbc", "name"))
    return None


def _body_entity(body: tuple[str, tuple[str, ...]], gaz: RussianGazetteer) -> Entity:
    """The organisation a file names for that state and body, else the English side's id of
    '<demonym> <body>' ("Macedonian Foreign Ministry": org:macedonian-foreign-ministry)."""
    state, word = body
    known = gaz.national_bodies.get(body)
    if known is not None:
        return gaz.entities[known]
    country = gaz.entities[state]
    name = f"{gaz.demonyms.get(state, country.name)} {NATIONAL_BODIES[word]}"
    return Entity(f"org:{slug(name)}", "org", name, country.code)


def _foreign_office(hit: _Match, tokens, lemmas, gaz: RussianGazetteer) -> bool:
    """A Russian body or office written bare ("МИД", "глава МИД") but followed by another
    country's name in the genitive belongs to that country."""
    bare = (hit.role is not None) or (
        hit.alias is not None
        and hit.alias.kind == "name"
        and hit.alias.entity_id.startswith("org:")
        and hit.last - hit.first == 1
        and gaz.entities[hit.alias.entity_id].code == "RUS"
    )
    if not bare or hit.last >= len(tokens):
        return False
    following = tokens[hit.last].text if tokens[hit.last] is not None else ""
    if following[:1].islower() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(following)[:1]
    ):
        return True  # "глава МИД страны", "МИД республики"
    for n in (3, 2, 1):
        nxt = gaz.aliases.get(tuple(lemmas[hit.last : hit.last + n]))
        if nxt is not None and nxt.entity_id.startswith("country:") and nxt.kind == "name":
            return True
    return False


def inflect_nominative(words: Sequence[str], *, person: bool) -> str:
    """'Владимиром Путиным' -> 'Владимир Путин'; 'Министерства обороны Турции' ->
    'Министерство обороны Турции' (a person's every word; else up to the first noun)."""
    if person and (agreed := _agreed_name(words)) is not None:
        return agreed
    out = []
    head_done = False
    woman = person and _indeclinable_woman(words)
    for i, word in enumerate(words):
        if head_done or not word.isalpha():
            out.append(word)
            continue
        if woman and i == len(words) - 1:
            out.append(word)  # her surname does not decline: as written is the nominative
            continue
        found = list(parses(word))
        if person:
            named = [p for p in found if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
            found = named or found
            if woman:
                found = sorted(found, key=lambda p: p.tag.gender != "femn")
        form = found[0].inflect(_NOMINATIVE) if found[0].tag.case else None
        text = form.word if form else word
        out.append(_recase(text, word))
        if not person and found[0].tag.POS == "NOUN":
            head_done = True
    return " ".join(out)


_NAME_TAGS = {"Name", "Surn", "Patr"}


def _agreed_name(words: Sequence[str]) -> str | None:
    """A given name and the words after it (patronymic, surname) put in the nominative
    together: the given name's parses (pymorphy3's `Name`) tell the gender and the case, and
    every other word is read in that gender and case, by its `Surn`/`Patr`/`Name` parse
    first ("Константина Мурахтина" -> "Константин Мурахтин", not the woman's "Мурахтина";
    "Томасом Шэнноном" -> "Томас Шэннон"). A hyphenated given name agrees part by part
    ("Франком-Вальтером"). None where the first word is no given name, or no reading fits
    every word."""
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words[:1]):
        return None
    if _indeclinable_woman(words):
        return None  # "Юлию Скрипаль": the older rule knows her surname stays as written
    given = [
        p for part in words[0].split("-") for p in parses(part.lower()) if "Name" in p.tag.grammemes
    ]
    if not given:  # a foreign given name out of the dictionary ("Митчу"): its noun guesses
        given = [
            p
            for p in parses(words[0].split("-")[0].lower())
            if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.gender in ("masc", "femn")
        ]
    readings = []
    for p in given:
        key = (p.tag.gender, p.tag.case)
        if p.tag.case and key not in readings:
            readings.append(key)
    if given and not any(p.is_known for p in given):
        # a foreign man's name in -а declines as a woman's ("Николой Димитровым"): the guess
        # says femn, the surname may say masc
        readings = [
            r for g, c in readings for r in ((g, c), ("masc", c))[: 2 if g == "femn" else 1]
        ]
        readings = list(dict.fromkeys(readings))
    for gender, case in readings:
        out = []
        for word in words:
            if not word.replace("-", "").isalpha():
                out.append(word)
                continue
            parts = [_part_nominative(part, gender, case) for part in word.split("-")]
            if any(x is None for x in parts):
                break
            out.append(
                "-".join(_recase(x, part) for x, part in zip(parts, word.split("-"), strict=True))
            )
        else:
            return " ".join(out)
    return None


def _part_nominative(word: str, gender: str | None, case: str) -> str | None:
    """One word of a name in the nominative, read in the given gender and case (an
    indeclinable "Келли" as it is); None where no parse of it fits."""
    if word.isupper() and len(word) > 1:
        return word  # "II", an abbreviation
    found = [
        p
        for p in parses(word.lower())
        if (p.tag.case == case and p.tag.number != "plur") or "Fixd" in p.tag.grammemes
    ]
    fits = [
        p for p in found if p.tag.gender is None or {gender, "ms-f"} & set(p.tag.grammemes) - {None}
    ]
    if not fits:
        declined = any("Surn" in p.tag.grammemes and p.is_known for p in found) or (
            len(word) > 4 and _MAN_INSTRUMENTAL.search(word.lower()) is not None
        )  # "Димитровым", "Стояновым": a man's case, not a woman's indeclinable surname
        if case == "nomn" or (
            gender == "femn" and word[-1:].lower() not in set("аяеёоиуыэюй") and not declined
        ):
            return word  # a woman's surname in a consonant or "ь" does not decline
        return _strip_ending(word, gender, case)
    fits.sort(
        key=lambda p: (
            p.tag.number == "plur",
            not (_NAME_TAGS & set(p.tag.grammemes)),
            p.tag.POS != "NOUN",
        )
    )
    best = fits[0]
    if "Fixd" in best.tag.grammemes:
        return word
    form = best.inflect({"nomn", gender} if best.tag.POS == "ADJF" and gender else _NOMINATIVE)
    return form.word if form else None


_MAN_INSTRUMENTAL = re.compile(r"(?:[ое]вым|[иы]ным|ским|цким)$")
_MAN_ENDINGS = {  # a foreign man's name out of the dictionary: case ending -> nominative
    "gent": (("я", "ь"), ("а", ""), ("ы", "а")),  # "Николы": Никола, a man's name in -а
    "accs": (("я", "ь"), ("а", ""), ("у", "а")),
    "datv": (("ю", "ь"), ("у", ""), ("е", "а")),
    "ablt": (("ем", "ь"), ("ом", ""), ("ой", "а")),
}


def _strip_ending(word: str, gender: str | None, case: str) -> str | None:
    """ "Скрипаля" (a man's, genitive) -> "Скрипаль": the ending of a declined foreign
    surname pymorphy3 does not know, taken off by the case the given name shows."""
    if gender != "masc":
        return None
    for ending, nominative in _MAN_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return None


def _indeclinable_woman(words: Sequence[str]) -> bool:
    """A given name out of the nominative that may be a man's or a woman's ("Юлию": Юлий's
    dative or Юлия's accusative) before a surname ending in a consonant or "ь" ("Скрипаль"),
    which declines for a man only: a woman ("Юлию Скрипаль" is Юлия Скрипаль)."""
    if len(words) < 2 or words[-1][-1:].lower() in set("аяеёоиуыэюй") or not words[-1].isalpha():
        return False
    given = [p for p in parses(words[0]) if "Name" in p.tag.grammemes]
    return len({p.tag.gender for p in given}) > 1 and not any(p.tag.case == "nomn" for p in given)


def _recase(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


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
            if key[:1] == surname[:1] and fuzz.ratio(key, surname) >= 85:
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


def family_given_names(
    mentions: list[Mention], gaz: RussianGazetteer, text: str | None = None
) -> list[Mention]:
    """A given name alone ("его дочь Юлию") is the gazetteer person of that given name whose
    family a person named in the same sentence belongs to (same surname): Yulia Skripal,
    beside "Скрипаля". A given name joined by "и" to a full name ("Сергей и Юлия
    Скрипаль") shares that name's surname, whoever else the sentence names."""
    linked = [m for m in mentions if m.type == "person" and m.entity_id in gaz.entities]
    out = []
    for m in mentions:
        if (
            m.type == "person"
            and " " not in m.normal
            and m.entity_id not in gaz.entities
            and any("Name" in p.tag.grammemes for p in parses(m.normal.lower()))
        ):
            partner = _coordinated_full_name(m, linked, text)
            family = {
                name_key(gaz.entities[o.entity_id].name.split()[-1])
                for o in ([partner] if partner else linked)
                if o.sentence_id == m.sentence_id
            }
            given = name_key(m.normal)
            relatives = {
                pid
                for key in family
                for pid in gaz.surname_keys.get(key, ())
                if any(fuzz.ratio(given, g) >= 60 for g in gaz.given_keys.get(pid, ()))
            }
            if len(relatives) == 1:
                target = gaz.entities[next(iter(relatives))]
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out


_AND = re.compile(r"^\s*(?:и|или|,)\s*$")


def _coordinated_full_name(m: Mention, linked: list[Mention], text: str | None) -> Mention | None:
    """The full name a given name is joined to by "и" ("Сергей и Юлия Скрипаль")."""
    if text is None:
        return None
    after = [o for o in linked if o.start >= m.end and " " in o.normal]
    if not after:
        return None
    nearest = min(after, key=lambda o: o.start)
    return nearest if _AND.match(text[m.end : nearest.start]) else None


def _entity_for_ner(
    label: str, words: list[str], gaz: RussianGazetteer, after: Sequence[Token] = ()
) -> tuple[Entity | None, str]:
    """The entity and normal form of a NER span no gazetteer phrase covers (None for a bare
    Russian body that another country's name follows: "МИД" in "МИД Турции")."""
    entity_type = NER_TYPE[label]
    normal = inflect_nominative(words, person=entity_type == "person")
    alias = gaz.aliases.get(phrase_key(normal))
    if entity_type == "org" and alias is None:
        bare = BARE_BODIES.get(phrase_key(normal))
        english = gaz.english.names.get(bare) if bare else None
        if english is not None and english[0] in gaz.entities:
            return gaz.entities[english[0]], normal  # kept only where its country is named
        if all(_common_word(w) for w in words if w.isalpha()):
            return None, normal  # "Посольство", "Новости Политики": common words, no name
        if phrase_key(normal) in NATIONAL_BODIES or (
            len(words) == 1 and words[0].lower() in COMMON_ABBREVIATIONS
        ):
            return None, normal  # "ВВС" of no state named: whose air force is not said
    if alias is not None and alias.kind == "name":
        if entity_type == "org" and after:
            probe = _Match(0, len(words), alias=alias)
            lemmas = [phrase_key(w)[0] for w in words] + [t.lemma for t in after[:3]]
            if _foreign_office(probe, [None] * len(words) + list(after[:3]), lemmas, gaz):
                return None, normal
        return gaz.entities[alias.entity_id], normal
    if entity_type == "person":
        person = link_person(normal.split(), gaz)
        if person:
            return gaz.entities[person], normal
    latin = to_english(normal)
    if entity_type == "person":  # "Вальтер" -> "Walter"; "Александр" as the gazetteer pairs it
        latin = english_name(normal, gaz.given_names)
    return Entity(f"{entity_type}:{slug(latin)}", entity_type, latin), normal


def _in_guillemets(text: str, start: int, end: int) -> bool:
    """A span written between « and » (spaces aside)."""
    return text[:start].rstrip().endswith("«") and text[end:].lstrip().startswith("»")


def _common_word(word: str) -> bool:
    """A word pymorphy3 knows only as a common word, never a proper name or abbreviation."""
    found = parses(word.lower())
    return bool(found) and all(p.is_known and not (PROPER & p.tag.grammemes) for p in found)


def _mention(
    entity: Entity,
    kind: str,
    label: str,
    start: int,
    end: int,
    text: str,
    sentence: Sentence,
    normal: str,
    role: str | None = None,
) -> Mention:
    return Mention(start, end, text[start:end], sentence.sentence_id, sentence.section,
                   entity.entity_id, entity.type, kind, entity.name, label, normal, role,
                   entity.code)  # fmt: skip


def _alias_mention(m: _Match, sentence: Sentence, text: str, gaz: RussianGazetteer) -> Mention:
    tokens = sentence.tokens
    start, end = tokens[m.first].start, tokens[m.last - 1].end
    entity, kind = gaz.entities[m.alias.entity_id], m.alias.kind
    words = [t.text for t in tokens[m.first : m.last]]
    normal = (
        inflect_nominative(words, person=entity.type == "person")
        if entity.type != "country"
        else " ".join(words)
    )
    label = LABELS.get(kind) or TYPE_LABEL[entity.type]
    before = tokens[m.first - 1].lemma if m.first > 0 else ""
    after = [t.lemma for t in tokens[m.last : m.last + 2]]
    divided = len(after) == 2 and after[0] == "," and after[1] in DIVISION
    # a "place" is the city whatever its use: "официальный Брюссель" speaks for NATO or the
    # EU there, never for Belgium
    if kind == "place" or (kind in ("capital", "seat") and (before in LOCATIVE or divided)):
        place = m.alias.place or to_english(normal)
        entity = Entity(f"location:{slug(place)}", "location", place, entity.code)
        kind, label = "name", "LOC"
    return _mention(entity, kind, label, start, end, text, sentence, normal)


def _countries_within(
    m: _Match, sentence: Sentence, text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The country an organisation's name names ("МИД Германии", "ВМС Украины"): the reader
    finds Germany named too, as in a role phrase). Only the organisation's own country: "Совет
    Россия — НАТО" is no body of Russia's."""
    if not m.alias.entity_id.startswith("org:") or m.last - m.first < 2:
        return []
    own = gaz.entities[m.alias.entity_id].code
    inner = gazetteer_matches(sentence.tokens[m.first + 1 : m.last], gaz, roles=False)
    shifted = [replace(x, first=x.first + m.first + 1, last=x.last + m.first + 1) for x in inner]
    return [
        _alias_mention(x, sentence, text, gaz)
        for x in shifted
        if x.alias is not None and own and x.alias.entity_id == f"country:{own}"
    ]


def sentence_mentions(
    sentence: Sentence, ner: Sequence[NERSpan], text: str, gaz: RussianGazetteer
) -> tuple[list[Mention], list[tuple[_Match, Sentence]], list[tuple[_Match, Sentence]]]:
    """Named mentions of one sentence, and its role phrases and references (resolved later,
    once the whole article is read)."""
    tokens = sentence.tokens
    matches = gazetteer_matches(tokens, gaz)
    mentions: list[Mention] = []
    roles, references = [], []
    covered: list[tuple[int, int]] = []
    for m in matches:
        if m.body is not None:
            start, end = tokens[m.first].start, tokens[m.last - 1].end
            entity = _body_entity(m.body, gaz)
            mentions.append(
                _mention(entity, "name", "ORG", start, end, text, sentence, text[start:end])
            )
        elif m.alias is not None:
            mentions.append(_alias_mention(m, sentence, text, gaz))
            mentions += _countries_within(m, sentence, text, gaz)
        elif m.role is not None:
            roles.append((m, sentence))
            inner = gazetteer_matches(tokens[m.first : m.last], gaz, roles=False)
            shifted = [replace(x, first=x.first + m.first, last=x.last + m.first) for x in inner]
            mentions += [_alias_mention(x, sentence, text, gaz) for x in shifted if x.alias]
        else:
            references.append((m, sentence))
    covered = [(m.start, m.end) for m in mentions]
    covered += [(sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end) for m, _ in roles]
    for span in ner:
        if span.label not in NER_TYPE or not (sentence.start <= span.start < sentence.end):
            continue
        words = [t.text for t in tokens if span.start <= t.start and t.end <= span.end]
        if (
            not words
            or not any(w[:1].isupper() for w in words)
            or any(c.isdigit() for c in "".join(words))
        ):
            continue
        if span.label == "PER":
            mentions = _widen_person(span, mentions, text, gaz)
            covered = [(m.start, m.end) for m in mentions] + covered[len(covered) :]
        if any(span.start < e and s < span.end for s, e in covered):
            continue  # the gazetteer knows better (longest, known phrase)
        before = [t.lemma for t in tokens if t.end <= span.start][-1:]
        if before and before[0] in DIVISION:
            continue  # "округ Колумбия"
        after = [t for t in tokens if t.start >= span.end]
        entity, normal = _entity_for_ner(span.label, words, gaz, after)
        if entity is None:
            continue
        if span.label == "PER" and _in_guillemets(text, span.start, span.end):
            continue  # «Гарри Трумэн», «Дональд Кук»: a ship or a title named after a person
        if entity.type == "org" and entity.entity_id not in gaz.entities:
            latin = _LATIN_NAME.match(text[span.end : span.end + 64]) or re.search(
                r"\(\s*([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)\s*\)$", text[span.start : span.end]
            )
            if latin:
                entity = Entity(f"org:{slug(latin[1])}", "org", latin[1])
        label = TYPE_LABEL[entity.type]
        mentions.append(
            _mention(entity, "name", label, span.start, span.end, text, sentence, normal)
        )
        covered.append((span.start, span.end))
    for i, token in enumerate(tokens):  # "лидеры сената": a bare body in lower case too
        bare = BARE_BODIES.get((token.lemma,))
        english = gaz.english.names.get(bare) if bare else None
        if english is None or any(token.start < e and s < token.end for s, e in covered):
            continue
        following = gaz.aliases.get((tokens[i + 1].lemma,)) if i + 1 < len(tokens) else None
        if following is not None and following.entity_id.startswith("country:"):
            continue  # "сенат Польши": another country's
        entity = gaz.entities[english[0]]
        mentions.append(
            _mention(entity, "name", "ORG", token.start, token.end, text, sentence,
                     token.lemma.capitalize())
        )  # fmt: skip
        covered.append((token.start, token.end))
    return mentions, roles, references


def keep_named_bodies(
    mentions: list[Mention], gaz: RussianGazetteer, not_bodies: frozenset = frozenset()
) -> list[Mention]:
    """The article's organisation mentions less the bare bodies ("Сенат") of a country the
    article does not name, and less the NER's organisations that are a knowledge-base
    event's one-word name (`not_bodies`: "ДРСМД" is a treaty)."""
    countries = {m.entity_id.split(":", 1)[1] for m in mentions if m.type == "country"}
    out = []
    for m in mentions:
        key = phrase_key(m.normal) if m.normal else ()
        if (
            m.type == "org"
            and key in BARE_BODIES
            and gaz.entities[m.entity_id].code not in countries
        ):
            continue
        if m.type == "org" and m.entity_id not in gaz.entities and key in not_bodies:
            continue
        out.append(m)
    return out


# How many sentences before a bare body the state it belongs to may be named ("Президент Турции
# созвал Совбез. Об этом сообщает Reuters. На встрече присутствует глава Генштаба").
BODY_CONTEXT = 2
# A bare body that speaks ("Минобороны сообщило", "в Генштабе заявили", "по данным МИД") is the
# Russian press's own source, Russia's, whatever state the sentence before names.
SPEAKING = frozenset({
    "заявить", "заявлять", "сообщить", "сообщать", "говорить", "сказать", "отметить",
    "утверждать", "подчеркнуть", "опровергнуть", "уточнить", "рассказать", "информировать",
    "объявить", "данные", "слово",
})  # fmt: skip


def bodies_of_the_named_state(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """A state's body written bare ("Генштаб", "консультации с генштабом"), with no state
    beside it, is the body of the one state the nearest sentence naming states names (this
    one or up to BODY_CONTEXT before it), when that is not Russia; two states named, or
    Russia, or none: Russian news's own bare body stays Russia's, a lower-case one nothing.
    A body that speaks (SPEAKING within two words) stays Russia's."""
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.type == "country" and m.kind == "name":
            named.setdefault(m.sentence_id, set()).add(m.entity_id)

    def state(sentence_id: int) -> str | None:
        for back in range(BODY_CONTEXT + 1):
            countries = named.get(sentence_id - back)
            if countries:
                one = next(iter(countries))
                return one if len(countries) == 1 and one != "country:RUS" else None
        return None

    by_id = {s.sentence_id: s for s in sentences}

    def speaks(sentence_id: int, start: int, end: int) -> bool:
        tokens = by_id[sentence_id].tokens if sentence_id in by_id else ()
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
        near = tokens[max(0, first - 2) : first] + tokens[last : last + 2]
        return any(t.lemma in SPEAKING for t in near)

    out = []
    for m in mentions:
        key = phrase_key(m.surface)
        if (
            m.type == "org"
            and m.code == "RUS"
            and key in NATIONAL_BODIES
            and not speaks(m.sentence_id, m.start, m.end)
        ):
            country = state(m.sentence_id)
            if country is not None:
                entity = _body_entity((country, key), gaz)
                m = replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)
        out.append(m)
    for sentence in sentences:
        country = state(sentence.sentence_id)
        if country is None:
            continue
        for token in sentence.tokens:
            if (
                (token.lemma,) in NATIONAL_BODIES
                and token.text[:1].islower()
                and not speaks(sentence.sentence_id, token.start, token.end)
                and not any(m.start < token.end and token.start < m.end for m in out)
            ):
                entity = _body_entity((country, (token.lemma,)), gaz)
                out.append(
                    _mention(entity, "name", "ORG", token.start, token.end, text, sentence,
                             token.lemma.capitalize())
                )  # fmt: skip
    return sorted(out, key=lambda m: (m.start, m.end))


# Countries whose people's names Russian writes by sound from a Latin (or Serbian Cyrillic)
# spelling the English press keeps: a person named beside one of them is written back.
SOUTH_SLAVIC = {"MNE", "SRB", "HRV", "BIH", "SVN", "MKD", "XKX"}


def _russian_given_name(word: str) -> bool:
    """A given name pymorphy3's dictionary holds ("Мария"), not "Миливое" or "Игор"."""
    return any("Name" in p.tag.grammemes and p.is_known for p in parses(word.lower()))


def _sentences_naming(mentions: list[Mention], codes: set[str]) -> set[int]:
    """The sentences that name one of these countries (ISO alpha-3)."""
    return {
        m.sentence_id
        for m in mentions
        if m.type == "country" and m.entity_id.split(":", 1)[1] in codes
    }


def _renamed(mentions: list[Mention], renamed: dict[str, Entity]) -> list[Mention]:
    """Every mention of a renamed entity as the entity it became."""
    return [
        replace(m, entity_id=renamed[m.entity_id].entity_id, name=renamed[m.entity_id].name)
        if m.entity_id in renamed
        else m
        for m in mentions
    ]


def south_slavic_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """People the gazetteer does not know, named in a sentence that names a South Slavic
    country (or its people), written back in their own Latin: "прокурор Черногории Миливое
    Катнич" is Milivoje Katnić (person:milivoje-katnic), as the English press has him; every
    mention of that person follows. Only a surname in "-ич" or a given name out of the Russian
    dictionary: "российский эксперт … Мария Третьякова" stays Russian."""
    slavic_sentences = _sentences_naming(mentions, SOUTH_SLAVIC)
    renamed: dict[str, Entity] = {}
    for m in mentions:
        if (
            m.type == "person"
            and m.sentence_id in slavic_sentences
            and m.entity_id not in gaz.entities
            and " " in m.normal
            and m.entity_id not in renamed
            and (m.normal.endswith("ич") or not _russian_given_name(m.normal.split()[0]))
        ):
            latin = south_slavic_name(m.normal)
            renamed[m.entity_id] = Entity(f"person:{slug(latin)}", "person", latin)
    return _renamed(mentions, renamed)


# Countries whose people Russian writes by sound from their Romanian spelling.
ROMANIAN = {"ROU", "MDA"}


def romanian_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A person the gazetteer did not link, named in a sentence that names Romania or Moldova,
    is written back in Romanian ("премьер-министр Румынии Дачиан Чолош": Dacian Ciolos), the
    gazetteer's person of that name if it holds one; a Russian given name ("посол Валерий
    Кузьмин") stays as found."""
    sentences = _sentences_naming(mentions, ROMANIAN)
    renamed: dict[str, Entity] = {}
    for m in mentions:
        if (
            m.type == "person"
            and m.sentence_id in sentences
            and m.entity_id not in gaz.entities
            and " " in m.normal
        ):
            latin = romanian_name(m.normal)
            known = f"person:{slug(latin)}"
            if known in gaz.entities:
                renamed[m.entity_id] = gaz.entities[known]
            elif not _russian_given_name(m.normal.split()[0]):
                renamed[m.entity_id] = Entity(known, "person", latin)
    return _renamed(mentions, renamed)


def _widen_person(
    span: NERSpan, mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """A full name the model found around a gazetteer surname ("Реджепа Тайипа Эрдогана"
    around "Эрдогана") is one mention of that person, over the full name. A Russian given
    name that is not the person's ("Василия Чижова", the envoy's son, beside Vladimir Chizhov)
    makes it someone else: the surname's mention is dropped and the full name is read alone."""
    inside = [
        m for m in mentions if m.type == "person" and span.start <= m.start and m.end <= span.end
    ]
    if len(inside) != 1 or (inside[0].start, inside[0].end) == (span.start, span.end):
        return mentions
    words = text[span.start : span.end].split()
    if inside[0].start > span.start and _other_given_name(words, inside[0].entity_id, gaz):
        return [m for m in mentions if m is not inside[0]]
    wide = replace(inside[0], start=span.start, end=span.end, surface=text[span.start : span.end])
    return [wide if m is inside[0] else m for m in mentions]


def _other_given_name(words: Sequence[str], pid: str, gaz: RussianGazetteer) -> bool:
    """The first of `words` is a given name of the Russian dictionary that fits none of the
    person's given names, by spelling or by sound."""
    if len(words) < 2 or not gaz.given_keys.get(pid):
        return False
    given = inflect_nominative(words, person=True).split()[0]
    if not _russian_given_name(given):
        return False
    key, sound = name_key(given), sound_key(given)
    return not any(fuzz.ratio(key, g) >= 60 for g in gaz.given_keys[pid]) and not any(
        fuzz.ratio(sound, g) >= 80 for g in gaz.given_sounds.get(pid, ())
    )


def merge_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """A surname alone ("Столтенберг", "Воронченко") is the person named in full in the same
    article with that surname; where two are ("Сергей и Юлия Скрипаль" aside), the one named
    last before it, as the English side reads a lone surname (lib.engine.entities)."""
    full: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.normal:
            full.setdefault(name_key(m.normal.split()[-1]), []).append(m)
    out = []
    for m in mentions:
        if m.type == "person" and " " not in m.normal:
            same = full.get(name_key(m.normal), [])
            people = {o.entity_id for o in same}
            before = [o for o in same if o.start < m.start]
            if len(people) > 1 and before and m.entity_id not in people:  # linked already
                same = [max(before, key=lambda o: o.start)]
                people = {same[0].entity_id}
            if len(people) == 1 and m.entity_id not in people:
                target = same[0]
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out


def resolve_titles(
    mentions: list[Mention],
    roles: list[tuple[_Match, Sentence]],
    references: list[tuple[_Match, Sentence]],
    text: str,
    gaz: RussianGazetteer,
    published: date | None,
) -> list[Mention]:
    """Role phrases: written just before a person's name, they are that mention's role;
    alone ("генсек НАТО заявил"), they are a mention of the holder on the publication day.
    References ("альянс") count where their organisation is named in the article."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    out = list(mentions)
    for m, sentence in roles:
        start, end = sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end
        phrase = text[start:end]
        after = next((p for p in people if p.start >= end), None)
        if after is not None and not text[end : after.start].strip(" ,"):
            out[out.index(after)] = replace(after, role=m.role)
            continue
        holders = gaz.holders(m.role, published)
        if published is None:  # undated: the role's holder the article names, if one
            ever = {s.person_id for s in gaz.english.role_spells if s.role == m.role}
            named_holders = sorted(ever & {p.entity_id for p in people})
            holders = named_holders if len(named_holders) == 1 else holders
        if len(holders) == 1:
            entity = gaz.entities[holders[0]]
            out.append(
                _mention(entity, "title", "ROLE", start, end, text, sentence, phrase, m.role)
            )
    named = {m.entity_id for m in out if m.kind == "name"}
    for m, sentence in references:
        if m.reference in named:
            start, end = sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end
            entity = gaz.entities[m.reference]
            out.append(
                _mention(entity, "reference", "ORGREF", start, end, text, sentence, text[start:end])
            )
    return sorted(out, key=lambda x: (x.start, x.end, x.entity_id))
