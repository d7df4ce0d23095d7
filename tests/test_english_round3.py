"""Kinds of mistake the third held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout3.jsonl): one short article per kind, written for these tests in the
style of wire copy (not copied from any page), with the exact entities a careful reader
finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# "Atlantic" inside a hyphenated adjective is no name; crossed, it is the ocean. The outlet
# is "The Atlantic" as a source.
ATLANTIC = """Allies pledge unity

The trans-Atlantic alliance will stand together, Poland said, and Euro-Atlantic security depends on it. American bombers flew across the Atlantic on Monday.

A NATO diplomat told The Atlantic the flight was planned months ago.
"""

# "The Hague" is the Dutch city, written with a capital or a small "the": never the
# gazetteer's William Hague.
HAGUE = """Court opens hearing

The tribunal, based in The Hague, opened the hearing on Tuesday. Lawyers for Ukraine met at the Hague court's registry.
"""

# A warship is named after a person: the name after a ship's prefix, and its short forms
# later in the article, are no person.
SHIP = """Russian Jets Buzz USS Ross in Black Sea

Two Russian Su-24 jets flew within 30 meters of the USS Ross on Thursday, the Pentagon said. The Ross was sailing in international waters, and the Ross's captain called the passes unsafe.
"""

# A given name after a possessive and a noun of kinship is the relative, who carries the
# family name of the person just named: never a place.
KIN = """Sergei Skripal and his daughter, Yulia, were found unconscious in Salisbury, police said.

Doctors said on Friday that his daughter Yulia was improving.
"""

EXPECTED = {
    "atlantic.txt": {
        "person": set(),
        "country": {"POL", "USA"},
        "org": {"NATO", "Atlantic"},
        "location": {"Atlantic"},
    },
    "hague.txt": {
        "person": set(),
        "country": {"UKR"},
        "org": set(),
        "location": {"Hague"},
    },
    "ship.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"US Department of Defense"},
        "location": {"Black Sea"},
    },
    "kin.txt": {
        "person": {"Sergei Skripal", "Yulia Skripal"},
        "country": set(),
        "org": set(),
        "location": {"Salisbury"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "atlantic.txt": ATLANTIC,
            "hague.txt": HAGUE,
            "ship.txt": SHIP,
            "kin.txt": KIN,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
