"""A town in "-ск" in the instrumental after "под", "с", "между" is the town, not the
adjective whose locative shares its form ("под Донецком", "с Минском";
lib.engine.russian.text._town_in_instrumental). Sentences written for these tests in the
agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бои идут под Донецком.", {"location:donetsk"}),
        ("Армия наступает под Донецком и Луганском.", {"location:donetsk", "location:luhansk"}),
        ("Переговоры с Минском зашли в тупик.", {"country:BLR"}),
        ("Диалог между Москвой и Минском продолжается.", {"country:BLR", "country:RUS"}),
    ],
)
def test_a_town_after_an_instrumental_preposition_is_the_town(text, expected):
    assert ids(text) == expected


def test_the_adjective_after_a_locative_preposition_stays_an_adjective():
    assert "location:donetsk" not in ids("Самолет сел в Донецком аэропорту.")
