"""States' bodies told without a capitalised name, and capitals and regions told as places
(issue 15, branch english-bodies8, eval/kinds/english-bodies8-mechanisms.md), on short pages
written for these tests in the style of wire copy (not copied from any page):

- a ministry after "its" or "the country's" is the ministry of the state the text names before
  it: the first named in its sentence, else the last named before; none where no state is
  named before it;
- a ministry's or a parliament's words in lower case before another noun ("a Ukrainian
  interior ministry official") are still the body; a state's parliament is the one the
  gazetteer lists for it ("the Montenegro parliament": Parliament of Montenegro), else one of
  its own;
- a parliament named as the whole one of its chambers belongs to ("the upper house of the
  Russian parliament") is no mention of the parliament;
- an embassy named with a capital E is its state's, in the capital it sits in ("the Russian
  Embassy in the UK" is the one in London); a mission is a post only with the body it is
  accredited to ("the Russian Mission to NATO"), and NATO stays NATO beside it; in lower case
  ("the Russian embassy said"), none;
- a party's adjective before a noun of its members ("Republican senators") is the party;
  before a person's name or alone, it is none;
- a capital named as one of a class of cities ("capitals such as Berlin and Warsaw") or after
  "a flight back to" is the place; "Europeans" and "European allies" are Europe, "European
  countries" none."""

from __future__ import annotations

import pytest

from tests.conftest import found

MINISTRIES = {
    "its.txt": """Moscow cuts military contacts with Ankara

Relations worsened further on Friday. Russia told its tourists not to travel to Turkey and its defence ministry cut off all contacts with Turkish officers.
""",
    "country.txt": """Russian jet lost off Syria

A Russian military transport plane with 14 people on board was lost over the sea off the coast of Syria, the country's defence ministry said on Tuesday.
""",
    "none.txt": """Ministry denies report

Its defence ministry said on Monday that the drills had ended on schedule.
""",
    "official.txt": """Airliner down in the east

An airliner crashed in eastern Ukraine on Thursday, a Ukrainian interior ministry official told reporters.
""",
    "tweets.txt": """Envoys dine in Moscow

The US envoy dined with Sergei Lavrov on Tuesday, with Russia's foreign ministry posting photographs of the evening.
""",
}

CHAMBERS = {
    "parliament.txt": """Lawmakers back strikes abroad

Russia's parliament on Wednesday allowed the president to use the armed forces abroad. The Montenegro parliament voted on NATO membership the same week.
""",
    "upper.txt": """Senator mocks sanctions

Konstantin Kosachev, a member of the upper house of the Russian parliament, said the sanctions would change nothing.
""",
}

POSTS = {
    "embassy.txt": """Washington expels Russian diplomats

The diplomats work at the Russian Embassy in Washington. The Russian Embassy in the UK mocked the decision, and staff of the U.S. Embassy in Moscow were told to expect a response.
""",
    "lower.txt": """Diplomats told to leave

The Russian embassy in London called the decision unacceptable.
""",
    "building.txt": """Protest in Kiev

Police stood in front of the Russian Embassy in Kiev as protesters threw flares on Sunday.
""",
    "mission.txt": """NATO cuts Russian staff

NATO withdrew the accreditation of seven staff of the Russian Mission to NATO on Tuesday. Russia's mission to the UN was not affected.
""",
}

PARTIES = {
    "parties.txt": """Sanctions bill advances

The United States Senate moved on a Russia sanctions bill. Republican senators backed it on Tuesday. Republican Mitch McConnell said little, and Democrats asked for more.
""",
}

PLACES = {
    "targets.txt": """Missiles in Kaliningrad

The Iskander missiles deployed in Kaliningrad mean that northern European capitals such as Berlin and Warsaw could be targets, officials in Lithuania said.
""",
    "flight.txt": """Kremlin critic in coma

Alexei Navalny fell ill on a flight back to Moscow from Tomsk and was taken to hospital.
""",
    "europeans.txt": """US leaves missile treaty

Washington said the new Russian missile puts millions of Europeans at risk and pledged to protect the U.S. and European allies. European countries asked for talks.
""",
    "countries.txt": """Talks on gas prices

European countries asked for talks on gas prices on Monday, officials in Kiev said.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(MINISTRIES | CHAMBERS | POSTS | PARTIES | PLACES)


def test_its_ministry_is_the_subject_states(pages):
    assert found(pages, "its.txt", "org") == {"Russian Defence Ministry"}
    assert found(pages, "its.txt", "country") == {"RUS", "TUR"}


def test_the_countrys_ministry_is_the_first_state_of_its_sentence(pages):
    assert found(pages, "country.txt", "org") == {"Russian Defence Ministry"}


def test_no_state_named_before_no_ministry(pages):
    assert found(pages, "none.txt", "org") == set()


def test_a_ministry_before_a_noun_is_the_ministry(pages):
    assert found(pages, "official.txt", "org") == {"Ukrainian Interior Ministry"}
    assert found(pages, "tweets.txt", "org") == {"Russian Foreign Ministry"}


def test_a_states_parliament(pages):
    assert found(pages, "parliament.txt", "org") == {
        "Federal Assembly",
        "Parliament of Montenegro",
        "NATO",
    }


def test_a_parliament_told_as_the_whole_of_a_chamber_is_no_mention(pages):
    assert found(pages, "upper.txt", "org") == set()
    assert found(pages, "upper.txt", "country") == {"RUS"}


def test_embassies_by_their_capitals(pages):
    assert found(pages, "embassy.txt", "org") == {
        "Russian Embassy in Washington",
        "Russian Embassy in London",
        "American Embassy in Moscow",
    }
    assert found(pages, "embassy.txt", "location") == {"Washington", "Moscow"}
    assert found(pages, "embassy.txt", "country") == {"RUS", "GBR", "USA"}


def test_an_embassy_in_lower_case_is_none(pages):
    assert found(pages, "lower.txt", "org") == set()
    assert found(pages, "lower.txt", "location") == {"London"}


def test_the_building_is_not_read_as_the_post_in_its_city(pages):
    # the model's own name for the building, as before this rule: no "… in Kyiv" post
    assert found(pages, "building.txt", "org") == {"Russian Embassy"}
    assert found(pages, "building.txt", "country") == {"RUS"}


def test_a_mission_to_a_body(pages):
    assert found(pages, "mission.txt", "org") == {
        "NATO",
        "Russian Mission to NATO",
        "United Nations",
    }
    assert found(pages, "mission.txt", "country") == {"RUS"}


def test_a_party_by_its_members_adjective(pages):
    assert found(pages, "parties.txt", "org") == {"US Senate", "Republican Party"}
    assert found(pages, "parties.txt", "person") == {"Mitch McConnell"}


def test_capitals_named_as_cities_are_places(pages):
    assert {"Berlin", "Warsaw"} <= found(pages, "targets.txt", "location")
    assert found(pages, "targets.txt", "country") == {"LTU"}
    assert "Moscow" in found(pages, "flight.txt", "location")
    assert found(pages, "flight.txt", "country") == set()


def test_europeans_and_european_allies_are_europe(pages):
    assert found(pages, "europeans.txt", "location") == {"Europe"}
    assert found(pages, "countries.txt", "location") == {"Kyiv"}
