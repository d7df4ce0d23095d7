"""Tone by group, by entity in each group, and per article; the sentences behind an entity
in every group (the drill-down).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from lib import queries
from lib.queries import pair_counts, tone
from lib.queries.categorical import category_codes
from lib.queries.compare import counts as cc
from lib.queries.compare.groups import Group, group_labels
from lib.queries.compare.members import group_bits, in_group, kept
from lib.queries.compare.volume import dated_in, with_ci


def _article_tone_sums(corpus: queries.Corpus) -> np.ndarray:
    """compare_counts.tone_sums of every article (its scored sentences)."""

    def compute() -> np.ndarray:
        article = corpus.sentence_articles()
        found = article >= 0
        tones = sentence_tones(corpus).to_numpy()
        return cc.tone_sums(
            article[found], tones[found], len(corpus.articles), neutral_band=tone.NEUTRAL_BAND
        )

    return kept(corpus, "tone", "articles", compute)


def sentence_tones(corpus: queries.Corpus) -> pd.Series:
    """The sentences' tone column, row-aligned with `data.sentences`, kept once per corpus: the
    one column of the sentences tone needs (their frame, 90 MB at 100k articles, is not made
    for it)."""
    return corpus.derived(
        "sentence-tones", lambda: corpus.data.columns_of("sentences", ["tone"])["tone"]
    )


def _tone_by_group(
    sums: np.ndarray,
    bits: np.ndarray,
    k: int,
    labels: Sequence[str],
    *,
    periods: tuple[pd.Series, np.ndarray] | None = None,
    dated: np.ndarray | None = None,
    tone_dtype: np.dtype | type = np.float64,
) -> pd.DataFrame:
    """tone.aggregate's frame per group (and period) from per-article sums (`bits`, `dated`
    and the periods' codes aligned with them); only the groups (and periods) with a scored
    sentence, in order. The mean has the tones' dtype, as pandas gives it."""
    scored = sums[0] > 0
    key = np.zeros(len(bits), dtype=np.int64)
    size = 1
    if periods is not None:
        uniques, codes = periods
        size = max(len(uniques), 1)
        scored &= dated & (codes >= 0)
        key = codes
    bits = np.where(scored, bits, 0).astype(bits.dtype)
    by_combo = cc.combination_sums(bits, key, size=size, n_groups=k, weights=sums)
    columns = cc.group_columns(by_combo, k)[:, :k]  # (sum, group, period)
    group, period = np.nonzero(columns[0] > 0)
    out = pd.DataFrame({"group": group})
    if periods is not None:
        out["period"] = periods[0].to_numpy()[period]
    summary = cc.tone_summary(columns[:, group, period])
    summary["tone_mean"] = summary["tone_mean"].astype(tone_dtype)
    out = with_ci(out.assign(**summary))
    out["group"] = out["group"].map(dict(enumerate(labels)))
    return out


def group_tone(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    freq: str | None = "MS",
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Mean sentence tone per group (and per period of publication when `freq`): group,
    [period,] n_sentences, n_articles, tone_mean, tone_se, ci_low, ci_high, share_negative,
    share_neutral, share_positive (lib.queries.tone.aggregate; sentences that mention an entity)."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    return _tone_by_group(
        _article_tone_sums(corpus),
        bits,
        len(groups),
        labels,
        periods=corpus.period_codes(freq) if freq else None,
        dated=dated_in(corpus, start, end),
        tone_dtype=sentence_tones(corpus).dtype,
    )


