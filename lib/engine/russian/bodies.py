"""A state's bodies in one Russian article settled with the whole article read: a bare body
("Сенат") of a country the article does not name is dropped, and a bare body ("Генштаб") is
the body of the one state the sentences before it name, unless it speaks as the Russian
press's own source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from lib.engine.russian.gazetteer import NAMED_ONLY, NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import BARE_BODIES, CAPITALISED_BODIES, body_entity
from lib.engine.russian.state_kinds import fits_state_noun
from lib.engine.russian.text import parses, phrase_key

# Abbreviations of a kind of institution or weapon, not of one body ("СИЗО Москвы", "средства
# ПВО", "ЗРС С-400", "предприятия ВПК"): the NER takes them for organisations.
KINDS = ("СИЗО", "ПВО", "ЗРС", "ЗРК", "ВПК", "РЭБ", "НКО", "СМИ")


@cache
def _kinds() -> frozenset:
    return frozenset(phrase_key(w) for w in KINDS)  # lemmatised when first needed, not on import


def keep_named_bodies(
    mentions: list[Mention], gaz: RussianGazetteer, not_bodies: frozenset = frozenset()
) -> list[Mention]:
    """The article's organisation mentions less the bare bodies ("Сенат") of a country the
    article does not name, and less the NER's organisations that are a knowledge-base
    event's one-word name (`not_bodies`: "ДРСМД" is a treaty)."""
    countries = {m.entity_id.split(":", 1)[1] for m in mentions if m.type == "country"}
    out = []
    for m in _chambers_one_body(mentions):
        key = phrase_key(m.normal) if m.normal else ()
        if (
            m.type == "org"
            and key in BARE_BODIES
            and gaz.entities[m.entity_id].code not in countries
        ):
            continue
        if m.type == "org" and m.entity_id not in gaz.entities and key in not_bodies | _kinds():
            continue
        out.append(m)
    return out


# A chamber's noun: its parent body in the genitive right after it ("Палата представителей
# Конгресса", "палаты парламента") names the chamber's place, not a second body.
CHAMBERS = {"палата"}


