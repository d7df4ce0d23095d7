"""A capital standing for its state as the source of a government's messages and threats or as
the buyer of a state's arms is the country, not the city (issue 18, round orgs4: read as the
city in heldout6, heldout11, heldout19 and heldout20); a capital travelled to or from stays
the place. lib.engine.russian.state_capitals. Sentences written for these tests in the
agencies' style."""

import pytest

from tests.russian_ids import ids


def _places_and_states(text):
    return ids(text, "country:") | ids(text, "location:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Официальных сообщений из Москвы в штаб-квартире пока не получали.", {"country:RUS"}),
        (
            "Литва укрепляет оборону из-за угроз, исходящих из Москвы.",
            {"country:LTU", "country:RUS"},
        ),
        ("Сигналы из Вашингтона союзники восприняли настороженно.", {"country:USA"}),
        (
            "Поставки американских зенитных комплексов в Варшаву начнутся весной.",
            {"country:USA", "country:POL"},
        ),
    ],
)
def test_a_capital_as_a_states_source_or_buyer_is_the_state(text, expected):
    assert _places_and_states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Самолет из Москвы приземлился в Минске.", {"location:moscow", "location:minsk"}),
        ("Поездку министра в Анкару перенесли.", {"location:ankara"}),
        ("Поставки начнутся весной, делегация прилетит в Варшаву в мае.", {"location:warsaw"}),
    ],
)
def test_a_capital_travelled_to_or_from_stays_the_place(text, expected):
    assert _places_and_states(text) == expected
