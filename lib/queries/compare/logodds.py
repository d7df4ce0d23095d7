"""Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): the
terms most distinctive of each group, with z-scores. Pure functions over count frames.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

MIN_ALPHA = 0.01  # the smallest prior pseudo-count: an uninformative floor (scattertext's default)


def log_odds(
    y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """delta, its variance and z for every term: Monroe et al. (2008) eq. 16, 20 and 22,
    with the prior pseudo-counts `alpha` (one per term)."""
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    n_i, n_j, a_0 = y_i.sum(), y_j.sum(), alpha.sum()
    delta = np.log((y_i + alpha) / (n_i + a_0 - y_i - alpha)) - np.log(
        (y_j + alpha) / (n_j + a_0 - y_j - alpha)
    )
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, variance, delta / np.sqrt(variance)


def informative_prior(
    background: np.ndarray, n_compared: float, *, prior_scale: float = 1.0
) -> np.ndarray:
    """a_w = prior_scale · n_compared · (the term's share of the background), at least
    MIN_ALPHA."""
    background = np.asarray(background, dtype=float)
    total = background.sum()
    share = background / total if total > 0 else np.zeros_like(background)
    return np.maximum(prior_scale * n_compared * share, MIN_ALPHA)


def _scores(
    y_i: np.ndarray, y_j: np.ndarray, background: np.ndarray, prior_scale: float
) -> dict[str, np.ndarray]:
    alpha = informative_prior(background, y_i.sum() + y_j.sum(), prior_scale=prior_scale)
    delta, variance, z = log_odds(y_i, y_j, alpha)
    n_i, n_j = max(y_i.sum(), 1), max(y_j.sum(), 1)
    return {
        "n_group": y_i.astype("int64"),
        "n_other": y_j.astype("int64"),
        "per_1000_group": 1000 * y_i / n_i,
        "per_1000_other": 1000 * y_j / n_j,
        "delta": delta,
        "se": np.sqrt(variance),
        "z": z,
    }


def _scored(
    terms: pd.Index, y_i: np.ndarray, y_j: np.ndarray, background: np.ndarray, prior_scale: float
) -> pd.DataFrame:
    return pd.DataFrame({"term": terms, **_scores(y_i, y_j, background, prior_scale)})


def _ranked(z: np.ndarray, n: np.ndarray, top: int | None) -> np.ndarray:
    """The positions of the `top` terms (all when None) by z, then count, both descending;
    ties in the order of the terms. With `top`, only the terms whose z reaches the top-th
    largest are sorted (a partition, then a sort of a few)."""
    if top is None or top >= len(z):
        return np.lexsort((-n, -z))[:top]
    threshold = np.partition(z, len(z) - top)[len(z) - top]
    candidates = np.flatnonzero(z >= threshold)  # ties at the threshold all in
    return candidates[np.lexsort((-n[candidates], -z[candidates]))][:top]


def distinctive(
    counts: pd.DataFrame, labels: Sequence[str], *, prior_scale: float = 1.0, top: int | None = None
) -> pd.DataFrame:
    """Every term scored for each group against the articles of the other groups that are
    not in it: group, term, n_group, n_other, per_1000_group, per_1000_other, delta, se, z,
    rank (1 = most distinctive of the group); only ranks up to `top` when given.

    `counts` (term_counts) has one row per term and columns 0 … k-1 (each group's counts),
    "union" (the groups' articles, each once) and "background"."""
    frames = []
    union = counts["union"].to_numpy(dtype=float)
    background = counts["background"].to_numpy()
    for g, label in enumerate(labels):
        y_i = counts[g].to_numpy(dtype=float)
        y_j = union - y_i
        seen = np.flatnonzero((y_i + y_j) > 0)
        scores = _scores(y_i[seen], y_j[seen], background[seen], prior_scale)
        order = _ranked(scores["z"], scores["n_group"], top)
        frames.append(
            pd.DataFrame(
                {
                    "group": label,
                    "term": counts.index[seen[order]],
                    **{name: values[order] for name, values in scores.items()},
                    "rank": np.arange(1, len(order) + 1),
                }
            )
        )
    columns = ["group", "term", "n_group", "n_other", "per_1000_group", "per_1000_other"]
    columns += ["delta", "se", "z", "rank"]
    return (
        pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)
    )


def compared(counts: pd.DataFrame, a: int, b: int) -> np.ndarray:
    """The rows of `counts` that `pair_scores` scores (a term of either group), ascending."""
    return np.flatnonzero(counts[a].to_numpy(dtype=float) + counts[b].to_numpy(dtype=float) > 0)


def pair_scores(counts: pd.DataFrame, a: int, b: int, *, prior_scale: float = 1.0) -> pd.DataFrame:
    """Group a against group b, term by term (each group with all its articles): term,
    n_a, n_b, per_1000_a, per_1000_b, delta, se, z (> 0: more typical of a)."""
    y_a, y_b = counts[a].to_numpy(dtype=float), counts[b].to_numpy(dtype=float)
    seen = compared(counts, a, b)
    scored = _scored(
        counts.index[seen], y_a[seen], y_b[seen], counts["background"].to_numpy()[seen], prior_scale
    )
    return scored.rename(
        columns={
            "n_group": "n_a",
            "n_other": "n_b",
            "per_1000_group": "per_1000_a",
            "per_1000_other": "per_1000_b",
        }
    )
