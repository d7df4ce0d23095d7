"""An acronym the gazetteer reads as one body that the article defines as another is the
article's body (lib.engine.acronym_definitions); a definition naming the gazetteer's body in
other words changes nothing. Fixture articles written for these tests."""

from __future__ import annotations

import pytest

from lib.engine.acronym_definitions import same_body, spelt_name

ARTICLES = {
    "koch.txt": """Koch network targets senators

The conservative group Americans for Prosperity (AFP) will spend $10 million on ads this fall.

AFP said the campaign would start in Ohio.
""",
    "assam.txt": """Assam citizenship list

India's National Register of Citizens (NRC) left out 1.9 million people in Assam.

Critics say the NRC targets Muslims.
""",
    "syria.txt": """Syria talks

The Islamic State in Iraq and Syria (ISIS) lost its last town.

The NATO-Russia Council (NRC) met in Brussels on Friday.
""",
}


@pytest.fixture(scope="module")
def orgs(extract):
    found = extract(ARTICLES)
    return found[found["type"] == "org"]


def _ids(orgs, file, surface):
    rows = orgs[(orgs["file"] == file) & (orgs["surface"] == surface)]
    return set(rows["entity_id"])


def test_the_articles_definition_beats_the_gazetteers_reading(orgs):
    assert _ids(orgs, "koch.txt", "AFP") == {"org:americans-for-prosperity"}
    assert _ids(orgs, "assam.txt", "NRC") == {"org:national-register-of-citizens"}
    assert "org:nato-russia-council" not in set(orgs["entity_id"][orgs["file"] == "assam.txt"])
    nrc = orgs[(orgs["file"] == "assam.txt") & (orgs["surface"] == "NRC")]
    assert set(zip(nrc["link"], nrc["linked_from"], strict=True)) == {
        ("article", "org:nato-russia-council")
    }


def test_a_definition_in_other_words_keeps_the_gazetteers_body(orgs):
    assert _ids(orgs, "syria.txt", "ISIS") == {"org:isil"}
    assert _ids(orgs, "syria.txt", "NRC") == {"org:nato-russia-council"}


def test_the_name_an_acronym_spells():
    words = ["The", "conservative", "group", "Americans", "for", "Prosperity"]
    assert spelt_name(words, "AFP") == "Americans for Prosperity"
    assert spelt_name(["the", "Black", "Sea", "Fleet"], "EU") is None


@pytest.mark.parametrize(
    ("name", "names", "same"),
    [
        ("Islamic Revolutionary Guards Corps", ["Islamic Revolutionary Guard Corps"], True),
        ("National Register of Citizens", ["NATO-Russia Council", "NRC"], False),
        ("International Christian Concern", ["International Criminal Court"], False),
    ],
)
def test_same_body_in_other_words(name, names, same):
    assert same_body(name, names) is same
