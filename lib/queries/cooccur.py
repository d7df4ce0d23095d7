"""The Co-occurrence page's questions: pairs of entities in the same sentence or article over
the selected articles, an entity's partners, and the sentences behind a pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.queries import pair_counts
from lib.queries.categorical import category_codes
from lib.queries.corpus import SENTENCE_SLOTS, Corpus, is_all, mentions_of
from lib.queries.sentences import with_sentences


def n_units(corpus: Corpus, ids: pd.Index, level: str) -> int:
    """Sentences (or articles) in the filtered articles: the N of the association measures."""
    if level == "article":
        return len(ids)
    if is_all(corpus, ids):
        return corpus.data.n_rows("sentences")  # not the sentences' frame, for its length
    return int(corpus.sentences_per_article[corpus.article_mask(ids)].sum())


def named(corpus: Corpus, frame: pd.DataFrame, *cols: str) -> pd.DataFrame:
    """Entity codes (coded_mentions) back to entity_ids, each with the entity's name and
    type in `<col>_name` and `<col>_type` (taken by position: a dict lookup per row is
    slow on tens of thousands of pairs)."""
    catalog = corpus.catalog

    def taken(values: pd.Index | pd.Series, codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
        return pd.array(values.take(codes), dtype="str")

    # The ids as Python strings once per corpus (104k of them converted at each call: 25 ms).
    ids = corpus.derived("catalog-ids", lambda: catalog.index.to_numpy(dtype=object))
    out = frame.copy()
    for col in cols:
        out[col] = ids[frame[col].to_numpy(dtype=np.int64)]
    for col in cols:
        codes = frame[col].to_numpy(dtype=np.int64)
        out[f"{col}_name"] = taken(catalog["name"], codes)
        out[f"{col}_type"] = taken(catalog["type"], codes)
    return out


def cooccurrence(
    corpus: Corpus,
    ids: pd.Index,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 2,
) -> pd.DataFrame:
    """Pairs of entities in the same sentence or article: source, target, counts, PMI,
    NPMI, and each side's name and type (pair_counts.pair_table)."""
    if level == "sentence":
        pairs = corpus.sentence_pairs.pair_table(
            corpus.article_mask(ids),
            n_units=n_units(corpus, ids, level),
            allowed=corpus.allowed_types(types),
            min_count=min_count,
        )
    else:
        pairs = pair_counts.pair_table(
            corpus.coded_mentions(ids, types=types),
            n_units=n_units(corpus, ids, level),
            level=level,
            min_count=min_count,
        )
    return named(corpus, pairs, "source", "target")


def partners(
    corpus: Corpus,
    ids: pd.Index,
    entity_id: str,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 1,
) -> pd.DataFrame:
    """Who and what appears with one entity: partner, its name and type, counts, PMI, NPMI."""
    known = entity_id in corpus.catalog.index
    code = int(corpus.catalog.index.get_loc(entity_id)) if known else -1  # -1: no partner
    if level == "sentence":
        table = corpus.sentence_pairs.partner_table(
            code,
            corpus.article_mask(ids),
            n_units=n_units(corpus, ids, level),
            allowed=corpus.allowed_types(types),
            min_count=min_count,
        )
    else:
        table = pair_counts.partner_table(
            corpus.coded_mentions(ids),
            code,
            n_units=n_units(corpus, ids, level),
            level=level,
            types=types,
            min_count=min_count,
        )
    return named(corpus, table, "partner")


def pair_sentences(
    corpus: Corpus,
    ids: pd.Index,
    source: str,
    target: str,
    *,
    level: str = "sentence",
    limit: int = 200,
) -> pd.DataFrame:
    """The sentences behind a pair (see pair_counts.pair_units), with their articles: the
    first `limit` units by article id and sentence. Counted on the mentions' integer codes
    and only the shown units' sentences read (a broad pair has 10^5 units: its mentions'
    ids as strings, grouped, took most of a second at 100k articles)."""
    m = mentions_of(corpus, ids, [source, target])
    target_code = corpus.catalog.index.get_indexer([target])[0]
    article, sentence = pair_counts.pair_unit_codes(
        category_codes(m["article_id"]),
        m["sentence_id"].to_numpy(),
        category_codes(m["entity_id"]) == target_code,
        level=level,
        slots=SENTENCE_SLOTS,
    )
    # ordered as pair_units orders them: by the article's id, then the sentence
    articles, position = np.unique(article, return_inverse=True)
    article_ids = np.asarray(corpus.all_ids[articles], dtype=object)
    rank = np.empty(len(articles), dtype=np.int64)
    rank[np.argsort(article_ids, kind="stable")] = np.arange(len(articles))
    first = np.lexsort((sentence, rank[position]))[:limit]
    units = pd.DataFrame(
        {
            "article_id": pd.Series(article_ids[position[first]], dtype=object),
            "sentence_id": sentence[first].astype(m["sentence_id"].dtype),
        }
    )
    return with_sentences(corpus, units)


def rank_partners(partners: pd.DataFrame, *, min_count: int = 2, top: int = 15) -> pd.DataFrame:
    """The strongest partners by NPMI among those seen at least `min_count` times (all
    when none is): the frame partners_bar draws (name, type, value, n_pair, …)."""
    kept = partners[partners["n_pair"] >= min_count]
    if kept.empty:
        kept = partners
    ranked = kept.sort_values(["npmi", "n_pair"], ascending=[False, False]).head(top)
    return (
        ranked.rename(columns={"partner_name": "name", "partner_type": "type"})
        .assign(value=ranked["npmi"])
        .reset_index(drop=True)
    )
