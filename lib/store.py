"""The data contract: table schemas, atomic Parquet writes, reads.

`python -m lib.preprocess --corpus PATH... --out DIR` writes these tables to DIR; the
dashboard and the tests read them through `read_dataset`. docs/data.md describes every
column. A column is renamed here, once.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from lib import atomic

SCHEMA_VERSION = 1

_STR = pa.string()
_LIST_STR = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _STR),  # content hash of the text as read (lib.ids)
            ("path", _STR),  # file the article came from
            ("row", pa.int64()),  # line/record in a JSONL/CSV file; null for one-article files
            ("format", _STR),  # txt | md | html | jsonl | csv
            ("language", _STR),  # ISO 639-1 ("en", "ru", …; lib.engine.language); null: too short
            ("source", _STR),  # outlet, canonical name
            ("source_basis", _STR),  # metadata | sidecar | dateline | site-name | unknown
            ("title", _STR),
            ("lede", _STR),
            ("published", pa.date32()),  # null when unknown
            ("published_basis", _STR),  # explicit | metadata | sidecar | inferred | unknown
            ("published_text", _STR),  # the date as written where it came from
            (
                "published_min",
                pa.date32(),
            ),  # the range the date is known to lie in (= published when exact)
            ("published_max", pa.date32()),
            ("published_evidence", _STR),  # why, for an inferred date
            ("page_clock", _STR),  # a page clock/scrape stamp; NOT the publication date
            ("dateline", _STR),  # "MOSCOW (Sputnik)"
            ("url", _STR),
            ("n_words", pa.int32()),
            ("text", _STR),  # cleaned text: title, lede, body, captions, "\n\n" between blocks
            (
                "sections",
                pa.list_(
                    pa.struct([("section", _STR), ("start", pa.int32()), ("end", pa.int32())])
                ),
            ),
            (
                "extra",
                pa.map_(_STR, _STR),
            ),  # other metadata columns of the corpus (bias, topic, authors…)
        ]
    ),
    "sentences": pa.schema(
        [
            ("article_id", _STR),
            ("sentence_id", pa.int32()),  # 0-based, in reading order within the article
            ("start", pa.int32()),  # character offsets into articles.text
            ("end", pa.int32()),
            ("section", _STR),  # title | lede | body | caption
            (
                "tone",
                pa.float32(),
            ),  # lib.engine.tone score in [-1, 1] of a sentence that mentions an entity; else null
        ]
    ),
    "entities": pa.schema(
        [
            (
                "entity_id",
                _STR,
            ),  # "person:jens-stoltenberg", "country:RUS", "org:nato", "location:crimea"
            ("type", _STR),  # person | country | org | location | event
            ("name", _STR),  # canonical display name
            ("code", _STR),  # ISO 3166 alpha-3 for countries (a location's/body's country)
            ("aliases", _LIST_STR),  # surface forms seen in the corpus
            ("roles", _LIST_STR),  # titles stated before a person's name
            (
                "org_kind",
                _STR,
            ),  # for organisations known to the gazetteer: military alliance, media…
            (
                "in_gazetteer",
                pa.bool_(),
            ),  # known to data/gazetteer, rather than found by the model alone
            ("n_mentions", pa.int64()),
            ("n_articles", pa.int64()),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", _STR),
            ("entity_id", _STR),
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # character offsets into articles.text
            ("end", pa.int32()),
            ("surface", _STR),  # the text as written
            ("kind", _STR),  # name | demonym | capital | seat | title | reference
            ("section", _STR),  # title | lede | body | caption
            (
                "label",
                _STR,
            ),  # what found it: PERSON/ORG/GPE/NORP/LOC/FAC (model or ruler), ORGREF, ROLE
            ("role", _STR),  # title stated with a person's name in this mention
            # how the surface reached its entity: gazetteer | text | article | corpus
            ("link", _STR),
            ("linked_from", _STR),  # the entity the surface is on its own, when linked
        ]
    ),
    "events": pa.schema(
        [
            ("event_id", _STR),  # "<article_id>:<n>": one row per event mention in an article
            ("article_id", _STR),
            (
                "entity_id",
                _STR,
            ),  # the knowledge-base event ("event:su24-downing-2015"), null if not linked
            ("name", _STR),  # KB name, else the trigger phrase ("talks", "summit in London")
            ("type", _STR),  # summit | meeting | military incident | exercise | sanctions | …
            ("trigger", _STR),  # the word(s) that signal the event, as written
            ("date_start", pa.date32()),  # null when the text gives no resolvable date
            ("date_end", pa.date32()),
            ("date_precision", _STR),  # day | month | year | null
            ("date_text", _STR),  # the date expression as written ("last year", "on 3 December")
            ("place", _STR),  # entity_id of the place, if stated
            ("participants", _LIST_STR),  # entity_ids in the same clause
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # offsets of the evidence phrase in articles.text
            ("end", pa.int32()),
            (
                "evidence",
                _STR,
            ),  # why: "alias 'annexation of crimea'", "pattern summit + warsaw", "trigger"
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", _STR),
            ("speaker_id", _STR),  # a person entity_id; null when the speaker is not resolved
            (
                "speaker_text",
                _STR,
            ),  # how the speaker is written at the quote ("Stoltenberg", "he", "the NATO chief")
            ("text", _STR),  # the quotation, without its quote marks
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # offsets of the quotation in articles.text
            ("end", pa.int32()),
        ]
    ),
    "kb_events": pa.schema(
        [  # the event knowledge base as used by the run (all rows, mentioned or not)
            ("entity_id", _STR),  # "event:<event_id>"
            ("name", _STR),
            ("type", _STR),
            ("date_start", pa.date32()),
            ("date_end", pa.date32()),
            ("place", _STR),
            ("participants", _LIST_STR),
            ("reference", _STR),  # English Wikipedia title
        ]
    ),
    "dropped": pa.schema(
        [  # records a corpus-level rule took out of mentions, quotes and events (kept here)
            ("article_id", _STR),
            ("table", _STR),  # mentions | quotes | events
            ("entity_id", _STR),  # the mention's entity, the quote's speaker, the event's KB id
            ("surface", _STR),  # the mention as written, the quotation, the event's trigger
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # offsets into articles.text
            ("end", pa.int32()),
            ("reason", _STR),  # repeated text | own outlet
            ("evidence", _STR),  # "in 37 articles of Washington Times", "the article's outlet: CNN"
        ]
    ),
}
TABLES = tuple(SCHEMAS)
# Tables added to the contract after runs were first written: a run made before reads them
# as empty tables (run lib.preprocess again to fill them).
OPTIONAL_TABLES = frozenset({"dropped"})
MANIFEST = "manifest.json"
REPORT = "report.json"


@dataclass
class Dataset:
    """The tables of one preprocessing run, as pandas DataFrames."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame = field(default_factory=lambda: empty_table("events"))
    quotes: pd.DataFrame = field(default_factory=lambda: empty_table("quotes"))
    kb_events: pd.DataFrame = field(default_factory=lambda: empty_table("kb_events"))
    dropped: pd.DataFrame = field(default_factory=lambda: empty_table("dropped"))
    manifest: dict = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)

    def tables(self) -> Mapping[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def made(self) -> Mapping[str, pd.DataFrame]:
        """The tables that are frames already (every one here; a dataset read for the
        dashboard makes some on first use: lib.queries.tables.LazyDataset)."""
        return self.tables()

    def n_rows(self, name: str) -> int:
        return len(getattr(self, name))

    def column_names(self, name: str) -> list[str]:
        return list(getattr(self, name).columns)

    def columns_of(self, name: str, columns: Sequence[str]) -> pd.DataFrame:
        """Some columns of a table (a frame of its rows, the others left out)."""
        return getattr(self, name)[list(columns)]

    def rows_where(
        self, name: str, column: str, value: str, columns: Sequence[str]
    ) -> pd.DataFrame:
        """The rows of a table where `column` holds `value`, with the given columns, in
        table order and indexed by their row in the table."""
        frame = getattr(self, name)
        found = (frame[column] == value).to_numpy(dtype=bool, na_value=False)
        return frame.iloc[np.flatnonzero(found)][list(columns)]

    def rows_at(self, name: str, rows: np.ndarray, columns: Sequence[str]) -> pd.DataFrame:
        """The rows of a table at these positions (in their order), with the given columns,
        indexed by their row in the table."""
        return getattr(self, name)[list(columns)].iloc[np.asarray(rows, dtype=np.int64)]

    def texts_at(self, name: str, column: str, rows: np.ndarray) -> list[str | None]:
        """The strings of one column at these row positions, in their order (None where
        null): the few sentences a page shows, without a copy of the column."""
        values = getattr(self, name)[column].iloc[np.asarray(rows, dtype=np.int64)]
        return [v if isinstance(v, str) else None for v in values.tolist()]

    def distinct(self, name: str, column: str) -> list:
        """The distinct non-null values of one column of a table."""
        return getattr(self, name)[column].dropna().astype(object).unique().tolist()

    def with_tables(self, **tables: pd.DataFrame) -> Dataset:
        """A new dataset with `tables` replaced and the others shared (shallow copies: pandas'
        copy-on-write keeps them apart), its manifest and problems copied."""
        frames = {name: frame.copy(deep=False) for name, frame in self.tables().items()}
        return Dataset(
            **{**frames, **tables}, manifest=dict(self.manifest), problems=list(self.problems)
        )


def empty_table(name: str) -> pd.DataFrame:
    return SCHEMAS[name].empty_table().to_pandas()


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table of exactly the contract's columns and types."""
    schema = SCHEMAS[name]
    missing = [f.name for f in schema if f.name not in frame.columns]
    if missing:
        raise ValueError(f"table {name!r} lacks columns {missing}")
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def _atomic_write_bytes(path: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename over the target
    (lib.atomic.replace_file): a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.replace_file(path, write)


def write_table(name: str, frame: pd.DataFrame, out_dir: Path) -> Path:
    table = to_arrow(name, frame)
    path = Path(out_dir) / f"{name}.parquet"
    _atomic_write_bytes(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return path


def write_json(path: Path, payload: object) -> None:
    atomic_write_text(path, json.dumps(payload, indent=2, ensure_ascii=False, default=str))


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 text with "\n" line ends, written atomically (see _atomic_write_bytes)."""
    _atomic_write_bytes(
        Path(path), lambda tmp: Path(tmp).write_text(text, encoding="utf-8", newline="\n")
    )


def edit_lock(path: Path, kind: str) -> FileLock:
    """A lock for read-modify-write of a small file people also edit by hand (corrections,
    saved views). In the temp folder, not next to the file: no lock file to keep out of git."""
    key = hashlib.blake2b(str(Path(path).resolve()).encode("utf-8"), digest_size=8).hexdigest()
    return FileLock(str(Path(tempfile.gettempdir()) / f"lens-{kind}-{key}.lock"))


RUNS = "runs"
CURRENT = "current"
LOCK = ".lock"
KEEP_RUNS = 3
SEARCH_INDEX = "search"  # runs/<run_id>/search/: the run's full-text index (lib.search)


class DatasetLocked(RuntimeError):
    """Another preprocessing run is writing to the same folder."""


_locks: dict[str, FileLock] = {}


@contextmanager
def write_lock(out_dir: Path) -> Iterator[None]:
    """Hold the folder's write lock; fail at once, with a clear message, if another run has it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    key = str(out_dir.resolve())
    lock = _locks.setdefault(key, FileLock(str(out_dir / LOCK)))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DatasetLocked(
            f"{out_dir}: another preprocessing run is writing here; wait for it to finish "
            f"(or, if none is running, delete {out_dir / LOCK})"
        ) from None
    try:
        yield
    finally:
        lock.release()


def partition_bounds(article_ids: pd.Series, rows: int) -> list[tuple[int, int]]:
    """Row ranges of about `rows` rows each that never split an article's rows (which are
    contiguous in every table: the extraction writes them article by article)."""
    n = len(article_ids)
    if n <= rows:
        return [(0, n)]
    values = article_ids.to_numpy()
    starts = [0]
    while starts[-1] + rows < n:
        cut = starts[-1] + rows
        while cut < n and values[cut] == values[cut - 1]:  # move the cut to the next article
            cut += 1
        if cut >= n:
            break
        starts.append(cut)
    return list(zip(starts, [*starts[1:], n], strict=True))


def _write_table(
    table: pa.Table, frame: pd.DataFrame, path: Path, partition_rows: int | None
) -> None:
    """One Parquet file, or, for a table longer than `partition_rows` with an article_id, a
    folder `<name>.parquet/` of files `part-00000.parquet`…, each holding whole articles.
    pyarrow, DuckDB and Dask read either the same way."""
    if not partition_rows or len(frame) <= partition_rows or "article_id" not in frame:
        pq.write_table(table, path, compression="zstd")
        return
    path.mkdir()
    for n, (start, end) in enumerate(partition_bounds(frame["article_id"], partition_rows)):
        pq.write_table(
            table.slice(start, end - start), path / f"part-{n:05d}.parquet", compression="zstd"
        )


def _fsync_tree(path: Path) -> None:
    for file in [path] if path.is_file() else sorted(path.rglob("*")):
        if file.is_file():
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())


def write_dataset(
    dataset: Dataset,
    out_dir: Path,
    *,
    partition_rows: int | None = None,
    extras: Callable[[Path, Path | None], Mapping | None] | None = None,
) -> str:
    """Write a complete run, then switch to it in one atomic step; returns the run id.
    Tables longer than `partition_rows` are written as partitioned Parquet (see _write_table).
    `extras(run_folder, previous_run)`, when given, writes more into the unfinished run's
    folder (the search index) before it is made current, so that it is swapped with the
    tables; what it returns goes into the manifest.

    Layout: runs/<run_id>/ holds the tables, the report and the manifest; `current` points
    to the newest complete run, and <table>.parquet, manifest.json, report.json in the
    folder point through it. A run killed part-way leaves only an unfinished folder under
    runs/, which is never pointed to: readers keep seeing the previous run.
    """
    out_dir = Path(out_dir)
    tables = {
        name: to_arrow(name, frame) for name, frame in dataset.tables().items()
    }  # validate first
    with write_lock(out_dir):
        run_id = atomic.generation_name()
        runs = out_dir / RUNS
        staging = runs / f".incomplete-{run_id}"
        staging.mkdir(parents=True)
        try:
            frames = dataset.tables()
            for name, table in tables.items():
                _write_table(table, frames[name], staging / f"{name}.parquet", partition_rows)
            (staging / REPORT).write_text(
                json.dumps(dataset.problems, indent=2, ensure_ascii=False, default=str),
                encoding="utf-8",
            )
            more = extras(staging, current_run(out_dir)) if extras is not None else None
            parts = {
                name: len(list((staging / f"{name}.parquet").glob("part-*.parquet")))
                for name in tables
                if (staging / f"{name}.parquet").is_dir()
            }
            manifest = {
                **dataset.manifest,
                "run_id": run_id,
                "schema_version": SCHEMA_VERSION,
                **({"partitions": parts} if parts else {}),
                **(more or {}),
                "rows": {name: len(frame) for name, frame in dataset.tables().items()},
            }
            (staging / MANIFEST).write_text(
                json.dumps(manifest, indent=2, ensure_ascii=False, default=str), encoding="utf-8"
            )
            _fsync_tree(staging)
            final = runs / run_id
            os.replace(staging, final)
            atomic.fsync_dir(runs)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        atomic.point(out_dir / CURRENT, f"{RUNS}/{run_id}")
        for name in [*(f"{t}.parquet" for t in TABLES), MANIFEST, REPORT]:
            link = out_dir / name
            if not link.is_symlink() or os.readlink(link) != f"{CURRENT}/{name}":
                atomic.point(link, f"{CURRENT}/{name}")
        atomic.fsync_dir(out_dir)
        _prune(runs, keep=run_id)
    return run_id


def _prune(runs: Path, *, keep: str) -> None:
    """Old complete runs beyond the last few, and unfinished runs of killed processes."""
    complete = sorted(p for p in runs.iterdir() if not p.name.startswith("."))
    for old in complete[:-KEEP_RUNS]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)
    for unfinished in runs.glob(".incomplete-*"):
        if unfinished.name != f".incomplete-{keep}":
            shutil.rmtree(unfinished, ignore_errors=True)


def current_run(out_dir: Path) -> Path | None:
    """The folder of the newest complete run, or None if there is none."""
    link = Path(out_dir) / CURRENT
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target / MANIFEST).exists() else None


