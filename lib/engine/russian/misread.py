"""Common words and phrases of Russian news that the NER or the gazetteer reads as names, and
what they are, in one sentence's mentions:

- a name inside the quoted name of an operation, an exercise or a mission (or any quoted name
  closed by a year: "«Запад – 2017»"), or inside the Latin name in brackets after it ("операции «Морской страж» (Sea Guardian)"): part of that
  name, no newspaper Guardian;
- a port named by its city's adjective ("Керченского морпорта", "в Одесском порту"): the city;
- the items of a list after "полигоны" ("полигоны Лепельский, Ружанский и Доманово"): ranges,
  places, never people;
- a body's name written in lower case and in the plural ("военнослужащие союзных
  государств"): the states of an alliance, not the Union State, whose name is capitalised
  and singular; names whose head is plural ("Вооруженные силы") aside;
- a treaty's abbreviation ("ДРСМД", "ДОН") or its bare noun capitalised ("выход из
  Договора"): a treaty, no place and no body;
- a ship's name after its noun or its class ("малый ракетный корабль «Орехово-Зуево»",
  "малый ракетный «Орехово-Зуево»", "судно «Иван Хурс»") or a navy's prefix ("USS Donald
  Cook"): a ship, no town, no person and no body;
- a name after a poison's or a programme's noun ("программы Новичок"): no person;
- an outlet closing a bracket after a dash ("(военных кораблях.— “Ъ”)", "(Россия.— RT)"): the
  editor's mark of the outlet's own words added to a quotation, no mention;
- an abbreviation right before a known body ("ЦОС ФСБ", "ДИП МИД России"): a unit of that body,
  no organisation of its own;
- a ministry's address as the subject or the source of speech ("подчеркнули на Смоленской
  площади", "на Фрунзенской набережной заявили"): the ministry, as "в Кремле заявили" is
  Russia.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import LOCATIVE, SPEAKING, Mention, Sentence
from lib.engine.russian.places import english_city
from lib.engine.russian.state_capitals import names_the_city
from lib.engine.russian.text import parses, phrase_key
from lib.engine.russian.translit import to_english
from lib.ids import slug

# Nouns whose quoted name after them is the name of one operation ("операции «Морской
# страж»", "учения «Щит Союза»", "миссии «Решительная поддержка»").
OPERATIONS = {"операция", "учение", "учения", "маневры", "манёвры", "миссия", "программа"}
_QUOTED_NAME = re.compile(r"\s*[«\"“„][^«»\"“”„\n]{2,60}[»\"”“](?:\s*\([^()\n]{2,60}\))?")
PORTS = {"порт", "морпорт", "морской порт", "торговый порт", "морской торговый порт"}
# Lists whose items are places named bare ("полигоны Лепельский, Борисовский и Доманово").
PLACE_LISTS = {"полигон"}
_LIST_JOINS = {",", "и", "-", "—", "–"}
# Heads of bodies' names that are plural in the name itself ("Вооруженные силы").
PLURAL_HEADS = {"сила", "войско", "войска"}
# The field's arms-control treaties by their abbreviations: "Договор о РСМД", "Договор по
# открытому небу", "ДСНВ", the CFE Treaty, the NPT, the test ban.
TREATY_ABBREVIATION = re.compile(r"^(?:Д(?:РСМД?|РМСД|С?НВ|ОН|ОВСЕ|НЯО|ВЗЯИ|ПРО)|С?НВ)$")
TREATY_NOUNS = {"договор", "соглашение", "конвенция", "протокол", "меморандум"}
# Ministries that Russian news names by their address, as it names Russia by the Kremlin.
ADDRESSES = {
    ("смоленский", "площадь"): "org:russian-foreign-ministry",
    ("фрунзенский", "набережная"): "org:russian-defence-ministry",
}


def reread(
    mentions: list[Mention], sentence: Sentence, text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """One sentence's mentions with the common words and phrases that read as names put
    right: dropped, or given the entity they stand for."""
    quoted = _operation_names(sentence, text)
    out = []
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in quoted):
            continue  # "операции «Морской страж» (Sea Guardian)": part of the operation's name
        if _lower_case_plural(m, gaz) or _treaty(m, gaz) or _ship(m, sentence, mentions):
            continue
        if _substance(m, sentence) or _editors_mark(m, text):
            continue
        if _unit_of_body(m, mentions, text, gaz):
            continue
        m = _port_city(m, sentence, text, gaz) or m
        m = _listed_place(m, sentence) or m
        m = _ministry_at(m, sentence, gaz) or m
        m = _seat_of_power(m, sentence, gaz) or m
        out.append(m)
    return out


# A quoted name closed by a year ("«Запад – 2017»", "«Кавказ-2016»"): an exercise's or an
# event's, whatever noun comes before it; the spaced dash splits it into words the year-glued
# form ("Запад-2017", one word) does not.
_YEAR_NAME = re.compile(r"[«\"“„][^«»\"“”„\n]{2,40}?\s*[-–—]?\s*(?:19|20)\d{2}[»\"”“]")


def _operation_names(sentence: Sentence, text: str) -> list[tuple[int, int]]:
    """Spans of the quoted names after an operation's noun (up to two words between:
    "операции НАТО «Морской страж»"), with their Latin names in brackets, and of the quoted
    names closed by a year."""
    spans = [m.span() for m in _YEAR_NAME.finditer(text, sentence.start, sentence.end)]
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.lemma not in OPERATIONS:
            continue
        for after in tokens[i + 1 : i + 4]:
            if after.text in '«"“„':
                found = _QUOTED_NAME.match(text, after.start, sentence.end)
                if found:
                    spans.append((found.start(), found.end()))
                break
    return spans


# Nouns of a ship, and the adjectives of a warship's class that stand for it ("малый
# ракетный «Орехово-Зуево»"): the name after them is a ship's.
SHIPS = {"эсминец", "корабль", "судно", "фрегат", "крейсер", "корвет", "подлодка", "катер",
         "танкер", "сухогруз", "авианосец", "ракетный", "разведывательный", "десантный",
         "сторожевой", "патрульный"}  # fmt: skip
_QUOTES = set('«»"“”„')
# The prefixes navies put before their ships' names (United States, Royal Navy and
# Commonwealth, Netherlands, Turkey, Poland), which the Russian press keeps in Latin.
SHIP_PREFIX = re.compile(r"^(?:USS|USNS|HMS|HMCS|HMAS|HNLMS|TCG|ORP)\s+[A-Z]")


def _ship(m: Mention, sentence: Sentence, mentions: list[Mention]) -> bool:
    """A name right after a ship's noun or class adjective, past quotation marks and the
    owner's name between ("эсминец ВМС США Donald Cook")."""
    if m.type != "country" and SHIP_PREFIX.match(m.surface):
        return True  # "USS Donald Cook", "HMS Defender": a navy's prefix names a ship
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    if at is None or m.type not in ("location", "person"):  # a body after "корабль ВМС" stays
        return False
    if any(0 <= o.start - m.end <= 2 for o in mentions if o is not m):
        return False  # "эсминец ВМС США Donald Cook": the owner before the ship's name
    owners = [
        o for o in mentions if o is not m and o.type in ("org", "country") and o.end <= m.start
    ]
    i = at - 1
    while i >= 0 and (
        tokens[i].text in _QUOTES
        or any(o.start <= tokens[i].start and tokens[i].end <= o.end for o in owners)
    ):
        i -= 1
    return i >= 0 and tokens[i].lemma in SHIPS


