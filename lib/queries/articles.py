"""The Articles page's questions: the filtered articles and one article's mentions, events
and quotes for the reader (the search query's hits in context: lib.queries.fulltext).
"""

from __future__ import annotations

import pandas as pd

from lib.queries.categorical import rows_of
from lib.queries.corpus import Corpus


def article_table(corpus: Corpus, ids: pd.Index) -> pd.DataFrame:
    """The filtered articles, newest first: article_id, published, source, title, lede,
    n_words, n_entities, path."""
    mask = corpus.article_mask(ids)
    shown = ["article_id", "published", "published_basis", "source", "title", "lede", "n_words"]
    arts = corpus.articles[[*shown, "path"]][mask]
    table = arts.assign(n_entities=corpus.entities_per_article[mask])
    table = table.sort_values(["published", "title"], ascending=[False, True], na_position="last")
    cols = [*shown, "n_entities", "path"]
    return table[cols].reset_index(drop=True)


def article_mentions(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """The article's mentions (knowledge-base events included) with their entity's name
    and type, in reading order."""
    m = corpus.mentions.iloc[rows_of(corpus.mentions["article_id"], article_id)]
    m = m.drop(columns=["type"])
    entity_ids = m["entity_id"].to_numpy(dtype=object)
    m = m.assign(
        name=corpus.entity_values(entity_ids, "name"), type=corpus.entity_values(entity_ids, "type")
    )
    return m.sort_values(["start", "end"], ignore_index=True)


def article_events(corpus: Corpus, article_id: str) -> pd.DataFrame:
    cols = [
        "name",
        "type",
        "entity_id",
        "trigger",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "evidence",
        "start",
        "end",
    ]
    ev = corpus.data.rows_where("events", "article_id", article_id, cols)
    return ev.sort_values("start", ignore_index=True)


def article_quotes(corpus: Corpus, article_id: str) -> pd.DataFrame:
    columns = ["speaker_id", "speaker_text", "text", "start", "end"]
    q = corpus.data.rows_where("quotes", "article_id", article_id, columns)
    q = q.assign(speaker=corpus.entity_values(q["speaker_id"].to_numpy(dtype=object), "name"))
    return q[["speaker", "speaker_text", "text", "speaker_id", "start", "end"]].sort_values(
        "start", ignore_index=True
    )
