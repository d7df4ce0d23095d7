"""Mentions in one sentence of Russian text linked to the project's canonical entities.

Two sources of spans, merged longest-first:
1. the gazetteer's phrases (lib.engine.russian.phrases): names, demonyms, capitals and seats
   of countries, organisations, places, people, role phrases ("генсек НАТО") and references
   ("альянс", only where the organisation is named in the article);
2. natasha's NER (PER, LOC, ORG) for what no file holds: a person is normalised to the
   nominative ("Владимиром Путиным" -> "Владимир Путин", lib.engine.russian.nominative) and
   linked to the English gazetteer by transliteration ("Столтенберг" -> Stoltenberg,
   lib.engine.russian.person_lookup), else gets an id of its own from its Latin spelling
   ("person:aleksey-chaly"; a brand written with inner capitals in its own Latin:
   "ИнфоРезист" is org:inforesist).

A capital or seat after a preposition of place ("в Москве", "из Лондона", "в Кремле") is
the place (`location:moscow`), as on the English side; used as an actor ("Москва заявила",
"диалог с Москвой", "В Москве не исключают") it is the country (kind `capital` or `seat`).
A city no gazetteer row holds is GeoNames' (lib.engine.russian.places: "Мюнхен" is Munich).

Names that are none of the four: a vessel's or an aircraft's after its noun ("эсминец «Дональд
Кук»", "истребители Eurofighter"), a state of an exercise's scenario ("государство
«Висландия»"); a city's adjective before a meeting names the city ("Римская встреча"); an
outlet in quotes after a media noun or a verb of informing is an organisation ("радиостанция
«Говорит Москва»").

What needs the whole article is done after, on these mentions: `people` (a surname alone,
given names of a family, names written back in their own Latin), `bodies` (a state's bodies
written bare) and `titles` (role phrases and references).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lib.engine.russian.english_places_by_sound import english_place_heard as heard
from lib.engine.russian.gazetteer import NATIONAL_BODIES, Entity, RussianGazetteer
from lib.engine.russian.impersonal_speech import STANCE, said_by_one, stance_of_those_there
from lib.engine.russian.misspelt_names import glued_name, near_name
from lib.engine.russian.ner import NERSpan
from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.person_lookup import link_person, other_given_name
from lib.engine.russian.phrases import (
    BARE_BODIES,
    DIVISION,
    PhraseMatch,
    bare_body_of_many,
    body_entity,
    foreign_office,
    gazetteer_matches,
    one_state,
)
from lib.engine.russian.places import english_city
from lib.engine.russian.region_divisions import closes_a_region
from lib.engine.russian.state_capitals import acts_of_the_state, names_the_city
from lib.engine.russian.text import Token, parses, phrase_key
from lib.engine.russian.translit import brand_name, english_name, to_english
from lib.engine.russian.unnamed_places import describes_an_area, names_no_place
from lib.engine.russian.vessels import after_vehicle
from lib.ids import slug

LOCATIVE = {"в", "во", "на", "из", "под", "около", "близ", "возле", "вблизи", "через", "над"}
LABELS = {"name": None, "demonym": "NORP", "capital": "GPE", "seat": "FAC"}
TYPE_LABEL = {"person": "PERSON", "country": "GPE", "org": "ORG", "location": "LOC"}
NER_TYPE = {"PER": "person", "LOC": "location", "ORG": "org"}
# Grammemes of a proper name: a one-word NER organisation pymorphy3 knows with none of them
# is a common word ("Посольство", "Сегодня"), not a name.
PROPER = {"Orgn", "Geox", "Name", "Surn", "Patr", "Abbr", "Trad", "LATN", "UNKN"}
# Abbreviations of common nouns the NER takes for organisations: the media, GDP, air defence.
COMMON_ABBREVIATIONS = {"сми", "ввп", "пво", "про", "нко", "вуз"}
# Verbs of stating right after "в <capital>" make the capital the state that speaks ("В Москве
# не исключают созыва", "в Анкаре выразили надежду"), not the city.
STATING = {"заявлять", "заявить", "исключать", "считать", "выразить", "выражать", "полагать",
           "отметить", "отмечать", "подчеркнуть", "подчёркивать", "подчеркивать", "опасаться",
           "надеяться", "призвать", "призывать", "предупредить", "предупреждать", "ответить",
           "отвечать", "пообещать", "обещать", "осудить", "осуждать", "потребовать",
           "требовать", "настаивать", "признать", "признавать", "назвать", "называть"}  # fmt: skip
# Words that stand between a speaker and its verb ("В Кремле пока не комментировали").
BEFORE_VERB = {"не", "пока", "уже", "также", "тоже", "ранее", "вновь", "еще", "ещё", "официально"}
# Verbs by which a capital, a seat or a body's address speaks for those who sit there ("в Кремле
# подчеркнули", "На Смоленской площади напомнили", "в Белом доме рассчитывают").
SPEAKING = STATING | {"сообщить", "сообщать", "напомнить", "напоминать", "указать", "указывать",
                      "добавить", "уточнить", "пояснить", "прокомментировать", "комментировать",
                      "рассчитывать", "ожидать", "планировать", "намереваться", "собираться",
                      "рассматривать", "говорить"}  # fmt: skip
SCENARIO = {"сценарий", "условный", "вымышленный", "легенда"}
EXERCISES = {"учение", "учения", "маневры", "манёвры", "маневр", "манёвр"}
# A name in quotes after these is an outlet ("радиостанция «Говорит Москва»", "газета
# «Хюрриет»"), or after a verb of informing ("информирует «МИР 24»").
MEDIA_NOUNS = {"газета", "радиостанция", "радио", "телеканал", "агентство", "информагентство",
               "журнал", "издание", "портал", "телерадиокомпания", "сайт"}  # fmt: skip
INFORMING = {"информировать", "сообщать", "передавать", "писать", "выяснить", "узнать"}
_QUOTED = re.compile(r"\s*[«\"“„]([^«»\"“”„\n]{2,40})[»\"”“]")
# "Балтийского батальона (Baltbat)": the name in Latin letters the Russian text gives after an
# organisation's, which is the English press's name for it.
ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,7}")  # "RND", "AP", "CSIS"
_LATIN_NAME = re.compile(r"^\s*\(\s*([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)\s*\)")


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


def mention_of(
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
    """The mention of `entity` at start:end of `text`, in `sentence`."""
    return Mention(start, end, text[start:end], sentence.sentence_id, sentence.section,
                   entity.entity_id, entity.type, kind, entity.name, label, normal, role,
                   entity.code)  # fmt: skip


def _entity_for_ner(
    label: str, words: list[str], gaz: RussianGazetteer, after: Sequence[Token] = ()
) -> tuple[Entity | None, str]:
    """The entity and normal form of a NER span no gazetteer phrase covers (None for a bare
    Russian body that another country's name follows: "МИД" in "МИД Турции")."""
    entity_type = NER_TYPE[label]
    normal = inflect_nominative(words, person=entity_type == "person")
    if (host := meeting_host(words, gaz)) is not None:
        return host, normal  # "Римская встреча": the city that held it, as a place
    alias = gaz.aliases.get(phrase_key(normal))
    if entity_type == "location" and alias is None and _shares_noun(words, after):
        # "Восточной и Южной Европы": two adjectives share one noun, each a place with it
        shared = gaz.aliases.get(phrase_key(f"{words[0]} {after[2].text}"))
        if shared is not None and shared.kind == "name":
            return gaz.entities[shared.entity_id], normal
    if entity_type == "location" and (
        (alias is None and names_no_place(words)) or (alias is not None and one_state(words))
    ):
        return None, normal  # "Балканская страна": one of the region's states, no place
    if entity_type == "location" and alias is None and len(words) == 1 and _common_word(words[0]):
        return None, normal  # "Эсминец вошел в Черное море": a common noun opening a sentence
    if entity_type == "org" and alias is None:
        bare = BARE_BODIES.get(phrase_key(normal))
        english = gaz.english.names.get(bare) if bare else None
        if english is not None and english[0] in gaz.entities:
            following = gaz.aliases.get((after[0].lemma,)) if after else None
            if following is not None and following.entity_id.startswith("country:"):
                return None, normal  # "Сенат Польши": another country's
            return gaz.entities[english[0]], normal  # kept only where its country is named
        if all(_common_word(w) for w in words if w.isalpha()):
            return None, normal  # "Посольство", "Новости Политики": common words, no name
        if phrase_key(normal) in NATIONAL_BODIES or (
            len(words) == 1 and words[0].lower() in COMMON_ABBREVIATIONS
        ):
            return None, normal  # "ВВС" of no state named: whose air force is not said
    if alias is not None and alias.kind == "name":
        if entity_type == "org" and after:
            probe = PhraseMatch(0, len(words), alias=alias)
            lemmas = [phrase_key(w)[0] for w in words] + [t.lemma for t in after[:3]]
            if foreign_office(probe, [None] * len(words) + list(after[:3]), lemmas, gaz):
                return None, normal
        return gaz.entities[alias.entity_id], normal
    if entity_type == "person":
        person = link_person(normal.split(), gaz)
        if person:
            return gaz.entities[person], normal
    latin = to_english(normal)
    if entity_type == "location" and (city := english_city(normal, latin) or heard(normal)):
        # GeoNames' "New York City" is the gazetteer's place "New York" (not "Mexico City" as
        # Mexico, nor "Kerch" as the Kerch Strait: the place of that very name)
        for name in (city, city.removesuffix(" City")):
            known = gaz.english.names.get(name)
            entity = gaz.entities.get(known[0]) if known else None
            if entity is not None and entity.type == "location" and entity.name == name:
                return entity, normal
        latin = city  # "Мюнхен": Munich, not Myunkhen
    if (near := near_name(normal, entity_type, gaz, " ".join(words))) is not None:
        return gaz.entities[near], normal  # "Девесеоу": Deveselu misspelt
    if len(words) == 1 and (glued := glued_name(words[0], gaz)) is not None:
        return gaz.entities[glued], normal  # "Македонииподписали": a space lost
    if entity_type == "person":  # "Вальтер" -> "Walter"; "Александр" as the gazetteer pairs it
        latin = english_name(normal, gaz.given_names)
    if entity_type == "org" and len(words) == 1 and _brand(words[0]):
        # "ИнфоРезист": a brand of Latin words written by sound, back in its Latin (InfoResist)
        latin = brand_name(_brand_case(words[0], normal))
    if not slug(latin) or (entity_type == "location" and describes_an_area(words)):
        return None, normal  # "Ъ" alone, "в Черноморском регионе": nothing to name it by
    return Entity(f"{entity_type}:{slug(latin)}", entity_type, latin), normal


# A brand written in Cyrillic with a capital inside the word ("ИнфоРезист", "ЕвроМайдан") or
# a web domain ("Цензор.НЕТ").
BRAND = re.compile(r"^[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]+|\.(?i:нет|ру|ком|юа))$")
# A local site named by its town and a word in capitals ("КерчьИНФО", "ПензаИНФОРМ"); not an
# abbreviation's letters after a syllable ("БелТА").
TOWN_SITE = re.compile(r"^([А-ЯЁ][а-яё]+)[А-ЯЁ]{3,}$")


def _brand(word: str) -> bool:
    town = TOWN_SITE.match(word)
    return bool(BRAND.match(word)) or (town is not None and english_city(town[1]) is not None)


def _brand_case(surface: str, normal: str) -> str:
    """The nominative with the capitals the brand has inside its word ("Инфорезист" of
    "ИнфоРезиста" -> "ИнфоРезист")."""
    return "".join(
        c.upper() if i < len(surface) and surface[i].isupper() else c for i, c in enumerate(normal)
    )


def _shares_noun(words: list[str], after: Sequence[Token]) -> bool:
    """One word, then "и", another word and the noun they share."""
    return len(words) == 1 and len(after) >= 3 and after[0].lemma == "и"


FORUMS = {"форум", "конференция", "саммит"}


def _latin(words: list[str]) -> bool:
    return all(re.fullmatch(r"[A-Za-z][A-Za-z0-9.&'-]*", w) for w in words)


MEETINGS = {"встреча", "саммит", "заседание", "конференция", "переговоры"}


def meeting_host(words: Sequence[str], gaz: RussianGazetteer) -> Entity | None:
    """The city a meeting is named after by its adjective ("Римская встреча", "варшавский
    саммит"), as a place; None for any other span."""
    if len(words) != 2 or phrase_key(words[1])[-1:] not in {(m,) for m in MEETINGS}:
        return None
    adjective = phrase_key(words[0])[0]
    if not adjective.endswith("ский"):
        return None
    stem = adjective[: -len("ский")]
    for city in (stem, stem + "а", stem + "ь", stem.removesuffix("ов") + "а"):
        alias = gaz.aliases.get((city,))
        if alias is not None and alias.kind == "capital" and alias.place:
            return Entity(f"location:{slug(alias.place)}", "location", alias.place)
        if alias is not None and alias.entity_id.startswith("location:"):
            return gaz.entities[alias.entity_id]
    return None


def _in_quotes(text: str, start: int, end: int) -> bool:
    """A span written between quotation marks (« », " ", “ ”; spaces aside)."""
    return text[:start].rstrip()[-1:] in ("«", '"', "“", "„") and text[end:].lstrip()[:1] in (
        "»", '"', "”", "“")  # fmt: skip


def _in_scenario(tokens: Sequence[Token], start: int) -> bool:
    """A state named in quotes ("государство «Висландия»") in a sentence about an exercise's
    scenario or its notional enemy: a fictional state."""
    before = [t.lemma for t in tokens if t.end <= start][-2:]
    lemmas = {t.lemma for t in tokens}
    return bool({"государство", "страна"} & set(before)) and bool(SCENARIO & lemmas)


def _after_exercise(tokens: Sequence[Token], start: int) -> bool:
    """A name in quotes right after an exercise's noun ("учениями «Запад»")."""
    before = [t for t in tokens if t.end <= start][-2:]
    return len(before) == 2 and before[1].text in '«"“„' and before[0].lemma in EXERCISES


def _hashtag_or_english_opener(text: str, span: NERSpan, tokens: Sequence[Token]) -> bool:
    """A span the NER read in a tweet's tag or handle ("#NATO Ally", "@Dimitrov_Nikola"), or the
    first word of an English sentence followed by a comma ("Today, …"): a name only when known."""
    if text[max(0, span.start - 1) : span.start] in ("#", "@") or text[span.start] in "#@":
        return True  # "#NATO", "@Dimitrov_Nikola": a tag or an account's handle
    words = [t.text for t in tokens if t.text.isalpha()]
    english = sum(_latin([w]) for w in words) * 2 > len(words)
    first = tokens[0].start == span.start if tokens else False
    return (
        english
        and first
        and text[span.end : span.end + 1] == ","
        and " " not in text[span.start : span.end]
    )


def quoted_outlets(sentence: Sentence, text: str, gaz: RussianGazetteer) -> list[Mention]:
    """Outlets named in quotes after a media noun or a verb of informing ("радиостанция
    «Говорит Москва»", "сообщает «МИР 24»"): the gazetteer's organisation of that name, else
    one of its own."""
    found = []
    tokens = sentence.tokens
    for token in tokens[:-1]:
        if token.lemma not in MEDIA_NOUNS and token.lemma not in INFORMING:
            continue
        quoted = _QUOTED.match(text, token.end, sentence.end)
        if quoted is None or not quoted[1][:1].isupper():
            continue
        name = quoted[1].strip()
        alias = gaz.aliases.get(phrase_key(name))
        if alias is not None and not alias.entity_id.startswith("org:"):
            alias = None
        if (
            alias is None
            and token.lemma in INFORMING
            and not any(c.isdigit() for c in name)
            and not title_alone(name, text[quoted.end() : quoted.end() + 1])
        ):
            continue  # "сообщает «Мы уверены…»": a verb of informing may open a quotation
        entity = gaz.entities[alias.entity_id] if alias else None
        if entity is None:
            latin = english_title(name, gaz)
            if not slug(latin):
                continue
            entity = Entity(f"org:{slug(latin)}", "org", latin)
        start, end = quoted.start(1), quoted.start(1) + len(name)
        found.append(mention_of(entity, "name", "ORG", start, end, text, sentence, name))
    return found


def english_title(name: str, gaz: RussianGazetteer) -> str:
    """An outlet's title in English letters, its country words in English ("Радио Польша" ->
    "Radio Poland", "Российский Диалог" -> "Russian Dialog"), the rest transliterated."""
    words = []
    for word in name.split():
        alias = gaz.aliases.get(phrase_key(word))
        country = alias.entity_id if alias and alias.entity_id.startswith("country:") else None
        if country and alias.kind == "name":
            words.append(gaz.entities[country].name)
        elif country and alias.kind == "demonym" and country in gaz.demonyms:
            words.append(gaz.demonyms[country])
        elif _brand(word):
            words.append(brand_name(word))  # "Цензор.НЕТ": Censor.NET
        else:
            words.append(to_english(word))
    return " ".join(words)


def title_alone(name: str, after: str) -> bool:
    """A quoted name after a verb of informing that closes the clause ("передает «Российский
    Диалог».", "Как сообщала «Страна», …"): up to three words, none a verb, a short form or a
    pronoun, is an outlet's title, not the words of a quotation."""
    words = name.split()
    if not 1 <= len(words) <= 3 or after not in (".", ",", ";", ""):
        return False
    tags = {"VERB", "INFN", "ADJS", "PRTS", "NPRO", "PRED"}
    return not any((found := parses(w.lower())) and found[0].tag.POS in tags for w in words)


def _common_word(word: str) -> bool:
    """A word pymorphy3 knows only as a common word, never a proper name or abbreviation."""
    found = parses(word.lower())
    return bool(found) and all(p.is_known and not (PROPER & p.tag.grammemes) for p in found)


def _alias_mention(m: PhraseMatch, sentence: Sentence, text: str, gaz: RussianGazetteer) -> Mention:
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
    if kind in ("capital", "seat") and (
        speaks_after(tokens, m.last)
        or _impersonal_speech_before(m.first, tokens, kind == "seat")
        or acts_of_the_state(tokens, m.first)
    ):
        before = ""  # "В Москве не исключают", "подчеркнули в Кремле": the state speaks
    # a "place" is the city whatever its use: "официальный Брюссель" speaks for NATO or the
    # EU there, never for Belgium
    set_off = divided or names_the_city(kind, tokens, m.first, m.last)  # "в столицу, Анкару"
    if kind == "place" or (kind in ("capital", "seat") and (before in LOCATIVE or set_off)):
        place = m.alias.place or to_english(normal)
        entity = Entity(f"location:{slug(place)}", "location", place, entity.code)
        kind, label = "name", "LOC"
    return mention_of(entity, kind, label, start, end, text, sentence, normal)


def speaks_after(tokens: Sequence, at: int) -> bool:
    """Whether the first verb from `at` on, past a negation or an adverb of time, is one of
    speaking ("В Кремле пока не комментировали")."""
    if at + 1 < len(tokens) and tokens[at].text == "и" and tokens[at + 1].text[:1].isupper():
        at += 2  # "В Белом доме и Кремле отмечали": two seats, one verb
    verb = next((t for t in tokens[at : at + 4] if t.lemma not in BEFORE_VERB), None)
    said = verb is not None and verb.lemma in SPEAKING and not said_by_one(verb.text)
    return said or stance_of_those_there(tokens, at)


def _impersonal_speech_before(first: int, tokens: Sequence, seat: bool) -> bool:
    """A verb of speaking in the plural with no subject just before the preposition
    ("сообщили в Белом доме", "отметили в Кремле"): those who sit there speak. A singular verb
    has a speaker of its own ("Путин заявил в Кремле": the place). Before a seat any verb of
    stance ("утверждают в Кремле"); a capital is its people too ("утверждают в Лондоне")."""
    if first < 2 or tokens[first - 1].lemma not in LOCATIVE:
        return False
    verb = tokens[first - 2]
    said = verb.lemma in SPEAKING or (seat and verb.lemma in STANCE)
    return said and verb.text.lower().endswith(("ли", "ют", "ят"))


def _countries_within(
    m: PhraseMatch, sentence: Sentence, text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The country an organisation's name names ("МИД Германии", "ВМС Украины"): the reader
    finds Germany named too, as in a role phrase). Only the organisation's own country: "Совет
    Россия — НАТО" is no body of Russia's."""
    if not m.alias.entity_id.startswith("org:") or m.last - m.first < 2:
        return []
    own = gaz.entities[m.alias.entity_id].code
    inner = gazetteer_matches(sentence.tokens[m.first + 1 : m.last], gaz, roles=False)
    if not inner:  # "Государственный департамент США": a division's noun inside a body's name
        inner = gazetteer_matches(sentence.tokens[m.first + 2 : m.last], gaz, roles=False)
        inner = [replace(x, first=x.first + 1, last=x.last + 1) for x in inner]
    if not inner:  # "сирийская армия": the state's adjective opens the body's name
        inner = gazetteer_matches(sentence.tokens[m.first : m.first + 1], gaz, roles=False)
        inner = [replace(x, first=x.first - 1, last=x.last - 1) for x in inner]
    shifted = [replace(x, first=x.first + m.first + 1, last=x.last + m.first + 1) for x in inner]
    return [
        _alias_mention(x, sentence, text, gaz)
        for x in shifted
        if x.alias is not None and own and x.alias.entity_id == f"country:{own}"
    ]


def sentence_mentions(
    sentence: Sentence, ner: Sequence[NERSpan], text: str, gaz: RussianGazetteer
) -> tuple[list[Mention], list[tuple[PhraseMatch, Sentence]], list[tuple[PhraseMatch, Sentence]]]:
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
            entity = body_entity(m.body, gaz)
            mentions.append(
                mention_of(entity, "name", "ORG", start, end, text, sentence, text[start:end])
            )
            mentions += _shared_body(m, sentence, text, gaz)
        elif m.alias is not None:
            mentions.append(_alias_mention(m, sentence, text, gaz))
            mentions += _countries_within(m, sentence, text, gaz)
        elif m.role is not None:
            roles.append((m, sentence))
            inner = gazetteer_matches(tokens[m.first : m.last], gaz, roles=False)
            k = m.first  # the title's names ("глава украинского МИДа"), read as any other
            matches += [
                replace(x, first=x.first + k, last=x.last + k) for x in inner if x.alias or x.body
            ]
        else:
            references.append((m, sentence))
    outlets = quoted_outlets(sentence, text, gaz)
    mentions = [
        m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in outlets)
    ]  # "«Говорит Москва»": the outlet's title names no capital
    mentions += [o for o in outlets if not any(o.start == m.start for m in mentions)]
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
        if span.label == "PER" and "(" in text[span.start : span.end]:
            # "Норберт Рёттген (Norbert Röttgen)": the name, its Latin spelling apart
            cut = span.start + len(text[span.start : span.end].split("(")[0].rstrip())
            span = replace(span, end=cut)
            words = [t.text for t in tokens if span.start <= t.start and t.end <= span.end]
            if not words:
                continue
        if span.label == "PER":
            mentions = _widen_person(span, mentions, text, gaz)
            covered = [(m.start, m.end) for m in mentions] + covered[len(covered) :]
        if any(span.start < e and s < span.end for s, e in covered):
            continue  # the gazetteer knows better (longest, known phrase)
        last = [t for t in tokens if t.end <= span.start][-1:]
        before = [t.lemma for t in last]
        if before and before[0] in DIVISION and not closes_a_region(last[0].start, mentions):
            continue  # "округ Колумбия"; not "губернатор Курской области Роман Старовойт"
        if span.label == "ORG" and before and before[0] in FORUMS and _latin(words):
            continue  # "на форуме NATO Engage": a forum's name, an event, not a body
        after = [t for t in tokens if t.start >= span.end]
        entity, normal = _entity_for_ner(span.label, words, gaz, after)
        at = next((i for i, t in enumerate(tokens) if t.start == span.start), None)
        alias = gaz.aliases.get(phrase_key(normal))
        one = PhraseMatch(at, at + 1, alias=alias) if at and len(words) == 1 else None
        if one is not None and alias is not None and bare_body_of_many(tokens, one, gaz):
            continue  # "на уровне глав МИД": the ministries of many states, none named
        if entity is None:
            continue
        if entity.entity_id not in gaz.entities and _hashtag_or_english_opener(text, span, tokens):
            continue  # "#PowerForPeace", "Today, the #USNavy…": a tag or a word of a tweet
        if span.label == "PER" and _in_quotes(text, span.start, span.end):
            continue  # «Гарри Трумэн», «Дональд Кук»: a ship or a title named after a person
        if _in_quotes(text, span.start, span.end) and _in_scenario(tokens, span.start):
            continue  # "по сценарию на государство «Висландия» нападает": a state of a game
        if span.label in ("PER", "ORG") and after_vehicle(tokens, span.start, span.end):
            continue  # "эсминцем Donald Cook", "истребители Eurofighter": a vessel, a model
        if entity.type == "org" and entity.entity_id not in gaz.entities:
            latin = _LATIN_NAME.match(text[span.end : span.end + 64]) or re.search(
                r"\(\s*([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)\s*\)$", text[span.start : span.end]
            )
            head = text[span.start : span.end].split("(")[0].strip()
            if latin and _latin(head.split()) and ABBREVIATION.fullmatch(latin[1]):
                # "Redaktionsnetzwerk Deutschland (RND)": the full name, its abbreviation after
                known = gaz.english.names.get(head)
                entity = gaz.entities.get(known[0]) if known else None
                entity = entity or Entity(f"org:{slug(head)}", "org", head)
            elif latin:
                entity = Entity(f"org:{slug(latin[1])}", "org", latin[1])
        label = TYPE_LABEL[entity.type]
        mentions.append(
            mention_of(entity, "name", label, span.start, span.end, text, sentence, normal)
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
            mention_of(entity, "name", "ORG", token.start, token.end, text, sentence,
                       token.lemma.capitalize())
        )  # fmt: skip
        covered.append((token.start, token.end))
    mentions += _capitals_by_country(sentence, mentions, text, gaz)
    for token in tokens:  # "в путинской России": the adjective of a known person's surname
        person = _person_of_adjective(token, gaz)
        if person is not None and not any(token.start < e and s < token.end for s, e in covered):
            mentions.append(
                mention_of(person, "name", "PERSON", token.start, token.end, text, sentence,
                           person.name)
            )  # fmt: skip
    mentions = [
        m
        for m in mentions
        if not (_in_quotes(text, m.start, m.end) and _after_exercise(tokens, m.start))
    ]  # учения «Запад»: an exercise's name, not the West
    return mentions, roles, references


