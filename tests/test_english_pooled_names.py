"""Names the English extraction got wrong in three held-out sets and more (issue 15, pooled
round; /work/en-pooled-before.md), on short pages written for these tests in the style of
wire and defence copy (not copied from any page):

- a town no gazetteer row holds, which the model took for a body or a person ("landing in
  Omsk", "will leave Edmonton", "the coastal cities of Molde and Alesund"): GeoNames' city;
- a speaker named by surname alone before a verb of saying ("Reif said", "Watling, an
  expert at RUSI, said"), or after a quotation and its verb ('…," added Sacks.'), and the
  glossed names of a list ("- Name – deputy speaker …"), which the model left unmarked or
  took for a place: people;
- a sub-unit by its number and echelon alone ("the Army's 1st Brigade, 3rd Infantry Division",
  "the First Battalion of the Royal Regiment of Fusiliers"): a part of the parent it names,
  no body of its own;
- aircraft called by their names before a type's word in lower case ("Typhoon jets", "British
  Typhoon fighters"), after their maker ("Eurofighter Typhoons") or a model's code and "or"
  ("a Su-24 aircraft, or Fencer"), which the model took for bodies or places: no entity;
- Brussels made an actor ("Washington and Brussels imposed sanctions"): the city of the EU's
  and NATO's seats, not the Belgian state, which the news calls "Belgium"."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from lib.engine.blocks import Block
from lib.engine.gazetteer import load_gazetteer
from lib.engine.name_lookup import gazetteer_hit, without_marks
from lib.engine.nlp import load_pipeline
from lib.engine.span_mentions import span_mentions
from tests.conftest import found
from tests.test_english_pooled_text import LISTED

CITIES = """Canadian troops leave for Latvia

About 120 soldiers will leave Edmonton on Friday for Latvia, the army said. Norway said Russia will test missiles next week west of the coastal cities of Kristiansund, Molde and Alesund.

Col. Steve Warren, a Pentagon spokesman, said the jets flew low over the ship. Warren said the crew was safe.
"""

SPEAKERS = """Arms control treaty faces collapse

The United States will leave the treaty in August, the State Department said on Friday.

Reifer said the months before August offered a last chance to save it. Haverly, an analyst at a Washington think tank, said Moscow would not return to the table. Officials said the talks had failed. Police said the protest outside the embassy was peaceful.

"The treaty is dead," Youngquist said. "It is up to the people to decide," added Sacksby.
"""

BRUSSELS = """West widens sanctions

Washington and Brussels imposed new sanctions on Moscow on Monday. The desire of Brussels to speed up the talks was plain, Belgium's prime minister said.
"""

UNITS = """British troops hand over in Estonia

Soldiers of 5 Rifles are replacing the First Battalion of the Royal Regiment of Fusiliers at Tapa. The drills end with a live-fire event led by the U.S. Army's 1st Brigade, 3rd Infantry Division, and the Second Battalion will stay until May.
"""

EQUIPMENT = """Britain scrambles Typhoon jets

