"""Co-occurrence counts and association measures, checked by hand on a small table."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from lib import queries
from lib.queries import pair_counts
from tests import synthetic


def mentions(rows: list[tuple[str, int, str]]) -> pd.DataFrame:
    """(article_id, sentence_id, entity_id) rows, every entity typed by its prefix."""
    frame = pd.DataFrame(rows, columns=["article_id", "sentence_id", "entity_id"])
    return frame.assign(type=frame["entity_id"].str.split(":").str[0])


# 4 articles, 10 sentences. NATO and Russia are nearly everywhere; Stoltenberg and Lavrov meet twice.
M = mentions(
    [
        ("a", 0, "org:nato"),
        ("a", 0, "country:RUS"),
        ("a", 0, "person:stoltenberg"),
        ("a", 0, "person:stoltenberg"),
        ("a", 1, "org:nato"),
        ("a", 1, "country:RUS"),
        ("b", 0, "org:nato"),
        ("b", 0, "country:RUS"),
        ("b", 0, "person:stoltenberg"),
        ("b", 0, "person:lavrov"),
        ("b", 1, "person:stoltenberg"),
        ("b", 1, "person:lavrov"),
        ("c", 0, "org:nato"),
        ("c", 0, "country:RUS"),
        ("c", 1, "org:nato"),
        ("c", 1, "country:RUS"),
        ("c", 2, "country:RUS"),
        ("d", 0, "org:nato"),
        ("d", 0, "country:RUS"),
        ("d", 1, "country:TUR"),
        ("d", 2, "org:nato"),
    ]
)


def pair(table: pd.DataFrame, a: str, b: str) -> pd.Series:
    a, b = sorted((a, b))
    return table[(table["source"] == a) & (table["target"] == b)].iloc[0]


def test_sentence_counts_pmi_and_npmi():
    table = pair_counts.pair_table(M, n_units=10, level="sentence", min_count=1)
    sl = pair(table, "person:stoltenberg", "person:lavrov")
    assert (sl["n_pair"], sl["n_source"], sl["n_target"], sl["n_units"]) == (
        2,
        2,
        3,
        10,
    )  # distinct sentences
    assert sl["pmi"] == pytest.approx(math.log(2 * 10 / (2 * 3)))
    assert sl["npmi"] == pytest.approx(math.log(2 * 10 / (2 * 3)) / -math.log(2 / 10))
    nr = pair(table, "org:nato", "country:RUS")
    assert nr["n_pair"] == 6
    # NATO–Russia is the most frequent pair but not the most specific one.
    assert sl["npmi"] > nr["npmi"]
    assert table.iloc[0][["source", "target"]].tolist() == ["person:lavrov", "person:stoltenberg"]


def test_article_level_counts_articles():
    table = pair_counts.pair_table(M, n_units=4, level="article", min_count=1)
    assert pair(table, "org:nato", "country:RUS")["n_pair"] == 4
    assert pair(table, "country:TUR", "org:nato")["n_pair"] == 1
    # Present in every article: no information, NPMI 0 rather than a division by zero.
    assert pair(table, "org:nato", "country:RUS")["npmi"] == 0


def test_minimum_count_types_and_article_subset():
    table = pair_counts.pair_table(M, n_units=10, level="sentence", min_count=3)
    assert table[["source", "target"]].values.tolist() == [["country:RUS", "org:nato"]]
    people = pair_counts.pair_table(M, n_units=10, level="sentence", types=["person"], min_count=1)
    assert people[["source", "target"]].values.tolist() == [["person:lavrov", "person:stoltenberg"]]
    only_b = pair_counts.pair_table(
        M, n_units=2, ids=pd.Index(["b"]), level="sentence", min_count=1
    )
    assert pair(only_b, "org:nato", "country:RUS")["n_pair"] == 1


def test_matrix_is_symmetric_over_the_strongest_pairs():
    table = pair_counts.pair_table(M, n_units=10, level="sentence", min_count=1)
    chosen = pair_counts.matrix_entities(table, "npmi", size=3)
    assert chosen[:2] == ["person:lavrov", "person:stoltenberg"]
    square = pair_counts.matrix(table, chosen, "npmi")
    assert list(square.index) == chosen and list(square.columns) == chosen
    assert (
        square.loc["person:lavrov", "person:stoltenberg"]
        == square.loc["person:stoltenberg", "person:lavrov"]
    )


def test_network_keeps_positive_pairs():
    table = pair_counts.pair_table(M, n_units=10, level="sentence", min_count=1)
    nodes, edges = pair_counts.network(table, "npmi", top=50)
    assert (edges["value"] > 0).all()
    assert set(nodes["entity_id"]) == set(edges["source"]) | set(edges["target"])


def test_pair_units_and_partners():
    units = pair_counts.pair_units(M, "person:stoltenberg", "person:lavrov", level="sentence")
    assert units.values.tolist() == [["b", 0], ["b", 1]]
    in_articles = pair_counts.pair_units(M, "org:nato", "country:TUR", level="article")
    assert in_articles.values.tolist() == [["d", 0], ["d", 1], ["d", 2]]
    partners = pair_counts.partner_table(
        M, "person:lavrov", n_units=10, level="sentence"
    ).set_index("partner")
    assert (
        partners.loc["person:stoltenberg", "n_pair"] == 2
        and partners.loc["org:nato", "n_pair"] == 1
    )


def test_on_the_corpus_events_pair_with_people():
    corpus = queries.build_corpus(synthetic.make_dataset())
    table = queries.cooccurrence(corpus, corpus.all_ids, level="sentence", min_count=1)
    row = pair(table, "event:su24-downing-2015", "person:vladimir-putin")
    assert row["n_pair"] == 1 and {row["source_name"], row["target_name"]} == {
        "Vladimir Putin",
        "Downing of the Russian Su-24 by Turkey",
    }
    sents = queries.pair_sentences(
        corpus, corpus.all_ids, "person:vladimir-putin", "event:su24-downing-2015"
    )
    assert sents["sentence"].tolist() == [
        "Vladimir Putin called the downing of the Russian jet a stab in the back."
    ]


def _coded(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[str]]:
    """The mentions with integer article and entity codes (entities in sorted order)."""
    articles = sorted(frame["article_id"].unique())
    entities = sorted(frame["entity_id"].unique())
    coded = frame.assign(
        article_id=frame["article_id"].map({a: i for i, a in enumerate(articles)}),
        entity_id=frame["entity_id"].map({e: i for i, e in enumerate(entities)}),
    )
    return coded, articles, entities


@pytest.mark.parametrize("kept", [None, ["a", "b", "d"], ["c"]])
@pytest.mark.parametrize("min_count", [1, 2])
@pytest.mark.parametrize("types", [(), ("person", "org")])
def test_precomputed_sentence_pairs_count_what_the_duckdb_join_counts(kept, min_count, types):
    coded, articles, entities = _coded(M)
    pairs = pair_counts.SentencePairs(
        coded["article_id"].to_numpy(),
        coded["sentence_id"].to_numpy(),
        coded["entity_id"].to_numpy(),
        n_entities=len(entities),
    )
    mask = pd.Series(articles).isin(kept or articles).to_numpy()
    rows = M[M["article_id"].isin(kept or articles)]
    n = len(rows[["article_id", "sentence_id"]].drop_duplicates())
    allowed = pd.Series(entities).str.split(":").str[0].isin(types).to_numpy() if types else None
    fast = pairs.pair_table(mask, n_units=n, allowed=allowed, min_count=min_count)
    fast = fast.assign(
        source=[entities[i] for i in fast["source"]], target=[entities[i] for i in fast["target"]]
    )
    slow = pair_counts.pair_table(rows, n_units=n, types=types, min_count=min_count)
    pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    assert len(slow) > 0 or (kept == ["c"] and types)  # c names only NATO and Russia

    nato = entities.index("org:nato")
    fast = pairs.partner_table(nato, mask, n_units=n, allowed=allowed, min_count=min_count)
    fast = fast.assign(partner=[entities[i] for i in fast["partner"]])
    slow = pair_counts.partner_table(rows, "org:nato", n_units=n, types=types, min_count=min_count)
    key = ["partner"]
    pd.testing.assert_frame_equal(
        fast.sort_values(key, ignore_index=True),
        slow.sort_values(key, ignore_index=True),
        check_dtype=False,
    )


def test_articles_where_an_entity_shares_a_sentence_with_each_other():
    coded, articles, entities = _coded(M)
    pairs = pair_counts.SentencePairs(
        coded["article_id"].to_numpy(),
        coded["sentence_id"].to_numpy(),
        coded["entity_id"].to_numpy(),
        n_entities=len(entities),
    )
    nato = entities.index("org:nato")

    def shared(kept):
        counts = pairs.partner_articles(nato, np.isin(articles, kept))
        return {entities[i]: int(n) for i, n in enumerate(counts) if n}

    assert shared(articles) == {"country:RUS": 4, "person:stoltenberg": 2, "person:lavrov": 1}
    assert shared(["a", "c"]) == {"country:RUS": 2, "person:stoltenberg": 1}
    assert pairs.partner_articles(-1, np.ones(len(articles), dtype=bool)).sum() == 0


@pytest.mark.parametrize("level", ["sentence", "article"])
def test_pair_unit_codes_are_the_pair_units_on_codes(level):
    coded, articles, entities = _coded(M)
    for source in entities:
        for target in entities:
            rows = coded[coded["entity_id"].isin([entities.index(source), entities.index(target)])]
            article, sentence = pair_counts.pair_unit_codes(
                rows["article_id"].to_numpy(),
                rows["sentence_id"].to_numpy(),
                rows["entity_id"].to_numpy() == entities.index(target),
                level=level,
                slots=1 << 20,
            )
            expected = pair_counts.pair_units(M, source, target, level=level)
            got = [
                [articles[a], s] for a, s in zip(article.tolist(), sentence.tolist(), strict=True)
            ]
            assert got == expected.values.tolist(), (source, target)
