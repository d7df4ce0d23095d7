"""Query results cached per (corpus version, filters, arguments), and the selected articles
of a set of filters; each call timed for the benchmarks.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from lib.queries.corpus import Corpus
from lib.queries.filters import (
    Filters,
)

# Seconds spent in each uncached query, newest last: read by bench/query_bench.py (the
# dashboard never looks at it). Bounded, so a long-running server does not grow it.
QUERY_TIMES: deque[tuple[str, float]] = deque(maxlen=10_000)


def _timed(name: str, fn: Callable, *args, **kwargs) -> Any:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    QUERY_TIMES.append((name, time.perf_counter() - started))
    return result


# Entry limits bound a long-running server's memory: at 100k articles a selection is a few
# MB and a query result up to tens; a filter change redoes a query in well under a second.
@st.cache_resource(max_entries=16, show_spinner=False)
def _selected(version: str, filters: Filters, _corpus: Corpus) -> pd.Index:
    return _timed("select_articles", _corpus.select, filters)


def selected(corpus: Corpus, filters: Filters) -> pd.Index:
    """The article_ids that pass the filters (cached per run and filters)."""
    return _selected(corpus.version, filters, corpus)


_QUERIES: dict[str, Callable] = {}


@st.cache_data(max_entries=128, show_spinner=False)
def _query(name: str, version: str, filters: Filters, kwargs: tuple, _corpus: Corpus) -> Any:
    ids = selected(_corpus, filters)
    return _timed(name, _QUERIES[name], _corpus, ids, **dict(kwargs))


# Large tables (every event or article of a big corpus) are shared read-only instead:
# cache_data would unpickle a fresh copy of them on every rerun.
# Few: a large result (every event of 100k articles) is hundreds of MB, and cheap to redo.
@st.cache_resource(max_entries=4, show_spinner=False)
def _query_shared(name: str, version: str, filters: Filters, kwargs: tuple, _corpus: Corpus) -> Any:
    ids = selected(_corpus, filters)
    return _timed(name, _QUERIES[name], _corpus, ids, **dict(kwargs))


def query(fn: Callable, corpus: Corpus, filters: Filters, *, shared: bool = False, **kwargs) -> Any:
    """`fn(corpus, article_ids, **kwargs)` for the articles that pass the filters, cached
    per run, filters and arguments. `shared=True` for large results: the same object is
    returned to every caller, which must not modify it."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    _QUERIES[name] = fn
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
    cached = _query_shared if shared else _query
    return cached(name, corpus.version, filters, frozen, corpus)


def clear_query_caches() -> None:
    """Drop every cached selection and query result (after the tables change)."""
    _selected.clear()
    _query.clear()
    _query_shared.clear()
