"""One person under one id however a Russian article declines his name (issue 18): a foreign
given name that does not decline ("Энтони", "Жозе") leaves the surname's case to the surname.
A short agency report written for these tests (not copied from any page)."""

from __future__ import annotations

import pytest

from lib.engine.russian.nominative import inflect_nominative
from tests.conftest import found

REPORT = """Госсекретарь США провел переговоры в Женеве

ЖЕНЕВА, 5 мая. Встреча с Энтони Блинкеном прошла в Женеве. Министр позвонил Энтони Блинкену накануне. Позиция Энтони Блинкена известна, сказал Энтони Блинкен журналистам. На встрече был и Антониу Коста.
"""


@pytest.mark.parametrize(
    "words, nominative",
    [
        (["Энтони", "Блинкеном"], "Энтони Блинкен"),  # the instrumental tells the case
        (["Жозе", "Мануэлом", "Баррозу"], "Жозе Мануэл Баррозу"),  # Баррозу does not decline
        (["Джо", "Байденом"], "Джо Байден"),
        (["Антониу", "Коста"], "Антониу Коста"),  # a nominative in -а stays
        (["Митчу", "Макконнеллу"], "Митч Макконнелл"),  # a given name that declines leads
    ],
)
def test_a_surname_after_a_given_name_that_does_not_decline(words, nominative):
    assert inflect_nominative(words, person=True) == nominative


def test_every_case_of_one_name_in_an_article_is_one_person(extract):
    mentions = extract({"report.txt": REPORT})
    people = mentions[(mentions["file"] == "report.txt") & (mentions["type"] == "person")]
    blinken = people[people["surface"].str.contains("Блинкен")]
    assert len(blinken) == 4 and set(blinken["entity_id"]) == {
        "person:antony-blinken"
    }  # the gazetteer's Antony Blinken
    assert found(mentions, "report.txt", "country") == {"USA"}
