"""A state's body with its state's adjective is that state's, whatever state the sentence names
too, and states' adjectives sharing one body's noun are one body each (issue 18, pooled
round: an air force given the wrong state; lib.engine.russian.bodies, shared_bodies).
Sentences written for these tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


def test_a_body_with_its_states_adjective_keeps_that_state():
    text = (
        "Согласно информации НАТО, самолет российских ВВС вторгся в воздушное пространство "
        "альянса (Эстония) над Балтийским морем."
    )
    assert ids(text, "org:") == {"org:nato", "org:russian-air-force"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В операции были задействованы истребители бельгийских и шведских ВВС.",
            {"org:belgian-air-force", "org:swedish-air-force"},
        ),
        (
            "Истребители польских, датских и норвежских ВВС поднялись в воздух.",
            {"org:polish-air-force", "org:danish-air-force", "org:norwegian-air-force"},
        ),
        (
            "Представители российского и турецкого МИД провели консультации.",
            {"org:russian-foreign-ministry", "org:turkish-foreign-ministry"},
        ),
    ],
)
def test_states_adjectives_sharing_a_bodys_noun_are_one_body_each(text, expected):
    assert ids(text, "org:") == expected


def test_coordinated_adjectives_without_a_body_name_none():
    assert ids("Российские и турецкие военные провели учения.", "org:") == set()
