"""Places and bodies a Russian text tells by the noun of their kind, with the whole sentence read:

- a name after its kind's noun ("аэропорту Тегель", "поселка Заветное", "провинции Анкара",
  "клиника «Шарите»", "полигоны Лепельский, Борисовский и Доманово") is a place or a body of that
  kind: the gazetteer's where it holds the name, else one of its own, an airport's and a range
  named by its adjective with their kind in the id (`location:tegel-airport`,
  `location:lepelsky-range`), as the English press names them;
- adjectives sharing one noun ("в Калининградской, Ленинградской и Псковской областях", "из
  Черного в Азовское море") each name a place with it; a region ("Витебской области") is the
  gazetteer's place of its centre where it holds one, else `<centre>-oblast`.

The gazetteer's own mentions stay: only what it does not know is typed by the noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.places import english_city
from lib.engine.russian.text import Token, parses
from lib.engine.russian.translit import to_english
from lib.ids import slug


@dataclass(frozen=True)
class Kind:
    type: str  # location | org
    suffix: str = ""  # the kind's English word in the id ("airport")
    adjective_only: bool = False  # the suffix only for a name that is an adjective ("range")
    quoted_only: bool = False  # a word too common to type a bare name after it ("центр")
    # stems one of which the word before the noun must hold ("учебно-тренировочный комплекс"
    # is a range, "ракетный комплекс «Искандер»" a weapon); empty: any word
    after: tuple[str, ...] = ()


# Nouns of a kind of place or body that news puts before the name ("аэропорт Тегель") or
# after its adjective ("Ашулукский полигон").
KIND_NOUNS = {
    "аэропорт": Kind("location", "airport"),
    "авиабаза": Kind("location"),
    "полигон": Kind("location", "range", adjective_only=True),
    "поселок": Kind("location"),
    "посёлок": Kind("location"),
    "село": Kind("location"),
    "деревня": Kind("location"),
    "станица": Kind("location"),
    "город": Kind("location"),
    "остров": Kind("location"),
    "аэродром": Kind("location"),
    "провинция": Kind("location"),
    "клиника": Kind("org"),
    "больница": Kind("org"),
    "госпиталь": Kind("org"),
    "лаборатория": Kind("org"),
    "центр": Kind("org", quoted_only=True),  # "центр «Сколково»", never "в центре Эймсбери"
    "база": Kind("location", quoted_only=True),  # "база «Хмеймим»", never "база НАТО"
    "комплекс": Kind("location", quoted_only=True, after=("учебн", "тренировочн", "полигонн")),
}
# The kinds' abbreviations before a name, with their full stop, often glued to it ("с.Заветное",
# "пос. Новоозерное", "д. Глубокое"): the noun they shorten.
ABBREVIATED = {"с": "село", "пос": "поселок", "п": "поселок", "д": "деревня", "ст": "станица",
               "г": "город", "о": "остров"}  # fmt: skip
QUOTES = '«"“„'
CLOSING = '»"”“'
LIST_JOINS = {",", "и"}
DASHES = {"-", ":"}
# Nouns several place adjectives share ("в Калининградской, Ленинградской и Псковской
# областях", "из Черного в Азовское море").
SHARED_NOUNS = {"область", "море", "океан", "залив", "пролив", "полуостров"}
REGION = "область"
FROM_TO = {"из", "от", "с"}
REGION_CLOSE = 60  # GeoNames' English name this close to the transliteration is the centre's


def named_by_kind(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The article's mentions with the places and bodies told by their kind's noun added, and
    what the NER read in their names otherwise (a person "Доманово", a place "Портон-Даун")
    replaced."""
    found: list[Mention] = []
    for sentence in sentences:
        found += _after_kind_nouns(sentence, mentions, text, gaz)
        found += _shared_nouns(sentence, mentions, text, gaz)
    if not found:
        return mentions
    kept = [m for m in mentions if not _replaced(m, found, gaz)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _replaced(m: Mention, found: Sequence[Mention], gaz: RussianGazetteer) -> bool:
    """A mention inside a name told by its kind that the gazetteer does not hold, or a
    capital read as its state ("провинции Анкара")."""
    overlaps = any(f.start < m.end and m.start < f.end for f in found)
    return overlaps and (m.entity_id not in gaz.entities or m.kind in ("capital", "seat"))


def _known(m: Mention, gaz: RussianGazetteer) -> bool:
    return m.entity_id in gaz.entities and m.kind not in ("capital", "seat")


def _is_adjective(token: Token) -> bool:
    return any(p.tag.POS == "ADJF" for p in parses(token.text.lower())[:1])


def _agrees_with_noun(token: Token) -> bool:
    """A masculine adjective, as a range's name agrees with "полигон" ("Лепельский", which
    pymorphy3 may read first as an unknown noun); "Глубокое" is a name of its own."""
    return any(
        p.tag.POS == "ADJF" and (p.tag.gender == "masc" or p.tag.number == "plur")
        for p in parses(token.text.lower())[:3]
    )


def _place_adjective(token: Token) -> bool:
    """An adjective made from a place's name ("Лепельский", "Псковской"), never a quality
    ("Новый", "Западного")."""
    found = parses(token.text.lower())[:1]
    return (
        token.is_capitalised
        and bool(found)
        and found[0].tag.POS == "ADJF"
        and "Qual" not in found[0].tag.grammemes
        and found[0].normal_form.endswith(("ский", "цкий"))
    )


def _names(tokens: Sequence[Token], j: int, many: bool) -> list[tuple[int, int]]:
    """The names from token j: one capitalised name (up to three words, hyphens inside), in
    quotes or not; a list of them joined by commas and "и" after a plural noun. Empty where
    the words go on as a common phrase ("полигоне Западного военного округа")."""
    quoted = j < len(tokens) and tokens[j].text in QUOTES
    j += quoted
    names: list[tuple[int, int]] = []
    end = j
    while j < len(tokens) and _name_word(tokens[j]):
        k = j + 1
        while (
            k < len(tokens)
            and k - j < 5
            and (
                tokens[k].is_capitalised
                and tokens[k].text.isalpha()
                or (tokens[k].text == "-" and k + 1 < len(tokens) and tokens[k + 1].is_capitalised)
            )
        ):
            k += 1
        names.append((j, k))
        end = k
        if quoted:
            return names if k < len(tokens) and tokens[k].text in CLOSING else []
        if not many or k >= len(tokens) or tokens[k].lemma not in LIST_JOINS:
            break
        j = k + 1
    if names and _goes_on(tokens, end):
        return []  # "полигоне Западного военного округа": a phrase, not a name
    return names


def _after_kind_nouns(
    sentence: Sentence, mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    tokens, out = sentence.tokens, []
    for i, token in enumerate(tokens):
        kind = KIND_NOUNS.get(token.lemma)
        if kind is None and _abbreviation(tokens, i):
            kind, i = KIND_NOUNS[ABBREVIATED[token.text]], i + 1  # the name after its full stop
        if kind is None:
            continue
        many = _plural_or_counted(tokens, i)
        if kind.quoted_only and (i + 1 >= len(tokens) or tokens[i + 1].text not in QUOTES):
            continue
        if kind.after and (i == 0 or not any(s in tokens[i - 1].lemma for s in kind.after)):
            continue
        spans = _names(tokens, i + 1, many)
        if not spans and many:  # "два полигона ВВС и войск ПВО - Ружанский и Доманово"
            dash = next((k for k in range(i + 1, min(i + 8, len(tokens))) if tokens[k].text
                         in DASHES), None)  # fmt: skip
            spans = _names(tokens, dash + 1, many) if dash is not None else []
        if kind.suffix and i > 0:  # "Ашулукский полигон", "Лужский и Правдинский полигоны"
            spans += _adjectives_before(tokens, i)
        for first, last in spans:
            entity = _entity(tokens[first:last], kind, mentions, gaz)
            if entity is not None:
                out.append(_mention(entity, tokens[first], tokens[last - 1], sentence, text))
    return out


def _abbreviation(tokens: Sequence[Token], i: int) -> bool:
    """A kind's abbreviation in lower case, its full stop, then a capitalised word."""
    return (
        tokens[i].text in ABBREVIATED
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].is_capitalised
    )


def _goes_on(tokens: Sequence[Token], end: int) -> bool:
    """An adjective the name ends in that a lower-case adjective or noun follows: the start
    of a common phrase ("Западного военного округа")."""
    if end >= len(tokens) or not _is_adjective(tokens[end - 1]) or tokens[end].is_capitalised:
        return False
    return any(p.tag.POS in ("ADJF", "NOUN") for p in parses(tokens[end].text.lower())[:1])


def _name_word(token: Token) -> bool:
    """A capitalised word; not an abbreviation, which names the owner ("полигон ВВС", "база
    НАТО")."""
    return token.is_capitalised and token.text.isalpha() and not token.text.isupper()


def _plural_or_counted(tokens: Sequence[Token], i: int) -> bool:
    found = parses(tokens[i].text.lower())[:1]
    counted = i > 0 and any(p.tag.POS == "NUMR" for p in parses(tokens[i - 1].text.lower())[:1])
    return counted or (bool(found) and "plur" in found[0].tag.grammemes)


def _adjectives_before(tokens: Sequence[Token], i: int) -> list[tuple[int, int]]:
    """Place adjectives right before the noun, joined by commas and "и"."""
    spans, k = [], i - 1
    while k >= 0 and _place_adjective(tokens[k]):
        spans.append((k, k + 1))
        if k >= 2 and tokens[k - 1].lemma in LIST_JOINS:
            k -= 2
        else:
            break
    return spans


def _entity(
    words: Sequence[Token], kind: Kind, mentions: list[Mention], gaz: RussianGazetteer
) -> Entity | None:
    """What a name after its kind's noun is: the gazetteer's entity where a mention of it is
    there already (None: it stays as it is), its place where it is a capital ("провинции
    Анкара"), else an entity of the kind's type of its own."""
    start, end = words[0].start, words[-1].end
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(_known(m, gaz) for m in inside):
        return None
    alias = gaz.aliases.get(tuple(t.lemma for t in words))
    if alias is not None and alias.kind == "capital" and alias.place and kind.type == "location":
        return Entity(f"location:{slug(alias.place)}", "location", alias.place)
    if alias is not None and alias.kind == "name" and alias.entity_id.startswith("location:"):
        return gaz.entities[alias.entity_id]  # "провинции Латакия", which a division's noun hid
    if any(m.kind in ("seat", "demonym") or m.type == "country" for m in inside):
        return None
    adjective = len(words) == 1 and _agrees_with_noun(words[0])
    if adjective and kind.suffix:
        latin = to_english(words[0].lemma.capitalize())
    else:
        latin = to_english(_nominative([t.text for t in words]))
        if kind.type == "location" and not kind.suffix:  # GeoNames' "Капустин Яр" is a town
            latin = english_city(_nominative([t.text for t in words]), latin) or latin
            known = gaz.english.names.get(latin)  # GeoNames' "Dūmā": the gazetteer's Douma
            if known is not None and known[0] in gaz.entities and known[0].startswith("location:"):
                return gaz.entities[known[0]]
    if not slug(latin):
        return None
    if kind.suffix and (adjective or not kind.adjective_only):
        latin = f"{latin} {kind.suffix.capitalize()}"
    return Entity(f"{kind.type}:{slug(latin)}", kind.type, latin)


def _nominative(words: list[str]) -> str:
    """A name in apposition stays as written ("поселка Заветное"); a declined one is put in
    the nominative."""
    if all(
        not parses(w.lower()) or any(p.tag.case in ("nomn", None) for p in parses(w.lower()))
        for w in words
        if w.isalpha()
    ):
        return " ".join(words).replace(" - ", "-")
    return inflect_nominative(words, person=False)


def _mention(entity: Entity, first: Token, last: Token, sentence: Sentence, text: str) -> Mention:
    label = "LOC" if entity.type == "location" else "ORG"
    return mention_of(entity, "name", label, first.start, last.end, text, sentence,
                      text[first.start : last.end])  # fmt: skip


def _shared_nouns(
    sentence: Sentence, mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """Each place adjective of a chain that shares one noun ("в Калининградской, Ленинградской и
    Псковской областях", "из Черного в Азовское море"), with that noun."""
    tokens, out = sentence.tokens, []
    for i, token in enumerate(tokens):
        head = (token.lemma,)
        if _plural_name_noun(tokens, i):  # "Восточный и Центральный военные округа"
            head, i = (tokens[i - 1].lemma, token.lemma), i - 1
        elif token.lemma not in SHARED_NOUNS or i == 0:
            continue
        for k in _chain(tokens, i):
            adjective = tokens[k]
            inside = [m for m in mentions if m.start < adjective.end and adjective.start < m.end]
            if any(_known(m, gaz) for m in inside):
                continue
            alias = gaz.aliases.get((adjective.lemma, *head))
            if alias is not None and alias.kind == "name":
                entity = gaz.entities[alias.entity_id]
            elif token.lemma == REGION and _place_adjective(adjective):
                entity = region(adjective.lemma, gaz)
            else:
                continue
            last = token if k == i - 1 else adjective
            out.append(_mention(entity, adjective, last, sentence, text))
    return out


def _plural_name_noun(tokens: Sequence[Token], i: int) -> bool:
    """A plural noun with a lower-case adjective before it and capitalised adjectives joined
    by "и" before that ("Восточный и Центральный военные округа"): a noun of names the
    adjectives share, each a body or a place of the gazetteer with it."""
    if i < 4 or tokens[i].is_capitalised or tokens[i - 1].is_capitalised:
        return False
    if tokens[i - 3].lemma not in LIST_JOINS:
        return False
    nouns = [p for p in parses(tokens[i].text.lower()) if p.tag.POS == "NOUN"]
    # the adjective says the number ("округа" may be singular; "военные" a noun first)
    return bool(nouns) and any(
        p.tag.POS == "ADJF" and "plur" in p.tag.grammemes
        for p in parses(tokens[i - 1].text.lower())[:3]
    )


def _chain(tokens: Sequence[Token], i: int) -> list[int]:
    """The capitalised adjectives before the noun at i that share it: joined by commas and "и",
    or by "в"/"до" after "из"/"от" ("из Черного в Азовское")."""
    chain, k = [], i - 1
    while k >= 0 and tokens[k].is_capitalised and _is_adjective(tokens[k]):
        chain.append(k)
        if not _joined(tokens, k):
            break
        k -= 2
    return chain


def _joined(tokens: Sequence[Token], k: int) -> bool:
    """Another capitalised word two tokens before k, joined to it by a comma or "и", or by "в"
    after "из" ("из Черного в Азовское")."""
    if k < 2 or not tokens[k - 2].is_capitalised:
        return False
    if tokens[k - 1].lemma in LIST_JOINS:
        return True
    return k >= 3 and tokens[k - 1].lemma in ("в", "до", "на") and tokens[k - 3].lemma in FROM_TO


def region(adjective: str, gaz: RussianGazetteer) -> Entity:
    """A region by its adjective ("витебский" of "Витебской области"): the gazetteer's place
    of "<adjective> область" or of its centre where that place is the region
    ("калининградский": Kaliningrad), `location:<city>-oblast` where it is only the city
    ("одесский": Odessa Oblast, not the port), else `location:<centre>-oblast`, the centre's
    English name from GeoNames where it is close to the transliteration (a renamed centre
    keeps the region's name: Leningrad)."""
    alias = gaz.aliases.get((adjective, REGION))
    if alias is not None and alias.entity_id.startswith("location:"):
        return gaz.entities[alias.entity_id]
    stems = _centres(adjective)
    for stem in stems:
        known = gaz.aliases.get((stem,))
        if known is not None and known.entity_id.startswith("location:"):
            centre = gaz.entities[known.entity_id]
            if dict(centre.attributes).get("kind") != "city":
                return centre
            name = f"{centre.name} Oblast"
            return Entity(f"location:{slug(name)}", "location", name, centre.code)
    for stem in stems:
        latin = to_english(stem.capitalize())
        city = english_city(stem.capitalize(), latin)
        if city is not None:
            name = city if fuzz.ratio(city, latin) >= REGION_CLOSE else latin
            return Entity(f"location:{slug(name)}-oblast", "location", f"{name} Oblast")
    latin = to_english(adjective.capitalize())
    return Entity(f"location:{slug(latin)}-oblast", "location", f"{latin} Oblast")


def _centres(adjective: str) -> list[str]:
    """The city names an adjective of a region may come from: "витебский" -> "витебск",
    "псковский" -> "псков", "одесский" -> "одесса", "гомельский" -> "гомель"."""
    if not adjective.endswith(("ский", "цкий")):
        return []
    bare = adjective[:-4]
    return list(dict.fromkeys([adjective[:-2], bare, bare + "а", bare + "ь", bare + "о",
                               adjective[:-3] + "а"]))  # fmt: skip
