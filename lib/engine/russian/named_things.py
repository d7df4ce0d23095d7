"""A state's or region's word inside the name of a thing, with the whole article read: part
of that name, never a mention of the state or region.

- a state's adjective before a landform's noun, both capitalised as a name is ("в районе
  Туркменской горы"): the landform, a place named as the English press names it
  (`location:turkmen-mountain`), not Turkmenistan;
- a state's or region's adjective opening a name in quotation marks («Турецкий поток»,
  «Украинская правда»): a pipeline's, a firm's or a title's, not the state's;
- a name in quotation marks after a ship's noun, the ship's class, owner or unit between
  ("корабль управления ВМС Украины «Донбасс»"), and the same quoted name wherever the article
  repeats it alone ("«Донбасс» находится в 18 милях"): a ship, no region;
- a name in quotation marks after a facility's noun ("АЭС «Аккую»", "завода «Звезда»"): a
  plant, no organisation and no place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.text import Token, parses, phrase_key
from lib.ids import slug

# Landforms named by a state's adjective, and their English words ("Туркменская гора":
# Turkmen Mountain).
LANDFORMS = {"гора": "Mountain", "хребет": "Ridge", "плато": "Plateau", "долина": "Valley"}
OPENING = '«"“„'
CLOSING = '»"”“'
# A ship's nouns: its quoted name after them is the ship's (misread.SHIPS reads the name
# right after; here the class, owner or unit may stand between).
SHIPS = {"корабль", "судно", "катер", "буксир", "эсминец", "фрегат", "крейсер", "корвет",
         "танкер", "сухогруз", "подлодка", "авианосец", "траулер", "баржа"}  # fmt: skip
# Facilities whose quoted name is a plant's or a pipeline's, no body's.
FACILITIES = {"аэс", "тэц", "гэс", "электростанция", "завод", "комбинат", "газопровод",
              "нефтепровод", "трубопровод", "месторождение", "терминал"}  # fmt: skip
BETWEEN = 5  # words a ship's noun and its quoted name may have between them


def name_parts(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The article's mentions with the states and regions that are words of a thing's name
    dropped, and landforms named by a state's adjective made places."""
    by_id = {s.sentence_id: s for s in sentences}
    ships = {name for s in sentences for name in _ship_names(s, text)}
    out = []
    for m in mentions:
        sentence = by_id.get(m.sentence_id)
        if sentence is None or m.type not in ("country", "location", "org", "person"):
            out.append(m)
            continue
        landform = _landform(m, sentence, text, gaz)
        if landform is not None:
            out.append(landform)
            continue
        if _opens_quoted_name(m, text) or _quoted_ship(m, text, ships, gaz):
            continue
        if _after_facility(m, sentence, text, gaz):
            continue
        out.append(m)
    return out


def _at(sentence: Sentence, start: int) -> int | None:
    return next((i for i, t in enumerate(sentence.tokens) if t.start == start), None)


def _landform(m: Mention, sentence: Sentence, text: str, gaz: RussianGazetteer) -> Mention | None:
    """A state's adjective, capitalised, and a landform's noun right after it, capitalised
    too or not ("Туркменской горы"): the landform, as a place."""
    if m.kind != "demonym" or m.type != "country" or not m.surface[:1].isupper():
        return None
    at = _at(sentence, m.start)
    if at is None or at + 1 >= len(sentence.tokens) or " " in m.surface:
        return None
    noun = sentence.tokens[at + 1]
    english = LANDFORMS.get(noun.lemma)
    if english is None:
        return None
    if any("plur" in p.tag.grammemes for p in parses(noun.text.lower())[:1]):
        english += "s"  # "Курдские горы": Kurdish Mountains
    name = f"{gaz.demonyms.get(m.entity_id, m.name)} {english}"
    return replace(m, end=noun.end, surface=text[m.start : noun.end], entity_id=f"location:"
                   f"{slug(name)}", type="location", kind="name", name=name, label="LOC",
                   normal=text[m.start : noun.end], code=None)  # fmt: skip


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the quotation marks the words start:end stand in, on one line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(q, line_start, start) for q in OPENING)
    if opening < 0 or any(
        text.find(q, opening + 1, start) >= 0 for q in CLOSING if q not in OPENING
    ):
        return None
    closing = [i for q in CLOSING if (i := text.find(q, end, line_end)) >= 0]
    return (opening + 1, min(closing)) if closing else None


