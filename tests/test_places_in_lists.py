"""Places the model reads as people, and a sentence in another language (fixture pages written
for these tests in the style of a defence ministry's bulletin and a Turkish daily's English
edition, not copied from any page):

- a name ending in a region's noun is a place ("Leningrad Oblast", "Krasnodar Krai");
- an unknown name in a list beside places is a place ("near Lepel, Ruzhany, Losvido and
  Osipovichi", "at Obuz-Lesnovsky, Zaslonovo and Domanovo"),
  while a list of people and states keeps its people ("Putin, Merkel and France");
- a capital people are sent to, or written as a post's hashtag after "in", is the place ("will
  send senior officials to Vienna", "negotiations in #Vienna"), while a letter sent to a capital
  goes to its government; a treaty's "State Party" is no body;
- a line in another Latin-script language (a ministry's embedded post) is not read as English,
  and an English sentence with accented names still is.
"""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "areas.txt": """Joint exercise to begin next week

The joint exercise of the armed forces of Belarus and Russia begins on Thursday. Belarus will provide training grounds near Lepel, Ruzhany, Losvido and Osipovichi, at Obuz-Lesnovsky, Zaslonovo and Domanovo, and two areas in Vitebsk Oblast – Dretun and Glubokoye. Russia will provide ranges in Leningrad Oblast and Krasnodar Krai. Putin, Merkel and France were told of the plans in advance.
""",
    "tweet.txt": """First S-400 parts reach Turkey

The first parts of the S-400 system arrived at an air base near Ankara on Friday, the Turkish Defence Ministry said on Twitter.

Hava savunma sistemine ait ilk malzemelerin Ankara’ya intikali bugün itibarıyla başladı ve devam edecek. — Millî Savunma Bakanlığı (@tcsavunma) 12 Temmuz 2019

Foreign Minister Mevlüt Çavuşoğlu said the purchase was a done deal.
""",
    "talks.txt": """Arms control talks to resume

The United States and Russia will send senior officials to Vienna on June 22 for a new round of arms control talks. Moscow sent a letter to Washington last week. The United States is no longer a State Party to the Treaty on Open Skies, the State Department said.

Our envoy briefed Allies on the latest developments in negotiations in #Vienna.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_a_region_s_noun_and_a_list_of_places_make_places(pages):
    assert found(pages, "areas.txt", "location") >= {
        "Losvido", "Zaslonovo", "Domanovo", "Dretun", "Glubokoye", "Leningrad Oblast",
        "Krasnodar Krai",
    }  # fmt: skip
    assert found(pages, "areas.txt", "person") == {"Vladimir Putin", "Angela Merkel"}
    assert found(pages, "areas.txt", "country") == {"BLR", "RUS", "FRA"}


def test_a_line_in_another_language_is_not_read_as_english(pages):
    assert found(pages, "tweet.txt", "org") == {"Turkish Defence Ministry", "Twitter"}
    assert found(pages, "tweet.txt", "person") == {"Mevlut Cavusoglu"}


def test_a_capital_people_are_sent_to_is_the_place(pages):
    assert found(pages, "talks.txt", "location") == {"Vienna"}
    assert found(pages, "talks.txt", "country") == {"USA", "RUS"}
    assert found(pages, "talks.txt", "org") == {"US State Department"}
