"""Organisations and places of round orgs5 (issue 18): a convention named after a body or a
town, a general staff named by its state's army, a seat after a plural verb of stance.
Sentences written for these tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


def _bodies_and_places(text):
    return ids(text, "org:") | ids(text, "location:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body that drafted the convention, by its initials or written out
        (
            "В Минобороны назвали проход эсминца нарушением Конвенции ООН по морскому праву.",
            {"org:russian-defence-ministry"},
        ),
        (
            "Корабли прошли в нарушение статьи 19 Конвенции Организации Объединенных Наций по "
            "морскому праву, заявили в ФСБ.",
            {"org:fsb"},
        ),
        # the town where it was signed, in lower case and in the instrumental
        (
            "В соответствии с конвенцией Монтрё эсминец должен покинуть Черное море через три "
            "недели.",
            {"location:black-sea"},
        ),
    ],
)
def test_a_body_or_town_naming_a_convention_is_no_mention(text, expected):
    assert _bodies_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body itself, and the town as a place, outside a convention's name
        ("Постпред при ООН выступил в Совбезе.", {"org:un"}),
        ("Переговоры прошли в Монтрё на берегу Женевского озера.", {"location:montreux"}),
    ],
)
def test_the_same_names_outside_a_convention_stay(text, expected):
    assert expected <= _bodies_and_places(text)


def test_a_general_staff_named_by_another_states_army_is_that_states():
    found = ids(
        "Позже в генеральном штабе сирийской армии сообщили, что пострадали трое мирных жителей.",
        "org:",
    )
    assert found == {"org:syrian-general-staff"}


def test_a_general_staff_of_russias_forces_keeps_both_names():
    found = ids("Он служил в Генштабе Вооруженных сил РФ до 1999 года.", "org:")
    assert found == {"org:russian-general-staff", "org:russian-armed-forces"}


def test_a_general_staff_by_its_state_name_is_that_states():
    assert ids("Генштаб Турции сообщил о задержании.", "org:") == {"org:turkish-general-staff"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat after a plural verb of stance with no subject: its state
        ("Все нормы права соблюдены, утверждают в Кремле.", {"country:RUS"}),
        ("Санкции не помогут, уверяют в Белом доме.", {"country:USA"}),
    ],
)
def test_a_seat_after_a_plural_verb_of_stance_is_its_state(text, expected):
    assert ids(text, "country:") | ids(text, "location:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after the same verbs may be its people: the sets read it as the city
        ("Отравление, как утверждают в Лондоне, имеет российский след.", {"location:london"}),
        # a singular verb has a speaker of its own: the place
        ("Путин утверждал в Кремле, что угрозы нет.", {"location:kremlin"}),
    ],
)
def test_a_capital_or_a_singular_speaker_keeps_the_place(text, expected):
    assert expected <= ids(text, "country:") | ids(text, "location:")
