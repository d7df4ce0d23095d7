"""An organisation written two ways in different articles is one entity across the corpus
(lib.engine.corpus_bodies): a department's three names, and an acronym written alone where
other articles define it. Fixture articles written for these tests in the style of US wire copy."""

from __future__ import annotations

import pytest

from lib.engine.corpus_bodies import department_key, name_initials
from lib.engine.document_acronyms import spells

BODIES = {
    "measles.txt": (
        """Measles cases climb again

WASHINGTON - The Centers for Disease Control and Prevention (CDC) said on Friday that measles
cases rose for a third week. The Department of Health and Human Services will send more money to
the states, officials said.
""",
        "2019-03-01",
    ),
    "vaccines.txt": (
        """Vaccine funds

The Centers for Disease Control and Prevention (CDC) has tracked the outbreak since January. The Health and Human Services Department asked Congress for more funds on Tuesday.
""",
        "2019-03-05",
    ),
    "outbreak.txt": (
        """Outbreak spreads to two more states

The CDC counted 200 new cases this week, and Health and Human Services officials met governors in
Washington on Thursday.
""",
        "2019-03-09",
    ),
    "campaign.txt": (
        """Gay rights group backs ruling

The Human Rights Campaign (HRC) praised the court on Monday. Hillary Rodham Clinton called the
ruling a victory.
""",
        "2016-06-01",
    ),
    "rally.txt": (
        """Rally in Ohio

The Human Rights Campaign (HRC) held a rally in Ohio on Friday. Hillary Rodham Clinton spoke
later.
""",
        "2016-06-03",
    ),
    "emails.txt": (
        """Emails show aides' worries

Aides wrote that HRC would have to answer questions about the server. Hillary Rodham Clinton did
not comment.
""",
        "2016-06-05",
    ),
}


@pytest.fixture(scope="module")
def bodies(process_texts):
    return process_texts(BODIES)


def _of(dataset, file, surface):
    m = dataset.mentions
    return m[(m["file"] == file) & (m["surface"] == surface)]


def test_an_acronym_alone_is_the_body_other_articles_define_it_as(bodies):
    cdc = _of(bodies, "outbreak.txt", "CDC")
    assert cdc[["entity_id", "link", "linked_from"]].values.tolist() == [
        ["org:centers-for-disease-control-and-prevention", "corpus", "org:cdc"]
    ]
    entities = bodies.entities.set_index("entity_id")
    assert "org:cdc" not in entities.index
    assert {"CDC", "Centers for Disease Control and Prevention"} <= set(
        entities.loc["org:centers-for-disease-control-and-prevention", "aliases"]
    )


def test_a_departments_three_names_are_one_body(bodies):
    hhs = "org:department-of-health-and-human-services"
    for file, surface in (
        ("measles.txt", "Department of Health and Human Services"),
        ("vaccines.txt", "Health and Human Services Department"),
        ("outbreak.txt", "Health and Human Services"),
    ):
        assert set(_of(bodies, file, surface)["entity_id"]) == {hhs}, (file, surface)
    moved = bodies.mentions[bodies.mentions["entity_id"] == hhs]
    assert set(moved.loc[moved["link"] == "corpus", "linked_from"]) == {
        "org:health-and-human-services-department",
        "org:health-and-human-services",
    }
    assert bodies.entities.set_index("entity_id").loc[hhs, "name"] == (
        "Department of Health and Human Services"
    )


def test_a_famous_persons_initials_are_not_linked_to_a_body(bodies):
    # HRC is defined twice as the Human Rights Campaign, and Hillary Rodham Clinton is named
    # in three articles: the HRC of the emails is left as written.
    assert set(_of(bodies, "campaign.txt", "HRC")["entity_id"]) == {"org:human-rights-campaign"}
    assert "org:human-rights-campaign" not in set(_of(bodies, "emails.txt", "HRC")["entity_id"])


@pytest.mark.parametrize(
    ("acronym", "name", "spelt"),
    [
        ("CDC", "Centers for Disease Control and Prevention", True),
        ("HUD", "Department of Housing and Urban Development", True),
        ("ZTE", "ZTE Corp", True),
        ("USAID", "International Development", False),  # a name the model cut short
        ("HOUSE", "US House of Representatives", False),  # a word in capitals
    ],
)
def test_an_acronym_spells_the_body_it_is_linked_to(acronym, name, spelt):
    assert spells(acronym, name) is spelt


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Department of Health and Human Services", ("health and human services", "of")),
        ("U.S. Department of the Interior", ("interior", "of")),
        ("Commerce Department", ("commerce", "dept")),
        ("Veterans Affairs", ("veterans affairs", "bare")),
        ("Labor", None),  # one word alone is a word, not a department
    ],
)
def test_the_ways_of_naming_a_department(name, key):
    assert department_key(name) == key


def test_initials_of_a_name():
    assert name_initials("Hillary Rodham Clinton") == "HRC"
    assert name_initials("Alexandria Ocasio-Cortez") == "AOC"


WASHINGTON_WEEK = {
    "week.txt": """Washington week

The Fed left interest rates unchanged on Wednesday, and a Gallup poll found most Americans
expect a slowdown. Republicans again promised to repeal the ACA, while DACA recipients rallied
outside the Capitol. LGBT groups and the city council argued over two Confederate monuments.
"""
}


def test_us_bodies_and_the_words_that_are_not_bodies(process_texts):
    found = process_texts(WASHINGTON_WEEK).mentions
    by_type = found.groupby(found["entity_id"].str.split(":").str[0])["entity_id"].agg(set)
    assert {"org:federal-reserve", "org:gallup"} <= by_type["org"]
    assert not {"org:aca", "org:daca", "org:lgbt", "org:confederate"} & by_type["org"]
    assert "location:gallup" not in by_type.get("location", set())