def _opens_quoted_name(m: Mention, text: str) -> bool:
    """A state's or region's adjective that opens a quoted name of more words («Турецкого
    потока»): a word of that name."""
    if m.kind != "demonym" or m.type not in ("country", "location"):
        return False
    quote = _quote_around(text, m.start, m.end)
    if quote is None or text[quote[0] : m.start].strip():
        return False
    rest = text[m.end : quote[1]].split()
    return 1 <= len(rest) <= 4 and rest[0][:1].isalpha()


def _ship_names(sentence: Sentence, text: str) -> list[tuple[str, ...]]:
    """The quoted names a ship's noun introduces in a sentence ("катера «Бердянск» и
    «Никополь»"), as lemma keys."""
    names, tokens = [], sentence.tokens
    for i, token in enumerate(tokens):
        if token.lemma not in SHIPS:
            continue
        for j in range(i + 1, min(i + 2 + BETWEEN, len(tokens))):
            if tokens[j].text in OPENING:
                names += _quoted_list(tokens, j, text)
                break
            if not _word_between(tokens[j]):
                break
    return names


def _quoted_list(tokens: Sequence[Token], j: int, text: str) -> list[tuple[str, ...]]:
    """The quoted names from token j on, joined by commas and "и"."""
    names = []
    while j < len(tokens) and tokens[j].text in OPENING:
        quote = _quote_around(text, tokens[j].end, tokens[j].end)
        if quote is None:
            break
        names.append(phrase_key(text[quote[0] : quote[1]]))
        j = next((k for k, t in enumerate(tokens) if t.start >= quote[1] + 1), len(tokens))
        if j < len(tokens) and tokens[j].lemma in (",", "и"):
            j += 1
        else:
            break
    return names


def _word_between(token: Token) -> bool:
    """A word between a ship's noun and its name: its class, its owner, its unit ("военный",
    "управления", "ВМС", "Украины") or a dash before a list, never a verb or another mark."""
    if token.text in ("—", "–", "-", ":"):
        return True  # "три украинских корабля — «Бердянск», «Никополь»"
    if not token.text.isalpha():
        return False
    found = parses(token.text.lower())[:1]
    return not found or found[0].tag.POS not in ("VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP")


def _quoted_ship(m: Mention, text: str, ships: set[tuple[str, ...]], gaz) -> bool:
    """A place, a person or a body no file holds whose quoted name is a ship's the article
    names."""
    if not ships or (m.type == "org" and m.entity_id in gaz.entities) or m.type == "country":
        return False
    quote = _quote_around(text, m.start, m.end)
    if quote is None or text[quote[0] : quote[1]].strip() != m.surface:
        return False
    return phrase_key(m.surface) in ships


def _after_facility(m: Mention, sentence: Sentence, text: str, gaz: RussianGazetteer) -> bool:
    """A name the gazetteer does not hold, quoted right after a facility's noun ("АЭС
    «Аккую»")."""
    if m.entity_id in gaz.entities:
        return False
    at = _at(sentence, m.start)
    tokens = sentence.tokens
    if at is not None and at + 1 < len(tokens) and tokens[at + 1].text in OPENING:
        return _facility(tokens[at])  # the model's span took the noun in: "АЭС «Аккую"
    quote = _quote_around(text, m.start, m.end)
    if quote is None:
        return False
    before = [t for t in tokens if t.end <= quote[0] - 1][-1:]
    return bool(before) and _facility(before[0])


def _facility(token: Token) -> bool:
    return token.lemma in FACILITIES or token.text.lower() in FACILITIES
