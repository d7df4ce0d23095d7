"""Query results cached per (corpus version, filters, arguments), and the selected articles
of a set of filters; each call timed for the benchmarks.

One cache for the whole server (every session shares it), bounded by the bytes of what it
holds (lib.queries.memo): $LENS_QUERY_CACHE_MB, default 128. Results are shared, not
copied per rerun: a frame is handed out as a shallow copy (pandas' copy-on-write keeps the
cached one intact when a page adds a column), arrays read-only.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from lib.queries.corpus import Corpus
from lib.queries.filters import Filters
from lib.queries.memo import ByteCache

CACHE_ENV = "LENS_QUERY_CACHE_MB"
# A page's answers for one set of filters are a few MB (the largest, a list of articles,
# 14 MB at 100k): 128 MB keeps every page's last few filter sets; more only held answers
# nobody asks again, in the server's own memory.
DEFAULT_CACHE_MB = 128

# Seconds spent in each uncached query, newest last: read by bench/query_bench.py (the
# dashboard never looks at it). Bounded, so a long-running server does not grow it.
QUERY_TIMES: deque[tuple[str, float]] = deque(maxlen=10_000)
# The CPU seconds of the same queries (the calling thread's): under load, wall time is CPU
# time times the machine's contention, so the benchmarks report both.
QUERY_CPU: deque[tuple[str, float]] = deque(maxlen=10_000)


def _budget() -> int:
    try:
        return int(float(os.environ.get(CACHE_ENV, DEFAULT_CACHE_MB)) * 2**20)
    except ValueError:
        return DEFAULT_CACHE_MB * 2**20


CACHE = ByteCache(_budget())


def _timed(name: str, fn: Callable, *args, **kwargs) -> Any:
    started, cpu = time.perf_counter(), time.thread_time()
    result = fn(*args, **kwargs)
    QUERY_TIMES.append((name, time.perf_counter() - started))
    QUERY_CPU.append((name, time.thread_time() - cpu))
    return result


def _frozen(result: Any) -> Any:
    """What the cache keeps: arrays made read-only (a caller cannot change them)."""
    if isinstance(result, np.ndarray):
        result.flags.writeable = False
    return result


def _private(result: Any) -> Any:
    """A caller's own handle on a cached result, as cheap as it can be: frames and series
    as shallow copies (copy-on-write), containers as new containers of the same items."""
    if isinstance(result, pd.DataFrame | pd.Series):
        return result.copy(deep=False)
    if isinstance(result, dict):
        return dict(result)
    if isinstance(result, list):
        return list(result)
    return result


def selected(corpus: Corpus, filters: Filters) -> pd.Index:
    """The article_ids that pass the filters (cached per run and filters)."""
    return CACHE.get(
        ("select", corpus.version, filters),
        lambda: _timed("lib.queries.corpus.Corpus.select", corpus.select, filters),
    )


def query(fn: Callable, corpus: Corpus, filters: Filters, *, shared: bool = False, **kwargs) -> Any:
    """`fn(corpus, article_ids, **kwargs)` for the articles that pass the filters, cached
    per run, filters and arguments. `shared=True` for large results: the same object is
    returned to every caller, which must not modify it."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
    result = CACHE.get(
        (name, corpus.version, filters, frozen),
        lambda: _frozen(_timed(name, fn, corpus, selected(corpus, filters), **kwargs)),
    )
    return result if shared else _private(result)


def corpus_query(fn: Callable, corpus: Corpus, *args: Any) -> Any:
    """`fn(corpus, *args)`, a question of the whole corpus that no filter changes (one
    entity's merge log, one article's mentions), cached per run and arguments, so that a
    filter change does not ask it again."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    result = CACHE.get(
        (name, corpus.version, args), lambda: _frozen(_timed(name, fn, corpus, *args))
    )
    return _private(result)


def clear_query_caches() -> None:
    """Drop every cached selection and query result (after the tables change)."""
    CACHE.clear()
