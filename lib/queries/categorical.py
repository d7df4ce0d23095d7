"""The integer codes of a categorical column, without a copy, and the rows holding one value.

`Series.cat.codes` builds a new Series, and pandas 3 copies the array into it: 20-30 ms for
the 6M codes of the mentions' article_id at 100k articles, at every filter change that reads
them. The Categorical's own codes are a read-only view of the same memory.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def category_codes(column: pd.Series) -> np.ndarray:
    """The codes of a categorical column (-1 for a missing value), read-only, not copied."""
    return column.array.codes


def rows_of(column: pd.Series, value: str) -> np.ndarray:
    """The rows where `column` (categorical or not) holds `value`, by its code when
    categorical: comparing strings over the 6M mentions took 50 ms at 100k articles."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        code = column.cat.categories.get_indexer([value])[0]
        if code < 0:
            return np.array([], dtype=np.int64)
        return np.flatnonzero(category_codes(column) == code)
    return np.flatnonzero((column == value).to_numpy(dtype=bool))
