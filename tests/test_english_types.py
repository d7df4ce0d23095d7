"""The model's own type errors, by mechanism (issue 15, eval/kinds/english-types-mechanisms.md),
on short pages written for these tests in the style of wire copy, live pages and posts (not
copied from any page). Each rule has look-alikes that must stay entities.

- ships named in a list after a vessel noun, or after a prefix with full stops ("U.S.S."),
  are no people or places;
- a capitalised plural head ("the Russian Embassies in …", "the Ministries of Foreign Affairs
  of …") names several bodies, no one organisation;
- a word glued to '#' is a topic's tag, no person; a tag the gazetteer knows is its entity;
  a handle that is a known person's name run together is the person, another handle names
  no entity, a web address no place (an outlet cited by its address stays);
- a name before the noun of a street, a square, a palace or a venue ("central Lenin square",
  "the Konstantin palace") is the place, not a person; a known city before one stays the city;
- two or three unmarked capitalised words opening with a given name right after a role's
  "to/of" phrase ("Russian Envoy to Poland Sergey Andreev told …") or a rank written in full
  ("Lieutenant-Colonel Wade Rutland") are a person;
- a weapon's name before words of its role and its type ("the Patriot air defense system",
  "Ankara Patriot missiles") is no person;
- a story's last paragraph that ends in the agency's tag ("… at the event. (ANI)") is text;
- a demonym and a portfolio word before "Minister" ("Macedonian Foreign Minister …") are the
  office's words and the state, no person;
- a title with a press word ("Dziennik Gazeta Prawna") is a publication, no person;
- a known person's surname the model types as a place ("the poisoning of Skripal") is the
  person, unless a preposition of place stands before it;
- a given name before a surname written in lower case ("Donald trump", "Igor lukšić") is a
  person when the pair is the gazetteer's or the word is no English word ("Jordan valley",
  "Mark down" stay as they were)."""

from __future__ import annotations

import pytest

from tests.conftest import found

SHIPS = {
    "vessels.txt": """Russia seizes Ukrainian boats in Kerch Strait

Russia's border guards said three Ukrainian vessels - Berdyansk, Nikopol and Yanu Kapu - had crossed into Russian waters near Crimea. The patrol boats Nikopol (P176), Berdyansk (P175) and the tugboat Yana Kapu (A947) were towed to port. The Ukrainian Navy's vessels the Berdyansk, the Nikopol and the Yany Kapu were held in Sevastopol, Kyiv said.
""",
    "dotted.txt": """Russian jets buzz US destroyer

Two Russian Su-24 jets flew within yards of the U.S.S. Donald Cook in the Baltic Sea on Tuesday, the Pentagon said.
""",
    "not_ships.txt": """Allies send ships to the Black Sea

NATO will send more ships, Turkey said on Monday. The warships - Greece and Turkey among their owners - will sail from Constanta. Sergei Shoigu said the vessels were a threat.
""",
}

BODIES = {
    "embassies.txt": """Baltic states expel Russian diplomats

The Russian Embassies in Lithuania, Latvia and Estonia were told to send home one diplomat each, the Ministries of Foreign Affairs of the three states said. The Permanent Representatives of the allies met in Brussels.
""",
    "single.txt": """Lawmakers back Baltic deployment

The House of Representatives passed the bill on Thursday. The Council of Ministers met on Friday, and the Russian Embassy in Vilnius protested.
""",
}

TAGS = {
    "tags.txt": """EU leaders back Britain over Salisbury

Today 14 EU Member States decided to expel Russian diplomats as a follow-up to #EUCO discussion last week on #SalisburyAttack. All #NATO allies stand with the United Kingdom, Jens Stoltenberg wrote.
""",
    "handles.txt": """Allies condemn Navalny poisoning

Jens Stoltenberg, who posts as @jensstoltenberg, said on Friday that Russia must work with the @OPCW on an impartial investigation.

Our archive has moved to www.newsdeskarchive.com, and Politico.com reported the statement first.
""",
    "holder.txt": """Allies weigh response to Moscow

A post on Monday by @realDonaldTrump said the alliance was obsolete, and @natopress answered within the hour.
""",
}