def _chambers_one_body(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the parent body written in the genitive right after a chamber's
    name."""
    chambers = [
        m for m in mentions if m.type == "org" and m.normal and phrase_key(m.normal)[0] in CHAMBERS
    ]
    return [
        m
        for m in mentions
        if not (m.type == "org" and any(0 < m.start - c.end <= 1 for c in chambers))
    ]


UN_COUNCIL = "org:un-security-council"
# Who convenes, chairs or serves a state's council ("Президент России созвал Совбез", "секретарь
# Совбеза"), named by a role the article resolves later
CONVENERS = frozenset({"президент", "секретарь", "премьер", "председатель", "лидер"})
# "министр обороны страны Степан Полторак": the minister of the state the article is about.
# The ministry written bare after it ("— заявил глава Минобороны") is that state's, even where
# it speaks.
THE_COUNTRYS_OFFICE = re.compile(
    r"\b(?:министр\w*|глав\w*|руководител\w*)\s+(?P<office>обороны|Минобороны|военного ведомства|"
    r"иностранных дел|МИД\w*|внешнеполитического ведомства)\s+(?:страны|республики)\b"
)
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
    A body that speaks (SPEAKING within two words) stays Russia's, unless the article has named
    its office as the state's ("министр обороны страны", THE_COUNTRYS_OFFICE) before it."""
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.type == "country" and m.kind == "name":
            named.setdefault(m.sentence_id, set()).add(m.entity_id)

    def state(sentence_id: int, *, russia: bool = False) -> str | None:
        for back in range(BODY_CONTEXT + 1):
            countries = named.get(sentence_id - back)
            if countries:
                one = next(iter(countries))
                return one if len(countries) == 1 and (russia or one != "country:RUS") else None
        return None

    # "Россия запросила заседание Совбеза" after "Совбез ООН": the UN's council, re-named
    # short; a council a person of the sentence convenes or serves is a state's
    un_council = min((m.sentence_id for m in mentions if m.entity_id == UN_COUNCIL), default=None)
    people = {m.sentence_id for m in mentions if m.type == "person"} | {
        s.sentence_id for s in sentences if any(t.lemma in CONVENERS for t in s.tokens)
    }

    def own_state(sentence_id: int) -> str | None:
        countries = named.get(sentence_id, ())
        if un_council is not None and un_council <= sentence_id and sentence_id not in people:
            return None
        return next(iter(countries)) if len(countries) == 1 else None

    by_id = {s.sentence_id: s for s in sentences}

    def speaks(sentence_id: int, start: int, end: int) -> bool:
        tokens = by_id[sentence_id].tokens if sentence_id in by_id else ()
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
        near = tokens[max(0, first - 2) : first] + tokens[last : last + 2]
        return any(t.lemma in SPEAKING for t in near)

    offices: dict[str, tuple[int, str]] = {}  # "Defence Ministry" -> (where, country id)
    for found in THE_COUNTRYS_OFFICE.finditer(text):
        sentence = next((s for s in sentences if s.start <= found.start() < s.end), None)
        country = state(sentence.sentence_id) if sentence is not None else None
        defence = re.search(r"оборон|военн", found["office"], re.IGNORECASE)
        office = "Defence Ministry" if defence else "Foreign Ministry"
        if country is not None:
            offices.setdefault(office, (found.start(), country))
    offices_named = _offices_named(mentions, gaz)
    for office, abroad in offices_named.items():
        if abroad[1] != "country:RUS":
            offices.setdefault(office, abroad)
    # "Минобороны РФ" in the headline, then "добавили в Минобороны" after a sentence about
    # Syria: the article's one defence ministry, re-named short, stays Russia's
    russian = {o for o, (_, country) in offices_named.items() if country == "country:RUS"}

    out = []
    for m in mentions:
        key = phrase_key(m.surface)
        office = offices.get(NATIONAL_BODIES.get(key, ""))
        if m.type == "org" and not m.code and key in NATIONAL_BODIES and key in NAMED_ONLY:
            continue  # "генштаб ВС": no state beside it, no body of anyone's
        if m.type == "org" and not m.code and key in NATIONAL_BODIES:
            # a bare body no state owns by default ("в санкционном списке Минфина",
            # "созвал заседание Совбеза"): the one state's the article names it with ("Минфин
            # США"), else the one state its own sentence names, else no body of anyone's
            one = offices_named.get(NATIONAL_BODIES[key], (0, own_state(m.sentence_id)))
            if one[1] is None:
                continue
            entity = body_entity((one[1], key), gaz)
            m = replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)
        elif (
            m.type == "org"
            and m.code == "RUS"
            and office is not None
            and office[0] < m.start
            and not _beside(m, mentions)  # "российским ВВС": Russia's, named so
        ):
            entity = body_entity((office[1], key), gaz)
            m = replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)
        elif (
            m.type == "org"
            and m.code == "RUS"
            and key in NATIONAL_BODIES
            and key not in NAMED_ONLY
            and NATIONAL_BODIES[key] not in russian
            and not speaks(m.sentence_id, m.start, m.end)
            and not _beside(m, mentions)  # "российских ВВС": Russia's, named so
        ):
            country = state(m.sentence_id)
            if country is not None:
                entity = body_entity((country, key), gaz)
                m = replace(m, entity_id=entity.entity_id, name=entity.name, code=entity.code)
        out.append(m)
    for sentence in sentences:
        country = state(sentence.sentence_id, russia=True)
        if country is not None:
            out += _unnamed_bodies(sentence, country, text, gaz, out, speaks)
        own = own_state(sentence.sentence_id)
        if own is not None:
            out += _ownerless_bodies(sentence, own, text, gaz, out, offices_named)
    for sentence in sentences:
        country = state(sentence.sentence_id)
        if country is not None:
            out += _our_bodies(sentence, country, text, gaz, out)
    out += _bodies_of_the_republic(sentences, text, gaz, out)
    for sentence in sentences:
        out += _listed_bodies(sentence, text, gaz, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _offices_named(mentions: list[Mention], gaz: RussianGazetteer) -> dict[str, tuple[int, str]]:
    """Offices ("Defence Ministry") the article names with one state only ("Министерство
    обороны Беларуси", "в оборонном ведомстве КНР", "Минобороны РФ"), by where first named: a
    bare one ("На сайте Минобороны отмечено") is the same ministry, re-named short as news
    writes it."""
    found: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.type != "org" or not m.code:
            continue
        if (
            m.code == "RUS"
            and phrase_key(m.surface) in NATIONAL_BODIES
            and not _beside(m, mentions)
        ):
            continue  # a bare body, Russia's by default: no state named
        state = f"country:{m.code}"
        if state not in gaz.entities:
            continue
        for key, office in NATIONAL_BODIES.items():
            if body_entity((state, key), gaz).entity_id == m.entity_id:
                found.setdefault(office, set()).add(state)
                first.setdefault(office, m.start)
                break
    return {
        office: (first[office], next(iter(states)))
        for office, states in found.items()
        if len(states) == 1
    }


def _beside(m: Mention, mentions: list[Mention]) -> bool:
    """Whether the body's own state is named right before or after it ("российским ВВС")."""
    state = f"country:{m.code}"
    return any(
        c.entity_id == state and (0 <= m.start - c.end <= 1 or 0 <= c.start - m.end <= 1)
        for c in mentions
    )


# Bodies that are offices, named in lower case too ("приказал министерству иностранных дел");
# a state's forces in lower case are what it has ("военно-морские силы"), not the institution.
OFFICES = ("Ministry", "Council", "Service")


def _unnamed_bodies(
    sentence: Sentence,
    country: str,
    text: str,
    gaz: RussianGazetteer,
    found: list[Mention],
    speaks,
) -> list[Mention]:
    """A state's body with no state beside it, in a sentence whose state is named just
    before: in lower case ("с генштабом", an office of words: "приказал министерству
    иностранных дел"), or one abbreviation ("ВВС"). Russia's too where Russia is that state, but only an abbreviation
    written in lower case ("на сайте минобороны"): a body of words describes one ("военные
    ведомства"), an upper-case abbreviation is already Russia's by default."""
    tokens, out = sentence.tokens, []
    lemmas = [t.lemma for t in tokens]
    for i, token in enumerate(tokens):
        n = next((n for n in _LENGTHS if _body_at(lemmas, i, n)), 0)
        key, last = tuple(lemmas[i : i + n]), tokens[i + max(n, 1) - 1]
        if not n or key in NAMED_ONLY or (n > 1 and not NATIONAL_BODIES[key].endswith(OFFICES)):
            continue  # "наращивать свои военно-морские силы": forces it has, not a body
        if not (token.text[:1].islower() or (n == 1 and token.text.isupper())):
            continue
        if country == "country:RUS" and (n > 1 or not token.text[:1].islower()):
            continue
        if n > 1 and (i > 0 and lemmas[i - 1] in HEADS or _owner_after(sentence, last)):
            continue  # "министра иностранных дел" is a role; "министерства обороны стран НАТО"
        if (
            (country != "country:RUS" and speaks(sentence.sentence_id, token.start, last.end))
            or any(m.start < last.end and token.start < m.end for m in [*found, *out])
            or _of_a_body(last, found)
            or (token.text.isupper() and _owner_after(sentence, token))
        ):
            continue
        normal = text[token.start : last.end] if n > 1 else token.lemma.capitalize()
        entity = body_entity((country, key), gaz)
        out.append(mention_of(entity, "name", "ORG", token.start, last.end, text, sentence, normal))
    return out


def _ownerless_bodies(
    sentence: Sentence,
    country: str,
    text: str,
    gaz: RussianGazetteer,
    found: list[Mention],
    offices_named: dict[str, tuple[int, str]],
) -> list[Mention]:
    """A body written bare and capitalised that no state owns by default, as "МИД" is Russia's
    ("Президент России созвал заседание Совбеза", "секретаря Совета безопасности Николая
    Патрушева"), in a sentence naming one state: that state's, unless the article named that
    office with one state ("Минфин США ... в списке Минфина")."""
    tokens, out = sentence.tokens, []
    lemmas = [t.lemma for t in tokens]
    for i, token in enumerate(tokens):
        n = next((n for n in _LENGTHS if _body_at(lemmas, i, n)), 0)
        key = tuple(lemmas[i : i + n])
        if not n or key in NAMED_ONLY or key in gaz.aliases or not token.is_capitalised:
            continue
        last = tokens[i + n - 1]
        holder = any(m.type == "person" and 0 <= m.start - last.end <= 1 for m in found)
        if token.text.isupper() or (_genitive_after(sentence, last) and not holder):
            continue  # "ВВС": see _unnamed_bodies; "Совет безопасности ООН", "Совбез Турции"
        if _of_a_body(last, found):
            continue
        if any(m.start < last.end and token.start < m.end for m in [*found, *out]):
            continue
        owner = offices_named.get(NATIONAL_BODIES[key], (0, country))[1]
        entity = body_entity((owner, key), gaz)
        normal = text[token.start : last.end]
        out.append(mention_of(entity, "name", "ORG", token.start, last.end, text, sentence, normal))
    return out


def _listed_bodies(
    sentence: Sentence, text: str, gaz: RussianGazetteer, mentions: Sequence[Mention]
) -> list[Mention]:
    """A state's body of several words in lower case, an item of a list right after a body of
    one state ("Северный флот, военно-воздушные силы, дальняя авиация"): that state's."""
    tokens, found = sentence.tokens, []
    lemmas = [t.lemma for t in tokens]
    for i in range(2, len(tokens)):
        n = next((n for n in _LENGTHS if _body_at(lemmas, i, n)), 0)
        if n < 2 or tokens[i].is_capitalised or lemmas[i - 1] not in (",", "и"):
            continue
        if tuple(lemmas[i : i + n]) in CAPITALISED_BODIES:
            continue  # "Бундесвера, вооруженных сил Германии": a gloss of the name before
        start, end = tokens[i].start, tokens[i + n - 1].end
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.type == "org" and m.end == tokens[i - 2].end]
        if (
            len(before) != 1
            or not before[0].code
            or f"country:{before[0].code}" not in gaz.entities
        ):
            continue
        entity = body_entity((f"country:{before[0].code}", tuple(lemmas[i : i + n])), gaz)
        found.append(mention_of(entity, "name", "ORG", start, end, text, sentence, text[start:end]))
    return found


