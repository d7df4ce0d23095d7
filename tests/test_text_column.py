"""The article texts read row by row from the load cache's file (lib.queries.text_column),
not through a memory map: the same strings as the column, in the order asked."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from lib import queries, store
from lib.queries import arrow_cache, text_column
from tests import synthetic

TEXTS = ["Stoltenberg met Lavrov in Brussels.", None, "", "Столтенберг встретился с Лавровым."]


def _file(tmp_path, chunks, kind):
    table = pa.table({"text": pa.chunked_array([pa.array(c, kind) for c in chunks], kind)})
    path = tmp_path / "articles.arrow"
    arrow_cache.write_arrow(table, path)
    return path


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_rows_are_read_in_the_order_asked_across_chunks(tmp_path, kind):
    path = _file(tmp_path, [TEXTS, ["NATO summit in London.", "Su-24 downed."]], kind)
    column = text_column.of_file(path, "text")
    assert column.n_rows == 6 and len(column.chunks) == 2
    assert column.at([5, 0, 3, 1, 2, 4]) == [
        "Su-24 downed.",
        "Stoltenberg met Lavrov in Brussels.",
        "Столтенберг встретился с Лавровым.",
        None,
        "",
        "NATO summit in London.",
    ]
    assert column.at(np.array([], dtype=np.int64)) == []
    with pytest.raises(IndexError):
        column.at([6])


def test_a_column_not_laid_out_as_offsets_is_not_read_from_the_file(tmp_path):
    path = _file(tmp_path, [["Kyiv", "Kyiv", "Minsk"]], pa.dictionary(pa.int32(), pa.string()))
    assert text_column.of_file(path, "text") is None
    assert text_column.of_file(path, "title") is None  # no such column


def test_the_dashboards_tables_read_texts_from_the_file_and_fall_back_to_the_frame(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the synthetic corpus is small
    out = synthetic.write_dataset(tmp_path / "processed")
    first = queries.read_tables(out)  # makes the load cache
    assert ("articles", "text") not in first._texts  # read from Parquet: no file yet
    data = queries.read_tables(out)
    assert ("articles", "text") in data._texts
    rows = np.array([3, 0, 2, 2], dtype=np.int64)
    expected = data.articles["text"].iloc[rows].tolist()
    assert data.texts_at("articles", "text", rows) == expected
    assert first.texts_at("articles", "text", rows) == expected
    # a dataset with the articles replaced reads its own frame, not the file
    changed = data.articles.assign(text=data.articles["text"].str.upper())
    edited = data.with_tables(articles=changed)
    assert edited.texts_at("articles", "text", rows) == [t.upper() for t in expected]
    kept = data.with_tables(mentions=data.mentions)
    assert ("articles", "text") in kept._texts
    # the run's file gone under a running server: the frame answers
    arrow_cache.path_of(store.current_run(out), "articles").unlink()
    assert data.texts_at("articles", "text", rows) == expected
