"""Rows of a frame by position, without joining Arrow's chunks: pyarrow's take on a chunked
string column first concatenates every chunk (30-40 ms for the text of a million quotes,
however few rows are wanted); taking from each chunk its own rows costs only those rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa


def take_rows(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """frame.iloc[rows] with a fresh RangeIndex, the columns' dtypes kept."""
    rows = np.asarray(rows, dtype=np.int64)
    return pd.DataFrame({c: take(frame[c], rows) for c in frame.columns}, columns=frame.columns)


def take(series: pd.Series, rows: np.ndarray) -> pd.Series:
    """series.iloc[rows] with a fresh RangeIndex; an Arrow column of several chunks is taken
    chunk by chunk."""
    array = series.array
    chunked = array._pa_array if isinstance(array, pd.arrays.ArrowExtensionArray) else None
    if len(rows) == 0:  # a slice: pyarrow's take of no row still joins every chunk
        return series.iloc[:0].reset_index(drop=True)
    if chunked is None or chunked.num_chunks < 2:
        return series.iloc[rows].reset_index(drop=True)
    rows = np.where(rows < 0, rows + len(series), rows)
    if len(rows) and (rows.min() < 0 or rows.max() >= len(series)):
        raise IndexError("row out of bounds")
    order = np.argsort(rows, kind="stable")
    ends = np.cumsum([len(chunk) for chunk in chunked.chunks])
    chunk_of = np.searchsorted(ends, rows[order], side="right")
    starts = ends - [len(chunk) for chunk in chunked.chunks]
    bounds = np.searchsorted(chunk_of, np.arange(len(ends) + 1))
    parts = [
        chunked.chunk(k).take(pa.array(rows[order][bounds[k] : bounds[k + 1]] - starts[k]))
        for k in range(len(ends))
        if bounds[k + 1] > bounds[k]
    ]
    taken = pa.concat_arrays(parts).take(pa.array(np.argsort(order, kind="stable")))
    return pd.Series(taken, dtype=series.dtype, name=series.name)


def take_table(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """The rows of an Arrow table at ascending positions, taken from each record batch
    apart: Table.take joins the batches of every column first (the quotes' texts, 100 MB at
    100k articles, copied to find one speaker's quotes)."""
    rows = np.asarray(rows, dtype=np.int64)
    batches = table.to_batches()
    ends = np.cumsum([b.num_rows for b in batches])
    bounds = np.searchsorted(rows, np.concatenate([[0], ends]))
    parts = [
        batch.take(pa.array(rows[bounds[k] : bounds[k + 1]] - (ends[k] - batch.num_rows)))
        for k, batch in enumerate(batches)
        if bounds[k + 1] > bounds[k]
    ]
    return pa.Table.from_batches(parts, schema=table.schema)
