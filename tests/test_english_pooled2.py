"""Kinds of mistake the English extraction made in three held-out sets and more (issue 15,
second pooled round; eval/kinds/english-pooled2-mechanisms.md), on short pages written for
these tests in the style of wire copy and opinion pages (not copied from any page):

- a one-word name of a title-case headline that the story below never writes with its
  capital ("Putin Condemns Attack", "Trump Pulls Out", "Fleet Tracks Its Movement"): the
  headline's object, particle or adverb, no person or body; a phrase ending in a country
  after the headline's verb ("Obama Sanctions Russia") is no name either;
- the note on the author below an opinion piece ("Jane Doe is a senior fellow at …"),
  whose name the model typed a body or left unmarked: a person;
- things named like bodies: an operation or an exercise after its kind's word ("Operation
  REASSURANCE", "Exercise SUMMER SHIELD"), a drill's name before its bracketed acronym and
  noun ("a Rehearsal of Concept (ROC) drill"), an exercise glossed in apposition ("Union
  Guard, another … joint exercise"), a cup: no entity;
- a US body written with its country in full ("United States Army Europe"), where the
  gazetteer lists "US Army Europe": that body, not the US Army and Europe;
- a firm the model does not know, after its seat's "-based" ("the Switzerland-based
  Allseas"), glossed ", the … company", or inside the model's span after the noun of firms
  ("Swiss-Dutch company Allseas"): a body, in all its mentions; a person glossed as one of
  the company's people stays a person;
- a state's defence, foreign or interior ministry in lower case that the gazetteer does not
  list ("the Turkish defense ministry", "Turkey's defence ministry"): that state's ministry,
  named as the gazetteer names those it lists ("Turkish Defence Ministry")."""

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
    "sanctions.txt": """Obama Sanctions Russia, Expels 35 Diplomats

President Barack Obama ordered the expulsion of 35 Russian diplomats on Thursday. Russia said it would respond.
""",
    "caatsa.txt": """The United States Sanctions Turkey Under CAATSA

The United States imposed sanctions on Turkey on Monday over its purchase of Russian S-400 missiles. Sanctions took effect at once.
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


# Operations and exercises have names of their own and no members; an apposition with a
# verb or a function word in it glosses a body ("NATO, the alliance that runs the exercise").
THINGS = """Canadian troops head to Latvia

About 100 soldiers will leave for Latvia in support of Operation REASSURANCE, the Department of National Defence said. They will join Exercise SUMMER SHIELD at Adazi, and the battle group will hold a Rehearsal of Concept (ROC) drill in May.

Belarus holds a routine drill every four years, alternating with Union Guard, another quadrennial Russian-Belarusian joint exercise. NATO, the alliance that runs the exercise in Norway, said it would watch. According to the Norwegian Armed Forces, the exercise will test the reception of allied troops.

Russia hosted the Football World Cup in 2018. The drills were led by United States Army Europe, the command said.
"""


FIRMS = """Pipe-layer halts Baltic work

The move by the Netherlands-based Pipemar to stop laying pipe creates new hurdles for the project. Pipemar announced the suspension on Friday night.

Vesterhav, the Oslo-based company building the compressor station, said it would carry on. The pipeline, built in part by Swiss-Dutch company Brandhorst, is now in jeopardy.

Russia's Moscow-based analyst Ivan Petrovsky said the delay would be short.

Lars Brekke, the company's chief executive, said the work would resume. Oleg Vasnetsov, the head of the Russian oil giant, met him. Anna Lindqvist, a company director, agreed. The route passes a land-based SENTRY missile defence system.
"""


MINISTRIES = """Ankara takes delivery of S-400 parts

The first parts of the S-400 system arrived at an air base near Ankara, the Turkish defense ministry said on Friday. Officials at Turkey's defence ministry declined to comment. Washington imposed sanctions on employees of the Turkish defense ministry and officials.

Belarus's foreign ministry said the drills posed no threat. The Russian defence ministry said its jets had landed.
"""


@pytest.fixture(scope="module")
def pages(extract):
    return extract(
        {
            **HEADLINES,
            "authors.txt": AUTHORS,
            "things.txt": THINGS,
            "firms.txt": FIRMS,
            "ministries.txt": MINISTRIES,
        }
    )


def test_a_lone_headline_word_the_story_never_capitalises_is_no_name(pages):
    assert found(pages, "strike.txt", "person") == {"Vladimir Putin", "Recep Tayyip Erdogan"}
    assert found(pages, "pulls.txt", "person") == {"Joe Biden"}


def test_a_country_after_a_headline_verb_confirms_no_name(pages):
    # "Russia" below confirms the country, not "Obama Sanctions Russia"
    assert found(pages, "sanctions.txt", "org") == set()
    assert found(pages, "sanctions.txt", "person") == {"Barack Obama"}
    assert found(pages, "sanctions.txt", "country") == {"RUS"}
    # cut after "Sanctions", which the prose writes capitalised: a head of no body either
    assert found(pages, "caatsa.txt", "org") == set()
    assert found(pages, "caatsa.txt", "country") == {"USA", "TUR", "RUS"}


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


def test_operations_exercises_and_cups_are_no_bodies(pages):
    assert found(pages, "things.txt", "org") == {
        "Department of National Defence",
        "NATO",
        "US Army Europe",
        "Norwegian Armed Forces",
    }
    assert found(pages, "things.txt", "location") == {"Adazi"}
    assert found(pages, "things.txt", "person") == set()


def test_firms_by_their_seat_or_apposition_are_bodies(pages):
    assert found(pages, "firms.txt", "org") == {"Pipemar", "Vesterhav", "Brandhorst"}
    assert found(pages, "firms.txt", "person") == {
        "Ivan Petrovsky",
        "Lars Brekke",
        "Anna Lindqvist",
        "Oleg Vasnetsov",
    }


def test_a_states_ministry_the_gazetteer_does_not_list_is_named_after_its_state(pages):
    assert found(pages, "ministries.txt", "org") == {
        "Turkish Defence Ministry",
        "Belarusian Foreign Ministry",
        "Russian Defence Ministry",
    }
    assert found(pages, "ministries.txt", "country") == {"TUR", "BLR", "RUS", "USA"}  # Washington
