"""A cache of query results bounded by the bytes it holds, not by its number of entries.

A long-running server answers many filter changes: results range from a few numbers to
frames of every article of the corpus, so a limit in entries is either too small for the
small ones or unbounded for the large ones. `ByteCache` keeps the most recently used
results until their estimated size (`sizeof`) reaches its budget, then drops the least
recently used. Shared by every session of the process; thread-safe. No Streamlit here.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

_OBJECT_BYTES = 64  # a Python object in an object column: pointer, header, a short value


def _array_bytes(values: Any) -> int:
    """The bytes behind one column's values (numpy, Arrow-backed or categorical)."""
    if isinstance(values, pd.Categorical):
        return values.codes.nbytes + _array_bytes(values.categories.array)
    arrow = getattr(values, "_pa_array", None)
    if isinstance(arrow, pa.ChunkedArray | pa.Array):
        return arrow.nbytes
    array = np.asarray(values) if not isinstance(values, np.ndarray) else values
    if array.dtype == object:
        return array.nbytes + _OBJECT_BYTES * len(array)
    return array.nbytes


def sizeof(obj: Any, *, _depth: int = 0) -> int:
    """An estimate of the bytes `obj` holds (frames, series, indexes and arrays by their
    buffers; containers by their items), without touching every Python object."""
    if _depth > 4:
        return _OBJECT_BYTES
    if isinstance(obj, pd.DataFrame):
        return sum(_array_bytes(obj[c].array) for c in obj.columns) + sizeof(obj.index)
    if isinstance(obj, pd.Series):
        return _array_bytes(obj.array) + sizeof(obj.index)
    if isinstance(obj, pd.RangeIndex):
        return 128
    if isinstance(obj, pd.Index):
        return _array_bytes(obj.array)
    if isinstance(obj, np.ndarray):
        return _array_bytes(obj)
    if isinstance(obj, pa.Array | pa.ChunkedArray | pa.Table):
        return obj.nbytes
    if isinstance(obj, dict):
        return sum(
            sizeof(k, _depth=_depth + 1) + sizeof(v, _depth=_depth + 1) for k, v in obj.items()
        )
    if isinstance(obj, list | tuple | set | frozenset):
        items = list(obj)
        if len(items) > 1000:  # a sample's mean, times the length
            step = len(items) // 1000
            sample = items[::step]
            return len(items) * sum(sizeof(i, _depth=_depth + 1) for i in sample) // len(sample)
        return sum(sizeof(i, _depth=_depth + 1) for i in items) + 8 * len(items)
    if hasattr(obj, "__dataclass_fields__"):
        return sum(sizeof(getattr(obj, f), _depth=_depth + 1) for f in obj.__dataclass_fields__)
    return sys.getsizeof(obj)


class ByteCache:
    """key -> value, the least recently used dropped once the values' bytes pass `budget`.
    A value larger than the budget by itself is returned but not kept."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value of `key`, computed (outside the lock) when not kept."""
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                return hit[0]
        value = compute()
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        size = sizeof(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            if size > self.budget:
                return
            self._items[key] = (value, size)
            self._bytes += size
            while self._bytes > self.budget and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
