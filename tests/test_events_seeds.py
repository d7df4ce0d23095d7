"""Golden tests for events, dates and quotes on the two seed articles."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.conftest import seed_id


def events_of(dataset, prefix):
    events = dataset.events
    return events[events["article_id"] == seed_id(dataset, prefix)]


def linked(dataset, prefix):
    rows = events_of(dataset, prefix).dropna(subset=["entity_id"])
    return {r.entity_id: (r.date_start, r.date_end) for r in rows.itertuples()}


def test_000_links_the_su24_downing(sample_dataset):
    assert linked(sample_dataset, "000") == {
        "event:su24-downing-2015": (date(2015, 11, 24), date(2015, 11, 24)),
        # "the Ukrainian conflict" that NATO uses "as a pretext" is the war in Donbass
        "event:donbass-war-2014": (date(2014, 4, 6), date(2020, 12, 31)),
    }
    su24 = events_of(sample_dataset, "000").query("entity_id == 'event:su24-downing-2015'").iloc[0]
    assert su24["trigger"] == "downing of the Russian plane" and su24["date_text"] == "last year"


def test_001_links_london_warsaw_and_crimea(sample_dataset):
    found = linked(sample_dataset, "001")
    assert found["event:nato-leaders-meeting-london-2019"] == (date(2019, 12, 3), date(2019, 12, 4))
    assert found["event:nato-summit-warsaw-2016"] == (date(2016, 7, 8), date(2016, 7, 9))
    start, end = found["event:crimea-annexation-2014"]
    assert (start.year, start.month, end.month) == (2014, 3, 3)
    assert set(found) == {
        "event:nato-leaders-meeting-london-2019",
        "event:nato-summit-warsaw-2016",
        "event:crimea-annexation-2014",
        "event:ukraine-revolution-2014",
        "event:donbass-war-2014",
    }
    places = events_of(sample_dataset, "001").set_index("entity_id")["place"]
    assert places["event:nato-leaders-meeting-london-2019"] == "location:london"
    assert places["event:nato-summit-warsaw-2016"] == "location:warsaw"


def test_publication_dates_are_inferred_with_evidence(sample_dataset):
    articles = sample_dataset.articles.set_index("article_id")
    a000 = articles.loc[seed_id(sample_dataset, "000")]
    assert a000["published_basis"] == "inferred"
    assert (a000["published_min"], a000["published_max"]) == (date(2016, 1, 1), date(2016, 12, 31))
    assert "last year" in a000["published_evidence"] and "2016" in a000["published_evidence"]
    a001 = articles.loc[seed_id(sample_dataset, "001")]
    assert a001["published_basis"] == "inferred"
    assert a001["published_min"] == date(2019, 12, 3) and pd.isna(a001["published_max"])
    assert "London" in a001["published_evidence"]


def dates_by_text(dataset, prefix):
    rows = events_of(dataset, prefix).dropna(subset=["date_text"])
    return {
        (r.trigger, r.date_text): tuple(
            None if pd.isna(v) else v for v in (r.date_start, r.date_end, r.date_precision)
        )
        for r in rows.itertuples()
    }


def test_relative_dates_of_000_resolve_as_a_reader_would(sample_dataset):
    dates = dates_by_text(sample_dataset, "000")
    # "said Friday" in an article known only to be from 2016: which Friday cannot be told.
    assert dates[("said", "Friday")] == (None, None, None)
    # "Since 2014": from 2014 to publication (open-ended, the day is unknown)
    start, end, precision = dates[("building up", "Since 2014")]
    assert (start, precision) == (date(2014, 1, 1), "year") and end is None


def test_relative_dates_of_001_resolve_as_a_reader_would(sample_dataset):
    dates = dates_by_text(sample_dataset, "001")
    # "During the NATO summit in London on 3 December, US President Donald Trump said"
    assert dates[("said", "3 December")] == (date(2019, 12, 3), date(2019, 12, 3), "day")
    # "On the same day, Stoltenberg said ..."
    assert dates[("said", "the same day")] == (date(2019, 12, 3), date(2019, 12, 3), "day")
    # "an interview released on Monday": the article's day is unknown, so is that Monday
    assert dates[("interview", "Monday")] == (None, None, None)


def quotes_of(dataset, prefix):
    quotes = dataset.quotes
    return quotes[quotes["article_id"] == seed_id(dataset, prefix)].sort_values("start")


def test_every_quote_in_000_is_stoltenbergs(sample_dataset):
    quotes = quotes_of(sample_dataset, "000")
    assert list(quotes["speaker_id"]) == ["person:jens-stoltenberg"] * 3
    assert list(quotes["speaker_text"]) == ["Stoltenberg", "Stoltenberg", "he"]
    assert quotes.iloc[0]["text"].startswith("Russia is our biggest neighbor")
    assert quotes.iloc[2]["text"].startswith("After the downing of the Russian plane last year")
    texts = sample_dataset.articles.set_index("article_id")["text"]
    for q in quotes.itertuples():
        assert texts[q.article_id][q.start : q.end] == q.text


def test_every_quote_in_001_is_stoltenbergs(sample_dataset):
    quotes = quotes_of(sample_dataset, "001")
    assert list(zip(quotes["speaker_id"], quotes["speaker_text"], strict=True)) == [
        (
            "person:jens-stoltenberg",
            "NATO Chief",
        ),  # the headline: NATO Chief Says ...: 'I Believe ...'
        ("person:jens-stoltenberg", "he"),
        ("person:jens-stoltenberg", "NATO chief"),
    ]
    assert quotes.iloc[0]["text"] == "I Believe in Dialogue With Russia"


def test_events_are_entities_too(sample_dataset):
    events = sample_dataset.entities[sample_dataset.entities["type"] == "event"].set_index(
        "entity_id"
    )
    assert events.loc["event:su24-downing-2015", "name"] == "Downing of the Russian Su-24 by Turkey"
    # 001 and the Russian article (002) speak of it
    assert events.loc["event:nato-leaders-meeting-london-2019", "n_articles"] == 2
    assert len(sample_dataset.kb_events) >= 60
