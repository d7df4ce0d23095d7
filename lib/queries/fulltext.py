"""The search query of the filters, answered by the run's full-text index (lib.search): which
articles match and how well, their hits in context (KWIC), and the matching articles over
time as a count and as a share of all the articles in each period.

    mask = query_mask(corpus, 'NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"')

The index of a run is `runs/<run_id>/search/`, written by the preprocessing run
(lib.engine.search_index). A run made before there was an index gets one on first need
(`ensure_index`: every article indexed once, into the run's folder); a corpus built in
memory (tests, benchmarks) gets one in a temporary folder. The hits of a query are found
once per corpus and canonical query, for the whole corpus, and intersected with the other
filters as a boolean mask, like the entity filter's.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from lib.queries.corpus import Corpus, codes_in
from lib.queries.filters import Filters
from lib.queries.periods import counts_per_period
from lib.search import (
    IndexLocked,
    ParsedQuery,
    hit_spans,
    index_info,
    indexed_ids,
    parse,
    search_keys,
    sync_index,
)

ORDERS = ("relevance", "date")  # how hits in context are sorted
MAX_CACHED = 32  # queries whose hits a corpus keeps
LOCK_WAIT = 600  # seconds to wait for another process that is indexing the same run

_lock = threading.RLock()  # one indexing at a time in this process; guards the caches


@dataclass(frozen=True)
class Matches:
    """The articles a query matches, best first: their rows in `corpus.articles` and BM25
    scores. Read-only arrays, shared by every caller."""

    query: str  # canonical form
    rows: np.ndarray
    scores: np.ndarray
    mask: np.ndarray  # a boolean per article


def index_dir(corpus: Corpus) -> Path:
    """Where the corpus's search index is (or is to be made)."""
    if corpus.search_dir is None:  # a corpus built in memory: a folder of its own
        with _lock:
            if corpus.search_dir is None:
                corpus.search_dir = Path(tempfile.mkdtemp(prefix="lens-search-")) / "index"
    return Path(corpus.search_dir)


def has_index(corpus: Corpus) -> bool:
    """Whether the corpus's index exists and holds its articles (else `ensure_index` will
    index them: a run made before the index existed)."""
    info = index_info(index_dir(corpus))
    return info is not None and info.documents == len(corpus.articles)


def ensure_index(corpus: Corpus) -> Path:
    """The corpus's index folder, indexing its articles first if it has no index (once per
    run; another process doing it is waited for). OSError when the folder cannot be
    written (read-only data): search then needs a preprocessing run."""
    folder = index_dir(corpus)
    if corpus.__dict__.get("_fulltext_ready") == folder or has_index(corpus):
        corpus.__dict__["_fulltext_ready"] = folder
        return folder
    with _lock:
        deadline = time.monotonic() + LOCK_WAIT
        while not has_index(corpus):
            try:
                sync_index(folder, corpus.articles)
            except IndexLocked:  # another server is indexing this run: wait for it
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
    return folder


def _parsed(query: str | ParsedQuery) -> ParsedQuery:
    return query if isinstance(query, ParsedQuery) else parse(query)


def matches(corpus: Corpus, query: str | ParsedQuery) -> Matches:
    """The articles of the whole corpus that match the query (QueryError if it does not
    parse), kept for the corpus's last MAX_CACHED queries."""
    parsed = _parsed(query)
    key = str(parsed)
    with _lock:
        memo: OrderedDict = corpus.__dict__.setdefault("_fulltext", OrderedDict())
        if key in memo:
            memo.move_to_end(key)
            return memo[key]
    hits = search_keys(ensure_index(corpus), parsed)
    rows = _rows_by_key(corpus, hits.generation)[hits.keys]
    found = rows >= 0  # an index made from other tables would name other articles
    rows, scores = rows[found], hits.scores[found]
    mask = np.zeros(len(corpus.articles), dtype=bool)
    mask[rows] = True
    for array in (rows, scores, mask):
        array.flags.writeable = False
    result = Matches(key, rows, scores, mask)
    with _lock:
        memo[key] = result
        while len(memo) > MAX_CACHED:
            memo.popitem(last=False)
    return result


def _rows_by_key(corpus: Corpus, generation: Path) -> np.ndarray:
    """The row in `corpus.articles` of each key of an index generation (-1: not there), made
    once per generation: a hit is then an array lookup, not an article_id to find."""
    with _lock:
        cached = corpus.__dict__.get("_fulltext_rows")
        if cached is not None and cached[0] == generation:
            return cached[1]
    _, ids_by_key = indexed_ids(generation)
    rows = codes_in(ids_by_key.to_pandas(), corpus.all_ids).astype(np.int64)
    rows.flags.writeable = False
    with _lock:
        corpus.__dict__["_fulltext_rows"] = (generation, rows)
    return rows


