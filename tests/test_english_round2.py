"""Kinds of mistake the second held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout2.jsonl): one short article per kind, written for these tests in the
style of wire copy, aggregators and spun reposts (not copied from any), with the exact
entities a careful reader finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# An outlet named in a common word ("The Atlantic", "The Intercept") read as words of
# something else: a longer name, a headline's verb, an item of a list of places. Named as a
# source, it is the outlet.
WORDS = """NATO Jets Intercept Russian Bombers

Russian bombers flew over the Arctic, Atlantic and the Barents Sea this week, and jets under the North Atlantic alliance's banner escorted them across the Atlantic Ocean.

A NATO official told The Atlantic that such flights were routine.
"""

# A title-case headline: a nationality before the thing it qualifies is no organisation or
# person, and a headline's verb is no part of a name.
HEADLINE = """Turkey Shoots Down Russian Military Jet

Turkish officials said the aircraft had crossed into Turkey's airspace.
"""

WITHDRAWS = """United States Withdraws From Arms Treaty

Washington said Russia had broken the treaty for years.
"""

MISSILE = """Investigators Say Airliner Downed by Missile Brought From Russia

Prosecutors said the missile was fired from a field held by separatists.
"""

# Text run together where a space was lost: a lower-case word glued to a name, a quotation
# closing on the next sentence, a row of icon names from a page's menu.
GLUED = """bookmarkicon cameraicon editicon v-expandicon fileicon filtericon

Turkey said its jets forced the plane to turn backNATO called on Russia to respect the border.

Macron said he had talked about Syria and NATO."We agreed on many things," he added.

Former U.S. attorney Joe diGenova said the report was damning.
"""

# Datelines in other forms (a day after the city, an opening bracket) and a capital before
# a meeting name the place, not the state.
DATELINES = """Allies uneasy over missile deal

Allies are uneasy about the deal. Brussels, Oct 3, 2019 (AFP) - NATO said Friday it was concerned by Turkey's purchase.

