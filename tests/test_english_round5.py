"""Kinds of mistake the fifth held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout5.jsonl): one short article per kind, written for these tests in the
style of wire copy (not copied from any page), with the exact entities a careful reader
finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# A name that qualifies a vehicle's or a vessel's noun is the thing's class or model, not its
# namesake ("the Ronald Reagan aircraft carrier", "a Nimitz-class carrier", "Boxer armoured
# personnel carriers"); a maker's name before a model's code is the type ("a Tupolev Tu-22
# bomber"); the name after "warship the" is a ship's.
THINGS = """Allies move armour east

Germany sent Boxer armoured personnel carriers and Leopard 2 battle tanks to Lithuania, the army said. The Ronald Reagan aircraft carrier sailed into the Baltic Sea with a Nimitz-class escort.

Poland said a Tupolev Tu-22 bomber flew near its border. Moscow sent warship the Admiral Makarov to the region.
"""

# Capitalised common ideas are no entities: an ideology ("Fascism"), a world war by its
# abbreviation ("WWII"), an office in the plural ("Heads of State and Government").
IDEAS = """Leaders meet in Brussels

Heads of State and Heads of Government met in Brussels on Monday, NATO said. Estonia said it had not been so afraid since WWII and the fall of Fascism.
"""

# A person: "Mr Sikorski" taken whole for a body is the person the article named; a speaker
# whom the next words call "she" or "he" is a person ("Kallas said she …"); "the Trump
# Administration" in capitals is the president acting.
PEOPLE = """Warsaw presses allies

Polish Foreign Minister Radoslaw Sikorski met Antony Blinken on Monday. Mr Blinken told Mr Sikorski that the alliance would help.

Kallas said she wanted more troops in the Baltic states. Dariusz Wolski said on Monday that Poland was ready. He added that the Trump Administration agreed.
"""

# In a title-case headline a phrase whose words the body writes in lower case is common words
# ("Russian Jet" when the body says "a Russian military jet"); a treaty's head in lower case
# after its acronym ends its name; a format's acronym before "feed" is no body; "Exercise X"
# is the exercise, no body.
HEADLINE = """Allies Meet After Poland Shoots Down Russian Jet

Poland shot down a Russian military jet near its border on Monday, NATO said. The first Dutch soldiers of a new battalion arrived the same day. Both sides still cite the Strategic Offensive Reductions (SORT) treaty.

Arrival Of First Dutch Soldiers

Thousands of troops joined Exercise Trident Juncture in Norway. Follow the drills through our RSS feed.
"""

# A capital that qualifies a building or a quarter of a city ("a Berlin clinic", "the Brussels
# headquarters") is the city, not its government; an agency's caption marker "FILE" is no
# one.
PLACES = """Opposition leader flown abroad

FILE – Polish President Andrzej Duda speaks to reporters on Monday.

He was treated in a Berlin clinic, his aides said. Ministers met at the Brussels headquarters of the alliance.
"""

# A programme whose own style writes its first word in lower case ("NATO's enhanced
# Forward Presence") is the gazetteer's name, not a person or a body of the rest.
LOWER_FIRST = """Allies extend air patrols

Under NATO's enhanced Forward Presence, four battlegroups train in the Baltic states, officials said.
"""

EXPECTED = {
    "things.txt": {
        "person": set(),
        "country": {"DEU", "LTU", "POL", "RUS"},
        "org": set(),
        "location": {"Baltic Sea"},
    },
    "ideas.txt": {
        "person": set(),
        "country": {"EST"},
        "org": {"NATO"},
        "location": {"Brussels"},
    },
    "people.txt": {
        "person": {
            "Radoslaw Sikorski",
            "Antony Blinken",
            "Kaja Kallas",  # the gazetteer's one Kallas
            "Dariusz Wolski",
            "Donald Trump",
        },  # fmt: skip
        "country": {"POL"},
        "org": set(),  # "the alliance" where no alliance is named
        "location": {"Baltic states"},
    },
    "places.txt": {
        "person": {"Andrzej Duda"},
        "country": {"POL"},
        "org": set(),
        "location": {"Berlin", "Brussels"},
    },
    "lower_first.txt": {
        "person": set(),
        "country": set(),
        "org": {"NATO", "Enhanced Forward Presence"},
        "location": {"Baltic states"},
    },
    "headline.txt": {
        "person": set(),
        "country": {"POL", "RUS", "NOR", "NLD"},
        "org": {"NATO"},
        "location": set(),
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract({"things.txt": THINGS, "ideas.txt": IDEAS, "people.txt": PEOPLE,
                    "headline.txt": HEADLINE, "places.txt": PLACES,
            "lower_first.txt": LOWER_FIRST})  # fmt: skip


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]


# A frame of readiness tells an event not (yet) done, also with an adverb before "ready" and a
# quotation opening before "to"; the same words without the frame are the event.
EVENT_TEXTS = {
    "ready.txt": (
        "The bloc says it is also ready \"to widen sectoral sanctions on Russian energy"
        ' and defence firms" if Moscow escalates.\n',
        "2014-07-25",
    ),
    "done.txt": (
        "The bloc imposed sectoral sanctions on Russian energy and defence firms on"
        " Wednesday.\n",
        "2014-07-17",
    ),
}


@pytest.fixture(scope="module")
def events_dataset(process_texts):
    return process_texts(EVENT_TEXTS)


@pytest.mark.parametrize(
    ("file", "expected"),
    [("ready.txt", set()), ("done.txt", {"event:sanctions-russia-sectoral-2014"})],
)
def test_events_linked(events_dataset, file, expected):
    events = events_dataset.events
    assert set(events.loc[events["file"] == file, "entity_id"].dropna()) == expected
