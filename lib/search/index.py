"""The full-text index of the articles: built once, updated incrementally, swapped atomically.

One tantivy index (BM25, positions for phrases and proximity) per folder:

    <dir>/current                      symbolic link to the generation in use
    <dir>/generations/<generation>/    tantivy's files (meta.json, .managed.json, and
                                       <segment>.{term,idx,pos,store,fast,fieldnorm,del})
                                       with ids.parquet (key, article_id, digest) and
                                       lens-index.json (what and how it indexed)
    <dir>/generations/.incomplete-<generation>/   a generation being written
    <dir>/.lock                        one writer at a time

Every build or update writes a new generation in `.incomplete-<generation>/`, renames it
into place and then points `current` at it (a new link renamed over the old one): a run
that fails or is killed leaves only an incomplete folder, never pointed to, and readers
keep the last good index. An update starts from hard links to the current generation's
files (tantivy never rewrites a segment file), so it costs the changed articles, not the
corpus. The last two complete generations are kept; incomplete ones are removed by the
next writer.

Fields: `article_id` (stored, raw: the key for deletes), `key` (an integer fast field that
ids.parquet maps back to the article_id without reading stored documents), `title`,
`text` and `source` (analysed: tantivy's simple tokenizer, i.e. runs of letters and digits
in any script, then lowercase and ASCII folding, so "Erdoğan" is "erdogan" and "МОСКВА" is
"москва"), and `date` (the publication day, indexed and fast, absent when unknown). With
`stemming=True` the index also has `title_stem` and `text_stem`, the same words through
tantivy's English (Snowball) stemmer: stemming needs fields of its own, since the plain
fields must keep the words as written for exact, reproducible counts.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import tantivy
from filelock import FileLock, Timeout

from lib import atomic

FORMAT_VERSION = 1
TOKENIZER = "lens"  # simple tokenizer, lowercase, ASCII folding
STEM_TOKENIZER = "lens_en"  # the same, then the English stemmer
# longer tokens (URLs' debris, base64) are dropped; a Cyrillic letter is 2 bytes
MAX_TOKEN_BYTES = 100
TEXT_FIELDS = ("title", "text", "source")
STEM_FIELDS = {"title": "title_stem", "text": "text_stem"}

CURRENT = "current"
GENERATIONS = "generations"
INCOMPLETE = ".incomplete-"
LOCK = ".lock"
IDS_FILE = "ids.parquet"
INFO_FILE = "lens-index.json"
KEEP_GENERATIONS = 2
WRITER_HEAP = 256_000_000  # bytes, shared by the writer's threads


class IndexLocked(RuntimeError):
    """Another process is writing this index."""


@dataclass(frozen=True)
class IndexInfo:
    """A generation of the index, and what the build or update that made it did."""

    path: Path  # the generation's folder
    generation: str
    documents: int
    stemming: bool
    added: int = 0  # articles new to the index
    replaced: int = 0  # articles already indexed whose title, text, source or date changed
    removed: int = 0
    unchanged: int = 0  # articles passed again with the same content (skipped)


# --- analysis ---------------------------------------------------------------------------


@lru_cache(maxsize=2)
def analyzer(stem: bool = False) -> tantivy.TextAnalyzer:
    """The analyzer of the index's text fields; the query side uses the same one, so a
    query word is cut, lowercased and folded exactly as the articles were."""
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
    )
    if stem:
        builder = builder.filter(tantivy.Filter.stemmer("english"))
    return builder.build()


def stem_word(token: str) -> str:
    """A word of the plain fields as the stemmed fields hold it."""
    return analyzer(True).analyze(token)[0]


def _register(index: tantivy.Index) -> tantivy.Index:
    index.register_tokenizer(TOKENIZER, analyzer(False))
    index.register_tokenizer(STEM_TOKENIZER, analyzer(True))
    return index


def schema(stemming: bool = False) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("article_id", stored=True, tokenizer_name="raw")
    builder.add_unsigned_field("key", fast=True)
    for name in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=TOKENIZER)
    if stemming:
        for name in STEM_FIELDS.values():
            builder.add_text_field(name, tokenizer_name=STEM_TOKENIZER)
    builder.add_date_field("date", indexed=True, fast=True)
    return builder.build()


# --- the articles -----------------------------------------------------------------------


def _column(frame: pd.DataFrame, *names: str) -> pd.Series:
    for name in names:
        if name in frame.columns:
            return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _prepare(articles: pd.DataFrame) -> pd.DataFrame:
    """article_id, title, text, source, date (datetime64, NaT when unknown) and digest,
    one row per article. The date is `published` (the tables' column) or `date`."""
    if "article_id" not in articles.columns:
        raise ValueError("the articles need an article_id column")
    ids = articles["article_id"].astype(str)
    duplicated = ids[ids.duplicated()]
    if len(duplicated):
        raise ValueError(f"duplicate article_id in the articles to index: {duplicated.iloc[0]!r}")
    frame = pd.DataFrame({"article_id": ids.to_numpy(dtype=object)})
    for name in TEXT_FIELDS:
        values = _column(articles, name).astype(object)
        frame[name] = values.where(values.notna(), "").astype(str).to_numpy(dtype=object)
    dates = pd.to_datetime(_column(articles, "published", "date"), errors="coerce")
    frame["date"] = dates.dt.normalize().to_numpy()
    day = frame["date"].dt.strftime("%Y-%m-%d").fillna("")
    frame["digest"] = [
        hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12).hexdigest()
        for parts in zip(frame["title"], frame["text"], frame["source"], day, strict=True)
    ]
    return frame


