"""The sentence pairs of co-occurrence kept in a file of the run (lib/queries/sentence_pairs.py):
written on the first co-occurrence question, memory-mapped on the next start, derived again
when missing or stale, never half written; the pairs read back count what the pairs derived
in memory count."""

from __future__ import annotations

import numpy as np
import pytest

from lib import queries, store
from lib.queries import arrow_cache, curation, mention_codes, pair_counts, sentence_pairs
from lib.ui.loaders import build_from_run
from tests import synthetic

NOTHING = curation.Curation()


@pytest.fixture()
def run_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the synthetic corpus is small
    return synthetic.write_dataset(tmp_path / "processed")


def _load(run_dir, corrections=NOTHING, key="none"):
    data, _ = curation.apply_curation(queries.read_tables(run_dir), corrections)
    return build_from_run(data, store.current_run(run_dir), key, version="v")


def _in_memory(corpus: queries.Corpus) -> pair_counts.SentencePairs:
    m = corpus.mentions
    return pair_counts.SentencePairs(
        m["article_id"].cat.codes.to_numpy(),
        m["sentence_id"].to_numpy(),
        m["entity_id"].cat.codes.to_numpy(),
        n_entities=len(corpus.catalog),
    )


def _counts(corpus: queries.Corpus, pairs: pair_counts.SentencePairs, articles: np.ndarray):
    """What the co-occurrence page asks of the pairs, for the articles where `articles`."""
    nato = corpus.catalog.index.get_loc("org:nato")
    return (
        pairs.frequencies(articles).tolist(),
        pairs.pair_table(articles, n_units=10, min_count=1).to_dict("list"),
        pairs.partner_table(nato, articles, n_units=10).to_dict("list"),
        pairs.partner_articles(nato, articles).tolist(),
    )


def assert_same_pairs(corpus: queries.Corpus, pairs: pair_counts.SentencePairs) -> None:
    derived = _in_memory(corpus)
    for name in pair_counts.PAIR_ARRAYS:
        np.testing.assert_array_equal(getattr(pairs, name), getattr(derived, name), err_msg=name)
    n = len(corpus.articles)
    some = np.arange(n) % 2 == 0
    for articles in (np.ones(n, dtype=bool), some, ~some, np.arange(n) == 0):
        assert _counts(corpus, pairs, articles) == _counts(corpus, derived, articles)


def test_the_first_question_writes_the_file_and_the_next_start_maps_it(run_dir):
    path = sentence_pairs.path_of(store.current_run(run_dir))
    first = _load(run_dir)
    assert not path.exists()  # nothing derived before a page asks
    assert len(first.sentence_pairs.pair_source) > 0
    assert path.exists()
    inode = path.stat().st_ino
    second = _load(run_dir)
    pairs = second.sentence_pairs
    assert path.stat().st_ino == inode  # read, not written again
    assert not pairs.pair_source.flags.writeable  # a view on the file's pages, not a copy
    assert_same_pairs(second, pairs)
    assert_same_pairs(first, first.sentence_pairs)


def test_a_missing_file_is_written_again(run_dir):
    path = sentence_pairs.path_of(store.current_run(run_dir))
    _ = _load(run_dir).sentence_pairs
    path.unlink()
    corpus = _load(run_dir)
    assert_same_pairs(corpus, corpus.sentence_pairs)
    assert path.exists()


def test_a_stale_file_is_derived_again_and_replaced(run_dir):
    run = store.current_run(run_dir)
    _ = _load(run_dir).sentence_pairs
    hidden = curation.Curation().hide("person:vladimir-putin")
    corpus = _load(run_dir, hidden, key="hide-putin")  # other corrections: other mention codes
    putin = queries.build_corpus(queries.read_tables(run_dir)).catalog.index.get_loc(
        "person:vladimir-putin"
    )
    assert putin not in set(corpus.sentence_pairs.occ_entity)
    assert_same_pairs(corpus, corpus.sentence_pairs)
    data = curation.apply_curation(queries.read_tables(run_dir), hidden)[0]
    fresh = mention_codes.key_of(
        "hide-putin", len(data.articles), len(data.entities), len(data.mentions)
    )
    assert sentence_pairs.read(run, fresh) is not None
    assert sentence_pairs.read(run, corpus.codes_key.replace("hide-putin", "none")) is None


def test_an_unreadable_file_is_derived_again(run_dir):
    path = sentence_pairs.path_of(store.current_run(run_dir))
    _ = _load(run_dir).sentence_pairs
    path.write_bytes(b"half a file")
    corpus = _load(run_dir)
    assert_same_pairs(corpus, corpus.sentence_pairs)
    assert path.read_bytes()[:6] == b"ARROW1"


def test_a_failed_write_leaves_the_old_file(run_dir, monkeypatch):
    path = sentence_pairs.path_of(store.current_run(run_dir))
    _ = _load(run_dir).sentence_pairs
    before = path.read_bytes()

    def full_disk(table, tmp):
        tmp.write_bytes(b"ARROW1 and no more")
        raise OSError(28, "No space left on device")

    corpus = _load(run_dir)
    corpus.codes_key = corpus.codes_key + ";other"  # the file on disk is stale for it
    monkeypatch.setattr(arrow_cache, "write_arrow", full_disk)
    with pytest.warns(UserWarning, match="no file of the sentence pairs"):
        pairs = corpus.sentence_pairs
    assert_same_pairs(corpus, pairs)  # derived in memory all the same
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.glob(f".{path.name}*")] == []


def test_no_file_without_a_run_or_when_switched_off(run_dir, monkeypatch):
    path = sentence_pairs.path_of(store.current_run(run_dir))
    assert len(queries.build_corpus(queries.read_tables(run_dir)).sentence_pairs.occ_entity)
    assert not path.exists()
    monkeypatch.setenv(arrow_cache.ENABLED_ENV, "0")
    _ = _load(run_dir).sentence_pairs
    assert not path.exists()