def _shared_body(
    m: PhraseMatch, sentence: Sentence, text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """One body per state where two states share its noun ("с баз ВВС Литвы и Эстонии")."""
    tokens = sentence.tokens
    lemmas = [t.lemma for t in tokens]
    after = m.last + next(
        (k for k in (3, 2, 1) if _country_name(tuple(lemmas[m.last : m.last + k]), gaz)), 0
    )
    if after == m.last or after + 1 >= len(tokens) or lemmas[after] != "и":
        return []
    for k in (3, 2, 1):
        country = _country_name(tuple(lemmas[after + 1 : after + 1 + k]), gaz)
        if country is not None and tokens[after + 1].is_capitalised:
            first, last = tokens[after + 1], tokens[after + k]
            entity = body_entity((country, m.body[1]), gaz)
            return [mention_of(entity, "name", "ORG", first.start, last.end, text, sentence,
                               text[first.start : last.end])]  # fmt: skip
    return []


def _country_name(key: tuple[str, ...], gaz: RussianGazetteer) -> str | None:
    alias = gaz.aliases.get(key)
    if alias is not None and alias.kind == "name" and alias.entity_id.startswith("country:"):
        return alias.entity_id
    return None


def _capitals_by_country(
    sentence: Sentence, mentions: Sequence[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """ "в столице Великобритании": a capital told by "столица" and its country in the
    genitive is that city, as a place (the country stays named too)."""
    capitals = {
        a.entity_id: a.place for a in gaz.aliases.values() if a.kind == "capital" and a.place
    }
    found = []
    for i, token in enumerate(sentence.tokens[:-1]):
        after = sentence.tokens[i + 1]
        country = next(
            (
                m
                for m in mentions
                if m.start == after.start and m.type == "country" and m.kind == "name"
            ),
            None,
        )
        if token.lemma != "столица" or country is None or country.entity_id not in capitals:
            continue
        if not any("gent" in p.tag for p in parses(after.text.lower())):
            continue  # "эту столицу Франция не выбирала": the country is no genitive of it
        if i > 0 and any(
            p.tag.POS == "ADJF" for p in parses(sentence.tokens[i - 1].text.lower())[:1]
        ):
            continue  # "северная столица России" is another city, not the capital
        if speaks_after(sentence.tokens, i + 2):
            continue  # "в столице России считают": the state speaks, as "в Москве считают"
        place = capitals[country.entity_id]
        entity = Entity(f"location:{slug(place)}", "location", place, country.code)
        found.append(
            replace(mention_of(entity, "name", "LOC", token.start, after.end, text, sentence, place),
                    link="gazetteer")
        )  # fmt: skip
    return found


def _person_of_adjective(token: Token, gaz: RussianGazetteer) -> Entity | None:
    """The gazetteer's person a possessive adjective is made from ("путинский" of Путин,
    "трамповский" of Трамп, "обамовский" of Обама), None for any other word."""
    lemma = token.lemma
    if not lemma.endswith("ский") or token.text[:1].isupper():
        return None
    stems = [lemma[:-4]]
    if lemma.endswith(("овский", "евский")):
        stems += [lemma[:-6], lemma[:-6] + "а"]
    for stem in stems:
        alias = gaz.aliases.get((stem,))
        if alias is not None and alias.kind == "name" and alias.entity_id.startswith("person:"):
            return gaz.entities[alias.entity_id]
    return None


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
    if inside[0].start > span.start and other_given_name(words, inside[0].entity_id, gaz):
        return [m for m in mentions if m is not inside[0]]
    wide = replace(inside[0], start=span.start, end=span.end, surface=text[span.start : span.end])
    return [wide if m is inside[0] else m for m in mentions]
