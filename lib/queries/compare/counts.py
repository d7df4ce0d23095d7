"""Counting for the comparison of groups of articles, on integer arrays. No Streamlit, no
pandas tables here.

Every query of the Compare page sums something over each group's articles (mentions of each
entity, words, toned sentences). Groups overlap and lie inside the sidebar's selection, so each
article gets one small integer of bits: bit g set when it is in group g (g < k), bit k when it
is in the selection. One `np.bincount` over (bits, key) then gives the sums for every
combination of groups at once, and each group's column is a sum of a few combinations
(`group_columns`): a single pass over the rows, whatever the number of groups.
"""

from __future__ import annotations

import numpy as np

# Per-article tone sums (rows of `tone_sums`): sentences, sum of tones, sum of squares, negative,
# neutral and positive sentences, and whether the article has any scored sentence.
TONE_ROWS = ("n", "sum", "sum_sq", "negative", "neutral", "positive", "has_tone")


CHUNK_ROWS = 1 << 22  # rows summed at a time: the 30M word-count rows of 100k articles at
# once would take 0.7 GB of temporary keys and weights, on top of the corpus


def combination_sums(
    bits: np.ndarray,
    key: np.ndarray,
    *,
    size: int,
    n_groups: int,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Sums of `weights` (a count when None) per combination of groups and key: shape
    (2 ** (n_groups + 1), size), or (len(weights), 2 ** (n_groups + 1), size) for 2-D weights
    (one row of weights per sum). `bits` and `key` (0 … size-1) have one value per row; rows
    with no bit set (outside the selection) are skipped."""
    shape = (1 << (n_groups + 1), size)
    two_d = weights is not None and weights.ndim == 2
    per_sum = list(weights) if two_d else [weights]
    totals = [np.zeros(shape, dtype=np.int64 if w is None else np.float64) for w in per_sum]
    for start in range(0, len(bits), CHUNK_ROWS):
        part = slice(start, start + CHUNK_ROWS)
        b, k = bits[part], key[part]
        keep = b > 0
        every = keep.all()
        if not every:
            b, k = b[keep], k[keep]
        flat = b.astype(np.int64) * size + k  # once a chunk, for every row of weights
        for total, w in zip(totals, per_sum, strict=True):
            if w is not None:
                w = w[part] if every else w[part][keep]
            total += np.bincount(flat, weights=w, minlength=shape[0] * size).reshape(shape)
    return np.stack(totals) if two_d else totals[0]


def group_columns(by_combination: np.ndarray, n_groups: int) -> np.ndarray:
    """From `combination_sums`: one row per group (0 … k-1), then the groups' union (each
    article once), then the selection: shape (n_groups + 2, size) (after the leading axis of
    2-D weights' sums)."""
    combos = np.arange(by_combination.shape[-2])
    in_any = (combos & ((1 << n_groups) - 1)) > 0
    members = [(combos >> g) & 1 for g in range(n_groups)]
    members += [in_any, (combos >> n_groups) & 1]
    weights = np.stack(members).astype(by_combination.dtype)
    return weights @ by_combination


def tone_sums(
    article: np.ndarray, tone: np.ndarray, n_articles: int, *, neutral_band: float
) -> np.ndarray:
    """Per article (0 … n_articles-1), the sums of TONE_ROWS over its sentences with a tone
    (rows with a NaN tone are left out); labels as lib.queries.tone.labels: positive from
    +neutral_band, negative up to -neutral_band."""
    scored = ~np.isnan(tone)
    article, tone = article[scored], tone[scored]
    positive = tone >= neutral_band
    negative = (tone <= -neutral_band) & ~positive
    neutral = ~positive & ~negative
    sums = [
        np.bincount(article, weights=w, minlength=n_articles)
        for w in (None, tone, tone * tone, negative, neutral, positive)
    ]
    sums.append(sums[0] > 0)
    return np.stack(sums).astype(np.float64)


def tone_summary(sums: np.ndarray) -> dict[str, np.ndarray]:
    """tone.aggregate's columns from sums of TONE_ROWS (one column per unit): n_sentences,
    n_articles, tone_mean, tone_se (NaN below two sentences), share_negative, share_neutral,
    share_positive."""
    n, total, squares, negative, neutral, positive, has_tone = sums
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / n
        variance = np.maximum(squares - total * mean, 0.0) / (n - 1)
        se = np.where(n >= 2, np.sqrt(variance) / np.sqrt(n), np.nan)
        return {
            "n_sentences": n.astype(np.int64),
            "n_articles": has_tone.astype(np.int64),
            "tone_mean": mean,
            "tone_se": se,
            "share_negative": negative / n,
            "share_neutral": neutral / n,
            "share_positive": positive / n,
        }
