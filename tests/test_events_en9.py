"""Knowledge-base events told in words the rules did not know (round events-en9): an order to
leave that names who must go between its words ("ordered 23 Russian diplomats to leave"), a
withdrawal with its object between verb and particle ("pull the U.S. out of"), a weapon referred
back to as "the system", a list of sanctions drawn up, an exercise told by its host in its days;
and what is not the event: a referendum's option, an exercise of another year, a month slipped
beside the page's date, an undated page dated by its title's year. Texts written for these tests
in the style of agency copy, not copied from any page."""

from __future__ import annotations

import pytest

from lib.engine import eventkb
from lib.engine.event_frames import subject_of_future
from lib.engine.event_terms import words_regex
from lib.engine.exercise_years import code_names
from lib.engine.title_years import title_year
from lib.engine.vote_options import vote_option
from tests.event_checks import linked_event_ids

EXPULSIONS = "event:skripal-expulsions-2018"
POISONING = "event:skripal-poisoning-2018"
INF_ANNOUNCED = "event:trump-inf-withdrawal-announcement-2018"
S400_DELIVERY = "event:s400-delivery-turkey-2019"
FIRST_SANCTIONS = "event:sanctions-russia-first-wave-2014"
ZAPAD = "event:zapad-2017"
ANAKONDA = "event:anakonda-2016"
TRIDENT = "event:trident-juncture-2018"
REFERENDUM = "event:crimea-referendum-2014"
ANNEXATION = "event:crimea-annexation-2014"
HAMBURG = "event:trump-putin-hamburg-2017"
BRUSSELS_2018 = "event:nato-summit-brussels-2018"


def test_a_gap_stands_for_the_object_between_a_verb_and_its_particle():
    regex = words_regex(("ordered … to leave",))
    assert regex.search("may ordered 23 russian diplomats to leave the country")
    assert regex.search("ordered the undeclared intelligence officers to leave")
    assert not regex.search("ordered to leave")  # one word at least between
    assert not regex.search("ordered a review. officials were told to leave")  # no sentence break
    with pytest.raises(ValueError, match="needs words on both sides"):
        eventkb.split_pattern("… to leave + diplomats", {})


def test_a_weapon_named_by_its_code_is_referred_back_to_as_the_system():
    assert "the system" in eventkb.paper_references(("s-400", "s400", "s-400 triumf"))
    # a term that is not the weapon alone takes no reference
    assert eventkb.paper_references(("s-400", "caatsa")) == ()
    assert eventkb.paper_references(("f-35", "joint strike fighter")) == ()


def test_a_vote_option_is_not_the_act():
    text = "The referendum in Crimea supporting the region's accession to Russia divided Europe."
    assert vote_option("conflict", text, 0, text.index("Russia") + len("Russia"))
    text = "Crimea's parliament voted for the accession of the region to Russia."
    assert not vote_option("conflict", text, 0, len(text) - 1)
    text = "Russia annexed Crimea after a referendum that the West rejected."
    assert not vote_option("conflict", text, 0, text.index("Crimea") + len("Crimea"))
    # an election is the vote itself
    text = "Americans voted for Trump in the 2016 presidential election."
    assert not vote_option("election", text, 0, len(text) - 1)


def test_an_event_opening_its_clause_before_will_may_be_held_or_to_come():
    text = "The referendum in Crimea will sharpen old conflicts."
    assert subject_of_future(text, 4, 24)
    text = "Leaders will meet at the NATO summit in Warsaw."
    assert not subject_of_future(text, 21, 46)


def test_the_years_of_an_exercise_and_of_a_title():
    assert code_names(("anakonda 2016", "exercise anakonda", "trje18")) == {"anakonda"}
    (bound,) = title_year("FAQ: What the 2018 meeting decided", 2020)
    assert bound.earliest.isoformat() == "2018-01-01" and bound.latest is None
    assert title_year("NATO 2030: a plan for the alliance", 2020) == []


