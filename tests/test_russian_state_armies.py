"""A state's army by its word alone is that state's armed forces where the state is named
beside it: "армии Литвы", "Представители Литовской армии" (issue 18, round orgs4: the
Lithuanian Armed Forces so named were missed in heldout15, heldout19 and heldout20). A bare
army, a general's rank, an army after a unit and a lower-case adjective's army are none.
lib.engine.russian.phrases.army_of_a_state. Sentences written for these tests in the agencies'
style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пресс-секретарь армии Литвы сообщил о начале учений.", {"org:lithuanian-armed-forces"}),
        (
            "Представители Литовской армии проинформировали агентство.",
            {"org:lithuanian-armed-forces"},
        ),
        ("Командующий армии Польши заявил об учениях.", {"org:polish-armed-forces"}),
        # the rows the files hold keep their ids
        ("Армия США перебросила в Румынию новые силы.", {"org:us-armed-forces"}),
        # two states' armies joined by "и"
        (
            "Армия Латвии и Эстонии провела совместные учения.",
            {"org:latvian-armed-forces", "org:estonian-armed-forces"},
        ),
    ],
)
def test_an_army_with_its_state_is_the_states_armed_forces(text, expected):
    assert ids(text, "org:") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Генерал армии Сергей Шойгу прибыл в Калининград.",
        "Министр обороны Литвы заявил, что армия готова к учениям.",
        "На базе стоит мотопехотная бригада литовской армии.",
        "В штабе армии Литвы сообщили о планах на год.",
        "Источники из турецкой армии сообщили о сбитом самолете.",
        # the army as the sentence's last word, with no stop after it (a caption)
        "Фото для конкурса армии",
    ],
)
def test_a_bare_army_a_rank_a_units_army_or_a_lower_case_adjectives_is_none(text):
    assert ids(text, "org:") == set()
