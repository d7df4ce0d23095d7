"""A region's states named together by its adjective ("в балтийских странах", "балканских
государств") are the region; one of them ("балканская страна") is no place (issue 18, pooled
round: the Baltic states so written were missed or given a fresh id in four sets). Sentences
written for these tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Силы НАТО в балтийских странах подняли истребители.", {"location:baltics"}),
        ("Миссия выполняется в Балтийских странах.", {"location:baltics"}),
        ("Батальоны разместят в Польше и балтийских государствах.", {"location:baltics"}),
        ("Лидеры балканских государств обсудили расширение.", {"location:balkans"}),
        ("Ракеты угрожают восточноевропейским странам.", {"location:eastern-europe"}),
        ("Москва укрепляет связи с центральноазиатскими республиками.", {"location:central-asia"}),
    ],
)
def test_a_regions_states_together_are_the_region(text, expected):
    assert ids(text, "location:") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Литва — небольшая балтийская страна.",
        "Ожидается, что очередная Балканская страна станет членом альянса.",
        "Парламент балканской страны проголосовал за ратификацию закона.",
    ],
)
def test_one_of_a_regions_states_is_no_place(text):
    assert ids(text, "location:") == set()