def mention_rows(corpus: queries.Corpus, code: int) -> np.ndarray:
    """The rows of `mentions` of one catalogue entity (by its code): an index sorted by entity,
    made once (a second for 6M mentions) instead of a scan of every mention per entity."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        codes = category_codes(corpus.mentions["entity_id"])
        counts = np.bincount(codes, minlength=len(corpus.catalog))
        # int32 rows (6M mentions: 23 MB kept instead of 47)
        order = np.argsort(codes, kind="stable").astype(np.int32)
        return order, np.concatenate([[0], np.cumsum(counts)])

    order, offsets = kept(corpus, "mention_index", "entity_id", compute)
    return order[offsets[code] : offsets[code + 1]]


def entity_units(corpus: queries.Corpus, entity_id: str) -> pd.DataFrame:
    """The distinct sentences that mention the entity, newest articles first: article (row in
    `articles`), sentence_id, row (in `data.sentences`, -1 when absent), tone."""

    def compute() -> pd.DataFrame:
        rows = mention_rows(corpus, corpus.catalog.index.get_loc(entity_id))
        m = corpus.mentions
        article = category_codes(m["article_id"])[rows].astype(np.int64)
        sentence = m["sentence_id"].to_numpy()[rows].astype(np.int64)
        keys, _ = pair_counts.unique_counts(article * queries.SENTENCE_SLOTS + sentence)
        article, sentence = np.divmod(keys, queries.SENTENCE_SLOTS)
        published = corpus.published.to_numpy()[article]
        # Newest first, undated last; then by article and sentence (as sort_values orders a
        # categorical: by its codes).
        undated = np.isnat(published)
        newest = -published.astype("datetime64[ns]").astype(np.int64)
        order = np.lexsort((sentence, article, newest, undated))
        article, sentence = article[order], sentence[order]
        sorted_keys, rows = corpus.sentence_keys
        wanted = article * queries.SENTENCE_SLOTS + sentence
        at = np.minimum(np.searchsorted(sorted_keys, wanted), max(len(sorted_keys) - 1, 0))
        found = (sorted_keys[at] == wanted) if len(sorted_keys) else np.zeros(len(wanted), bool)
        row = np.where(found, rows[at] if len(rows) else -1, -1)
        tones = sentence_tones(corpus).to_numpy()
        tone_of = tones[np.maximum(row, 0)] if len(tones) else np.zeros(len(row), tones.dtype)
        return pd.DataFrame(
            {
                "article": article,
                "sentence_id": sentence,
                "row": row,
                "tone": np.where(row >= 0, tone_of, np.nan).astype(tones.dtype),
            }
        )

    return kept(corpus, "entity_units", entity_id, compute)


def _entity_tone_sums(corpus: queries.Corpus, entity_id: str) -> tuple[np.ndarray, np.ndarray]:
    """The articles with a scored sentence that mentions the entity (rows in `articles`) and
    compare_counts.tone_sums of those sentences, per article."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        units = entity_units(corpus, entity_id)
        articles, position = np.unique(units["article"].to_numpy(), return_inverse=True)
        sums = cc.tone_sums(
            position, units["tone"].to_numpy(), len(articles), neutral_band=tone.NEUTRAL_BAND
        )
        return articles, sums

    return kept(corpus, "entity_tone", entity_id, compute)


