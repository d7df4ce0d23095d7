"""A picture's credit inside a line (a card glued to the story by the scraper) signs the
picture: the agency in it is no mention (lib.engine.captions.in_picture_credit). The agency
told or quoted in the story is. Fixture text written for these tests in the style of US
politics sites whose picture cards run into the next headline."""

from __future__ import annotations

import pytest

from lib.engine.captions import in_picture_credit
from tests.conftest import found

CARDS = {
    "cards.txt": """Trump weighs new sanctions on Moscow

The president met his advisers on Monday. | Jane Doemer/AFP/Getty Images Finance & Tax
Lawmakers push bank subpoenas The House voted on Tuesday.

A woman walks past the Kremlin (AFP via Getty Images)Officials in Moscow said the talks would go
on. A Kremlin spokesman told AFP that no date had been set.
""",
}


@pytest.mark.parametrize(
    ("line", "desk", "credit"),
    [
        ("… | Saul Doemer/AFP/Getty Images North Korea summit", "AFP", True),
        ("Previous Next Getty Images/AFP/NPR", "AFP", True),
        ("outside the clinic (AFP via Getty Images)Three countries", "AFP", True),
        ("a Reuters/Ipsos poll found", "Reuters", False),  # a poll's sponsors
        ("VILNIUS (Baltic News Service / Reuters - 4 May)", "Reuters", False),
        ("he told AFP news agency.", "AFP", False),
    ],
)
def test_a_desk_inside_a_credit(line, desk, credit):
    start = line.index(desk)
    assert in_picture_credit(line, start, start + len(desk)) is credit


def test_the_agency_of_a_credit_is_no_mention_the_agency_quoted_is(extract):
    mentions = extract(CARDS)
    afp = mentions[mentions["entity_id"] == "org:afp"]
    assert afp["surface"].tolist() == ["AFP"]
    assert afp["text"].iloc[0][afp["start"].iloc[0] - 15 : afp["end"].iloc[0]] == (
        "spokesman told AFP"
    )
    assert "Agence France-Presse" in found(mentions, "cards.txt", "org")
