"""An abbreviation in capitals matches only a word written in capitals: a capitalised word that
shares its lemma is another word ("Сара", a given name, is not "САР", Syria). Sentences
written for this test in the agencies' style."""

from tests.russian_ids import ids


def test_a_given_name_sharing_an_abbreviations_lemma_is_the_person():
    text = "Об этом сообщила пресс-секретарь Белого дома Сара Сандерс."
    assert ids(text, "person:") == {"person:sarah-sanders"}
    assert "country:SYR" not in ids(text)


def test_the_abbreviation_in_capitals_is_still_the_state():
    text = "Президенты выразили уверенность, что кризис в САР возможно разрешить."
    assert ids(text, "country:") == {"country:SYR"}
