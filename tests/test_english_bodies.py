"""What is and is not an organisation, by mechanism (issue 15,
eval/kinds/english-bodies-mechanisms.md), on short pages written for these tests in the style
of wire copy and official releases (not copied from any page):

- an acronym the article defines for a system, a plan or an approach ("the Readiness Action
  Plan (RAP)", "the anti-ballistic missile defence system (ABMD)") is no body, nor is the
  name it abbreviates ("the European Phased Adaptive Approach"); a body's acronym ("the
  Missile Defense Agency (MDA)") and a body named after its field ("the Project on Nuclear
  Strategy") stay;
- a law's name cut by the model at a small word ("Countering America's Adversaries through
  Sanctions Act", "the Act to Combat …") is no body;
- a body's span that runs on into a person's name, with or without a role noun between
  ("Estonian Ministry of Defence spokesperson Andres Sang") is two entities;
- a multi-word place in another mix of cases than the gazetteer's ("the Baltic States") is
  the gazetteer's place;
- weapons systems called by their names ("the S-400 Triumf", "the Bastion missile complex")
  are no bodies."""

from __future__ import annotations

import pytest

from tests.conftest import found

ACRONYMS = {
    "epaa.txt": """US hands over missile defence site in Romania

The components of the Aegis Ashore site at Deveselu, a key element in the second phase of the European Phased Adaptive Approach (EPAA), were handed over to NATO on Thursday. Officials said the EPAA would be completed in Poland.
""",
    "rap.txt": """Allies lag on readiness plan

Allies agreed in Wales to carry out the Readiness Action Plan (RAP). Two years on, the RAP is lagging, a report by the Atlantic Council said.
""",
    "abmd.txt": """NATO declares Romania shield operational

The first land site of the European anti-ballistic missile defence system (ABMD) was declared operational on Thursday. Russia said the ABMD was a threat to its security.
""",
    "mda.txt": """Pentagon tests interceptor

The Missile Defense Agency (MDA) carried out a test over the Pacific on Tuesday. The MDA said the interceptor hit its target. Experts at the Project on Nuclear Strategy said the test was a success.
""",
}

LAWS = {
    "caatsa.txt": """Turkey faces US sanctions over S-400 deal

Ankara could be hit under the Countering America's Adversaries through Sanctions Act, which Congress passed in 2017. Turkish officials said the risk of sanctions under the Act to Counter America's Adversaries through Sanctions was overstated.
""",
}

PEOPLE = {
    "spokesperson.txt": """Estonia to send observers to Russian drills

Russia has invited Estonia to send observers to the Zapad exercise, according to Estonian Ministry of Defence spokesperson Andres Sang. Latvia received the same invitation.
""",
}

LISTS = {
    "designations.txt": """Who is on the sanctions lists

Officials on the lists, and who put them there: upper house speaker Valentina Matviyenko (US), deputy PM Dmitry Rogozin (US), acting PM of Crimea Sergei Aksyonov (EU and US).
""",
}

UNITS = {
    "units.txt": """French marines join Baltic drills

A battle group from the French Army's 9th Light Armoured Marine Brigade will take part in Exercise SPRING STORM in Estonia, the alliance said on Friday.
""",
}

NAMED_AFTER_PEOPLE = {
    "named.txt": """Boston remembers

A service was held at St. Joseph Catholic Church in Medford on Monday. The radio host was honoured by the Gracie Awards in 2014. The deal let the Provisional IRA's political arm take part in talks.
""",
}

PLACES = {
    "case.txt": """More allied troops for the Baltic States

The alliance will send more troops to the Baltic States, its defence ministers agreed in Brussels on Thursday. Russia called the move a threat.
""",
}

KEPT = {
    "kept.txt": """Russia's allies hold drills

The Collective Security Treaty Organization (CSTO) held drills in Tajikistan on Tuesday. The North Atlantic Treaty Organization said it was watching. The Nuclear Threat Initiative said the drills raised tensions, and the Program on Arms Control at a US university called for talks.
""",
}