_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)


def _body_at(lemmas: Sequence[str], i: int, n: int) -> bool:
    """Whether the n lemmas from i are a body's words (all n of them: a shorter key at the
    sentence's end is not an n-word one)."""
    return i + n <= len(lemmas) and tuple(lemmas[i : i + n]) in NATIONAL_BODIES


# "в Минобороны республики", "МИД страны", "министерство иностранных дел королевства": the
# body of the state named last before it, by a noun of its kind of state.
THE_STATE = {"республики", "страны", "королевства", "княжества", "государства"}
# Heads of a body: "Глава МИД страны" is a role phrase, which names its holder, not the body.
HEADS = {"глава", "министр", "руководитель", "замглавы", "заместитель", "начальник"}


def _bodies_of_the_republic(
    sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer, found: list[Mention]
) -> list[Mention]:
    """A body followed by "республики" or "страны" in lower case ("рассказали в Минобороны
    республики") is the body of the last state the article named before it, as "министр
    обороны страны" is that state's minister."""
    states = [m for m in found if m.type == "country" and m.kind in ("name", "demonym")]
    out = []
    for sentence in sentences:
        tokens = sentence.tokens
        lemmas = [t.lemma for t in tokens]
        for i, token in enumerate(tokens):
            key = next((k for k in NATIONAL_BODIES if tuple(lemmas[i : i + len(k)]) == k), None)
            after = i + len(key) if key else len(tokens)
            if key is None or after >= len(tokens):
                continue
            if not token.is_capitalised and key in CAPITALISED_BODIES:
                continue  # "вооруженных сил страны": the forces it has, in lower case
            if tokens[after].text not in THE_STATE or (i > 0 and lemmas[i - 1] in HEADS):
                continue  # "главы МИД стран НАТО"; "Глава МИД страны": the role names the body
            if any(m.start < tokens[after].end and token.start < m.end for m in found):
                continue
            noun = tokens[after].text
            before = [
                m for m in states if m.end <= token.start and fits_state_noun(m.entity_id, noun)
            ]
            if not before:
                continue
            entity = body_entity((before[-1].entity_id, key), gaz)
            out.append(mention_of(entity, "name", "ORG", token.start, tokens[after].end, text,
                                  sentence, text[token.start : tokens[after].end]))  # fmt: skip
    return out


