"""The page queries made with numpy over codes (Entities, Timeline, Overview) give the frames
their earlier pandas definitions gave, on the multi-source run written to Parquet and read
back as the dashboard reads it."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from lib import queries, store
from lib.queries.corpus import entity_counts, pair_rows, rows_in
from lib.queries.entities import catalog_text
from lib.queries.filters import Filters
from lib.queries.periods import in_range, period_range, period_start


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("page-queries-run") / "processed"
    store.write_dataset(multisource_dataset, out)
    return queries.build_corpus(queries.read_tables(out), version="parquet")


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory):
    """The synthetic corpus (quotes of several speakers) written to Parquet and read back."""
    from tests import synthetic

    out = tmp_path_factory.mktemp("synthetic-run") / "processed"
    store.write_dataset(synthetic.make_dataset(), out)
    return queries.build_corpus(queries.read_tables(out), version="synthetic")


def selections(corpus) -> list[pd.Index]:
    """Every article, one outlet, a year, an entity's articles, a month of it, none."""
    top = corpus.catalog.sort_values("n_articles", ascending=False).index[:2].tolist()
    outlet = corpus.articles["source"].dropna().iloc[0]
    filters = [
        Filters(),
        Filters(sources=(outlet,)),
        Filters(start=date(2019, 1, 1), end=date(2019, 12, 31)),
        Filters(entities=(top[0],)),
        Filters(entities=(top[1],), start=date(2019, 3, 1), end=date(2019, 3, 31)),
        Filters(start=date(1990, 1, 1), end=date(1990, 1, 2)),
    ]
    return [corpus.select(f) for f in filters]


# -- the earlier definitions -------------------------------------------------------------------


def mentions_over_time_by_groupby(corpus, ids, entity_ids, *, start=None, end=None, freq="W"):
    rows = pair_rows(corpus, ids, entity_ids)
    p = corpus.pairs
    published = pd.Series(corpus.published.to_numpy()[p["article_id"].cat.codes.to_numpy()[rows]])
    dated = in_range(published, start, end)
    cols = ["period", "entity_id", "name", "type", "n_mentions", "n_articles"]
    if not dated.any():
        return pd.DataFrame(columns=cols)
    rows = rows[dated]
    grouped = (
        pd.DataFrame(
            {
                "period": period_start(published[dated].reset_index(drop=True), freq),
                "entity_id": p["entity_id"].iloc[rows].reset_index(drop=True),
                "n": p["n"].to_numpy()[rows],
            }
        )
        .groupby(["period", "entity_id"], observed=True)
        .agg(n_mentions=("n", "sum"), n_articles=("n", "size"))
        .reset_index()
    )
    first = pd.Timestamp(start) if start else grouped["period"].min()
    last = pd.Timestamp(end) if end else grouped["period"].max()
    full = pd.MultiIndex.from_product(
        [period_range(first, last, freq), list(dict.fromkeys(grouped["entity_id"]))],
        names=["period", "entity_id"],
    )
    grouped = grouped.set_index(["period", "entity_id"]).reindex(full, fill_value=0).reset_index()
    grouped = grouped.join(corpus.catalog[["name", "type"]], on="entity_id")
    return grouped[cols].sort_values(["entity_id", "period"], ignore_index=True)


def entity_table_by_join(corpus, ids, *, types=(), search=""):
    counts = entity_counts(corpus, ids, types=types)
    table = counts.join(catalog_text(corpus), how="left")
    if search:
        needle = search.strip().lower()
        table = table[table["search"].str.contains(needle, regex=False, na=False)]
    table = table.reset_index()
    table = table.sort_values(["n_mentions", "name"], ascending=[False, True], ignore_index=True)
    return table[["entity_id", "name", "type", "n_mentions", "n_articles", "aliases", "roles"]]


# -- the same frames ---------------------------------------------------------------------------


