"""Each group's articles over time and its share of the entities."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from lib import queries
from lib.queries.compare.groups import Z_95, Group, group_labels
from lib.queries.compare.members import group_bits, in_group
from lib.queries.compare.terms import entity_columns


def dated_in(corpus: queries.Corpus, start: date | None, end: date | None) -> np.ndarray:
    return queries.in_range(corpus.published, start, end)


def group_volume(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    start: date | None = None,
    end: date | None = None,
    freq: str = "MS",
) -> pd.DataFrame:
    """Articles published per period and group, every period of one shared range: group,
    period, n_articles, share (of the group's dated articles in the range, 0–1)."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    columns = ["group", "period", "n_articles", "share"]
    periods, per_group = queries.counts_per_period(
        corpus.published,
        [in_group(bits, g) for g in range(len(groups))],
        freq=freq,
        start=start,
        end=end,
        codes=corpus.period_codes(freq),
    )
    if not len(periods):
        return pd.DataFrame(columns=columns)
    totals = per_group.sum(axis=1, keepdims=True)
    share = np.divide(per_group, totals, out=np.zeros(per_group.shape), where=totals > 0)
    return pd.DataFrame(
        {
            "group": np.repeat(np.array(labels, dtype=object), len(periods)),
            "period": np.tile(periods.to_numpy(), len(groups)),
            "n_articles": per_group.ravel(),
            "share": share.ravel(),
        }
    )[columns]


def entity_shares(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
    top: int = 12,
    entity_ids: Sequence[str] = (),
) -> pd.DataFrame:
    """The share of each group's articles that mention each of the `top` entities named in
    most of the groups' articles (or the given ones): group, entity_id, name, type,
    n_articles, group_articles, share (0–1)."""
    labels = group_labels(groups, corpus.names)
    k = len(groups)
    n_articles = entity_columns(corpus, ids, groups)[0]
    allowed = corpus.allowed_types(types)
    if allowed is not None:
        n_articles = n_articles * allowed
    if entity_ids:
        chosen = corpus.catalog.index.get_indexer(list(entity_ids))
        chosen_ids = list(entity_ids)
    else:
        chosen = _most(n_articles[k], top)
        chosen_ids = corpus.catalog.index[chosen].astype(object).tolist()
    bits = group_bits(corpus, ids, groups)
    sizes = [int(in_group(bits, g).sum()) for g in range(k)]
    rows = []
    for g, label in enumerate(labels):
        for code, entity_id in zip(chosen, chosen_ids, strict=True):
            n = int(n_articles[g, code]) if code >= 0 else 0
            rows.append((label, entity_id, n, sizes[g], n / sizes[g] if sizes[g] else 0.0))
    out = pd.DataFrame(
        rows, columns=["group", "entity_id", "n_articles", "group_articles", "share"]
    )
    out.insert(2, "name", corpus.entity_values(out["entity_id"], "name"))
    out.insert(3, "type", corpus.entity_values(out["entity_id"], "type"))
    return out


def _most(counts: np.ndarray, top: int) -> np.ndarray:
    """The positions of the `top` largest counts above zero, most first, ties in the
    catalogue's order (as value_counts ranks them). Only the counts that reach the top-th
    largest are sorted: a stable sort of every entity's count (200k) cost 10 ms a call."""
    if top <= 0 or not len(counts):
        return np.zeros(0, dtype=np.int64)
    if top < len(counts):
        threshold = np.partition(counts, len(counts) - top)[len(counts) - top]
        candidates = np.flatnonzero(counts >= max(threshold, 1))
    else:
        candidates = np.flatnonzero(counts > 0)
    return candidates[np.argsort(-counts[candidates], kind="stable")][:top]


def with_ci(frame: pd.DataFrame) -> pd.DataFrame:
    """tone.aggregate's frame with a 95% interval of the mean (normal approximation)."""
    half = Z_95 * frame["tone_se"]
    return frame.assign(ci_low=frame["tone_mean"] - half, ci_high=frame["tone_mean"] + half)