def _add_documents(
    writer: tantivy.IndexWriter, frame: pd.DataFrame, keys: np.ndarray, stemming: bool
) -> None:
    """Add the prepared articles with their keys (tests make this fail half-way)."""
    dates = frame["date"].to_numpy()
    for i, (article_id, title, text, source) in enumerate(
        zip(frame["article_id"], frame["title"], frame["text"], frame["source"], strict=True)
    ):
        doc = tantivy.Document()
        doc.add_text("article_id", article_id)
        doc.add_unsigned("key", int(keys[i]))
        doc.add_text("title", title)
        doc.add_text("text", text)
        doc.add_text("source", source)
        if stemming:
            doc.add_text("title_stem", title)
            doc.add_text("text_stem", text)
        if not pd.isna(dates[i]):
            doc.add_date("date", pd.Timestamp(dates[i]).to_pydatetime().replace(tzinfo=UTC))
        writer.add_document(doc)


# --- generations --------------------------------------------------------------------------


def _fsync_tree(path: Path) -> None:
    for file in sorted(path.iterdir()):
        if file.is_file() and not file.name.startswith(".tantivy-"):
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
    atomic.fsync_dir(path)


def current_generation(index_dir: Path | str) -> Path | None:
    """The folder of the generation in use, or None when there is no complete index.
    `index_dir` may also be a generation's folder itself."""
    index_dir = Path(index_dir)
    if (index_dir / INFO_FILE).exists():
        return index_dir
    link = index_dir / CURRENT
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target / INFO_FILE).exists() else None


def read_info(generation: Path) -> dict:
    return json.loads((Path(generation) / INFO_FILE).read_text(encoding="utf-8"))


def read_ids(generation: Path) -> pd.DataFrame:
    """key (uint64), article_id, digest: one row per indexed article."""
    return pq.read_table(Path(generation) / IDS_FILE).to_pandas()


def index_info(index_dir: Path | str) -> IndexInfo | None:
    """The generation in use, or None when the folder holds no complete index."""
    generation = current_generation(index_dir)
    if generation is None:
        return None
    info = read_info(generation)
    return IndexInfo(generation, generation.name, info["documents"], info["stemming"])