@pytest.mark.parametrize("freq", ["W", "MS", "QS"])
def test_mentions_over_time_is_the_groupby_of_the_pairs(corpus, freq):
    top = corpus.catalog.sort_values("n_mentions", ascending=False).index[:5].tolist()
    lists = [top[:1], top[1:4], [*top[:2], "person:nobody-at-all"], []]
    ranges = [(None, None), (date(2019, 2, 1), date(2019, 11, 15)), (date(2019, 6, 1), None)]
    checked = 0
    for ids in selections(corpus):
        for entity_ids in lists:
            for start, end in ranges:
                kwargs = dict(start=start, end=end, freq=freq)
                got = queries.mentions_over_time(corpus, ids, entity_ids, **kwargs)
                want = mentions_over_time_by_groupby(corpus, ids, entity_ids, **kwargs)
                pd.testing.assert_frame_equal(got, want)
                checked += len(got)
    assert checked > 100  # the selections do hold series, not only empty frames


def test_entity_table_is_the_join_of_the_counts_and_the_catalogue(corpus):
    checked = 0
    for ids in selections(corpus):
        for types in [(), ("person",), ("org", "country")]:
            for search in ["", "nato", "  Russia ", "zzz-no-such-name"]:
                got = queries.entity_table(corpus, ids, types=types, search=search)
                want = entity_table_by_join(corpus, ids, types=types, search=search)
                pd.testing.assert_frame_equal(got, want)
                checked += len(got)
    assert checked > 100


def quotes_by_mask(corpus, ids, *, speaker_id=None):
    q = corpus.data.quotes
    rows = rows_in(corpus, "quotes", ids)
    if speaker_id is not None:
        rows &= (q["speaker_id"] == speaker_id).to_numpy()
    art = corpus.article_codes("quotes")[rows]
    meta = corpus.articles[["title", "source", "published"]].iloc[art].reset_index(drop=True)
    out = pd.concat([q.loc[rows].reset_index(drop=True), meta], axis=1)
    out["speaker"] = corpus.entity_values(out["speaker_id"].astype(object), "name")
    cols = ["speaker_id", "speaker", "speaker_text", "text", "article_id", "title", "source"]
    return out[[*cols, "published"]]


def test_quotes_are_the_masked_rows_of_the_quotes_table(corpus, synthetic_corpus):
    checked = quotes_checked(corpus) + quotes_checked(synthetic_corpus)
    assert checked > 20


def quotes_checked(corpus) -> int:
    speakers = corpus.data.quotes["speaker_id"].value_counts().index[:3].tolist()
    checked = 0
    for ids in selections(corpus):
        for speaker_id in [None, *speakers, "person:nobody-at-all"]:
            got = queries.quotes(corpus, ids, speaker_id=speaker_id)
            pd.testing.assert_frame_equal(got, quotes_by_mask(corpus, ids, speaker_id=speaker_id))
            checked += len(got)
    return checked


def test_rows_taken_chunk_by_chunk_are_the_rows_taken_whole():
    import numpy as np
    import pyarrow as pa

    from lib.queries.take import take_rows

    text = pa.chunked_array([pa.array(["a", "b", None]), pa.array(["c"]), pa.array(["d", "e"])])
    frame = pd.DataFrame(
        {
            "text": pd.Series(text, dtype="str"),
            "n": np.arange(6),
            "kind": pd.Categorical(list("xyzxyz")),
        }
    )
    for rows in [[5, 0, 2, 2, 3], [], [4], [-1, 1], list(range(6))[::-1]]:
        want = frame.iloc[rows].reset_index(drop=True)
        pd.testing.assert_frame_equal(take_rows(frame, np.array(rows, dtype=np.int64)), want)
    assert take_rows(frame, np.array([5, 0, 2]))["text"].tolist()[:2] == ["e", "a"]
    with pytest.raises(IndexError):
        take_rows(frame, np.array([6]))


def test_no_row_taken_from_a_chunked_column_copies_none_of_it():
    """A speaker with no quotation takes no row of the quotes' texts: pyarrow's take would
    still join every chunk (the text of a million quotes, seconds under load)."""
    import numpy as np
    import pyarrow as pa

    from lib.queries.take import take

    text = pd.Series(
        pa.chunked_array([pa.array(["x" * 1000] * 1000) for _ in range(4)]), dtype="str"
    )
    default, pool = pa.default_memory_pool(), pa.proxy_memory_pool(pa.system_memory_pool())
    pa.set_memory_pool(pool)  # its own pool: the peak of this call alone
    try:
        got = take(text, np.array([], dtype=np.int64))
    finally:
        pa.set_memory_pool(default)
    assert pool.max_memory() < 100_000  # the column is 4 MB
    pd.testing.assert_series_equal(got, text.iloc[[]].reset_index(drop=True))


