"""Knowledge-base events in English, round seven (issues 15 and 18): a law told by a reference
back to its name (lib/engine/eventkb.py, paper_references): "CAATSA … the law, passed in 2017"
is CAATSA where the article names it, as "the treaty" is a treaty the article names; the same
reference in an article that names no law, or a law of another year, is not. Texts written for
these tests in the style of wire copy, not copied from any page."""

from __future__ import annotations

import pytest

from lib.engine.eventkb import LAW_REFERENCES, TREATY_REFERENCES, paper_references
from tests.event_checks import linked_event_ids

CAATSA = "event:caatsa-2017"

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
}

EXPECTED = {
    "law_passed.txt": {CAATSA},
    "law_unnamed.txt": set(),
    "law_other_year.txt": set(),
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
