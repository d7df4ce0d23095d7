"""Bodies whose one-word name Russian pages also write in lower case (issue 18, orgs3 round):
"госдеп", "госдепартамент", "бундестаг" name one body each, whatever their case, and the body
inside an office's title is a mention of its own as with a capital. Sentences written for
these tests."""

from tests.russian_ids import ids


def test_the_state_department_in_lower_case_inside_an_office():
    found = ids("Глава госдепа заявил о готовности к переговорам.", "org:")
    assert found == {"org:us-state-department"}
    found = ids("В госдепартаменте уточнили детали визита.", "org:")
    assert found == {"org:us-state-department"}


def test_the_bundestag_in_lower_case():
    found = ids("Об этом заявил глава комитета бундестага по обороне.", "org:")
    assert found == {"org:bundestag"}
