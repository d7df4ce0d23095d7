"""Which articles belong to which group, counted once per (corpus, selection, groups)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from lib import queries
from lib.queries.categorical import category_codes
from lib.queries.compare.groups import Group, format_group, group_labels
from lib.queries.filters import Filters


def group_members(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]) -> list[pd.Index]:
    """Each group's articles: those of `ids` (the sidebar's selection) that pass its filters,
    in the order of `articles` (read off `group_bits`: looking ids up among 100k ids costs
    a fifth of a second a group)."""
    bits = group_bits(corpus, ids, groups)
    return [corpus.all_ids[in_group(bits, g)].rename("article_id") for g in range(len(groups))]


def kept(
    corpus: queries.Corpus,
    name: str,
    key: object,
    compute: Callable[[], Any],
    *,
    limit: int = 32,
) -> Any:
    """compute() once per corpus and key (the last `limit` kept): what does not depend on the
    sidebar's selection (a group's own articles, an entity's sentences)."""
    memo = corpus.__dict__.setdefault(f"_compare_{name}", {})
    if key not in memo:
        if len(memo) >= limit:
            memo.pop(next(iter(memo)))
        memo[key] = compute()
    return memo[key]


def per_groups(
    corpus: queries.Corpus,
    name: str,
    ids: pd.Index,
    groups: Sequence[Group],
    compute: Callable[[], Any],
) -> Any:
    """compute() once per selection and groups: the page asks a dozen queries of the same."""
    memo = corpus.per_selection(f"compare_{name}", ids, dict)
    key = tuple(groups)
    if key not in memo:
        if len(memo) >= 4:
            memo.pop(next(iter(memo)))
        memo[key] = compute()
    return memo[key]


def group_mask(corpus: queries.Corpus, filters: Filters) -> np.ndarray:
    """A boolean per row of `articles`: does the article pass the group's own filters."""
    return kept(corpus, "group_masks", filters, lambda: corpus.article_mask(corpus.select(filters)))


def group_bits(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]) -> np.ndarray:
    """One integer per row of `articles` (read-only): bit g set when the article is in group g,
    bit k (the number of groups) when it is in the sidebar's selection (see
    lib.queries.compare.counts)."""

    def compute() -> np.ndarray:
        selected = corpus.article_mask(ids)
        bits = selected.astype(np.uint8) << len(groups)
        for g, group in enumerate(groups):
            bits |= (selected & group_mask(corpus, group.filters)).astype(np.uint8) << g
        bits.flags.writeable = False
        return bits

    return per_groups(corpus, "bits", ids, groups, compute)


def in_group(bits: np.ndarray, g: int) -> np.ndarray:
    return (bits >> g) & 1 == 1


def mentions_per_article(corpus: queries.Corpus) -> np.ndarray:
    return kept(
        corpus,
        "per_article",
        "mentions",
        lambda: np.bincount(
            category_codes(corpus.mentions["article_id"]), minlength=len(corpus.articles)
        ),
    )


def group_sizes(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Per group: group (label), definition, n_articles, n_dated, n_mentions, first, last."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    published = corpus.published.to_numpy()
    n_mentions = mentions_per_article(corpus)
    rows = []
    for g, (label, group) in enumerate(zip(labels, groups, strict=True)):
        members = in_group(bits, g)
        days = published[members]
        days = days[~np.isnat(days)]
        rows.append(
            {
                "group": label,
                "definition": format_group(group),
                "n_articles": int(members.sum()),
                "n_dated": len(days),
                "n_mentions": int(n_mentions[members].sum()),
                "first": pd.Timestamp(days.min()).date() if len(days) else None,
                "last": pd.Timestamp(days.max()).date() if len(days) else None,
            }
        )
    return pd.DataFrame(rows)
