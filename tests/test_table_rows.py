"""A few rows or columns of a run's large tables read without making the whole table a frame
(lib.queries.tables.LazyDataset: rows_where, columns_of), and the pages' questions that read
them: the same answers as from the frames, on the run's real files (Parquet and the Arrow
load cache)."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import queries
from lib.queries import arrow_cache, geo, pair_counts
from tests import synthetic


@pytest.fixture()
def run_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(arrow_cache.MIN_ENV, "1")  # the synthetic corpus is small
    out = synthetic.write_dataset(tmp_path / "processed")
    queries.read_tables(out)  # makes the load cache: the next read maps it
    return out


def _lazy(run_dir):
    data = queries.read_tables(run_dir)
    assert "mentions" not in data.made() and "quotes" not in data.made()
    return data


def _made(run_dir):
    """The same tables, the large ones made into frames first (as before this reading)."""
    data = queries.read_tables(run_dir)
    for name in ("mentions", "quotes", "events"):
        getattr(data, name)
    return data


def test_rows_where_takes_the_rows_the_frame_holds_without_making_it(run_dir):
    data, eager = _lazy(run_dir), _made(run_dir)
    asked = [
        ("mentions", "entity_id", "person:jens-stoltenberg", ["surface", "kind", "article_id"]),
        ("mentions", "entity_id", "country:RUS", ["article_id", "start", "linked_from"]),
        ("mentions", "entity_id", "no:such-entity", ["surface", "kind"]),
        ("quotes", "article_id", synthetic.article_id("a01.txt"), ["speaker_id", "text", "end"]),
        ("events", "article_id", synthetic.article_id("a02.txt"), ["name", "date_start"]),
    ]
    for table, column, value, columns in asked:
        frame = getattr(eager, table)
        expected = frame[frame[column].astype(object) == value][columns]
        got = data.rows_where(table, column, value, columns)
        pd.testing.assert_frame_equal(got, expected, check_index_type=False, obj=value)
        assert got.index.tolist() == expected.index.tolist()  # their rows in the table
    assert len(data.rows_where(*asked[0][:3], ["kind"])) > 0
    assert not {"mentions", "quotes", "events"} & set(data.made())
    assert data.column_names("mentions") == list(eager.mentions.columns)
    before = data.rows_where(*asked[0])
    assert len(data.mentions)  # made now: the same rows from the frame
    pd.testing.assert_frame_equal(data.rows_where(*asked[0]), before, check_index_type=False)


def test_columns_of_makes_those_columns_alone(run_dir):
    data, eager = _lazy(run_dir), _made(run_dir)
    columns = ["entity_id", "article_id", "kind"]
    pd.testing.assert_frame_equal(
        data.columns_of("mentions", columns), eager.mentions[columns], check_index_type=False
    )
    assert "mentions" not in data.made()


def test_a_table_read_from_parquet_gives_the_same_rows(run_dir, monkeypatch):
    """Without the load cache, a dictionary column has one dictionary per row group: the
    rows come from the frame."""
    monkeypatch.setenv(arrow_cache.ENABLED_ENV, "0")
    data = queries.read_tables(run_dir)
    mapped = _lazy(run_dir)
    for name in ("person:jens-stoltenberg", "country:RUS"):
        pd.testing.assert_frame_equal(
            data.rows_where("mentions", "entity_id", name, ["surface", "kind"]),
            mapped.rows_where("mentions", "entity_id", name, ["surface", "kind"]),
        )


def test_the_pages_questions_answer_as_from_the_frames(run_dir):
    """The Entities page's spellings, merge log and quotes, the reader's quotes and events,
    the Map's counts: the same on a corpus whose large tables are not frames yet as on one
    read whole, and still not frames after."""
    eager = queries.build_corpus(_made(run_dir))
    # the mentions' codes from the run's file, as the dashboard reads them (mention_codes)
    lazy = queries.build_corpus(_lazy(run_dir), codes=eager.codes)
    some = lazy.all_ids[::2]
    for entity in ("person:jens-stoltenberg", "country:RUS", "org:nato", "no:such-entity"):
        for ids in (lazy.all_ids, some):
            for ask in (queries.surfaces, lambda c, i, e: queries.quotes(c, i, speaker_id=e)):
                pd.testing.assert_frame_equal(ask(lazy, ids, entity), ask(eager, ids, entity))
        pd.testing.assert_frame_equal(
            queries.merge_log(lazy, entity), queries.merge_log(eager, entity)
        )
    for article in lazy.all_ids:
        for ask in (queries.article_quotes, queries.article_events):
            pd.testing.assert_frame_equal(ask(lazy, article), ask(eager, article))
    pd.testing.assert_frame_equal(geo.countries(lazy, some), geo.countries(eager, some))
    assert not {"mentions", "quotes"} & set(lazy.data.made())


def test_rows_at_takes_rows_in_the_order_asked(run_dir):
    data, made = _lazy(run_dir), _made(run_dir)
    sentences = made.sentences  # made here: the reference
    rows = [5, 0, 5, len(sentences) - 1, 2]
    expected = sentences[["start", "end", "article_id"]].iloc[rows]
    got = data.rows_at("sentences", rows, ["start", "end", "article_id"])
    pd.testing.assert_frame_equal(got, expected, check_index_type=False)
    assert got.index.tolist() == rows
    assert "sentences" not in data.made()


def test_tone_and_sentence_counts_do_not_make_the_sentences_frame(run_dir):
    """Compare's tone per group and the drill-down's sentences, and co-occurrence's number of
    sentences in a selection: as from the frames, the sentences' frame never made."""
    from lib.queries import compare
    from lib.queries.cooccur import n_units

    eager = queries.build_corpus(_made(run_dir))
    lazy = queries.build_corpus(_lazy(run_dir), codes=eager.codes)
    some = lazy.all_ids[::2]
    groups = compare.default_groups(eager, eager.all_ids)
    assert n_units(lazy, some, "sentence") == n_units(eager, some, "sentence") > 0
    for ids in (lazy.all_ids, some):
        pd.testing.assert_frame_equal(
            compare.group_tone(lazy, ids, groups=groups),
            compare.group_tone(eager, ids, groups=groups),
        )
        for entity in ("person:jens-stoltenberg", "country:RUS"):
            got = compare.entity_sentences(lazy, ids, groups=groups, entity_id=entity)
            assert len(got) > 0
            pd.testing.assert_frame_equal(
                got, compare.entity_sentences(eager, ids, groups=groups, entity_id=entity)
            )
    assert "sentences" not in lazy.data.made()


