"""A capital standing for its government or being the place, by the words around it (issue 15,
eval/kinds/english-orgs5-mechanisms.md; lib.engine.capital_roles), on short pages written for
these tests in the style of wire copy (not copied from any page).

The government, though a preposition of place stands before it: a governing or reacting noun
before "in" ("the leadership in Moscow", "anger in the Kremlin"), a possessive that owns no
place ("within Moscow's sphere of influence"), the agent of a hyphened participle
("Moscow-annexed Crimea"), a list of capitals ("how Washington, London or Berlin would react"),
pressure "from" a capital followed by "to" and a verb (no route).
The place: where someone is evacuated or flown to, the airspace "over" it after a word of
flight, the capital named after a state's possessive ("the country's capital Vilnius"), a
building it owns ("Berlin's Charite Hospital"), a city that "lies" somewhere.
Look-alikes keep their reading: "protests in Moscow", "world leaders in London", "a summit in
Helsinki", "Warsaw, Poland", "Buckingham Palace, London, Britain", "a flight from Tomsk to
Moscow", "Moscow-based", "Moscow said", "a row over Moscow's claims".
"""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "leadership.txt": """Kremlin weighs response

The leadership in Moscow will study the decision before it answers, the agency said. The new government in Kyiv will sign the agreement next month. The deployment sparked anger in the Kremlin.
""",
    "possessive.txt": """Balkan state joins alliance

The plotters wanted to keep the small country within Moscow's sphere of influence. Lavrov lashed out at Washington's closest partners on Monday.
""",
    "participle.txt": """Ships seized

Russian border guards seized three vessels near Moscow-annexed Crimea on Sunday.
""",
    "list.txt": """Analyst on deterrence

Russia will need to calculate how Washington, London or Berlin would react, the analyst said.
""",
    "comma.txt": """Leaders gather

The leaders posed for a picture during a reception at Buckingham Palace, London, Britain on Tuesday.
""",
    "pressure.txt": """Turkey takes delivery

Turkey took delivery of the system on Friday, defying pressure from Washington to scrap the deal.
""",
    "evacuated.txt": """Critic flown to Germany

The opposition politician was evacuated to Berlin for treatment. Doctors at Berlin's Charite Hospital said on Monday that he had been poisoned.
""",
    "over.txt": """Airliner reports close call

A Russian military jet flew over Warsaw at 33,000 feet on Thursday, an airline official said.
""",
    "state_capital.txt": """Officers arrive

A group of German officers reached the country's capital Vilnius on Tuesday.
""",
    "lies.txt": """Summit city

Helsinki lies two hours by ferry from Tallinn.
""",
    "lookalikes.txt": """Protests and summits

Thousands joined protests in Moscow on Saturday. World leaders in London met the queen. Foreign officials in Kyiv toured the city. Moscow said the rally was illegal. The leaders met at a summit in Helsinki. The envoy flew to Warsaw, Poland, on Monday. The train runs from Tomsk to Moscow. The Moscow-based think tank published a report. A row over Moscow's claims grew.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_governing_and_reacting_nouns_before_in_make_the_government(pages):
    assert found(pages, "leadership.txt", "country") == {"RUS", "UKR"}
    assert found(pages, "leadership.txt", "location") == set()


def test_a_possessive_owning_no_place_is_the_government(pages):
    assert found(pages, "possessive.txt", "country") == {"RUS", "USA"}
    assert found(pages, "possessive.txt", "location") == set()


def test_the_agent_of_a_hyphened_participle_is_the_government(pages):
    assert found(pages, "participle.txt", "country") == {"RUS"}
    assert found(pages, "participle.txt", "location") == {"Crimea"}


def test_a_list_of_capitals_is_a_list_of_governments(pages):
    assert found(pages, "list.txt", "country") == {"RUS", "USA", "GBR", "DEU"}
    assert found(pages, "list.txt", "location") == set()


def test_a_capital_then_its_country_after_a_comma_stays_the_place(pages):
    assert found(pages, "comma.txt", "location") == {"Buckingham Palace", "London"}
    assert found(pages, "comma.txt", "country") == {"GBR"}


def test_from_a_capital_to_a_verb_is_no_route(pages):
    assert found(pages, "pressure.txt", "country") == {"TUR", "USA"}
    assert found(pages, "pressure.txt", "location") == set()


def test_taken_to_a_capital_or_its_building_is_the_place(pages):
    assert found(pages, "evacuated.txt", "location") == {"Berlin"}
    assert found(pages, "evacuated.txt", "country") == set()


def test_flying_over_a_capital_is_over_the_place(pages):
    assert found(pages, "over.txt", "location") == {"Warsaw"}
    assert found(pages, "over.txt", "country") == {"RUS"}


def test_a_states_capital_named_as_such_is_the_place(pages):
    assert found(pages, "state_capital.txt", "location") == {"Vilnius"}
    assert found(pages, "state_capital.txt", "country") == {"DEU"}


def test_a_city_that_lies_somewhere_is_the_place(pages):
    assert found(pages, "lies.txt", "location") == {"Helsinki", "Tallinn"}
    assert found(pages, "lies.txt", "country") == set()


def test_lookalikes_keep_their_reading(pages):
    assert found(pages, "lookalikes.txt", "location") == {
        "Moscow",
        "London",
        "Kyiv",
        "Helsinki",
        "Warsaw",
        "Tomsk",
    }
    assert found(pages, "lookalikes.txt", "country") == {"RUS", "POL"}
