"""Names that a title abbreviation, a stance prefix, a headline's comma or a dropped comma
join to other words (issue 15): one short article per kind, written for these tests in the
style of South Asian and Balkan English-language outlets and of captions (not copied from any
page), with the exact entities a careful reader finds."""

from __future__ import annotations

import pytest

from tests.conftest import found

# An office in capitals before a surname is the person's role: "PM Ciolos" is a person, the
# model's one organisation "Romanian PM Ciolos" the country and the person, "PM" alone no
# body; "10:30 PM" is a clock time, and "the PM Office" names no one.
OFFICES = """Turkey's PM Defends Missile Deal

Polish DM Siemoniak said on Monday the brigade would stay in Warsaw. Romanian PM Ciolos met the ambassador in Bucharest, and MP Tom Tugendhat asked about the deal at 10:30 PM on Tuesday.
"""

# A stance before a name is an adjective: "pro-Kremlin" is no person (its Kremlin still
# stands for Russia's government); the alliance named for itself still counts.
STANCES = """Pro-Kremlin bloggers and anti-NATO protesters gathered outside the embassy in Podgorica on Saturday, while pro-Kremlin media called the vote a provocation. NATO said the vote was Montenegro's own choice.
"""

# A headline lists people with a comma ("Trump, Putin"); "Martin Luther King, Jr." is one
# man; a caption drops the comma between a city and its country ("Gdansk Poland"), while a
# country's own name with a qualifier stays whole ("North Macedonia", "Northern Ireland").
PAIRS = """Trump, Putin Meet in Helsinki

Donald Trump and Vladimir Putin met in the Finnish capital on Monday. A ship of the alliance docked in Gdansk Poland the same day. Troops from North Macedonia trained with units from Northern Ireland, and a speech by Martin Luther King, Jr. was quoted.
"""

EXPECTED = {
    "offices.txt": {
        "person": {"Tomasz Siemoniak", "Ciolos", "Tom Tugendhat"},  # the gazetteer knows him
        "country": {"TUR", "POL", "ROU"},
        "org": set(),
        "location": {"Warsaw", "Bucharest"},
    },
    "stances.txt": {
        "person": set(),
        "country": {"MNE", "RUS"},
        "org": {"NATO"},
        "location": {"Podgorica"},
    },
    "pairs.txt": {
        "person": {"Donald Trump", "Vladimir Putin", "Martin Luther King"},
        "country": {"POL", "MKD", "FIN"},
        "org": set(),
        "location": {"Helsinki", "Gdansk", "Northern Ireland"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract({"offices.txt": OFFICES, "stances.txt": STANCES, "pairs.txt": PAIRS})


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
