"""A player's card of another story is chrome (lib.engine.media_cards): a line with the clip's
title twice and its running time at the end, or the running time printed twice. A corpus of US
news had 5,000 such lines (video cards in one outlet's pages, audio cards in another's), and
the names of their titles among the pages' people. Lines written for these tests in the shape
of those cards, not copied from any page."""

from __future__ import annotations

import pytest

from lib.engine.media_cards import is_media_card
from tests.conftest import found


@pytest.mark.parametrize(
    ("line", "card"),
    [
        ("WATCH NOW Allies split over the pipeline Replay Next clip ... UP NEXT Allies split "
         "over the pipeline 02:47", True),
        ("Heard On Weekend Edition Senators Weigh Sanctions Bill Senators Weigh Sanctions Bill "
         "Listen · 4:05 4:05", True),
        ("Reporter Dana Okafor On 'All Things Considered' Listen · 1:12:05 1:12:05", True),
        ("The ministers will meet again at 10:30", False),  # a time, no title twice
        ("Allies split over the pipeline, the envoy said at 09:15.", False),
        ("The talks resumed at 14:00 and the talks resumed again.", False),
    ],
)  # fmt: skip
def test_a_card_is_known_by_its_shape(line, card):
    assert is_media_card(line) is card


def test_a_cards_names_are_not_the_articles(extract):
    pages = extract(
        {
            "story.txt": """Senators press for new sanctions

Senator Maria Olsen pressed for new sanctions on Russia on Tuesday.

WATCH NOW Merkel and Macron meet in Paris Replay Next clip ... UP NEXT Merkel and Macron meet in Paris 03:12

Olsen said the bill would reach the floor in March.
"""
        }
    )
    assert found(pages, "story.txt", "person") == {"Maria Olsen"}
    assert found(pages, "story.txt", "country") == {"RUS"}
    assert found(pages, "story.txt", "location") == set()