_MARK_BEFORE = re.compile(r"[\s.]*[-–—]\s*[«\"“„]?$")
_MARK_AFTER = re.compile(r"^[»\"”“]?\s*\.?\)")


def _editors_mark(m: Mention, text: str) -> bool:
    """An outlet after a dash that closes a bracket: the editor's mark."""
    before = text[max(0, m.start - 6) : m.start]
    return (
        m.type == "org"
        and "(" in text[max(0, m.start - 200) : m.start]
        and _MARK_BEFORE.search(before) is not None
        and _MARK_AFTER.match(text[m.end : m.end + 4]) is not None
    )


# Nouns whose name after them is a poison's or a programme's ("программы Новичок", "вещество
# Новичок"): no person.
SUBSTANCES = {"программа", "вещество", "яд", "препарат"}


def _substance(m: Mention, sentence: Sentence) -> bool:
    """A one-word person's name right after a substance's or programme's noun, past quotes."""
    if m.type != "person" or " " in m.normal:
        return False
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    if at is None:
        return False
    i = at - 1
    while i >= 0 and tokens[i].text in _QUOTES:
        i -= 1
    return i >= 0 and tokens[i].lemma in SUBSTANCES


def _unit_of_body(m: Mention, mentions: list[Mention], text: str, gaz: RussianGazetteer) -> bool:
    """An abbreviation no file holds right before a known body's name ("ЦОС ФСБ", "ДИП МИД
    России", "ГУ МВД"): a unit of that body (its press office, a department), which the
    agencies name for the body itself; no organisation of its own."""
    if m.type != "org" or m.entity_id in gaz.entities or not m.surface.isupper():
        return False
    return any(
        o.type == "org"
        and o.entity_id in gaz.entities
        and o.start > m.end
        and not text[m.end : o.start].strip()
        for o in mentions
    )


