"""Kinds of mistake the top lists of a real multi-outlet corpus still showed after the first
rounds of issue 15 (organisations first): one short article per kind, written for these
tests in the style of US and UK outlets (not copied from any), with the exact entities a
careful reader finds in it."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.engine.article_links import initials
from lib.engine.gazetteer import load_gazetteer
from lib.engine.resolve import majority_type
from tests.conftest import found

# Office words before the head of a title, as British copy and military ranks write them:
# "Vice" is an outlet's short name only where it names the outlet.
TITLES = """US Vice-President Mike Pence arrived in Warsaw on Thursday, a day after Vice Adm. Lisa Franchetti briefed allies on the Black Sea.

Federal Reserve Vice Chair Janet Yellen said the briefing was useful. The former Libertarian Vice Presidential nominee also spoke, and Vice News reported the exchange.
"""

# Levels of a court system, one of hundreds, are not one body; a district named is.
COURTS = """A federal judge in Washington on Friday ordered the release of the files. U.S. District Court Judge Amy Berman Jackson said the Justice Department had not made its case.

Lawyers for the campaign filed the appeal in U.S. District Court this week, and a federal appeals court will hear it in March.
"""

# An acronym is the body the article names in full, or its country's one body of those
# initials; a party committee is not a committee of the chamber the article is about.
ACRONYMS = """The National Security Council met on Monday. A former NSC official told senators that the Senate Judiciary Committee had been misled.

The Republican National Committee said it would not comment, and Sen. Lindsey Graham said the Judiciary Committee would hear from the official next week.
"""

# An outlet's staff named after its possessive are people, not organisations.
STAFF = """President Donald Trump told NBC's Lester Holt that he had been thinking of "this Russia thing" when he fired James Comey.

In an interview with CNN's Jake Tapper, Sen. Susan Collins said the firing raised questions.
"""

# "The Hill": the outlet where it is a source, Capitol Hill where a preposition of place
# governs it.
HILL = """Republicans on the Hill were divided over the plan on Tuesday, one senior aide told the Hill. The White House sent the proposal to the Hill late in the evening.
"""

# An outlet named in common words, read as words of a longer name or of a headline.
WORDS = """Obama Defends His Foreign Policy

Clint Watts, a senior fellow at the Foreign Policy Research Institute, said the speech was aimed at Russia. Foreign Policy reported that NATO allies were unconvinced.
"""

# Picture credits closing a caption, in the forms agencies and papers sign them: the credit
# goes, the caption (the scene it describes) stays.
CREDITS = """NATO allies back air patrols over Lithuania

NATO Secretary General Jens Stoltenberg speaks to reporters at the alliance's headquarters in Brussels. (AP Photo/Olivier Matthys, File)

Lithuanian President Dalia Grybauskaite greets troops in Vilnius. Petras Malukas/AFP via Getty Images

Russian President Vladimir Putin chairs a meeting in Sochi. Photo: AFP

German soldiers arrive at a base in Lithuania. (Sean Gallup/The Washington Post)

Polish President Andrzej Duda speaks in Warsaw. Janek Skarzynski—AFP

A Russian fighter jet over the Baltic Sea. / AA

Allies agreed on Thursday to keep four battalions in Poland and Latvia, Stoltenberg said, and to rotate fighter jets through Estonia. (AFP/Getty)
"""

# NATO by its other names and slices of longer names: "the Alliance" in capitals, "the North
# Atlantic Alliance"; a slice of a treaty's name is no organisation; "the Baltic states" are
# not the Baltic Sea; what follows "the city of" is a place; a house style's lower-case
# "council" in a body's name.
ALLIANCE = """NATO jets scramble again as Russian aircraft near Lithuania

NATO fighters policing the Baltic states intercepted two Russian aircraft over the Baltic Sea on Tuesday. The Alliance said the jets had flown without transponders, and Lithuania asked the North Atlantic Alliance to keep its air policing mission.

Moscow has accused Washington of breaking the Intermediate-range Nuclear Forces (INF) Treaty, and said the NATO-Russia council had hit a dead end. Russian troops returned to their barracks in the Siberian city of Omsk, while British soldiers trained outside the northern town of Tapa.
"""

# A page's top: a byline with or without "By" ("by Staff Writers", a line of names), a
# title-case headline whose verbs glue words to names, a dateline without an agency (the
# city is a place, not the government), a title cut from its name ("Col."), a weapon's
# designation read as a person.
DESK = """Turkey Shoots Down Russian Su-24 as Erdogan Targets Moscow

by Staff Writers

Sarah Miller and Tom Hale

ANKARA -- Turkish F-16s shot down a Russian warplane on Tuesday, Army Col. Steve Warren told reporters. Allied officials met in Brussels, and Ankara said it would still take delivery of Russian S-400s.
"""

# Exercises and arms-control documents are no organisations or places, whatever year they
# carry; a name after the head of a title is a person; a movement by its other name; one
# unknown word "in" or "at" is a place; a headline verb glued to a country.
DRILLS = """Moscow Wants Observers at Zapad Drills

