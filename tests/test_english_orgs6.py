"""Organisations and places by the words around them (issue 15,
eval/kinds/english-orgs6-mechanisms.md), on short pages written for these tests in the style
of wire copy (not copied from any page):

- a name right before the lower-case noun of its medium ("RTBF broadcaster",
  "Europe-1 radio", whose digit is no weapon's designation, "Flightradar24 website", "Efe
  news reported") is an outlet; a place or a nation
  before such a noun ("Moscow radio", "the Turkish news agency Anadolu"), a sentence's
  first word ("State television") and a host's full name ("the Hugh Hewitt radio show") are
  not;
- the capitalised words after "<town noun> of" or "based in" that the model left untagged
  ("the Syrian town of Kasab", "the Crimean city of Sevastopol March 16", "a brigade based in
  Kursk") are a place, without the date after them;
- a body's short form ("the Air Force") is the body the article names in full ("the Russian
  Air Force"), also where the gazetteer keys it under another name ("Russian Aerospace
  Forces"); another state's ("the US Air Force") stays its own;
- a capital written with its district ("Washington D.C.", "Washington, DC") is the one place
  the capital is (data/gazetteer/capital_spellings.csv), not a place of its own."""

from __future__ import annotations

import pytest

from tests.conftest import found

OUTLETS = {
    "outlets.txt": """Belgian expert doubts NATO plan

Several brigades would be needed to defend the Baltic states, Joseph Henrotin told RTBF broadcaster on Tuesday. French Foreign Minister Laurent Fabius said on Europe-1 radio that the G8 talks were off. The aircraft was last tracked approaching Ankara, data from Flightradar24 website showed. The talks were frank, Efe news reported.
""",
    "lookalikes.txt": """Moscow rejects claims

Moscow radio said on Monday that the jet never crossed the border, and the Turkish news agency Anadolu quoted officials in Ankara as saying it had. State television showed the wreckage. Foreign Minister Sergei Lavrov told the BBC that Moscow would respond. Secretary of State Mike Pompeo said on the Hugh Hewitt radio show that Turkey should drop the deal.
""",
}

PLACES = {
    "towns.txt": """Turkey downs Russian jet near Syrian border

The plane crashed near the Syrian town of Kasab on the Turkish border. Results of the vote were announced in the Crimean city of Sevastopol March 16, 2014. Investigators said the missile came from a Russian army brigade based in Kursk.
""",
    "known.txt": """NATO meets in Brussels

Ministers met in the city of Brussels on Thursday. The alliance, which is based in Brussels, said the town of Narva was calm.
""",
}

SHORT_FORMS = {
    "air_force.txt": """Russia to use air force in Syria

Russia's upper house approved the use of the Russian Air Force in Syria on Wednesday. The operation by the Air Force is limited in time, Kremlin chief of staff Sergei Ivanov said.
""",
    "us_air_force.txt": """Bombers over the Baltic

The US Air Force flew two bombers over the Baltic Sea on Monday. The Air Force said the flight was routine.
""",
}


CAPITALS = {
    "washington.txt": """Montenegro joins NATO

Montenegro's prime minister handed over the instrument of accession at a ceremony in Washington D.C. on Monday. Russian diplomats held talks in Washington, DC, a day later. Washington said the alliance was open to all.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(OUTLETS | PLACES | SHORT_FORMS | CAPITALS)


def test_a_name_before_the_noun_of_its_medium_is_an_outlet(pages):
    assert found(pages, "outlets.txt", "org") == {"RTBF", "Europe-1", "Flightradar24", "EFE", "G8"}
    assert found(pages, "outlets.txt", "person") == {"Joseph Henrotin", "Laurent Fabius"}
    assert found(pages, "outlets.txt", "country") == {"FRA", "TUR"}


def test_places_and_nations_before_a_medium_noun_stay_themselves(pages):
    assert found(pages, "lookalikes.txt", "org") == {"Anadolu Agency", "BBC"}
    assert found(pages, "lookalikes.txt", "person") == {
        "Sergey Lavrov",
        "Mike Pompeo",
        "Hugh Hewitt",
    }
    assert found(pages, "lookalikes.txt", "country") == {"RUS", "TUR"}


def test_a_name_after_a_town_noun_or_based_in_is_a_place(pages):
    assert found(pages, "towns.txt", "location") == {"Kasab", "Sevastopol", "Kursk"}
    assert found(pages, "towns.txt", "country") == {"TUR", "SYR", "RUS"}
    assert found(pages, "towns.txt", "org") == set()


def test_known_places_after_a_town_noun_keep_their_entities(pages):
    assert found(pages, "known.txt", "location") == {"Brussels", "Narva"}
    assert found(pages, "known.txt", "org") == {"NATO"}


def test_a_short_form_is_the_body_named_in_full(pages):
    assert found(pages, "air_force.txt", "org") == {"Russian Aerospace Forces"}
    assert found(pages, "us_air_force.txt", "org") == {"US Air Force"}


def test_a_capital_written_with_its_district_is_the_capital(pages):
    assert found(pages, "washington.txt", "location") == {"Washington"}
    assert found(pages, "washington.txt", "country") == {"MNE", "RUS", "USA"}
