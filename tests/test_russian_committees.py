"""The US Congress's armed services committees by their Russian periphrases ("комитет Сената по
вооруженным силам", "оборонный комитет палаты представителей"), with the chamber inside the
committee's name no mention of its own; and a lower-case body's name whose head, its first noun,
is plural ("союзные государства") is the states of an alliance, not the Union State, while the
plural inside a committee's name ("палаты представителей") is no head (issue 18, round orgs4:
heldout22). Rows of data/gazetteer and lib.engine.russian.misread. Sentences written for these
tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


def test_both_committees_and_no_chamber_of_their_own():
    text = (
        "Поправки к оборонному бюджету одобрил комитет Сената по вооруженным силам, ранее их "
        "поддержал оборонный комитет палаты представителей."
    )
    assert ids(text, "org:") == {
        "org:us-senate-armed-services-committee",
        "org:us-house-armed-services-committee",
    }


def test_the_chamber_alone_stays_a_body():
    assert ids("Сенат США одобрил поправки к бюджету.", "org:") == {"org:us-senate"}


@pytest.mark.parametrize(
    "text",
    [
        "Вашингтон обязан уведомлять союзные государства о своих решениях.",
        "Военнослужащие союзных государств провели совместные учения.",
    ],
)
def test_allied_states_in_lower_case_are_no_union_state(text):
    assert ids(text, "org:") == set()


def test_the_union_state_capitalised_stays():
    text = "Лидеры Союзного государства встретились в Минске."
    assert ids(text, "org:") == {"org:union-state"}
