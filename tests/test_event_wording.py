"""Event wording of real copy the knowledge base's patterns now read (fixture stories written
for these tests in the agencies' style): the Crimean accession treaty signed as "a pact
accepting Crimea's merger with Russia"; Trump's INF announcement as "the INF pullout" in a
sentence naming him. A pact on another region's merger is no accession treaty."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

TEXTS = {
    "pact.txt": (
        "Putin signs Crimea pact\n\nMOSCOW, March 21, 2014 (Reuters) - Putin has signed a pact "
        "accepting Crimea's merger with Russia, the Kremlin said on Friday.",
        "2014-03-21",
    ),
    "pullout.txt": (
        "Critics fear an arms race\n\nWASHINGTON, Oct 22, 2018 (AP) - Critics said Trump's INF "
        "pullout would start a new arms race in Europe.",
        "2018-10-22",
    ),
    "other.txt": (
        "Regions sign pact\n\nKIEV, June 3, 2016 - Two Ukrainian regions signed a pact on the "
        "merger of their water utilities on Friday.",
        "2016-06-03",
    ),
}
EXPECTED = {
    "pact.txt": {"event:crimea-accession-treaty-2014"},
    "pullout.txt": {"event:trump-inf-withdrawal-announcement-2018"},
    "other.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_events_told_in_these_words(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
