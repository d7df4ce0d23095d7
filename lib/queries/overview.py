"""The Overview's questions: what is loaded, the most mentioned entities, the volume of
articles and the mentions of entities over time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from lib.queries import filters as flt
from lib.queries.categorical import category_codes
from lib.queries.corpus import Corpus, entity_counts, entity_totals, pair_rows
from lib.queries.entities import counted_entities
from lib.queries.periods import counts_per_period, in_days, period_range


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
    # By catalogue row (a join on the ids hashes the catalogue: the page asks four times).
    n_mentions, n_articles = entity_totals(corpus, ids)
    allowed = corpus.allowed_types([entity_type])
    rows = np.flatnonzero((n_articles > 0) & allowed)
    # Most mentions, then most articles; ties in catalogue order (as nlargest keeps them).
    rows = rows[np.lexsort((-n_articles[rows], -n_mentions[rows]))[:top]]
    return counted_entities(
        corpus.catalog[["name", "type"]], rows, n_mentions[rows], n_articles[rows]
    )


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
    # sum of n, its articles the number of rows (far fewer rows than the mentions). Counted
    # with bincounts over the entities' catalogue rows and the articles' period codes (made
    # once per corpus): a groupby and a join on the ids hash the whole catalogue each time.
    rows = pair_rows(corpus, ids, entity_ids)
    p = corpus.pairs
    art = category_codes(p["article_id"])[rows]
    dated = in_days(corpus.published.to_numpy()[art], start, end)
    cols = ["period", "entity_id", "name", "type", "n_mentions", "n_articles"]
    if not dated.any():
        return pd.DataFrame(columns=cols)
    rows, art = rows[dated], art[dated]
    uniques, article_periods = corpus.period_codes(freq)
    code = article_periods[art]
    # Every period of the range, zeros included, so that a line does not skip quiet months.
    first = pd.Timestamp(start) if start else uniques.iloc[code.min()]
    last = pd.Timestamp(end) if end else uniques.iloc[code.max()]
    periods = period_range(first, last, freq)
    position = periods.get_indexer(uniques)[code]
    entities, entity = np.unique(category_codes(p["entity_id"])[rows], return_inverse=True)
    key = entity * len(periods) + position  # entity by entity (catalogue order = id order)
    size = len(entities) * len(periods)
    n = p["n"].to_numpy()[rows]
    catalog = corpus.catalog.iloc[np.repeat(entities, len(periods))]
    return pd.DataFrame(
        {
            "period": np.tile(periods.to_numpy(), len(entities)),
            "entity_id": pd.Series(catalog.index.to_numpy(), dtype="str"),
            "name": catalog["name"].reset_index(drop=True),
            "type": catalog["type"].reset_index(drop=True),
            "n_mentions": np.bincount(key, weights=n, minlength=size).astype(np.int64),
            "n_articles": np.bincount(key, minlength=size).astype(np.int64),
        }
    )


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