def _lower_case_plural(m: Mention, gaz: RussianGazetteer) -> bool:
    """A body's name of several words, all in lower case, its head noun in the plural. The
    head is the first noun, after its adjectives ("оборонный комитет палаты представителей":
    "комитет", the plural after it its dependent); an adjective before it in the plural only
    tells the number a noun of two readings has ("союзные государства")."""
    words = m.surface.split()
    if m.type != "org" or len(words) < 2 or not m.surface.islower():
        return False
    at = next((i for i, w in enumerate(words) if _first_pos(w) == "NOUN"), len(words) - 1)
    head = words[at]
    if m.entity_id not in gaz.entities or phrase_key(head)[-1:] in ((h,) for h in PLURAL_HEADS):
        return False
    nouns = [p for p in parses(head.lower()) if p.tag.POS == "NOUN"]
    if nouns and all("plur" in p.tag.grammemes for p in nouns):
        return True
    return any(_plural_only(w) for w in words[:at])


def _first_pos(word: str) -> str | None:
    found = parses(word.lower())
    return found[0].tag.POS if found else None


def _plural_only(word: str) -> bool:
    """An adjective or participle whose every reading is plural ("союзные")."""
    found = [p for p in parses(word.lower()) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(found) and all("plur" in p.tag.grammemes for p in found)


def _treaty(m: Mention, gaz: RussianGazetteer) -> bool:
    """A treaty read as a place or a body: its abbreviation, or its noun alone."""
    if m.type not in ("org", "location") or m.entity_id in gaz.entities:
        return False
    key = phrase_key(m.normal)
    return bool(TREATY_ABBREVIATION.match(m.surface)) or (len(key) == 1 and key[0] in TREATY_NOUNS)


def city_of_adjective(adjective: str, gaz: RussianGazetteer) -> Entity | None:
    """The city a place adjective is made from ("керченский" of Керчь, "одесский" of Одесса,
    "новороссийский" of Новороссийск), the gazetteer's or GeoNames'; None for another word."""
    if not adjective.endswith("ский"):
        return None
    stem = adjective[: -len("ский")]
    candidates = [stem, stem + "ь", stem + "ск", stem + "са", stem + "а"]
    if stem.endswith("ен"):
        candidates.append(stem[:-2] + "ь")  # "керченский": Керчь
    if stem.endswith("ов"):
        candidates.append(stem[:-2] + "а")
    for city in candidates:
        alias = gaz.aliases.get((city,))
        if alias is not None and alias.kind == "capital" and alias.place:
            return Entity(f"location:{slug(alias.place)}", "location", alias.place)
        if alias is not None and alias.entity_id.startswith("location:"):
            return gaz.entities[alias.entity_id]
        english = english_city(city.capitalize(), to_english(city.capitalize()))
        if english is not None:
            known = gaz.english.names.get(english)
            entity = gaz.entities.get(known[0]) if known else None
            if entity is not None and entity.type == "location" and entity.name == english:
                return entity
            return Entity(f"location:{slug(english)}", "location", english)
    return None


def _port_city(m: Mention, sentence: Sentence, text: str, gaz: RussianGazetteer) -> Mention | None:
    """ "Керченского морпорта": the port of the city its adjective names, as the city."""
    key = phrase_key(m.normal)
    if m.entity_id in gaz.entities or len(key) < 2 or " ".join(key[1:]) not in PORTS:
        return None
    city = city_of_adjective(key[0], gaz)
    if city is None:
        return None
    return replace(
        m, entity_id=city.entity_id, type="location", name=city.name, label="LOC", code=city.code
    )


def _listed_place(m: Mention, sentence: Sentence) -> Mention | None:
    """A one-word name the NER took for a person, an item of a list after "полигоны"."""
    if m.type != "person" or " " in m.normal:
        return None
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    if at is None or at == 0 or tokens[at - 1].lemma not in _LIST_JOINS:
        return None
    if not any(t.lemma in PLACE_LISTS for t in tokens[:at]):
        return None
    name = to_english(m.normal)
    return replace(m, entity_id=f"location:{slug(name)}", type="location", name=name, label="LOC")


def _ministry_at(m: Mention, sentence: Sentence, gaz: RussianGazetteer) -> Mention | None:
    """A ministry's address with a verb of speaking just before its preposition or just after
    it ("подчеркнули на Смоленской площади", "На Смоленской площади заявили"): the ministry."""
    ministry = ADDRESSES.get(phrase_key(m.normal))
    if ministry is None or ministry not in gaz.entities:
        return None
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    end = next((i for i, t in enumerate(tokens) if t.end == m.end), None)
    if at is None or end is None:
        return None
    before = [t.lemma for t in tokens[max(0, at - 2) : at]]
    after = [t.lemma for t in tokens[end + 1 : end + 3] if t.lemma != "не"][:1]
    if not SPEAKING & set(before + after):
        return None
    entity = gaz.entities[ministry]
    return replace(
        m, entity_id=entity.entity_id, type="org", name=entity.name, label="ORG", code=entity.code
    )


def _seat_of_power(m: Mention, sentence: Sentence, gaz: RussianGazetteer) -> Mention | None:
    """A seat or a capital the model read as a place of its own where the gazetteer's phrase
    gave way to a role ("Представители Кремля", plural, no one holder): the place after a
    preposition of place, else the state it stands for; never a fresh place ("Kreml")."""
    alias = gaz.aliases.get(phrase_key(m.normal))
    if m.type != "location" or m.entity_id in gaz.entities or alias is None:
        return None
    if alias.kind not in ("seat", "capital") or not alias.place:
        return None
    at = next((i for i, t in enumerate(sentence.tokens) if t.start == m.start), None)
    tokens = sentence.tokens
    end = next((i + 1 for i, t in enumerate(tokens) if t.end == m.end), None)
    if at and (tokens[at - 1].lemma in LOCATIVE or names_the_city(alias.kind, tokens, at, end)):
        return replace(m, entity_id=f"location:{slug(alias.place)}", name=alias.place)
    state = gaz.entities[alias.entity_id]
    return replace(m, entity_id=state.entity_id, type=state.type, kind=alias.kind, name=state.name,
                   label="FAC" if alias.kind == "seat" else "GPE", code=state.code)  # fmt: skip
