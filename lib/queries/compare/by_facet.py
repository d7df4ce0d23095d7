"""Groups made from a facet column (lib.queries.facets): one group per value, the values
with most articles in the selection first ("bias: left / center / right"), in the groups'
existing URL form (`g1=meta:bias=left`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib import queries
from lib.queries import facets
from lib.queries.compare.groups import MAX_GROUPS, Group
from lib.queries.filters import Filters


def values_in(corpus: queries.Corpus, ids: pd.Index, column: str) -> pd.Series:
    """A metadata column's values with their number of articles in the selection, most
    first (ties: the order of the whole corpus), those with none left out."""
    c = facets.of_corpus(corpus).columns[column]
    if len(c.values) == 0:
        return pd.Series([], dtype=np.int64)
    if queries.is_all(corpus, ids):
        counts = c.counts
    else:
        inside = corpus.article_mask(ids)[c.articles].astype(np.int64)
        counts = np.add.reduceat(np.r_[inside, 0], c.offsets[:-1]) * (np.diff(c.offsets) > 0)
    series = pd.Series(counts, index=pd.Index(c.values, dtype=object), dtype=np.int64)
    series = series[series > 0]
    return series.iloc[np.argsort(-series.to_numpy(), kind="stable")]


def facet_groups(
    corpus: queries.Corpus, ids: pd.Index, column: str, *, n: int = MAX_GROUPS
) -> tuple[Group, ...]:
    """One group per value of `column` in the selection (the n with most articles)."""
    if column not in facets.of_corpus(corpus).columns:
        return ()
    values = values_in(corpus, ids, column).index[:n]
    return tuple(
        Group(Filters(meta=((column, str(value)),), include_undated=False)) for value in values
    )
