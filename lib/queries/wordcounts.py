"""The words of the article texts, counted once per run: one row per (article, word) with the
number of times the word occurs in the article. No Streamlit here.

Words are lower-cased runs of letters (hyphenated words kept) of the article text (title, lede,
body, captions), without spaCy's English stop words and one-letter tokens. In an article
written in Russian (articles.language) a Cyrillic word is counted as its lemma (pymorphy3,
lib.names.russian_lemma: "России", "Россию" -> "россия"), and spaCy's Russian stop words are
left out too, so that Russian groups are compared on their words, not on their inflections. Counting them is
the slow part of comparing groups by their words (DuckDB tokenises about 10 million characters
a second on two cores: 30 s for 100k articles), so it is done once; a group's word counts are
then a sum over the rows of its articles (`lib.queries.compare.word_counts`).

The table is kept in the process (on the Corpus) and, for a run on disk, in the run's folder
(`word-counts-<version>.arrow`, next to the load cache): the version changes with the word
pattern and the stop words, so that a file counted by other rules is never read. Each word's
total over every article is kept beside it (`word-counts-<version>.totals.npz`, a few MB): a broad
selection's sums start from them, and summing them again would read the whole 230 MB file of
100k articles.
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
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from lib.names import fold_russian, russian_lemma
from lib.queries import arrow_cache


def _spacy_stop_words(language: str = "en") -> frozenset[str]:
    """spaCy's stop words of a language, read from their module without importing spaCy: the
    dashboard never needs spaCy, and importing it costs half a second and 50 MB."""
    spec = importlib.util.find_spec("spacy")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed: its stop words are needed")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / language / "stop_words.py"
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
RUSSIAN_STOPWORDS = frozenset(fold_russian(w) for w in _spacy_stop_words("ru"))
FORMAT = 2  # bump when the file's layout or the counting rules change (2: Russian lemmas)
VERSION = hashlib.sha1(
    "\n".join(
        [str(FORMAT), WORD_PATTERN, *sorted(STOPWORDS), "ru", *sorted(RUSSIAN_STOPWORDS)]
    ).encode()
).hexdigest()[:10]
FILE_NAME = f"word-counts-{VERSION}.arrow"
DERIVED_NAME = "wordcounts.article_words"  # its name in Corpus.derived


@dataclass(frozen=True)
class ArticleWords:
    """Word counts per article, sorted by article then word: `word` (position in
    `vocabulary`, which is sorted) and `n` (occurrences); `offsets[a]:offsets[a + 1]` are the
    rows of article a (its row in the articles table); `totals`, each word's occurrences in
    every article (int64)."""

    vocabulary: pd.Index
    word: np.ndarray
    n: np.ndarray
    offsets: np.ndarray
    totals: np.ndarray
    # The file `word` and `n` are mapped from (None: counted in memory), mapped again for
    # each sum (`counts`)
    path: Path | None = None

    def counts(self) -> tuple[np.ndarray, np.ndarray]:
        """`word` and `n` through a map of the file made for the caller alone: the pages a
        sum reads leave the server's resident memory when the caller drops them (through
        the map kept here, the 230 MB file of 100k articles stayed resident once summed).
        The kept arrays when there is no file, or it is gone (a run pruned under a server
        still showing it)."""
        if self.path is None:
            return self.word, self.n
        try:
            table = arrow_cache.read_arrow(self.path)
        except (OSError, pa.ArrowException):
            return self.word, self.n
        return table["word"].to_numpy(), table["n"].to_numpy()

    def rows_of(self, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the given articles, in their order, and how many rows each has."""
        starts = self.offsets[articles]
        lengths = self.offsets[articles + 1] - starts
        ends = np.cumsum(lengths)
        # Row k of the result is row k - (where its article's run begins) + starts[article].
        shift = np.repeat(starts - (ends - lengths), lengths)
        return np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64) + shift, lengths


def word_totals(word: np.ndarray, n: np.ndarray, n_words: int) -> np.ndarray:
    """Each word's occurrences over every row (0 … n_words-1), int64 (exact: float64 holds
    every integer below 2**53)."""
    return np.bincount(word, weights=n, minlength=n_words).astype(np.int64)


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


def count_words(
    texts: pd.Series | list, *, languages: pd.Series | list | None = None, threads: int = 2
) -> ArticleWords:
    """Count the words of each text (article i is texts[i]; None counts nothing), a chunk of
    articles at a time. `languages` (ISO 639-1 per text, as articles.language): a Russian
    text's words are counted as their lemmas, without Russian stop words."""
    import duckdb  # here: half a second to import, and only counting needs it

    arrow = _as_arrow(texts)
    russian = (
        np.asarray(pd.Series(languages, dtype=object)) == "ru" if languages is not None else None
    )
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
            if russian is not None:
                counted = _russian_lemmas(counted, russian)
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
        totals=word_totals(word, n, len(terms)),
    )


