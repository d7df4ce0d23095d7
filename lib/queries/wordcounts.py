"""The words of the article texts, counted once per run: one row per (article, word) with the
number of times the word occurs in the article. No Streamlit here.

Words are lower-cased runs of letters (hyphenated words kept) of the article text (title, lede,
body, captions), without spaCy's English stop words and one-letter tokens. Counting them is
the slow part of comparing groups by their words (DuckDB tokenises about 10 million characters
a second on two cores: 30 s for 100k articles), so it is done once; a group's word counts are
then a sum over the rows of its articles (`lib.queries.compare.word_counts`).

The table is kept in the process (on the Corpus) and, for a run on disk, in the run's folder
(`word-counts-<version>.arrow`, next to the load cache): the version changes with the word
pattern and the stop words, so that a file counted by other rules is never read.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import threading
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from lib.queries import arrow_cache


def _spacy_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their module without importing spaCy: the
    dashboard never needs spaCy, and importing it costs half a second and 50 MB."""
    spec = importlib.util.find_spec("spacy")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed: its English stop words are needed")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return frozenset(namespace["STOP_WORDS"])


STOP_WORDS = _spacy_stop_words()
WORD_PATTERN = r"\pL+(?:-\pL+)*"  # RE2 (DuckDB): letters, hyphenated words kept
# The stems contractions leave behind once the apostrophe splits them ("don't" -> "don").
CONTRACTION_STEMS = frozenset(
    {"don", "doesn", "didn", "isn", "aren", "wasn", "weren", "wouldn", "couldn", "shouldn"}
    | {"hasn", "haven", "hadn", "ll", "ve"}
)
STOPWORDS = frozenset(w.lower().replace("’", "'") for w in STOP_WORDS) | CONTRACTION_STEMS
FORMAT = 1  # bump when the file's layout changes
VERSION = hashlib.sha1(
    "\n".join([str(FORMAT), WORD_PATTERN, *sorted(STOPWORDS)]).encode()
).hexdigest()[:10]
FILE_NAME = f"word-counts-{VERSION}.arrow"
DERIVED_NAME = "wordcounts.article_words"  # its name in Corpus.derived


