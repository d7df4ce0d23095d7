"""The Overview's questions: what is loaded, the most mentioned entities, the volume of
articles and the mentions of entities over time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from lib.queries import filters as flt
from lib.queries.corpus import Corpus, entity_counts, entity_totals, pair_rows
from lib.queries.periods import (
    counts_per_period,
    in_range,
    period_range,
    period_start,
)


def overview(corpus: Corpus, ids: pd.Index) -> dict:
    """Counts for the headline metrics."""
    mask = corpus.article_mask(ids)
    arts = corpus.articles[["source"]][mask]
    dated = corpus.published[mask].dropna()
    counts = entity_counts(corpus, ids)
    by_type = corpus.catalog.loc[counts.index, "type"].value_counts()
    return {
        "articles": len(arts),
        "sources": int(arts["source"].nunique()),
        "dated": len(dated),
        "undated": len(arts) - len(dated),
        "first": dated.min().date() if len(dated) else None,
        "last": dated.max().date() if len(dated) else None,
        "entities": len(counts),
        "mentions": int(counts["n_mentions"].sum()),
        "by_type": {t: int(n) for t, n in by_type.items() if n},
    }


def top_entities(corpus: Corpus, ids: pd.Index, *, entity_type: str, top: int = 10) -> pd.DataFrame:
    """The most mentioned entities of one type: entity_id, name, type, n_mentions, n_articles."""
    counts = entity_counts(corpus, ids, types=[entity_type])
    counts = counts.nlargest(top, ["n_mentions", "n_articles"])
    counts = counts.join(corpus.catalog[["name", "type"]]).reset_index()
    return counts[["entity_id", "name", "type", "n_mentions", "n_articles"]]


def volume(
    corpus: Corpus,
    ids: pd.Index,
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Articles published per period, empty periods included: period (its first day),
    n_articles."""
    periods, counts = counts_per_period(
        corpus.published,
        [corpus.article_mask(ids)],
        freq=freq,
        start=start,
        end=end,
        codes=corpus.period_codes(freq),
    )
    return pd.DataFrame(
        {"period": periods, "n_articles": counts[0] if len(periods) else []}
    ).astype({"period": "datetime64[ns]", "n_articles": "int64"})


def mentions_over_time(
    corpus: Corpus,
    ids: pd.Index,
    entity_ids: Sequence[str],
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Mentions of each entity per period, by publication day: period, entity_id, name, type,
    n_mentions, n_articles."""
    # A row of Corpus.pairs is one article naming the entity n times: its mentions are the
    # sum of n, its articles the number of rows (far fewer rows than the mentions).
    rows = pair_rows(corpus, ids, entity_ids)
    p = corpus.pairs
    published = pd.Series(corpus.published.to_numpy()[p["article_id"].cat.codes.to_numpy()[rows]])
    dated = in_range(published, start, end)
    cols = ["period", "entity_id", "name", "type", "n_mentions", "n_articles"]
    if not dated.any():
        return pd.DataFrame(columns=cols)
    rows = rows[dated]
    grouped = (
        pd.DataFrame(
            {
                "period": period_start(published[dated].reset_index(drop=True), freq),
                "entity_id": p["entity_id"].iloc[rows].reset_index(drop=True),
                "n": p["n"].to_numpy()[rows],
            }
        )
        .groupby(["period", "entity_id"], observed=True)
        .agg(n_mentions=("n", "sum"), n_articles=("n", "size"))
        .reset_index()
    )
    # Every period of the range, zeros included, so that a line does not skip quiet months.
    first = pd.Timestamp(start) if start else grouped["period"].min()
    last = pd.Timestamp(end) if end else grouped["period"].max()
    full = pd.MultiIndex.from_product(
        [period_range(first, last, freq), list(dict.fromkeys(grouped["entity_id"]))],
        names=["period", "entity_id"],
    )
    grouped = grouped.set_index(["period", "entity_id"]).reindex(full, fill_value=0).reset_index()
    grouped = grouped.join(corpus.catalog[["name", "type"]], on="entity_id")
    return grouped[cols].sort_values(["entity_id", "period"], ignore_index=True)


def default_series_entities(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), top: int = 4
) -> list[str]:
    """When no entity is selected, the timeline follows the most mentioned ones."""
    n_mentions, _ = entity_totals(corpus, ids)
    allowed = corpus.allowed_types([t for t in (types or flt.ENTITY_TYPES) if t != "event"])
    counts = n_mentions * allowed
    # Most mentioned first, ties in catalogue order (as value_counts on the codes ranks them).
    ranked = np.lexsort((np.arange(len(counts)), -counts))[:top]
    return corpus.catalog.index[ranked].tolist()
