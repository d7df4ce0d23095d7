"""Foreign places no gazetteer holds, from the nominative their words allow (issue 18, orgs3
round): a cape's name in apposition ("у мыса Фиолент"), a town's after its noun ("в городе
Цетине"), a city in the locative pymorphy3 does not know ("в Аахене", "в Келе"), and GeoNames'
English name over another language's spelling it lists ("Страсбург" is Strasbourg, not
Strasburg). Sentences written for these tests."""

from tests.russian_ids import ids


def test_a_cape_keeps_its_name_as_written_and_its_kind():
    found = ids("Фрегат прошел в двух милях от мыса Тарханкут.", "location:")
    assert found == {"location:cape-tarkhankut"}
    found = ids("Катер подошел к мысу Херсонес на рассвете.", "location:")
    assert found == {"location:cape-khersones"}


def test_a_town_after_its_noun_in_the_nominative():
    assert ids("Парламент заседал в городе Цетине.", "location:") == {"location:cetinje"}


def test_cities_in_the_locative_by_their_geonames_nominative():
    found = ids("Переговоры прошли в Аахене, а затем в Келе.", "location:")
    assert found == {"location:aachen", "location:kehl"}


def test_a_western_city_by_its_english_name_not_another_languages_spelling():
    assert ids("Депутаты собрались в Страсбурге.", "location:") == {"location:strasbourg"}


def test_a_capital_the_gazetteer_places_keeps_its_id():
    # "руководство в Киеве" is Ukraine's government (ho-33's gold; round bodies10), so the
    # place is one a delegation goes to
    assert ids("Делегация в Киеве отказалась от переговоров.", "location:") == {"location:kyiv"}
