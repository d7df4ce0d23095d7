"""The mention codes kept in a file of the run (lib/queries/mention_codes.py): written on the
first load, memory-mapped on the next, derived again when missing or stale, never half
written; the corpus built from them is the one derived from the tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib import atomic, queries, store
from lib.queries import arrow_cache, curation, mention_codes
from lib.ui.loaders import build_from_run
from tests import synthetic

NO_CORRECTIONS = "none"
NOTHING = curation.Curation()


@pytest.fixture()
def run_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the synthetic corpus is small
    return synthetic.write_dataset(tmp_path / "processed")


def _load(run_dir, corrections=NOTHING, key=NO_CORRECTIONS):
    data, _ = curation.apply_curation(queries.read_tables(run_dir), corrections)
    return build_from_run(data, store.current_run(run_dir), key, version="v")


def assert_same_corpus(a: queries.Corpus, b: queries.Corpus) -> None:
    pd.testing.assert_frame_equal(a.mentions, b.mentions)
    pd.testing.assert_frame_equal(a.pairs, b.pairs)
    pd.testing.assert_frame_equal(a.catalog, b.catalog)


def test_the_first_load_writes_the_file_and_the_next_maps_it(run_dir):
    path = mention_codes.path_of(store.current_run(run_dir))
    first = _load(run_dir)
    assert path.exists()
    inode = path.stat().st_ino
    second = _load(run_dir)
    assert path.stat().st_ino == inode  # read, not written again
    # the frames are views on the file's pages (read-only), not copies
    assert not second.codes.article.flags.writeable
    # (a categorical's codes too, once the categories need int32 codes: 32,768 and more)
    assert np.shares_memory(second.mentions["sentence_id"].to_numpy(), second.codes.sentence)
    assert np.shares_memory(second.pairs["n"].to_numpy(), second.codes.pair_n)
    assert_same_corpus(first, second)
    assert_same_corpus(second, queries.build_corpus(queries.read_tables(run_dir)))
    assert second.catalog.loc["person:jens-stoltenberg", "n_mentions"] > 0


def test_a_missing_file_is_written_again(run_dir):
    path = mention_codes.path_of(store.current_run(run_dir))
    _load(run_dir)
    path.unlink()
    corpus = _load(run_dir)
    assert path.exists()
    assert_same_corpus(corpus, _load(run_dir))


def test_a_stale_file_is_derived_again_and_replaced(run_dir):
    run = store.current_run(run_dir)
    plain = _load(run_dir)
    # a file from other tables or an older FORMAT: the key differs, whatever it holds
    wrong = mention_codes.MentionCodes(**{
        name: np.zeros(1, dtype=getattr(plain.codes, name).dtype)
        for name in ("article", "entity", "sentence", "start", "end",
                     "pair_article", "pair_entity", "pair_n")
    })  # fmt: skip
    mention_codes.write(run, wrong, "format=0;an older derivation")
    corpus = _load(run_dir)
    assert_same_corpus(corpus, plain)
    data = queries.read_tables(run_dir)
    key = mention_codes.key_of(
        NO_CORRECTIONS, len(data.articles), len(data.entities), len(data.mentions)
    )
    assert len(mention_codes.read(run, key).article) == len(plain.mentions)


def test_new_corrections_make_the_file_stale(run_dir):
    run = store.current_run(run_dir)
    _load(run_dir)
    hidden = curation.Curation().hide("person:vladimir-putin")
    corpus = _load(run_dir, hidden, key="hide-putin")
    assert "person:vladimir-putin" not in set(corpus.mentions["entity_id"].astype(object))
    derived = queries.build_corpus(curation.apply_curation(queries.read_tables(run_dir), hidden)[0])
    assert_same_corpus(corpus, derived)
    data = curation.apply_curation(queries.read_tables(run_dir), hidden)[0]
    stale = mention_codes.key_of(
        NO_CORRECTIONS, len(data.articles), len(data.entities), len(data.mentions)
    )
    assert mention_codes.read(run, stale) is None
    fresh = mention_codes.key_of(
        "hide-putin", len(data.articles), len(data.entities), len(data.mentions)
    )
    assert mention_codes.read(run, fresh) is not None


def test_small_runs_and_switched_off_keep_no_file(run_dir, monkeypatch):
    path = mention_codes.path_of(store.current_run(run_dir))
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1000000")
    _load(run_dir)
    assert not path.exists()
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")
    monkeypatch.setenv(arrow_cache.ENABLED_ENV, "0")
    _load(run_dir)
    assert not path.exists()


def test_an_unreadable_file_is_derived_again(run_dir):
    path = mention_codes.path_of(store.current_run(run_dir))
    plain = _load(run_dir)
    path.write_bytes(b"half a file")
    assert_same_corpus(_load(run_dir), plain)
    assert path.read_bytes()[:6] == b"ARROW1"


def test_a_failed_write_leaves_the_old_file(run_dir):
    path = mention_codes.path_of(store.current_run(run_dir))
    _load(run_dir)
    before = path.read_bytes()

    def half_then_full_disk(tmp):
        tmp.write_bytes(before[: len(before) // 2])
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        atomic.replace_file(path, half_then_full_disk)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.glob(f".{path.name}*")] == []


def test_a_file_that_cannot_be_written_only_warns(run_dir):
    run = store.current_run(run_dir)
    mention_codes.path_of(run).mkdir()  # a folder where the file would go
    with pytest.warns(UserWarning, match="no file of the mention codes"):
        corpus = _load(run_dir)
    assert corpus.catalog.loc["person:jens-stoltenberg", "n_mentions"] > 0
    assert [p.name for p in run.glob(f".{mention_codes.FILE}*")] == []