def _entities_tone_sums(
    corpus: queries.Corpus, codes: Sequence[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_entity_tone_sums of the entities (catalogue codes) side by side: articles, sums and
    each row's entity (its place in `codes`). Kept per list of entities: the page asks twice
    per filter change for the same few (the groups' top entities), and joining the sums of
    broad ones copied megabytes each time."""

    def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        parts = [_entity_tone_sums(corpus, corpus.catalog.index[code]) for code in codes]
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((len(cc.TONE_ROWS), 0)), np.zeros(0, int)
        articles = np.concatenate([a for a, _ in parts])
        sums = np.concatenate([s for _, s in parts], axis=1)
        entity = np.repeat(np.arange(len(parts)), [len(a) for a, _ in parts])
        return articles, sums, entity

    return kept(corpus, "entities_tone", tuple(int(c) for c in codes), compute, limit=4)


def _entities_tone(
    corpus: queries.Corpus,
    codes: Sequence[int],
    bits: np.ndarray,
    labels: Sequence[str],
    *,
    periods: tuple[pd.Series, np.ndarray] | None,
    dated: np.ndarray,
) -> pd.DataFrame:
    """tone.aggregate's frame per group, entity (catalogue codes, ascending) [and period] in
    one count: the entities' per-article sums side by side, keyed by (entity, period). Rows
    ordered by group, entity, period."""
    k, tone_dtype = len(labels), sentence_tones(corpus).dtype
    articles, sums, entity = _entities_tone_sums(corpus, codes)
    # The rows of the selection's articles only (the others have no bit and count nowhere):
    # the work below is bounded by the selection, not by the entities' whole coverage.
    inside = np.flatnonzero(bits[articles] > 0)
    articles, sums, entity = articles[inside], sums[:, inside], entity[inside]
    scored = sums[0] > 0
    size = 1
    key = entity
    if periods is not None:
        size = max(len(periods[0]), 1)
        period_codes = periods[1][articles]
        scored &= dated[articles] & (period_codes >= 0)
        key = entity * size + period_codes
    row_bits = np.where(scored, bits[articles], 0).astype(bits.dtype)
    by_combo = cc.combination_sums(row_bits, key, size=len(codes) * size, n_groups=k, weights=sums)
    columns = cc.group_columns(by_combo, k)[:, :k]  # (sum, group, entity × period)
    group, unit = np.nonzero(columns[0] > 0)
    out = pd.DataFrame(
        {
            "group": np.array(labels, dtype=object)[group],
            "entity_id": pd.Categorical.from_codes(
                np.asarray(codes, dtype=np.int32)[unit // size],
                dtype=corpus.mentions["entity_id"].dtype,
            ),
        }
    )
    if periods is not None:
        out["period"] = periods[0].to_numpy()[unit % size]
    summary = cc.tone_summary(columns[:, group, unit])
    summary["tone_mean"] = summary["tone_mean"].astype(tone_dtype)
    return with_ci(out.assign(**summary)).astype({"group": "str"})


def entity_tone(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    entity_ids: Sequence[str],
    freq: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Mean tone of the sentences that mention each entity, per group (and period when
    `freq`): group, entity_id, name, type, [period,] n_sentences, n_articles, tone_mean,
    tone_se, ci_low, ci_high, share_…. The tone of a sentence, not towards the entity."""
    codes = corpus.catalog.index.get_indexer(list(dict.fromkeys(entity_ids)))
    codes = sorted(c for c in codes if c >= 0)  # by entity_id, like a groupby
    out = _entities_tone(
        corpus,
        codes,
        group_bits(corpus, ids, groups),
        group_labels(groups, corpus.names),
        periods=corpus.period_codes(freq) if freq else None,
        dated=dated_in(corpus, start, end),
    )
    entity = category_codes(out["entity_id"])  # a map over the codes, not every category
    for at, column in ((2, "name"), (3, "type")):
        out.insert(at, column, corpus.catalog[column].iloc[entity].to_numpy())
        out[column] = out[column].astype("str")
    return out


def article_tone(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> pd.DataFrame:
    """Mean tone per article of each group: group, article_id, title, source, published,
    n_sentences, tone_mean, tone_se, share_negative, share_neutral, share_positive."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    sums = _article_tone_sums(corpus)
    scored = sums[0] > 0
    by_id = id_order(corpus)  # each group's articles by id, as a groupby sorts them
    picked = [by_id[(in_group(bits, g) & scored)[by_id]] for g in range(len(groups))]
    rows = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
    summary = cc.tone_summary(sums[:, rows])
    summary["tone_mean"] = summary["tone_mean"].astype(sentence_tones(corpus).dtype)
    out = corpus.articles[["article_id", "title", "source", "published"]].iloc[rows]
    out = out.reset_index(drop=True).assign(
        **{k: v for k, v in summary.items() if k != "n_articles"}
    )
    out.insert(0, "group", np.repeat(np.array(labels, dtype=object), [len(p) for p in picked]))
    out["group"] = out["group"].astype("str")
    cols = ["group", "article_id", "title", "source", "published", "n_sentences", "tone_mean"]
    return out[[*cols, "tone_se", *(c for c in out.columns if c.startswith("share_"))]]


def id_order(corpus: queries.Corpus) -> np.ndarray:
    """The rows of `articles` in the order of their ids."""
    # The ids read inside: 100k Python strings made at every call cost 30 ms.
    return kept(
        corpus,
        "order",
        "article_id",
        lambda: np.argsort(corpus.articles["article_id"].to_numpy(dtype=object), kind="stable"),
    )


def sentence_texts(corpus: queries.Corpus, units: pd.DataFrame) -> pd.DataFrame:
    """queries.sentences_for's frame for entity_units rows (whose articles and sentence rows
    are known: no id is looked up): article_id, sentence_id, sentence, title, source,
    published."""
    article, row = units["article"].to_numpy(), units["row"].to_numpy()
    found = row >= 0
    if corpus.data.n_rows("sentences"):  # those rows' offsets alone (no frame of every sentence)
        bounds = corpus.data.rows_at("sentences", np.maximum(row, 0), ["start", "end"])
        starts = np.where(found, bounds["start"].to_numpy(), -1)
        ends = np.where(found, bounds["end"].to_numpy(), -1)
    else:
        starts = ends = row
    # The columns read, not every column of the articles (a take of each Arrow column); the
    # texts from the file, not its map (text_column)
    arts = {c: corpus.articles[c].iloc[article] for c in ("title", "source", "published")}
    texts = corpus.data.texts_at("articles", "text", article)
    return pd.DataFrame(
        {
            "article_id": pd.Categorical.from_codes(
                article.astype(np.int32), dtype=corpus.mentions["article_id"].dtype
            ),
            "sentence_id": units["sentence_id"].to_numpy(dtype=np.int32),
            "sentence": [
                " ".join(t[s:e].split()) if ok and isinstance(t, str) else ""
                for t, s, e, ok in zip(texts, starts, ends, found, strict=True)
            ],
            "title": arts["title"].fillna("(untitled)").to_numpy(),
            "source": arts["source"].to_numpy(),
            "published": arts["published"].to_numpy(),
        }
    )


def entity_sentences(
    corpus: queries.Corpus,
    ids: pd.Index,
    *,
    groups: Sequence[Group],
    entity_id: str,
    limit: int = 100,
) -> pd.DataFrame:
    """The sentences that mention the entity, in each group (the first `limit` per group, newest
    articles first): group, article_id, sentence_id, sentence, tone, title, source, published."""
    labels = group_labels(groups, corpus.names)
    bits = group_bits(corpus, ids, groups)
    units = entity_units(corpus, entity_id)
    # The groups of each unit's article, gathered once (a broad entity has 10^5 units).
    unit_bits = bits[units["article"].to_numpy()]
    # Each group's first sentences, their texts read in one go (one read of the sentences'
    # offsets for every group, not one per group).
    firsts = [
        units.iloc[np.flatnonzero(in_group(unit_bits, g))[:limit]] for g in range(len(labels))
    ]
    found = sentence_texts(corpus, pd.concat(firsts)) if firsts else None
    frames, at = [], 0
    for first, label in zip(firsts, labels, strict=True):
        part = found.iloc[at : at + len(first)].reset_index(drop=True)
        at += len(first)
        part["tone"] = first["tone"].to_numpy()
        frames.append(part.assign(group=label))
    cols = [
        "group",
        "article_id",
        "sentence_id",
        "sentence",
        "tone",
        "title",
        "source",
        "published",
    ]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols]


def untoned_note(corpus: queries.Corpus, ids: pd.Index, *, groups: Sequence[Group]) -> str | None:
    """lib.queries.tone.untoned_note for the groups' articles: what the tone figures of this
    comparison leave out (the articles in another language than English), or None."""
    if "language" not in corpus.articles:
        return None
    # The union of the groups, read off their bits (kept for the page's other queries): a set
    # of 100k id strings would cost a sort of Python objects.
    union = (group_bits(corpus, ids, groups) & ((1 << len(groups)) - 1)) > 0
    if not union.any():
        return None
    return tone.untoned_note(corpus.articles["language"][union])
