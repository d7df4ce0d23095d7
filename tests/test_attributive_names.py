"""A one-word name after "the", "a" or "an" is a thing's name or a modifier, never a person
(lib.engine.attributive_names); people the article or the gazetteer names stay people there.
Short texts written for these tests in the style of wire copy."""

from __future__ import annotations

import pytest

from tests.conftest import found

TEXTS = {
    # a restaurant named before its noun
    "venue.txt": (
        "Salisbury sites reopen\n\nPolice sealed off the Zizzi restaurant in the city centre "
        "on Monday, where the couple had lunch before they fell ill.\n"
    ),
    # a missile system by its name
    "weapon.txt": (
        "Report on MH17\n\nThe damage fits the warhead carried by the Buk surface-to-air "
        "missile system, the board's chairman told reporters in The Hague.\n"
    ),
    # a bill, capitalised as British papers do, written with its article
    "bill.txt": (
        "Sanctions approved\n\nThe measures were written into a defence spending Bill. Moscow "
        "urged retaliation if the Bill passes.\n"
    ),
    # look-alikes: people the gazetteer or the article names in full keep their mentions
    # after "the"; a bare unknown surname with no article stays a person
    "administration.txt": (
        "Sanctions widen\n\nDonald Trump signed the order on Friday. The Trump administration "
        "said more measures would follow.\n"
    ),
    "report.txt": (
        "Think tank warns\n\nJack Watling, a research fellow at RUSI, wrote the study. The "
        "Watling report says Russia will test the alliance.\n"
    ),
    # a name that stands for its bearer's government, family or time stays a person
    "bearers.txt": (
        "Iran policy\n\nThe Bush administration named Iran part of an axis. Obama kept a "
        "Bush-era programme and ended the Castro family's isolation.\n"
    ),
    "surname.txt": (
        "Drills criticised\n\nThe exercise is a provocation, Kokajev told reporters in Tallinn "
        "on Monday.\n"
    ),
}

EXPECTED = {
    "venue.txt": set(),
    "weapon.txt": set(),
    "bill.txt": set(),
    "administration.txt": {"Donald Trump"},
    "report.txt": {"Jack Watling"},
    "bearers.txt": {"Bush", "Barack Obama", "Castro"},
    "surname.txt": {"Kokajev"},
}


@pytest.fixture(scope="module")
def named(extract):
    return extract(TEXTS)


@pytest.mark.parametrize("file", list(EXPECTED))
def test_exact_people(named, file):
    assert found(named, file, "person") == EXPECTED[file]
