"""Entities and words per group, and the ones most distinctive of each group."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib import queries
from lib.queries import wordcounts
from lib.queries.categorical import category_codes
from lib.queries.compare import term_matrix as tm
from lib.queries.compare.groups import Group, group_labels
from lib.queries.compare.logodds import compared, distinctive, pair_scores
from lib.queries.compare.members import group_bits, group_mask, in_group, kept, per_groups


def _count_frame(columns: np.ndarray, terms: pd.Index, k: int) -> pd.DataFrame:
    """group_columns' rows -> one row per term seen in the selection, columns 0 … k-1,
    'union', 'background'."""
    seen = np.flatnonzero(columns[k + 1] > 0)  # positions once: a mask per column costs 4x
    frame = pd.DataFrame(
        {
            name: column.take(seen).astype("int64", copy=False)
            for name, column in zip([*range(k), "union", "background"], columns, strict=True)
        },
        index=terms[seen],
    )
    frame.index.name = "term"
    return frame


def _entity_matrix(corpus: queries.Corpus):
    """Each article's entities (presence, then mentions: tm.presence_and_counts), once per
    corpus, over the arrays of `Corpus.pairs`."""

    def compute():
        p = corpus.pairs  # sorted by article
        return tm.presence_and_counts(
            category_codes(p["article_id"]),
            category_codes(p["entity_id"]).astype(np.int32),
            p["n"].to_numpy(),
            n_articles=len(corpus.articles),
            n_terms=len(corpus.catalog),
        )

    return corpus.derived("compare.entity_matrix", compute)


def _word_matrix(corpus: queries.Corpus):
    """Each article's word counts (lib.queries.wordcounts) as a matrix over a map of their
    file made for this sum (ArticleWords.counts): none of it read until rows are summed,
    and the pages read leave the server's memory with the matrix."""
    words = wordcounts.of_corpus(corpus)
    word, n = words.counts()
    return tm.csr(n, word, words.offsets, len(words.vocabulary), total=int(words.totals.sum()))


def _totals(corpus: queries.Corpus, kind: str):
    """Each column's sum over every article, once per corpus: the word totals kept beside the
    word counts, the entity matrix's summed."""
    if kind == "words":
        return wordcounts.of_corpus(corpus).totals
    return corpus.derived("compare.entity_totals", lambda: tm.column_totals(_entity_matrix(corpus)))


WHOLE_KEPT = 2  # groups whose sums over the whole corpus are kept (each a few MB)


def _group_sums(corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group], kind: str):
    """group_columns' rows (each group, the union, the selection) of the `kind` matrix, over
    the articles of the selection: one sum per combination of groups (tm), then each column
    the sum of its combinations. The sums over the whole corpus, which a broad selection
    starts from, are kept per groups; they read only the groups' rows (tm.whole_sums)."""
    matrix = _entity_matrix(corpus) if kind == "entities" else _word_matrix(corpus)
    k = len(groups)
    own = np.zeros(matrix.shape[0], dtype=np.int64)  # the groups an article is in, as bits
    for g, group in enumerate(groups):
        own |= group_mask(corpus, group.filters).astype(np.int64) << g

    def whole() -> tuple[np.ndarray, np.ndarray]:
        return kept(
            corpus, f"{kind}_whole", tuple(groups),
            lambda: tm.whole_sums(matrix, own, 1 << k, _totals(corpus, kind)),
            limit=WHOLE_KEPT,
        )  # fmt: skip

    combos, sums = tm.selected_combination_sums(
        matrix, own, 1 << k, corpus.article_mask(ids), whole
    )
    return tm.group_columns(sums, k, combos)


def entity_columns(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]
) -> tuple[np.ndarray, np.ndarray]:
    """Articles and mentions of every catalogue entity (any type) per group, in the union and
    in the selection (group_columns' rows): one sum of the groups' rows of the article ×
    entity matrix."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        sums = _group_sums(corpus, ids, groups, "entities")
        size = len(corpus.catalog)
        return sums[:, :size], sums[:, size:]

    return per_groups(corpus, "entities", ids, groups, compute)


def _entity_mentions(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group], types: Sequence[str]
) -> np.ndarray:
    """entity_columns' mentions, zero for the entities of other types."""
    mentions = entity_columns(corpus, ids, groups)[1]
    allowed = corpus.allowed_types(types)
    return mentions if allowed is None else mentions * allowed


def entity_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
) -> pd.DataFrame:
    """Mentions of each entity (of the given types) per group (columns 0 … k-1), in the
    groups' union ('union') and in the sidebar's selection ('background')."""
    catalog_ids = corpus.derived("compare.catalog_ids", lambda: corpus.catalog.index.astype(object))
    # Once per selection, groups and types: the distinctive entities and the pair of groups
    # both read it (a frame of every entity seen, 10 ms to make); callers do not change it.
    return per_groups(
        corpus,
        f"entity_counts-{'|'.join(types)}",
        ids,
        groups,
        lambda: _count_frame(
            _entity_mentions(corpus, ids, groups, types), catalog_ids, len(groups)
        ),
    )


def _sample(index: pd.Index, limit: int | None) -> pd.Index:
    """At most `limit` articles: those with the smallest ids (a hash of the text, so a
    uniform sample that is the same on every run)."""
    if limit is None or len(index) <= limit:
        return index
    return pd.Index(np.sort(np.asarray(index, dtype=object))[:limit], name=index.name)


