"""A special envoy of a head of state is the envoy's mention, not the head's (issue 18).
Sentences written for these tests in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.pipeline import extract


def people(text):
    found = extract(text, published=date(2019, 5, 14)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_a_special_representative_of_the_president_is_no_mention_of_the_president():
    text = "Спецпредставитель президента США по Сирии Том Баррак прибыл в Анкару."
    assert people(text) == {"person:tom-barrack"}  # the gazetteer's


def test_a_special_envoy_with_capitals_is_no_mention_of_the_president():
    text = (
        "Спецпосланник Президента США по контролю над вооружениями Маршалл Биллингсли "
        "провел переговоры в Вене."
    )
    assert people(text) == {"person:marshall-billingslea"}


def test_the_president_named_by_his_office_is_still_the_holder():
    text = "Президент США заявил, что встретится с Путиным."
    assert people(text) == {"person:donald-trump", "person:vladimir-putin"}
