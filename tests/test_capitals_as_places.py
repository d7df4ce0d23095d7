"""A capital used as a place, not its government (lib.engine.place_context; issue 15,
eval/kinds/english-commonwords-mechanisms.md), in the ways news writes it beyond "in London"
and "a visit to Moscow", on short pages written for these tests in the style of wire copy (not
copied from any page): travel to it or away from it ("is heading to London", "were transferred
to Moscow", "due to leave London"), where someone reports, briefs or flew in from ("in a
briefing from Baghdad", "had flown in from Washington"), the capital named as such without a
comma ("in the Turkish capital Ankara"), a news conference held there ("a Helsinki news
conference"), what lies outside it ("Douma outside of Damascus"). What comes from a capital without travel or a reporter is the government's word
("The order came from Moscow")."""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "travel.txt": """Trump to attend alliance meeting

President Donald Trump is heading to London this week for the alliance's anniversary meeting. Two diplomats expelled over the affair were due to leave London on Friday.
""",
    "transfer.txt": """Sailors moved

The captured Ukrainian sailors were transferred to Moscow at the end of November.
""",
    "from.txt": """Coalition reports close calls in Syria

The coalition's spokesman told reporters on Wednesday in a briefing from Baghdad that Russian jets had flown close to American aircraft. An envoy who had flown in from Washington for the ceremony signed the protocol in Brussels.
""",
    "order.txt": """Separatists deny taking orders

The order came from Moscow, separatist officials said on Tuesday.
""",
    "capital.txt": """First S-400 parts reach Turkey

The first parts of the S-400 system landed at an air base in the Turkish capital Ankara on Friday.
""",
    "around.txt": """Strikes and summits

The attack hit Douma outside of Damascus on Saturday. The tough language coming out of Moscow in recent days worried the allies.
""",
    "spellings.txt": """Envoys return to Kiev

The envoys met in Kiev on Monday. Talks in Kyiv resumed a week later, and Kiev said it was ready to sign. The delegation then flew to Teheran, and Tehran's envoy joined the talks in Tehran.
""",
    "room.txt": """Obama calls Putin

President Barack Obama spoke from the Oval Office on Thursday, the White House said.
""",
    "district.txt": """Lobbyists return to the capital

The consultancy, based in Washington DC, hired two former envoys. They met donors at a hotel in Washington, D.C., on Monday and flew back to D.C. after a week in Ohio. A judge in the District of Columbia approved the deal, and the firm opened a second office in Washington, DC. Washington said it would not object.
""",
    "presser.txt": """Trump defends summit

Trump faced criticism over his remarks at a Helsinki news conference with Vladimir Putin.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_travel_to_or_from_a_capital_is_to_the_place(pages):
    assert found(pages, "travel.txt", "location") == {"London"}
    assert found(pages, "travel.txt", "country") == set()
    assert found(pages, "transfer.txt", "location") == {"Moscow"}
    assert found(pages, "transfer.txt", "country") == {"UKR"}


def test_a_briefing_or_a_flight_from_a_capital_is_from_the_place(pages):
    assert found(pages, "from.txt", "location") == {"Baghdad", "Washington", "Brussels"}
    assert found(pages, "from.txt", "country") == {"SYR", "RUS", "USA"}  # "American" names the US


def test_word_from_a_capital_is_the_government(pages):
    assert found(pages, "order.txt", "country") == {"RUS"}
    assert found(pages, "order.txt", "location") == set()


def test_the_capital_named_as_such_and_its_news_conference_are_places(pages):
    assert found(pages, "capital.txt", "location") == {"Ankara"}
    assert found(pages, "capital.txt", "country") == {"TUR"}
    assert found(pages, "presser.txt", "location") == {"Helsinki"}
    assert found(pages, "presser.txt", "country") == set()


def test_what_lies_outside_a_capital_is_the_place(pages):
    assert found(pages, "around.txt", "location") == {"Douma", "Damascus"}
    assert found(pages, "around.txt", "country") == {"RUS"}  # words coming out of Moscow


def test_a_capital_is_one_place_under_each_spelling(pages):
    # "Kiev" before 2019, "Kyiv" after: one place in a top list and on the map, not two
    rows = pages[(pages["file"] == "spellings.txt") & (pages["type"] == "location")]
    assert sorted(set(zip(rows["surface"], rows["entity_id"], strict=True))) == [
        ("Kiev", "location:kyiv"),
        ("Kyiv", "location:kyiv"),
        ("Teheran", "location:tehran"),
        ("Tehran", "location:tehran"),
    ]
    # "Kiev said", "Tehran's envoy": the state
    assert found(pages, "spellings.txt", "country") == {"UKR", "IRN"}


def test_the_presidents_office_is_a_room_and_the_white_house_the_state(pages):
    # the model types "Oval Office" an organisation; a corpus of US politics had it in its
    # top 100 organisations
    assert found(pages, "room.txt", "location") == {"Oval Office"}
    assert found(pages, "room.txt", "org") == set()
    assert found(pages, "room.txt", "country") == {"USA"}


def test_the_district_and_the_capital_are_one_place(pages):
    # "Washington DC", "D.C.", "the District of Columbia": the city once, not four places; the
    # "D.C." of "Washington, D.C." is not a second mention of it
    rows = pages[(pages["file"] == "district.txt") & (pages["type"] == "location")]
    assert list(zip(rows["surface"], rows["entity_id"], strict=True)) == [
        ("Washington DC", "location:washington"),
        ("Washington", "location:washington"),
        ("D.C.", "location:washington"),
        ("Ohio", "location:ohio"),
        ("District of Columbia", "location:washington"),
        ("Washington, DC", "location:washington"),
    ]
    assert found(pages, "district.txt", "country") == {"USA"}  # "Washington said"