British Typhoon fighters and Eurofighter Typhoons from Germany met the bombers over the Baltic Sea. The Russian jet, a Su-24 aircraft, or Fencer, made 12 passes near the destroyer, the Pentagon said.
"""


@pytest.fixture(scope="module")
def pages(extract):
    return extract(
        {
            "cities.txt": CITIES,
            "speakers.txt": SPEAKERS,
            "listed.txt": LISTED,
            "brussels.txt": BRUSSELS,
            "units.txt": UNITS,
            "equipment.txt": EQUIPMENT,
        }
    )


def test_towns_the_model_took_for_bodies_or_people_are_places(pages):
    places = found(pages, "cities.txt", "location")
    assert {"Edmonton", "Kristiansund", "Molde", "Alesund"} <= places
    assert "Warren" not in places  # the surname of the spokesman named in full
    assert found(pages, "cities.txt", "person") == {"Steve Warren"}
    assert found(pages, "cities.txt", "org") == {"US Department of Defense"}  # "Pentagon"


def test_a_surname_before_a_verb_of_saying_is_a_person(pages):
    assert found(pages, "speakers.txt", "person") == {"Reifer", "Haverly", "Youngquist", "Sacksby"}


def test_the_glossed_names_of_a_list_are_people(pages):
    assert found(pages, "listed.txt", "person") == {"Oleg Belov", "Pavel Zorin"}


def test_a_sub_unit_alone_is_no_body_and_before_of_its_parent_is_the_parent(pages):
    assert found(pages, "units.txt", "org") == {
        "Royal Regiment of Fusiliers",
        "US Army",
        "3rd Infantry Division",
    }


def test_aircraft_by_their_names_are_no_bodies_or_places(pages):
    assert found(pages, "equipment.txt", "org") == {"US Department of Defense"}
    assert found(pages, "equipment.txt", "location") == {"Baltic Sea"}
    assert found(pages, "equipment.txt", "country") == {"GBR", "DEU", "RUS"}
    assert found(pages, "equipment.txt", "person") == set()


def test_brussels_as_an_actor_is_the_city_not_belgium(pages):
    assert found(pages, "brussels.txt", "country") == {"USA", "RUS", "BEL"}  # BEL: "Belgium's"
    assert found(pages, "brussels.txt", "location") == {"Brussels"}


def _mentions_of(text: str, word: str, label: str) -> list[tuple[str, str]]:
    """The mentions of one word of the text, had the model given it `label`."""
    doc = load_pipeline()(text)
    i = next(t.i for t in doc if t.text == word)
    block = Block("body", 0, doc, 0)
    mentions = span_mentions(
        Span(doc, i, i + 1, label=label), gaz=load_gazetteer(), block=block, sentence_id=0
    )
    return [(m.type, m.name) for m in mentions]


@pytest.mark.parametrize(
    "text, word, label, expected",
    [
        # a town after a preposition, in a list of towns, before its square: the place
        ("The plane made an emergency landing in Omsk on Thursday.", "Omsk", "ORG", "location"),
        ("A protester waves a flag in Simferopol's Lenin Square.", "Simferopol", "ORG", "location"),
        # "the" makes it a ship or a title, not the town it is named after
        ("The gunboats were the Berdyansk and the Nikopol.", "Nikopol", "ORG", "org"),
        # a known surname stays the person's
        ("The trip was Harper's first to Kyiv.", "Harper", "PERSON", "person"),
    ],
)
def test_a_geonames_city_is_a_place_unless_the_words_around_say_otherwise(
    text, word, label, expected
):
    assert [t for t, _ in _mentions_of(text, word, label)] == [expected]


@pytest.mark.parametrize(
    "text, word, label, expected",
    [
        # a word the model took for a place, opening a sentence before a verb of saying
        ("Youngblood said the suspect had fled.", "Youngblood", "GPE", ["person"]),
        # after a quotation and its verb, at the sentence's end
        ('"They must decide," added Sacks.', "Sacks", "GPE", ["person"]),
        # a known capital speaks for its state; a town GeoNames lists stays a place
        ("Moscow said the talks had failed.", "Moscow", "GPE", ["country"]),
        ("Omsk said nothing of the kind.", "Omsk", "GPE", ["location"]),
    ],
)
def test_a_speaker_the_model_took_for_a_place_is_a_person(text, word, label, expected):
    assert [t for t, _ in _mentions_of(text, word, label)] == expected


# A base named by its town before "military airport"/"military airbase", after "the" or a
# preposition of place: the base, a place the model left unmarked.
BASES = """Air defence system arrives in Turkey

Parts of the system were unloaded at Merzifon military airport on Friday, and more were flown to the Merzifon military airbase on Sunday. In Ankara the ministry said the deliveries would go on.
"""


def test_a_town_before_a_military_airport_or_airbase_is_the_base(extract):
    mentions = extract({"bases.txt": BASES})
    assert found(mentions, "bases.txt", "location") == {"Merzifon", "Ankara"}


@pytest.mark.parametrize(
    "surface, entity_id",
    [
        ("Camp Ādaži", "location:adazi"),  # the gazetteer lists "Camp Adazi"
        ("Elbląg", "location:elblag"),
        ("Ämari", "location:amari"),  # listed with its mark: found as written
    ],
)
def test_a_name_written_with_its_diacritics_is_the_gazetteers_plain_spelling(surface, entity_id):
    hit = gazetteer_hit(load_gazetteer(), surface)
    assert hit is not None and hit[0].entity_id == entity_id


def test_marks_are_stripped_letter_by_letter():
    assert without_marks("Łódź, Ādaži, Ålesund") == "Lodz, Adazi, Alesund"
