"""Per-article term counts as a sparse article × term matrix, and a group's counts as one sum
of its articles' rows. No Streamlit, no pandas here.

Compare counts terms (words, entities) per group on every filter change. The counts of each
article are fixed by the run (lib.queries.wordcounts for words, `Corpus.pairs` for entities),
so they are held once as a CSR matrix over the arrays the corpus already has (no copy). The
selected articles' rows are summed per combination of groups with one sparse product `G @ M`
(a C loop that reads each selected row once, no temporary array per count); a selection that
holds more than half of the counts is the whole corpus's sums (kept by the caller) less the
rows it leaves out, so that no filter change reads more than half of the matrix. The whole
corpus's sums of a new set of groups read the groups' rows only: the rest is the column
totals (once per corpus) less them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

COUNT_DTYPE = np.int32  # the products stay in int32, like the stored counts (no copy of them);
# the sum of every count of a matrix is checked to fit (`csr`)


def _index(values: np.ndarray) -> np.ndarray:
    return values if values.dtype == np.int32 else values.astype(np.int32)


def csr(
    counts: np.ndarray,
    terms: np.ndarray,
    offsets: np.ndarray,
    n_terms: int,
    *,
    total: int | None = None,
) -> sp.csr_array:
    """An article × term matrix: the counts of article a are `counts[offsets[a]:offsets[a+1]]`
    of the terms `terms[…]` (0 … n_terms-1). Arrays of the right dtype are used as they are
    (a memory-mapped table stays memory-mapped, and none of it is read here when `total`, the
    sum of the counts, is known)."""
    if len(terms) >= 2**31 or n_terms >= 2**31:
        raise ValueError("more than 2**31 counts or terms: split the corpus")
    counts = counts if counts.dtype == COUNT_DTYPE else counts.astype(COUNT_DTYPE)
    if total is None:
        total = int(counts.sum(dtype=np.int64)) if len(counts) else 0
    if total >= 2**31:
        raise ValueError("a total above 2**31 would overflow the int32 sums")
    shape = (len(offsets) - 1, n_terms)
    return sp.csr_array((counts, _index(terms), _index(offsets)), shape=shape, copy=False)


def presence_and_counts(
    article: np.ndarray, term: np.ndarray, n: np.ndarray, *, n_articles: int, n_terms: int
) -> sp.csr_array:
    """From (article, term, n) rows sorted by article (each pair once, as `Corpus.pairs`): a
    matrix of 2 × n_terms columns, 1 for each term an article names (0 … n_terms-1), then its
    count (n_terms …), so that one product gives both articles and mentions."""
    per_article = np.bincount(article, minlength=n_articles)
    starts = np.concatenate([[0], np.cumsum(per_article)])
    # Each article's pairs twice in a row, its presences then its counts: pair i of article a
    # goes to i + starts[a] (its article's earlier pairs are there twice), its count after
    # the article's presences.
    presence = np.arange(len(article)) + starts[article]
    count = presence + per_article[article]
    terms = np.empty(2 * len(article), dtype=np.int32)
    values = np.empty(2 * len(article), dtype=COUNT_DTYPE)
    terms[presence], terms[count] = term, term + n_terms
    values[presence], values[count] = 1, n
    return csr(values, terms, 2 * starts, 2 * n_terms)


def _sum_matrix(rows: np.ndarray, offsets: np.ndarray, n_articles: int) -> sp.csr_array:
    # One row of ones per sum, with int32 indices like the matrix's: an int64 index in either
    # operand would make scipy copy the matrix's indices to int64 at every product.
    return csr(np.ones(len(rows), dtype=COUNT_DTYPE), rows, offsets, n_articles)


def rows_sum(matrix: sp.csr_array, rows: Sequence[np.ndarray]) -> np.ndarray:
    """Per list of article rows, the sum of their rows of the matrix: shape (len(rows), n_terms),
    int64."""
    offsets = np.concatenate([[0], np.cumsum([len(r) for r in rows], dtype=np.int64)])
    picked = np.concatenate(rows) if rows else np.array([], dtype=np.int32)
    g = _sum_matrix(picked, offsets, matrix.shape[0])
    return (g @ matrix).toarray().astype(np.int64)


def column_totals(matrix: sp.csr_array) -> np.ndarray:
    """Each column's sum over every row (int64): what `whole_sums` starts from."""
    return np.bincount(matrix.indices, weights=matrix.data, minlength=matrix.shape[1]).astype(
        np.int64
    )  # exact: float64 holds every integer below 2**53


