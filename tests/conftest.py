"""Shared fixtures: the sample corpus processed once, and a helper to process own texts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from lib.engine.run import SAMPLE_CORPUS, process_corpus
from lib.store import Dataset

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def sample_dataset() -> Dataset:
    return process_corpus([SAMPLE_CORPUS])


def seed_id(dataset: Dataset, prefix: str) -> str:
    """The article_id of the seed file whose name starts with `prefix` ("000", "001")."""
    paths = dataset.articles.set_index("article_id")["path"]
    return next(aid for aid, path in paths.items() if Path(path).name.startswith(prefix))


def named_mentions(dataset: Dataset) -> pd.DataFrame:
    """Mentions with their entity's canonical name and type."""
    return dataset.mentions.merge(dataset.entities[["entity_id", "name", "type"]], on="entity_id")


@pytest.fixture(scope="session")
def extract(tmp_path_factory):
    """Process texts written as .txt files; returns mentions with names, one frame per call."""

    def run(texts: dict[str, str]) -> pd.DataFrame:
        folder = tmp_path_factory.mktemp("corpus")
        for name, text in texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        dataset = process_corpus([folder])
        mentions = named_mentions(dataset).merge(
            dataset.articles[["article_id", "path", "text"]], on="article_id"
        )
        mentions["file"] = mentions["path"].map(lambda p: Path(p).name)
        return mentions.sort_values(["file", "start"]).reset_index(drop=True)

    return run


def plotly_values(array) -> list:
    """A trace array from a figure's JSON: plotly 7 writes numbers as base64 typed arrays."""
    if isinstance(array, dict) and "bdata" in array:
        import base64

        import numpy as np

        return np.frombuffer(
            base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])
        ).tolist()
    return list(array)


@pytest.fixture(scope="session")
def process_texts(tmp_path_factory):
    """Process texts (file name -> text, or -> (text, sidecar date)) into a Dataset whose
    tables carry a `file` column."""

    def run(texts: dict[str, str | tuple[str, str]]) -> Dataset:
        folder = tmp_path_factory.mktemp("corpus")
        dates = []
        for name, value in texts.items():
            text, day = value if isinstance(value, tuple) else (value, None)
            (folder / name).write_text(text, encoding="utf-8")
            if day:
                dates.append(f"{name},{day}")
        sidecar = None
        if dates:
            sidecar = folder.parent / f"{folder.name}-sidecar.csv"
            sidecar.write_text("file,date\n" + "\n".join(dates) + "\n", encoding="utf-8")
        dataset = process_corpus([folder], sidecar=sidecar)
        files = dataset.articles.set_index("article_id")["path"].map(lambda p: Path(p).name)
        for name in ("articles", "events", "quotes", "mentions"):
            frame = getattr(dataset, name)
            frame["file"] = frame["article_id"].map(files)
        return dataset

    return run


@pytest.fixture(scope="session")
def multisource_dataset(tmp_path_factory) -> Dataset:
    """Three outlets, two years, a `leaning` column (tests/multisource.py), processed by
    the real pipeline."""
    from tests.multisource import write_multisource_corpus

    return process_corpus([write_multisource_corpus(tmp_path_factory.mktemp("multisource"))])


@pytest.fixture(autouse=True)
def _own_corrections_and_views(tmp_path_factory, monkeypatch):
    """No test reads or writes the project's data/curation.yaml or data/views.json: each
    has files of its own (empty until it writes them)."""
    folder = tmp_path_factory.mktemp("analyst")
    monkeypatch.setenv("LENS_CURATION", str(folder / "curation.yaml"))
    monkeypatch.setenv("LENS_VIEWS", str(folder / "views.json"))


def found(mentions: pd.DataFrame, file: str, entity_type: str) -> set[str]:
    """The entities of one type in one fixture file: ISO codes for countries, names otherwise
    (what the fixture-article tests compare)."""
    rows = mentions[(mentions["file"] == file) & (mentions["type"] == entity_type)]
    if entity_type == "country":
        return {e.split(":", 1)[1] for e in rows["entity_id"]}
    return set(rows["name"])
