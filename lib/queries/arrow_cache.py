"""A fast-loading copy of a run's tables for the dashboard: Arrow IPC files, uncompressed,
memory-mapped.

Parquet is compact (zstd) but decoding 100k articles' tables takes seconds on every server
start; the same tables as uncompressed Arrow files map into memory in a fraction of that,
and the article texts stay in the page cache instead of the process's own memory. The copy
is made by the dashboard the first time it loads a large run, in `runs/<run_id>/
load-cache/`, next to the Parquet tables it copies (a run never changes, so the copy never
goes stale; it goes when the run is pruned). It costs disk: about 6x the Parquet size.

    LENS_LOAD_CACHE=0      never write or read it
    LENS_LOAD_CACHE_MIN    the smallest run (articles) worth a copy, default 20000
"""

from __future__ import annotations

import os
import shutil
import uuid
import warnings
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

FOLDER = "load-cache"
COMPLETE = "COMPLETE"  # written last: a folder without it is ignored
ENABLED_ENV, MIN_ENV = "LENS_LOAD_CACHE", "LENS_LOAD_CACHE_MIN"
DEFAULT_MIN_ARTICLES = 20_000


def enabled() -> bool:
    return os.environ.get(ENABLED_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def worth_it(n_articles: int) -> bool:
    try:
        minimum = int(os.environ.get(MIN_ENV, DEFAULT_MIN_ARTICLES))
    except ValueError:
        minimum = DEFAULT_MIN_ARTICLES
    return enabled() and n_articles >= minimum


def write_arrow(table: pa.Table, path: Path) -> None:
    """One table as an uncompressed Arrow IPC file, which `read_arrow` maps into memory."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def read_arrow(path: Path) -> pa.Table:
    """A file written by `write_arrow`, memory-mapped: its pages stay in the OS file cache
    rather than in the process's own memory."""
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()


def path_of(run: Path, name: str) -> Path:
    """The file of one table in the run's copy."""
    return run / FOLDER / f"{name}.arrow"


def read(run: Path, names: tuple[str, ...]) -> dict[str, pa.Table] | None:
    """The run's tables from its copy, or None when there is no complete copy."""
    folder = run / FOLDER
    if not enabled() or not (folder / COMPLETE).exists():
        return None
    if not all((folder / f"{name}.arrow").exists() for name in names):
        return None  # a copy made before a table joined the contract
    return {name: read_arrow(folder / f"{name}.arrow") for name in names}


def write(run: Path, tables: Mapping[str, pa.Table]) -> None:
    """Make the copy (in a temporary folder renamed into place). A run folder that cannot
    be written to (read-only data) only loses the speed-up: a warning, not an error."""
    staging = run / f".{FOLDER}-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir()
        for name, table in tables.items():
            # an IPC file holds one dictionary per column
            write_arrow(table.unify_dictionaries(), staging / f"{name}.arrow")
        (staging / COMPLETE).write_text("", encoding="utf-8")
        if (run / FOLDER).is_dir():
            # unfinished, or made before a table joined the contract (read() refuses it):
            # moved aside first, since a rename cannot replace a folder that has files
            stale = run / f".{FOLDER}-stale-{uuid.uuid4().hex[:8]}"
            os.replace(run / FOLDER, stale)
            shutil.rmtree(stale, ignore_errors=True)
        os.replace(staging, run / FOLDER)
    except (OSError, pa.ArrowException) as exc:  # read-only, disk full, another server won
        shutil.rmtree(staging, ignore_errors=True)
        if not (run / FOLDER / COMPLETE).exists():
            warnings.warn(f"{run}: no fast-loading copy of the tables ({exc})", stacklevel=2)
