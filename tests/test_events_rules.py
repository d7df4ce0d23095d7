"""Event linking and date rules on short news texts written for the purpose."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

TEXTS = {
    "su24_2016.txt": (
        "ANKARA (Reuters) - Turkey shot down a Russian bomber near the Syrian border last year, "
        "Turkish President Recep Tayyip Erdogan recalled on Tuesday.",
        "2016-05-10",
    ),
    "su24_2019.txt": (
        "ANKARA (Reuters) - Turkey shot down a Russian bomber near the Syrian border last year, "
        "a Turkish official said.",
        "2019-05-10",
    ),
    "brussels_2018.txt": (
        "BRUSSELS (Reuters) - NATO leaders will gather at the summit in Brussels next week to "
        "discuss defence spending.",
        "2018-07-04",
    ),
    "brussels_undated.txt": "Diplomats said the NATO summit in Brussels showed deep divisions among allies.",
    "generic.txt": (
        "The summit ended without agreement, officials said. Leaders held talks with "
        "the Russian delegation in Geneva."
    ),
    "crimea.txt": (
        "MOSCOW (Sputnik) - Crimea's annexation was condemned by the West, but Moscow calls it the "
        "reunification of Crimea with Russia.\n\nRussian troops remain in Crimea, the ministry said."
    ),
    "skripal.txt": (
        "LONDON (Reuters) - Britain blamed Moscow for the Skripal poisoning in Salisbury, which "
        "Russia denies.",
        "2018-03-20",
    ),
    "warsaw_this_year.txt": "Stoltenberg said the NATO summit in Warsaw in July this year would strengthen deterrence.",
    "ahead_of_london.txt": (
        "Allies are divided ahead of the NATO summit in London, diplomats said, and Macron "
        "will press for a review of relations with Russia."
    ),
}


@pytest.fixture(scope="module")
def dataset(process_texts):
    return process_texts(TEXTS)


def events(dataset, file):
    return dataset.events[dataset.events["file"] == file]


def linked_ids(dataset, file):
    return set(events(dataset, file)["entity_id"].dropna())


def article(dataset, file):
    return dataset.articles.set_index("file").loc[file]


def test_last_year_in_2016_is_the_su24_downing(dataset):
    assert linked_ids(dataset, "su24_2016.txt") == {"event:su24-downing-2015"}


def test_last_year_in_2019_is_not_the_su24_downing(dataset):
    assert linked_ids(dataset, "su24_2019.txt") == set()
    row = events(dataset, "su24_2019.txt").iloc[0]
    assert "dates do not fit su24-downing-2015" in row["evidence"]
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        date(2018, 1, 1),
        date(2018, 12, 31),
        "year",
    )


def test_a_summit_in_brussels_next_week_of_july_2018_is_the_2018_summit(dataset):
    assert linked_ids(dataset, "brussels_2018.txt") == {"event:nato-summit-brussels-2018"}


def test_undated_brussels_summit_is_ambiguous_and_not_linked(dataset):
    assert linked_ids(dataset, "brussels_undated.txt") == set()
    summit = events(dataset, "brussels_undated.txt").iloc[0]
    assert (
        "could be" in summit["evidence"]
        and "2017" in summit["evidence"]
        and "2018" in summit["evidence"]
    )


def test_bare_summit_and_talks_are_events_without_a_kb_link(dataset):
    rows = events(dataset, "generic.txt")
    assert rows["entity_id"].isna().all()
    assert list(zip(rows["trigger"], rows["type"], strict=True)) == [
        ("summit", "summit"),
        ("talks", "meeting"),
    ]
    talks = rows[rows["trigger"] == "talks"].iloc[0]
    assert talks["place"] == "location:geneva"
    assert "country:RUS" in list(talks["participants"])


def test_annexation_and_reunification_are_one_event_and_troops_in_crimea_are_not(dataset):
    rows = events(dataset, "crimea.txt")
    kb = rows.dropna(subset=["entity_id"])
    assert list(kb["entity_id"]) == ["event:crimea-annexation-2014", "event:crimea-annexation-2014"]
    assert list(kb["trigger"]) == ["Crimea's annexation", "reunification of Crimea with Russia"]


def test_skripal_poisoning(dataset):
    assert linked_ids(dataset, "skripal.txt") == {"event:skripal-poisoning-2018"}


def test_this_year_fixes_the_publication_year(dataset):
    row = article(dataset, "warsaw_this_year.txt")
    assert row["published_basis"] == "inferred"
    assert (row["published_min"], row["published_max"]) == (date(2016, 1, 1), date(2016, 12, 31))


def test_an_event_still_to_come_is_an_upper_bound(dataset):
    row = article(dataset, "ahead_of_london.txt")
    assert row["published_basis"] == "inferred"
    assert pd.isna(row["published_min"]) and row["published_max"] == date(2019, 12, 3)
    assert linked_ids(dataset, "ahead_of_london.txt") == {"event:nato-leaders-meeting-london-2019"}


def test_stated_dates_are_never_overridden(dataset):
    row = article(dataset, "su24_2016.txt")
    assert (row["published"], row["published_basis"]) == (date(2016, 5, 10), "sidecar")
    said = events(dataset, "su24_2016.txt").query("trigger == 'recalled'")
    assert said.empty  # "recalled" is no trigger; "on Tuesday" stays with nothing to date


@pytest.fixture(scope="module")
def back_references(process_texts):
    return process_texts(
        {
            "warsaw_then_summit.txt": (
                "WARSAW (Reuters) - NATO leaders opened the Warsaw summit on Friday.\n\n"
                "The summit agreed to deploy four battalions to the Baltic states and Poland."
            ),
            "two_summits.txt": (
                "Leaders compared the Warsaw summit with the NATO summit in London.\n\n"
                "The summit was shorter, diplomats said."
            ),
        }
    )


def test_the_summit_refers_back_to_the_one_named_before(back_references):
    rows = events(back_references, "warsaw_then_summit.txt")
    assert list(rows["entity_id"]) == [
        "event:nato-summit-warsaw-2016",
        "event:nato-summit-warsaw-2016",
    ]
    assert "refers back to NATO Warsaw summit" in rows.iloc[1]["evidence"]


def test_the_summit_after_two_summits_is_not_linked(back_references):
    rows = events(back_references, "two_summits.txt")
    assert rows.iloc[-1]["trigger"] == "summit" and pd.isna(rows.iloc[-1]["entity_id"])
