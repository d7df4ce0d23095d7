"""Kinds of mistake the English extraction made in three held-out sets and more (issue 15,
second pooled round; eval/kinds/english-pooled2-mechanisms.md), on short pages written for
these tests in the style of wire copy and opinion pages (not copied from any page):

- a one-word name of a title-case headline that the story below never writes with its
  capital ("Putin Condemns Attack", "Trump Pulls Out", "Fleet Tracks Its Movement"): the
  headline's object, particle or adverb, no person or body;
- the note on the author below an opinion piece ("Jane Doe is a senior fellow at …"),
  whose name the model typed a body or left unmarked: a person."""

from __future__ import annotations

import pytest

from tests.conftest import found

# The headline's verb splits it into names; what follows the verb is the name only if the
# story writes it so ("Watling" below "Jack Watling").
HEADLINES = {
    "strike.txt": """Kremlin Slams Strike, Erdogan Defends Decision

Turkey shot down a Russian jet near the Syrian border on Tuesday. Russian President Vladimir Putin called the downing a stab in the back. Turkish President Recep Tayyip Erdogan said his country had every right to defend its airspace.
""",
    "pulls.txt": """Moscow Warns of New Missiles After Biden Pulls Out of Arms Pact

Russia said on Tuesday it would deploy new missiles in Europe if Washington left the treaty. Joe Biden said the United States would leave within six months.
""",
    "watling.txt": """Watling Warns Allies Over Baltic Air Defence

Jack Watling, a research fellow at RUSI, said the alliance lacked air defence in the Baltic states. Watling said the gap would take years to close.
""",
    "allseas.txt": """Allseas Halts Pipeline Work Under Sanctions Threat

The pipe-laying firm Allseas said on Saturday it had suspended work on the Nord Stream 2 pipeline. Allseas gave no date for a return.
""",
}


# The note on the author closes the piece: the name, "is", an article, a noun of expertise.
AUTHORS = """Why the Baltic states want more troops

The alliance has four battle groups on its eastern flank, and the Baltic states say that is not enough to deter Russia.

Piers Ashgrove is a senior research fellow at the International Institute for Strategic Studies.

Maren Holtby was an assistant professor of history at the University of Tartu.

Ewan Rask is a senior consulting fellow in the Russia and Eurasia programme at Chatham House.
"""


@pytest.fixture(scope="module")
def pages(extract):
    return extract({**HEADLINES, "authors.txt": AUTHORS})


def test_a_lone_headline_word_the_story_never_capitalises_is_no_name(pages):
    assert found(pages, "strike.txt", "person") == {"Vladimir Putin", "Recep Tayyip Erdogan"}
    assert found(pages, "pulls.txt", "person") == {"Joe Biden"}


def test_a_headline_name_the_story_tells_again_stays(pages):
    assert found(pages, "watling.txt", "person") == {"Jack Watling"}
    assert "Allseas" in found(pages, "allseas.txt", "org")


def test_the_note_on_the_author_names_a_person(pages):
    # the model leaves the first two unmarked and types the third a body
    assert found(pages, "authors.txt", "person") == {"Piers Ashgrove", "Maren Holtby", "Ewan Rask"}
    assert found(pages, "authors.txt", "org") == {
        "International Institute for Strategic Studies",
        "University of Tartu",
        "Chatham House",
    }
