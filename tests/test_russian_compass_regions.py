"""A region told by a compass point and a larger place (issue 18, round russian-pooled2: "на
востоке Европы" in heldout7, "государств Северной Европы" in heldout18, read as Europe):
lib.engine.russian.compass_regions. Sentences written for these tests in the agencies' style."""

from tests.russian_ids import ids


def test_the_compass_adjective_names_the_known_region():
    text = "В учениях участвуют военные стран НАТО и государств Северной Европы."
    assert ids(text, "location:") == {"location:northern-europe"}


def test_the_part_of_a_place_after_na_names_the_region():
    text = "Альянс усиливает военное присутствие на востоке Европы."
    assert ids(text, "location:") == {"location:eastern-europe"}


def test_central_asia_by_its_russian_name():
    text = "Россия и Китай проводят учения в Центральной Азии."
    assert ids(text, "location:") == {"location:central-asia"}


def test_a_part_noun_without_a_preposition_is_not_where_something_is():
    text = "Восток Европы остается неспокойным, заявил министр."
    assert ids(text, "location:") == {"location:europe"}


def test_a_compass_word_before_a_place_with_no_such_region_leaves_it():
    text = "Войска стоят на юге Франции и на севере Италии."
    assert ids(text, "country:") == {"country:FRA", "country:ITA"}
    assert ids(text, "location:") == set()