def _sampled_bits(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group], limit: int
) -> np.ndarray:
    """group_bits with at most `limit` articles counted per group (the smallest ids; an
    article sampled for one group counts in every group it belongs to) and, for the
    selection, a sample of it together with every counted article."""
    bits = group_bits(corpus, ids, groups)
    k = len(groups)
    members = [corpus.all_ids[in_group(bits, g)] for g in range(k)]
    sampled = (
        corpus.article_mask(
            pd.Index(np.concatenate([np.asarray(_sample(m, limit), dtype=object) for m in members]))
        )
        if k
        else np.zeros(len(bits), dtype=bool)
    )
    background = sampled | corpus.article_mask(
        _sample(pd.Index(np.asarray(ids, dtype=object)), limit)
    )
    kept = np.where(sampled, bits & ((1 << k) - 1), 0).astype(np.uint8)
    return kept | (background.astype(np.uint8) << k)


def _bit_columns(corpus: queries.Corpus, bits: np.ndarray, k: int) -> np.ndarray:
    """Words per group, in the union and in the selection (group_columns' rows) of the
    articles whose bits are set (lib.queries.compare.counts): the sum of their rows."""
    members = [in_group(bits, g) for g in range(k)]
    members += [(bits & ((1 << k) - 1)) > 0, in_group(bits, k)]
    return tm.rows_sum(_word_matrix(corpus), [np.flatnonzero(m) for m in members])


def word_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    max_articles: int | None = None,
) -> pd.DataFrame:
    """Words (see the module docstring) per group, in the union and in the background, like
    entity_counts. With `max_articles`, only a fixed sample of that many articles per group
    (and of the selection) is counted."""
    vocabulary = wordcounts.of_corpus(corpus).vocabulary
    k = len(groups)
    if max_articles is None:
        columns = per_groups(
            corpus, "words", ids, groups, lambda: _group_sums(corpus, ids, groups, "words")
        )
    else:
        columns = _bit_columns(corpus, _sampled_bits(corpus, ids, groups, max_articles), k)
    return _count_frame(columns, vocabulary, k)


def _named_rows(corpus: queries.Corpus, frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """`_named_terms` of entities whose catalogue rows are known: no lookup of their ids."""
    names, types = (
        corpus.derived(f"catalog-{c}", lambda c=c: corpus.catalog[c].to_numpy(dtype=object))[rows]
        for c in ("name", "type")
    )  # the arrays Corpus.entity_values reads
    terms = frame["term"].to_numpy(dtype=object)
    return frame.assign(name=np.where(pd.notna(names), names, terms), type=types)


def _named_terms(corpus: queries.Corpus, frame: pd.DataFrame, kind: str) -> pd.DataFrame:
    if kind == "entity":
        terms = frame["term"].to_numpy(dtype=object)
        names = corpus.entity_values(terms, "name")
        known = pd.notna(names)
        return frame.assign(
            name=np.where(known, names, terms), type=corpus.entity_values(terms, "type")
        )
    return frame.assign(name=frame["term"], type=None)


def distinctive_terms(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    kind: str = "entity",
    types: Sequence[str] = (),
    prior_scale: float = 1.0,
    top: int | None = None,
    max_articles: int | None = None,
) -> pd.DataFrame:
    """The entities (kind="entity") or words (kind="word") most distinctive of each group
    (see `distinctive`), with name and type; the `top` of each group when given."""
    if kind == "entity":
        counts = entity_counts(corpus, ids, groups=groups, types=types)
    else:
        counts = word_counts(corpus, ids, groups=groups, max_articles=max_articles)
    labels = group_labels(groups, corpus.names)
    scored = _named_terms(
        corpus, distinctive(counts, labels, prior_scale=prior_scale, top=top), kind
    )
    return scored[["group", "rank", "term", "name", "type", *scored.columns[2:-3]]]


def pair_terms(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    a: int = 0,
    b: int = 1,
    kind: str = "entity",
    types: Sequence[str] = (),
    prior_scale: float = 1.0,
    max_articles: int | None = None,
) -> pd.DataFrame:
    """Group a against group b (see `pair_scores`), with name and type, sorted by |z|."""
    if kind == "entity":
        counts = entity_counts(corpus, ids, groups=groups, types=types)
    else:
        counts = word_counts(corpus, ids, groups=groups, max_articles=max_articles)
    scored = pair_scores(counts, a, b, prior_scale=prior_scale)
    order = scored["z"].abs().sort_values(ascending=False).index
    scored = scored.reindex(order).reset_index(drop=True)
    if kind == "entity":  # named by catalogue row: every term of the frame is one
        seen = _entity_mentions(corpus, ids, groups, types)[len(groups) + 1] > 0  # counts' rows
        rows = np.flatnonzero(seen)[compared(counts, a, b)[order]]
        scored = _named_rows(corpus, scored, rows)
    else:
        scored = _named_terms(corpus, scored, kind)
    labels = group_labels(groups, corpus.names)
    scored.insert(0, "group_b", labels[b])
    scored.insert(0, "group_a", labels[a])
    cols = ["group_a", "group_b", "term", "name", "type", "n_a", "n_b", "per_1000_a", "per_1000_b"]
    return scored[[*cols, "delta", "se", "z"]]
