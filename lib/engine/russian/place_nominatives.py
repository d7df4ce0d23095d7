"""Places no gazetteer holds whose Russian nominative the lemmatiser guessed wrong, read from
the words as written: pymorphy3 knows few foreign names, so "в Аахене" became "Аахена",
"у мыса Фиолент" "Фиоленты", "в городе Цетине" "Цетина", and their ids were transliterations
of forms no text has.

- a name after a place's kind noun ("мыс", "город", "село") stands in apposition, in the
  nominative whatever the noun's case: "у мыса Фиолент" is Fiolent, and a cape's id is the
  English press's "Cape Fiolent";
- a district named by its centre town's adjective ("в Йонавском районе", "Йонавский район"):
  the town's district, as the English press names it ("Jonava District");
- a one-word name in an oblique case ("в Аахене", "в Келе") is looked up in GeoNames' Russian
  names (lib.engine.russian.places) by the nominatives its ending allows ("Аахен", "Кель").

A town GeoNames does not hold keeps the id it had; a cape's is made from its name as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.misread import city_of_adjective
from lib.engine.russian.places import english_city
from lib.engine.russian.text import parses, phrase_key
from lib.engine.russian.translit import to_english
from lib.ids import slug

# Kind nouns whose place name follows in the nominative; a cape's id carries its kind.
KIND_NOUNS = {"мыс": "Cape", "город": "", "городок": "", "село": "", "поселок": "", "посёлок": ""}
# Oblique endings of a foreign city's name and the nominatives they may come from: the
# locative "Аахене" (Аахен), "Келе" (Кель), the genitive "Аахена", the dative "Аахену".
ENDINGS = {"е": ("ь", "", "а"), "а": ("", "ь"), "у": ("", "ь"), "ом": ("",), "ем": ("ь",)}


def place_nominatives(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with each unknown place's id made from its right nominative."""
    by_id = {s.sentence_id: s for s in sentences}
    out = []
    for m in mentions:
        sentence = by_id.get(m.sentence_id)
        english = None
        if _unknown_place(m, gaz) and sentence is not None:
            english = _district(m, sentence, gaz) or _after_kind_noun(m, sentence)
            if english is None and english_city(m.normal) is None:  # a lemma GeoNames lacks
                english = _oblique_city(m.surface)
        if english is None:
            out.append(m)
            continue
        out.append(replace(m, entity_id=f"location:{slug(english)}", name=english))
    return out


def _adjective(word: str) -> bool:
    return any(p.tag.POS == "ADJF" for p in parses(word.lower())[:1])


def _unknown_place(m: Mention, gaz: RussianGazetteer) -> bool:
    """A place neither the gazetteer nor its Russian aliases name (a capital's place, "Киев",
    has an id of its own outside the entities)."""
    known = m.entity_id in gaz.entities or phrase_key(m.surface) in gaz.aliases
    return m.type == "location" and not known


# Districts of post-Soviet cities named after Soviet figures, dates and ideas ("Кировский район"
# of Donetsk, "Ленинский район") or after other cities ("Киевский район" of Donetsk, "Московский
# район" of Minsk): a city's quarter, not the district of a town Киров, Ленинск or Киев.
CITY_QUARTERS = {"ленинский", "кировский", "советский", "октябрьский", "калининский",
                 "фрунзенский", "куйбышевский", "дзержинский", "ворошиловский", "свердловский",
                 "первомайский", "пролетарский", "красногвардейский", "железнодорожный",
                 "центральный", "московский", "киевский", "ленинградский", "петроградский",
                 "невский", "минский"}  # fmt: skip


def _district(m: Mention, sentence: Sentence, gaz: RussianGazetteer) -> str | None:
    """The district of a known town its adjective names before "район" ("Йонавский район":
    Jonava District), where no city follows in the genitive ("в Киевском районе Донецка" is a
    city's quarter; "в Йонавском районе Литвы" names the state)."""
    key = phrase_key(m.surface)
    if len(key) != 2 or key[1] != "район" or key[0] in CITY_QUARTERS:
        return None
    following = next((t for t in sentence.tokens if t.start >= m.end), None)
    if following is not None and following.is_capitalised and not _state(following, gaz):
        return None
    town = city_of_adjective(key[0], gaz)
    return f"{town.name} District" if town is not None else None


def _state(token, gaz: RussianGazetteer) -> bool:
    alias = gaz.aliases.get((token.lemma,))
    return alias is not None and alias.entity_id.startswith("country:") and alias.kind == "name"


def _after_kind_noun(m: Mention, sentence: Sentence) -> str | None:
    before = [t for t in sentence.tokens if t.end <= m.start]
    if not before or before[-1].lemma not in KIND_NOUNS or " " in m.surface:
        return None
    kind, name = KIND_NOUNS[before[-1].lemma], m.surface
    if kind:  # a cape's name stays as written: "у мыса Фиолент" is Cape Fiolent
        return f"{kind} {english_city(name, to_english(name)) or to_english(name)}"
    # a town's name is in the nominative ("в городе Цетине") or declined with its noun
    return english_city(name, to_english(name)) or _oblique_city(name)


def _oblique_city(surface: str) -> str | None:
    if " " in surface or "-" in surface or _adjective(surface):
        return None  # "в Донецком аэропорту": an adjective, no city in the locative
    for ending, nominatives in ENDINGS.items():
        if surface.endswith(ending) and len(surface) > len(ending) + 2:
            stem = surface[: -len(ending)]
            for tail in nominatives:
                if (city := english_city(stem + tail)) is not None:
                    return city
    return None
