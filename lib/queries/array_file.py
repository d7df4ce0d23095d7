"""Arrays a run derives once, kept in one file of the run and memory-mapped at start.

What the dashboard derives from a run's tables and corrections alone (the mentions' codes,
the sentence pairs) need not be derived again at every server start. Such arrays are written
to one Arrow IPC file, with the key of what they were derived from in its metadata; a file
with another key is stale. Each array is a whole column of one row (a large list), so that
reading it back from a memory map is a view on the file's pages, not a copy: the pages are
file-backed, shared by every server process, and only those a query touches are read.
The file is replaced in one step (lib.atomic.replace_file): a failed write leaves the old one.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pyarrow as pa

from lib import atomic
from lib.queries import arrow_cache

KEY = b"lens.mention_codes.key"  # the metadata field of the key (named by its first use)


def to_table(arrays: Mapping[str, np.ndarray], key: str) -> pa.Table:
    """One row; each column one whole array."""
    columns = {
        name: pa.array([values], pa.large_list(pa.from_numpy_dtype(values.dtype)))
        for name, values in arrays.items()
    }
    return pa.table(columns).replace_schema_metadata({KEY: key.encode()})


def from_table(table: pa.Table, names: tuple[str, ...]) -> dict[str, np.ndarray]:
    """The arrays `names` of a table made by `to_table`: views on its buffers."""
    return {name: table[name].chunk(0).values.to_numpy(zero_copy_only=True) for name in names}


def write(path: Path, arrays: Mapping[str, np.ndarray], key: str, *, what: str) -> None:
    """The file, replaced in one step. A run folder that cannot be written to only loses
    the speed-up: a warning (naming `what`), not an error."""
    table = to_table(arrays, key)
    try:
        atomic.replace_file(path, lambda tmp: arrow_cache.write_arrow(table, tmp))
    except OSError as exc:  # read-only, disk full
        warnings.warn(f"{path.parent}: no file of {what} ({exc})", stacklevel=3)


def read(path: Path, key: str, names: tuple[str, ...]) -> dict[str, np.ndarray] | None:
    """The arrays of the file, memory-mapped, when it exists and was derived from `key`;
    None otherwise (missing, stale, unreadable)."""
    if not path.exists():
        return None
    try:
        table = arrow_cache.read_arrow(path)
        if (table.schema.metadata or {}).get(KEY) != key.encode():
            return None
        return from_table(table, names)
    except (OSError, pa.ArrowException, KeyError, IndexError):
        return None
