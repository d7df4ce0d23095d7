"""Kinds of mistake the fourth held-out round of real NATO–Russia pages showed (issue 15,
eval/excerpts/heldout4.jsonl): one short article per kind, written for these tests in the
style of wire copy (not copied from any page), with the exact entities a careful reader
finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# A name in apposition to a vessel noun is the vessel's, whatever else it names (a city, a
# person), and so are its short forms later; the subject of a relative clause on the noun is
# not ("the warships Turkey sent").
VESSELS = """Coast guard seizes three boats

Russian coast guard ships fired on the patrol boats Izmail and Kherson and the tugboat Oleg Petrenko near the strait, Ukraine said.

The Kherson was towed to the port, and the Izmail was damaged. The warships Turkey sent to the region stayed in port.
"""

# A paywall's notice and the rules of a comment box are the site's, not the story's.
CHROME = """Baltic allies ask for more air defence

Lithuania and Latvia asked NATO for more air defence batteries on Tuesday, officials in Vilnius said.

The rest of this article is for subscribers only - from €2 a month

Subscribers have access to the full Briefings, Reports and Interviews sections. Articles older than a year are reserved for Gold subscribers.

Dear readers, you may post your comment on the article using your Twitter account. Please be polite: the editors moderate and delete comments in case of breach of these rules.
"""

# A law's name goes on past a possessive to its head ("Countering Russia's Influence in
# Europe Act"): no slice of it is a body, and the state in it is no mention (as the Vienna
# Document's capital). An adjective of a nation or a region before a field
# of policy in capitals is no body's name either.
LAWS = """Washington imposed the measures under the Countering Russia's Influence in Europe Act, the Treasury said.

The minister called it the gravest threat to European Security in decades. Ankara buys no American Defense equipment now.
"""

# An exercise named by its code name ("Vostok-2018", "Operation Vostok", "the Vostok
# exercise") is the linked event, never also a body or a place.
EXERCISE = """Russia and China start war games

About 300,000 troops are taking part in the drills, codenamed Vostok-2018, Russia said. Vostok-2018 follows a NATO meeting in Brussels.

"The Vostok military exercise tests our readiness," a Chinese general said. The troops have a single goal in Operation Vostok, he added.
"""

# An acronym the article defines beside a name ("Name (ACR)", "Name (its own language's
# name, ACR)", "ACR, or the Name") is the same body, and "the Directorate of X" is read
# whole; an acronym the gazetteer knows stays its own body ("… Northern Fleet (EU)": who
# sanctions it). "According to the … Center" is a source, not a building.
ACRONYMS = """Sanctions hit Belarusian arms exporter

The European Union imposed sanctions on the Belarusian Arms Export Company (BAEC) on Monday. BAEC, or the Directorate of Military Exports, sells tanks abroad, officials said. The BAEC director declined to comment.

Two jets were scrambled, according to the Combined Air Operations Center in Uedem.

The lists name the Northern Fleet (EU) and the Baltic Fleet (US).
"""

# An agency's name joined by a hyphen to a country's is a sister agency of its own, neither
# the agency nor the country.
AGENCIES = """Kazakhstan joins the drills

Kazakhstan will send troops to the exercise, Interfax-Kazakhstan reported on Friday, citing the defence ministry in Astana. Interfax said earlier that Belarus would take part.
"""

# A known pipeline is a thing, neither a place nor a body; an outlet named again without the
# word of its medium ("Ekho" after "Ekho TV") is the same outlet.
PIPELINES = """New sanctions on gas projects

The bill adds sanctions on firms laying the Nord Stream 2 and Turkish Stream gas pipelines, Germany said. Work on Nord Stream 2 stopped in the Baltic Sea.

Footage aired by Ekho TV showed the pipe-laying ship, Ekho said.
"""

# Two names run together where a line break was lost: split before a known place or body,
# each name its own; a capital inside a name ("McDonald") is no break.
GLUED = """Allies ask for more troops

"We stand together," said NATO chief Jens StoltenbergPoland asked for more troops on Friday. Officials met at a McDonald restaurant.
"""

# Datelines of other forms name where the story was filed, a place, not the state: "CITY,
# (Agency) –", "City /Outlet/.", "The City: " before a paragraph of prose; and a reporter
# "reports from" a place. A short headline "Moscow: …" is the government speaking.
DATELINES = """Moscow: expansion a threat

WARSAW, (Reuters) – Poland asked the alliance for more troops on its eastern flank on Tuesday.

Tbilisi /Interpressnews/. Georgia will host NATO drills, its defence minister said on Wednesday.

The Hague: Foreign ministers of the European Union met on Thursday to agree on new measures against Russia.

