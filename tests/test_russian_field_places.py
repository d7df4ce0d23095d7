"""Places of the field the gazetteer lacked, with their Russian forms: two world regions the
press names beside Europe and Asia ("Евразия", "Латинская Америка"), Normandy of the Normandy
talks, Khan Shaykhun of the 2017 chemical attack and Amesbury of the second Novichok poisoning
(issue 18, round orgs4: missed, or given an id of their sound, in heldout21 and heldout22).
Rows of data/gazetteer with both languages' forms. Sentences written for these tests in the
agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Москва расширяет влияние в Евразии и Латинской Америке.",
            {"location:eurasia", "location:latin-america"},
        ),
        ("Лидеры встретились в Нормандии на годовщине высадки союзников.", {"location:normandy"}),
        (
            "После химической атаки в Хан-Шейхуне США ударили по авиабазе Шайрат.",
            {"location:khan-shaykhun", "location:shayrat"},
        ),  # fmt: skip
        (
            "Полиция оцепила дом в Эймсбери, недалеко от Солсбери.",
            {"location:amesbury", "location:salisbury"},
        ),  # fmt: skip
    ],
)
def test_the_fields_places_by_their_russian_names(text, expected):
    assert ids(text, "location:") == expected


def test_the_normandy_formats_adjective_is_no_place():
    text = "Лидеры нормандского формата договорились о перемирии."
    assert ids(text, "location:") == set()
