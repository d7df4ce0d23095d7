"""Knowledge-base events told in other words (issue 15, kind 8): an event verb or noun with
the entities it needs, in one sentence, with the date where the text gives one. One short
text per kind of paraphrase, written for the purpose in the style of wire copy, and the
exact events each links."""

from __future__ import annotations

import pandas as pd
import pytest

TEXTS = {
    # -- the Su-24 downing
    "su24_verb_undated.txt": (
        "Turkish F-16s shot down a Russian warplane near the Syrian border, officials said."
    ),
    "su24_downing_the_jet.txt": (
        "Erdogan said on Thursday that Ankara would not apologise for downing the jet, as "
        "Moscow prepared economic measures against Turkey.",
        "2015-11-26",
    ),
    "il20_other_downing.txt": (
        "Syrian air defences shot down a Russian reconnaissance plane over the sea, and "
        "Moscow blamed Israel.",
        "2018-09-18",
    ),
    # -- Crimea
    "crimea_annexed_undated.txt": "Russia annexed Crimea, and the West answered with sanctions.",
    "crimea_treaty.txt": (
        "Putin signed a treaty on Tuesday absorbing Crimea into Russia. Kiev said it would never "
        "accept the annexation.",
        "2014-03-18",
    ),
    # -- the Skripal poisoning
    "skripal_salisbury_undated.txt": (
        "The poisoning of a former spy in Salisbury chilled relations between London and Moscow."
    ),
    "skripal_told_on_monday.txt": (
        "Theresa May told MPs on Monday that Russia was highly likely to be behind the "
        "poisoning of Sergei Skripal.",
        "2018-03-12",
    ),
    "skripal_after_clause.txt": (
        "Britain will expel 23 Russian diplomats, May said, after Moscow ignored a deadline to "
        "explain how a nerve agent came to be used against a former double agent.",
        "2018-03-14",
    ),
    "litvinenko_other_poisoning.txt": (
        "Alexander Litvinenko, a former spy, was poisoned with polonium in London.",
        "2016-01-21",
    ),
    # -- the Kerch Strait incident
    "kerch_seized_undated.txt": (
        "Russian border guards seized three Ukrainian navy vessels near the Kerch Strait."
    ),
    "kerch_rammed.txt": (
        "Russian coastguard boats rammed a Ukrainian tugboat in the Black Sea and special "
        "forces boarded two gunboats.",
        "2018-11-26",
    ),
    "ships_captured_in_2014.txt": (
        "When Russia seized Crimea in 2014, its forces also captured most of the Ukrainian "
        "navy's ships in the Black Sea.",
        "2018-12-02",
    ),
    # -- summits
    "london_gathered.txt": (
        "Leaders of NATO's 29 members gathered in London on Tuesday for a meeting marking the "
        "alliance's 70th anniversary.",
        "2019-12-03",
    ),
    "nato_meeting_during.txt": (
        "Erdogan dropped his objection on the eve of the NATO meeting.",
        "2019-12-04",
    ),
    "nato_meeting_other_month.txt": (
        "Erdogan raised a new objection on the eve of the NATO meeting.",
        "2019-06-04",
    ),
    "warsaw_allied_leaders.txt": (
        "Allied leaders meeting in Warsaw agreed on Friday to station four battalions in the east.",
        "2016-07-08",
    ),
    "warsaw_other_leaders.txt": (
        "Polish and Ukrainian leaders meeting in Warsaw signed a gas deal.",
        "2017-03-02",
    ),
    "helsinki_beside_putin.txt": (
        "Standing beside Putin in Helsinki on Monday, Trump declined to endorse his agencies' "
        "finding that Moscow interfered in the 2016 election.",
        "2018-07-16",
    ),
    "g20_other_summit.txt": (
        "Trump and Putin met at the G20 summit in Osaka on Friday.",
        "2019-06-28",
    ),
    # -- MH17
    "mh17_airliner_undated.txt": (
        "A Malaysian airliner was shot down over eastern Ukraine by a Buk missile."
    ),
    "ps752_other_airliner.txt": (
        "Iran admitted that its military had shot down a Ukrainian airliner near Tehran.",
        "2020-01-11",
    ),
    # -- told with a split verb, an unnamed group of expellers, a formal exit, the targets
    "su24_shot_one_down.txt": (
        "Turkish jets engaged two Russian Su-24 bombers near the border and shot one of them "
        "down, a spokesman said.",
        "2015-11-24",
    ),
    "skripal_representatives.txt": (
        "Two dozen countries are expelling Russian representatives over the Salisbury nerve "
        "agent attack, officials said on Tuesday.",
        "2018-03-27",
    ),
    "inf_officially_pulling_out.txt": (
        "Washington said on Friday that it was officially pulling out of the INF Treaty.",
        "2019-08-02",
    ),
    "sectoral_targets.txt": (
        "The EU on Thursday extended the sanctions it imposed in 2014 on Russia's financial, "
        "energy and defence industries.",
        "2017-12-14",
    ),
    "inf_treaty_year_undated.txt": (
        "Washington said it would suspend its obligations under the 1987 Intermediate-range "
        "Nuclear Forces (INF) Treaty, and Moscow followed suit."
    ),
    # -- Georgia, the US state
    "georgia_state.txt": (
        "Georgia lawmakers met in Atlanta on Tuesday to discuss election security.",
        "2019-02-12",
    ),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


def linked(dataset, file) -> set[str]:
    events = dataset.events
    return set(events.loc[events["file"] == file, "entity_id"].dropna())


def rows(dataset, file) -> pd.DataFrame:
    return dataset.events[dataset.events["file"] == file]


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("su24_verb_undated.txt", {"event:su24-downing-2015"}),
        (
            "su24_downing_the_jet.txt",
            {"event:su24-downing-2015", "event:russia-sanctions-turkey-2015"},
        ),
        ("crimea_annexed_undated.txt", {"event:crimea-annexation-2014"}),
        (
            "crimea_treaty.txt",
            {"event:crimea-accession-treaty-2014", "event:crimea-annexation-2014"},
        ),
        ("skripal_salisbury_undated.txt", {"event:skripal-poisoning-2018"}),
        ("skripal_told_on_monday.txt", {"event:skripal-poisoning-2018"}),
        (
            "skripal_after_clause.txt",
            {"event:skripal-poisoning-2018", "event:skripal-expulsions-2018"},
        ),
        ("kerch_seized_undated.txt", {"event:kerch-strait-incident-2018"}),
        ("kerch_rammed.txt", {"event:kerch-strait-incident-2018"}),
        ("london_gathered.txt", {"event:nato-leaders-meeting-london-2019"}),
        ("nato_meeting_during.txt", {"event:nato-leaders-meeting-london-2019"}),
        ("warsaw_allied_leaders.txt", {"event:nato-summit-warsaw-2016"}),
        (
            "helsinki_beside_putin.txt",
            {"event:trump-putin-helsinki-2018", "event:us-presidential-election-2016"},
        ),
        ("mh17_airliner_undated.txt", {"event:mh17-downing-2014"}),
        ("su24_shot_one_down.txt", {"event:su24-downing-2015"}),
        (
            "skripal_representatives.txt",
            {"event:skripal-expulsions-2018", "event:skripal-poisoning-2018"},
        ),
        ("inf_officially_pulling_out.txt", {"event:inf-treaty-end-2019"}),
        ("sectoral_targets.txt", {"event:sanctions-russia-sectoral-2014"}),
        ("inf_treaty_year_undated.txt", {"event:inf-suspension-2019"}),
    ],
)
def test_an_event_told_in_other_words_is_linked(dataset, file, expected):
    assert linked(dataset, file) == expected


