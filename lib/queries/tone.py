"""Reading tone scores: a score's label (negative, neutral, positive), tone per group of
sentences with its standard error, and the note every tone chart carries.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

TRUST_NOTE: str = (
    "Tone is a word-list (lexicon) score of each whole sentence, from −1 (hostile, critical) to "
    "+1 (conciliatory, approving): every entity in a sentence gets that sentence's score. On 126 "
    "hand-labelled news sentences it agrees with a careful reader on about 4 in 5 (accuracy 0.81, "
    "macro-F1 0.81; 0.75 on the 20 sentences of the real seed articles), so trust averages over "
    "many sentences and differences between groups, not the score of any single sentence."
)


#: Tone is scored in English only: VADER's lexicon is English (docs/tone.md).
TONE_LANGUAGES: tuple[str, ...] = ("en",)


def untoned_note(languages: pd.Series) -> str | None:
    """What every tone chart says when articles in another language than English are among
    those it covers: they have no tone (null scores) and count in none of its figures.
    `languages` holds the articles' articles.language codes; None when all are English."""
    codes = pd.Series(languages, dtype=object).dropna()
    other = codes[~codes.isin(TONE_LANGUAGES)]
    if other.empty:
        return None
    from lib.queries.filters import language_name

    per = other.value_counts()
    which = " and ".join(language_name(c) for c in per.index)
    return (
        f"No tone for {len(other):,} article(s) in {which}: the tone score (VADER) reads English "
        "only, so their sentences are left out of every tone figure and table here."
    )


LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")


#: VADER's own cut-off: |compound| < 0.05 is neutral.
VADER_NEUTRAL_BAND: float = 0.05


#: The band used by `label` and `aggregate`: VADER's own. On the labelled sentences macro-F1 is
#: flat for bands 0.05 … 0.30, and a band tuned by cross-validation does worse on held-out folds
#: than this fixed one (docs/tone.md, "Validation").
NEUTRAL_BAND: float = VADER_NEUTRAL_BAND


def label(score: float, *, neutral_band: float = NEUTRAL_BAND) -> str:
    """The label of a score: "negative", "neutral" or "positive"; neutral when abs(score) < band."""
    if score >= neutral_band:
        return "positive"
    if score <= -neutral_band:
        return "negative"
    return "neutral"


def labels(scores: Iterable[float], *, neutral_band: float = NEUTRAL_BAND) -> np.ndarray:
    """`label` for many scores at once (an array of strings)."""
    values = np.asarray(scores if hasattr(scores, "__len__") else list(scores), dtype=float)
    return np.where(
        values >= neutral_band, "positive", np.where(values <= -neutral_band, "negative", "neutral")
    )


def aggregate(
    frame: pd.DataFrame, by: list[str], *, neutral_band: float = NEUTRAL_BAND
) -> pd.DataFrame:
    """Tone per group: n_sentences, n_articles, tone_mean, tone_se, share_negative/neutral/positive.

    `frame` has columns article_id, sentence_id, tone and the `by` columns. A sentence counts
    once per group even if it appears several times in it (one row per mention); rows with a
    missing tone are left out. `by=[]` gives one row over everything. tone_se is the standard
    error of the mean (NaN below two sentences).
    """
    missing = {"article_id", "sentence_id", "tone", *by} - set(frame.columns)
    if missing:
        raise KeyError(f"aggregate: the frame lacks column(s) {sorted(missing)}")
    keys = list(dict.fromkeys([*by, "article_id", "sentence_id"]))  # by may name article_id
    data = frame[[*keys, "tone"]].dropna(subset=["tone"]).drop_duplicates(subset=keys)
    tone_labels = labels(data["tone"].to_numpy(), neutral_band=neutral_band)
    data = data.assign(**{f"_is_{name}": tone_labels == name for name in LABELS})
    named = {
        "n_sentences": ("tone", "size"),
        "n_articles": ("article_id", "nunique"),
        "tone_mean": ("tone", "mean"),
        "tone_sd": ("tone", "std"),
        **{f"share_{name}": (f"_is_{name}", "mean") for name in LABELS},
    }
    if by:
        out = data.groupby(by, dropna=False, sort=True).agg(**named).reset_index()
    else:
        out = data.assign(_all=0).groupby("_all").agg(**named).reset_index(drop=True)
    out["tone_se"] = out.pop("tone_sd") / np.sqrt(out["n_sentences"])
    columns = [*by, "n_sentences", "n_articles", "tone_mean", "tone_se"]
    columns += [f"share_{name}" for name in LABELS]
    return out[columns].astype({"n_sentences": "int64", "n_articles": "int64"})