def test_a_partial_read_maps_the_file_for_itself_alone(run_dir):
    """rows_where and columns_of map the load cache's file again and let it go: the pages a
    read touches do not stay in the server's resident memory with the long-lived map."""
    import gc

    from lib import store

    data = _lazy(run_dir)
    path = str(arrow_cache.path_of(store.current_run(run_dir), "mentions"))

    def maps() -> int:
        """Maps of the file: the lines of its first page (a map the kernel splits in two,
        as it may under memory pressure, shows its later part at another offset)."""
        gc.collect()
        with open("/proc/self/maps", encoding="utf-8") as lines:
            return sum(
                line.rstrip().endswith(path) and int(line.split()[2], 16) == 0 for line in lines
            )

    before = maps()
    taken = data.rows_where("mentions", "entity_id", "org:nato", ["surface", "start"])
    some = data.columns_of("mentions", ["entity_id", "kind"])
    assert len(taken) > 0 and len(some) == data.n_rows("mentions")
    assert maps() == before


def test_a_partial_read_after_the_run_was_pruned_reads_the_map_it_holds(run_dir):
    import shutil

    from lib import store

    data = _lazy(run_dir)
    before = data.rows_where("mentions", "entity_id", "org:nato", ["surface", "start"])
    shutil.rmtree(store.current_run(run_dir) / arrow_cache.FOLDER)  # its files gone
    after = data.rows_where("mentions", "entity_id", "org:nato", ["surface", "start"])
    pd.testing.assert_frame_equal(after, before)


def _mention_table_whole(corpus, ids, types):
    """mention_table as it was made before it was read in batches: from the whole frame."""
    m = corpus.data.mentions
    if len(ids) != len(corpus.articles):
        m = m[m["article_id"].isin(ids)]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    if types:
        m = m[m["type"].isin(list(types))]
    arts = corpus.articles.set_index("article_id")[["source", "published"]]
    return m.join(arts, on="article_id").reset_index(drop=True)


def test_the_mention_export_is_the_whole_tables_join_without_its_frame(run_dir):
    from lib.charts import export
    from lib.queries.filters import Filters

    eager = queries.build_corpus(_made(run_dir))
    lazy = queries.build_corpus(_lazy(run_dir), codes=eager.codes)
    selections = [lazy.all_ids, lazy.all_ids[::2], lazy.select(Filters(sources=("RT",)))]
    selections.append(lazy.all_ids[:0])
    for ids in selections:
        for types in ((), ("person",), ("country", "org")):
            expected = _mention_table_whole(eager, ids, types)
            pd.testing.assert_frame_equal(queries.mention_table(lazy, ids, types=types), expected)
            for size in (3, 1000):  # a batch with no row passing among others
                batches = list(queries.mention_batches(lazy, ids, types=types, size=size))
                assert all(len(b) for b in batches[1:])
                assert b"".join(export.frames_csv(batches)) == export.frame_csv(expected)
    assert "mentions" not in lazy.data.made()


def test_a_pairs_sentences_are_read_without_the_sentences_frame(run_dir):
    eager = queries.build_corpus(_made(run_dir))
    lazy = queries.build_corpus(_lazy(run_dir), codes=eager.codes)
    assert len(eager.data.sentences)  # made: the reference reads the frame
    pairs = [("org:nato", "country:RUS"), ("person:vladimir-putin", "country:RUS")]
    pairs += [("country:RUS", "org:nato"), ("org:nato", "org:nato"), ("org:nato", "no:such")]
    asked = 0
    for ids in (lazy.all_ids, lazy.all_ids[1::2]):
        for source, target in pairs:
            for level in ("sentence", "article"):
                for limit in (2, 200):
                    got = queries.pair_sentences(
                        lazy, ids, source, target, level=level, limit=limit
                    )
                    m = queries.mentions_of(eager, ids, [source, target])
                    m = m.assign(
                        article_id=m["article_id"].astype(object),
                        entity_id=m["entity_id"].astype(object),
                    )
                    units = pair_counts.pair_units(m, source, target, level=level)
                    expected = queries.sentences_for(eager, units, limit=limit)
                    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
                    asked += len(got)
    assert asked > 0
    assert "sentences" not in lazy.data.made()