( Baghdad – The Iraqi government said on Tuesday it would not take sides.

Leaders will meet before the London NATO summit, Macron said.
"""

# "Military" is also an adjective: before a noun it qualifies the noun, and only the
# nationality is mentioned; the armed forces are the head before a verb.
MILITARY = """A Turkish military statement said the jet had been warned ten times. Turkish military officials said the pilots did not answer.

The Turkish military said it had acted within its rules of engagement.
"""

# Peoples living across borders: the Turkmen of Syria are not Turkmenistan; a family named by
# the plural of a known surname is no organisation or person.
PEOPLES = """Rebels from Syria's Turkmen minority said they had fired on the pilots as they came down over the Turkmen Mountain in Latakia.

Police said Skripals and a detective were treated in hospital after Sergei Skripal was found on a bench.
"""

# A fact box: names glossed with their roles after a dash are content, not links to
# stories; the gloss is not part of the name.
FACTBOX = """The United States and the European Union on Monday named the officials they are sanctioning.

Who is on the list

• Vladimir Konstantinov - speaker of the Crimean parliament (EU)
• Dmitry Rogozin - Russian deputy prime minister (US)

The list will grow if Moscow does not change course, officials said.
"""

# A name before a region, an area or a house after "at" is a place; a weapon's name before
# "missile" is no person, nor is a month in another language between a day and a year;
# a weapon's designation after a nationality is no place.
PLACES = """Turkey said the plane entered its airspace south of the Hatay region, and Russian jets struck targets in the Damascus area, 12 Ekim 2015.

The leaders met at Winfield House on Tuesday. Investigators said a Buk missile downed the airliner, and the Russian Su-24 was hit over Syria.
"""

# Surnames joined by a hyphen before a meeting are the people who meet.
COMPOUND = """Diplomats in Brussels said the planned Stoltenberg-Lavrov talks would go ahead on Friday.
"""

# A national body written in lower case after its nationality, which the model leaves out.
BODY = """Belgian and Finnish jets escorted the two bombers over the Baltic Sea, the Russian defense ministry said on Thursday.
"""

EXPECTED = {
    "words.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": {"NATO", "Atlantic"},
        # "Atlantic" and "Atlantic Ocean": one ocean, by the gazetteer's name
        "location": {"Arctic", "Barents Sea", "Atlantic Ocean"},
    },
    "headline.txt": {"person": set(), "country": {"TUR", "RUS"}, "org": set(), "location": set()},
    "withdraws.txt": {"person": set(), "country": {"USA", "RUS"}, "org": set(), "location": set()},
    "missile.txt": {"person": set(), "country": {"RUS"}, "org": set(), "location": set()},
    "glued.txt": {
        "person": {"Emmanuel Macron", "Joe diGenova"},
        "country": {"TUR", "RUS", "SYR", "USA"},
        "org": {"NATO"},
        "location": set(),
    },
    "datelines.txt": {
        "person": {"Emmanuel Macron"},
        "country": {"TUR", "IRQ"},
        "org": {"NATO"},
        "location": {"Brussels", "Baghdad", "London"},
    },
    "compound.txt": {
        "person": {"Jens Stoltenberg", "Sergey Lavrov"},
        "country": set(),
        "org": set(),
        "location": {"Brussels"},
    },
    "body.txt": {
        "person": set(),
        "country": {"BEL", "FIN", "RUS"},
        "org": {"Russian Defence Ministry"},
        "location": {"Baltic Sea"},
    },
    "military.txt": {
        "person": set(),
        "country": {"TUR"},
        "org": {"Turkish Armed Forces"},
        "location": set(),
    },
    "peoples.txt": {
        "person": {"Sergei Skripal"},
        "country": {"SYR"},
        "org": set(),
        "location": {"Turkmen Mountain", "Latakia"},
    },
    "factbox.txt": {
        "person": {"Vladimir Konstantinov", "Dmitry Rogozin"},
        "country": {"USA", "RUS"},
        "org": {"European Union"},
        "location": set(),
    },
    "places.txt": {
        "person": set(),
        "country": {"TUR", "RUS", "SYR"},
        "org": set(),
        "location": {"Hatay", "Damascus", "Winfield House"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "words.txt": WORDS,
            "headline.txt": HEADLINE,
            "withdraws.txt": WITHDRAWS,
            "missile.txt": MISSILE,
            "glued.txt": GLUED,
            "datelines.txt": DATELINES,
            "compound.txt": COMPOUND,
            "body.txt": BODY,
            "military.txt": MILITARY,
            "peoples.txt": PEOPLES,
            "factbox.txt": FACTBOX,
            "places.txt": PLACES,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]


# Events. A date after an article opens the noun it dates ("a March 4 attack"), not an
# event told before it; "previous" exercises are the series, not one of them; the first
# sanctions told by their instruments, on their day.
EVENT_TEXTS = {
    "expulsions.txt": (
        "On March 14, the prime minister announced the expulsion of 23 Russian diplomats in"
        " response to a March 4 nerve agent attack on a former spy in Salisbury.\n",
        "2018-03-15",
    ),
    "series.txt": (
        "NATO asked Russia and Belarus to be open about the drills that start on Friday. The"
        " scale of previous Zapad exercises far exceeded what Moscow had announced, a"
        " spokeswoman said.\n",
        "2021-09-09",
    ),
    "instruments.txt": (
        "Washington and the European Union announced travel bans and asset freezes on Monday"
        " against officials from Russia and Ukraine over the vote in Crimea.\n",
        "2014-03-17",
    ),
}


@pytest.fixture(scope="module")
def events_dataset(process_texts):
    return process_texts(EVENT_TEXTS)


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("expulsions.txt", {"event:skripal-expulsions-2018", "event:skripal-poisoning-2018"}),
        ("series.txt", set()),
        ("instruments.txt", {"event:sanctions-russia-first-wave-2014"}),
    ],
)
def test_events_linked(events_dataset, file, expected):
    events = events_dataset.events
    assert set(events.loc[events["file"] == file, "entity_id"].dropna()) == expected
