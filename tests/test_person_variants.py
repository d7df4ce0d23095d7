"""A person's name misspelt, cut to the given names, written family name first or by a
surname relatives share (lib.engine.person_variants): linked to the person; real people with
look-alike names stay apart. Short texts written for these tests in the style of wire copy."""

from __future__ import annotations

import pytest

from lib.engine.person_variants import misspelling_of
from tests.conftest import found


@pytest.mark.parametrize(
    "variant, name, same",
    [
        ("Vlaidmir Putin", "Vladimir Putin", True),  # two letters swapped: one edit
        ("Recep Tayip Ergodan", "Recep Tayyip Erdogan", True),  # a letter lost, two swapped
        ("Jens Stoltenbreg", "Jens Stoltenberg", True),
        # look-alikes: another given name, another surname, every word changed
        ("Ivana Trump", "Ivanka Trump", False),  # 'Ivana' is a given name of its own
        ("Yulia Skripal", "Sergei Skripal", False),
        ("Sergei Lavrin", "Sergei Lavrov", False),  # two edits in a six-letter surname
        ("Oleg Popov", "Olga Popov", False),  # two edits in a four-letter name
        ("Vlaidmir Pütin", "Vladimir Putin", False),  # no word left as it was
        ("Vladimir Putin", "Vladimir Putin", False),  # the same name is no misspelling
        ("Putin", "Putin", False),
        ("Kim Jong il", "Kim Jong un", False),  # a hyphenated name's parts are words
    ],
)
def test_a_misspelling_keeps_the_shape_and_most_letters(variant, name, same):
    assert misspelling_of(tuple(variant.lower().split()), tuple(name.lower().split())) is same


TEXTS = {
    # a misspelt given name beside the right surname, the gazetteer's person
    "misspelt.txt": (
        "Kremlin angered\n\nRussian President Vlaidmir Putin on Tuesday called the downing of "
        "the jet a stab in the back. Putin said Moscow would answer.\n"
    ),
    # every word of a long name misspelt a little, its short form written right
    "long_name.txt": (
        "Leaders meet\n\nTurkish President Recep Tayip Ergodan flew to St Petersburg on "
        "Tuesday. Putin greeted Erdogan at the palace.\n"
    ),
    # the given names alone
    "given_names.txt": (
        "Talks resume\n\nPresident Vladimir Putin and his Turkish counterpart Recep Tayyip met "
        "in St Petersburg on Tuesday.\n"
    ),
    # a Chinese leader by title and family name
    "family_first.txt": (
        'Summit ends\n\nDonald Trump spoke warmly of China and of "our mutual friend, President Xi", '
        "before he left Helsinki.\n"
    ),
    # a surname relatives share: the office-holder, unless the article names the relative
    "office_holder.txt": (
        "Geneva talks\n\nThe alliance welcomes the planned meeting, Stoltenberg said. Biden "
        "told reporters in Geneva that he would raise cyber attacks with Putin.\n"
    ),
    # the office-holder's surname in a compound the model labels a body
    "compound.txt": (
        'Summit planned\n\n"The Alliance welcomes the planned Biden-Putin meeting," the '
        "secretary general added on Monday.\n"
    ),
    "relative.txt": (
        "Inquiry widens\n\nHunter Biden sat on the board of a Ukrainian gas company. Biden "
        "told reporters on Friday that he had done nothing wrong.\n"
    ),
    # two people whose names are a letter apart, both named in full: both stay
    "look_alikes.txt": (
        "Family feud\n\nIvana Trump told the tabloid that her daughter Ivanka Trump would "
        "not attend.\n\nForeign Minister Sergei Lavrov met the businessman Sergei Lavrin in "
        "Moscow on Monday.\n\nKim Jong-il ruled North Korea until 2011, and his son Kim "
        "Jong Un has ruled it since.\n"
    ),
}

EXPECTED = {
    "misspelt.txt": {"Vladimir Putin"},
    "long_name.txt": {"Recep Tayyip Erdogan", "Vladimir Putin"},
    "given_names.txt": {"Recep Tayyip Erdogan", "Vladimir Putin"},
    "family_first.txt": {"Donald Trump", "Xi Jinping"},
    "office_holder.txt": {"Jens Stoltenberg", "Joe Biden", "Vladimir Putin"},
    "compound.txt": {"Joe Biden", "Vladimir Putin"},
    "relative.txt": {"Hunter Biden"},
    "look_alikes.txt": {
        "Ivana Trump",
        "Ivanka Trump",
        "Sergey Lavrov",
        "Sergei Lavrin",
        "Kim Jong-il",
        "Kim Jong Un",
    },
}


@pytest.fixture(scope="module")
def variants(extract):
    return extract(TEXTS)


@pytest.mark.parametrize("file", list(EXPECTED))
def test_exact_people(variants, file):
    assert found(variants, file, "person") == EXPECTED[file]