Our correspondent Anna Berg reports from Oslo.
"""

# Two surnames of two known people side by side (a headline's "Erdogan Putin meeting") are
# the two people, not one person of that name.
TWO_PEOPLE = """Live updates: Erdogan Putin meeting in Sochi

Erdogan said he and Putin would discuss the grain deal.
"""

EXPECTED = {
    "vessels.txt": {
        "person": set(),
        "country": {"RUS", "UKR", "TUR"},
        "org": set(),
        "location": set(),
    },
    "chrome.txt": {
        "person": set(),
        "country": {"LTU", "LVA"},
        "org": {"NATO"},
        "location": {"Vilnius"},
    },
    "exercise.txt": {
        "person": set(),
        "country": {"RUS", "CHN"},
        "org": {"NATO"},
        "location": {"Brussels"},
    },
    "acronyms.txt": {
        "person": set(),
        # a demonym in a company's name is not the state; the headline's "Belarusian arms
        # exporter" is (a headline in sentence case is read since round seven)
        "country": {"USA", "BLR"},
        "org": {
            "European Union",
            "Belarusian Arms Export Company",
            "Combined Air Operations Center",
            "Northern Fleet",
            "Baltic Fleet",
        },
        "location": {"Uedem"},
    },
    "agencies.txt": {
        "person": set(),
        "country": {"KAZ", "BLR"},
        "org": {"Interfax-Kazakhstan", "Interfax"},
        "location": {"Astana"},
    },
    "pipelines.txt": {
        "person": set(),
        "country": {"DEU"},
        "org": {"Ekho TV"},
        "location": {"Baltic Sea"},
    },
    "glued.txt": {
        "person": {"Jens Stoltenberg"},
        "country": {"POL"},
        "org": {"NATO", "McDonald"},
        "location": set(),
    },
    "datelines.txt": {
        "person": {"Anna Berg"},
        "country": {"RUS", "POL", "GEO"},
        "org": {"European Union", "NATO"},
        "location": {"Warsaw", "Tbilisi", "Hague", "Oslo"},
    },
    "two_people.txt": {
        "person": {"Recep Tayyip Erdogan", "Vladimir Putin"},
        "country": set(),
        "org": set(),
        "location": {"Sochi"},
    },
    "laws.txt": {
        "person": set(),
        "country": {"USA", "TUR"},
        "org": {"Treasury"},
        "location": set(),
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "vessels.txt": VESSELS,
            "chrome.txt": CHROME,
            "laws.txt": LAWS,
            "exercise.txt": EXERCISE,
            "acronyms.txt": ACRONYMS,
            "agencies.txt": AGENCIES,
            "pipelines.txt": PIPELINES,
            "glued.txt": GLUED,
            "datelines.txt": DATELINES,
            "two_people.txt": TWO_PEOPLE,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]


# Events. A deadline ("by March 2020") does not date the event told; a phrase of cause ("in
# retaliation for", "in protest at") joins two events, each with its own day; a frame of
# threat or readiness tells an event not (yet) done; after a headline's colon, a speaker is
# not the event's actor.
EVENT_TEXTS = {
    "deadline.txt": (
        "Washington said on July 17 that Turkey would be cut off from the F-35 programme by"
        " the end of March 2020.\n",
        "2019-07-18",
    ),
    "retaliation.txt": (
        "The United States, Britain and France fired missiles at three sites in Syria in"
        " retaliation for the poison gas attack on Douma on April 7.\n",
        "2018-04-16",
    ),
    "protest.txt": (
        "The alliance froze all practical cooperation with Russia yesterday in protest at its"
        " annexation of Crimea.\n",
        "2014-04-02",
    ),
    "threat.txt": (
        "The allies stand ready to impose tough sectoral sanctions that would hurt Russia's"
        " economy, the ministers said.\n",
        "2014-07-30",
    ),
    "speaker.txt": (
        "Officials met on Friday.\n\nIsraeli air strikes in Syria: Russia warns of consequences.\n",
        "2019-10-10",
    ),
}


@pytest.fixture(scope="module")
def events_dataset(process_texts):
    return process_texts(EVENT_TEXTS)


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("deadline.txt", {"event:turkey-f35-removal-2019"}),
        ("retaliation.txt", {"event:syria-strikes-2018"}),
        ("protest.txt", {"event:nato-suspends-cooperation-2014", "event:crimea-annexation-2014"}),
        ("threat.txt", set()),
        ("speaker.txt", set()),
    ],
)
def test_events_linked(events_dataset, file, expected):
    events = events_dataset.events
    assert set(events.loc[events["file"] == file, "entity_id"].dropna()) == expected
