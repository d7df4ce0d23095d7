"""Lines that hand a story over to an outlet's report (issue 15,
eval/kinds/english-orgs5-mechanisms.md; lib.engine.source_lines): a lead-in ("Here's more from
Newsmax:") and "Read more: BBC News - <headline>" keep their outlet as a source label; a
"Source: RT" line under a repost stays chrome (the gold counts it in some sets only).
Look-alikes: "Sources: diplomats" (no outlet), "According to Lavrov:" (a person: the lead-in's
words go to the model), "Read more: Putin - a life" (no known outlet). Pages written for these
tests in the style of aggregator reposts (not copied from any page)."""

from __future__ import annotations

import pytest

from lib.engine.gazetteer import load_gazetteer
from lib.engine.source_lines import named_source
from tests.conftest import found


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: RT", None),
        ("28th May 2021    |     Source: BBC", None),
        ("(Source: Reuters; published July 25, 2019)", None),
        ("Here's more from Newsmax:", "Here's more from Newsmax"),
        ("According to Stars and Stripes:", "According to Stars and Stripes"),
        ("Read more: BBC News - Ukraine crisis: EU and US impose sanctions", "BBC News"),
        ("Sources: diplomats in Brussels", None),
        ("Read more: Putin - a life in power", None),
        ("According to the ministry, the drills were over:", None),
        ("Source: https://example.com/story", None),
    ],
)
def test_the_outlet_a_source_line_names(line, outlet):
    assert named_source(line, set(load_gazetteer().site_names)) == outlet


PAGES = {
    "source.txt": """NATO suspends cooperation with Russia

April 1, 2014 in News by The Editor

Source: RT

NATO has announced that it is suspending all military and civilian cooperation with Russia over the crisis in Ukraine, the alliance's foreign ministers said on Tuesday.
""",
    "more_from.txt": """Obama expels diplomats

The president ordered 35 diplomats to leave within 72 hours, officials said on Thursday.

Here's more from Newsmax:

President Barack Obama expelled 35 Russian diplomats on Thursday over the hacking.
""",
    "lookalikes.txt": """Lavrov rejects claims

Russia rejected the accusations on Monday, its foreign minister said.

According to Lavrov:

"These are groundless claims," the minister told reporters.

Sources: diplomats in Brussels
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_the_outlet_a_lead_in_hands_over_to_is_a_body(pages):
    assert found(pages, "more_from.txt", "org") == {"Newsmax"}
    assert found(pages, "more_from.txt", "person") == {"Barack Obama"}


def test_a_source_line_under_a_repost_stays_chrome(pages):
    assert found(pages, "source.txt", "org") == {"NATO"}


def test_a_person_or_a_common_noun_after_the_words_is_no_outlet(pages):
    assert found(pages, "lookalikes.txt", "org") == set()
    assert found(pages, "lookalikes.txt", "person") == {"Sergey Lavrov"}
