"""Universities no gazetteer row holds, by their English names (issue 18, round
russian-pooled2: a university's id was transliterated from Russian in excerpts, heldout6 and
heldout18): lib.engine.russian.universities. Sentences written for these tests in the
agencies' style."""

from tests.russian_ids import ids


def test_a_university_of_a_city_is_named_in_english():
    text = "Генсек НАТО выступил с лекцией в Университете Манчестера."
    assert ids(text, "org:") == {"org:nato", "org:university-of-manchester"}


def test_a_university_by_its_citys_adjective():
    text = "Лекция министра прошла в Стамбульском университете."
    assert ids(text, "org:") == {"org:istanbul-university"}


def test_the_words_of_the_name_and_no_honorific():
    text = "Министр выступил в Балтийском федеральном университете имени Канта."
    assert ids(text, "org:") == {"org:baltic-federal-university"}
    text = "Посол выступил в Московском государственном университете."
    assert ids(text, "org:") == {"org:moscow-state-university"}


def test_a_word_no_table_gives_keeps_the_transliterated_id():
    text = "Он выступил в Университете дружбы народов."
    assert not any(i.startswith("org:university") for i in ids(text, "org:"))