def dataset_exists(out_dir: Path) -> bool:
    return current_run(out_dir) is not None


def dataset_version(out_dir: Path) -> str:
    """The current run's id: changes whenever a run completes; the key for caches."""
    run = current_run(out_dir)
    return run.name if run is not None else "none"


def read_table(name: str, out_dir: Path) -> pd.DataFrame:
    run = current_run(out_dir)
    path = (run or Path(out_dir)) / f"{name}.parquet"
    if not path.exists() and name in OPTIONAL_TABLES:
        return empty_table(name)
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: no {name} table; run `python -m lib.preprocess --out {out_dir}`"
        )
    return pq.read_table(path, schema=SCHEMAS[name]).to_pandas()


def read_dataset(out_dir: Path) -> Dataset:
    """All tables of one run (the current one, resolved once, so they always match)."""
    run = current_run(out_dir)
    if run is None:
        raise FileNotFoundError(
            f"{out_dir}: no complete preprocessing run; run `python -m lib.preprocess --out {out_dir}`"
        )
    frames = {name: read_table(name, run) for name in TABLES}
    manifest = json.loads((run / MANIFEST).read_text(encoding="utf-8"))
    report = (
        json.loads((run / REPORT).read_text(encoding="utf-8")) if (run / REPORT).exists() else []
    )
    return Dataset(**frames, manifest=manifest, problems=report)
