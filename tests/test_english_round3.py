"""Kinds of mistake the third held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout3.jsonl): one short article per kind, written for these tests in the
style of wire copy (not copied from any page), with the exact entities a careful reader
finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# "Atlantic" inside a hyphenated adjective is no name; crossed, it is the ocean. The outlet
# is "The Atlantic" as a source.
ATLANTIC = """Allies pledge unity

The trans-Atlantic alliance will stand together, Poland said, and Euro-Atlantic security depends on it. American bombers flew across the Atlantic on Monday.

A NATO diplomat told The Atlantic the flight was planned months ago.
"""

# "The Hague" is the Dutch city, written with a capital or a small "the": never the
# gazetteer's William Hague.
HAGUE = """Court opens hearing

The tribunal, based in The Hague, opened the hearing on Tuesday. Lawyers for Ukraine met at the Hague court's registry.
"""

# A warship is named after a person: the name after a ship's prefix, and its short forms
# later in the article, are no person.
SHIP = """Russian Jets Buzz USS Ross in Black Sea

Two Russian Su-24 jets flew within 30 meters of the USS Ross on Thursday, the Pentagon said. The Ross was sailing in international waters, and the Ross's captain called the passes unsafe.
"""

# A given name after a possessive and a noun of kinship is the relative, who carries the
# family name of the person just named: never a place.
KIN = """Sergei Skripal and his daughter, Yulia, were found unconscious in Salisbury, police said.

Doctors said on Friday that his daughter Yulia was improving.
"""

# Systems, sites, programmes, parades and incidents are things, not bodies: a name before a
# lower-case noun of a thing, a missile defence, a name ending in "System", "Incident" or
# "Day"; "Euro-" is the first half of an adjective.
SYSTEMS = """Russia objects to NATO's Ballistic Missile Defense and to the Aegis Ashore site in Poland, the ministry said. Officials said the Ballistic Missile Defence System would be ready in May.

Turkey was suspended from the F-35 Joint Strike Fighter program. Iran showed new missiles at its Armed Forces Day parade, and Euro-Atlantic concerns grew after the Azov Sea Incident.
"""

# Ordinary words in capitals are no organisations: a time zone, the field of an office after
# its head ("Heads of State and Government", "Assistant Secretary General for Defense
# Investment"), a compass adjective before its noun.
WORDS = """NATO envoys will meet at 4 p.m. (1500 GMT) on Monday. A meeting of NATO Heads of State and Government will follow in Brussels.

John Smith, NATO Assistant Secretary General for Defense Investment, said the plan was aimed at the Eastern part of the Alliance.
"""

# The words around an unknown name say it is a place, before the model's label: "the
# province of X", "X air base", "the capital, X", an apposition "a former … base".
PLACES = """Rebels fired on the crew over the province of Idlib, the ministry said.

Polish jets are based at the Lielvarde air base in Latvia and Dutch jets at the Powidz air base in Poland.

NATO opened a radar at Kuerecik, a former Turkish army base in eastern Turkey. Protesters filled the streets of the capital, Chisinau, on Sunday.
"""

# Known names as outlets also write them: a number in figures and the members' noun after
# it, "Northern" for "North", an agency's acronym in title case, a name without its spaces;
# "the <demonym> Government" is the state.
VARIANTS = """The Group of 7 Nations met without Russia, Efe news agency reported. Ministers of the Northern Atlantic Treaty Organization said Northern Macedonia would join.

According to Foxnews, officials urged the Turkish Government to reconsider.
"""

# A title read whole ("First Lady"), and a name after "Title," is a person's.
TITLES = """The president and First Lady Jill Biden arrived in Rome. Defence minister, Radovan Kovac said the talks had ended.
"""

# An event named after its place is its own thing; the place inside is where it was held
# (a location, never an organisation or the state). A document named after a place is a
# treaty's name: the place in it is no mention.
EVENT_NAMES = """Leaders will settle the matter at the Madrid Summit in June, the ministry said. The Russian team was banned from the Pyeongchang Olympics.

