"""A line that only names people the gazetteer knows (a photo's name line, the line that
attributes a quote) is kept as a caption; an unknown name's line (an author's) and a byline
stay out (lib.engine.name_lines). Short pages written for these tests in the style of the
scraped pages of eval/excerpts."""

from __future__ import annotations

import pytest

from lib.engine.gazetteer import load_gazetteer
from lib.engine.name_lines import names_only
from tests.conftest import found


@pytest.mark.parametrize(
    "line, only_names",
    [
        ("Vladimir Putin", True),
        ("Dmitry Peskov and Vladimir Putin", True),
        ("Kremlin spokesman Dmitry Peskov", True),
        ("NATO Secretary General Jens Stoltenberg", True),
        ("By Jens Stoltenberg", False),  # an op-ed's byline
        ("Theresa May echoes Donald Trump", False),  # a related story's headline
        ("John Smith", False),  # a name the gazetteer does not know: an author, as likely
        ("Putin", False),  # a surname alone is no name line
        ("Vasily Kashin, Institute of Far Eastern Studies", False),
    ],
)
def test_a_name_line_holds_only_known_people_with_titles(line, only_names):
    assert names_only(line, load_gazetteer()) is only_names


PAGES = {
    "photo.txt": (
        "NATO urges Russia to halt strikes in Syria\n\nVladimir Putin\n\nNATO on Thursday "
        "called on Russia to stop its air strikes on the Syrian opposition and to focus on "
        "Islamic State, the alliance said in a statement.\n"
    ),
    "quote.txt": (
        'NATO and Russia to meet\n\n"We have agreed to hold a meeting of the NATO-Russia '
        'Council at ambassadorial level," the alliance said.\n\nNATO Secretary General Jens '
        "Stoltenberg\n\nThe meeting will take place in Brussels in the next two weeks, "
        "officials said on Friday.\n"
    ),
    "author.txt": (
        "Moscow warns the alliance\n\nJohn Smith\n\nMoscow on Thursday warned the alliance "
        "that new battalions in the Baltic states would be met with reciprocal steps, "
        "officials said.\n"
    ),
    "oped.txt": (
        "Why Russia wants dialogue\n\nBy Vladimir Putin\n\nRussia has always wanted an equal "
        "dialogue with the alliance, and it still does, whatever its critics say in the West.\n"
    ),
}

EXPECTED = {
    "photo.txt": {"Vladimir Putin"},
    "quote.txt": {"Jens Stoltenberg"},
    "author.txt": set(),
    "oped.txt": set(),
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


@pytest.mark.parametrize("file", list(EXPECTED))
def test_exact_people(pages, file):
    assert found(pages, file, "person") == EXPECTED[file]