@cache
def russian_stop_lemmas() -> frozenset[str]:
    """The Russian stop words as written and as lemmas ("её" and "ее", "его" and "он"): made
    on first use, so that an English corpus never loads the Russian dictionaries."""
    return RUSSIAN_STOPWORDS | {russian_lemma(w) for w in RUSSIAN_STOPWORDS}


def _russian_lemmas(counted: pa.Table, russian: np.ndarray) -> pa.Table:
    """(a, term, n) with the Cyrillic terms of Russian articles as their lemmas and their
    stop words left out, summed again per (article, lemma). The analyser runs once per
    distinct word (about 30 µs each)."""
    if not russian.any() or not counted.num_rows:
        return counted
    frame = counted.to_pandas()
    rows = russian[frame["a"].to_numpy()]
    forms = frame.loc[rows, "term"].astype(object)
    lemma_of = {w: russian_lemma(w) for w in forms.unique()}
    lemmas = forms.map(lemma_of)
    frame.loc[rows, "term"] = lemmas.to_numpy()
    stop = russian_stop_lemmas()
    keep = np.ones(len(frame), dtype=bool)
    keep[np.flatnonzero(rows)] = ~(forms.isin(stop).to_numpy() | lemmas.isin(stop).to_numpy())
    frame = frame[keep & (frame["term"].str.len() > 1).to_numpy()]
    summed = frame.groupby(["a", "term"], as_index=False, sort=False)["n"].sum()
    return pa.table(
        {
            "a": pa.array(summed["a"].to_numpy(np.int32)),
            "term": pa.array(summed["term"].astype(object).tolist(), pa.string()),
            "n": pa.array(summed["n"].to_numpy(np.int32)),
        }
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
        return
    _write_totals(words.totals, path)


def totals_path(path: Path) -> Path:
    """Where the word totals of the word-count file at `path` are kept."""
    return path.with_name(f"{path.stem}.totals.npz")


def _stamp(path: Path) -> np.ndarray:
    # The word-count file's size and modification time: totals kept for another file (one
    # counted again since) are not read as this one's.
    stat = path.stat()
    return np.array([stat.st_size, stat.st_mtime_ns], dtype=np.int64)


def _write_totals(totals: np.ndarray, path: Path) -> None:
    target = totals_path(path)
    staging = target.with_name(f".{target.name}-{uuid.uuid4().hex[:8]}")
    try:
        with open(staging, "wb") as out:
            np.savez(out, totals=totals, stamp=_stamp(path))
        os.replace(staging, target)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        warnings.warn(f"{target}: the word totals are not kept ({exc})", stacklevel=2)


def _read_totals(path: Path, n_words: int) -> np.ndarray | None:
    target = totals_path(path)
    if not target.exists():
        return None
    with np.load(target) as kept:
        totals, stamp = kept["totals"], kept["stamp"]
    fits = len(totals) == n_words and np.array_equal(stamp, _stamp(path))
    return totals if fits else None


def read(path: Path) -> ArticleWords | None:
    """The table saved by `write`, or None when there is none. Its word totals are read from
    beside it; a file saved without them (or since counted again) has them summed once, and
    kept beside it."""
    if not path.exists():
        return None
    table = arrow_cache.read_arrow(path)
    meta = table.schema.metadata
    text = meta[b"vocabulary"].decode()
    vocabulary = pd.Index(text.split("\n") if text else [], dtype="str", name="term")
    word, n = table["word"].to_numpy(), table["n"].to_numpy()
    totals = _read_totals(path, len(vocabulary))
    if totals is None:
        totals = word_totals(word, n, len(vocabulary))
        _write_totals(totals, path)
    return ArticleWords(
        vocabulary=vocabulary,
        word=word,
        n=n,
        offsets=np.frombuffer(meta[b"offsets"], dtype=np.int64),
        totals=totals,
        path=path,
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
        articles = corpus.articles
        words = count_words(
            articles["text"],
            languages=articles["language"].astype(object) if "language" in articles else None,
        )
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


def texts_of_run(folder: Path) -> tuple[pa.ChunkedArray, pa.ChunkedArray | None]:
    """A run's article texts and languages in the articles table's order: memory-mapped from
    its load cache when there is one, else read from its Parquet."""
    cache = folder / arrow_cache.FOLDER
    if (cache / arrow_cache.COMPLETE).exists():
        table = arrow_cache.read_arrow(cache / "articles.arrow")
    else:
        path = folder / "articles.parquet"
        names = set(pq.read_schema(path).names)
        table = pq.read_table(path, columns=[c for c in ("text", "language") if c in names])
    language = table["language"] if "language" in table.column_names else None
    return table["text"], language


def count_run(folder: Path) -> Path:
    """Count a run's words and save them in its folder (what the child process does)."""
    path = Path(folder) / FILE_NAME
    texts, languages = texts_of_run(Path(folder))
    languages = languages.to_pandas().astype(object) if languages is not None else None
    write(count_words(texts, languages=languages), path)
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
