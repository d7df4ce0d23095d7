"""Entities and words per group, and the ones most distinctive of each group."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib import queries
from lib.queries import wordcounts
from lib.queries.compare import counts as cc
from lib.queries.compare.groups import Group, group_labels
from lib.queries.compare.logodds import distinctive, pair_scores
from lib.queries.compare.members import group_bits, in_group, kept, per_groups


def _count_frame(columns: np.ndarray, terms: pd.Index, k: int) -> pd.DataFrame:
    """group_columns' rows -> one row per term seen in the selection, columns 0 … k-1,
    'union', 'background'."""
    seen = columns[k + 1] > 0
    frame = pd.DataFrame(
        {
            name: column[seen].astype("int64")
            for name, column in zip([*range(k), "union", "background"], columns, strict=True)
        },
        index=terms[seen],
    )
    frame.index.name = "term"
    return frame


def entity_columns(
    corpus: queries.Corpus, ids: pd.Index, groups: Sequence[Group]
) -> tuple[np.ndarray, np.ndarray]:
    """Articles and mentions of every catalogue entity (any type) per group, in the union and
    in the selection (group_columns' rows): one pass over `Corpus.pairs`."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        p = corpus.pairs
        bits = group_bits(corpus, ids, groups)[p["article_id"].cat.codes.to_numpy()]
        entity = p["entity_id"].cat.codes.to_numpy()
        size, k = len(corpus.catalog), len(groups)
        weights = kept(  # articles (1 per pair) and mentions, in one pass
            corpus, "pair_weights", "n",
            lambda: np.stack([np.ones(len(p)), p["n"].to_numpy(dtype=np.float64)]),
        )  # fmt: skip
        columns = cc.group_columns(
            cc.combination_sums(bits, entity, size=size, n_groups=k, weights=weights), k
        ).astype(np.int64)
        return columns[0], columns[1]

    return per_groups(corpus, "entities", ids, groups, compute)


def entity_counts(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    types: Sequence[str] = (),
) -> pd.DataFrame:
    """Mentions of each entity (of the given types) per group (columns 0 … k-1), in the
    groups' union ('union') and in the sidebar's selection ('background')."""
    mentions = entity_columns(corpus, ids, groups)[1]
    allowed = corpus.allowed_types(types)
    if allowed is not None:
        mentions = mentions * allowed
    return _count_frame(mentions, corpus.catalog.index.astype(object), len(groups))


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


ARTICLES_AT_A_TIME = 10_000  # about 3M word-count rows of real news


def _word_columns(corpus: queries.Corpus, bits: np.ndarray, k: int) -> np.ndarray:
    """Words per group, in the union and in the selection (group_columns' rows): a sum over
    the word-count rows of the selected articles (lib.queries.wordcounts)."""
    words = wordcounts.of_corpus(corpus)
    size = len(words.vocabulary)
    selected = np.flatnonzero(bits)
    if len(selected) > len(bits) // 2:  # most articles: every row, masked by the bits
        row_bits = np.repeat(bits, np.diff(words.offsets))
        by_combo = cc.combination_sums(row_bits, words.word, size=size, n_groups=k, weights=words.n)
    else:  # the selected articles' rows, a block of articles at a time (bounded memory)
        by_combo = np.zeros((1 << (k + 1), size))
        for block in np.array_split(selected, max(1, -(-len(selected) // ARTICLES_AT_A_TIME))):
            rows, lengths = words.rows_of(block)
            row_bits = np.repeat(bits[block], lengths)
            by_combo += cc.combination_sums(
                row_bits, words.word[rows], size=size, n_groups=k, weights=words.n[rows]
            )
    return cc.group_columns(by_combo, k)


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
            corpus, "words", ids, groups,
            lambda: _word_columns(corpus, group_bits(corpus, ids, groups), k),
        )  # fmt: skip
    else:
        columns = _word_columns(corpus, _sampled_bits(corpus, ids, groups, max_articles), k)
    return _count_frame(columns, vocabulary, k)


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
    scored = distinctive(counts, group_labels(groups, corpus.names), prior_scale=prior_scale)
    if top is not None:
        scored = scored[scored["rank"] <= top]
    scored = _named_terms(corpus, scored.reset_index(drop=True), kind)
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
    scored = scored.reindex(scored["z"].abs().sort_values(ascending=False).index)
    labels = group_labels(groups, corpus.names)
    scored = _named_terms(corpus, scored.reset_index(drop=True), kind)
    scored.insert(0, "group_b", labels[b])
    scored.insert(0, "group_a", labels[a])
    cols = ["group_a", "group_b", "term", "name", "type", "n_a", "n_b", "per_1000_a", "per_1000_b"]
    return scored[[*cols, "delta", "se", "z"]]