PLACES = {
    "squares.txt": """Crimeans celebrate referendum result

At least 15,000 people gathered in central Lenin square in Simferopol on Sunday night. Putin later received Recep Tayyip Erdogan in the Konstantin palace outside St. Petersburg. Police closed a Moscow street for the parade.
""",
    "possessive.txt": """Crimea votes to join Russia

A pro-Russian protester celebrates in Simferopol's Lenin Square on March 16, 2014, after the vote.
""",
    "venues.txt": """Salisbury sites stay shut

The Zizzi restaurant and Bishop's Mill pub in Salisbury remain closed. Donald Trump stayed at the Trump hotel in Moscow in 2013, the report said.
""",
}

ROLES = {
    "envoy.txt": """Poland expels Russian diplomats

Russian Envoy to Poland Sergey Andreev told reporters on Monday that Moscow would respond. The Chief of NATO's Office in Macedonia Zoran Jankovic said the alliance stood by Warsaw. The battlegroup in Latvia is commanded by Lieutenant-Colonel Wade Rutland, and General Dynamics will supply its vehicles.
""",
    "no_name.txt": """Allies meet in Brussels

The Minister of Defence of Estonia said on Monday that the Head of State Visit Programme would go ahead.
""",
}


WEAPONS = {
    "patriot.txt": """Erdogan defends missile deal

Erdogan said he had tried to buy the US-made Patriot air defense system first. Washington later offered Ankara Patriot missiles, and Russia moved the Iskander nuclear missiles to Kaliningrad. Brigadier General John Patriot said the offer stood.
""",
}

CLOSING = {
    "tagged.txt": """Macedonia signs accession protocol

Allies signed the accession protocol in Brussels on Wednesday, clearing the way for Macedonia to join the alliance.

NATO Secretary General Jens Stoltenberg presided over the ceremony at the headquarters. Foreign Minister Nikola Dimitrov signed on Skopje's behalf. (ANI)
""",
}


OFFICES = {
    "foreign.txt": """Skopje signs NATO protocol

Macedonian Foreign Minister Nikola Dimitrov signed the protocol in Brussels on Wednesday. Rep. French Hill welcomed the step.
""",
}

PRESS = {
    "press.txt": """Warsaw weighs expulsions

The decision may be taken very soon, writes Polskie Radio, citing Dziennik Gazeta Prawna. Jim Press, a former diplomat, said Warsaw would act.
""",
}


LOWER = {
    "lower.txt": """Montenegro joins the alliance

The ceremony was attended by the President of the United States Donald trump and the Minister of foreign Affairs of Montenegro Igor lukšić. Farmers in the Jordan valley watched on television.
""",
}

