"""A capital standing for its state as the source of a government's messages and threats
("Официальных сообщений из Москвы еще не получали", "рисками, исходящими из Москвы") or as the
buyer a state's arms go to ("Поставки российских ЗРК С-400 в Анкару начались"): the country,
not the city, as the English side reads "no word from Moscow" and "deliveries to Ankara".

A capital after another preposition, or after other nouns ("самолет из Москвы", "поездка в
Анкару"), stays the place.
"""

from __future__ import annotations

from collections.abc import Sequence

# Nouns and participles before "из <capital>": what a government sends out.
FROM_THE_STATE = frozenset({
    "сообщение", "сигнал", "заявление", "указание", "угроза", "риск", "исходящий", "исходить",
})  # fmt: skip
# Nouns of arms sales before "в <capital>", with the weapon's words between ("поставки
# российских ЗРК С-400 в Анкару").
TO_THE_STATE = frozenset({"поставка", "поставлять", "продажа", "экспорт"})
_DELIVERY_WINDOW = 5  # words between the delivery's noun and the preposition


def acts_of_the_state(tokens: Sequence, first: int) -> bool:
    """Whether the capital at token `first` follows "из" after a government's message or threat,
    or "в" after a delivery of arms a few words before, within its clause."""
    if first < 2:
        return False
    preposition, before = tokens[first - 1].lemma, tokens[first - 2].lemma
    if preposition == "из":
        return before in FROM_THE_STATE
    if preposition != "в":
        return False
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


def names_the_city(kind: str, tokens: Sequence, first: int) -> bool:
    """Whether the capital or seat (`kind`) at token `first` is the city or the building the text
    names, whatever verb comes before: a capital set off after "столица" ("в столицу страны,
    Анкару") or after a noun of the city's parts ("в пригороде Дамаска"), a seat after a noun
    of its grounds ("на лужайке Белого дома")."""
    if first < 1:
        return False
    before = tokens[first - 1].lemma
    if kind == "seat":
        return before in GROUNDS
    return kind == "capital" and (before in CITY_PARTS or named_after_capital_noun(tokens, first))
