"""An acronym in capitals that no list holds as a place is a body's (lib.engine.unknown_acronyms):
the small model types some organisations' acronyms as places, and a corpus of US politics had
"NRA" among its most mentioned places. Listed places written short stay places: a city's
abbreviation ("NYC"), a former state's initials ("GDR"), a state's code, a
dateline's city in capitals. Pages written for these tests in the style of US wire copy."""

from __future__ import annotations

import pytest

from lib.engine.gazetteer import load_gazetteer
from lib.engine.unknown_acronyms import acronym_of_a_body


@pytest.mark.parametrize(
    ("surface", "body"),
    [
        ("NRA", True),
        ("CBO", True),
        ("NYC", False),  # New York City
        ("GDR", False),  # the German Democratic Republic
        ("USSR", False),
        ("DPR", False),  # the gazetteer's Donetsk People's Republic
        ("KY", False),  # Kentucky's postal code
        ("RIGA", False),  # a dateline's city in capitals
        ("Nra", False),  # not an acronym
        ("EU", False),  # two letters: left to the rules on codes
    ],
)
def test_acronym_of_a_body(surface, body):
    assert acronym_of_a_body(surface, load_gazetteer()) is body


def test_an_unlisted_acronym_typed_a_place_is_a_body(extract):
    pages = extract(
        {
            "gun.txt": """Gun lobby meets in Dallas

The NRA annual meeting opened in Dallas on Friday, and the CBO said the new rules would cost more. Many delegates flew in from NYC.
""",
            "dateline.txt": """Allies meet in the Netherlands

THE HAGUE, Netherlands — Leaders met in the Hague on Monday.
""",
        }
    )
    rows = pages[pages["surface"].isin(["NRA", "CBO", "NYC"])]
    assert sorted(zip(rows["surface"], rows["entity_id"], strict=True)) == [
        ("CBO", "org:cbo"),
        ("NRA", "org:nra"),
        ("NYC", "location:new-york"),
    ]
    # a word of a line in capitals is no acronym: the dateline's city stays a place
    assert set(pages.loc[pages["file"] == "dateline.txt", "entity_id"]) == {
        "location:hague",
        "country:NLD",
    }
