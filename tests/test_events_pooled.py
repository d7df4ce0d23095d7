"""Kinds of mistake in knowledge-base events pooled over every English held-out set (issues 15
and 18): each kind met in three sets or more, fixed for the event type or word class, one short
text per case written for these tests in the style of wire copy (not copied from any page),
with the exact events a careful reader links."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

TEXTS = {
    # An exercise named by its code name without the year, beside a word of exercising: the
    # exercise of the knowledge base with that name (the date check keeps other years out).
    "codename_dated.txt": (
        "NATO drills in the north\n\nSome 50,000 troops are taking part in NATO's Trident "
        "Juncture exercise in central Norway, officials said on Tuesday.\n",
        "2018-10-30",
    ),
    "codename_undated.txt": (
        "Allies train in the cold\n\nMarines came ashore near Trondheim during the Trident "
        "Juncture war games, the largest in Norway since the 1980s.\n"
    ),
    "codename_before.txt": (
        "Planners at work\n\nStaff officers met in Naples to discuss the Trident Juncture "
        "exercise, a spokesman said.\n",
        "2016-03-02",
    ),
    # An event named by its own name in the weeks before it, with no future word: told ahead.
    # Months ahead, or spoken of as past, it is not the event.
    "named_ahead.txt": (
        "Moscow flexes its muscles\n\nA NATO spokesman said Wednesday that Vostok 2018, billed "
        "as the biggest war games since the Cold War, shows Russia's focus on large-scale "
        "conflict.\n",
        "2018-08-29",
    ),
    "named_months_ahead.txt": (
        "Moscow flexes its muscles\n\nA NATO spokesman said Wednesday that Vostok 2018 shows "
        "Russia's focus on large-scale conflict.\n",
        "2018-05-02",
    ),
    # Turkey's purchase of the S-400 given as the cause of a later step (here the F-35
    # removal) is the acquisition, not the agreement of September 2017; with its year, or on a
    # page of its time, it is. A deal is the agreement.
    "purchase_as_cause.txt": (
        "F-35 door shut\n\nThe White House said Turkey's decision to purchase the S-400 system "
        "renders its continued involvement with the F-35 impossible.\n",
        "2019-07-18",
    ),
    "purchase_with_year.txt": (
        "A long quarrel\n\nIn 2017, Turkey announced that it would purchase the S-400 system "
        "from Russia.\n",
        "2020-12-15",
    ),
    "deal_as_cause.txt": (
        "F-35 door shut\n\nWashington will cut Turkey out of the F-35 programme over its S-400 "
        "deal with Russia, the Pentagon said.\n",
        "2019-05-04",
    ),
    # A missile defence site named is not its activation of May 2016: the activation is told by
    # a verb of switching on (the @activate class), whatever the page's year.
    "site_switched_on.txt": (
        "Moscow angered\n\nThe United States switched on a missile defence site in southern "
        "Romania on Thursday, officials said.\n",
        "2016-05-12",
    ),
    "site_under_construction.txt": (
        "Mast stepping\n\nOfficials held a ceremony at the Aegis Ashore missile defense site "
        "under construction at Deveselu, Romania.\n"
    ),
    "site_named.txt": (
        "Moscow warns\n\nMoscow will respond to the missile shield facility in Romania, a "
        "Russian envoy said.\n"
    ),
    # Of several events one phrase fits (the council's three meetings of 2016), told with no
    # date on the day of one of them: that day's.
    "meeting_of_the_day.txt": (
        "Russia-NATO Council Meeting Begins in Brussels\n\nThe parties are holding a "
        "closed-door meeting, diplomats said.\n",
        "2016-12-19",
    ),
    "meeting_not_of_the_day.txt": (
        "Russia-NATO Council Meeting Ends in Brussels\n\nThe parties held a closed-door "
        "meeting, diplomats said.\n",
        "2016-12-21",
    ),
    # The 2016 election in the plural, with its year and its country.
    "elections_plural.txt": (
        "Helsinki\n\nTwelve Russian agents were accused of hacking in the 2016 US elections, "
        "officials said.\n",
        "2018-07-16",
    ),
}

EXPECTED = {
    "codename_dated.txt": {"event:trident-juncture-2018"},
    "codename_undated.txt": {"event:trident-juncture-2018"},
    "codename_before.txt": set(),
    "named_ahead.txt": {"event:vostok-2018"},
    "named_months_ahead.txt": set(),
    "purchase_as_cause.txt": {"event:turkey-f35-removal-2019"},
    "purchase_with_year.txt": {"event:s400-agreement-turkey-2017"},
    "deal_as_cause.txt": {"event:s400-agreement-turkey-2017"},
    "site_switched_on.txt": {"event:aegis-ashore-deveselu-2016"},
    "site_under_construction.txt": set(),
    "site_named.txt": set(),
    "meeting_of_the_day.txt": {"event:nato-russia-council-2016-12-19"},
    "meeting_not_of_the_day.txt": set(),
    "elections_plural.txt": {"event:us-presidential-election-2016"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