TEXTS = {
    # an order to leave, the cause in the same sentence, on an undated page
    "ordered_to_leave.txt": (
        "Britain expels Russian envoys\n\nPrime Minister Theresa May on Wednesday ordered 23 "
        "Russian diplomats to leave Britain over the nerve agent attack on a former spy in "
        "Salisbury.\n"
    ),
    # an order to leave of another kind: no diplomats, no event
    "crowd_to_leave.txt": (
        "Police clear square\n\nPolice in Salisbury ordered hundreds of people to leave the city "
        "centre on Wednesday after a suspicious package was found.\n",
        "2018-03-14",
    ),
    # the announcement in its own future words, and the pullout a sentence on
    "inf_pull_out.txt": (
        "Trump: US to quit arms pact\n\nPresident Trump says he'll pull the United States out "
        "of the Intermediate-Range Nuclear Forces Treaty with Russia. Bolton will inform Moscow "
        "of the INF pullout in talks next week.\n",
        "2018-10-21",
    ),
    # the same words months on: neither the announcement nor the treaty's end
    "inf_pullout_later.txt": (
        "Arms control\n\nEuropean diplomats still debate the INF pullout and its consequences "
        "for the continent.\n",
        "2019-03-12",
    ),
    # the weapon named, then referred back to as "the system"
    "s400_system.txt": (
        "Turkey completes second battery\n\nThe delivery of the second battery of Russian S-400 "
        "missile systems was completed on Sunday, Turkey's defence ministry said. The first "
        "parts of the system were delivered to Ankara in July despite US warnings.\n",
        "2019-09-15",
    ),
    "s400_first_batch.txt": (
        "Missiles land in Turkey\n\nTurkey bought Russia's S-400 air defence system despite "
        "US objections. The first batch arrived at the Murted air base near Ankara on "
        "Friday, the defence ministry said.\n",
        "2019-07-13",
    ),
    # another buyer's system: no Turkish delivery
    "s400_india.txt": (
        "India receives missiles\n\nRussia has begun delivering the S-400 missile system to "
        "India. The first parts of the system were delivered to New Delhi this month.\n",
        "2021-12-14",
    ),
    "sanctions_list.txt": (
        "West answers Moscow\n\nThe US and the EU denounced the Russian move and came up with "
        "their lists of sanctions on Putin's close aides.\n",
        "2014-03-19",
    ),
    "sanctions_list_later.txt": (
        "West answers Moscow\n\nThe US and the EU denounced the Russian move and came up with "
        "their lists of sanctions on Putin's close aides.\n",
        "2015-06-19",
    ),
    "war_games_belarus.txt": (
        "Russian war games in Belarus\n\nMoscow is holding military exercises on Belarus' western "
        "border, and neighbouring Poland is concerned.\n",
        "2017-09-18",
    ),
    "war_games_belarus_2019.txt": (
        "Russian war games in Belarus\n\nMoscow is holding military exercises on Belarus' western "
        "border, and neighbouring Poland is concerned.\n",
        "2019-09-18",
    ),
    "drills_norway.txt": (
        "Allied drills\n\nTens of thousands of NATO troops are taking part in war games in "
        "Norway this week.\n",
        "2018-10-30",
    ),
    "drills_poland.txt": (
        "Allied drills\n\nNATO allies began a military exercise in Poland on Tuesday with "
        "thousands of troops.\n",
        "2016-06-08",
    ),
    # another exercise named in Poland's waters: not Anakonda
    "baltops_poland.txt": (
        "Allied drills\n\nNATO allies began the BALTOPS naval exercise off the coast of Poland "
        "on Wednesday.\n",
        "2016-06-09",
    ),
    # the referendum's option is not the annexation; told as the subject of "will", it is held
    "referendum_option.txt": (
        "Crimea vote\n\nThe referendum in Crimea supporting the region's accession to Russia "
        "will sharpen old conflicts in Europe.\n",
        "2014-03-19",
    ),
    "referendum_option_past.txt": (
        "Crimea vote\n\nOfficials counted the ballots of the referendum in Crimea on the "
        "region's accession to Russia.\n",
        "2014-03-17",
    ),
    "referendum_will.txt": (
        "Crimea vote\n\nThe Crimean referendum will haunt relations between Moscow and the "
        "West for years.\n",
        "2014-03-20",
    ),
    "voted_in_election.txt": (
        "Vote count\n\nMillions of Americans voted for Trump in the 2016 presidential "
        "election, officials said.\n",
        "2016-11-10",
    ),
    "annexed_after_referendum.txt": (
        "Crimea vote\n\nRussia annexed Crimea after a referendum that Kiev and the West called "
        "illegal.\n",
        "2014-03-25",
    ),
    # another year's exercise, named with its year in the headline only
    "anakonda_2018.txt": (
        "Anakonda-2018 alarms Moscow\n\nAfter the Anakonda exercise in Poland, thousands of "
        "NATO troops moved on to Norway.\n"
    ),
    "anakonda_16.txt": (
        "Anakonda-16 ends\n\nAfter the Anakonda exercise in Poland, thousands of NATO troops "
        "moved on to the Baltic states.\n"
    ),
    # a month slipped in the text beside the page's date
    "hamburg_june.txt": (
        "Putin on Trump\n\nPutin and Trump met for the first time at the G20 summit in Hamburg "
        "on June 7, the Kremlin said.\n",
        "2017-07-10",
    ),
    "hamburg_june_late.txt": (
        "Putin on Trump\n\nPutin and Trump met for the first time at the G20 summit in Hamburg "
        "on June 7, the Kremlin said.\n",
        "2017-09-20",
    ),
    # an undated page whose year is only in its title line, shown twice under a breadcrumb
    "title_year.txt": (
        "Home\n/\nWorld\n/\nWhat Trump told NATO allies in 2018\n"
        "What Trump told NATO allies in 2018\n\n"
        "Donald Trump has just left Brussels after a two-day NATO summit where he told allies to "
        "spend more.\n"
    ),
    "no_title_year.txt": (
        "Donald Trump has just left Brussels after a two-day NATO summit where he told allies to "
        "spend more.\n"
    ),
}