def _our_bodies(
    sentence: Sentence, country: str, text: str, gaz: RussianGazetteer, found: list[Mention]
) -> list[Mention]:
    """A body the speaker calls his own ("наших Военно-морских сил"), in a sentence whose state
    is named just before (the minister quoted), is that state's."""
    tokens, out = sentence.tokens, []
    lemmas = [t.lemma for t in tokens]
    for i in range(1, len(tokens)):
        if lemmas[i - 1] != "наш" or not tokens[i].is_capitalised:
            continue
        key = next((k for k in NATIONAL_BODIES if tuple(lemmas[i : i + len(k)]) == k), None)
        if key is None or any(m.start < tokens[i].end and tokens[i].start < m.end for m in found):
            continue
        first, last = tokens[i], tokens[i + len(key) - 1]
        entity = body_entity((country, key), gaz)
        out.append(mention_of(entity, "name", "ORG", first.start, last.end, text, sentence,
                              text[first.start : last.end]))  # fmt: skip
    return out


def _owner_after(sentence: Sentence, token) -> bool:
    """A word after a bare abbreviation that names whose it is ("ВВС стран НАТО", "ВВС
    Литвы"): a noun or a capitalised word."""
    after = [t for t in sentence.tokens if t.start >= token.end][:1]
    if not after or not after[0].text.isalpha():
        return False
    found = parses(after[0].text.lower())[:1]
    return after[0].is_capitalised or (bool(found) and found[0].tag.POS == "NOUN")


def _genitive_after(sentence: Sentence, token) -> bool:
    """A word in the genitive right after a body, which says whose it is ("Совет безопасности
    ООН", "Вооруженных сил двух стран", "Совбеза страны")."""
    after = [t for t in sentence.tokens if t.start >= token.end][:1]
    if not after or not after[0].text.isalpha():
        return False
    return after[0].is_capitalised or any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "NUMR", "NPRO")
        for p in parses(after[0].text.lower())[:2]
    )


def _of_a_body(token, mentions: Sequence[Mention]) -> bool:
    """A bare body in lower case right before an organisation ("погранслужба ФСБ", "генштаб
    ВСУ") is that organisation's, not the state's the sentences before name."""
    return any(m.type == "org" and 0 <= m.start - token.end <= 1 for m in mentions)
