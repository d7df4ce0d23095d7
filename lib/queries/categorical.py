"""The integer codes of a categorical column, without a copy.

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
