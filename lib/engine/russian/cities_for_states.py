"""A city written for its state is no place. Capitals are read so where they act
(lib.engine.russian.link: "Москва заявила" is Russia); a page sometimes puts the country's
largest city in the capital's role ("если Стамбул закончит поставку российских С-400" for
Turkey), and a call "в Москву" goes to the government ("звонил по «красному телефону» в
Москву"). Such a city, as the subject of a government's statement or of a state's deal, or as
where a leader telephones, is dropped as a place: the state the page names already stands for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.state_capitals import TO_THE_STATE
from lib.engine.russian.text import parses, phrase_key

# Verbs of a government's statements and demands, of which a city is no subject but for its
# state ("Стамбул заявил", "Стамбул пригрозил"); not verbs a city's people do too ("Севастополь
# отмечает годовщину", "Мюнхен ожидает гостей").
STATEMENTS = {"заявить", "заявлять", "утверждать", "отрицать", "опровергнуть", "опровергать",
              "объявить", "объявлять", "настаивать", "потребовать", "требовать", "пригрозить",
              "угрожать", "пообещать", "обещать", "обвинить", "обвинять", "отвергнуть",
              "отвергать", "предупредить", "предупреждать", "осудить", "осуждать"}  # fmt: skip
# A state's deals a city as subject may close or break ("закончит поставку", "отказался от
# покупки"), besides the arms sales of state_capitals.
DEALS = TO_THE_STATE | {"покупка", "закупка", "сделка", "контракт", "соглашение"}
# Verbs of calling: the capital called is its government ("звонил в Москву").
CALLING = {"звонить", "позвонить", "дозвониться"}
PREPOSITIONS = {"в", "во", "на", "из", "под", "около", "близ", "возле", "через", "над", "у",
                "от", "до", "к", "с", "за", "по", "о", "об", "при"}  # fmt: skip
ADVERBS = {"не", "уже", "также", "тоже", "ранее", "вновь", "еще", "ещё", "официально"}
_DEAL_WINDOW = 3  # "закончит поставку", "откажется от покупки": the verb, a preposition, the noun
_CALL_WINDOW = 6  # "звонил по «красному телефону» в": the verb, its means, the preposition


def cities_for_states(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions less the cities that act or are called as their states."""
    by_id = {s.sentence_id: s for s in sentences}
    return [
        m
        for m in mentions
        if not (
            m.type == "location"
            and m.kind == "name"
            and _a_city(m.entity_id, gaz)
            and m.sentence_id in by_id
            and _for_the_state(m, by_id[m.sentence_id].tokens, _listed_kind(m, gaz))
        )
    ]


def _listed_kind(m: Mention, gaz: RussianGazetteer) -> str | None:
    """The kind of the gazetteer's Russian alias the city is written by: "capital" (read where
    it acts by link), "place" (Brussels, the city whatever its use), else None."""
    alias = gaz.aliases.get(phrase_key(m.normal or m.surface))
    return alias.kind if alias is not None else None


def _a_city(entity_id: str, gaz: RussianGazetteer) -> bool:
    """A city: the gazetteer's of that kind, or a place it does not hold (GeoNames' cities); not
    a region, a state of the US, a sea or a base ("Крым отмечает годовщину" is its people)."""
    entry = gaz.entities.get(entity_id)
    return entry is None or dict(entry.attributes).get("kind") == "city"


def _for_the_state(m: Mention, tokens: Sequence, listed: str | None) -> bool:
    at = [i for i, t in enumerate(tokens) if m.start <= t.start and t.end <= m.end]
    if not at or len(at) > 2 or listed == "place":
        return False
    first, last = at[0], at[-1]
    before = tokens[first - 1].lemma if first > 0 else ""
    if before in ("в", "во"):
        return _called(tokens, first - 1)
    if listed is not None or before in PREPOSITIONS or not _nominative(tokens[last].text):
        return False  # a capital acting is its state already (link)
    return _acts(tokens, last + 1)


def _nominative(word: str) -> bool:
    found = parses(word.lower())[:1]
    return bool(found) and found[0].tag.case == "nomn"


def _acts(tokens: Sequence, at: int) -> bool:
    """A finite verb of a statement right after the subject, or one with a deal's noun just
    after it."""
    k = at
    while k < len(tokens) and tokens[k].lemma in ADVERBS:
        k += 1
    if k >= len(tokens):
        return False
    found = parses(tokens[k].text.lower())[:1]
    if not found or found[0].tag.POS != "VERB":
        return False
    if tokens[k].lemma in STATEMENTS:
        return True
    return any(t.lemma in DEALS for t in tokens[k + 1 : k + 1 + _DEAL_WINDOW])


def _called(tokens: Sequence, preposition: int) -> bool:
    """A verb of calling a few words before "в" in the same clause ("звонил по «красному
    телефону» в Москву")."""
    for token in reversed(tokens[max(0, preposition - _CALL_WINDOW) : preposition]):
        if token.text in (",", ".", ";", ":", "—", "–", "!", "?"):
            return False
        if token.lemma in CALLING:
            return True
    return False
