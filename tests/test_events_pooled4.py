"""Knowledge-base events told in other words, pooled over the English held-out sets, round four
(issues 15 and 18; data/events/kb.csv): the US withdrawal from Open Skies told as "exited" or
"completed its withdrawal", or by "the treaty" in a story that names it (heldout3, heldout4,
heldout15), and never Russia's own withdrawal (heldout16); the Crimean referendum told as "the
referendum" in its days, with Ukraine, Russia, the peninsula, secession or the ballot in its
sentence (heldout2, heldout9, heldout14, heldout15); a leaders' meeting told by the two leaders in
its days (heldout16) or by their countries and the city; the Kerch incident as Moscow's
"provocation" (heldout15); the 2017 Shayrat strike is not the 2018 strikes (the Russian
sets); and the eFP battalions named as a standing force years on or on an undated page are no
deployment (heldout4, heldout13, heldout14); the first S-400 parts as equipment that "reached" the
airbase (heldout16). The same words for Russia's withdrawal,
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
    # the Kerch incident in Moscow's word for it (heldout15); another "provocation" in Crimea
    "kerch_provocation.txt": (
        "Sea standoff\n\nThe Kremlin called the November 25 provocation in the Kerch Strait a "
        "plan of Kiev's leadership.\n",
        "2018-11-27",
    ),
    "crimea_provocation.txt": (
        "Border alert\n\nMoscow accused Kiev of a provocation in Crimea after saboteurs were "
        "detained near Armyansk.\n",
        "2016-08-11",
    ),
    # the 2017 US strike on the Shayrat airbase, undated: not the three states' strikes of 2018
    "shayrat.txt": (
        "Missiles on an airbase\n\nU.S. missiles hit the Shayrat air base in Syria after a "
        "chemical attack, the Pentagon said.\n"
    ),
    "strikes_2018.txt": (
        "Night raid\n\nU.S., British and French strikes on Syria hit chemical weapons sites "
        "after the Douma attack.\n",
        "2018-04-14",
    ),
    # the battalions named as a standing force: the deployment on a page of its time or the
    # year after, not in 2022 nor on an undated page (heldout4, heldout13, heldout14)
    "battalion_2017.txt": (
        "Baltic build-up\n\nThe NATO battalion in Lithuania is led by Germany, officials said.\n",
        "2017-05-10",
    ),
    "battalion_2022.txt": (
        "Reinforcements\n\nMore German troops joined the NATO battalion in Lithuania on Monday.\n",
        "2022-02-14",
    ),
    "battalion_undated.txt": (
        "Deterrence\n\nEstonia's own forces and the NATO battalion in Estonia form a serious "
        "combat group.\n"
    ),
    # the first S-400 parts told as a group of equipment that reached the airbase (heldout16);
    # "reached" an agreement is the deal
    "s400_reached.txt": (
        "Missiles land\n\nThe first group of equipment of the S-400 systems has reached the "
        "Murted air base near Ankara, the ministry said.\n",
        "2019-07-12",
    ),
    "s400_agreement.txt": (
        "Arms deal\n\nTurkey and Russia have reached an agreement on the S-400 purchase, "
        "Erdogan said.\n",
        "2017-09-12",
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
    "kerch_provocation.txt": {"event:kerch-strait-incident-2018"},
    "crimea_provocation.txt": set(),
    "shayrat.txt": set(),
    "strikes_2018.txt": {"event:syria-strikes-2018"},
    "battalion_2017.txt": {"event:efp-deployment-2017"},
    "battalion_2022.txt": set(),
    "battalion_undated.txt": set(),
    "s400_reached.txt": {"event:s400-delivery-turkey-2019"},
    "s400_agreement.txt": {"event:s400-agreement-turkey-2017"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
