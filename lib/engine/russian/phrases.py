"""The gazetteer's phrases in one sentence of Russian text, matched on lemma sequences
(lib.engine.russian.text): names, demonyms, capitals and seats, role phrases ("генсек НАТО"),
references ("альянс") and a state's bodies ("МИД Македонии", "турецкими ВВС"), longest first,
with the contexts that make a phrase something else ("заместитель госсекретаря", "округ
Колумбия", "глава МИД Турции", "Bild am Sonntag").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lib.engine.russian.dates import is_month
from lib.engine.russian.gazetteer import (
    NAMED_ONLY,
    NATIONAL_BODIES,
    Alias,
    Entity,
    RussianGazetteer,
)
from lib.engine.russian.state_compounds import JOINING_FORMS
from lib.engine.russian.text import Token, fold, parses, phrase_key
from lib.ids import slug

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
    # a special envoy speaks for the holder ("спецпредставитель президента США по Сирии")
    "спецпредставитель",
    "спецпосланник",
    "посланник",
    "эмиссар",
    "полпред",
    "пресс-секретарь",
    "спикер",
    "бывший",
    "экс",
    "вице",  # "вице-президент Европейской комиссии": the deputy, not the president
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
    "дворец",  # "в зале дворца президента Финляндии": the building
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
# Bodies written with a capital when named ("Вооруженные силы Казахстана"); in lower case
# they describe a state's forces ("штаб вооруженных сил Литвы", "Бундесвер — вооруженные
# силы Германии").
CAPITALISED_BODIES = {("вооруженный", "сила")}
DASHES = {"—", "–", "-"}
# Units a body's forces own, written before them in the genitive ("штаба вооруженных сил").
UNITS = {"штаб", "командование", "подразделение", "часть", "лаборатория", "управление",
         "академия", "бригада", "батальон", "дивизия", "полк", "соединение"}  # fmt: skip
_BODY_HEADS = {key[0] for key in NATIONAL_BODIES}  # a body's first lemma: the rest is looked up
_BODY_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)
# Quotation marks inside a name ("совета «РФ – НАТО»"): the name is matched without them.
QUOTES = set("«»\"“”„'")
# Lemmas before an outlet cited as the source ("передает ВВС", "со ссылкой на ВВС"): there
# "ВВС", in the Cyrillic letters that look like "BBC", is the BBC, not an air force.
REPORTED_BY = {"передавать", "сообщать", "писать", "сообщить", "передать", "написать",
               "цитировать", "на", "данные", "эфир", "интервью", "корреспондент"}  # fmt: skip


@dataclass(frozen=True)
class PhraseMatch:
    """A gazetteer phrase of a sentence: a name (`alias`), a role phrase, a reference, or a
    state's body."""

    first: int  # token indexes in the sentence, end exclusive
    last: int
    alias: Alias | None = None
    role: str | None = None
    reference: str | None = None
    body: tuple[str, tuple[str, ...]] | None = None  # (country id, NATIONAL_BODIES key)


def _allowed(tokens: Sequence[Token], key_len: int, alias: Alias | None) -> bool:
    """One-word names, capitals and seats are written with a capital ("Грузия", not
    "грузия"); abbreviations in capitals ("США")."""
    if alias is not None and alias.entity_id.startswith("location:") and key_len > 1:
        return alias.one_state or not one_state([t.text for t in tokens[:key_len]])
    if alias is not None and alias.capitals and key_len == 1:
        return tokens[0].text.isupper()  # "САР" is Syria, "Сара" a given name
    if alias is None or key_len > 1 or alias.kind in ("demonym", "reference") or alias.lowercase:
        return True
    return tokens[0].is_capitalised and not _pronoun(tokens[0].text)


# Nouns by which a region's states are named together ("балтийские страны", "прибалтийские
# республики"): the region only in the plural; "балтийская страна" is one of its states.
STATES_OF = {"страна", "государство", "республика"}


