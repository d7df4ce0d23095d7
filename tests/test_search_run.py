"""The search index of a preprocessing run (lib.engine.search_index): written into the run
before it is made current, incremental from the previous run's, equal to a full rebuild,
and a run killed while indexing leaves the last good run and its index in place."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pandas as pd

from lib import store
from lib.engine.search_index import index_folder, write_run
from lib.search import build_index, index_info, search
from lib.search.index import GENERATIONS, INCOMPLETE
from tests import search_corpus, synthetic
from tests.conftest import ROOT

QUERIES = [
    *search_corpus.HITS,
    "NATO",
    "Putin OR Trump",
    '"Baltic drills"~3',
    "title:senator*",
    "NOT NATO",
]


def hit_sets(folder) -> dict[str, set[str]]:
    return {query: set(search(folder, query)["article_id"]) for query in QUERIES}


def manifest(out) -> dict:
    return json.loads((store.current_run(out) / store.MANIFEST).read_text(encoding="utf-8"))


def dataset_of(articles: pd.DataFrame) -> store.Dataset:
    """The search corpus's tables with other articles (the other tables as they are)."""
    full = search_corpus.make_dataset()
    return store.Dataset(**{**full.tables(), "articles": articles}, manifest={}, problems=[])


def test_the_run_writes_its_index(tmp_path):
    out = search_corpus.write_dataset(tmp_path / "out")
    run = store.current_run(out)
    info = index_info(index_folder(run))
    assert info.documents == len(search_corpus.ARTICLES)
    # the link inside the index is relative: it survives the rename of the run's folder
    assert not os.readlink(index_folder(run) / "current").startswith("/")
    assert {q: hit_sets(index_folder(run))[q] for q in search_corpus.HITS} == search_corpus.HITS
    recorded = manifest(out)["search_index"]
    assert (recorded["documents"], recorded["added"], recorded["from_previous_run"]) == (
        9,
        9,
        False,
    )
    assert recorded["bytes"] > 0


def test_an_incremental_run_equals_a_rebuild(tmp_path):
    out = tmp_path / "out"
    articles = search_corpus.make_dataset().articles
    write_run(dataset_of(articles.iloc[:6]), out)  # s01 … s06
    first = store.current_run(out)
    changed = articles.iloc[6:].copy()  # s07 … s09 new; s02 changed; s04 gone
    s02 = articles.iloc[[1]].assign(text="NATO sailed in the Baltic Sea without sanctions.")
    final = pd.concat([articles.iloc[[0, 2, 4, 5]], s02, changed], ignore_index=True)
    write_run(dataset_of(final), out)
    run = store.current_run(out)
    assert run != first
    recorded = manifest(out)["search_index"]
    assert recorded["from_previous_run"] is True
    assert [recorded[k] for k in ("added", "replaced", "removed", "unchanged")] == [3, 1, 1, 4]
    build_index(final, tmp_path / "rebuilt")
    assert hit_sets(index_folder(run)) == hit_sets(tmp_path / "rebuilt")
    assert hit_sets(index_folder(run))["sanctions"] == search_corpus.ids("s02.txt", "s03.txt")
    # the previous run keeps its own index, untouched
    assert index_info(index_folder(first)).documents == 6
    assert set(search(index_folder(first), "sanctions")["article_id"]) == search_corpus.ids(
        "s02.txt", "s03.txt", "s04.txt"
    )


def test_a_run_before_the_index_existed_is_followed_by_a_whole_build(tmp_path):
    out = tmp_path / "out"
    store.write_dataset(synthetic.make_dataset(), out)  # an old run: no index
    assert index_info(index_folder(store.current_run(out))) is None
    write_run(search_corpus.make_dataset(), out)
    recorded = manifest(out)["search_index"]
    assert (recorded["added"], recorded["from_previous_run"]) == (9, False)


KILLED_RUN = """
import os, signal, sys
from pathlib import Path
from lib.search import index
from lib.engine.search_index import write_run
from tests import search_corpus

original = index._add_documents

def add(writer, articles, keys, stemming):
    original(writer, articles.iloc[:2], keys[:2], stemming)
    writer.commit()
    os.kill(os.getpid(), signal.SIGKILL)  # killed while indexing, after the tables were written

index._add_documents = add
dataset = search_corpus.make_dataset()
dataset.articles.loc[0, "text"] = "Nothing about the alliance here."
write_run(dataset, Path(sys.argv[1]))
"""


def test_a_killed_run_leaves_the_last_good_index(tmp_path):
    out = search_corpus.write_dataset(tmp_path / "out")
    good_run = store.current_run(out)
    before = hit_sets(index_folder(good_run))
    script = tmp_path / "killed.py"
    script.write_text(textwrap.dedent(KILLED_RUN), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == -signal.SIGKILL
    leftovers = list((out / store.RUNS).glob(".incomplete-*"))
    assert leftovers and (leftovers[0] / "articles.parquet").exists()  # the tables were written
    assert store.current_run(out) == good_run
    assert hit_sets(index_folder(good_run)) == before
    assert not list((index_folder(good_run) / GENERATIONS).glob(INCOMPLETE + "*"))
    # the next run clears what the killed one left and indexes from the good run's index
    write_run(search_corpus.make_dataset(), out)
    assert not list((out / store.RUNS).glob(".incomplete-*"))
    assert manifest(out)["search_index"]["unchanged"] == 9
    assert hit_sets(index_folder(store.current_run(out))) == before
