"""The rows of a large table grouped by an integer key (an entity code, an article row),
found without scanning the table.

A filter change asks for the rows of a few entities, or of the articles that pass; a
boolean test over millions of rows costs 10-15 ms each time. `Groups` orders the rows by
key once per corpus (CSR offsets, as in a sparse matrix), after which the rows of any keys
cost only their own number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Groups:
    """The rows of key k are `order[offsets[k]:offsets[k + 1]]`, ascending; `order` is None
    when the keys were sorted already (the rows are then the positions themselves)."""

    order: np.ndarray | None
    offsets: np.ndarray

    @property
    def n_keys(self) -> int:
        return len(self.offsets) - 1

    def sizes(self) -> np.ndarray:
        """The number of rows of each key."""
        return np.diff(self.offsets)

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The rows of the given keys: key by key in the order given, each key's rows
        ascending (so ascending overall when the keys are)."""
        keys = np.asarray(keys, dtype=np.int64)
        starts = self.offsets[keys]
        lengths = self.offsets[keys + 1] - starts
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        positions = np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)
        return positions if self.order is None else self.order[positions]


def group_rows(keys: np.ndarray, n_keys: int) -> Groups:
    """Groups of the rows of `keys` (integers below `n_keys`; a negative key, for a
    missing value, belongs to no group)."""
    keys = np.asarray(keys)
    counts = np.bincount(keys[keys >= 0], minlength=n_keys) if len(keys) else np.zeros(n_keys, int)
    missing = len(keys) - int(counts.sum())
    offsets = missing + np.r_[0, np.cumsum(counts)].astype(np.int64)
    if len(keys) < 2 or bool((keys[1:] >= keys[:-1]).all()):
        return Groups(order=None, offsets=offsets)
    # A stable sort keeps each key's rows ascending; on 16-bit keys numpy sorts by radix.
    small = keys.astype(np.int16) if n_keys < 1 << 15 else keys
    order = np.argsort(small, kind="stable")
    return Groups(
        order=order.astype(np.int32 if len(keys) < 1 << 31 else np.int64), offsets=offsets
    )


def rows_with(values: np.ndarray, keys: np.ndarray, *, few: int = 4) -> np.ndarray:
    """The rows whose value is one of `keys`, ascending. For a few keys, one equality test
    per key: on small integer codes that is faster than a lookup, and needs no ordering of
    the rows made beforehand."""
    keys = np.asarray(keys)
    if len(keys) > few:
        return np.flatnonzero(np.isin(values, keys, kind="table"))
    found = np.zeros(len(values), dtype=bool)
    for key in keys:
        found |= values == key
    return np.flatnonzero(found)


def count_in(
    groups: Groups, chosen: np.ndarray, count: Callable[[np.ndarray | None], np.ndarray]
) -> np.ndarray:
    """`count(rows)` (an array of counts, such as a bincount) over the rows of the keys where
    `chosen` (a boolean per key) is True; `count(None)` counts every row. When most keys are
    chosen, the whole count less that of the others: the work is that of the smaller side."""
    keys = np.flatnonzero(chosen)
    if len(keys) == len(chosen):
        return count(None)
    if 2 * len(keys) <= len(chosen):
        return count(groups.rows(keys))
    return count(None) - count(groups.rows(np.flatnonzero(~np.asarray(chosen))))
