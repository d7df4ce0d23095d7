"""Kinds of mistake in knowledge-base events the seventh held-out round of real NATO–Russia
pages showed (issue 15, eval/excerpts/heldout7.jsonl, kinds E1–E8 of its error list): one
short text per kind, written for these tests in the style of wire copy and agency rewrites
(not copied from any page), with the exact events and first days a careful reader links."""

from __future__ import annotations

from datetime import date

import pytest

from lib.engine.timexp import Anchor, month_range, resolve

# Each text: (text, publication day) or an undated page's text.
TEXTS = {
    # E3: an event's class verbs in other words. A country admitted to (or accepted into) the
    # alliance joined it; the sentence's month and year decide which accession.
    "admitted.txt": (
        "Balkans drift west\n\nIn June 2017, Montenegro was admitted to the alliance, "
        "angering Moscow.\n",
        "2020-03-30",
    ),
    "accepted_into.txt": (
        "Skopje celebrates\n\nNorth Macedonia was formally accepted into NATO on Friday, "
        "officials said.\n",
        "2020-03-28",
    ),
    # Battle groups deployed (in Poland and the Baltics, or told without the place) are the
    # enhanced forward presence; "June of 2017" is June 2017. A carrier battle group is not.
    "deployed_battle_groups.txt": (
        "Allies on the eastern flank\n\nFully deployed in June of 2017, the multinational "
        "battle groups train with host nation forces.\n",
        "2018-09-03",
    ),
    "deployed_elsewhere.txt": (
        "Carrier heads east\n\nThe Pentagon deployed a carrier battle group to the "
        "Mediterranean in June of 2017.\n",
        "2017-07-03",
    ),
    # E4: an exercise told by its place and month, with its actor: Russia's drills in the
    # Far East in September 2018 are Vostok 2018; in another year they are not.
    "far_east_drills.txt": (
        "Allies drill in the north\n\nRussia held its largest war games in decades in the Far "
        "East in September, analysts noted.\n",
        "2018-10-26",
    ),
    "far_east_other_year.txt": (
        "Drills in the east\n\nRussian troops held drills in the Far East in September, the "
        "ministry said.\n",
        "2019-10-02",
    ),
    # E6: Russian diplomats exiled or kicked out by Obama are the 2016 expulsions, on an
    # undated page too: Obama's term fixes the year.
    "exiled_by_obama.txt": (
        "Diplomats fly home\n\nDozens of Russian diplomats flew out of New York on Sunday, "
        "exiled by President Barack Obama over Moscow's alleged hacking.\n"
    ),
    # E2: an election named without its year, with the United States as its country, is the
    # last one held: in the year after it by the publication date, on an undated page by a
    # month the expulsions date; a midterm or a later year's is not.
    "election_generic.txt": (
        "Washington hits back\n\nThe White House said Russian military intelligence hacked "
        "American party officials during the presidential election.\n",
        "2017-01-06",
    ),
    "election_month_undated.txt": (
        "Envoys ordered out\n\nObama expelled 35 Russian diplomats over Moscow's meddling "
        "in November's U.S. election, officials said.\n"
    ),
    "election_later.txt": (
        "Campaign season\n\nRussian trolls are again targeting American voters ahead of "
        "the presidential election, officials said.\n",
        "2019-09-12",
    ),
    "election_midterm.txt": (
        "Hackers return\n\nRussian hackers targeted U.S. Senate campaigns before the midterm "
        "election, Microsoft said.\n",
        "2017-09-12",
    ),
    # E8: an invitation to join, and talks expected to be completed "next year", tell no
    # accession and no summit: the page (undated) gets no date from them.
    "invited.txt": (
        "Alliance grows\n\nNATO foreign ministers invited Montenegro on Wednesday to become "
        "the alliance's 29th member. Secretary General Jens Stoltenberg said he expected the "
        "accession talks with Montenegro to be concluded next year, before NATO leaders "
        "meet.\n"
    ),
    "invited_aside.txt": (
        "Small state joins\n\nMontenegro, which NATO invited to join despite Moscow's "
        "protests, became the alliance's 29th member on Monday.\n",
        "2017-06-06",
    ),
    # E7: an event's name with a month one off its days (the writer's slip) is still it.
    "summit_month_slip.txt": (
        "Troops arrive\n\nThe battalion is the answer of the NATO summit in Warsaw in June "
        "2016 to Russia's annexation of Crimea.\n",
        "2017-04-20",
    ),
    "summit_other_year.txt": (
        "Troops arrive\n\nThe plan was first floated at the NATO summit in Warsaw in June "
        "2018, a diplomat said.\n",
        "2019-04-20",
    ),
    # A date expression that names no time ("in decades") leaves the event the sentence's
    # true date; an offset ("two days after a referendum") still dates its own event.
    "offset.txt": (
        "Kremlin seals takeover\n\nPresident Vladimir Putin signed a law on Friday "
        "annexing Crimea, five days after a referendum on the peninsula that Kiev called "
        "illegal.\n",
        "2014-03-22",
    ),
    # A pattern that links only by its date takes no date from an event named by its words:
    # "on Friday" is the Osaka meeting's, which is no KB event.
    "other_summit.txt": (
        "Leaders talk\n\nTrump and Putin met at the G20 summit in Osaka on Friday, and the "
        "US president told his host to stay out of the election.\n",
        "2019-06-29",
    ),
}

EXPECTED = {
    "admitted.txt": {"event:montenegro-nato-accession-2017": date(2017, 6, 5)},
    "accepted_into.txt": {"event:north-macedonia-joins-nato-2020": date(2020, 3, 27)},
    "deployed_battle_groups.txt": {"event:efp-deployment-2017": date(2017, 2, 7)},
    "deployed_elsewhere.txt": {},
    "far_east_drills.txt": {"event:vostok-2018": date(2018, 9, 11)},
    "far_east_other_year.txt": {},
    "exiled_by_obama.txt": {"event:us-expels-russian-diplomats-2016": date(2016, 12, 29)},
    "election_generic.txt": {"event:us-presidential-election-2016": date(2016, 11, 8)},
    "election_month_undated.txt": {
        "event:us-expels-russian-diplomats-2016": date(2016, 12, 29),
        "event:us-presidential-election-2016": date(2016, 11, 8),
    },
    "election_later.txt": {},
    "election_midterm.txt": {},
    "invited.txt": {},
    "invited_aside.txt": {"event:montenegro-nato-accession-2017": date(2017, 6, 5)},
    "summit_month_slip.txt": {
        "event:nato-summit-warsaw-2016": date(2016, 7, 8),
        "event:crimea-annexation-2014": date(2014, 3, 18),
    },
    "summit_other_year.txt": {},
    "offset.txt": {
        "event:crimea-annexation-2014": date(2014, 3, 18),
        "event:crimea-referendum-2014": date(2014, 3, 16),
    },
    "other_summit.txt": {},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(TEXTS))
def test_exact_events_and_days(dataset, file):
    events = dataset.events
    linked = events[(events["file"] == file) & events["entity_id"].notna()]
    found = {
        entity_id: min(group["date_start"]) for entity_id, group in linked.groupby("entity_id")
    }
    assert found == EXPECTED[file]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("in June of 2017", month_range(2017, 6)),
        ("June, 2016", month_range(2016, 6)),
        ("in June 2016", month_range(2016, 6)),
    ],
)
def test_month_of_year(expression, expected):
    assert resolve(expression, Anchor(None, None)) == expected
