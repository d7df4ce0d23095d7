"""The foreign ministers of the two states that joined NATO in the period, whom Russian pages
write in several ways (issue 18, pooled round: missed in four sets). Sentences written for
these tests in the agencies' style."""

from tests.russian_ids import ids


def test_north_macedonias_foreign_minister_by_surname_and_by_a_slipped_ending():
    assert ids("Глава МИД Македонии Димитров выразил благодарность.", "person:") == {
        "person:nikola-dimitrov"
    }
    assert ids("На подписании присутствовал министр Никола Димитрова.", "person:") == {
        "person:nikola-dimitrov"
    }


def test_montenegros_foreign_minister_written_by_ear():
    assert ids("Министр иностранных дел Черногории Серджан Дарманович заявил.", "person:") == {
        "person:srdjan-darmanovic"
    }
