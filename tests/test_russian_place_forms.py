"""Places the English gazetteer holds that Russian translates rather than transcribes, given
their Russian forms (issue 18, orgs3 round): US states of two words, Syria's districts, seas
and the Suwalki Gap. Sentences written for these tests."""

from tests.russian_ids import ids


def test_a_us_state_of_two_translated_words():
    found = ids("Десантники вылетели с базы в Южной Каролине.", "location:")
    assert found == {"location:south-carolina"}


def test_syrian_places_by_their_russian_names():
    found = ids("Боевики отступили из Восточной Гуты в Африн.", "location:")
    assert found == {"location:eastern-ghouta", "location:afrin"}


def test_a_sea_and_the_suwalki_gap():
    found = ids("Корабли альянса вошли в Эгейское море.", "location:")
    assert found == {"location:aegean-sea"}
    found = ids("НАТО усилит оборону Сувалкского коридора.", "location:")
    assert found == {"location:suwalki-gap"}


def test_oceans_and_benelux_get_rows_of_their_own():
    found = ids("Учения прошли в Норвежском море и северной Атлантике.", "location:")
    assert "location:atlantic" in found
    found = ids("Флот усилит присутствие в западной части Тихого океана.", "location:")
    assert found == {"location:pacific-ocean"}
    found = ids("Батальон пополнят военные из стран Бенилюкса.", "location:")
    assert found == {"location:benelux"}