def one_state(words: Sequence[str]) -> bool:
    """A phrase ending in a noun of STATES_OF with a word only singular ("балканская
    страна", "балканской страны", whose noun alone could be plural)."""
    if not words or phrase_key(words[-1])[-1:] not in {(s,) for s in STATES_OF}:
        return False
    for word in words:
        found = [p for p in parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF")]
        if found and all("sing" in p.tag for p in found):
            return True
    return False


def _other_persons(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """The word before an office at token i, or before its hyphen ("вице-президент",
    "экс-президент"), makes the phrase another person's (NOT_THE_HOLDER)."""
    j = i - 2 if i > 1 and lemmas[i - 1] == "-" else i - 1
    return j >= 0 and (lemmas[j] in NOT_THE_HOLDER or tokens[j].text.lower() in NOT_THE_HOLDER)


def _pronoun(word: str) -> bool:
    """'Те', 'Том' (as 'о том'): a form of a pronoun, never a one-word name whose lemma it
    shares ('Того', Togo)."""
    found = parses(word.lower())
    return bool(found) and (found[0].tag.POS == "NPRO" or "Apro" in found[0].tag.grammemes)


def _plural_title(tokens: Sequence[Token], hit: PhraseMatch) -> bool:
    """'на уровне глав МИД': a role's head word only in the plural speaks of many holders,
    not of the one the role names. The head is the phrase's first noun, after the states'
    adjectives ("греческий и македонский премьер-министры"), and a compound's last part."""

    def nouns(k: int) -> list:  # an adjective that is also a surname ("Македонский") is none
        found = parses(tokens[k].text.lower())
        return (
            []
            if any(p.tag.POS == "ADJF" for p in found)
            else [p for p in found if p.tag.POS == "NOUN"]
        )

    head = next((k for k in range(hit.first, hit.last) if nouns(k)), hit.first)
    while head + 2 < hit.last and tokens[head + 1].text == "-" and nouns(head + 2):
        head += 2  # "премьер-министры": the compound's last part takes the number
    found = nouns(head)
    return bool(found) and all("plur" in p.tag.grammemes for p in found)


# one head per body: "глав МИД" are many bodies ("представители МИД" are one body's)
HEADS_OF_BODIES = {"глава", "министр"}


def bare_body_of_many(tokens: Sequence[Token], hit: PhraseMatch, gaz) -> bool:
    """A body written bare by one word after its heads in the plural ("глав МИД",
    "министров Минобороны"): the bodies of many states, not Russia's."""
    if hit.alias is None or hit.last - hit.first != 1 or not hit.alias.entity_id.startswith("org:"):
        return False
    if gaz.entities[hit.alias.entity_id].code != "RUS" or hit.first == 0:
        return False
    before = tokens[hit.first - 1]
    if before is None or before.lemma not in HEADS_OF_BODIES:
        return False
    return _plural_title(tokens, PhraseMatch(hit.first - 1, hit.first)) or _of_members(
        tokens, hit.last, gaz
    )


# Kinds of organisation whose name after "главы МИД" makes them its members' ministers
# ("главы МИД НАТО", "министры обороны ЕС").
GROUPS_OF_STATES = {"intergovernmental", "military alliance"}


def _of_members(tokens: Sequence[Token], i: int, gaz) -> bool:
    """A group of states named at token i, by its name or reference (GROUPS_OF_STATES)."""
    if i >= len(tokens) or tokens[i] is None:
        return False
    key = (tokens[i].lemma,)
    alias = gaz.aliases.get(key)
    eid = alias.entity_id if alias is not None else gaz.references.get(key)
    entry = gaz.english.entries.get(eid) if eid else None
    return entry is not None and dict(entry.attributes).get("kind") in GROUPS_OF_STATES


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.&'-]*$")
# Particles inside European titles ("Bild am Sonntag", "Corriere della Sera").
NAME_PARTICLES = {"am", "an", "de", "der", "des", "della", "del", "di", "du", "la", "le", "of",
                  "the", "und", "van", "von", "zu"}  # fmt: skip


def _latin_name_goes_on(tokens: Sequence[Token], hit: PhraseMatch, gaz: RussianGazetteer) -> bool:
    """A name in Latin letters that a Latin title particle or another capitalised Latin word
    after it continues ("TRT Haber" is not TRT World). A known body's name after it is no part
    of it: two outlets cited one after the other ("со ссылкой на Associated Press Lenta.ru")."""
    last, after = tokens[hit.last - 1], tokens[hit.last] if hit.last < len(tokens) else None
    return (
        after is not None
        and _LATIN_WORD.match(last.text) is not None
        and (
            after.text in NAME_PARTICLES
            or (_LATIN_WORD.match(after.text) is not None and after.text[:1].isupper())
        )
        and after.start == last.end + 1
        and not _known_body_at(tokens, hit.last, gaz)
    )


def _known_body_at(tokens: Sequence[Token], i: int, gaz: RussianGazetteer) -> bool:
    """A gazetteer organisation's name starts at token i ("Lenta.ru", "Bloomberg")."""
    lemmas = [t.lemma for t in tokens[i : i + gaz.max_len]]
    for n in range(len(lemmas), 0, -1):
        alias = gaz.aliases.get(tuple(lemmas[:n]))
        if alias is not None and alias.kind == "name" and alias.entity_id.startswith("org:"):
            return True
    return False


def gazetteer_matches(
    tokens: Sequence[Token], gaz: RussianGazetteer, *, roles: bool = True
) -> list[PhraseMatch]:
    """Longest gazetteer phrases of one sentence, left to right, never overlapping (with
    `roles=False`, the names inside a role phrase: "НАТО" in "генсек НАТО")."""
    lemmas = [t.lemma for t in tokens]
    found: list[PhraseMatch] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(gaz.max_len + 2, len(tokens) - i), 0, -1):
            if _runs_into_a_date(tokens, i + n):
                continue  # "сил России 24 ноября": the number is the day, not "Россия 24"
            key = tuple(lemmas[i : i + n])
            alias, role = gaz.aliases.get(_unquoted(key)), gaz.roles.get(key) if roles else None
            if alias is not None and _allowed(tokens[i : i + n], n, alias):
                hit = PhraseMatch(i, i + n, alias=alias)
            elif role is not None:
                hit = PhraseMatch(i, i + n, role=role)
            elif key in gaz.references:
                hit = PhraseMatch(i, i + n, reference=gaz.references[key])
            if hit:
                break
        if hit is None:
            hit = _compound_half(i, tokens, lemmas, gaz) or _quoted_short(i, tokens, lemmas, gaz)
        body = lemmas[i] in _BODY_HEADS and next(
            (
                n
                for n in _BODY_LENGTHS
                if i + n <= len(lemmas) and tuple(lemmas[i : i + n]) in NATIONAL_BODIES
            ),
            0,
        )
        if body and (hit is None or (hit.alias is not None and hit.last - hit.first == body)):
            hit = _national_body(i, body, tokens, lemmas, found, gaz) or hit
        if hit and hit.alias is not None and _latin_name_goes_on(tokens, hit, gaz):
            hit = None  # "Bild am Sonntag": a longer Latin name than the one known
        if (
            hit
            and hit.alias is not None
            and i > 0
            and lemmas[i - 1] in DIVISION
            and not hit.alias.entity_id.startswith("org:")  # "департамента МИД РФ": its body
            and _in_apposition(tokens[hit.first : hit.last])  # "области Украины": its state
        ):
            hit = None  # "округ Колумбия": a division's name, not the country's
        if hit and foreign_office(hit, tokens, lemmas, gaz):
            hit = None  # "глава МИД Турции": not Russia's ministry or minister
        if hit and i > 0 and bare_body_of_many(tokens, hit, gaz):
            hit = None  # "на уровне глав МИД": the ministries of many states, none named
        if hit and hit.role is not None and _other_persons(tokens, lemmas, i):
            hit = None  # "заместитель госсекретаря": the deputy, not the secretary
        if (
            hit
            and hit.role is not None
            and (_plural_title(tokens, hit) or _of_members(tokens, hit.last, gaz))
        ):
            i = hit.last  # "главы МИД стран НАТО": many ministers and ministries, none named
            continue
        if hit:
            found.append(hit)
            i = hit.last
        else:
            i += 1
    return found


def _in_apposition(tokens: Sequence[Token]) -> bool:
    """A name after a division's noun that keeps its nominative whatever the noun's case ("в
    округе Колумбия", "штат Джорджия") is the division's own; one in another case ("в Донецкой
    области Украины") or an abbreviation ("области РФ") is the state the division belongs to."""
    return all(
        t is None or (t.text.lower() == t.lemma and not (t.text.isupper() and len(t.text) > 1))
        for t in tokens
    )


def _runs_into_a_date(tokens: Sequence[Token], end: int) -> bool:
    """A phrase ending in a number that a month's name follows: the number is a date's day,
    and no name runs into a date."""
    return (
        end < len(tokens)
        and tokens[end - 1] is not None
        and tokens[end - 1].text.isdigit()
        and tokens[end] is not None
        and is_month(tokens[end].text)
    )


def _compound_half(
    i: int, tokens: Sequence[Token], lemmas: Sequence[str], gaz
) -> PhraseMatch | None:
    """The first half of a compound of state adjectives ("сирийско-турецкой границе",
    "белорусско-российских учений"): "сирийско-" is the adjective "сирийский", its country."""
    if i + 2 >= len(tokens) or lemmas[i + 1] != "-":
        return None
    # "американо-", "франко-": joining forms that are no "-ско" stem (state_compounds)
    adjective = JOINING_FORMS.get(fold(tokens[i].text)) if tokens[i] is not None else None
    if adjective is None and not lemmas[i].endswith(("ско", "цко")):
        return None
    alias = gaz.aliases.get((adjective or lemmas[i][:-1] + "ий",))
    if alias is None or alias.kind != "demonym" or not alias.entity_id.startswith("country:"):
        return None
    return PhraseMatch(i, i + 1, alias=alias)


# Nouns a group's meeting or its members are told by ("саммит «двадцатки»", "страны «двадцатки»").
GROUP_NOUNS = {"саммит", "встреча", "страна", "лидер", "член", "участник", "формат", "состав",
               "министр", "глава", "государство"}  # fmt: skip


def _quoted_short(
    i: int, tokens: Sequence[Token], lemmas: Sequence[str], gaz
) -> PhraseMatch | None:
    """A group's short name alone between quotation marks, capitalised or after a noun of its
    meetings or members ("саммит «Двадцатки»"); "в «двадцатку» богатейших" is a ranking."""
    eid = gaz.quoted_short.get((lemmas[i],))
    if eid is None or i == 0 or i + 1 >= len(lemmas):
        return None
    if lemmas[i - 1] not in QUOTES or lemmas[i + 1] not in QUOTES:
        return None
    if not tokens[i].is_capitalised and (i < 2 or lemmas[i - 2] not in GROUP_NOUNS):
        return None
    return PhraseMatch(i, i + 1, alias=Alias(eid, "name"))


def _unquoted(key: tuple[str, ...]) -> tuple[str, ...]:
    """A key with its pairs of quotation marks inside dropped: "совет « рф - нато »" is
    "совет рф - нато"; a key that starts with a quotation mark or leaves one open is kept."""
    if not key or key[0] in QUOTES or key[-1] not in QUOTES:
        return key
    marks = [lemma for lemma in key if lemma in QUOTES]
    if len(marks) % 2:
        return key
    return tuple(lemma for lemma in key if lemma not in QUOTES)


def _state_after(i: int, tokens: Sequence[Token], lemmas: Sequence[str], gaz) -> str | None:
    """The country named at token i ("Турции", "РФ"), or after a list of the state's bodies
    that goes on ("Воздушно-десантных войск и Военно-воздушных сил РФ")."""
    for k in (3, 2, 1):
        state = gaz.aliases.get(tuple(lemmas[i : i + k]))
        if state is not None and state.entity_id.startswith("country:") and state.kind == "name":
            return state.entity_id
    if i < len(lemmas) and lemmas[i] in ("и", ",") and i + 1 < len(lemmas):
        for n in _BODY_LENGTHS:
            if tuple(lemmas[i + 1 : i + 1 + n]) in NATIONAL_BODIES and tokens[i + 1].is_capitalised:
                return _state_after(i + 1 + n, tokens, lemmas, gaz)
    return None


def _plural(token: Token) -> bool:
    """A lower-case noun whose every parse is plural ("флотов"), no abbreviation ("ВМС")."""
    if token.text.isupper():
        return False
    nouns = [p for p in parses(token.text.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("plur" in p.tag.grammemes for p in nouns)


def _nominative(token: Token) -> bool:
    """A noun whose first parse is in the nominative ("Российский флот уже взял его под
    наблюдение": the navy acting)."""
    nouns = [p for p in parses(token.text.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and nouns[0].tag.case == "nomn"


def _owner_body(i: int, lemmas: Sequence[str]) -> int:
    """How many tokens from i a state's body takes that owns the body before it
    ("Минобороны" after "генштаб"), 0 for none."""
    return next((n for n in _BODY_LENGTHS if tuple(lemmas[i : i + n]) in NATIONAL_BODIES), 0)


def _describes(i: int, tokens: Sequence[Token], lemmas: Sequence[str]) -> bool:
    """Forces in lower case at i that describe, not name, the body: after a dash or a comma
    after a name, another name's gloss ("Бундесвера — вооруженных сил Германии"), or owning the unit before them
    ("штаба вооруженных сил Литвы", whose head is the unit). Elsewhere the agencies write the
    state's forces in lower case too ("в Twitter вооруженных сил Латвии")."""
    if i == 0:
        return True
    if tokens[i - 1].text == "," and i > 1 and tokens[i - 2].is_capitalised:
        return True  # "Бундесвера, вооруженных сил Германии,": a gloss set off by commas
    return tokens[i - 1].text in DASHES or lemmas[i - 1] in UNITS


def _two_states(i: int, lemmas: Sequence[str], gaz) -> bool:
    """Two states' names joined by "и" from token i ("вооруженных сил Беларуси и России"):
    each state's body, in lower case too, as a joint exercise's news writes it."""
    first = _country_length(i, lemmas, gaz)
    return (
        first > 0
        and i + first < len(lemmas)
        and lemmas[i + first] == "и"
        and _country_length(i + first + 1, lemmas, gaz) > 0
    )


def _country_length(i: int, lemmas: Sequence[str], gaz) -> int:
    """How many tokens from i a country's name takes ("Беларуси": 1), 0 for none."""
    for k in (3, 2, 1):
        state = gaz.aliases.get(tuple(lemmas[i : i + k]))
        if state is not None and state.entity_id.startswith("country:") and state.kind == "name":
            return k
    return 0


ARMY = ("армия",)
SOURCES = {"источник", "собеседник"}  # unnamed people inside a body ("источники в армии")


def army_of_a_state(
    i: int, tokens: Sequence[Token], lemmas: Sequence[str], state: str | None, found
) -> PhraseMatch | None:
    """ "армия" at i as a state's armed forces: with the state's name after it ("армии Литвы")
    or its adjective before it capitalised as a name's is ("Представители Литовской армии").
    After a unit ("бригада литовской армии", "штаба армии Литвы") it describes the unit, as the
    forces do (_describes). The adjective in lower case names it too ("на вооружении польской
    армии"), but not where the army is where unnamed sources sit ("Источники из турецкой армии
    сообщили": people, as heldout4 reads it)."""
    before = found[-1] if found and found[-1].last == i else None
    demonym = before if before is not None and before.alias is not None else None
    if demonym is not None and demonym.alias.kind != "demonym":
        demonym = None
    first = demonym.first if demonym is not None else i
    if first > 0 and lemmas[first - 1] in UNITS:
        return None
    if state is not None:
        return PhraseMatch(i, i + 1, body=(state, ARMY))
    sources = first > 1 and lemmas[first - 2] in SOURCES and lemmas[first - 1] in ("в", "из")
    if demonym is not None and (tokens[first].is_capitalised or not sources):
        return PhraseMatch(i, i + 1, body=(demonym.alias.entity_id, ARMY))
    return None


def _national_body(
    i: int, n: int, tokens: Sequence[Token], lemmas: Sequence[str], found: list[PhraseMatch], gaz
) -> PhraseMatch | None:
    """A state's body written by its word or words (NATIONAL_BODIES, `n` tokens at `i`) with
    the state's name after it ("МИД Македонии", "Министерства обороны Латвии") or its demonym
    before it ("турецкими ВВС", "украинского МИДа"): that state's body, in lower case too when
    it is several words with the state after them ("министерство обороны Турции"). "ВВС" cited as a
    source ("передает ВВС") is the BBC."""
    body = tuple(lemmas[i : i + n])
    state = _state_after(i + n, tokens, lemmas, gaz)
    if body == ARMY:
        return army_of_a_state(i, tokens, lemmas, state, found)
    owner = 0 if state is not None else _owner_body(i + n, lemmas)
    if owner:
        # "генштаб Минобороны Испании": the unit is of the state its owner's name gives
        state = _state_after(i + n + owner, tokens, lemmas, gaz)
        owner = owner if state is not None else 0
    if n == 1 and _plural(tokens[i]):
        return None  # "деятельность флотов США и других стран": many states' fleets
    before = found[-1] if found and found[-1].last == i else None
    demonym = before is not None and before.alias is not None and before.alias.kind == "demonym"
    if demonym and n > 1 and before.first > 0 and lemmas[before.first - 1] in HEADS_OF_BODIES:
        demonym = False  # "глава македонского министерства иностранных дел": the minister's role
    if not tokens[i].is_capitalised and (n < 2 or state is None) and not demonym and not owner:
        # in lower case only a body of several words with its state after it, a body with
        # its state's adjective before it ("российской погранслужбы", "латвийского
        # министерства обороны"), or a unit with its owner and state after it
        return None
    if (
        not tokens[i].is_capitalised
        and body in CAPITALISED_BODIES
        and not _two_states(i + n, lemmas, gaz)
        and _describes(i, tokens, lemmas)
    ):
        return None  # "лабораторию Бундесвера — вооруженных сил Германии": a description
    if state is not None:
        return PhraseMatch(i, i + n, body=(state, body))
    if demonym and body in NAMED_ONLY and not _nominative(tokens[i]):
        return None  # "защитить суда от российского флота": ships, not the institution acting
    if demonym:
        return PhraseMatch(i, i + n, body=(before.alias.entity_id, body))
    if lemmas[i] == "ввс" and i > 0 and lemmas[i - 1] in REPORTED_BY and "org:bbc" in gaz.entities:
        return PhraseMatch(i, i + 1, alias=Alias("org:bbc", "name"))
    return None


def body_entity(body: tuple[str, tuple[str, ...]], gaz: RussianGazetteer) -> Entity:
    """The organisation a file names for that state and body, else the English side's id of
    '<demonym> <body>' ("Macedonian Foreign Ministry": org:macedonian-foreign-ministry)."""
    state, word = body
    known = gaz.national_bodies.get(body)
    if known is None:  # "флот США" is the body the file names "ВМС США": one English name
        known = next(
            (
                eid
                for (other, key), eid in gaz.national_bodies.items()
                if other == state and NATIONAL_BODIES[key] == NATIONAL_BODIES[word]
            ),
            None,
        )
    if known is not None:
        return gaz.entities[known]
    country = gaz.entities[state]
    name = f"{gaz.demonyms.get(state, country.name)} {NATIONAL_BODIES[word]}"
    return Entity(f"org:{slug(name)}", "org", name, country.code)


def foreign_office(hit: PhraseMatch, tokens, lemmas, gaz: RussianGazetteer) -> bool:
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
        if nxt is not None and nxt.kind == "name" and _has_bodies(nxt.entity_id, gaz):
            return True  # "глава МИД Южной Осетии": a breakaway republic's ministry
    return False


def _has_bodies(place: str, gaz: RussianGazetteer) -> bool:
    """A region with bodies of its own, as a state's ("МИД Абхазии", "глава МИД Приднестровья",
    "МВД Крыма"): a breakaway republic's or a region's government, not Russia's; a city's name
    after a body is where it sits."""
    entry = gaz.entities.get(place) if place.startswith("location:") else None
    return entry is not None and (
        dict(entry.attributes).get("kind") == "region"
        or any(owner == place for owner, _ in gaz.national_bodies)
    )
