"""Knowledge-base events told in other words, pooled over the English held-out sets (issues 15
and 18; data/events/kb.csv and classes.csv): Russia's 2015 measures against Turkey told by the
plural "embargoes" and what they hit (heldout9), and the first Enhanced Forward Presence troops
told by their arrival in the Baltic states or Poland (heldout11, heldout12, heldout14), and
Russia's campaign in Syria told by its attacks or the use of force voted for it (heldout2,
heldout3, heldout13, heldout14); and the 2017 sanctions law's signing only when its passing is
told. The same words for another year's troops, for Washington's
measures or attacks, or for troops still to come link nothing. Texts written for these tests in the style of wire copy, not copied
from any page."""

from __future__ import annotations

import pytest

from tests.event_checks import linked_event_ids

EFP = "event:efp-deployment-2017"
TURKEY_MEASURES = "event:russia-sanctions-turkey-2015"
SYRIA = "event:russia-syria-intervention-2015"
CAATSA = "event:caatsa-2017"

TEXTS = {
    # the measures told by what they hit, in the plural
    "embargoes.txt": (
        "Thaw on the Bosphorus\n\nAfter the jet was shot down, Moscow imposed embargoes on "
        "trade with Turkey, covering tourism and food imports.\n",
        "2016-08-09",
    ),
    # Washington's measures against Turkey: the purchase, not Moscow's retaliation
    "embargoes_washington.txt": (
        "Arms row\n\nWashington imposed embargoes on Turkey over the S-400 purchase, hitting "
        "tourism firms and defence exports.\n",
        "2020-12-15",
    ),
    # the first troops arriving in the battlegroups' days
    "troops_arrive.txt": (
        "Baltic build-up\n\nThe first German soldiers of a new NATO battalion arrived in "
        "Lithuania on Tuesday, the defence ministry said.\n",
        "2017-02-08",
    ),
    "taskforce_arrives.txt": (
        "Into Estonia\n\nThe first British troops have arrived in Estonia as part of a Nato "
        "taskforce meant to deter Russia.\n",
        "2017-03-18",
    ),
    # the same words a year earlier: troops for an exercise
    "troops_exercise.txt": (
        "Spring drills\n\nSeveral hundred NATO troops arrived in Lithuania for a spring "
        "exercise, the army said.\n",
        "2016-04-12",
    ),
    # troops still to come, in the battlegroups' days
    "troops_will_arrive.txt": (
        "Baltic build-up\n\nMore NATO troops will arrive in Poland later this year, the "
        "minister said.\n",
        "2017-02-08",
    ),
    # Russia's campaign in Syria told by the vote that allowed it, or by its attacks
    # (heldout2, heldout3, heldout13, heldout14)
    "force_authorised.txt": (
        "Moscow goes in\n\nRussia's upper house of parliament voted to authorise the use of "
        "military force in Syria, agencies reported.\n",
        "2015-09-30",
    ),
    "attacking_rebels.txt": (
        "Border clash\n\nMoscow backs Assad and has been attacking rebel positions in Syria "
        "since September.\n",
        "2015-11-25",
    ),
    # the same words for Washington's strikes, condemned by Moscow
    # Moscow judging the attacks of others on its ally
    "attacks_unacceptable.txt": (
        "Moscow protests\n\nRussia's foreign minister called the attacks on Syria unacceptable "
        "and warned of consequences.\n",
        "2018-04-15",
    ),
    "attacks_washington.txt": (
        "Missiles on an airbase\n\nRussia condemned the U.S. attacks on a Syrian airbase as "
        "an act of aggression.\n",
        "2017-04-07",
    ),
    # the 2017 sanctions law named as the instrument of later sanctions: the law, not its
    # signing (heldout4, heldout5, heldout12, heldout13); its passing told is the signing
    "law_instrument.txt": (
        "Missile deal\n\nWashington may impose sanctions on India under the Countering "
        "America's Adversaries Through Sanctions Act (CAATSA) for buying Russian missiles.\n",
        "2019-11-22",
    ),
    "law_passed.txt": (
        "Missile deal\n\nCAATSA was passed by Congress in 2017 and targets buyers of Russian "
        "arms.\n",
        "2020-12-14",
    ),
    # the law's acronym alone, after its name in full: the law's short name, not a body
    # (lib.engine.document_acronyms); the alliance's acronym after its name stays a body
    "law_acronym.txt": (
        "Pipeline row\n\nThe United States imposed sanctions on Turkey pursuant to the "
        "Countering America's Adversaries Through Sanctions Act (CAATSA). Congress required "
        "the measures under CAATSA within 30 days. The North Atlantic Treaty Organization "
        "(NATO) said nothing.\n",
        "2020-12-15",
    ),
    # another law signed with sanctions on Russia, two years on
    "other_law_signed.txt": (
        "Pipeline hit\n\nTrump signed the defense bill into law on Friday, with sanctions on "
        "firms laying a Russian gas pipeline.\n",
        "2019-12-21",
    ),
}

EXPECTED = {
    "embargoes.txt": {TURKEY_MEASURES, "event:su24-downing-2015"},
    "embargoes_washington.txt": set(),
    "troops_arrive.txt": {EFP},
    "taskforce_arrives.txt": {EFP},
    "troops_exercise.txt": set(),
    "troops_will_arrive.txt": set(),
    "force_authorised.txt": {SYRIA},
    "attacking_rebels.txt": {SYRIA},
    "attacks_washington.txt": set(),
    "attacks_unacceptable.txt": set(),
    "law_instrument.txt": set(),
    "law_passed.txt": {CAATSA},
    "other_law_signed.txt": set(),
    "law_acronym.txt": {"event:caatsa-sanctions-turkey-2020"},
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


def test_a_law_acronym_is_not_a_body(dataset):
    mentions = dataset.mentions[dataset.mentions["file"] == "law_acronym.txt"]
    orgs = {e for e in mentions["entity_id"] if e.startswith("org:")}
    assert not any("caatsa" in o for o in orgs)
    assert "org:nato" in orgs
