"""Kinds of mistake the eighth held-out round of real NATO–Russia pages showed in what spans
become which entities (issue 15, eval/excerpts/heldout8.jsonl; /work/en8-kinds.md M-A, M-F,
M-D, E-H, E-G): one short article per kind, written for these tests in the style of British and
American wire copy (not copied from any page), with the exact entities a careful reader finds."""

from __future__ import annotations

import pytest

from tests.conftest import found

# An air force's acronym before a name where a place stands ("from RAF Lossiemouth", "RAF
# Valley in Anglesey") names its station, a place; the 'RAF' inside it is no mention of the
# air force, and no word of the station's name is an entity of its own; a second station of
# one list ("and RAF Leuchars") is one too, and the station's own name later is the station
# (whatever the model took it for). Its jets in a headline ("RAF Typhoons") are still the
# air force's.
STATIONS = """RAF Typhoons shadow Russian bombers

Two Typhoon jets were scrambled from RAF Lossiemouth and RAF Leuchars on Tuesday, the Ministry of Defence said. A Voyager tanker took off from RAF Brize Norton to refuel them, and trainees at RAF Valley in Anglesey watched the launch. It was the third alert this year for crews at Lossiemouth.
"""

# Water bodies read whole ("the Bay of Biscay", "the Bosphorus Strait"), "the Channel" alone
# as the English Channel (no outlet of that word), "the Strait" alone as the strait the
# article named (no place of its own), and "the X and Y Seas" as two seas.
WATER = """A Russian corvette sailed through the Bay of Biscay on Monday before it entered the Channel, the navy said. Two frigates passed through the Bosphorus a day later, and the Bosporus Strait was closed to tankers. Patrols cover the Baltic and Black Seas, and a tanker later shut off the Strait.
"""

# A state's body written with its head words in lower case: after a possessive ("Ukraine's
# navy"), a country's name ("the United States armed forces"), a demonym before a role noun
# ("a Russian foreign ministry spokesman") or with its portfolio after "of" ("the Estonian
# ministry of defence"); "the UK Parliament" and "the British parliament" are one body.
BODIES = """Ukraine's navy said on Friday that two boats had been seized. The Estonian ministry of defence said its jets were ready, and a Russian foreign ministry spokesman called the claim a provocation.

Lawmakers in the UK Parliament debated sanctions, and the British parliament later voted for them. The president ordered the United States armed forces to fly more patrols.
"""

# A state's body after its possessive in any case ("Russia's Defense Ministry") is the
# gazetteer's body of that state, and the article's short forms of it in other words ("the
# Ministry of Defense", "the defense ministry", spelt as the article spells it) are the same.
MINISTRY = """Russia's Defense Ministry said on Tuesday that a bomber had been tracked over the sea. The Ministry of Defense added that the crew was safe, and the defense ministry released a video on Wednesday.
"""

# A region's adjective with a capitalised plural noun ("European Allies", "Central and
# Northern European Partners") is no organisation; the adjective names no region (round six's
# and the sample corpus's rule); "American Airlines" is no region's adjective.
REGIONS = """European Allies will meet in June, while Central and Northern European Partners sent troops.

The price of European gas rose, and American Airlines cancelled flights to Warsaw.
"""

# Two or three capitalised words before an apposition of a person's expertise ("Name, a
# Russian military expert at ...", "Name, a senior fellow with ...") are a person, whatever
# the model made of them.
EXPERTS = """But according to Ewan Kerr, a Russian military expert at the UK-based Chatham House think-tank, the drills were routine. Nia Wexford, a senior fellow at the Carnegie Endowment, disagreed.
"""

EXPECTED = {
    "ministry.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"Russian Defence Ministry"},
        "location": set(),
    },
    "experts.txt": {
        "person": {"Ewan Kerr", "Nia Wexford"},
        "country": {"GBR", "RUS"},
        "org": {"Carnegie Endowment for International Peace", "Chatham House"},
        "location": set(),
    },
    "stations.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"Ministry of Defence", "Royal Air Force"},
        "location": {
            "RAF Brize Norton",
            "RAF Leuchars",
            "RAF Lossiemouth",
            "RAF Valley",
            "Anglesey",
        },
    },
    "water.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": set(),
        "location": {"Bay of Biscay", "Black Sea", "Baltic Sea", "Bosphorus", "English Channel"},
    },
    "bodies.txt": {
        "person": set(),
        "country": {"EST", "GBR", "RUS", "UKR", "USA"},
        "org": {
            "Estonian ministry of defence",
            "Russian Foreign Ministry",
            "UK Parliament",
            "US Armed Forces",
            "Ukrainian Navy",
        },
        "location": set(),
    },
    "regions.txt": {
        "person": set(),
        "country": set(),
        "org": {"American Airlines"},
        "location": {"Warsaw"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "stations.txt": STATIONS,
            "water.txt": WATER,
            "bodies.txt": BODIES,
            "regions.txt": REGIONS,
            "experts.txt": EXPERTS,
            "ministry.txt": MINISTRY,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
