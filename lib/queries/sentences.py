"""The sentences behind a figure: units (article, sentence) with their text and article."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.queries.corpus import Corpus, codes_in


def with_sentences(corpus: Corpus, units: pd.DataFrame) -> pd.DataFrame:
    """Units (article_id, sentence_id, …) with the sentence's text and the article's
    title, source and publication day."""
    units = units.reset_index(drop=True)
    rows = corpus.sentence_rows(units["article_id"], units["sentence_id"])
    found = rows >= 0
    # those sentences' offsets alone: the sentences' frame (90 MB at 100k articles) is not
    # made for a few hundred of them
    bounds = corpus.data.rows_at("sentences", rows[found], ["start", "end"])
    starts, ends = np.full(len(rows), -1, dtype=np.int64), np.full(len(rows), -1, dtype=np.int64)
    starts[found], ends[found] = bounds["start"].to_numpy(), bounds["end"].to_numpy()
    art = codes_in(units["article_id"], corpus.all_ids)
    at = np.where(art >= 0, art, 0)
    shown = ["title", "source", "published"]  # not every column: a copy of each row
    arts = corpus.articles[shown].iloc[at].reset_index(drop=True)
    texts = corpus.data.texts_at("articles", "text", at)  # from the file, not its map
    out = units.copy()
    out["sentence"] = [
        " ".join(t[s:e].split()) if ok and isinstance(t, str) else ""
        for t, s, e, ok in zip(texts, starts, ends, found & (art >= 0), strict=True)
    ]
    for column in ("title", "source", "published"):
        out[column] = arts[column].where(art >= 0, None).to_numpy()
    out["title"] = out["title"].fillna("(untitled)")
    keep = [c for c in units.columns if c not in ("start", "end")]
    return out[[*keep, "sentence", "title", "source", "published"]]


def sentences_for(corpus: Corpus, units: pd.DataFrame, *, limit: int = 200) -> pd.DataFrame:
    """The text of each (article_id, sentence_id), with its article's title, source, date."""
    return with_sentences(corpus, units.head(limit))