@pytest.mark.parametrize(
    "file",
    [
        "il20_other_downing.txt",  # a Russian plane downed, but not by Turkey
        "litvinenko_other_poisoning.txt",  # a former spy poisoned, but not Skripal
        "nato_meeting_other_month.txt",  # "the NATO meeting" when no NATO summit was news
        "warsaw_other_leaders.txt",  # leaders meeting in Warsaw, but not NATO's
        "g20_other_summit.txt",  # Trump and Putin at a G20, not Hamburg's
        "ps752_other_airliner.txt",  # a Ukrainian airliner shot down, by Iran
        "georgia_state.txt",  # Georgia the US state
    ],
)
def test_the_same_words_about_another_event_link_nothing(dataset, file):
    assert linked(dataset, file) == set()


def test_ukrainian_ships_captured_in_2014_are_the_annexation_not_kerch(dataset):
    assert linked(dataset, "ships_captured_in_2014.txt") == {"event:crimea-annexation-2014"}


def test_the_pattern_names_the_words_and_entities_it_used(dataset):
    row = rows(dataset, "su24_downing_the_jet.txt").dropna(subset=["entity_id"]).iloc[0]
    assert row["evidence"] == "pattern 'Ankara + downing + jet + Moscow'"


def test_the_annexation_refers_back_to_crimea_named_before(dataset):
    annexation = rows(dataset, "crimea_treaty.txt").query(
        "entity_id == 'event:crimea-annexation-2014'"
    )
    assert list(annexation["trigger"]) == ["absorbing + Crimea", "annexation"]
    assert "refers back to Annexation of Crimea" in annexation.iloc[1]["evidence"]


def test_a_date_after_a_verb_of_saying_dates_the_saying(dataset):
    found = rows(dataset, "skripal_told_on_monday.txt").set_index("trigger")
    assert found.loc["told", "date_text"] == "Monday"
    poisoning = found[found["entity_id"] == "event:skripal-poisoning-2018"].iloc[0]
    assert pd.isna(poisoning["date_text"])


def test_a_during_pattern_outside_its_days_leaves_the_trigger_unlinked(dataset):
    found = rows(dataset, "nato_meeting_other_month.txt")
    assert list(zip(found["trigger"], found["entity_id"].isna(), strict=True)) == [
        ("meeting", True)
    ]
    during = rows(dataset, "nato_meeting_during.txt")
    assert list(during["trigger"]) == ["NATO + meeting"]