SURNAMES = {
    "surname.txt": """Allies back London over nerve agent attack

Britain said the Russian state was responsible for the nerve agent poisoning of Skripal and his daughter. Allies met in Salisbury on Friday.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(
        SHIPS
        | BODIES
        | TAGS
        | PLACES
        | ROLES
        | WEAPONS
        | CLOSING
        | OFFICES
        | PRESS
        | SURNAMES
        | LOWER
    )


def test_ships_in_a_list_after_a_vessel_noun_are_no_people_or_places(pages):
    assert found(pages, "vessels.txt", "person") == set()
    assert found(pages, "vessels.txt", "location") == {"Kerch Strait", "Crimea", "Sevastopol"}
    assert found(pages, "vessels.txt", "country") == {"RUS", "UKR"}


def test_a_ship_after_a_dotted_prefix_is_no_person(pages):
    assert found(pages, "dotted.txt", "person") == set()
    assert found(pages, "dotted.txt", "location") == {"Baltic Sea"}


def test_states_and_people_after_a_vessel_noun_stay(pages):
    assert found(pages, "not_ships.txt", "country") == {"TUR", "GRC"}
    assert found(pages, "not_ships.txt", "person") == {"Sergei Shoigu"}
    assert found(pages, "not_ships.txt", "org") == {"NATO"}


def test_a_plural_body_names_no_one_organisation(pages):
    assert found(pages, "embassies.txt", "org") == set()
    assert found(pages, "embassies.txt", "location") == {"Baltic states", "Brussels"}
    assert found(pages, "embassies.txt", "country") == {"RUS", "LTU", "LVA", "EST"}


def test_bodies_with_a_plural_inside_their_name_stay(pages):
    assert found(pages, "single.txt", "org") >= {
        "US House of Representatives",
        "Council of Ministers",
        "Russian Embassy in Vilnius",  # a post by its seat (lib/engine/diplomatic_posts.py)
    }


def test_a_hashtag_is_no_person_but_a_known_tag_is_its_entity(pages):
    assert found(pages, "tags.txt", "person") == {"Jens Stoltenberg"}
    assert found(pages, "tags.txt", "org") >= {"NATO", "European Union"}


def test_a_name_before_a_square_or_a_palace_is_the_place(pages):
    assert found(pages, "squares.txt", "person") == {"Vladimir Putin", "Recep Tayyip Erdogan"}
    assert {n.lower() for n in found(pages, "squares.txt", "location")} == {
        "lenin square",
        "konstantin palace",
        "simferopol",
        "st. petersburg",
        "moscow",
    }


def test_a_name_after_a_role_phrase_is_a_person(pages):
    assert found(pages, "envoy.txt", "person") == {
        "Sergey Andreev",
        "Zoran Jankovic",
        "Wade Rutland",
    }
    assert found(pages, "envoy.txt", "org") >= {"General Dynamics"}
    assert found(pages, "envoy.txt", "country") >= {"RUS", "POL", "MKD"}


def test_a_role_phrase_before_capitalised_words_without_a_given_name_names_no_one(pages):
    assert found(pages, "no_name.txt", "person") == set()


def test_a_venue_s_name_is_a_place_but_a_known_person_s_brand_is_the_person(pages):
    assert found(pages, "venues.txt", "location") == {
        "Zizzi",
        "Bishop's Mill",
        "Salisbury",
        "Moscow",
    }
    assert found(pages, "venues.txt", "person") == {"Donald Trump"}
    assert found(pages, "venues.txt", "org") == set()


def test_a_weapon_before_its_role_and_type_words_is_no_person(pages):
    assert found(pages, "patriot.txt", "person") == {"Recep Tayyip Erdogan", "John Patriot"}
    assert found(pages, "patriot.txt", "location") == {"Kaliningrad"}


def test_a_last_paragraph_ending_in_an_agency_tag_is_story_text(pages):
    assert found(pages, "tagged.txt", "person") == {"Jens Stoltenberg", "Nikola Dimitrov"}


def test_a_place_s_possessive_before_a_square_stays_the_place(pages):
    locations = {n.lower() for n in found(pages, "possessive.txt", "location")}
    assert locations == {"simferopol", "lenin square"}


def test_a_demonym_and_a_portfolio_before_minister_are_the_state(pages):
    assert found(pages, "foreign.txt", "person") == {"Nikola Dimitrov", "French Hill"}
    assert found(pages, "foreign.txt", "country") == {"MKD"}


def test_a_title_with_a_press_word_is_a_publication(pages):
    assert found(pages, "press.txt", "org") == {"Polskie Radio", "Dziennik Gazeta Prawna"}
    assert found(pages, "press.txt", "person") == {"Jim Press"}


def test_a_known_surname_typed_a_place_is_the_person(pages):
    assert found(pages, "surname.txt", "person") == {"Skripal"}
    assert found(pages, "surname.txt", "location") == {"Salisbury"}


def test_an_unknown_handle_and_an_address_are_no_entities(pages):
    assert found(pages, "handles.txt", "org") == {
        "Organisation for the Prohibition of Chemical Weapons",
        "Politico.com",
    }
    assert found(pages, "handles.txt", "location") == set()
    assert found(pages, "handles.txt", "person") >= {"Jens Stoltenberg"}


def test_a_handle_made_of_a_known_person_s_name_is_the_person(pages):
    assert found(pages, "holder.txt", "person") == {"Donald Trump"}
    assert found(pages, "holder.txt", "org") == set()


def test_a_given_name_before_a_lower_case_surname_is_a_person(pages):
    assert {n.lower() for n in found(pages, "lower.txt", "person")} == {
        "donald trump",
        "igor lukšić",
    }
    assert found(pages, "lower.txt", "country") >= {"USA", "MNE"}


def test_a_venue_named_after_a_titled_person_ends_the_page(extract):
    """'Mr. Chow restaurant': the venue rule made a place of the name and the title rule a
    person of the place, each undoing the other until Python's stack ran out, which stopped a
    28,656-article run; the title wins once and the page is read."""
    found_here = extract(
        {
            "dinner.txt": "Dinner in Los Angeles\n\nThe two men met at Mr. Chow restaurant in "
            "Beverly Hills on Friday, then at Dr. Kwan hotel.\n"
        }
    )
    assert found(found_here, "dinner.txt", "person") == {"Chow", "Kwan"}
    assert found(found_here, "dinner.txt", "location") == {"Beverly Hills"}
