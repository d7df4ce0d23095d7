"""The metadata columns kept in a file of the run (lib/queries/tables.py, read_metadata):
written on the first read, read back on the next start as the frame metadata_frame derives
from `articles.extra` (nulls, multi-valued and unique columns alike), derived again when
missing, stale or unreadable, never half written."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lib import store
from lib.queries import arrow_cache, tables
from tests.facets_corpus import facet_dataset


@pytest.fixture()
def run_dir(tmp_path, monkeypatch, multisource_dataset):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the test corpus is small
    out = tmp_path / "processed"
    data = facet_dataset(multisource_dataset)
    articles = data.articles.copy()
    # every third article without a desk: a missing value the file must keep missing
    articles["extra"] = [
        [(k, v) for k, v in pairs if k != "desk" or i % 3]
        for i, pairs in enumerate(articles["extra"])
    ]
    store.write_dataset(data.with_tables(articles=articles), out)
    return out


def _derived(run_dir) -> pd.DataFrame:
    path = store.current_run(run_dir) / "articles.parquet"
    table = pq.read_table(path, columns=["article_id", "extra"], schema=store.SCHEMAS["articles"])
    return tables.metadata_frame(table["article_id"].to_numpy(), table["extra"])


def _path(run_dir):
    return store.current_run(run_dir) / tables.METADATA_FILE


def test_the_first_read_writes_the_file_and_the_next_reads_it(run_dir):
    first = tables.read_metadata(run_dir)
    assert _path(run_dir).exists()
    inode = _path(run_dir).stat().st_ino
    second = tables.read_metadata(run_dir)
    assert _path(run_dir).stat().st_ino == inode  # read, not written again
    expected = _derived(run_dir)
    pd.testing.assert_frame_equal(first, expected)
    pd.testing.assert_frame_equal(second, expected)
    assert {"leaning", "authors", "id"} <= set(second.columns)
    assert second["id"].nunique() == len(second)  # a unique value per article, kept
    assert second["desk"].isna().sum() == len(second) // 3  # without a key: missing


def test_a_missing_or_unreadable_file_is_derived_again(run_dir):
    tables.read_metadata(run_dir)
    _path(run_dir).unlink()
    pd.testing.assert_frame_equal(tables.read_metadata(run_dir), _derived(run_dir))
    assert _path(run_dir).exists()
    _path(run_dir).write_bytes(b"half a file")
    pd.testing.assert_frame_equal(tables.read_metadata(run_dir), _derived(run_dir))
    assert _path(run_dir).read_bytes()[:6] == b"ARROW1"


def test_a_file_of_another_format_is_stale(run_dir):
    other = pa.table({"article_id": pa.array(["x"])}).replace_schema_metadata({b"metadata=0": b"1"})
    arrow_cache.write_arrow(other, _path(run_dir))
    pd.testing.assert_frame_equal(tables.read_metadata(run_dir), _derived(run_dir))
    assert tables._read_metadata_file(_path(run_dir)) is not None  # replaced by this FORMAT's


def test_a_failed_write_leaves_the_old_file_and_warns(run_dir, monkeypatch):
    tables.read_metadata(run_dir)
    before = _path(run_dir).read_bytes()
    monkeypatch.setattr(tables, "METADATA_FILE", "metadata-new.arrow")  # none there yet

    def full_disk(table, tmp):
        tmp.write_bytes(b"ARROW1 and no more")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(arrow_cache, "write_arrow", full_disk)
    with pytest.warns(UserWarning, match="no file of the metadata columns"):
        meta = tables.read_metadata(run_dir)
    pd.testing.assert_frame_equal(meta, _derived(run_dir))
    run = store.current_run(run_dir)
    assert not (run / "metadata-new.arrow").exists()
    assert [p.name for p in run.glob(".metadata*")] == []
    assert (run / "metadata.arrow").read_bytes() == before


def test_small_runs_and_switched_off_keep_no_file(run_dir, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1000000")
    pd.testing.assert_frame_equal(tables.read_metadata(run_dir), _derived(run_dir))
    assert not _path(run_dir).exists()
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")
    monkeypatch.setenv(arrow_cache.ENABLED_ENV, "0")
    tables.read_metadata(run_dir)
    assert not _path(run_dir).exists()
