"""The run's full-text index (lib.search), written with the run's tables and swapped with them.

A run's index lives in `runs/<run_id>/search/` and is written into the unfinished run's
folder, before the run is made current (lib.store.write_dataset's `extras`): the dashboard
sees the tables and the index of one run, or of the previous one, never one without the
other. It is incremental like the article cache: the new index starts from hard links to
the previous run's (`sync_index(..., base=previous)`), so a run that adds a few articles
indexes those, and one that changes none costs a hash per article. A run that is killed
leaves its unfinished folder, never pointed to, and the previous run keeps its index.
"""

from __future__ import annotations

import time
from pathlib import Path

from lib import store
from lib.search import IndexInfo, index_info, sync_index


def index_folder(run: Path) -> Path:
    """Where a run keeps its search index."""
    return Path(run) / store.SEARCH_INDEX


def index_run(run: Path, articles, previous: Path | None) -> dict:
    """Make the index of the articles in `run`'s folder, starting from the previous run's
    index when there is one; returns what the manifest records of it."""
    started = time.perf_counter()
    base = index_folder(previous) if previous is not None else None
    if base is not None and index_info(base) is None:
        base = None  # a run made before the index existed: build it whole
    info = sync_index(index_folder(run), articles, base=base)
    return {"search_index": describe(info, seconds=time.perf_counter() - started, base=base)}


def describe(info: IndexInfo, *, seconds: float, base: Path | None) -> dict:
    size = sum(f.stat().st_size for f in info.path.iterdir() if f.is_file())
    return {
        "documents": info.documents,
        "added": info.added,
        "replaced": info.replaced,
        "removed": info.removed,
        "unchanged": info.unchanged,
        "from_previous_run": base is not None,
        "seconds": round(seconds, 3),
        "bytes": size,
    }


def write_run(dataset: store.Dataset, out_dir: Path, *, partition_rows: int | None = None) -> str:
    """store.write_dataset with the run's search index written into it before the swap."""
    return store.write_dataset(
        dataset,
        out_dir,
        partition_rows=partition_rows,
        extras=lambda run, previous: index_run(run, dataset.articles, previous),
    )
