"""Knowledge-base events in English, round seven (issues 15 and 18): a law told by a reference
back to its name (lib/engine/eventkb.py, paper_references): "CAATSA … the law, passed in 2017"
is CAATSA where the article names it, as "the treaty" is a treaty the article names; the same
reference in an article that names no law, or a law of another year, is not. Co-occurring words
without the act: ships seized off Crimea are no annexation (the words of taking ask that Crimea be
no place of the act), while Russia's seizure of Crimea still is, ships beside it; a suspension of the F-35 deliveries is
not Turkey's removal, its suspension from the programme is; a threat to kick Turkey out, or a
removal that waits on a condition ("if it buys"), is a prospect; the US president and Russia at
a NATO summit are not a Trump-Putin meeting, the two presidents' meeting in its days is. Sanctions
told without their name ("the new sanctions imposed on Russia the day before", "sanctions,
tightened only last night") are the sectoral ones on a page of their weeks, as they are the first
ones on a page of March 2014, and neither two months on. Texts
written for these tests in the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from lib.engine.eventkb import LAW_REFERENCES, TREATY_REFERENCES, paper_references
from tests.event_checks import linked_event_ids

CAATSA = "event:caatsa-2017"
ANNEXATION = "event:crimea-annexation-2014"
REMOVAL = "event:turkey-f35-removal-2019"
HELSINKI = "event:trump-putin-helsinki-2018"
SECTORAL = "event:sanctions-russia-sectoral-2014"
FIRST_WAVE = "event:sanctions-russia-first-wave-2014"
MINSK_II = "event:minsk-ii-2015"
# the same sentence under three headlines: a corpus keeps one copy of a text it holds twice
IMPOSED = (
    "\n\nPutin complained at length about the new sanctions imposed on Russia the day before.\n"
)

TEXTS = {
    # the law named, then referred back to with its year
    "law_passed.txt": (
        "Sanctions\n\nCongress wrote the penalties into the Countering America's Adversaries "
        "Through Sanctions Act, better known as CAATSA. Senators argued that the law, passed in "
        "2017 to punish Moscow, ought to be applied to its buyers of arms.\n",
        "2020-11-30",
    ),
    # the same reference in an article that names no law
    "law_unnamed.txt": (
        "Sanctions\n\nSenators argued that the law, passed in 2017 to punish Moscow, ought to be "
        "applied to its buyers of arms.\n",
        "2020-11-30",
    ),
    # the law named, and another law of another year referred to
    "law_other_year.txt": (
        "Sanctions\n\nThe penalties of CAATSA were never used on an ally. Senators said the act, "
        "passed in 2019, would target the pipeline's builders instead.\n",
        "2020-11-30",
    ),
    # the words of taking: ships seized off Crimea, and Crimea seized
    "ships_off_crimea.txt": (
        "Black Sea\n\nThe two Ukrainian gunboats were sailing off the coast of Crimea when they "
        "were seized.\n",
        "2018-11-26",
    ),
    "crimea_seized.txt": (
        "Anniversary\n\nRussian special forces seized Crimea in a matter of days.\n",
        "2015-03-18",
    ),
    "crimea_seized_ships.txt": (
        "Fleet\n\nWhen Moscow seized Crimea in 2014, it also kept most of Kyiv's navy ships in "
        "their harbour.\n",
        "2018-12-05",
    ),
    "ships_near_crimea.txt": (
        "Navy\n\nBorder guards seized two Ukrainian boats in the waters near the occupied Crimea.\n",
        "2018-11-26",
    ),
    # the F-35: deliveries suspended, the programme suspended, a threat and a condition
    "f35_deliveries.txt": (
        "Jets\n\nWashington, suspending deliveries of the F-35 to Turkey, set a deadline of "
        "July.\n",
        "2019-07-12",
    ),
    "f35_suspended.txt": (
        "Jets\n\nThe Pentagon suspended Turkey from the F-35 program on Wednesday.\n",
        "2019-07-18",
    ),
    "f35_threat.txt": (
        "Missiles\n\nTurkey has sealed its purchase of the missiles, saying they may arrive as "
        "early as July — in the face of American threats to kick the ally out of the F-35 "
        "program.\n",
        "2019-06-13",
    ),
    "f35_condition.txt": (
        "Missiles\n\nOfficials have told Turkey that it will be cut off from the F-35 program "
        "if it takes the Russian missiles.\n",
        "2019-07-13",
    ),
    # the US president and Russia at a NATO summit, and the two presidents' meeting
    "nato_summit_president.txt": (
        "Brussels\n\nUS President Donald Trump opened the NATO summit with an attack on Germany, "
        "calling it captive to Russia.\n",
        "2018-07-14",
    ),
    "presidents_meeting.txt": (
        "Helsinki\n\nThe meeting of the US and Russian presidents lasted more than two hours.\n",
        "2018-07-16",
    ),
    # sanctions told without their name, dated by the page: the sectoral ones in their weeks,
    # the first ones in theirs, none two months on
    "imposed_july.txt": ("Kremlin" + IMPOSED, "2014-07-21"),
    "imposed_march.txt": ("Moscow" + IMPOSED, "2014-03-18"),
    "imposed_september.txt": ("Russia" + IMPOSED, "2014-09-20"),
    "tightened_july.txt": (
        "Markets\n\nMoscow is already suffering under sanctions, tightened only last night by "
        "Washington and Brussels.\n",
        "2014-07-18",
    ),
    # Minsk II as the ceasefire of Putin and Poroshenko, by its year or in its days, and
    # a ceasefire of another year
    "ceasefire_2015.txt": (
        "Diplomacy\n\nFrance and Germany, which brokered a ceasefire between Putin and Poroshenko "
        "in 2015, fear a split in the bloc.\n",
        "2018-11-29",
    ),
    "ceasefire_days.txt": (
        "Donbas\n\nPoroshenko said the truce agreed with Putin had to hold along the whole "
        "front.\n",
        "2015-02-13",
    ),
    "ceasefire_2020.txt": (
        "Donbas\n\nKyiv and Moscow backed a new ceasefire in July 2020, the twentieth of the "
        "war.\n",
        "2020-07-27",
    ),
}

EXPECTED = {
    "law_passed.txt": {CAATSA},
    "law_unnamed.txt": set(),
    "law_other_year.txt": set(),
    "ships_off_crimea.txt": set(),
    "crimea_seized.txt": {ANNEXATION},
    "crimea_seized_ships.txt": {ANNEXATION},
    "ships_near_crimea.txt": set(),
    "f35_deliveries.txt": set(),
    "f35_suspended.txt": {REMOVAL},
    "f35_threat.txt": set(),
    "f35_condition.txt": set(),
    "nato_summit_president.txt": {"event:nato-summit-brussels-2018"},
    "presidents_meeting.txt": {HELSINKI},
    "imposed_july.txt": {SECTORAL},
    "imposed_march.txt": {FIRST_WAVE},
    "imposed_september.txt": set(),
    "tightened_july.txt": {SECTORAL},
    "ceasefire_2015.txt": {MINSK_II},
    "ceasefire_days.txt": {MINSK_II},
    "ceasefire_2020.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_linked_events(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]


def test_paper_references():
    law = ("caatsa", "countering america's adversaries through sanctions act")
    assert paper_references(law) == LAW_REFERENCES
    assert paper_references(("inf", "inf treaty")) == TREATY_REFERENCES
    assert paper_references(("minsk",)) == ()
