"""The edges of the harness: running `python -m lib.preprocess` on a corpus file and reading
the Parquet tables it writes (docs/data.md). Only the documented CLI and table layout are
used, never lib's Python API."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent

# The columns the harness reads from each table (docs/data.md).
COLUMNS = {
    "articles": ["article_id", "source", "title", "published", "text", "url"],
    "sentences": ["article_id", "sentence_id", "start", "end", "section"],
    "entities": [
        "entity_id",
        "type",
        "name",
        "aliases",
        "in_gazetteer",
        "n_mentions",
        "n_articles",
    ],
    "mentions": [
        "article_id",
        "entity_id",
        "sentence_id",
        "start",
        "end",
        "surface",
        "kind",
        "section",
        "label",
    ],
    "events": ["article_id", "entity_id", "name", "type", "trigger", "sentence_id"],
}


def run_preprocess(
    corpus: Path,
    out_dir: Path,
    *,
    n_process: int = 2,
    extra: Sequence[str] = (),
    quiet: bool = False,
) -> None:
    """Process one corpus file into `out_dir` with the project's CLI. A gzipped JSONL/CSV is
    decompressed to a temporary file first (lib.preprocess reads only plain files)."""
    with tempfile.TemporaryDirectory(prefix="lens-eval-") as tmp:
        plain = _plain_copy(Path(corpus), Path(tmp))
        cmd = [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(plain),
            "--out",
            str(out_dir),
            "--n-process",
            str(n_process),
            *extra,
        ]
        if quiet:
            cmd.append("--quiet")
        print("$", " ".join(cmd), file=sys.stderr)
        result = subprocess.run(cmd, cwd=REPO, check=False)
    # exit status 1: some rows skipped (listed in report.json), the tables are still written
    if result.returncode not in (0, 1) or not (Path(out_dir) / "current").exists():
        raise SystemExit(f"lib.preprocess failed with exit status {result.returncode}")


def _plain_copy(corpus: Path, tmp: Path) -> Path:
    if corpus.suffix.lower() != ".gz":
        return corpus
    plain = tmp / corpus.with_suffix("").name  # dev_outlets.jsonl.gz -> dev_outlets.jsonl
    with gzip.open(corpus, "rb") as src, plain.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return plain


def run_dir(out_dir: Path) -> Path:
    """The folder of the current complete run (resolved once so the tables match)."""
    current = Path(out_dir) / "current"
    run = current.resolve() if current.exists() else Path(out_dir)
    if not (run / "manifest.json").exists():
        raise SystemExit(f"{out_dir}: no complete run of lib.preprocess")
    return run


def read_tables(out_dir: Path, names: Sequence[str] = tuple(COLUMNS)) -> dict[str, pd.DataFrame]:
    """The named tables of the current run, with the columns of COLUMNS (a partitioned table,
    a folder of part files, reads the same way)."""
    run = run_dir(out_dir)
    frames = {}
    for name in names:
        path = run / f"{name}.parquet"
        schema_names = pq.read_schema(
            next(iter(path.glob("*.parquet")), path) if path.is_dir() else path
        ).names
        cols = [c for c in COLUMNS[name] if c in schema_names]
        frames[name] = pq.read_table(path, columns=cols).to_pandas()
    return frames


def read_extra(out_dir: Path) -> dict[str, dict[str, str]]:
    """The corpus's own metadata columns (articles.extra): column -> {article_id: value}."""
    table = pq.read_table(run_dir(out_dir) / "articles.parquet", columns=["article_id", "extra"])
    out: dict[str, dict[str, str]] = {}
    for article_id, extra in zip(
        table["article_id"].to_pylist(), table["extra"].to_pylist(), strict=True
    ):
        for key, value in extra or []:
            out.setdefault(key, {})[article_id] = value
    return out