EXPECTED = {
    "ordered_to_leave.txt": {EXPULSIONS, POISONING},
    "crowd_to_leave.txt": set(),
    "inf_pull_out.txt": {INF_ANNOUNCED},
    "inf_pullout_later.txt": set(),
    "s400_system.txt": {S400_DELIVERY},
    "s400_first_batch.txt": {S400_DELIVERY},
    "s400_india.txt": set(),
    "sanctions_list.txt": {FIRST_SANCTIONS},
    "sanctions_list_later.txt": set(),
    "war_games_belarus.txt": {ZAPAD},
    "war_games_belarus_2019.txt": set(),
    "drills_norway.txt": {TRIDENT},
    "drills_poland.txt": {ANAKONDA},
    "baltops_poland.txt": {"event:baltops-2016"},
    "referendum_option.txt": {REFERENDUM},
    "referendum_option_past.txt": {REFERENDUM},
    "referendum_will.txt": {REFERENDUM},
    "voted_in_election.txt": {"event:us-presidential-election-2016"},
    "annexed_after_referendum.txt": {ANNEXATION, REFERENDUM},
    "anakonda_2018.txt": set(),
    "anakonda_16.txt": {ANAKONDA},
    "hamburg_june.txt": {HAMBURG},
    "hamburg_june_late.txt": set(),
    "title_year.txt": {BRUSSELS_2018},
    "no_title_year.txt": set(),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_events_told_in_other_words(dataset, file):
    assert linked_event_ids(dataset, file) == EXPECTED[file]
