"""The English rows of round six (issue 18; data/events/kb.csv), the same facts as the Russian
ones of tests/test_russian_events6.py: a meeting of deputy ministers or envoys in Helsinki (the
New START round of October 2020) is not the 2018 Trump–Putin summit, while the presidents meeting
there is; "the first meeting between the two leaders" in the days of Hamburg is Trump and Putin's
meeting there, not a first meeting a year later nor a first phone call; the 2016 plot in Montenegro told as the
planned killing of its premier, not his fear of one. Texts written for these
tests in the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

HELSINKI = "event:trump-putin-helsinki-2018"
HAMBURG = "event:trump-putin-hamburg-2017"

TEXTS = {
    "helsinki_envoys.txt": (
        "Arms control\n\nThe U.S. envoy said he made progress at a meeting in Helsinki with "
        "Russia's deputy foreign minister on the last remaining arms treaty.\n",
        None,
    ),
    "helsinki_presidents.txt": (
        "Summit\n\nThe two presidents held talks in Helsinki for more than two hours on Monday.\n",
        "2018-07-16",
    ),
    "first_meeting_hamburg.txt": (
        "Handshake\n\nThe first meeting between the two leaders ran for more than two hours, "
        "far longer than planned.\n",
        "2017-07-07",
    ),
    "first_meeting_later.txt": (
        "Handshake\n\nThe first meeting between the two leaders ran for more than two hours, "
        "far longer than planned.\n",
        "2018-11-30",
    ),
    "montenegro_attempt.txt": (
        "Trial\n\nProsecutors said the group planned to assassinate Prime Minister Milo "
        "Djukanovic on election day.\n",
        None,
    ),
    "montenegro_threat.txt": (
        "Interview\n\nDjukanovic said he did not fear an assassination.\n",
        None,
    ),
    "first_call.txt": (
        "Phone\n\nThe first phone call between the two leaders lasted an hour.\n",
        "2017-07-07",
    ),
}

EXPECTED = {
    "helsinki_envoys.txt": set(),
    "helsinki_presidents.txt": {HELSINKI},
    "first_meeting_hamburg.txt": {HAMBURG},
    "first_meeting_later.txt": set(),
    "first_call.txt": set(),
    "montenegro_attempt.txt": {"event:montenegro-coup-plot-2016"},
    "montenegro_threat.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
