"""Kinds of mistake the second held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout2.jsonl): one short article per kind, written for these tests in the
style of wire copy, aggregators and spun reposts (not copied from any), with the exact
entities a careful reader finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# An outlet named in a common word ("The Atlantic", "The Intercept") read as words of
# something else: a longer name, a headline's verb, an item of a list of places. Named as a
# source, it is the outlet.
WORDS = """NATO Jets Intercept Russian Bombers

Russian bombers flew over the Arctic, Atlantic and the Barents Sea this week, and jets under the North Atlantic alliance's banner escorted them across the Atlantic Ocean.

A NATO official told The Atlantic that such flights were routine.
"""

# A title-case headline: a nationality before the thing it qualifies is no organisation or
# person, and a headline's verb is no part of a name.
HEADLINE = """Turkey Shoots Down Russian Military Jet

Turkish officials said the aircraft had crossed into Turkey's airspace.
"""

WITHDRAWS = """United States Withdraws From Arms Treaty

Washington said Russia had broken the treaty for years.
"""

MISSILE = """Investigators Say Airliner Downed by Missile Brought From Russia

Prosecutors said the missile was fired from a field held by separatists.
"""

# Text run together where a space was lost: a lower-case word glued to a name, a quotation
# closing on the next sentence, a row of icon names from a page's menu.
GLUED = """bookmarkicon cameraicon editicon v-expandicon fileicon filtericon

Turkey said its jets forced the plane to turn backNATO called on Russia to respect the border.

Macron said he had talked about Syria and NATO."We agreed on many things," he added.
"""

# Datelines in other forms (a day after the city, an opening bracket) and a capital before
# a meeting name the place, not the state.
DATELINES = """Allies uneasy over missile deal

Allies are uneasy about the deal. Brussels, Oct 3, 2019 (AFP) - NATO said Friday it was concerned by Turkey's purchase.

( Baghdad – The Iraqi government said on Tuesday it would not take sides.

Leaders will meet before the London NATO summit, Macron said.
"""

EXPECTED = {
    "words.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"NATO", "Atlantic"},
        "location": {"Arctic", "Atlantic", "Barents Sea", "Atlantic Ocean"},
    },
    "headline.txt": {"person": set(), "country": {"TUR", "RUS"}, "org": set(), "location": set()},
    "withdraws.txt": {"person": set(), "country": {"USA", "RUS"}, "org": set(), "location": set()},
    "missile.txt": {"person": set(), "country": {"RUS"}, "org": set(), "location": set()},
    "glued.txt": {
        "person": {"Emmanuel Macron"},
        "country": {"TUR", "RUS", "SYR"},
        "org": {"NATO"},
        "location": set(),
    },
    "datelines.txt": {
        "person": {"Emmanuel Macron"},
        "country": {"TUR", "IRQ"},
        "org": {"NATO"},
        "location": {"Brussels", "Baghdad", "London"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "words.txt": WORDS,
            "headline.txt": HEADLINE,
            "withdraws.txt": WITHDRAWS,
            "missile.txt": MISSILE,
            "glued.txt": GLUED,
            "datelines.txt": DATELINES,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