def present_sums(
    matrix: sp.csr_array, combination: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """The combinations (0 … size-1) that some article has (`combination`, one per row of
    the matrix; -1: counted nowhere), ascending, and per combination the sum of its
    articles' rows: shape (len(combinations), n_terms), in the matrix's dtype. Each article's
    row is read once; a combination no article has costs nothing (groups by outlet never
    overlap: 5 of the 16 combinations of four groups, and a dense row each of the other 11
    was most of the product's time on a 600k-word vocabulary)."""
    counted = np.flatnonzero(combination >= 0)
    order = counted[np.argsort(combination[counted], kind="stable")]
    per = np.bincount(combination[counted], minlength=size)
    combos = np.flatnonzero(per)
    offsets = np.concatenate([[0], np.cumsum(per[combos])])
    return combos, (_sum_matrix(order, offsets, matrix.shape[0]) @ matrix).toarray()


def combination_sums(matrix: sp.csr_array, combination: np.ndarray, size: int) -> np.ndarray:
    """`present_sums` as one row per combination (0 … size-1), zeros for those no article
    has: shape (size, n_terms), in the matrix's dtype."""
    combos, sums = present_sums(matrix, combination, size)
    out = np.zeros((size, matrix.shape[1]), dtype=sums.dtype)
    out[combos] = sums
    return out


def whole_sums(
    matrix: sp.csr_array, combination: np.ndarray, size: int, totals: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """`present_sums` of every article (with combination 0 always present), reading only the
    rows of the other combinations: combination 0's sum (the articles of no group, most of
    the corpus) is the column totals (column_totals, kept by the caller) less theirs."""
    combos, sums = present_sums(matrix, np.where(combination > 0, combination, -1), size)
    rest = totals - sums.sum(axis=0, dtype=np.int64)
    return np.concatenate([[0], combos]), np.vstack([rest, sums.astype(np.int64)])


def selected_combination_sums(
    matrix: sp.csr_array,
    combination: np.ndarray,
    size: int,
    selected: np.ndarray,
    whole: Callable[[], tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray]:
    """`present_sums` of the `selected` articles (a boolean mask over the matrix's rows).
    When they hold more than half of the counts, it is `whole()` (the present sums of every
    article, which the caller keeps) less the sums of the articles left out: no call reads
    more than half of the matrix."""
    lengths = np.diff(matrix.indptr)
    if lengths[~selected].sum() < lengths[selected].sum():
        combos, sums = whole()
        out_combos, out_sums = present_sums(matrix, np.where(selected, -1, combination), size)
        sums = sums.copy()  # the kept sums stay as they are
        sums[np.searchsorted(combos, out_combos)] -= out_sums  # every article's are in whole
        return combos, sums
    return present_sums(matrix, np.where(selected, combination, -1), size)


def group_columns(
    by_combination: np.ndarray, n_groups: int, combos: np.ndarray | None = None
) -> np.ndarray:
    """From the sums per combination of groups of selected articles (bit g: in group g; 0: in
    none), row i that of combination combos[i] (i itself when None; one row per combination
    at most): each group, the groups' union and the selection, as counts.group_columns gives
    them (n_groups + 2 rows, int64). Row by row, without a copy of the combinations'."""
    combos = np.arange(len(by_combination)) if combos is None else combos
    out = np.zeros((n_groups + 2, by_combination.shape[1]), dtype=np.int64)
    for combination, row in zip(combos.tolist(), by_combination, strict=True):
        for g in range(n_groups):
            if combination >> g & 1:
                out[g] += row
        if combination:
            out[n_groups] += row
        out[n_groups + 1] += row
    return out
