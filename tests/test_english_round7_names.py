"""Kinds of mistake the seventh held-out round of real NATO–Russia pages showed in what spans
become which entities (issue 15, eval/excerpts/heldout7.jsonl; /work/en7-kinds.md W, T, P, L5): one
short article per kind, written for these tests in the style of news pages (not copied from any
page), with the exact entities a careful reader finds in it."""

from __future__ import annotations

import pytest

from tests.conftest import found

# A title-case headline's phrase that the rest of the article never writes, in any case, is
# words of the headline, not a name: a superlative, a verb or a preposition the model read into
# a name ("Largest Arms Fair", "Sanctions Row"; lib.engine.headline_names.told_below).
HEADLINES = """Kremlin Snubs Largest Arms Fair Over Sanctions Row

Russia will not send a delegation to the arms fair in Paris this year, the Kremlin said on Friday.
"""

# Names the gazetteer knows, written with words in lower case: a fleet named after its sea
# ("Russia's Black Sea fleet", no sea of the story), an agency as it writes itself ("the dpa"),
# a region by its compass word ("southern Europe"); "the Commons"; the ocean between "both
# sides of the Atlantic", no magazine.
LOWER_CASE = """Ships of Russia's Black Sea fleet, the navy said, sailed past Sevastopol on Monday. Defence minister Boris Pistorius told the dpa that the patrols were watched closely.

Fears are growing in southern Europe and in northern Europe, officials said. The foreign secretary set out the plan in the Commons, to applause on both sides of the Atlantic.
"""

# Ranks as British copy abbreviates them ("Det Insp", "Lt Col") are titles taken off the
# name; "MPs" is a class of people.
TITLES = """Det Insp Laura Finch said two men had been charged. Lt Col Piotr Zielinski said the base was safe. The home secretary told MPs on Monday that the threat was real.
"""

# A name after a lower-case noun of firms is a firm ("dredging contractor Boskalis", "the
# Italian firm Saipem", whatever the model made of it or if it made nothing); a demonym opening
# a firm's registered name is its country ("the Danish Maersk Group").
FIRMS = """Dutch dredging contractor Boskalis has stopped work in the Baltic, the Danish Maersk Group said on Friday. The sanctions also hit the German company Herrenknecht and the Italian firm Saipem.
"""

# A body's acronym before the head of a title ("MARCOM Commander") is the body; the title is
# no person; an acronym typed two ways in one article is of the type most of its mentions have.
UNITS = """Lt. Gen. Marco Rossi, MARCOM Commander, visited the troops on Monday, the alliance said. The visit will show how best MARCOM can help the ships in the coming months.
"""

# Ordinary words in capitals where no name stands: after "a" before the noun they qualify ("a
# Trojan horse"), after a modal verb ("will Remind"), a plural of a kind of state
# ("Republics"), a law's name ("Martial Law"); a royal's title is no place ("the Prince of
# Wales"); an address is a place ("10 Downing Street"); "the port of Kerch" is the town, not
# the strait named after it.
ORDINARY_WORDS = """Critics fear a Trojan horse in the talks, and we will Remind readers that the two former Soviet Republics signed the deal. Kyiv may impose Martial Law, officials warned.

The Prince of Wales met troops at 10 Downing Street. Ships left the port of Kerch on Monday.
"""

# A lone surname two letters from the surname of the one person named in full before it is
# that person, misspelt ("Vaiciulys" after "General Tomas Vaiciulis").
MISSPELT = """Lithuania's defence chief, General Tomas Vaiciulis, met Polish commanders on Monday. "The threat is real," Vaiciulys told reporters, adding that Russia had moved troops west.
"""

# "Balkan" before a noun is the region, as the gold rules of eval/excerpts read it
# (h5-35, h7-28, h7-48 count it; h3-13, h6-17, h6-18 hold it optional).
BALKAN = """The tiny Balkan country joined the alliance on Monday, its prime minister said in Brussels.
"""

# A given name, a particle and a surname are a person's name, where the model found none
# ("Herman Van Rompuy" after a body's name).
PARTICLE = """The head of the European Council Herman Van Rompuy present at the meeting said little. The talks were hosted by the European Commission president José Manuel Barroso.
"""

# Words inside a quoted title that opens with a law's head ("Act on …", "Law for …") are the
# title's, no body.
LAW_TITLE = """The new "Act on the Defence of Baltic Energy Security" was signed by the president on Friday.
"""

# A name after "the" before a noun of a firm's works is the firm ("the Sevmash shipyard"), not
# a person; a name before "training ground" is a place, all of its capitalised words.
WORKS = """Putin met workers during a visit to the Kurganmashzavod factory in the Urals on Friday. Polish tanks trained at the Nowa Deba training ground in southern Poland, and the Sevmash shipyard launched a submarine. The Kremlin company said nothing.
"""

EXPECTED = {
    "works.txt": {
        "person": {"Vladimir Putin"},
        "country": {"POL", "RUS"},
        "org": {"Kurganmashzavod", "Sevmash"},
        "location": {"Nowa Deba", "Urals"},
    },
    "law_title.txt": {"person": set(), "country": set(), "org": set(), "location": set()},
    "particle.txt": {
        "person": {"Herman Van Rompuy", "José Manuel Barroso"},
        "country": set(),
        "org": {"European Commission", "European Council"},
        "location": set(),
    },
    "headlines.txt": {
        "person": set(),
        "country": {"RUS"},
        "org": set(),
        "location": {"Paris"},
    },
    "lower_case.txt": {
        "person": {"Boris Pistorius"},
        "country": {"RUS"},
        "org": {"Black Sea Fleet", "Deutsche Presse-Agentur", "House of Commons"},
        "location": {"Atlantic Ocean", "Northern Europe", "Sevastopol", "Southern Europe"},
    },
    "titles.txt": {
        "person": {"Laura Finch", "Piotr Zielinski"},
        "country": set(),
        "org": set(),
        "location": set(),
    },
    "firms.txt": {
        "person": set(),
        "country": {"DEU", "DNK", "ITA", "NLD"},
        "org": {"Boskalis", "Herrenknecht", "Maersk Group", "Saipem"},
        "location": {"Baltic Sea"},
    },
    "units.txt": {
        "person": {"Marco Rossi"},
        "country": set(),
        # the gazetteer's Allied Maritime Command since the pooled Russian round added it
        "org": {"Allied Maritime Command"},
        "location": set(),
    },
    "ordinary_words.txt": {
        "person": set(),
        "country": {"UKR"},
        "org": set(),
        "location": {"10 Downing Street", "Kerch"},
    },
    "misspelt.txt": {
        "person": {"Tomas Vaiciulis"},
        "country": {"LTU", "POL", "RUS"},
        "org": set(),
        "location": set(),
    },
    "balkan.txt": {
        "person": set(),
        "country": set(),
        "org": set(),
        "location": {"Balkans", "Brussels"},
    },
}


@pytest.fixture(scope="module")
def kinds(extract):
    return extract(
        {
            "headlines.txt": HEADLINES,
            "lower_case.txt": LOWER_CASE,
            "titles.txt": TITLES,
            "firms.txt": FIRMS,
            "units.txt": UNITS,
            "ordinary_words.txt": ORDINARY_WORDS,
            "misspelt.txt": MISSPELT,
            "balkan.txt": BALKAN,
            "particle.txt": PARTICLE,
            "law_title.txt": LAW_TITLE,
            "works.txt": WORKS,
        }
    )


@pytest.mark.parametrize("file", list(EXPECTED))
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entities_of_each_kind(kinds, file, entity_type):
    assert found(kinds, file, entity_type) == EXPECTED[file][entity_type]
