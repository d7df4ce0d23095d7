"""The Articles page's questions: the filtered articles, keyword hits in context, and one
article's mentions, events and quotes for the reader.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.queries import filters as flt
from lib.queries.corpus import Corpus, articles_in


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


def keyword_in_context(
    corpus: Corpus, ids: pd.Index, keyword: str, *, window: int = 70, limit: int = 300
) -> pd.DataFrame:
    """Every hit of the keyword (case-insensitive, literal) with the text around it:
    article_id, title, published, source, left, hit, right."""
    cols = ["article_id", "title", "published", "source", "left", "hit", "right"]
    if not keyword:
        return pd.DataFrame(columns=cols)
    arts = articles_in(corpus, ids)
    arts = arts[flt.keyword_mask(arts["text"], keyword)]
    pattern = re.compile(re.escape(keyword), re.IGNORECASE)
    rows = []
    for article_id, title, published, source, text in arts[
        ["article_id", "title", "published", "source", "text"]
    ].itertuples(index=False):
        for hit in pattern.finditer(text):
            a, b = hit.span()
            rows.append(
                (
                    article_id,
                    title if isinstance(title, str) else "(untitled)",
                    published,
                    source,
                    " ".join(text[max(0, a - window) : a].split()),
                    text[a:b],
                    " ".join(text[b : b + window].split()),
                )
            )
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=cols)
    return pd.DataFrame(rows, columns=cols)


def article_mentions(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """The article's mentions (knowledge-base events included) with their entity's name
    and type, in reading order."""
    m = corpus.mentions.drop(columns=["type", "published"])
    m = m[m["article_id"] == article_id]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    return m.sort_values(["start", "end"], ignore_index=True)


def article_events(corpus: Corpus, article_id: str) -> pd.DataFrame:
    ev = corpus.data.events
    ev = ev[ev["article_id"] == article_id]
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
    return ev[cols].sort_values("start", ignore_index=True)


def article_quotes(corpus: Corpus, article_id: str) -> pd.DataFrame:
    q = corpus.data.quotes
    q = q[q["article_id"] == article_id]
    q = q.assign(speaker=q["speaker_id"].map(corpus.catalog["name"]))
    return q[["speaker", "speaker_text", "text", "speaker_id", "start", "end"]].sort_values(
        "start", ignore_index=True
    )
