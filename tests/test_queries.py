"""The queries behind the pages, on the synthetic corpus (events, quotes, the event KB)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from lib import queries, store
from lib.queries.filters import Filters
from tests import synthetic


@pytest.fixture(scope="module")
def corpus():
    return queries.build_corpus(synthetic.make_dataset())


def test_catalogue_counts_knowledge_base_events_as_entities(corpus):
    cat = corpus.catalog
    assert cat.loc["person:vladimir-putin", "n_mentions"] == 8
    assert cat.loc["event:su24-downing-2015", ["type", "n_mentions", "n_articles"]].tolist() == [
        "event",
        2,
        2,
    ]
    assert (
        cat.loc["event:nato-leaders-meeting-london-2019", "name"]
        == "NATO leaders' meeting in London"
    )


def test_event_written_as_a_mention_too_is_counted_once():
    data = synthetic.make_dataset()
    ev = data.events[data.events["entity_id"] == "event:su24-downing-2015"]
    extra = ev[["article_id", "entity_id", "sentence_id", "start", "end"]].assign(
        surface="downing", kind="name", section="body", label="EVENT", role=None
    )
    data.mentions = pd.concat([data.mentions, extra], ignore_index=True)
    corpus = queries.build_corpus(data)
    assert corpus.catalog.loc["event:su24-downing-2015", "n_mentions"] == 2


def test_top_entities_follow_the_filters(corpus):
    everyone = queries.top_entities(corpus, corpus.all_ids, entity_type="person")
    assert everyone.iloc[0][["name", "n_mentions", "n_articles"]].tolist() == [
        "Vladimir Putin",
        8,
        6,
    ]
    rt = corpus.select(Filters(sources=("RT",)))
    on_rt = queries.top_entities(corpus, rt, entity_type="person")
    assert on_rt[["name", "n_mentions"]].values.tolist() == [["Vladimir Putin", 3]]
    events = queries.top_events(corpus, corpus.all_ids)
    assert set(events["name"]) >= {"NATO Warsaw summit", "Downing of the Russian Su-24 by Turkey"}


def test_volume_fills_empty_periods(corpus):
    vol = queries.volume(
        corpus, corpus.all_ids, start=date(2015, 11, 1), end=date(2016, 1, 31), freq="MS"
    )
    assert vol.values.tolist() == [
        [pd.Timestamp("2015-11-01"), 2],
        [pd.Timestamp("2015-12-01"), 0],
        [pd.Timestamp("2016-01-01"), 0],
    ]
    weeks = queries.volume(
        corpus, corpus.all_ids, start=date(2015, 11, 23), end=date(2015, 12, 6), freq="W"
    )
    assert weeks["period"].tolist() == [pd.Timestamp("2015-11-23"), pd.Timestamp("2015-11-30")]
    assert weeks["n_articles"].tolist() == [2, 0]


def test_mentions_over_time_per_entity(corpus):
    series = queries.mentions_over_time(
        corpus,
        corpus.all_ids,
        ["person:donald-trump"],
        start=date(2018, 6, 1),
        end=date(2018, 8, 31),
        freq="MS",
    )
    assert series[["period", "n_mentions"]].values.tolist() == [
        [pd.Timestamp("2018-06-01"), 0],
        [pd.Timestamp("2018-07-01"), 4],
        [pd.Timestamp("2018-08-01"), 0],
    ]
    assert queries.default_series_entities(corpus, corpus.all_ids, top=2) == [
        "country:RUS",
        "org:nato",
    ]


def test_knowledge_base_marks_and_event_mentions(corpus):
    marks = queries.kb_marks(
        corpus, corpus.all_ids, start=date(2015, 11, 24), end=date(2019, 12, 4)
    )
    assert marks["entity_id"].tolist() == [
        "event:su24-downing-2015",
        "event:nato-summit-warsaw-2016",
        "event:trump-putin-helsinki-2018",
        "event:nato-leaders-meeting-london-2019",
    ]
    assert marks["n_articles"].tolist() == [2, 2, 1, 2]
    points = queries.event_mentions(
        corpus, corpus.all_ids, start=date(2015, 1, 1), end=date(2019, 12, 31)
    )
    assert points.set_index("entity_id").loc["event:su24-downing-2015", "n_mentions"] == 2
    arts = queries.event_articles(corpus, corpus.all_ids, "event:nato-summit-warsaw-2016")
    assert arts["sentence"].tolist() == [
        "NATO leaders met at the Warsaw summit.",
        "Moscow criticised NATO over the Warsaw summit.",
    ]
    table = queries.timeline_table(
        marks,
        queries.volume(corpus, corpus.all_ids, freq="MS"),
        pd.DataFrame(columns=["period", "entity_id", "name", "type", "n_mentions"]),
        points,
    )
    assert set(table["layer"]) == {"knowledge-base event", "articles", "event mentions"}


def test_event_points_per_week_when_no_other_event_has_a_day(corpus):
    data = synthetic.make_dataset()
    unlinked = data.events["entity_id"].isna()
    assert unlinked.any()
    data.events.loc[unlinked, ["date_start", "date_end"]] = None
    undated = queries.build_corpus(data)
    weekly = queries.event_mentions(undated, undated.all_ids, freq="W")
    daily = queries.event_mentions(corpus, corpus.all_ids)
    assert weekly["entity_id"].notna().all()  # the other events have no day: no point
    pd.testing.assert_frame_equal(weekly, daily[daily["entity_id"].notna()].reset_index(drop=True))


def test_entity_table_search_profile_quotes_and_articles(corpus):
    table = queries.entity_table(corpus, corpus.all_ids, search="kremlin")
    assert table["entity_id"].tolist() == ["country:RUS"]
    people = queries.entity_table(corpus, corpus.all_ids, types=["person"])
    assert set(people["type"]) == {"person"}
    profile = queries.entity_profile(corpus, "person:jens-stoltenberg")
    assert profile["roles"] == ["NATO Secretary General"] and "Stoltenberg" in profile["aliases"]
    quotes = queries.quotes(corpus, corpus.all_ids, speaker_id="person:jens-stoltenberg")
    assert quotes["text"].tolist() == [
        "We stand in solidarity with Turkey",
        "NATO poses no threat to Russia",
    ]
    arts = queries.entity_articles(corpus, corpus.all_ids, "person:donald-trump")
    assert arts.iloc[0]["n_mentions"] == 3
    partners = queries.partners(corpus, corpus.all_ids, "person:donald-trump", level="sentence")
    assert set(partners["partner_name"]) >= {"Vladimir Putin", "NATO"}


def test_query_hits_in_context(corpus):
    hits = queries.hits_in_context(corpus, corpus.all_ids, "dialogue", window=20, order="date")
    assert len(hits) == 4 and set(hits["hit"]) == {"dialogue"}
    first = hits.iloc[-2]  # by date: a03 (2016-07-10) is the last dated one
    assert (first["left"], first["right"]) == ("the alliance seeks", 'with Russia. "NATO')
    assert hits.iloc[-1]["article_id"] == synthetic.article_id("a09.txt")  # undated: last


def test_article_table_and_reader_frames(corpus):
    table = queries.article_table(corpus, corpus.all_ids)
    assert table["published"].iloc[0] == date(2019, 12, 5) and pd.isna(table["published"].iloc[-1])
    aid = synthetic.article_id("a01.txt")
    ments = queries.article_mentions(corpus, aid)
    assert "event:su24-downing-2015" in set(ments["entity_id"])
    text = corpus.articles.set_index("article_id").loc[aid, "text"]
    assert all(text[s:e] for s, e in zip(ments["start"], ments["end"], strict=True))
    assert queries.article_events(corpus, aid)["name"].tolist() == [
        "Downing of the Russian Su-24 by Turkey"
    ]


def test_the_readers_frames_are_the_rows_of_the_article(corpus):
    """One article's mentions (with their entity's name and type), events and quotes (with
    the speaker's name) are the rows of its tables whose article_id is the article's, in
    reading order; an id that is no article's has none."""
    catalog = corpus.catalog
    for aid in corpus.all_ids:
        m = corpus.mentions[corpus.mentions["article_id"] == aid]
        ments = queries.article_mentions(corpus, aid)
        spans = list(zip(ments["start"], ments["end"], ments["entity_id"].astype(str), strict=True))
        expected = zip(m["start"], m["end"], m["entity_id"].astype(str), strict=True)
        assert sorted(spans) == sorted(expected)
        assert [s[:2] for s in spans] == sorted(s[:2] for s in spans)  # reading order
        assert ments["name"].tolist() == [catalog.at[e, "name"] for e in ments["entity_id"]]
        assert ments["type"].tolist() == [catalog.at[e, "type"] for e in ments["entity_id"]]
        ev = corpus.data.events[corpus.data.events["article_id"] == aid]
        assert sorted(queries.article_events(corpus, aid)["start"]) == sorted(ev["start"])
        q = corpus.data.quotes[corpus.data.quotes["article_id"] == aid]
        quotes = queries.article_quotes(corpus, aid)
        assert sorted(quotes["start"]) == sorted(q["start"])
        assert quotes["speaker"].tolist() == [
            catalog.at[e, "name"] if e in catalog.index else None for e in quotes["speaker_id"]
        ]
    assert (
        len(queries.article_mentions(corpus, "no-such-article"))
        == len(queries.article_events(corpus, "no-such-article"))
        == len(queries.article_quotes(corpus, "no-such-article"))
        == 0
    )
    named = [queries.article_quotes(corpus, a)["speaker"].notna().sum() for a in corpus.all_ids]
    assert sum(named) > 0  # the speakers' names were checked, not only missing ones


def test_read_tables_reads_the_current_run_without_the_nested_columns(tmp_path):
    out = synthetic.write_dataset(tmp_path / "processed")
    data = queries.read_tables(out)
    full = store.read_dataset(out)
    assert list(data.articles.columns) == list(full.articles.columns)
    assert data.articles["text"].tolist() == full.articles["text"].tolist()
    assert data.articles["sections"].map(len).sum() == 0  # skipped: never shown
    assert data.manifest["rows"] == full.manifest["rows"]
    assert queries.build_corpus(data).catalog.equals(queries.build_corpus(full).catalog)


def test_mention_table_is_the_filtered_mentions(corpus):
    rt = corpus.select(Filters(sources=("RT",)))
    table = queries.mention_table(corpus, rt, types=["person"])
    assert set(table["source"]) == {"RT"} and set(table["type"]) == {"person"}
    assert table["name"].tolist() == ["Vladimir Putin"] * 3


def test_the_unknown_source_filter_works_on_the_categorical_tables(tmp_path):
    """Articles of unknown source are chosen by UNKNOWN_SOURCE, also when the tables are read
    from Parquet with `source` as a categorical (what the dashboard does)."""
    from lib import store
    from lib.queries import filters as flt
    from tests import synthetic

    data = synthetic.make_dataset()
    unknown = data.articles["article_id"].iloc[0]
    data.articles.loc[data.articles["article_id"] == unknown, "source"] = None
    store.write_dataset(data, tmp_path / "out")
    corpus = queries.build_corpus(queries.read_tables(tmp_path / "out"))
    assert isinstance(corpus.articles["source"].dtype, pd.CategoricalDtype)
    chosen = corpus.select(flt.Filters(sources=(flt.UNKNOWN_SOURCE,)))
    assert list(chosen) == [unknown]


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize(
    "chosen",
    [["person:jens-stoltenberg"], ["person:jens-stoltenberg", "country:TUR"], ["org:nowhere"]],
)
def test_the_fast_entity_filter_agrees_with_the_reference(match, chosen):
    from lib.queries import filters as flt
    from tests import synthetic

    corpus = queries.build_corpus(synthetic.make_dataset())
    fast = corpus.select(flt.Filters(entities=tuple(chosen), match=match))
    slow = flt.articles_with_entities(corpus.data.mentions, chosen, match=match)
    assert set(fast) == set(slow)
    if chosen != ["org:nowhere"]:
        assert len(fast) > 0
