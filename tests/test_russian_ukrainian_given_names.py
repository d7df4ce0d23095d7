"""Ukrainians are written in Ukraine's transliteration with given names in their Ukrainian
forms (Leonid, Svitlana, Fedir), not the letters of the Russian form (issue 18). Sentences
written for these tests in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.pipeline import extract
from lib.engine.russian.translit import ukrainian_name


def people(text):
    found = extract(text, published=date(2018, 12, 3)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_given_names_whose_ukrainian_form_has_i_or_another_vowel():
    assert ukrainian_name("Леонид Кравчук") == "Leonid Kravchuk"
    assert ukrainian_name("Светлана Гриценко") == "Svitlana Hrytsenko"
    assert ukrainian_name("Федор Литвиненко") == "Fedir Lytvynenko"
    assert ukrainian_name("Матвей Ткачук") == "Matvii Tkachuk"


def test_a_former_ukrainian_president_by_his_ukrainian_given_name():
    text = "На переговоры прибыл бывший президент Украины Леонид Кравчук."
    assert people(text) == {"person:leonid-kravchuk"}
