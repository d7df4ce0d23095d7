"""The per-article cache that makes re-runs incremental.

An article's extraction depends only on its text and metadata, the pipeline (model,
gazetteers, event KB, rules) and the code. Each processed article's records are kept under
a key that hashes all of these, in `<out>/cache/`, so a re-run on an unchanged corpus
does no cleaning or NLP at all, and adding 100 articles to 10,000 costs about 100 articles
of work. Any change to the code or the data files behind the rules changes the
fingerprint, and everything is processed afresh.

The cache is a folder of Parquet segments (one per run that added articles), one set of
records per table, each row carrying its `cache_key`; segments are compacted when they
pile up.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import spacy

from lib.engine.ingest.raw import RawArticle
from lib.paths import ROOT

# The code and data an article's extraction depends on: a change to any of them
# invalidates the cache. The whole engine package and the contract's ids and names (the
# dashboard's packages are not among them).
FINGERPRINTED = [
    *sorted((ROOT / "lib" / "engine").rglob("*.py")),
    ROOT / "lib" / "ids.py",
    ROOT / "lib" / "names.py",
    *sorted((ROOT / "data" / "gazetteer").glob("*.csv")),
    *sorted((ROOT / "data" / "events").glob("*.csv")),
    ROOT / "data" / "boilerplate.csv",
]
PARTS = ("articles", "sentences", "mentions", "events", "quotes", "problems")
MAX_SEGMENTS = 16


def fingerprint(model: str, extra_files: Iterable[str | Path] = ()) -> str:
    """A hash of everything an extraction depends on besides the article itself."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{model}|spacy {spacy.__version__}".encode())
    for path in [*FINGERPRINTED, *(Path(p) for p in extra_files)]:
        if path.exists():
            digest.update(
                path.relative_to(ROOT).as_posix().encode()
                if path.is_relative_to(ROOT)
                else path.name.encode()
            )
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(raw: RawArticle, fingerprint_: str) -> str:
    """The cache key of one article: its text, its metadata and the pipeline fingerprint.
    The path is left out, so a renamed or moved file is still found."""
    payload = json.dumps(
        [
            raw.article_id,
            raw.text,
            raw.title,
            raw.date,
            raw.date_basis,
            raw.source,
            raw.url,
            raw.format,
            sorted(raw.extra.items()),
        ],
        ensure_ascii=False,
    )
    return hashlib.blake2b(f"{fingerprint_}|{payload}".encode(), digest_size=12).hexdigest()


@dataclass
class Cached:
    """Records of the cached articles, per part, as DataFrames with a cache_key column."""

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    def part(self, name: str) -> pd.DataFrame:
        return self.frames.get(name, pd.DataFrame())


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _segments(self, part: str) -> list[Path]:
        return (
            sorted((self.folder / part).glob("*.parquet")) if (self.folder / part).exists() else []
        )

    def keys(self) -> set[str]:
        """Keys of every article in the cache (those whose records were stored in full)."""
        keys: set[str] = set()
        for path in self._segments("articles"):
            keys.update(pq.read_table(path, columns=["cache_key"]).column("cache_key").to_pylist())
        return keys

    def load(self, wanted: set[str]) -> Cached:
        """The records of the wanted keys, every part."""
        cached = Cached()
        if not wanted:
            return cached
        wanted_array = pa.array(sorted(wanted))
        for part in PARTS:
            tables = []
            for path in self._segments(part):
                table = pq.read_table(path)
                tables.append(
                    table.filter(
                        pa.compute.is_in(table.column("cache_key"), value_set=wanted_array)
                    )
                )
            if tables:
                cached.frames[part] = pa.concat_tables(
                    tables, promote_options="permissive"
                ).to_pandas()
        return cached

    def store(self, frames: dict[str, pd.DataFrame]) -> None:
        """Add one segment per part. Articles go last: an article counts as cached only when
        all its records are on disk, so a killed run never leaves a half-cached article."""
        segment = uuid.uuid4().hex
        for part in [p for p in PARTS if p != "articles"] + ["articles"]:
            frame = frames.get(part)
            if frame is None or frame.empty:
                continue
            folder = self.folder / part
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{segment}.tmp"
            pq.write_table(
                pa.Table.from_pandas(frame, preserve_index=False), tmp, compression="zstd"
            )
            os.replace(tmp, folder / f"{segment}.parquet")
        if len(self._segments("articles")) > MAX_SEGMENTS:
            self.compact()

    def compact(self, keep: set[str] | None = None) -> None:
        """Merge the segments of each part into one (keeping only `keep` keys if given)."""
        for part in PARTS:
            segments = self._segments(part)
            if len(segments) <= 1 and keep is None:
                continue
            tables = [pq.read_table(p) for p in segments]
            if not tables:
                continue
            table = pa.concat_tables(tables, promote_options="permissive")
            if keep is not None:
                table = table.filter(
                    pa.compute.is_in(table.column("cache_key"), value_set=pa.array(sorted(keep)))
                )
            merged = self.folder / part / f"{uuid.uuid4().hex}.parquet"
            tmp = merged.with_suffix(".tmp")
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, merged)
            for old in segments:
                old.unlink(missing_ok=True)


def corpus_signature(paths: Iterable[str | Path], *, settings: Iterable[str]) -> str:
    """A hash of every input file's path, size and modification time, and of the settings
    (model, fingerprint, sidecar, KB files): equal signatures mean nothing to do at all."""
    digest = hashlib.blake2b(digest_size=12)
    for item in settings:
        digest.update(f"{item}\n".encode())
    for root in paths:
        root = Path(root)
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