WEAPONS = {
    "triumf.txt": """Russia deploys new missiles in Kaliningrad

Russia has begun delivering the S-400 Triumf surface-to-air missile systems to its Baltic enclave, officials in Vilnius said. In November Russia also deployed the Bastion missile complex to the Kaliningrad region. Moscow calls it an answer to Aegis Ashore, which the United States runs in Romania.
""",
    "variant.txt": """Turkey downs Russian jet

Turkey said the Russian SU-24 M had been warned ten times before it was shot down. A week later a cargo plane delivered parts of the Russian Long Range Air and Missile Defense Systems to Ankara.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(
        ACRONYMS | LAWS | PEOPLE | LISTS | UNITS | NAMED_AFTER_PEOPLE | PLACES | KEPT | WEAPONS
    )


def test_an_approach_and_its_acronym_are_no_body(pages):
    assert found(pages, "epaa.txt", "org") == {"NATO"}
    assert found(pages, "epaa.txt", "country") == {"USA", "ROU", "POL"}


def test_a_plan_and_its_acronym_are_no_body(pages):
    assert found(pages, "rap.txt", "org") == {"Atlantic Council"}


def test_a_system_spelt_without_its_head_is_no_body(pages):
    assert found(pages, "abmd.txt", "org") == {"NATO"}
    assert found(pages, "abmd.txt", "country") == {"ROU", "RUS"}


def test_a_body_acronym_and_a_body_named_for_its_field_stay(pages):
    assert found(pages, "mda.txt", "org") == {
        "Missile Defense Agency",
        "Project on Nuclear Strategy",
    }


def test_a_law_cut_at_a_small_word_is_no_body(pages):
    assert found(pages, "caatsa.txt", "org") == {"US Congress"}
    assert found(pages, "caatsa.txt", "country") == {"USA", "TUR"}


def test_a_body_run_into_a_person_is_two_entities(pages):
    assert found(pages, "spokesperson.txt", "person") == {"Andres Sang"}
    assert found(pages, "spokesperson.txt", "org") == {"Estonian Ministry of Defence"}
    assert found(pages, "spokesperson.txt", "country") == {"EST", "RUS", "LVA"}


def test_weapons_systems_by_name_are_no_bodies(pages):
    assert found(pages, "triumf.txt", "org") == set()
    assert found(pages, "triumf.txt", "country") == {"RUS", "USA", "ROU"}


def test_a_body_run_into_a_listed_name_is_two_entities(pages):
    assert found(pages, "designations.txt", "person") == {
        "Dmitry Rogozin",
        "Valentina Matviyenko",
        "Sergey Aksyonov",  # the gazetteer's name for "Sergei Aksyonov"
    }
    assert found(pages, "designations.txt", "location") == {"Crimea"}
    assert found(pages, "designations.txt", "org") == {"European Union"}
    assert found(pages, "designations.txt", "country") == {"USA"}


def test_bodies_named_with_treaty_initiative_or_program_stay(pages):
    assert found(pages, "kept.txt", "org") == {
        "Collective Security Treaty Organization",
        "NATO",
        "Nuclear Threat Initiative",
        "Program on Arms Control",
    }


def test_a_unit_or_an_exercise_ending_in_a_given_name_is_no_person(pages):
    assert found(pages, "units.txt", "person") == set()
    assert found(pages, "units.txt", "country") == {"FRA", "EST"}


def test_a_designation_with_its_variant_and_a_missile_defence_system_are_no_bodies(pages):
    assert found(pages, "variant.txt", "org") == set()
    assert found(pages, "variant.txt", "country") == {"TUR", "RUS"}


def test_a_multi_word_place_in_another_mix_of_cases_is_the_gazetteer_s(pages):
    assert found(pages, "case.txt", "location") == {"Baltic states", "Brussels"}
    assert found(pages, "case.txt", "country") == {"RUS"}


def test_a_church_a_prize_or_an_acronym_after_a_name_is_no_person(pages):
    assert found(pages, "named.txt", "person") == set()
