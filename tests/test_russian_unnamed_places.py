"""A stretch of land or water told by its region's or its sea's adjective ("в Черноморском
регионе", "на Азовском побережье") is a description, no place; the ones the field uses as names
are gazetteer rows and stay (issue 18, round orgs4: such descriptions were given ids of their
own in heldout5, heldout20, heldout21 and heldout22). Sentences written for these tests in the
agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    "text",
    [
        "Учения направлены на укрепление стабильности в Черноморском регионе.",
        "Маневры пройдут на Дальневосточном регионе страны.",
        "Власти ужесточили контроль в портах Азово-Черноморского бассейна.",
        "Суда попытаются пройти в порты на Азовском побережье.",
        "Пограничники усилили патрули в Азово-Керченской акватории.",
    ],
)
def test_an_area_told_by_its_adjective_is_no_place(text):
    assert ids(text, "location:") == set()


def test_the_place_beside_the_description_stays():
    text = "Корабли вышли из Одессы, чтобы пройти к портам на Азовском побережье."
    assert ids(text, "location:") == {"location:odessa"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Альянс наращивает силы в Балтийском регионе.", {"location:baltics"}),
        ("Россия расширяет присутствие в Арктическом регионе.", {"location:arctic"}),
        ("Учения прошли в Калининградской области.", {"location:kaliningrad"}),
        ("Бригада переброшена в Забайкальский край.", {"location:zabaykalsky-krai"}),
        # a known place's adjective before the noun: that place
        ("Ракеты разместят в Калининградском регионе.", {"location:kaliningrad"}),
        ("Обстрелы в Донбасском регионе продолжаются.", {"location:donbass"}),
    ],
)
def test_a_region_the_field_names_so_a_known_places_region_or_a_unit_stays(text, expected):
    assert ids(text, "location:") == expected
