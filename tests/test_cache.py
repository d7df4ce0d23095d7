"""Incremental runs: unchanged articles come from the cache, new or changed ones are processed."""

from __future__ import annotations

import json

from lib import store
from lib.engine.run import process_corpus
from tests.conftest import ROOT

SAMPLE = ROOT / "data" / "sample"
N_SAMPLE = 3  # two English articles and a Russian one
NEW = (
    "WASHINGTON (Reuters) - U.S. Defense Secretary Jim Mattis said on Wednesday that NATO allies must "
    "spend more on defense, as Russia expands its military presence near the Baltic states.\n"
)


def comparable(frame):
    return frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)


def test_unchanged_corpus_is_read_from_the_cache_with_identical_tables(tmp_path):
    cache = tmp_path / "cache"
    first = process_corpus([SAMPLE], cache_dir=cache)
    second = process_corpus([SAMPLE], cache_dir=cache)
    assert (first.manifest["n_processed"], first.manifest["n_from_cache"]) == (N_SAMPLE, 0)
    assert (second.manifest["n_processed"], second.manifest["n_from_cache"]) == (0, N_SAMPLE)
    for name in store.TABLES:
        assert comparable(getattr(first, name)).equals(comparable(getattr(second, name))), name


def test_only_new_and_changed_articles_are_processed(tmp_path):
    cache = tmp_path / "cache"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SAMPLE.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    process_corpus([corpus], cache_dir=cache)
    (corpus / "mattis.txt").write_text(NEW, encoding="utf-8")
    added = process_corpus([corpus], cache_dir=cache)
    assert (added.manifest["n_processed"], added.manifest["n_from_cache"]) == (1, N_SAMPLE)
    assert "person:jim-mattis" in set(added.mentions["entity_id"])
    # A changed date (metadata) changes what is inferred: that article is processed again.
    sidecar = tmp_path / "sidecar.csv"
    sidecar.write_text("file,date\nmattis.txt,2017-02-15\n", encoding="utf-8")
    dated = process_corpus([corpus], cache_dir=cache, sidecar=sidecar)
    assert (dated.manifest["n_processed"], dated.manifest["n_from_cache"]) == (1, N_SAMPLE)
    # A renamed file is the same article: still from the cache, under its new path.
    (corpus / "mattis.txt").rename(corpus / "mattis-renamed.txt")
    renamed = process_corpus([corpus], cache_dir=cache)
    assert renamed.manifest["n_processed"] == 0
    assert any(p.endswith("mattis-renamed.txt") for p in renamed.articles["path"])


def test_a_killed_run_never_leaves_a_half_cached_article(tmp_path):
    from lib.engine.article_cache import ArticleCache

    cache = tmp_path / "cache"
    process_corpus([SAMPLE], cache_dir=cache)
    # Simulate a run killed after writing mentions but before its articles segment.
    for segment in (cache / "articles").glob("*.parquet"):
        segment.unlink()
    assert ArticleCache(cache).keys() == set()
    again = process_corpus([SAMPLE], cache_dir=cache)
    assert again.manifest["n_processed"] == N_SAMPLE
    assert len(again.mentions) == len(
        process_corpus([SAMPLE]).mentions
    )  # no duplicates from the orphans


def test_update_does_nothing_when_no_input_changed(tmp_path):
    from lib.engine.run import update

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SAMPLE.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    first = update([corpus], out)
    assert first is not None and first.manifest["n_processed"] == N_SAMPLE
    version = store.dataset_version(out)
    assert update([corpus], out) is None  # same files, sizes, times: nothing to do
    assert store.dataset_version(out) == version
    (corpus / "mattis.txt").write_text(NEW, encoding="utf-8")
    added = update([corpus], out)
    assert (added.manifest["n_processed"], added.manifest["n_from_cache"]) == (1, N_SAMPLE)
    assert store.dataset_version(out) != version
    # the run's search index, made from the previous run's: only the new article indexed
    manifest = (store.current_run(out) / store.MANIFEST).read_text(encoding="utf-8")
    indexed = json.loads(manifest)["search_index"]
    assert (indexed["documents"], indexed["added"], indexed["unchanged"]) == (
        N_SAMPLE + 1,
        1,
        N_SAMPLE,
    )
    assert indexed["from_previous_run"]
