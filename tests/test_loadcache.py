"""The dashboard's fast-loading copy of a run (lib/arrow_cache.py): made once, read back as
the same frames, never in the way."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import queries, store
from lib.queries import arrow_cache
from tests import synthetic


@pytest.fixture()
def run_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the synthetic corpus is small
    return synthetic.write_dataset(tmp_path / "processed")


def test_the_first_load_makes_the_copy_and_the_next_reads_the_same_frames(run_dir):
    copy = store.current_run(run_dir) / arrow_cache.FOLDER
    first = queries.read_tables(run_dir)
    assert (copy / arrow_cache.COMPLETE).exists()
    assert sorted(p.name for p in copy.glob("*.arrow")) == sorted(
        f"{t}.arrow" for t in store.TABLES
    )
    second = queries.read_tables(run_dir)
    for name in store.TABLES:
        a, b = getattr(first, name), getattr(second, name)
        pd.testing.assert_frame_equal(a, b, obj=name)
    assert isinstance(second.mentions["entity_id"].dtype, pd.CategoricalDtype)
    corpus = queries.build_corpus(second)
    assert corpus.catalog.loc["person:jens-stoltenberg", "n_mentions"] > 0


def test_small_runs_and_switched_off_get_no_copy(run_dir, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1000000")
    queries.read_tables(run_dir)
    assert not (store.current_run(run_dir) / arrow_cache.FOLDER).exists()
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")
    monkeypatch.setenv(arrow_cache.ENABLED_ENV, "0")
    queries.read_tables(run_dir)
    assert not (store.current_run(run_dir) / arrow_cache.FOLDER).exists()


def test_a_copy_that_cannot_be_written_only_warns(run_dir):
    run = store.current_run(run_dir)
    (run / arrow_cache.FOLDER).write_text("a file where the folder would go", encoding="utf-8")
    with pytest.warns(UserWarning, match="no fast-loading copy"):
        data = queries.read_tables(run_dir)
    assert len(data.articles) == len(synthetic.ARTICLES)
    assert not list(run.glob(".load-cache-*"))  # nothing half-written left behind


def test_an_unfinished_copy_is_replaced(run_dir):
    copy = store.current_run(run_dir) / arrow_cache.FOLDER
    copy.mkdir()
    (copy / "articles.arrow").write_bytes(b"half a file")  # no COMPLETE marker
    data = queries.read_tables(run_dir)  # not read from the copy: it is made again
    assert len(data.articles) == len(synthetic.ARTICLES)
    assert (copy / arrow_cache.COMPLETE).exists()
    assert len(queries.read_tables(run_dir).articles) == len(synthetic.ARTICLES)


def test_a_copy_made_before_a_table_joined_the_contract_is_made_again(run_dir):
    copy = store.current_run(run_dir) / arrow_cache.FOLDER
    queries.read_tables(run_dir)
    (copy / "dropped.arrow").unlink()  # as a copy made by a version without that table
    assert arrow_cache.read(store.current_run(run_dir), store.TABLES) is None
    queries.read_tables(run_dir)  # from Parquet, and the copy is made again, whole
    assert (copy / "dropped.arrow").exists() and (copy / arrow_cache.COMPLETE).exists()
    assert arrow_cache.read(store.current_run(run_dir), store.TABLES) is not None
    assert not list(copy.parent.glob(".load-cache*"))  # neither the old copy nor a staging one
