"""Common words of English the model types as names (lib.engine.common_words; issue 15,
eval/kinds/english-commonwords-mechanisms.md), on short pages written for these tests in the
style of wire copy (not copied from any page):

- a frequent word capitalised only because it opens a sentence ("Turnout was 83 percent",
  "Realistically, …", "Firsthand reports …"), a sentence-case headline ("Attendee removed from
  room …"), or written in lower case ("in intel community's conclusion"): no person, no body;
- an acronym spelt out by common nouns in lower case before it ("unmanned aerial vehicles
  (UAV)"): a thing, no body; a body written in lower case ("the ministry of foreign affairs
  (MFA)") stays;
- an office clipped as posts and press releases write it ("the Alliance's Sec Gen, Jens
  Stoltenberg"): a title, no person; "SEC" in capitals stays the regulator;
- a compass point alone ("risks in the East and to the South", "the worst East-West
  standoff"): a direction or a flank, no place; "the West" and "Eastern Europe" stay;
- real one-word names that are also words stay: surnames ("Brown", "Rice", "Price", "Bush",
  "Pence") named in full elsewhere, or alone as the subject of a sentence; bodies ("Shell",
  "Apple") named mid-sentence or as a speaker or an owner; places ("Reading", "Nice")."""

from __future__ import annotations

import pytest

from tests.conftest import found

COMMON = {
    "turnout.txt": """Crimea votes to join Russia in disputed referendum

Voters in Crimea backed joining Russia in Sunday's referendum, the region's election officials said. Turnout was 83 percent, said Mikhail Malyshev, the head of the local electoral commission.

Realistically, the European Union has few options left, diplomats in Brussels said. Firsthand reports from Simferopol described long queues at polling stations.
""",
    "attendee.txt": """Attendee removed from room ahead of Trump-Putin news conference

A man was led out of the hall in Helsinki minutes before Donald Trump and Vladimir Putin spoke to reporters on Monday. Finnish police said he had held up a sign.
""",
    "intel.txt": """White House: 'full confidence' in intel chiefs' assessment of Russian meddling

The White House said on Wednesday it stood by the assessment of the US intelligence agencies, a day after Donald Trump met Vladimir Putin.
""",
}

ACRONYMS = {
    "uav.txt": """Pentagon to send more drones to Guam

The Pentagon said on Monday it would deploy more unmanned aerial vehicles (UAV) to Guam. The UAV fleet will be watched closely by NATO allies.
""",
    "mfa.txt": """Kyiv protests

The ministry of foreign affairs (MFA) of Ukraine summoned the Russian envoy on Tuesday. The MFA said the move was a provocation.
""",
}

TITLES = {
    "secgen.txt": """Allies meet in Brussels

The Alliance's Sec Gen, Jens Stoltenberg, said the allies would stand firm. SEC Chairman Jay Clayton said the agency would look at the sanctions. The SEC gave no date.
""",
}

COMPASS = {
    "compass.txt": """Allies weigh threats on two flanks

Defence ministers of the alliance met in Brussels on Wednesday to discuss how to respond to security risks in the East and to the South. The crisis over Crimea set off the worst East-West standoff since the Cold War, officials said, and the Baltic states want more troops in Eastern Europe.

The challenge coming from the South is different, said one diplomat, but the West must answer both.
""",
}

NAMES = {
    "surnames.txt": """Former officials weigh in on Russia policy

Former Secretary of State Condoleezza Rice said on Monday that sanctions on Russia should stay. Rice spoke at Stanford.

Ned Price, the State Department spokesman, called the move a provocation. Price added that Washington had told its allies.

Vice President Mike Pence met the Polish president in Warsaw. Pence promised more troops.

Former Prime Minister Gordon Brown warned the alliance against complacency. Brown spoke in Edinburgh.

Former President George W. Bush visited Tbilisi in 2005. Bush called Georgia a beacon of liberty.
""",
    "firms.txt": """Western firms leave Russia after the invasion

Shell said on Monday it would exit its joint ventures with Gazprom. Shell's chief executive called the decision necessary.

Apple said it had paused all product sales in Russia. Apple's online store stopped taking orders on Tuesday.
""",
    "places.txt": """Salisbury suspects travelled through England

Police said the two men had stayed one night at a hotel in the town of Reading, west of London, before they travelled to Salisbury. A third man was later traced to Nice, in the south of France.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(COMMON | ACRONYMS | TITLES | COMPASS | NAMES)


def test_a_frequent_word_that_opens_a_sentence_is_no_name(pages):
    assert found(pages, "turnout.txt", "person") == {"Mikhail Malyshev"}
    assert found(pages, "turnout.txt", "org") == {"European Union"}


def test_a_word_of_a_sentence_case_headline_is_no_body(pages):
    assert found(pages, "attendee.txt", "org") == set()
    assert found(pages, "attendee.txt", "person") == {"Donald Trump", "Vladimir Putin"}


def test_a_frequent_word_in_lower_case_is_no_body(pages):
    assert found(pages, "intel.txt", "org") == set()
    assert found(pages, "intel.txt", "person") == {"Donald Trump", "Vladimir Putin"}
    assert found(pages, "intel.txt", "country") == {"USA", "RUS"}


def test_an_acronym_of_common_nouns_is_no_body(pages):
    assert found(pages, "uav.txt", "org") == {"US Department of Defense", "NATO"}
    assert found(pages, "mfa.txt", "org") == {"ministry of foreign affairs"}


def test_a_clipped_office_is_no_person(pages):
    assert found(pages, "secgen.txt", "person") == {"Jens Stoltenberg", "Jay Clayton"}
    assert found(pages, "secgen.txt", "org") == {"SEC"}


def test_a_compass_point_alone_is_no_place(pages):
    assert found(pages, "compass.txt", "location") == {
        "Brussels",
        "Crimea",
        "Baltic states",
        "Eastern Europe",
        "the West",
    }


def test_surnames_that_are_words_stay_people(pages):
    assert found(pages, "surnames.txt", "person") == {
        "Condoleezza Rice",
        "Ned Price",
        "Mike Pence",
        "Gordon Brown",
        "George W. Bush",
    }


def test_firms_named_as_speakers_or_owners_stay_bodies(pages):
    assert found(pages, "firms.txt", "org") == {"Shell", "Apple", "Gazprom"}


def test_places_that_are_words_stay_places(pages):
    assert {"Reading", "Nice", "Salisbury"} <= found(pages, "places.txt", "location")
    assert found(pages, "places.txt", "org") == found(pages, "places.txt", "person") == set()
