"""The dashboard's fast-loading copy of a run (lib/arrow_cache.py): made once, read back as
the same frames, never in the way."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib import queries, store
from lib.queries import arrow_cache, tables
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


def test_dictionary_columns_become_the_categoricals_pyarrow_would_make(tmp_path):
    """tables.categorical builds the categorical from the indices itself: same values,
    categories and codes as pyarrow's conversion, with row groups that each have their own
    dictionary, nulls, and an empty column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lib.queries import tables

    values = ["nato", None, "russia", "nato", "kremlin", None, "russia", "baltic"]
    pq.write_table(pa.table({"v": values}), tmp_path / "t.parquet", row_group_size=3)
    column = pq.read_table(tmp_path / "t.parquet", read_dictionary=["v"])["v"]
    assert column.num_chunks == 3
    assert not column.chunk(0).dictionary.equals(column.chunk(1).dictionary)
    made = tables.categorical(column)
    assert list(made.astype(object)) == [v if v is not None else np.nan for v in values]
    pd.testing.assert_series_equal(
        pd.Series(made), column.unify_dictionaries().to_pandas(), check_names=False
    )
    one = pa.chunked_array([pa.array(values).dictionary_encode()])
    pd.testing.assert_series_equal(pd.Series(tables.categorical(one)), one.to_pandas())
    empty = pa.chunked_array([], pa.dictionary(pa.int32(), pa.string()))
    assert len(tables.categorical(empty)) == 0


def test_the_copy_of_tables_without_text_is_not_kept_mapped(run_dir):
    """Numbers and codes are copied out of the memory-mapped copy: a view on one of them
    would keep its whole file mapped, and every page the load touched in the server's memory.
    Plain strings (the articles' texts, names) stay views (pandas' str dtype on Arrow
    buffers), so only files that hold some stay mapped."""
    queries.read_tables(run_dir)  # makes the copy
    data = queries.read_tables(run_dir)  # reads it
    copy = store.current_run(run_dir) / arrow_cache.FOLDER
    assert len(data.mentions) > 0 and len(data.sentences) > 0  # made on first use
    with open("/proc/self/maps", encoding="utf-8") as maps:
        mapped = {line.split()[-1] for line in maps if str(copy) in line}
    assert str(copy / "articles.arrow") in mapped
    # mentions and sentences: numbers and dictionary-encoded ids only
    assert not mapped & {str(copy / "mentions.arrow"), str(copy / "sentences.arrow")}


def test_large_tables_are_made_on_first_use_once(run_dir):
    """The mentions, sentences, events, quotes and dropped rows become frames when first read (the
    first page needs none of them), once, as the eager read makes them; a curated copy made
    before shares the one frame."""
    queries.read_tables(run_dir)  # makes the copy
    data = queries.read_tables(run_dir)
    eager = store.read_dataset(run_dir)
    assert set(data.made()) == set(store.TABLES) - tables.LAZY
    assert data.n_rows("mentions") == len(store.read_dataset(run_dir).mentions)
    linked = eager.events["entity_id"].dropna().astype(object)
    assert len(linked) > 0
    assert sorted(data.distinct("events", "entity_id")) == sorted(set(linked))
    assert "mentions" not in data.made() and "events" not in data.made()  # nor did these
    copy = data.with_tables()
    assert "mentions" not in copy.made()
    mentions = data.mentions
    assert data.mentions is mentions  # made once
    assert sorted(copy.distinct("events", "entity_id")) == sorted(set(linked))
    assert np.shares_memory(
        copy.mentions["start"].to_numpy(), mentions["start"].to_numpy()
    )  # the copy's is a view of the same frame
    for name in tables.LAZY:
        made = getattr(data, name)
        assert sorted(made.columns) == sorted(getattr(eager, name).columns)
        assert len(made) == len(getattr(eager, name))
    assert set(data.made()) == set(store.TABLES)
