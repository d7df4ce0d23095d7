"""A name whose last word is a body's head noun is a body, whatever the model typed it (issue 15,
eval/kinds/english-orgs5-mechanisms.md; lib.engine.body_head_nouns): "the Russian Embassy in
Poland" and "the Russian Mission to NATO" are no places; "the head of the Turkish Defense Industry
Secretariat" names a body, not the words of an office ("Secretary of State" still names none);
the noun alone ("the Agency interlocutor", "this Republic") names none ("Congress" does). Look-alikes keep their type: a square
named after a parliament, a person after his title ("Foreign Minister Sergei Lavrov"), a capital
speaking for its state ("Moscow said"), states whose names end in "Union" or "Federation".
Pages written for these tests in the style of wire copy (not copied from any page)."""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "posts.txt": """Warsaw summons envoy

Earlier in the day, the Russian Embassy in Poland said that the Polish Foreign Ministry had summoned the ambassador. NATO also withdrew the accreditation of seven staff at the Russian Mission to NATO.
""",
    "offices.txt": """Sanctions named

The measures hit the head of the Turkish Defense Industry Secretariat, Ismail Demir. Thomas Countryman, chairman of the board of directors of the Arms Control Association, called them overdue. He briefed the Secretary of State on Monday.
""",
    "lone.txt": """Moscow approves deployment

The president won approval on Wednesday, said the Agency interlocutor. A battalion will be deployed in this Republic bordering Russia, an important move for the Pact. Congress and the Senate were told on Thursday.
""",
    "lookalikes.txt": """Lavrov speaks

Foreign Minister Sergei Lavrov spoke to reporters in Parliament Square. Moscow said the talks were useful. The Russian Federation is the heir of the Soviet Union, he said.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_a_posts_name_is_a_body_not_a_place(pages):
    assert found(pages, "posts.txt", "org") == {
        "Russian Embassy in Warsaw",  # a state's post named by its seat (diplomatic_posts)
        "Polish Foreign Ministry",
        "NATO",
        "Russian Mission to NATO",  # and by the body it is accredited to
    }
    assert found(pages, "posts.txt", "location") == set()
    assert found(pages, "posts.txt", "country") == {"RUS", "POL"}


def test_a_body_after_an_offices_of_is_no_office(pages):
    assert found(pages, "offices.txt", "org") == {
        "Turkish Defense Industry Secretariat",
        "Arms Control Association",
    }
    assert found(pages, "offices.txt", "person") == {"Ismail Demir", "Thomas Countryman"}


def test_a_bodys_noun_alone_names_no_body(pages):
    assert found(pages, "lone.txt", "org") == {"US Congress", "US Senate"}
    assert found(pages, "lone.txt", "location") == set()
    assert found(pages, "lone.txt", "country") == {"RUS"}


def test_places_people_and_states_keep_their_type(pages):
    assert found(pages, "lookalikes.txt", "person") == {"Sergey Lavrov"}
    assert found(pages, "lookalikes.txt", "location") == {"Parliament Square", "Soviet Union"}
    assert found(pages, "lookalikes.txt", "org") == set()
    assert found(pages, "lookalikes.txt", "country") == {"RUS"}