@contextmanager
def _writing(index_dir: Path) -> Iterator[None]:
    """Hold the index's write lock; fail at once, with a clear message, if another writer has it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(index_dir / LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise IndexLocked(
            f"{index_dir}: another process is writing this search index; wait for it to finish "
            f"(or, if none is running, delete {index_dir / LOCK})"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _prune(generations: Path, keep: str) -> None:
    """Complete generations beyond the last few, and incomplete ones of failed or killed runs
    (called with the lock held: no other writer is filling them)."""
    link = generations.parent / CURRENT
    in_use = link.resolve().name if link.exists() else ""
    complete = sorted(p for p in generations.iterdir() if not p.name.startswith("."))
    for old in complete[:-KEEP_GENERATIONS]:
        if old.name not in (keep, in_use):
            shutil.rmtree(old, ignore_errors=True)
    for unfinished in generations.glob(INCOMPLETE + "*"):
        shutil.rmtree(unfinished, ignore_errors=True)


def _link_files(source: Path, staging: Path) -> None:
    """The base generation's tantivy files in `staging`: hard links to the immutable segment
    files, copies of the two JSON files tantivy replaces on commit."""
    for file in source.iterdir():
        name = file.name
        if not file.is_file() or name.startswith(".tantivy-") or name in (IDS_FILE, INFO_FILE):
            continue
        if name in ("meta.json", ".managed.json"):
            shutil.copy2(file, staging / name)
            continue
        try:
            os.link(file, staging / name)
        except OSError:  # another file system, or no hard links there
            shutil.copy2(file, staging / name)


def _stop(writer: tantivy.IndexWriter) -> None:
    """Abandon a writer: drop what it holds and wait for its indexing and merging threads."""
    try:
        writer.rollback()
        writer.wait_merging_threads()
    except Exception:  # noqa: BLE001 - already failing; the folder goes anyway
        pass


def _write_generation(index_dir: Path, fill, *, base: Path | None, stemming: bool) -> IndexInfo:
    """Make a new generation in an incomplete folder with `fill(writer) -> (ids, counts)`,
    starting from `base` (a generation's folder) or from nothing, then swap it in. The caller
    holds the lock; on any error the incomplete folder goes."""
    generations = index_dir / GENERATIONS
    generations.mkdir(exist_ok=True)
    _prune(generations, keep="")  # the leftovers of a killed run
    name = atomic.generation_name()
    staging = generations / f"{INCOMPLETE}{name}"
    staging.mkdir()
    try:
        if base is None:
            index = _register(tantivy.Index(schema(stemming), path=str(staging), reuse=False))
        else:
            _link_files(base, staging)
            index = _register(tantivy.Index.open(str(staging)))
        writer = index.writer(heap_size=WRITER_HEAP)
        try:
            ids, counts = fill(writer)
            writer.commit()
        except BaseException:
            _stop(writer)  # its threads must not write into the folder while it is removed
            raise
        writer.wait_merging_threads()  # consumes the writer; merges finish in staging
        pq.write_table(
            pa.Table.from_pandas(ids, preserve_index=False), staging / IDS_FILE, compression="zstd"
        )
        info = {
            "format": FORMAT_VERSION,
            "engine": tantivy.__version__,
            "documents": len(ids),
            "stemming": stemming,
            "tokenizer": f"simple, remove_long({MAX_TOKEN_BYTES}), lowercase, ascii_fold"
            + (" (+ stemmer(english) in title_stem, text_stem)" if stemming else ""),
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            **counts,
        }
        (staging / INFO_FILE).write_text(json.dumps(info, indent=2), encoding="utf-8")
        for leftover in staging.glob(".tantivy-*.lock"):
            leftover.unlink(missing_ok=True)
        _fsync_tree(staging)
        final = generations / name
        os.replace(staging, final)
        atomic.fsync_dir(generations)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    atomic.point(index_dir / CURRENT, f"{GENERATIONS}/{name}")
    atomic.fsync_dir(index_dir)
    _prune(generations, keep=name)
    return IndexInfo(final, name, len(ids), stemming, **counts)


def _ids_frame(
    keys: Iterable[int], article_ids: Iterable[str], digests: Iterable[str]
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "key": np.asarray(list(keys), dtype=np.uint64),
            "article_id": pd.Series(list(article_ids), dtype=object),
            "digest": pd.Series(list(digests), dtype=object),
        }
    )


# --- the public functions -------------------------------------------------------------------


def _build(frame: pd.DataFrame, index_dir: Path, stemming: bool) -> IndexInfo:
    def fill(writer):
        keys = np.arange(len(frame), dtype=np.uint64)
        _add_documents(writer, frame, keys, stemming)
        return _ids_frame(keys, frame["article_id"], frame["digest"]), {"added": len(frame)}

    return _write_generation(index_dir, fill, base=None, stemming=stemming)


def build_index(
    articles: pd.DataFrame, index_dir: Path | str, *, stemming: bool = False
) -> IndexInfo:
    """Index every article anew (columns article_id, title, text, source and published or
    date; the tables' articles frame will do) in a new generation of `index_dir`."""
    frame = _prepare(articles)
    with _writing(Path(index_dir)):
        return _build(frame, Path(index_dir), stemming)


def update_index(
    index_dir: Path | str,
    added: pd.DataFrame,
    removed_ids: Iterable[str] = (),
    *,
    base: Path | str | None = None,
    stemming: bool | None = None,
) -> IndexInfo:
    """A new generation of `index_dir`: the current one (or `base`'s, another index folder,
    e.g. the previous run's) with the articles of `added` put in — new ones added, ones
    already indexed replaced when their title, text, source or date changed, unchanged ones
    left as they are — and `removed_ids` deleted (ids not in the index are ignored). With no
    index to start from, this is build_index(added). `stemming` None keeps the index's."""
    return _update(Path(index_dir), _prepare(added), removed_ids, base=base, stemming=stemming)


def _update(
    index_dir: Path,
    frame: pd.DataFrame,
    removed_ids: Iterable[str] | None,
    *,
    base: Path | str | None,
    stemming: bool | None,
) -> IndexInfo:
    """update_index; `removed_ids` None: every indexed article not in `frame` (sync_index).
    The generation to start from is read under the lock."""
    with _writing(index_dir):
        start = current_generation(base if base is not None else index_dir)
        if start is None:
            return _build(frame, index_dir, bool(stemming))
        info = read_info(start)
        outdated = info.get("format") != FORMAT_VERSION or info["stemming"] != bool(stemming)
        if removed_ids is None and outdated:  # sync has every article: rebuild
            return _build(frame, index_dir, bool(stemming))
        if info.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"{start}: index format {info.get('format')}, expected {FORMAT_VERSION}: rebuild it"
            )
        if stemming is not None and stemming != info["stemming"]:
            raise ValueError(
                f"{start}: the index was built with stemming={info['stemming']}; rebuild it to change that"
            )
        old = read_ids(start)
        if removed_ids is None:
            removed = set(old["article_id"]) - set(frame["article_id"])
        else:
            removed = {str(i) for i in removed_ids}
        return _write_generation(
            index_dir,
            lambda writer: _apply(writer, frame, old, removed, info["stemming"]),
            base=start,
            stemming=info["stemming"],
        )


def _apply(
    writer: tantivy.IndexWriter,
    frame: pd.DataFrame,
    old: pd.DataFrame,
    removed_ids: set[str],
    stemming: bool,
) -> tuple[pd.DataFrame, dict]:
    """update_index's changes on a writer over the old generation: (new ids table, counts)."""
    digests = dict(zip(old["article_id"], old["digest"], strict=True))
    known = frame["article_id"].map(digests)
    fresh = known.isna().to_numpy()
    changed = (~fresh) & (known.to_numpy() != frame["digest"].to_numpy())
    removed = (removed_ids & digests.keys()) - set(frame["article_id"])  # passed both: kept
    for article_id in sorted(removed | set(frame.loc[changed, "article_id"])):
        writer.delete_documents_by_term("article_id", article_id)
    todo = frame[fresh | changed]
    next_key = int(old["key"].max()) + 1 if len(old) else 0
    keys = np.arange(next_key, next_key + len(todo), dtype=np.uint64)
    _add_documents(writer, todo, keys, stemming)
    kept = old[~old["article_id"].isin(removed | set(todo["article_id"]))]
    ids = pd.concat([kept, _ids_frame(keys, todo["article_id"], todo["digest"])], ignore_index=True)
    counts = {
        "added": int(fresh.sum()),
        "replaced": int(changed.sum()),
        "removed": len(removed),
        "unchanged": int(len(frame) - fresh.sum() - changed.sum()),
    }
    return ids, counts


def sync_index(
    index_dir: Path | str,
    articles: pd.DataFrame,
    *,
    base: Path | str | None = None,
    stemming: bool = False,
) -> IndexInfo:
    """Make the index hold exactly `articles` (the run's whole articles table): builds it when
    there is none (or when its stemming differs), else update_index with the articles no
    longer there as removed. Unchanged articles cost a hash; a run with nothing new still
    writes a (cheap) new generation."""
    return _update(Path(index_dir), _prepare(articles), None, base=base, stemming=stemming)