@pytest.mark.parametrize("max_entities", [3, 8, 400])
def test_pairs_of_the_top_entities_alone_are_the_pairs_counted_all_together(corpus, max_entities):
    """A catalogue too large for a dense count of every pair counts only the pairs of the
    entities the table keeps: the same table as the count of them all."""
    from lib.queries import pair_counts

    m = corpus.mentions
    columns = (
        m["article_id"].cat.codes.to_numpy(),
        m["sentence_id"].to_numpy(),
        m["entity_id"].cat.codes.to_numpy(),
    )
    every = pair_counts.SentencePairs(*columns, n_entities=len(corpus.catalog))
    large = pair_counts.SentencePairs(*columns, n_entities=6000)  # 6000² > 2**25
    people = corpus.allowed_types(["person", "org"])
    checked = 0
    for ids in selections(corpus):
        articles = corpus.article_mask(ids)
        for allowed in (None, people):
            for min_count in (1, 2):
                kwargs = dict(n_units=100, min_count=min_count, max_entities=max_entities)
                want = every.pair_table(articles, allowed=allowed, **kwargs)
                wide = (
                    None if allowed is None else np.r_[allowed, np.zeros(6000 - len(allowed), bool)]
                )
                got = large.pair_table(articles, allowed=wide, **kwargs)
                pd.testing.assert_frame_equal(got, want)
                checked += len(got)
    assert checked > 30


def top_entities_by_nlargest(corpus, ids, *, entity_type, top=10):
    counts = entity_counts(corpus, ids, types=[entity_type])
    counts = counts.nlargest(top, ["n_mentions", "n_articles"])
    counts = counts.join(corpus.catalog[["name", "type"]]).reset_index()
    return counts[["entity_id", "name", "type", "n_mentions", "n_articles"]]


def test_top_entities_are_the_largest_counts_of_the_type(corpus, synthetic_corpus):
    checked = 0
    for c in (corpus, synthetic_corpus):
        for ids in selections(c):
            for entity_type in ("person", "org", "country", "place", "event"):
                for top in (1, 3, 10):
                    got = queries.top_entities(c, ids, entity_type=entity_type, top=top)
                    want = top_entities_by_nlargest(c, ids, entity_type=entity_type, top=top)
                    pd.testing.assert_frame_equal(got, want)
                    checked += len(got)
    assert checked > 100


def test_category_codes_are_the_codes_read_in_place(corpus):
    """The codes every query reads are those pandas gives, and no copy of them (a copy of
    the mentions' 6M codes cost 20-30 ms per read at 100k articles)."""
    import numpy as np

    from lib.queries.categorical import category_codes

    for column in (corpus.mentions["article_id"], corpus.pairs["entity_id"]):
        got = category_codes(column)
        np.testing.assert_array_equal(got, column.cat.codes.to_numpy())
        assert np.shares_memory(got, category_codes(column))
        assert not got.flags.writeable


def test_partners_kept_per_entity_are_those_counted_afresh(corpus):
    """The partner lists a SentencePairs keeps (the last few entities asked) give the counts a
    fresh one gives, whatever the order of the entities and selections asked."""
    import numpy as np

    from lib.queries import pair_counts

    def fresh():  # Corpus.sentence_pairs built again, not the one the corpus keeps
        return type(corpus).sentence_pairs.func(corpus)

    kept = fresh()
    top = corpus.catalog.sort_values("n_mentions", ascending=False).index[:7]
    codes = [*corpus.catalog.index.get_indexer(top), -1]
    asked = [*codes, *codes[::-1], codes[0], codes[0]]  # more than it keeps, some again
    assert len(set(asked)) > pair_counts.SentencePairs.PARTNERS_KEPT
    checked = 0
    for ids in selections(corpus):
        mask = corpus.article_mask(ids)
        for code in asked:
            got = kept.partner_table(code, mask, n_units=1000)
            pd.testing.assert_frame_equal(got, fresh().partner_table(code, mask, n_units=1000))
            np.testing.assert_array_equal(
                kept.partner_articles(code, mask), fresh().partner_articles(code, mask)
            )
            checked += len(got)
    assert checked > 100
