"""Turkish people whose given names the Russian dictionary holds too ("Мехмет", "Наби"), a
Turkish given name in "-и" that does not decline ("Мехди"), and the dotless "ı" kept as "i"
in their ids (issue 18). Sentences written for these tests in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.pipeline import extract


def people(text):
    found = extract(text, published=date(2016, 8, 9)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_a_foreign_given_name_in_i_keeps_its_last_letter():
    assert inflect_nominative(["Мехди", "Экер"], person=True) == "Мехди Экер"
    assert inflect_nominative(["Любови", "Соболь"], person=True) == "Любовь Соболь"


def test_turkish_given_names_the_dictionary_holds_beside_turkey():
    text = "Вице-премьер Турции Мехмет Шимшек и министр Турции Наби Кылыч прибыли в Москву."
    assert people(text) == {"person:mehmet-simsek", "person:nabi-kilic"}


def test_a_turkish_adviser_in_i_is_written_back_whole():
    text = "Эрдогана сопровождает советник правящей партии Турции Мехди Экер."
    assert people(text) == {"person:recep-tayyip-erdogan", "person:mehdi-eker"}


def test_a_russian_muslim_with_a_shared_given_name_beside_turkey_stays_russian():
    text = "Посол России в Турции Али Абдуллаев встретился с министром Турции Мехметом Шимшеком."
    assert people(text) == {"person:ali-abdullayev", "person:mehmet-simsek"}
