"""Names the sentence around them decides (fixture pages written for these tests in the style
of wire copy and Indian and British outlets, not copied from any page):

- a relative named by the given name alone takes the family name of the person the sentence
  names, after qualifiers too ("his 33-year-old daughter Yulia"), and after a family name
  alone ("Skripal and his daughter Yulia");
- the first of two given names sharing one family name is that family's ("Sergei and Yulia
  Skripal"), not another Sergei of the article; a surname before "and" shares nothing
  ("Putin and Xi Jinping");
- an exercise's name is no person or body with its closing quote or its kind between it and
  the noun ('the "Thunder Perkunas" exercise', "its own Rapid Trident military drill");
  a known body before the same nouns stays ("NATO military exercises", "US Army drills");
- a time zone after a page stamp's clock ("10:35 IST") and a compound rank alone ("Air Chief
  Marshal") name nothing;
- a title-case headline's past tense after a name is no part of it ("Trump and Putin Met in
  Helsinki"), and a phrase cut before its object names no body ("in Retaliation for Nerve
  Agent Attack", "The Armed Forces of" broken by a line), while "the Met Office" keeps its
  first word.
"""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "kin.txt": """Police name the victims of the Salisbury attack

Skripal and his daughter Yulia were found unconscious on a bench in Salisbury on Sunday. Doctors said the former officer Sergei Skripal and his 33-year-old daughter Yulia were in a critical condition. Police cordoned off the area outside Maltings Mall on Sunday evening.
""",
    "shared.txt": """Kremlin denies role in poisoning

Foreign Minister Sergei Lavrov said on Monday that Moscow had nothing to do with the attack. Officers were the first to respond when Sergei and Yulia Skripal were found on a bench. Putin and Xi Jinping met in Beijing the same week.
""",
    "drills.txt": """NATO troops train in the Baltics

NATO military exercises began in Lithuania on Monday. In the middle of June, the \u201cThunder Perkunas\u201d exercise was completed, and NATO simultaneously conducts its own Rapid Trident military drill programme in Ukraine. The US Army drills in Estonia ended on Friday.
""",
    "stamp.txt": """India abstains on Crimea vote

Updated: Mar 19, 2014 10:35 IST

India abstained on Thursday, officials in New Delhi said. The meeting of NATO Military Committee Chairman, Air Chief Marshal Stuart Peach and General Valery Gerasimov took place in Baku.
""",
    "met.txt": """Trump and Putin Met in Helsinki. Here Are the Highlights.

The summit between Donald Trump and Vladimir Putin took place in Helsinki on Monday.
""",
    "headline.txt": """U.K. to Expel 23 Russian Diplomats in Retaliation for Nerve Agent Attack

Britain will expel 23 Russian diplomats, Prime Minister Theresa May said on Wednesday. The Armed Forces of
both countries are on alert. The Met Office said rain would follow.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_a_relative_takes_the_family_name_of_the_person_before(pages):
    assert found(pages, "kin.txt", "person") == {"Sergei Skripal", "Yulia Skripal"}
    assert found(pages, "kin.txt", "location") == {"Maltings Mall", "Salisbury"}  # a building


def test_two_given_names_share_the_family_name_after_them(pages):
    assert found(pages, "shared.txt", "person") == {
        "Sergey Lavrov", "Sergei Skripal", "Yulia Skripal", "Vladimir Putin", "Xi Jinping",
    }  # fmt: skip
    sergei = pages[(pages["file"] == "shared.txt") & (pages["surface"] == "Sergei")]
    assert list(sergei["entity_id"]) == ["person:sergei-skripal"]


def test_an_exercise_s_name_is_no_entity_and_its_holder_stays(pages):
    assert found(pages, "drills.txt", "person") == set()
    assert found(pages, "drills.txt", "org") == {"NATO", "US Army"}
    assert found(pages, "drills.txt", "country") == {"LTU", "UKR", "EST"}


def test_a_time_zone_and_a_rank_name_nothing(pages):
    assert found(pages, "stamp.txt", "org") == {"NATO Military Committee"}
    assert found(pages, "stamp.txt", "person") == {"Stuart Peach", "Valery Gerasimov"}


def test_a_headline_s_past_tense_and_a_cut_phrase_are_no_names(pages):
    assert found(pages, "met.txt", "person") == {"Donald Trump", "Vladimir Putin"}
    assert found(pages, "headline.txt", "person") == {"Theresa May"}
    assert found(pages, "headline.txt", "org") == {"Met Office"}