Estonian Foreign Minister Urmas Reinsalu said on Thursday that Zapad 2017 would be watched closely, and that Russia had invited too few observers under the Vienna Document. NATO's own Trident Juncture 2018 will be held in Norway.

Putin met members of the All-Russia Popular Front in Moscow. British troops have been in Tapa, east of Tallinn, since March.
"""

EXPECTED = {
    "titles.txt": {
        "person": {"Mike Pence", "Lisa Franchetti", "Janet Yellen"},
        "country": {"USA"},
        "org": {"Federal Reserve", "Vice"},
        "location": {"Warsaw", "Black Sea"},
    },
    "courts.txt": {
        "person": {"Amy Berman Jackson"},
        "country": {"USA"},
        "org": {"US Justice Department"},
        "location": {"Washington"},
    },
    "acronyms.txt": {
        "person": {"Lindsey Graham"},
        "country": set(),
        "org": {
            "US National Security Council",
            "Senate Judiciary Committee",
            "Republican National Committee",
            "US Senate",
        },
        "location": set(),
    },
    "staff.txt": {
        "person": {"Donald Trump", "Lester Holt", "James Comey", "Jake Tapper", "Susan Collins"},
        "country": {"RUS"},
        "org": {"NBC News", "CNN"},
        "location": set(),
    },
    "hill.txt": {
        "person": set(),
        "country": {"USA"},
        "org": {"US Congress", "The Hill"},
        "location": set(),
    },
    "credits.txt": {
        "person": {"Jens Stoltenberg", "Dalia Grybauskaite", "Vladimir Putin", "Andrzej Duda"},
        "country": {"LTU", "RUS", "DEU", "POL", "LVA", "EST"},
        "org": {"NATO"},
        "location": {"Brussels", "Vilnius", "Sochi", "Warsaw", "Baltic Sea"},
    },
    "alliance.txt": {
        "person": set(),
        "country": {"RUS", "LTU", "USA", "GBR"},
        "org": {"NATO", "NATO-Russia Council"},
        "location": {"Baltic states", "Baltic Sea", "Omsk", "Tapa"},
    },
    "desk.txt": {
        "person": {"Recep Tayyip Erdogan", "Steve Warren"},
        "country": {"TUR", "RUS"},
        "org": set(),
        "location": {"Ankara", "Brussels"},
    },
    "drills.txt": {
        "person": {"Urmas Reinsalu", "Vladimir Putin"},
        "country": {"RUS", "EST", "NOR", "GBR"},
        "org": {"NATO", "All-Russia People's Front"},
        "location": {"Moscow", "Tapa", "Tallinn"},
    },
    "words.txt": {
        "person": {"Barack Obama", "Clint Watts"},
        "country": {"RUS"},
        "org": {"Foreign Policy Research Institute", "Foreign Policy", "NATO"},
        "location": set(),
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "titles.txt": TITLES,
            "courts.txt": COURTS,
            "acronyms.txt": ACRONYMS,
            "staff.txt": STAFF,
            "hill.txt": HILL,
            "words.txt": WORDS,
            "credits.txt": CREDITS,
            "alliance.txt": ALLIANCE,
            "desk.txt": DESK,
            "drills.txt": DRILLS,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]


def test_linked_short_forms_keep_their_surface(kinds):
    rows = kinds[kinds["file"].isin(["acronyms.txt", "hill.txt"])]
    by_surface = rows.groupby("surface")["name"].agg(set)
    assert by_surface["NSC"] == {"US National Security Council"}
    assert by_surface["Hill"] == {"US Congress", "The Hill"}
    assert set(rows.loc[rows["surface"] == "NSC", "link"]) == {"article"}


def test_initials_of_a_body():
    assert initials("US National Security Council") == "NSC"
    assert initials("Department of Homeland Security") == "DHS"


def test_a_one_word_name_the_corpus_mostly_types_as_a_place_is_a_place():
    rows = [("a", "location:benghazi", "location", "Benghazi")] * 5 + [
        ("b", "org:benghazi", "org", "Benghazi"),
        ("c", "person:hill", "person", "Hill"),
        ("d", "org:hill", "org", "Hill"),
        ("d", "org:hill", "org", "Hill"),
    ]
    m = pd.DataFrame(rows, columns=["article_id", "entity_id", "type", "name"]).assign(
        surface=lambda d: d["name"], code=None, link="text", linked_from=None
    )
    out = majority_type(m, gaz=load_gazetteer())
    assert set(out["entity_id"]) == {"location:benghazi", "person:hill", "org:hill"}
    assert out.loc[5, ["link", "linked_from"]].tolist() == ["corpus", "org:benghazi"]
