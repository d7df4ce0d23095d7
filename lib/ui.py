"""Streamlit glue shared by the pages: the dataset loader and small widgets."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from lib import store
from lib.preprocess import DEFAULT_OUT, SAMPLE_CORPUS, process_corpus

DATA_ENV = "LENS_DATA_DIR"


def data_dir() -> Path:
    """Where the tables are read from: $LENS_DATA_DIR, else data/processed."""
    return Path(os.environ.get(DATA_ENV) or DEFAULT_OUT)


def ensure_dataset(out_dir: Path) -> None:
    """Preprocess the shipped sample corpus when no tables exist yet, with a progress bar."""
    if store.dataset_exists(out_dir):
        return
    bar = st.progress(0.0, text="First start: extracting entities from the sample corpus…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Extracting entities: {done} of {total} articles")

    dataset = process_corpus([SAMPLE_CORPUS], progress=progress)
    store.write_dataset(dataset, out_dir)
    bar.empty()


@st.cache_data(show_spinner="Loading tables…", max_entries=4)
def _load(out_dir: str, version: str) -> store.Dataset:  # version: the cache key of a run
    return store.read_dataset(Path(out_dir))


def load_dataset() -> store.Dataset:
    out_dir = data_dir()
    ensure_dataset(out_dir)
    return _load(str(out_dir), store.dataset_version(out_dir))
