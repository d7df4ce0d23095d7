"""Knowledge-base events told in other words, pooled over the English held-out sets, round four
(issues 15 and 18; data/events/kb.csv): the US withdrawal from Open Skies told as "exited" or
"completed its withdrawal", or by "the treaty" in a story that names it (heldout3, heldout4,
heldout15), and never Russia's own withdrawal (heldout16); the Crimean referendum told as "the
referendum" in its days, with Ukraine, Russia, the peninsula, secession or the ballot in its
sentence (heldout2, heldout9, heldout14, heldout15); a leaders' meeting told by the two leaders in
its days (heldout16) or by their countries and the city. The same words for Russia's withdrawal,
for another referendum or outside the days link nothing. Texts written for these tests in the
style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

SKIES_SAID = "event:open-skies-withdrawal-announced-2020"
SKIES_DONE = "event:open-skies-withdrawal-effective-2020"
REFERENDUM = "event:crimea-referendum-2014"
HELSINKI = "event:trump-putin-helsinki-2018"
ST_PETERSBURG = "event:putin-erdogan-st-petersburg-2016"

TEXTS = {
    # the withdrawal taking effect, told by another verb
    "skies_exited.txt": (
        "Surveillance flights\n\nThe United States has exited the Open Skies Treaty, six months "
        "after giving notice, officials said.\n",
        "2020-11-23",
    ),
    # "the treaty" in a story that names Open Skies: the announcement told by its month
    "skies_reference.txt": (
        "Treaty row\n\nThe Open Skies Treaty lets its members fly unarmed flights over each "
        "other. Trump announced in May that he would withdraw from the treaty.\n",
        "2020-11-23",
    ),
    "skies_completed.txt": (
        "Treaty row\n\nThe Open Skies Treaty lets its members fly unarmed flights over each "
        "other. Washington completed its withdrawal from the treaty in November.\n",
        "2021-02-10",
    ),
    # Russia's own withdrawal, a year on: neither US step
    "skies_russia.txt": (
        "Duma vote\n\nLawmakers approved a bill on Russia's withdrawal from the Open Skies "
        "Treaty on Wednesday.\n",
        "2021-05-19",
    ),
    # "effective" of the notice is no withdrawal taking effect
    "skies_notice.txt": (
        "Treaty row\n\nThe Open Skies Treaty lets its members fly unarmed flights over each "
        "other. Pompeo announced the intention to withdraw from the accord, effective in six "
        "months.\n",
        "2020-05-22",
    ),
    # the referendum in its days, named with what it decided or where
    "referendum_ballot.txt": (
        "Vote count\n\nObservers photographed the referendum ballot papers, printed in three "
        "languages, and the queues outside.\n",
        "2014-03-16",
    ),
    "referendum_secession.txt": (
        "Peninsula crisis\n\nRegional lawmakers moved a referendum on secession to March 16, "
        "giving voters ten days.\n",
        "2014-03-06",
    ),
    "referendum_kiev.txt": (
        "Sanctions\n\nThe officials played a key role in the referendum, which Kiev and its "
        "allies deem illegal.\n",
        "2014-03-17",
    ),
    # another referendum in the same days, and the word two months on
    "referendum_scotland.txt": (
        "Independence debate\n\nScotland's referendum on independence will be held in "
        "September, the first minister said.\n",
        "2014-03-17",
    ),
    "referendum_donetsk.txt": (
        "East votes\n\nSeparatists in Donetsk said voters backed the referendum on secession "
        "from Ukraine.\n",
        "2014-05-12",
    ),
    # a leaders' meeting told by the two leaders in its days, as every NATO summit, or by
    # their countries and the city (heldout16; the Russian sets)
    "leaders_summit.txt": (
        "Live updates\n\nAfter holding their first summit meeting, Mr. Trump and Mr. Putin "
        "spoke to reporters.\n",
        "2018-07-16",
    ),
    "leaders_other_year.txt": (
        "Live updates\n\nAfter their meeting, Mr. Trump and Mr. Putin spoke to reporters.\n",
        "2019-06-28",
    ),
    "countries_city.txt": (
        "Thaw\n\nThe leaders of Russia and Turkey met at the Konstantinovsky Palace in St "
        "Petersburg to mend ties.\n",
        "2016-08-10",
    ),
}

EXPECTED = {
    "skies_exited.txt": {SKIES_DONE},
    "skies_reference.txt": {SKIES_SAID},
    "skies_completed.txt": {SKIES_DONE},
    "skies_russia.txt": set(),
    "skies_notice.txt": {SKIES_SAID},
    "referendum_ballot.txt": {REFERENDUM},
    "referendum_secession.txt": {REFERENDUM},
    "referendum_kiev.txt": {REFERENDUM},
    "referendum_scotland.txt": set(),
    "referendum_donetsk.txt": {"event:donbass-referendums-2014"},
    "leaders_summit.txt": {HELSINKI},
    "leaders_other_year.txt": set(),
    "countries_city.txt": {ST_PETERSBURG},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
