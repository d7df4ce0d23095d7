"""A Russian's given name as the English press writes it (issue 18): "Сергей" is Sergei, as
"Алексей" is Alexei, and a Ukrainian's Latin name ("Павел Климкин": Pavlo) or a nickname of
the gazetteer ("Майкл" for Mike) spells no one else. Sentences written for these tests in the
style of Russian agencies."""

from datetime import date

from lib.engine.russian.gazetteer import load_gazetteer
from lib.engine.russian.pipeline import extract
from lib.engine.russian.translit import english_name


def people(text, published=date(2019, 3, 5)):
    return {m.entity_id for m in extract(text, published=published).mentions if m.type == "person"}


def test_the_commonest_russian_given_names_take_the_press_spelling():
    text = (
        "МОСКВА, 5 мар — РИА Новости. Военный эксперт Сергей Вершинин считает, что "
        "учения НАТО в Прибалтике носят демонстративный характер. С ним согласен "
        "политолог Тимофей Кораблев, а журналист Павел Стрельцов напомнил о "
        "Североатлантическом альянсе."
    )
    assert people(text) == {
        "person:sergei-vershinin",
        "person:timofei-korablev",
        "person:pavel-streltsov",
    }


def test_a_ukrainians_latin_given_name_spells_no_russian():
    # the gazetteer pairs "Павел Климкин" with Pavlo Klimkin: a Russian Pavel stays Pavel
    # (the Russians it lists, such as Pavel Grudinin, teach it Pavel), while Klimkin himself
    # keeps his own spelling
    gaz = load_gazetteer()
    assert gaz.given_names.get("павел", "Pavel") == "Pavel"
    text = (
        "Глава МИД Украины Павел Климкин заявил о курсе на НАТО. Депутат Госдумы "
        "Павел Сорокин назвал это заявление провокацией."
    )
    assert people(text, date(2018, 6, 1)) == {"person:pavlo-klimkin", "person:pavel-sorokin"}


def test_a_nickname_or_a_particle_of_the_gazetteer_is_no_given_name():
    gaz = load_gazetteer()
    assert "фон" not in gaz.given_names  # von der Leyen's particle
    assert "тайип" not in gaz.given_names  # Erdogan's second given name, not Recep
    assert gaz.given_names["реджеп"] == "Recep"
    assert gaz.given_names["йенс"] == "Jens"


def test_names_without_the_letter_yo_and_feminine_forms():
    assert english_name("Федор Лукин") == "Fyodor Lukin"
    assert english_name("Семен Багров") == "Semyon Bagrov"
    assert english_name("Евгения Сухова") == "Yevgenia Sukhova"
    assert english_name("Наталия Орлова") == "Natalia Orlova"


def test_a_surname_in_enok_is_a_native_one_with_kh():
    # "-енок" is a Belarusian and Ukrainian surname suffix: its "х" is the press's kh
    assert english_name("Михаил Ходаренок") == "Mikhail Khodarenok"
