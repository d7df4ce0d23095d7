"""The cached loaders: the run's tables (made on first start), the corrections applied to
them, and the `Corpus` every page queries.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from lib import store
from lib.paths import DATA_DIR
from lib.queries import arrow_cache, curation, mention_codes, wordcounts
from lib.queries.corpus import Corpus, build_corpus
from lib.queries.tables import read_metadata, read_tables
from lib.ui.cached import clear_query_caches

DATA_ENV = "LENS_DATA_DIR"


CURATION_ENV = "LENS_CURATION"  # the entity corrections file (docs/curation.md)


# lib.preprocess.DEFAULT_OUT, not imported from there: that loads spaCy, which only a first
# start (no tables yet) or an upload needs.
DEFAULT_OUT = DATA_DIR / "processed"


def data_dir() -> Path:
    """Where the tables are read from: $LENS_DATA_DIR, else data/processed."""
    return Path(os.environ.get(DATA_ENV) or DEFAULT_OUT)


# One first-start extraction per server: the other tabs opened meanwhile wait for its tables
# rather than start a second run on the same folder (which its write lock would refuse).
_FIRST_START = threading.Lock()


def ensure_dataset(out_dir: Path) -> None:
    """Preprocess the shipped sample corpus when no tables exist yet, with a progress bar."""
    if store.dataset_exists(out_dir):
        return
    waiting = (
        st.info("First start: another tab is extracting the sample corpus; this page waits for it…")
        if _FIRST_START.locked()
        else None
    )
    with _FIRST_START:
        if not store.dataset_exists(out_dir):  # the tab that held the lock may have made it
            _extract_sample(out_dir)
    if waiting is not None:
        waiting.empty()


def _extract_sample(out_dir: Path) -> None:
    from lib.engine.run import SAMPLE_CORPUS, update

    bar = st.progress(0.0, text="First start: extracting entities from the sample corpus…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Extracting entities: {done} of {total} articles")

    while True:
        try:
            update([SAMPLE_CORPUS], out_dir, progress=progress)  # writes the tables, the cache
            break
        except store.DatasetLocked:  # another process's run (a second server): wait for it
            if store.dataset_exists(out_dir):
                break
            bar.progress(0.0, text=f"First start: another process is writing {out_dir}; waiting…")
            time.sleep(1)
    bar.empty()


def curation_path() -> Path:
    """Where the entity corrections are read and saved: $LENS_CURATION, else
    data/curation.yaml."""
    return Path(os.environ.get(CURATION_ENV) or curation.DEFAULT_PATH)


@dataclass(frozen=True)
class Curated:
    """The corrections in force: their file and its version, the operations, the ones that
    were skipped (warnings), an error when the file cannot be read (nothing is applied
    then), and the hidden entities with their names as extracted."""

    path: Path
    version: str
    operations: curation.Curation
    warnings: tuple[str, ...]
    error: str | None
    hidden: pd.DataFrame


# cache_resource, not cache_data: the tables are shared read-only by every session, and
# cache_data would unpickle a copy of the whole corpus on every rerun.
@st.cache_resource(show_spinner="Loading tables…", max_entries=1)
def _tables(out_dir: str, version: str) -> tuple[store.Dataset, pd.DataFrame]:
    # version: the cache key of a run; with the corpus's metadata columns (articles.extra),
    # which corrections do not touch
    return read_tables(Path(out_dir)), read_metadata(Path(out_dir))


# Keyed on the run and on the corrections file's content: an edit from the Entities page or
# by hand shows at the next rerun, without reading the tables again.
@st.cache_resource(show_spinner="Applying the entity corrections…", max_entries=2)
def _corpus(out_dir: str, version: str, path: str, curation_key: str) -> tuple[Corpus, Curated]:
    raw, meta = _tables(out_dir, version)
    try:
        operations, error = curation.load_curation(path), None
    except curation.CurationError as problem:
        operations, error = curation.Curation(), str(problem)
    data, warnings = curation.apply_curation(raw, operations)
    curated = Curated(
        path=Path(path),
        version=curation_key,
        operations=operations,
        warnings=tuple(warnings),
        error=error,
        hidden=curation.hidden_entities(operations, raw.entities),
    )
    run = store.current_run(Path(out_dir))
    if run is not None and run.name != version.split("+")[0]:
        run = None  # replaced since `version` was read: its files are not these tables'
    corpus = build_from_run(data, run, curation_key, version=f"{version}+{curation_key}")
    corpus.meta = meta
    corpus.search_dir = Path(out_dir) / store.RUNS / version / store.SEARCH_INDEX
    if run is not None and arrow_cache.worth_it(len(corpus.articles)):
        wordcounts.start_counting(run)  # for Compare, in the background (once per run)
    _settle()
    return corpus, curated


def build_from_run(
    data: store.Dataset, run: Path | None, curation_key: str, *, version: str
) -> Corpus:
    """build_corpus, with the mention codes of the run's file when it has one derived from
    these tables and corrections; written for the next start when it has none (or a stale
    one)."""
    keep = mention_codes.wanted(run, len(data.articles))
    key = mention_codes.key_of(
        curation_key, len(data.articles), len(data.entities), data.n_rows("mentions")
    )
    codes = mention_codes.read(run, key) if keep else None
    corpus = build_corpus(data, version=version, codes=codes)
    if keep and codes is None:
        mention_codes.write(run, corpus.codes, key)
    if keep:  # what else is derived from the codes is kept beside them (sentence pairs)
        corpus.derived_in, corpus.codes_key = run, key
    return corpus


def _settle() -> None:
    """Streamlit collects garbage after every run (runner.postScriptGC: a full gc.collect),
    which walks every object the collector tracks, the loaded tables' included: a third of
    a second per rerun on a large corpus. They stay for the life of the server, so they are
    set aside once (gc.freeze) and the collections walk only what the runs make."""
    gc.collect()
    gc.freeze()


def _loaded() -> tuple[Corpus, Curated]:
    out_dir, path = data_dir(), curation_path()
    ensure_dataset(out_dir)
    return _corpus(
        str(out_dir), store.dataset_version(out_dir), str(path), curation.curation_version(path)
    )


def load_corpus() -> Corpus:
    """The tables of the current run with the entity corrections applied."""
    return _loaded()[0]


def curation_state() -> Curated:
    """The corrections applied to the corpus `load_corpus` returns."""
    return _loaded()[1]


def load_dataset() -> store.Dataset:
    return load_corpus().data


def clear_caches() -> None:
    """After a new preprocessing run: drop every loaded table and query result."""
    _tables.clear()
    _corpus.clear()
    clear_query_caches()