Observers are invited under the OSCE Vienna document on confidence-building measures.
"""

# A credit is the whole credit ("Image Credits: …", "Name - Pool/Getty Images", "(© agency /
# Name/)", "[Photo/Agencies]"), and an invitation to follow the outlet on a messenger is a
# promo: none of their names is mentioned by the story.
CREDITS = """Allies meet on Baltic defence

Image Credits: Maria Lopez, Army Europe / Wikimedia Commons / Public Domain.

Defence ministers met in Vilnius on Thursday to discuss the battle group in Lithuania.

Peter Dejong - Pool/Getty Images

Soldiers march in Kaunas. (© picture alliance / Hans Weber/) The troops arrived in January. [Photo/Agencies]

The battle group will train with the host nation's forces through the summer, officials said.

(Get the news that matters from The Daily Globe on WhatsApp. Click this link and hit 'Click to Subscribe'.)
"""

# Below a label of links, the titles of the links run into one line without sentence
# punctuation are no prose: the names in them are not the story's.
LINKS = """Russia left out of summit

Leaders of the Group of Seven said on Monday they would meet without Russia.

Related Links

Markets fall as oil slides Pop star Elton John cancels concerts after illness Hurricane season begins early in Florida IMF chief Kristalina Georgieva warns of slowdown Volcano erupts in Indonesia as villagers flee Tennis champion loses in first round Scientists find water on distant planet

Moscow said the decision was a mistake.
"""

# A body's head words in lower case ("the UN security council", "the Russian foreign
# Ministry") are still the body; a demonym at the head of an unknown body's name names its
# state; "U.S.-led" is the United States, as "US-led" is.
BODIES = """Diplomats said the UN security council would meet on Friday. Earlier the Russian foreign Ministry said Moscow would respond.

Two fighters were scrambled, according to the Estonian National Defence Ministry. Critics fear a deal that would weaken the U.S.-led alliance.
"""

# A dateline's place in another form ("CITY. Mon D (Agency) -") and a capital left for
# another are places, not the states.
TRAVEL = """Allies close ranks

WARSAW. Mar 3 (Interfax) - Poland's president said the alliance would hold. The minister spoke to reporters before he left Warsaw for Berlin on Friday.
"""

# What the place rules must leave alone: an apposition whose head is a person's noun ("a
# lawyer from the city of …"), a capitalised word before a proper noun ("a Range Rover"),
# a kind of games (the Special Olympics is a body).
NOT_PLACES = """Carlos Mendoza, a lawyer from the city of Santa Cruz, led the protests in Bolivia. He bought a BMW, a Range Rover and a flat. The mayor promised to fund the Special Olympics.
"""

# A repost names the outlets its text comes from: "Read More (Outlet) >>" and a known
# outlet's label "Outlet:" keep the outlet, without the link words.
SOURCES = """Montenegro joins the alliance

Montenegro became the 29th member of NATO on Monday, officials said.

Read More (CBS News) >>

Washington Times:

Russia said it would respond to the expansion in the Balkans.
"""

# A caption shown twice (alt text and caption) is kept once, and a handout passed on by an
# agency ("(… via AP, Pool)") is a credit: the caption's places are mentioned.
CAPTIONS = """Jets deliver missile parts

Greek Prime Minister Kyriakos Mitsotakis at a meeting in Thessaloniki, Greece, on May 3, 2021. (Jane Roe/AFP)

Greek Prime Minister Kyriakos Mitsotakis at a meeting in Thessaloniki, Greece, on May 3, 2021. (Jane Roe/AFP)

Parts of the missile system are unloaded from a transport plane at an air base near Izmir, Turkey. (Turkish Defense Ministry via AP, Pool)

