"""Knowledge-base events told in other words, pooled over the English held-out sets, round five
(issues 15 and 18; data/events/kb.csv, classes.csv): MH17 told by the airliner's country and its
fall, without its flight number or a verb of shooting ("the doomed Malaysian plane", "the downing
of Malaysian Airways Flight 17": heldout11, heldout17), and not the Malaysian airliner lost over
the Indian Ocean; the 2016 US election told as Russia's interference in it, by its year without
"US" or by "the US elections" years on (heldout13, heldout15, heldout17), and not the Montenegrin
election of the same year nor a warning about the next one; the US expulsions of December 2016
told as an order to leave or by the expelled without their number, in their days (heldout15), and
not the Skripal expulsions of 2018; the Su-24 in the first reports of its day, a Russian warplane
that "crashed" near the border with Turkey (heldout17), not the airliner that crashed in Egypt;
Russia's G8 suspension told in the progressive, "suspending their participation with Russia in
the Group of Eight" (heldout3), and Turkey's removal from the F-35 programme told as "suspend
Ankara's participation" or "impossible to continue its participation" (heldout3, heldout10), not
the threat of it; the missile defence site in Romania "launched" (heldout15), not one planned;
the 2018 strikes told as the attack of the three states or "the Western missile strikes"
(heldout5, heldout11), not the chemical attack they answered; a leaders' meeting told by its
presidents' countries in its days, not at the next year's G20. Texts written for these tests in
the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

MH17 = "event:mh17-downing-2014"
ELECTION = "event:us-presidential-election-2016"
EXPULSIONS = "event:us-expels-russian-diplomats-2016"
HAMBURG = "event:trump-putin-hamburg-2017"

TEXTS = {
    # the airliner told by its country and its fall
    "mh17_doomed.txt": (
        "Crash site\n\nInvestigators walked through the wreckage of the doomed Malaysian jet in "
        "a wheat field near the village.\n",
        "2014-07-21",
    ),
    "mh17_airways.txt": (
        "Summit agenda\n\nAllies meet after the downing of Malaysian Airways Flight 17 over "
        "eastern Ukraine and the annexation of Crimea.\n",
        "2014-09-02",
    ),
    # the Malaysian airliner lost in March 2014: same words, another plane
    "mh370.txt": (
        "Search\n\nShips scoured the Indian Ocean for debris of the doomed Malaysian jet, which "
        "vanished with 239 people on board.\n",
        "2014-04-03",
    ),
    # the 2016 election as Russia's interference in it
    "election_year.txt": (
        "Press conference\n\nPutin again rejected allegations of Russian meddling in the 2016 "
        "presidential election.\n",
        "2018-07-17",
    ),
    # told from before the election, on a page of December 2016: the days decide (#recent)
    "election_ahead.txt": (
        "Sanctions\n\nThe measures target Russian individuals believed to be involved in cyber "
        "attacks ahead of the U.S. presidential election.\n",
        "2016-12-30",
    ),
    "election_us.txt": (
        "Talks\n\nTrump said the two leaders had discussed Russia's interference in the US "
        "elections at length.\n",
        "2018-07-17",
    ),
    # another election of 2016, and a warning about the next one at another meeting
    "election_montenegro.txt": (
        "Trial\n\nProsecutors said Russian agents interfered in Montenegro's October 2016 "
        "election.\n",
        "2017-02-20",
    ),
    "election_osaka.txt": (
        "G20\n\nTrump and Putin met on the sidelines of the G20 summit in Osaka on Friday, and "
        "the US president jokingly told the Russian leader not to meddle in the election.\n",
        "2019-06-28",
    ),
    # the expulsions told as an order to leave, or by the expelled in their days
    "expulsions_leave.txt": (
        "Retaliation\n\nPresident Barack Obama on Thursday ordered 35 Russian diplomats to leave "
        "the country within 72 hours.\n",
        "2016-12-30",
    ),
    "expulsions_operatives.txt": (
        "Retaliation\n\nThe administration expelled Russian intelligence operatives from "
        "Washington and shut two compounds.\n",
        "2016-12-30",
    ),
    # the same words fifteen months on are the Skripal expulsions, not these
    "expulsions_2018.txt": (
        "Retaliation\n\nThe administration expelled Russian diplomats from Washington and "
        "shut the consulate in Seattle.\n",
        "2018-03-27",
    ),
    # the Su-24 in the first reports, before anyone said who fired; the Sinai crash is not it
    "su24_crashed.txt": (
        "Live\n\nA Russian Su-24 warplane crashed in Syria near the border with Turkey, "
        "presumably after it was hit by fire from the ground.\n",
        "2015-11-24",
    ),
    "sinai_crash.txt": (
        "Live\n\nInvestigators said the Russian plane crashed in Egypt after taking off from "
        "Sharm el-Sheikh, while flights to Turkey went on.\n",
        "2015-11-02",
    ),
    "g8_suspending.txt": (
        "The Hague\n\nIn a joint statement, the leaders said they were suspending their "
        "participation with Russia in the Group of Eight until Moscow changes course.\n",
        "2014-03-25",
    ),
    "f35_suspend.txt": (
        "Jets\n\nTurkey's decision to purchase S-400s prompted the United States to suspend "
        "Ankara's participation in the F-35 fighter program.\n",
        "2019-09-15",
    ),
    "f35_continue.txt": (
        "Jets\n\nThe White House said on Wednesday that Turkey's decision to buy the S-400 "
        "makes it impossible to continue its participation in the F-35 program.\n",
        "2019-07-18",
    ),
    "f35_threat.txt": (
        "Jets\n\nWashington has threatened to suspend Turkey's participation in the F-35 program "
        "if it buys the S-400.\n",
        "2019-04-02",
    ),
    "aegis_launched.txt": (
        "Shield\n\nThe United States launched a ground-based missile defense system earlier "
        "this month in Romania.\n",
        "2016-05-28",
    ),
    "aegis_planned.txt": (
        "Shield\n\nWashington plans the deployment of a missile defense site in Romania by the "
        "end of the year.\n",
        "2015-06-02",
    ),
    "strikes_attack.txt": (
        "Warning\n\nMoscow and Tehran warned of grave consequences following America's attack on "
        "Syrian chemical weapons sites, in collaboration with the UK and France.\n",
        "2018-04-17",
    ),
    "strikes_western.txt": (
        "Calls\n\nMacron spoke with Putin hours before the Western missile strikes.\n",
        "2018-04-16",
    ),
    "chemical_attack.txt": (
        "Blame\n\nBritain and France joined the United States in blaming Assad for the chemical "
        "attack in Syria.\n",
        "2018-04-10",
    ),
    "presidents_helsinki.txt": (
        "Talks\n\nThe meeting of the US and Russian presidents lasted more than two hours.\n",
        "2018-07-17",
    ),
    "presidents_osaka.txt": (
        "Talks\n\nThe meeting of the US and Russian presidents lasted more than an hour.\n",
        "2019-06-29",
    ),
}

EXPECTED = {
    "mh17_doomed.txt": {MH17},
    "mh17_airways.txt": {MH17, "event:crimea-annexation-2014"},
    "mh370.txt": set(),
    "election_year.txt": {ELECTION},
    "election_us.txt": {ELECTION},
    "election_ahead.txt": {ELECTION},
    "election_montenegro.txt": set(),
    "election_osaka.txt": set(),
    "expulsions_leave.txt": {EXPULSIONS},
    "expulsions_operatives.txt": {EXPULSIONS},
    "expulsions_2018.txt": {"event:skripal-expulsions-2018"},
    "su24_crashed.txt": {"event:su24-downing-2015"},
    "sinai_crash.txt": set(),
    "g8_suspending.txt": {"event:russia-g8-suspension-2014"},
    "f35_suspend.txt": {"event:turkey-f35-removal-2019"},
    "f35_continue.txt": {"event:turkey-f35-removal-2019"},
    "f35_threat.txt": set(),
    "aegis_launched.txt": {"event:aegis-ashore-deveselu-2016"},
    "aegis_planned.txt": set(),
    "strikes_attack.txt": {"event:syria-strikes-2018"},
    "strikes_western.txt": {"event:syria-strikes-2018"},
    "chemical_attack.txt": set(),
    "presidents_helsinki.txt": {"event:trump-putin-helsinki-2018"},
    "presidents_osaka.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


def test_hamburg_keeps_the_osaka_day(dataset):
    """The interference words of the same sentence take no date from the meeting: the G20 in
    Osaka stays dated Friday, so it is not Hamburg's meeting."""
    assert HAMBURG not in linked_event_ids(dataset, "election_osaka.txt")
