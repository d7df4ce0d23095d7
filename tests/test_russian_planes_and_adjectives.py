"""A plane called by its maker's name is no mention of the maker, and a country no row gives
an adjective is named by its dictionary adjective (issue 18). Sentences written for these
tests in the style of Russian agency reports on MH17."""

from __future__ import annotations

import pytest

from lib.engine.russian.country_adjectives import adjective_of
from lib.engine.russian.pipeline import extract_page


def page_ids(text: str, prefix: str) -> set[str]:
    _, found = extract_page("Заголовок\n\n" + text)
    return {m.entity_id for m in found.mentions if m.entity_id.startswith(prefix)}


@pytest.mark.parametrize(
    "text",
    [
        "Эксперты изучили обломки малайзийского Boeing в поле под Донецком.",
        "Пассажирский самолет Boeing-777 летел из Амстердама в Куала-Лумпур.",
        "Катастрофа «Боинга» под Донецком унесла жизни 298 человек.",
        "Малайзийский Boeing был сбит над Донбассом в июле.",
        "Когда под Донецком упал «Боинг», на борту было 298 человек.",
        "В докладе назван тип ракеты, которая сбила «Боинг».",
    ],
)
def test_a_plane_by_its_makers_name_is_no_body(text):
    assert "org:boeing" not in page_ids(text, "org:")


def test_the_maker_itself_stays_a_body():
    assert page_ids("Компания Boeing заявила о падении продаж.", "org:") == {"org:boeing"}


def test_a_country_by_its_dictionary_adjective():
    assert page_ids("Малайзийские следователи и иорданские военные прибыли.", "country:") == {
        "country:MYS",
        "country:JOR",
    }


@pytest.mark.parametrize(
    "name, adjective",
    [("Малайзия", "малайзийский"), ("Мексика", "мексиканский"), ("Куба", None)],
)
def test_adjectives_only_where_the_dictionary_holds_them(name, adjective):
    assert adjective_of(name) == adjective  # "кубанский" is Kuban's, not Cuba's
