"""Validating the tone score against hand-labelled sentences: confusion matrix, accuracy
and macro-F1, the neutral band chosen by cross-validation (docs/tone.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from lib.queries.tone import LABELS, labels


def _codes(values: Sequence[str]) -> np.ndarray:
    codes = pd.Categorical(np.asarray(values, dtype=object), categories=LABELS).codes
    if (codes < 0).any():
        raise ValueError(f"labels must be one of {LABELS}; got {sorted(set(values) - set(LABELS))}")
    return codes


def _matrix(truth: Sequence[str], predicted: Sequence[str]) -> np.ndarray:
    return _matrix_codes(_codes(truth), _codes(predicted))


def _matrix_codes(truth: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    n = len(LABELS)
    return np.bincount(truth * n + predicted, minlength=n * n).reshape(n, n)


def _macro_f1(matrix: np.ndarray) -> float:
    denominators = matrix.sum(axis=0) + matrix.sum(axis=1)
    f1s = np.divide(
        2 * np.diag(matrix), denominators, out=np.zeros(len(LABELS)), where=denominators > 0
    )
    return float(f1s.mean())


def _label_codes(scores: np.ndarray, band: float) -> np.ndarray:
    # 0 negative, 1 neutral, 2 positive: the order of LABELS
    return 1 + (scores >= band).astype(np.int64) - (scores <= -band).astype(np.int64)


def confusion(truth: Sequence[str], predicted: Sequence[str]) -> pd.DataFrame:
    """Confusion matrix: rows are the human labels, columns the method's, in `LABELS` order."""
    return pd.DataFrame(
        _matrix(truth, predicted),
        index=pd.Index(LABELS, name="human"),
        columns=pd.Index(LABELS, name="method"),
    )


def accuracy_macro_f1(truth: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """Accuracy and macro-averaged F1 over the three labels (F1 of a class never predicted: 0)."""
    matrix = _matrix(truth, predicted)
    total = matrix.sum()
    accuracy = float(np.trace(matrix) / total) if total else 0.0
    return accuracy, _macro_f1(matrix)


#: The bands tried when a band is chosen on data.
BAND_GRID: tuple[float, ...] = tuple(round(0.05 * k, 2) for k in range(1, 13))


def choose_band(
    scores: Sequence[float], truth: Sequence[str], *, grid: Sequence[float] = BAND_GRID
) -> tuple[float, float]:
    """The band with the best macro-F1 on (scores, truth), ties to the smallest; and that F1."""
    values, truth_codes = np.asarray(scores, dtype=float), _codes(truth)
    best = (grid[0], -1.0)
    for band in grid:
        f1 = _macro_f1(_matrix_codes(truth_codes, _label_codes(values, band)))
        if f1 > best[1] + 1e-12:
            best = (band, f1)
    return best


def stratified_folds(truth: Sequence[str], *, k: int, seed: int) -> np.ndarray:
    """A fold number (0 … k-1) for each item, classes spread evenly over the folds."""
    rng = np.random.default_rng(seed)
    truth = np.asarray(truth)
    folds = np.empty(len(truth), dtype=int)
    offset = 0
    for name in LABELS:
        idx = np.flatnonzero(truth == name)
        rng.shuffle(idx)
        folds[idx] = (np.arange(len(idx)) + offset) % k
        offset += len(idx)
    return folds


def cross_validate(
    variants: Mapping[str, Sequence[float]],
    truth: Sequence[str],
    *,
    k: int = 5,
    repeats: int = 20,
    grid: Sequence[float] = BAND_GRID,
) -> dict[str, float]:
    """Nested cross-validation of choosing a scorer variant and a band on labelled data.

    `variants` maps a name to the scores of every labelled item. In each of `repeats` stratified
    `k`-fold splits, the variant and band with the best macro-F1 on the training folds label the
    held-out fold; returns the mean and standard deviation over repeats of the held-out accuracy
    and macro-F1, and how often each variant and band was chosen (keys "pick:<name>",
    "band:<band>", as shares of all folds).
    """
    truth = np.asarray(truth, dtype=object)
    scores = {name: np.asarray(values, dtype=float) for name, values in variants.items()}
    accuracies, f1s = [], []
    picks: dict[str, int] = {}
    for repeat in range(repeats):
        folds = stratified_folds(truth, k=k, seed=repeat)
        predicted = np.empty(len(truth), dtype=object)
        for fold in range(k):
            train, test = folds != fold, folds == fold
            best = None
            for name, values in scores.items():  # ties go to the first variant listed
                band, f1 = choose_band(values[train], truth[train], grid=grid)
                if best is None or f1 > best[2] + 1e-12:
                    best = (name, band, f1)
            name, band, _ = best
            for key in (f"pick:{name}", f"band:{band:.2f}"):
                picks[key] = picks.get(key, 0) + 1
            predicted[test] = labels(scores[name][test], neutral_band=band)
        accuracy, f1 = accuracy_macro_f1(truth, predicted)
        accuracies.append(accuracy)
        f1s.append(f1)
    result = {
        "accuracy_mean": float(np.mean(accuracies)),
        "accuracy_sd": float(np.std(accuracies)),
        "macro_f1_mean": float(np.mean(f1s)),
        "macro_f1_sd": float(np.std(f1s)),
    }
    result.update({key: count / (k * repeats) for key, count in sorted(picks.items())})
    return result