def query_mask(corpus: Corpus, query: str | ParsedQuery) -> np.ndarray:
    """A boolean per article (read-only): does it match the query."""
    return matches(corpus, query).mask


def query_spans(query: str, text: str | None, *, field: str = "text") -> list[tuple[int, int]]:
    """Where the query's words and phrases stand in a text (for highlighting as text); none
    for a blank query."""
    if not query.strip() or not text:
        return []
    return hit_spans(_parsed(query), text, field=field)


KWIC_COLUMNS = [
    "article_id",
    "title",
    "published",
    "source",
    "score",
    "where",
    "left",
    "hit",
    "right",
    "start",
    "end",
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _left(text: str, start: int, window: int) -> str:
    """Up to `window` characters before `start`, whitespace folded, without a word cut in two
    at the window's edge."""
    cut = max(0, start - window)
    piece = text[cut:start]
    if cut > 0 and not text[cut - 1].isspace() and not piece[:1].isspace():
        piece = piece.split(None, 1)[1] if len(piece.split(None, 1)) > 1 else ""
    return _flat(piece)


def _right(text: str, end: int, window: int) -> str:
    """Up to `window` characters after `end`, likewise."""
    cut = min(len(text), end + window)
    piece = text[end:cut]
    if cut < len(text) and not text[cut].isspace() and not piece[-1:].isspace():
        piece = piece.rsplit(None, 1)[0] if len(piece.rsplit(None, 1)) > 1 else ""
    return _flat(piece)


def hits_in_context(
    corpus: Corpus,
    ids: pd.Index,
    query: str,
    *,
    order: str = "relevance",
    window: int = 70,
    limit: int = 300,
) -> pd.DataFrame:
    """The query's hits in the selected articles with the text around them (keyword in
    context), the first `limit`: article_id, title, published, source, score (the article's
    BM25), where (text, or title when the text has none), left, hit, right (plain text,
    whitespace folded), start, end (offsets of the hit). Articles by relevance (best first)
    or by date (newest first, undated last); hits in reading order. Terms under NOT are not
    hits; an article matched by its source alone has none."""
    if not query.strip():
        return pd.DataFrame(columns=KWIC_COLUMNS)
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    parsed = _parsed(query)
    found = matches(corpus, parsed)
    keep = corpus.article_mask(ids)[found.rows]
    rows, scores = found.rows[keep], found.scores[keep]
    if order == "date":
        days = corpus.published.to_numpy()[rows]
        undated = pd.isna(days)
        stamp = np.where(undated, 0, days.astype("datetime64[D]").astype(np.int64))
        by = np.lexsort((-scores, -stamp, undated))  # dated first, newest, then best
        rows, scores = rows[by], scores[by]
    arts = corpus.articles
    titles = arts["title"]
    out: list[tuple] = []
    for row, score in zip(rows.tolist(), scores.tolist(), strict=True):
        # read from the file, not its map, until `limit` hits (text_column)
        text, where = corpus.data.texts_at("articles", "text", [row])[0], "text"
        spans = hit_spans(parsed, text, field="text") if isinstance(text, str) else []
        if not spans and isinstance(titles.iat[row], str):
            text, where = titles.iat[row], "title"
            spans = hit_spans(parsed, text, field="title")
        title = titles.iat[row] if isinstance(titles.iat[row], str) else "(untitled)"
        for start, end in spans:
            out.append(
                (
                    arts["article_id"].iat[row],
                    title,
                    arts["published"].iat[row],
                    arts["source"].iat[row],
                    score,
                    where,
                    _left(text, start, window),
                    _flat(text[start:end]),
                    _right(text, end, window),
                    start,
                    end,
                )
            )
            if len(out) >= limit:
                return pd.DataFrame(out, columns=KWIC_COLUMNS)
    return pd.DataFrame(out, columns=KWIC_COLUMNS)


def attention(
    corpus: Corpus,
    ids: pd.Index,
    *,
    within: Filters,
    freq: str = "W",
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """The matching articles (`ids`) per period against all the articles of the same
    selection without the query (`within`: the filters with no query), as a count and a
    share (Media Cloud's normalised attention): period, n_matching, n_articles, share (0–1;
    empty when the period has no article). Every period of the range, empty ones included."""
    base = corpus.select(within)
    periods, counts = counts_per_period(
        corpus.published,
        [corpus.article_mask(ids), corpus.article_mask(base)],
        freq=freq,
        start=start,
        end=end,
        codes=corpus.period_codes(freq),
    )
    matching = counts[0] if len(periods) else np.zeros(0, dtype=np.int64)
    total = counts[1] if len(periods) else np.zeros(0, dtype=np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total > 0, matching / np.maximum(total, 1), np.nan)
    return pd.DataFrame(
        {"period": periods, "n_matching": matching, "n_articles": total, "share": share}
    ).astype({"period": "datetime64[ns]", "n_matching": "int64", "n_articles": "int64"})
