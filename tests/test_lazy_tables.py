"""The long tables under the charts (Timeline's events, Co-occurrence's pairs) are filled only
when their expander is opened (issue 16): closed, a filter change sends the browser none of
their 1,000 rows. Opened, they hold the rows of the selection."""

from __future__ import annotations

import pytest

from lib import queries, store
from tests.apptest import app


@pytest.fixture(scope="module")
def multisource_dir(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("multisource") / "processed"
    store.write_dataset(multisource_dataset, out)
    return out


def tables(at) -> list:
    return [el.value for el in at.dataframe]


def test_timeline_sends_its_event_table_only_when_opened(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/timeline.py")
    assert not at.exception
    closed = tables(at)
    assert not any("event_id" in t.columns for t in closed)
    at.session_state["tl_events_table"] = True
    at.run()
    opened = [t for t in tables(at) if "event_id" in t.columns]
    assert len(tables(at)) == len(closed) + 1 and len(opened) == 1
    corpus = queries.build_corpus(queries.read_tables(multisource_dir))
    expected = queries.event_table(corpus, corpus.articles.index, limit=1000)
    assert len(expected) > 0
    assert opened[0]["event_id"].tolist() == expected["event_id"].tolist()


def test_cooccurrence_sends_its_pairs_table_only_when_opened(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/cooccurrence.py")
    assert not at.exception
    n_closed = len(tables(at))
    at.session_state["co_pairs_table"] = True
    at.run()
    assert not at.exception
    assert len(tables(at)) == n_closed + 1
    corpus = queries.build_corpus(queries.read_tables(multisource_dir))
    expected = queries.cooccurrence(corpus, corpus.articles.index, level="sentence", min_count=2)
    shown = tables(at)[-1]
    assert len(expected) > 0 and len(shown) == min(len(expected), 1000)
    assert shown["sentences together"].tolist() == expected["n_pair"].head(1000).tolist()
