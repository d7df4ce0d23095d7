"""The states of a compound adjective whose joining forms are no "-ско" stem ("американо-",
"франко-", "британо-"; lib/engine/russian/state_compounds.py, lib/engine/russian/phrases.py):
each its country (heldout24's "американо-франко-британская коалиция" gave only Britain), while a
compound of other words ("научно-исследовательский", "военно-морской") names no state. Sentences
written for these tests in the style of Russian agencies."""

from tests.russian_ids import ids


def test_every_state_of_a_three_state_compound():
    text = "Ночью американо-франко-британская коалиция нанесла удары по объектам в Сирии."
    assert ids(text, "country:") == {"country:USA", "country:FRA", "country:GBR", "country:SYR"}
    assert ids("Франко-германский тандем обсудил бюджет союза.", "country:") == {
        "country:FRA",
        "country:DEU",
    }


def test_a_compound_of_other_words_names_no_state():
    text = "Научно-исследовательский центр и военно-морская база закрыты."
    assert ids(text, "country:") == set()
