"""Where the per-article work runs: this process, a local pool of processes, or an
existing Dask cluster. Each runs the same function on chunks of articles; a worker process
loads the spaCy pipeline once and keeps it for every chunk it is given.

    local, 1 process   the chunks one after another, here (the default)
    local, N processes a process pool on this machine (`--n-process N`)
    dask               `--engine dask --scheduler tcp://host:8786` (dask.distributed)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
ENGINES = ("local", "dask")


def chunked(
    items: Sequence[T], *, n_workers: int, min_size: int = 25, max_size: int = 400
) -> list[list[T]]:
    """Chunks small enough to balance the workers and show progress, big enough to batch."""
    size = max(min_size, min(max_size, -(-len(items) // max(1, n_workers * 4))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def run_chunks(
    work: Callable[[list[T]], R],
    chunks: list[list[T]],
    *,
    engine: str = "local",
    n_process: int = 1,
    scheduler: str | None = None,
) -> Iterator[tuple[list[T], R]]:
    """(chunk, result) pairs, in the order the chunks finish."""
    if engine == "dask":
        yield from _run_dask(work, chunks, scheduler)
    elif n_process <= 1:
        for chunk in chunks:
            yield chunk, work(chunk)
    else:
        # fork: the workers start with what this process has already loaded (the gazetteers).
        import multiprocessing

        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
            futures = {pool.submit(work, chunk): chunk for chunk in chunks}
            for future in as_completed(futures):
                yield futures[future], future.result()


def _run_dask(work: Callable[[list[Any]], R], chunks: list[list[Any]], scheduler: str | None):
    try:
        from dask.distributed import Client
        from dask.distributed import as_completed as dask_completed
    except ImportError as exc:  # an optional extra
        raise OSError(
            "the dask engine needs dask.distributed: pip install 'nato-russia-lens[dask]'"
        ) from exc
    if not scheduler:
        raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    with Client(scheduler, timeout="30s") as client:
        futures = client.map(work, chunks, pure=False)
        chunk_of = {future.key: chunk for future, chunk in zip(futures, chunks, strict=True)}
        for future in dask_completed(futures):
            yield chunk_of[future.key], future.result()