Turkey received the first parts of the system on Friday, the ministry said.
"""

# What the body and title rules must leave alone: a demonym inside the name of a body that
# is not the state's ("the American Enterprise Institute"); "for" after people acting for
# someone.
NOT_STATE = """Representatives for Kushner did not respond, said Dana Perez of the American Enterprise Institute.
"""

EXPECTED = {
    "atlantic.txt": {
        "person": set(),
        "country": {"POL", "USA"},
        "org": {"NATO", "Atlantic"},
        "location": {"Atlantic Ocean"},  # the gazetteer's name of the ocean
    },
    "hague.txt": {
        "person": set(),
        "country": {"UKR"},
        "org": set(),
        "location": {"Hague"},
    },
    "ship.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"US Department of Defense"},
        "location": {"Black Sea"},
    },
    "kin.txt": {
        "person": {"Sergei Skripal", "Yulia Skripal"},
        "country": set(),
        "org": set(),
        "location": {"Salisbury"},
    },
    "systems.txt": {
        "person": set(),
        "country": {"RUS", "POL", "TUR", "IRN"},
        "org": {"NATO"},
        "location": set(),
    },
    "words.txt": {
        "person": {"John Smith"},
        "country": set(),
        "org": {"NATO"},
        "location": {"Brussels"},
    },
    "places.txt": {
        "person": set(),
        "country": {"POL", "LVA", "NLD", "TUR"},
        "org": {"NATO"},
        "location": {"Idlib", "Lielvarde", "Powidz", "Kuerecik", "Chisinau"},
    },
    "variants.txt": {
        "person": set(),
        "country": {"RUS", "MKD", "TUR"},
        "org": {"G7", "EFE", "NATO", "Fox News"},
        "location": set(),
    },
    "titles.txt": {
        "person": {"Jill Biden", "Radovan Kovac"},
        "country": set(),
        "org": set(),
        "location": {"Rome"},
    },
    "event_names.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"OSCE"},
        "location": {"Madrid", "Pyeongchang"},
    },
    "credits.txt": {
        "person": set(),
        "country": {"LTU"},
        "org": set(),
        "location": {"Vilnius", "Kaunas"},
    },
    "links.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"G7"},
        "location": set(),
    },
    "bodies.txt": {
        "person": set(),
        "country": {"RUS", "EST", "USA"},
        "org": {
            "UN Security Council",
            "Russian Foreign Ministry",
            "Estonian National Defence Ministry",
        },
        "location": set(),
    },
    "travel.txt": {
        "person": set(),
        "country": {"POL"},
        "org": set(),
        "location": {"Warsaw", "Berlin"},
    },
    "not_places.txt": {
        "person": {"Carlos Mendoza"},
        "country": {"BOL"},
        "org": {"BMW", "Special Olympics"},
        "location": {"Santa Cruz"},
    },
    "sources.txt": {
        "person": set(),
        "country": {"MNE", "RUS"},
        "org": {"NATO", "CBS News", "Washington Times"},
        "location": {"Balkans"},
    },
    "captions.txt": {
        "person": {"Kyriakos Mitsotakis"},
        "country": {"GRC", "TUR"},
        "org": set(),
        "location": {"Thessaloniki", "Izmir"},
    },
    "not_state.txt": {
        "person": {"Dana Perez"},
        "country": set(),
        # the model's label for a lone surname no full name explains: kept, not dropped
        "org": {"American Enterprise Institute", "Kushner"},
        "location": set(),
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "atlantic.txt": ATLANTIC,
            "hague.txt": HAGUE,
            "ship.txt": SHIP,
            "kin.txt": KIN,
            "systems.txt": SYSTEMS,
            "words.txt": WORDS,
            "places.txt": PLACES,
            "variants.txt": VARIANTS,
            "titles.txt": TITLES,
            "event_names.txt": EVENT_NAMES,
            "credits.txt": CREDITS,
            "links.txt": LINKS,
            "bodies.txt": BODIES,
            "travel.txt": TRAVEL,
            "not_places.txt": NOT_PLACES,
            "sources.txt": SOURCES,
            "captions.txt": CAPTIONS,
            "not_state.txt": NOT_STATE,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