@dataclass(frozen=True)
class ArticleWords:
    """Word counts per article, sorted by article then word: `word` (position in
    `vocabulary`, which is sorted) and `n` (occurrences); `offsets[a]:offsets[a + 1]` are the
    rows of article a (its row in the articles table)."""

    vocabulary: pd.Index
    word: np.ndarray
    n: np.ndarray
    offsets: np.ndarray

    def rows_of(self, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the given articles, in their order, and how many rows each has."""
        starts = self.offsets[articles]
        lengths = self.offsets[articles + 1] - starts
        ends = np.cumsum(lengths)
        # Row k of the result is row k - (where its article's run begins) + starts[article].
        shift = np.repeat(starts - (ends - lengths), lengths)
        return np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64) + shift, lengths


def _offsets(article: np.ndarray, n_articles: int) -> np.ndarray:
    counts = np.bincount(article, minlength=n_articles)
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def _as_arrow(texts: pd.Series | list | pa.ChunkedArray) -> pa.ChunkedArray:
    """The texts as Arrow strings, without a copy when they are Arrow-backed already (a
    memory-mapped load cache): a Python string per article would hold all of them at once."""
    if isinstance(texts, pa.ChunkedArray):
        return texts
    arrow = getattr(getattr(texts, "array", None), "_pa_array", None)
    if isinstance(arrow, pa.ChunkedArray):
        return arrow
    return pa.chunked_array([pa.array(pd.Series(texts, dtype=object), pa.large_string())])


CHUNK_ARTICLES = 5_000  # articles counted at a time: DuckDB's table of (article, word)
# pairs stays a few hundred MB whatever the corpus (100k articles at once: gigabytes)


def count_words(texts: pd.Series | list, *, threads: int = 2) -> ArticleWords:
    """Count the words of each text (article i is texts[i]; None counts nothing), a chunk of
    articles at a time."""
    import duckdb  # here: half a second to import, and only counting needs it

    arrow = _as_arrow(texts)
    con = duckdb.connect()
    vocabulary: dict[str, int] = {}
    articles, words, counts = [], [], []
    try:
        con.execute(f"SET threads TO {int(threads)}")
        con.register("stop", pd.DataFrame({"word": sorted(STOPWORDS)}))
        for first in range(0, len(arrow), CHUNK_ARTICLES):
            chunk = arrow.slice(first, CHUNK_ARTICLES)
            docs = pa.table(
                {"a": pa.array(np.arange(first, first + len(chunk), dtype=np.int32)), "text": chunk}
            )
            con.register("docs", docs)
            counted = con.sql(
                f"""
                WITH tokens AS (
                    SELECT a, unnest(regexp_extract_all(lower(text), '{WORD_PATTERN}')) AS term
                    FROM docs
                )
                SELECT a, term, count(*)::INTEGER AS n FROM tokens
                WHERE length(term) > 1 AND term NOT IN (SELECT word FROM stop)
                GROUP BY a, term
                """
            ).to_arrow_table()
            con.unregister("docs")
            encoded = counted["term"].combine_chunks().dictionary_encode()
            # The chunk's words as ids of the whole corpus's vocabulary (first seen, first id).
            local = encoded.dictionary.to_pylist()
            ids = np.fromiter(
                (vocabulary.setdefault(w, len(vocabulary)) for w in local),
                dtype=np.int32,
                count=len(local),
            )
            words.append(ids[encoded.indices.to_numpy(zero_copy_only=False)])
            articles.append(counted["a"].to_numpy().astype(np.int32))
            counts.append(counted["n"].to_numpy().astype(np.int32))
    finally:
        con.close()
    terms = np.array(list(vocabulary), dtype=object)
    order = np.argsort(terms, kind="stable")  # code-point order, like pandas sorts strings
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    word = rank[np.concatenate(words)] if words else np.array([], dtype=np.int32)
    article = np.concatenate(articles) if articles else np.array([], dtype=np.int32)
    n = np.concatenate(counts) if counts else np.array([], dtype=np.int32)
    by_article = np.lexsort((word, article))
    return ArticleWords(
        vocabulary=pd.Index(terms[order], dtype="str", name="term"),
        word=word[by_article],
        n=n[by_article],
        offsets=_offsets(article, len(texts)),
    )


def write(words: ArticleWords, path: Path) -> None:
    """Save the table (a temporary file renamed into place). A folder that cannot be written
    to only loses the speed-up: a warning, not an error."""
    table = pa.table(
        {"word": words.word, "n": words.n},
        metadata={"vocabulary": "\n".join(words.vocabulary), "offsets": words.offsets.tobytes()},
    )
    staging = path.with_name(f".{path.name}-{uuid.uuid4().hex[:8]}")
    try:
        arrow_cache.write_arrow(table, staging)
        os.replace(staging, path)
    except (OSError, pa.ArrowException) as exc:
        staging.unlink(missing_ok=True)
        warnings.warn(f"{path}: the word counts are not kept ({exc})", stacklevel=2)


def read(path: Path) -> ArticleWords | None:
    """The table saved by `write`, or None when there is none."""
    if not path.exists():
        return None
    table = arrow_cache.read_arrow(path)
    meta = table.schema.metadata
    text = meta[b"vocabulary"].decode()
    return ArticleWords(
        vocabulary=pd.Index(text.split("\n") if text else [], dtype="str", name="term"),
        word=table["word"].to_numpy(),
        n=table["n"].to_numpy(),
        offsets=np.frombuffer(meta[b"offsets"], dtype=np.int64),
    )


def is_counted(corpus) -> bool:
    """Whether `of_corpus` has the corpus's table at hand."""
    return corpus.has_derived(DERIVED_NAME)


def of_corpus(corpus, *, folder: Path | None = None) -> ArticleWords:
    """The word counts of a `lib.queries.Corpus`'s articles, kept on it (Corpus.derived).
    Counted on first use; with `folder` (the run's), read from there when saved before, else
    saved there (by a child process for a large corpus, see `start_counting`)."""
    return corpus.derived(DERIVED_NAME, lambda: _read_or_count(corpus, folder))


def _read_or_count(corpus, folder: Path | None) -> ArticleWords:
    n_articles = len(corpus.articles)
    path = folder / FILE_NAME if folder is not None else None
    words = None
    if path is not None:
        if not path.exists() and n_articles >= arrow_cache.DEFAULT_MIN_ARTICLES:
            start_counting(folder)
        wait(folder)
        words = read(path)
    if words is None or len(words.offsets) != n_articles + 1:
        words = count_words(corpus.articles["text"])
        if path is not None:
            write(words, path)
            words = read(path) or words  # memory-mapped: the page cache holds it, not the process
    return words


# -- counting a run in a child process ----------------------------------------------------------
#
# Counting 100k articles takes DuckDB a minute and a gigabyte or two: in the server's process
# that would be its peak memory, and the other sessions would wait for the GIL. The dashboard
# starts a child process for it as soon as it loads a large run (lib.ui.loaders), so that the
# counts are usually on disk before anyone opens Compare; the child's memory is its own.

_CHILDREN: dict[str, subprocess.Popen] = {}
_CHILDREN_LOCK = threading.Lock()
ROOT = Path(__file__).resolve().parents[2]  # the checkout: where `python -m lib…` runs


def texts_of_run(folder: Path) -> pa.ChunkedArray:
    """A run's article texts in the articles table's order: memory-mapped from its load
    cache when there is one, else read from its Parquet."""
    cache = folder / arrow_cache.FOLDER
    if (cache / arrow_cache.COMPLETE).exists():
        return arrow_cache.read_arrow(cache / "articles.arrow")["text"]
    return pq.read_table(folder / "articles.parquet", columns=["text"])["text"]


def count_run(folder: Path) -> Path:
    """Count a run's words and save them in its folder (what the child process does)."""
    path = Path(folder) / FILE_NAME
    write(count_words(texts_of_run(Path(folder))), path)
    return path


def start_counting(folder: Path | None) -> None:
    """Count a run's words in a child process, unless they are saved or being counted."""
    if folder is None or (folder / FILE_NAME).exists():
        return
    with _CHILDREN_LOCK:
        child = _CHILDREN.get(str(folder))
        if child is not None and child.poll() is None:
            return
        _CHILDREN[str(folder)] = subprocess.Popen(
            [sys.executable, "-m", "lib.queries.wordcounts", str(folder)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def counting(folder: Path | None) -> bool:
    """Whether a child process is counting this run's words now."""
    child = _CHILDREN.get(str(folder)) if folder is not None else None
    return child is not None and child.poll() is None


def wait(folder: Path | None) -> None:
    """Until the child counting this run's words (if any) is done."""
    child = _CHILDREN.get(str(folder)) if folder is not None else None
    if child is not None:
        child.wait()


if __name__ == "__main__":
    count_run(Path(sys.argv[1]))
