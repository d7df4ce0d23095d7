"""A capital standing for its state as the source of a government's messages and threats
("Официальных сообщений из Москвы еще не получали", "рисками, исходящими из Москвы"), as the
buyer a state's arms go to ("Поставки российских ЗРК С-400 в Анкару начались"), as its rulers'
seat ("руководство в Киеве") or as the government relied on or pressed ("не уповать на
Вашингтон"): the country, not the city, as the
English side reads "no word from Moscow" and "deliveries to Ankara".

A capital after another preposition, or after other nouns ("самолет из Москвы", "поездка в
Анкару"), stays the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.text import parses

# Nouns and participles before "из <capital>": what a government sends out.
FROM_THE_STATE = frozenset({
    "сообщение", "сигнал", "заявление", "указание", "угроза", "риск", "исходящий", "исходить",
})  # fmt: skip
# Nouns of arms sales before "в <capital>", with the weapon's words between ("поставки
# российских ЗРК С-400 в Анкару").
TO_THE_STATE = frozenset({"поставка", "поставлять", "продажа", "экспорт"})
# Verbs and nouns of relying on or pressing a state, before "на <capital>" ("не уповать на
# Вашингтон", "давление на Москву"): the government relied on or pressed, not the city.
ON_THE_STATE = frozenset({
    "уповать", "полагаться", "надеяться", "рассчитывать", "ориентироваться", "опираться",
    "оглядываться", "давить", "надавить", "давление", "нажим", "возложить", "возлагать",
    "переложить", "перекладывать",
})  # fmt: skip
_DELIVERY_WINDOW = 5  # words between the delivery's noun and the preposition
# A government's nouns before "в <capital>" ("сменившееся руководство в Киеве", "власти в
# Дамаске"): the state's rulers, not people in the city.
RULERS = frozenset({"руководство", "власть", "режим", "правительство", "хунта"})


def acts_of_the_state(tokens: Sequence, first: int) -> bool:
    """Whether the capital at token `first` follows "из" after a government's message or threat,
    "на" after a verb of relying on or pressing it, or "в" after its rulers' noun or a delivery
    of arms a few words before, within its clause."""
    if first < 2:
        return False
    preposition, before = tokens[first - 1].lemma, tokens[first - 2].lemma
    if preposition == "из":
        return before in FROM_THE_STATE
    if preposition == "на":
        return before in ON_THE_STATE
    if preposition != "в":
        return False
    if before in RULERS:
        return True
    for token in reversed(tokens[max(0, first - 1 - _DELIVERY_WINDOW) : first - 1]):
        if not token.text[:1].isalnum():
            return False  # the clause ended
        if token.lemma in TO_THE_STATE:
            return True
    return False


# Marks that set a capital's name off after the noun "столица" ("в столицу страны, Анкару").
APPOSITION = frozenset({",", "—", "–", "-"})
_CAPITAL_NOUN_WINDOW = 3  # "столицу страны ," / "столице Сирии —": the noun, its state, the mark


def named_after_capital_noun(tokens: Sequence, first: int) -> bool:
    """Whether the capital at token `first` is set off by a comma or a dash right after the
    noun "столица" and its state ("поступила в столицу страны, Анкару", "в столице Сирии —
    Дамаске"): the text names the city, whatever verb comes before the noun."""
    if first < 2 or tokens[first - 1].text not in APPOSITION:
        return False
    window = tokens[max(0, first - 1 - _CAPITAL_NOUN_WINDOW) : first - 1]
    return any(t.lemma == "столица" for t in window)


# Nouns of a building's grounds and rooms: a seat of power after them in the genitive is the
# building ("на лужайке Белого дома", "в Овальном кабинете Белого дома", "у стен Кремля").
GROUNDS = frozenset({
    "лужайка", "здание", "территория", "крыльцо", "двор", "сад", "зал", "кабинет", "ворота",
    "стена", "вход", "окно", "подъезд", "коридор", "площадка",
})  # fmt: skip
# Nouns of a city's parts, surroundings and people: a capital after them in the genitive is
# the city ("в пригороде Дамаска", "в центре Киева", "мэр Москвы"), never its state.
CITY_PARTS = frozenset({
    "пригород", "окрестность", "предместье", "окраина", "центр", "улица", "квартал",
    "площадь", "мэр", "мэрия", "житель", "горожанин",
})  # fmt: skip


# Words of a distance or a bearing before "от <capital>" ("в 200 км к юго-западу от
# Бухареста", "недалеко от Киева"): the city is the point measured from, never its state.
MEASURES = frozenset({
    "км", "километр", "миля", "метр", "север", "юг", "запад", "восток", "недалеко", "неподалеку",
    "неподалёку", "далеко", "удалённый", "удаленный", "расстояние",
})  # fmt: skip
_MEASURE_WINDOW = 5  # "в 200 км к юго - западу от": the number, the unit, the bearing's words


def measured_from(tokens: Sequence, first: int) -> bool:
    """Whether the capital at token `first` follows "от" after a distance or a bearing, or "с"
    after "рядом" ("рядом с Дамаском")."""
    if first >= 2 and tokens[first - 1].lemma == "с" and tokens[first - 2].lemma == "рядом":
        return True
    if first < 2 or tokens[first - 1].lemma != "от":
        return False
    return any(t.lemma in MEASURES for t in tokens[max(0, first - 1 - _MEASURE_WINDOW) : first - 1])


def glossed_with_its_state(tokens: Sequence, last: int | None) -> bool:
    """Whether the capital ending before token `last` is followed by a state's name in brackets
    ("рейсом Амстердам (Нидерланды) – Куала-Лумпур"): a route's or a list's city, as an
    agency glosses a place; an agency's name in brackets ("Москва (Рейтер)") is no state."""
    if last is None or last + 2 >= len(tokens) or tokens[last].text != "(":
        return False
    found = parses(tokens[last + 1].text.lower())
    return tokens[last + 1].is_capitalised and bool(found) and "Geox" in found[0].tag.grammemes


def names_the_city(kind: str, tokens: Sequence, first: int, last: int | None = None) -> bool:
    """Whether the capital or seat (`kind`) at tokens `first`:`last` is the city or the building
    the text names, whatever verb comes before: a capital set off after "столица" ("в столицу
    страны, Анкару"), after a noun of the city's parts ("в пригороде Дамаска"), measured from
    ("в 200 км от Бухареста") or glossed with its state ("Амстердам (Нидерланды)"); a seat after
    a noun of its grounds ("на лужайке Белого дома")."""
    if first < 1:
        return kind == "capital" and glossed_with_its_state(tokens, last)
    before = tokens[first - 1].lemma
    if kind == "seat":
        return before in GROUNDS
    return kind == "capital" and (
        before in CITY_PARTS
        or named_after_capital_noun(tokens, first)
        or measured_from(tokens, first)
        or glossed_with_its_state(tokens, last)
    )
