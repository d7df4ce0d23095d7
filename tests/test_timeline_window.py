"""The Timeline's default range (issue 16): the Su-24 → London window when the corpus
covers it, the corpus's own span otherwise — a corpus of 2022 must not open on an empty
chart. The multi-source corpus (2016 and 2019) as it is, and moved to 2022–2023."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from lib import queries, store
from tests.apptest import app
from tests.conftest import plotly_values
from tests.test_pages import chart, trace

YEARS = {2016: 2022, 2019: 2023}


def moved(dataset: store.Dataset) -> store.Dataset:
    """The dataset with its publication dates moved from 2016 and 2019 to 2022 and 2023."""
    articles = dataset.articles.copy()
    for column in ("published", "published_min", "published_max"):
        articles[column] = [
            day.replace(year=YEARS.get(day.year, day.year))
            if day is not None and day == day
            else day
            for day in articles[column]
        ]
    return store.Dataset(**{**dataset.tables(), "articles": articles}, manifest=dataset.manifest)


@pytest.fixture(scope="module")
def late_dir(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("late") / "processed"
    store.write_dataset(moved(multisource_dataset), out)
    return out


@pytest.fixture(scope="module")
def multisource_dir(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("multisource") / "processed"
    store.write_dataset(multisource_dataset, out)
    return out


def loaded(folder) -> queries.Corpus:
    return queries.build_corpus(queries.read_tables(folder))


def test_a_corpus_inside_the_window_opens_on_it(multisource_dir):
    assert queries.timeline_window(loaded(multisource_dir)) == queries.TIMELINE_DEFAULT


def test_a_corpus_outside_the_window_opens_on_its_own_span(late_dir, multisource_dataset):
    corpus = loaded(late_dir)
    days = pd.to_datetime(moved(multisource_dataset).articles["published"]).dropna()
    span = (days.min().date(), days.max().date())
    assert span[0].year == 2022 and span[1].year == 2023
    assert queries.corpus_span(corpus) == span
    assert queries.timeline_window(corpus) == span


def test_covers():
    window = queries.TIMELINE_DEFAULT
    # Spans the window (2012-2020, the real corpus), or most articles inside it: covered.
    assert queries.timeline.covers((date(2012, 1, 1), date(2020, 6, 1)), 0.45, window)
    assert queries.timeline.covers((date(2016, 3, 1), date(2018, 1, 1)), 1.0, window)
    # A 2019-2022 corpus with a fifth of its articles in the window: its own span.
    assert not queries.timeline.covers((date(2019, 1, 1), date(2022, 12, 31)), 0.2, window)
    assert not queries.timeline.covers((date(2022, 1, 1), date(2022, 12, 31)), 0.0, window)


def test_a_stray_date_does_not_stretch_the_span(multisource_dataset, tmp_path):
    data = moved(multisource_dataset)
    articles = pd.concat([data.articles] * 30, ignore_index=True)
    articles["article_id"] = [f"{a}-{i}" for i, a in enumerate(articles["article_id"])]
    articles.loc[0, "published"] = date(2050, 1, 1)  # a typo in one article of 360
    store.write_dataset(
        store.Dataset(**{**data.tables(), "articles": articles}, manifest=data.manifest), tmp_path
    )
    span = queries.corpus_span(loaded(tmp_path))
    assert span[1].year == 2023


def test_the_timeline_page_of_a_2022_corpus_is_not_empty(monkeypatch, late_dir):
    at = app(monkeypatch, late_dir, "pages/timeline.py")
    assert not at.exception
    start, end = queries.timeline_window(loaded(late_dir))
    fig = chart(at, "Timeline")
    assert fig["layout"]["xaxis"]["range"][0].startswith(start.isoformat())
    # (the axis ends a day after the range, so that the last day's bar is whole)
    assert fig["layout"]["xaxis"]["range"][1].startswith((end + timedelta(days=1)).isoformat())
    bars = trace(fig, "articles")
    assert sum(plotly_values(bars["y"])) == 12  # every article in the chart
    assert any("span of this corpus" in c.value for c in at.caption)
    # A date filter still wins over the default.
    at = app(
        monkeypatch, late_dir, "pages/timeline.py", **{"from": "2016-01-01", "to": "2016-12-31"}
    )
    assert chart(at, "Timeline")["layout"]["xaxis"]["range"][0].startswith("2016-01-01")
