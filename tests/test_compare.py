"""Comparing groups: the URL form of groups, the metadata filter, the weighted log-odds with an
informative Dirichlet prior (by hand, and on the multi-source corpus, where each outlet's
planted entity must top its group), volume, shares, tone and the drill-down."""

from __future__ import annotations

import math
from datetime import date
from io import StringIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from lib import queries, store
from lib.charts import compare_charts as cc
from lib.charts import export
from lib.queries import compare, tone
from lib.queries.filters import Filters
from tests.multisource import LEANINGS, OUTLETS, PLANTED


@pytest.fixture(scope="module")
def corpus(multisource_dataset):
    return queries.build_corpus(multisource_dataset, version="multisource")


def outlet_groups(*outlets: str) -> tuple[compare.Group, ...]:
    return tuple(compare.Group(Filters(sources=(o,), include_undated=False)) for o in outlets)


# -- groups in the URL ------------------------------------------------------------------------


def test_groups_round_trip_through_the_url():
    groups = (
        compare.Group(Filters(sources=("RT",), include_undated=False)),
        compare.Group(
            Filters(
                sources=("Reuters", "CNN"),
                meta=(("leaning", "center"), ("leaning", "left")),
                start=date(2019, 1, 1),
                end=date(2019, 12, 31),
                include_undated=True,
                entities=("person:jens-stoltenberg", "country:RUS"),
                match="any",
                keyword="dialogue, again",  # a comma inside a value
            ),
            label="Western, 2019",
        ),
        compare.Group(Filters(start=date(2016, 1, 1), date_basis="event", include_undated=False)),
        compare.Group(Filters(include_undated=False), label="everything"),
    )
    params = compare.groups_to_query_params(groups)
    assert params["g1"] == "source:RT"
    assert params["g2"] == (
        "label:Western%2C 2019,source:Reuters,source:CNN,meta:leaning=center,meta:leaning=left,"
        "from:2019-01-01,to:2019-12-31,undated:1,entity:person:jens-stoltenberg,"
        "entity:country:RUS,match:any,q:dialogue%2C again"
    )
    assert params["g3"] == "from:2016-01-01,basis:event"
    assert compare.groups_from_query_params(params) == groups
    for text in params.values():  # the text form is canonical: it survives a second trip
        assert compare.format_group(compare.parse_group(text)) == text
    assert compare.format_group(compare.Group()) == "all"
    assert compare.parse_group("all") == compare.Group()


def test_bad_group_terms_are_ignored_and_empty_groups_dropped():
    group = compare.parse_group(
        "source:RT,from:yesterday,to:2019-02-30,planet:Mars,meta:leaning,meta:=x,entity:nocolon,"
        "match:some,basis:lunar,undated:maybe,source:"
    )
    assert group == compare.Group(Filters(sources=("RT",), include_undated=False))
    assert compare.parse_group("planet:Mars,from:never") is None
    assert compare.parse_group("") is None and compare.parse_group(None) is None
    # Bounds given in the wrong order are swapped, like the sidebar's.
    swapped = compare.parse_group("from:2019-12-31,to:2016-01-01").filters
    assert (swapped.start, swapped.end) == (date(2016, 1, 1), date(2019, 12, 31))
    params = {"g1": "source:RT", "g2": "nonsense", "g3": ["source:CNN", "source:x"], "g9": "all"}
    groups = compare.groups_from_query_params(params)
    assert [g.filters.sources for g in groups] == [("RT",), ("CNN",)]


def test_language_terms_round_trip_and_bad_codes_are_ignored():
    group = compare.parse_group("lang:ru,entity:person:jens-stoltenberg")
    assert group.filters.languages == ("ru",)
    assert compare.format_group(group) == "lang:ru,entity:person:jens-stoltenberg"
    assert compare.parse_group("lang:RU").filters.languages == ("ru",)
    assert compare.parse_group("lang:russian,lang:1x") is None
    assert compare.Group(Filters(languages=("ru", "en"))).title() == "Russian or English"


def test_derived_labels_and_unique_titles():
    names = {"person:jens-stoltenberg": "Jens Stoltenberg"}
    assert compare.Group(Filters(sources=("RT",))).title() == "RT"
    center_2019 = Filters(
        meta=(("leaning", "center"),), start=date(2019, 1, 1), end=date(2019, 12, 31)
    )
    assert compare.derive_label(center_2019) == "leaning=center · 2019"
    assert compare.derive_label(Filters(start=date(2016, 1, 1), end=date(2019, 12, 31))) == (
        "2016–2019"
    )
    assert compare.derive_label(Filters(start=date(2019, 3, 1))) == "from 2019-03-01"
    assert compare.derive_label(Filters(sources=("A", "B", "C"), keyword="nato")) == (
        "A or B +1 · “nato”"
    )
    assert compare.derive_label(Filters(entities=("person:jens-stoltenberg",)), names) == (
        "Jens Stoltenberg"
    )
    assert compare.Group(Filters(), label="mine").title() == "mine"
    assert compare.group_labels([compare.Group(), compare.Group()]) == [
        "all articles",
        "all articles (2)",
    ]
    groups = outlet_groups("RT", "Reuters")
    assert compare.groups_slug(groups) == "rt-vs-reuters"
    assert compare.describe_groups((groups[0], compare.Group(label="West"))) == (
        "groups: RT | West (all articles)"
    )


# -- metadata: loaded from articles.extra, a filter ------------------------------------------


def test_metadata_frame_from_the_arrow_map_column():
    extra = pa.array(
        [
            [("leaning", "center"), ("country", "US")],
            None,
            [],
            [("leaning", None)],
            [("leaning", "left"), ("leaning", "right")],  # a repeated key: the last wins
        ],
        queries.EXTRA_TYPE,
    )
    frame = queries.metadata_frame(list("abcde"), extra)
    assert list(frame.columns) == ["leaning", "country"]
    assert frame["leaning"].tolist()[::4] == ["center", "right"]
    assert frame["leaning"].isna().tolist() == [False, True, True, True, False]
    assert frame.loc["a", "country"] == "US" and frame["country"].isna().sum() == 4
    assert isinstance(frame["leaning"].dtype, pd.CategoricalDtype)
    # A slice of the array (its children are not sliced by Arrow) and several chunks.
    part = queries.metadata_frame(["d", "e"], extra.slice(3, 2))
    assert part["leaning"].tolist()[1] == "right" and list(part.columns) == ["leaning"]
    chunks = pa.chunked_array([extra.slice(0, 2), extra.slice(2, 3)])
    assert queries.metadata_frame(list("abcde"), chunks).equals(frame)
    assert queries.metadata_frame(["b"], extra.slice(1, 1)).columns.empty


def test_metadata_read_from_the_tables_and_from_memory(multisource_dataset, corpus, tmp_path):
    store.write_dataset(multisource_dataset, tmp_path)
    read = queries.read_metadata(tmp_path)
    assert list(read.columns) == ["leaning"]
    sources = multisource_dataset.articles.set_index("article_id")["source"]
    assert read["leaning"].astype(str).to_dict() == {a: LEANINGS[s] for a, s in sources.items()}
    assert corpus.metadata.astype(str).equals(read.reindex(corpus.metadata.index).astype(str))
    # The dashboard's path: read_tables skips articles.extra, read_metadata brings it back.
    assert queries.build_corpus(queries.read_tables(tmp_path)).metadata.columns.empty
    loaded = queries.build_corpus(queries.read_tables(tmp_path))
    loaded.meta = read
    assert len(loaded.select(Filters(meta=(("leaning", "left"),)))) == 4


def test_meta_filter_in_the_url_and_the_selection(corpus):
    f = Filters.from_query_params({"meta": ["leaning:center", "leaning:left", "bad", ":x", "y:"]})
    assert f.meta == (("leaning", "center"), ("leaning", "left"))
    assert f.to_query_params() == {"meta": ["leaning:center", "leaning:left"]}
    assert Filters.from_query_params(f.to_query_params()) == f
    assert "leaning: center or left" in f.describe()
    assert f.slug() == "meta-leaning-center-leaning-left"
    sources = corpus.articles.set_index("article_id")["source"]

    def outlets(filters: Filters) -> dict[str, int]:
        counts = sources.reindex(corpus.select(filters)).value_counts()
        return counts[counts > 0].to_dict()

    assert outlets(f) == {"Reuters": 4, "CNN": 4}  # same column: any of the values
    assert outlets(f.with_(sources=("CNN", "RT"))) == {"CNN": 4}  # and the other filters
    assert outlets(Filters(meta=(("leaning", "russian-state"),), start=date(2019, 1, 1))) == {
        "RT": 2
    }
    assert outlets(Filters(meta=(("leaning", "far-out"),))) == {}
    assert outlets(Filters(meta=(("owner", "anyone"),))) == {}  # a column the corpus lacks


# -- the weighted log-odds ratio --------------------------------------------------------------


def test_log_odds_by_hand():
    # y_i = (3, 1), y_j = (1, 3), a = (1, 1): n_i = n_j = 4, a_0 = 2.
    # delta_0 = ln(4 / (4 + 2 - 3 - 1)) - ln(2 / (4 + 2 - 1 - 1)) = ln 2 - ln(1/2) = 2 ln 2
    # var_0 = 1/4 + 1/2 = 0.75; z_0 = 2 ln 2 / sqrt(0.75) = 1.60075
    delta, variance, z = compare.log_odds([3, 1], [1, 3], [1, 1])
    assert delta[0] == pytest.approx(2 * math.log(2))
    assert variance[0] == pytest.approx(0.75)
    assert z[0] == pytest.approx(1.600754, abs=1e-6)
    assert z[1] == pytest.approx(-z[0])
    # An unequal example: y_i = (5, 0, 5), y_j = (1, 4, 5), a = (0.5, 0.5, 1).
    # n_i = 10, n_j = 10, a_0 = 2. delta_1 = ln(0.5 / 11.5) - ln(4.5 / 7.5).
    delta, variance, z = compare.log_odds([5, 0, 5], [1, 4, 5], [0.5, 0.5, 1.0])
    assert delta[1] == pytest.approx(math.log(0.5 / 11.5) - math.log(4.5 / 7.5))
    assert variance[1] == pytest.approx(1 / 0.5 + 1 / 4.5)
    assert z[2] == pytest.approx(0.0)  # the same count on both sides


def test_informative_prior_scales_the_background_share():
    alpha = compare.informative_prior(np.array([6, 2, 0]), 8, prior_scale=1.0)
    assert alpha.tolist() == [6.0, 2.0, compare.MIN_ALPHA]
    assert compare.informative_prior(np.array([6, 2]), 8, prior_scale=0.5).tolist() == [3.0, 1.0]


def test_distinctive_compares_a_group_with_the_rest_of_the_union():
    counts = pd.DataFrame(
        {0: [3, 1], 1: [1, 3], "union": [4, 4], "background": [4, 4]},
        index=pd.Index(["nato", "kremlin"], name="term"),
    )
    scored = compare.distinctive(counts, ["A", "B"], prior_scale=1.0)
    a = scored[scored["group"] == "A"].set_index("term")
    # The prior: 1 × (4 + 4) × 4/8 = 4 pseudo-counts per term; a_0 = 8.
    expected = math.log(7 / (4 + 8 - 7)) - math.log(5 / (4 + 8 - 5))
    assert a.loc["nato", "delta"] == pytest.approx(expected)
    assert a.loc["nato", "z"] == pytest.approx(expected / math.sqrt(1 / 7 + 1 / 5))
    assert a.loc["nato", "rank"] == 1 and a.loc["kremlin", "rank"] == 2
    b = scored[scored["group"] == "B"].set_index("term")
    assert b.loc["kremlin", "z"] == pytest.approx(a.loc["nato", "z"])


def test_the_planted_entity_tops_its_outlet(corpus):
    groups = outlet_groups(*OUTLETS)
    ranked = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="entity")
    top = ranked[ranked["rank"] == 1].set_index("group")
    assert top["name"].to_dict() == PLANTED
    # Lavrov: 14 mentions in RT, none elsewhere; Montenegro: 9 in CNN. Significant at 5%.
    assert top.loc["RT", "n_group"] == 14 and top.loc["RT", "n_other"] == 0
    assert top.loc["RT", "z"] > 1.96 and top.loc["CNN", "z"] > 1.96
    # Estonia has 6 mentions in 4 Reuters articles: first, but short of 1.96 on 12 articles.
    assert 1.5 < top.loc["Reuters", "z"] < 1.96
    # Entities named by everyone are not distinctive of anyone.
    nato = ranked[ranked["term"] == "org:nato"]
    assert (nato["z"].abs() < 1.0).all()


def test_the_planted_names_top_the_distinctive_words(corpus):
    groups = outlet_groups(*OUTLETS)
    words = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="word", top=2)
    top = words[words["rank"] == 1].set_index("group")["term"].to_dict()
    assert top["RT"] == "lavrov" and top["CNN"] == "montenegro"
    counts = compare.word_counts(corpus, corpus.all_ids, groups=groups)
    assert not counts.index.isin(["the", "and", "s", "of", "on"]).any()  # stop words, one letter
    assert {"baltic", "lavrov", "inf"} <= set(counts.index)
    assert counts.loc["lavrov", 1] == 16  # RT is the second group
    # A sample of one article per group counts fewer words, the same way every time.
    sample = compare.word_counts(corpus, corpus.all_ids, groups=groups, max_articles=1)
    assert sample[0].sum() < counts[0].sum()
    assert sample.equals(compare.word_counts(corpus, corpus.all_ids, groups=groups, max_articles=1))


@pytest.fixture(scope="module")
def parquet_corpus(tmp_path_factory, multisource_dataset):
    """The multi-source corpus written as a run and read back as the dashboard reads it, with
    its word counts stored in the run's folder."""
    from lib.queries import wordcounts

    out = tmp_path_factory.mktemp("multisource-run") / "processed"
    store.write_dataset(multisource_dataset, out)
    loaded = queries.build_corpus(queries.read_tables(out), version="parquet")
    loaded.meta = queries.read_metadata(out)
    wordcounts.of_corpus(loaded, folder=store.current_run(out))
    assert (store.current_run(out) / wordcounts.FILE_NAME).exists()
    return loaded


def _by_definition(corpus, ids, groups) -> dict[str, pd.DataFrame]:
    """Per group, the union and the selection, each entity's articles and mentions (from the
    mentions table) and each word's count (from the word-count rows), summed with pandas over
    the articles of the column: what the group sums mean, computed without them."""
    from lib.queries import wordcounts

    selected = set(ids)
    members = [set(corpus.select(g.filters)) & selected for g in groups]
    columns = [*members, set().union(*members), selected]
    names = [*range(len(groups)), "union", "background"]
    words = wordcounts.of_corpus(corpus)
    rows = pd.DataFrame(
        {
            "article_id": np.repeat(corpus.all_ids.to_numpy(), np.diff(words.offsets)),
            "term": words.vocabulary.to_numpy()[words.word],
            "n": words.n,
        }
    )
    mentions = corpus.mentions.assign(
        article_id=corpus.mentions["article_id"].astype(str),
        entity_id=corpus.mentions["entity_id"].astype(str),
    )
    out = {}
    for kind, table, key in (("mentions", mentions, "entity_id"), ("words", rows, "term")):
        sums = {
            name: table[table["article_id"].isin(column)]
            .groupby(key)["n" if kind == "words" else "article_id"]
            .agg("sum" if kind == "words" else "size")
            for name, column in zip(names, columns, strict=True)
        }
        out[kind] = pd.DataFrame(sums).fillna(0).astype("int64")
    out["articles"] = (
        pd.DataFrame(
            {
                name: mentions[mentions["article_id"].isin(column)]
                .groupby("entity_id")["article_id"]
                .nunique()
                for name, column in zip(names, columns, strict=True)
            }
        )
        .fillna(0)
        .astype("int64")
    )
    return out


@pytest.mark.parametrize(
    "selection",
    ["all", "all but one article", "one outlet", "an entity", "2019", "nothing"],
)
def test_group_sums_are_the_sums_over_each_groups_articles(parquet_corpus, selection):
    """The counts of every group, the union and the selection (summed as rows of the article ×
    term matrices, over the selected articles or as the whole less the articles left out) are
    the definition's, computed from the mentions table and the word-count rows; for
    overlapping groups (outlets, a leaning, a year) and selections of every size."""
    from lib.queries.compare import terms

    corpus = parquet_corpus
    every = corpus.all_ids
    ids = {
        "all": every,
        "all but one article": every[1:],
        "one outlet": corpus.select(Filters(sources=("RT",))),
        "an entity": corpus.select(Filters(entities=("org:nato",))),
        "2019": corpus.select(Filters(start=date(2019, 1, 1), end=date(2019, 12, 31))),
        "nothing": every[:0],
    }[selection]
    groups = (
        *outlet_groups(*OUTLETS),
        compare.Group(Filters(meta=(("leaning", "center"),))),
        compare.Group(Filters(start=date(2019, 1, 1), end=date(2019, 12, 31))),
    )
    expected = _by_definition(corpus, ids, groups)
    names = [*range(len(groups)), "union", "background"]
    words = compare.word_counts(corpus, ids, groups=groups)
    want = expected["words"].reindex(columns=names, fill_value=0)
    want = want[want["background"] > 0].rename_axis("term")
    pd.testing.assert_frame_equal(words, want, check_names=False, check_index_type=False)
    mentions = compare.entity_counts(corpus, ids, groups=groups)
    want = expected["mentions"].reindex(columns=names, fill_value=0)
    want = want[want["background"] > 0]
    assert mentions.loc[want.index].to_numpy().tolist() == want.to_numpy().tolist()
    assert len(mentions) == len(want)
    articles = terms.entity_columns(corpus, ids, groups)[0]
    want = expected["articles"].reindex(columns=names, fill_value=0)
    at = corpus.catalog.index.get_indexer(want.index)
    assert (at >= 0).all()
    assert articles[:, at].T.tolist() == want.to_numpy().tolist()
    assert articles.sum() == want.to_numpy().sum()


def _ranked_by_definition(corpus, counts, labels, kind) -> pd.DataFrame:
    """distinctive_terms as first written: every term scored, sorted by pandas, then named by
    looking its id up in the catalogue."""
    frames = []
    for g, label in enumerate(labels):
        y_i = counts[g].to_numpy(dtype=float)
        y_j = counts["union"].to_numpy(dtype=float) - y_i
        seen = (y_i + y_j) > 0
        alpha = compare.informative_prior(
            counts["background"].to_numpy()[seen], y_i[seen].sum() + y_j[seen].sum()
        )
        delta, variance, z = compare.log_odds(y_i[seen], y_j[seen], alpha)
        frame = pd.DataFrame(
            {
                "term": counts.index[seen],
                "n_group": y_i[seen].astype("int64"),
                "n_other": y_j[seen].astype("int64"),
                "per_1000_group": 1000 * y_i[seen] / max(y_i[seen].sum(), 1),
                "per_1000_other": 1000 * y_j[seen] / max(y_j[seen].sum(), 1),
                "delta": delta,
                "se": np.sqrt(variance),
                "z": z,
            }
        ).sort_values(["z", "n_group"], ascending=[False, False], ignore_index=True)
        frame.insert(0, "group", label)
        frame.insert(1, "rank", np.arange(1, len(frame) + 1))
        frames.append(frame)
    out = pd.concat(frames, ignore_index=True)
    terms = out["term"].to_numpy(dtype=object)
    names = corpus.entity_values(terms, "name") if kind == "entity" else terms
    types = corpus.entity_values(terms, "type") if kind == "entity" else None
    out.insert(
        3, "name", np.where(pd.notna(names), names, terms) if kind == "entity" else out["term"]
    )
    out.insert(4, "type", types)
    return out


@pytest.mark.parametrize("kind", ["entity", "word"])
@pytest.mark.parametrize("top", [None, 3])
def test_distinctive_and_pair_terms_are_those_of_the_definition(parquet_corpus, kind, top):
    """Ranked with numpy (the top cut before the frames are made) and named by catalogue row,
    the terms, their scores, order and names are those of the definition."""
    corpus = parquet_corpus
    groups = (*outlet_groups("RT", "CNN"), compare.Group(Filters(meta=(("leaning", "center"),))))
    ids = corpus.select(Filters(start=date(2016, 1, 1)))
    labels = compare.group_labels(groups, corpus.names)
    counts = (
        compare.entity_counts(corpus, ids, groups=groups)
        if kind == "entity"
        else compare.word_counts(corpus, ids, groups=groups)
    )
    expected = _ranked_by_definition(corpus, counts, labels, kind)
    if top is not None:
        expected = expected[expected["rank"] <= top].reset_index(drop=True)
    got = compare.distinctive_terms(corpus, ids, groups=groups, kind=kind, top=top)
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) == (3 * top if top else len(expected)) and (got["z"].diff().dropna() != 0).any()

    pair = compare.pair_terms(corpus, ids, groups=groups, a=2, b=0, kind=kind)
    scored = compare.pair_scores(counts, 2, 0)
    scored = scored.reindex(scored["z"].abs().sort_values(ascending=False).index)
    terms = scored["term"].to_numpy(dtype=object)
    if kind == "entity":
        names = corpus.entity_values(terms, "name")
        assert list(pair["name"]) == list(np.where(pd.notna(names), names, terms))
        assert list(pair["type"]) == list(corpus.entity_values(terms, "type"))
    else:
        assert list(pair["name"]) == list(terms) and pair["type"].isna().all()
    assert list(pair["term"]) == list(terms)
    np.testing.assert_array_equal(pair["z"].to_numpy(), scored["z"].to_numpy())
    assert set(pair["group_a"]) == {labels[2]} and set(pair["group_b"]) == {labels[0]}


def test_pair_scores_point_to_the_group_that_uses_a_term_more(corpus):
    groups = outlet_groups("Reuters", "RT")
    pair = compare.pair_terms(corpus, corpus.all_ids, groups=groups, a=0, b=1).set_index("term")
    assert pair.loc["person:sergey-lavrov", "z"] < -1.96  # more typical of B (RT)
    assert pair.loc["country:EST", "z"] > 0
    assert pair.loc["person:sergey-lavrov", ["n_a", "n_b"]].tolist() == [0, 14]
    assert pair["z"].abs().is_monotonic_decreasing


# -- volume, shares, tone, drill-down ---------------------------------------------------------


def test_groups_are_cut_by_the_sidebar_selection(corpus):
    groups = outlet_groups("RT", "CNN")
    in_2019 = corpus.select(Filters(start=date(2019, 1, 1)))
    sizes = compare.group_sizes(corpus, in_2019, groups=groups)
    assert sizes["n_articles"].tolist() == [2, 2]
    assert sizes["first"].tolist() == [date(2019, 8, 2), date(2019, 7, 18)]


def test_group_volume_counts_and_shares(corpus):
    groups = outlet_groups(*OUTLETS)
    vol = compare.group_volume(corpus, corpus.all_ids, groups=groups, freq="YS")
    table = vol.pivot(index="period", columns="group", values="n_articles")
    assert table.index.year.tolist() == [2016, 2017, 2018, 2019]  # empty years included
    assert table.loc["2016-01-01"].to_dict() == {o: 2 for o in OUTLETS}
    assert vol.groupby("group")["share"].sum().round(9).eq(1.0).all()
    quarters = compare.group_volume(corpus, corpus.all_ids, groups=groups, freq="QS")
    rt = quarters[(quarters["group"] == "RT") & (quarters["n_articles"] > 0)]
    assert rt["period"].dt.strftime("%Y-%m").tolist() == [
        "2016-07",
        "2016-10",
        "2019-07",
        "2019-10",
    ]


def test_entity_shares(corpus):
    groups = outlet_groups(*OUTLETS)
    shares = compare.entity_shares(corpus, corpus.all_ids, groups=groups, top=30)
    lavrov = shares[shares["name"] == "Sergey Lavrov"].set_index("group")["share"].to_dict()
    assert lavrov == {"Reuters": 0.0, "RT": 1.0, "CNN": 0.0}
    nato = shares[shares["entity_id"] == "org:nato"].set_index("group")["n_articles"].to_dict()
    assert nato == {"Reuters": 4, "RT": 2, "CNN": 4}


def test_group_tone_is_the_mean_of_the_groups_sentences(corpus, multisource_dataset):
    groups = outlet_groups(*OUTLETS)
    overall = compare.group_tone(corpus, corpus.all_ids, groups=groups, freq=None).set_index(
        "group"
    )
    sents = multisource_dataset.sentences.merge(
        multisource_dataset.articles[["article_id", "source"]], on="article_id"
    )
    rt = sents[(sents["source"] == "RT") & sents["tone"].notna()]
    assert overall.loc["RT", "n_sentences"] == len(rt)
    assert overall.loc["RT", "tone_mean"] == pytest.approx(rt["tone"].mean())
    expected = tone.aggregate(rt, [])
    assert overall.loc["RT", "tone_se"] == pytest.approx(expected["tone_se"].iloc[0])
    half = 1.96 * overall["tone_se"]
    assert np.allclose(overall["ci_high"] - overall["tone_mean"], half)
    by_year = compare.group_tone(corpus, corpus.all_ids, groups=groups, freq="YS")
    assert (
        by_year.groupby("group")["n_sentences"].sum().to_dict() == overall["n_sentences"].to_dict()
    )


@pytest.mark.parametrize("freq", [None, "YS"])
@pytest.mark.parametrize("selection", ["all", "a half year", "NATO's articles"])
def test_entity_tone_is_tone_aggregate_of_the_sentences_that_mention_it(
    parquet_corpus, freq, selection
):
    """Every entity counted at once (their per-article sums side by side, keyed by entity and
    period): per group, entity and period, tone.aggregate of the distinct scored sentences that
    mention the entity in the group's articles (those of the sidebar's selection); rows by
    group, entity, period."""
    corpus = parquet_corpus
    groups = (*outlet_groups("RT", "CNN"), compare.Group(Filters(meta=(("leaning", "center"),))))
    labels = compare.group_labels(groups, corpus.names)
    entities = ["person:sergey-lavrov", "org:nato", "country:EST", "nobody:here"]
    ids = corpus.select(
        {
            "all": Filters(),
            "a half year": Filters(start=date(2019, 1, 1), end=date(2019, 6, 30)),
            "NATO's articles": Filters(entities=("org:nato",)),
        }[selection]
    )
    got = compare.entity_tone(corpus, ids, groups=groups, entity_ids=entities, freq=freq)
    mentions = corpus.mentions.assign(
        article_id=corpus.mentions["article_id"].astype(str),
        entity_id=corpus.mentions["entity_id"].astype(str),
    )
    sentences = corpus.data.sentences.assign(
        article_id=corpus.data.sentences["article_id"].astype(str)
    )
    said = mentions[mentions["entity_id"].isin(entities)].merge(
        sentences[["article_id", "sentence_id", "tone"]], on=["article_id", "sentence_id"]
    )
    published = pd.to_datetime(corpus.articles.set_index("article_id")["published"])
    said["period"] = (
        published.reindex(said["article_id"]).dt.to_period("Y").dt.start_time.to_numpy()
    )
    frames = []
    for label, group in zip(labels, groups, strict=True):
        rows = said[said["article_id"].isin(set(corpus.select(group.filters)) & set(ids))]
        by = ["entity_id", *(["period"] if freq else [])]
        frames.append(tone.aggregate(rows, by).assign(group=label))
    expected = pd.concat(frames, ignore_index=True)
    assert len(got) == len(expected) > 0
    assert list(got.columns[:4]) == ["group", "entity_id", "name", "type"]
    assert got["group"].map(labels.index).is_monotonic_increasing
    assert list(zip(got["group"], got["entity_id"].astype(str), strict=True)) == list(
        zip(expected["group"], expected["entity_id"], strict=True)
    )
    if freq:
        assert (got["period"].to_numpy() == expected["period"].to_numpy()).all()
    assert got["n_sentences"].tolist() == expected["n_sentences"].tolist()
    assert got["n_articles"].tolist() == expected["n_articles"].tolist()
    np.testing.assert_allclose(got["tone_mean"], expected["tone_mean"], rtol=1e-6)
    np.testing.assert_allclose(got["tone_se"], expected["tone_se"], rtol=1e-5)
    np.testing.assert_allclose(got["share_negative"], expected["share_negative"])
    assert set(got["name"]) >= ({"Sergey Lavrov", "NATO"} if selection == "all" else {"NATO"})


def test_entity_tone_and_sentences_per_group(corpus, multisource_dataset):
    groups = outlet_groups("RT", "CNN")
    per = compare.entity_tone(
        corpus, corpus.all_ids, groups=groups, entity_ids=["person:sergey-lavrov", "org:nato"]
    )
    assert set(per.loc[per["entity_id"] == "person:sergey-lavrov", "group"]) == {"RT"}
    sentences = compare.entity_sentences(
        corpus, corpus.all_ids, groups=groups, entity_id="country:MNE"
    )
    assert set(sentences["group"]) == {"CNN"} and set(sentences["source"]) == {"CNN"}
    assert sentences["sentence"].str.contains("Montenegro").all()
    assert sentences["published"].is_monotonic_decreasing  # newest articles first
    article_tone = compare.article_tone(corpus, corpus.all_ids, groups=groups)
    assert article_tone.groupby("group")["article_id"].nunique().to_dict() == {"CNN": 4, "RT": 4}


def test_default_groups_are_the_top_sources(corpus):
    groups = compare.default_groups(corpus, corpus.all_ids)
    assert [g.title() for g in groups] == ["CNN", "RT", "Reuters"]  # 4 each: by name
    one_outlet = corpus.select(Filters(sources=("RT",)))
    by_year = compare.default_groups(corpus, one_outlet)  # one source, one leaning: years
    assert [g.title() for g in by_year] == ["2016", "2019"]


# -- charts ----------------------------------------------------------------------------------


def test_distinctive_bars_and_their_csv(corpus):
    groups = outlet_groups(*OUTLETS)
    labels = compare.group_labels(groups)
    ranked = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="entity")
    fig = cc.distinctive_bars(ranked, labels=labels, kind="entity", subtitle="s", top=5)
    bars = {t.name: t for t in fig.data}
    assert list(bars) == labels
    assert bars["RT"].y[-1] == "Sergey Lavrov" and len(bars["RT"].y) == 5  # the top bar
    assert bars["RT"].customdata[-1][0] == "person:sergey-lavrov"  # for the drill-down
    csv = pd.read_csv(StringIO(export.frame_csv(ranked[ranked["rank"] <= 5]).decode("utf-8-sig")))
    assert csv.columns.tolist()[:5] == ["group", "rank", "term", "name", "type"]
    assert csv.loc[(csv["group"] == "CNN") & (csv["rank"] == 1), "name"].item() == "Montenegro"


def test_distinctive_bars_rule_at_1_96_in_every_panel_on_its_own_axes(corpus):
    """The dotted z = 1.96 line of each group's panel is drawn on that panel's axes, and
    each panel's x range starts at 0 and reaches past its longest bar."""
    groups = outlet_groups(*OUTLETS)
    labels = compare.group_labels(groups)
    ranked = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="entity")
    fig = cc.distinctive_bars(ranked, labels=labels, kind="entity", subtitle="s", top=5)
    assert [(t.xaxis, t.yaxis) for t in fig.data] == [("x", "y"), ("x2", "y2"), ("x3", "y3")]
    rules = [(s.xref, s.yref, s.x0, s.x1, s.y0, s.y1, s.line.dash) for s in fig.layout.shapes]
    assert rules == [(f"x{n}", f"y{n} domain", 1.96, 1.96, 0, 1, "dot") for n in ("", "2", "3")]
    for n, trace in zip(("", "2", "3"), fig.data, strict=True):
        low, high = fig.layout[f"xaxis{n}"].range
        assert low == 0.0 and high > max(trace.x)


def test_entity_tone_lines_one_panel_per_group_with_a_zero_rule(corpus):
    """One line per entity in each group's panel, coloured alike in every panel, shown once in
    the legend; the entity_id column's dictionary (every entity of the corpus) is not drawn."""
    groups = outlet_groups("RT", "CNN")
    labels = compare.group_labels(groups)
    entities = ["person:sergey-lavrov", "org:nato"]
    per = compare.entity_tone(corpus, corpus.all_ids, groups=groups, entity_ids=entities, freq="YS")
    per = per.assign(
        entity_id=pd.Categorical(
            per["entity_id"].astype(str),
            categories=sorted(
                {*per["entity_id"].astype(str), *(f"person:unused-{i}" for i in range(1000))}
            ),
        )
    )
    fig = cc.entity_tone_lines(per, labels=labels, freq="YS", subtitle="s")
    drawn = {(t.xaxis, t.legendgroup) for t in fig.data}
    expected = {
        ("x" if label == "RT" else "x2", e)
        for label, e in zip(per["group"], per["entity_id"].astype(str), strict=True)
    }
    assert drawn == expected
    assert [t.legendgroup for t in fig.data if t.showlegend] == list(
        dict.fromkeys(per["entity_id"].astype(str))
    )
    colours = {t.legendgroup: set() for t in fig.data}
    for t in fig.data:
        colours[t.legendgroup].add(t.line.color)
    assert all(len(c) == 1 for c in colours.values())
    assert [(s.xref, s.yref, s.y0, s.y1) for s in fig.layout.shapes] == [
        ("x domain", "y", 0, 0),
        ("x2 domain", "y2", 0, 0),
    ]


def crowded_pair() -> pd.DataFrame:
    """Sixty terms with long names packed in a corner: many labels cannot all fit."""
    rng = np.random.default_rng(3)
    n = 60
    a = rng.integers(0, 40, n)
    b = rng.integers(0, 40, n)
    z = (a - b) / np.sqrt(a + b + 1)
    frame = pd.DataFrame(
        {
            "term": [f"t{i}" for i in range(n)],
            "name": [f"A rather long entity name {i}" for i in range(n)],
            "type": "person",
            "n_a": a,
            "n_b": b,
            "per_1000_a": 1000 * a / a.sum(),
            "per_1000_b": 1000 * b / b.sum(),
            "z": z,
        }
    )
    return frame.reindex(frame["z"].abs().sort_values(ascending=False).index)


def test_scatter_labels_the_outliers_without_overlaps():
    frame = crowded_pair()
    fig = cc.pair_scatter(frame, label_a="A", label_b="B", kind="entity", subtitle="s", n_labels=30)
    boxes = cc.scatter_label_boxes(fig)
    assert 3 <= len(boxes) < 30  # some outliers, not all, found room
    plot_w = fig.layout.width - fig.layout.margin.l - fig.layout.margin.r
    plot_h = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    for i, box in enumerate(boxes):
        assert box.x0 >= 0 and box.x1 <= plot_w and box.y0 >= 0 and box.y1 <= plot_h
        for other in boxes[i + 1 :]:
            assert not box.overlaps(other, pad=0)
    # No label covers a marker of another point.
    lo, hi = fig.layout.xaxis.range
    markers = []
    for trace in fig.data:
        if trace.mode == "markers":  # the points (the labels are a trace of their own)
            for x, y in zip(trace.x, trace.y, strict=True):
                px = (math.log10(x) - lo) / (hi - lo) * plot_w
                py = (hi - math.log10(y)) / (hi - lo) * plot_h
                markers.append((px, py))
    for box in boxes:
        inside = [(x, y) for x, y in markers if box.x0 < x < box.x1 and box.y0 < y < box.y1]
        assert inside == []
    # Only the largest |z| get labels.
    labelled = {t for trace in fig.data if trace.mode == "markers+text" for t in trace.text if t}
    strongest = set(frame.head(30)["name"].map(lambda n: n[:23] + "…"))
    assert labelled <= strongest


def test_scatter_on_the_corpus_names_lavrov(corpus):
    groups = outlet_groups("Reuters", "RT")
    pair = compare.pair_terms(corpus, corpus.all_ids, groups=groups, a=0, b=1)
    fig = cc.pair_scatter(pair, label_a="Reuters", label_b="RT", kind="entity", subtitle="s")
    texts = [t for trace in fig.data if trace.mode == "markers+text" for t in trace.text]
    assert "Sergey Lavrov" in texts
    rt_side = next(t for t in fig.data if t.name == "more typical of RT")
    assert rt_side.customdata[0][0] == "person:sergey-lavrov"
    assert fig.layout.xaxis.type == "log" and fig.layout.xaxis.ticktext[0] == "0"


def test_volume_share_and_tone_charts(corpus):
    groups = outlet_groups(*OUTLETS)
    labels = compare.group_labels(groups)
    vol = compare.group_volume(corpus, corpus.all_ids, groups=groups, freq="YS")
    fig = cc.volume_bars(vol, labels=labels, freq="YS", measure="share", subtitle="s")
    assert [t.name for t in fig.data] == labels
    # the years of the selection, and an empty year each side (the axis's scale)
    assert list(fig.data[0].y) == [0.0, 50.0, 0.0, 0.0, 50.0, 0.0]
    counts = cc.volume_bars(vol, labels=labels, freq="YS", measure="count", subtitle="s")
    assert list(counts.data[1].y) == [0, 2, 0, 0, 2, 0] and counts.layout.yaxis.dtick == 1
    assert len(vol) == 4 * len(labels)  # four years a group: the data (and its CSV) hold no padding
    assert "Share of the group's articles per year (%)" in fig.layout.yaxis.title.text
    by_year = compare.group_tone(corpus, corpus.all_ids, groups=groups, freq="YS")
    fig = cc.tone_lines(by_year, labels=labels, freq="YS", subtitle="s")
    lines = [t for t in fig.data if t.mode == "lines+markers"]
    assert [t.name for t in lines] == labels
    assert fig.layout.yaxis.range == (-1.05, 1.05)
    empty = cc.tone_lines(by_year.iloc[0:0], labels=labels, freq="YS", subtitle="s")
    assert "No scored sentences" in empty.layout.annotations[0].text


def test_the_two_english_sample_articles_default_to_2016_against_2019(sample_dataset):
    """One outlet, no metadata, no exact dates: the years the inferred dates lie in."""
    from lib.queries.filters import Filters
    from tests.conftest import seed_id

    corpus = queries.build_corpus(sample_dataset)
    english = corpus.select(Filters(languages=("en",)))
    groups = compare.default_groups(corpus, english)
    assert [(g.filters.start.isoformat(), g.filters.end.isoformat()) for g in groups] == [
        ("2016-01-01", "2016-12-31"),
        ("2019-01-01", "2019-12-31"),
    ]
    members = compare.group_members(corpus, english, groups)
    assert [list(m) for m in members] == [
        [seed_id(sample_dataset, "000")],
        [seed_id(sample_dataset, "001")],
    ]


def test_the_whole_sample_defaults_to_its_two_outlets_and_groups_by_language(sample_dataset):
    """With the Russian sample article, two outlets: Sputnik (English) and RIA Novosti
    (Russian); `lang:ru` against `lang:en` puts the two languages side by side."""
    from tests.conftest import seed_id

    corpus = queries.build_corpus(sample_dataset)
    groups = compare.default_groups(corpus, corpus.all_ids)
    assert [g.filters.sources for g in groups] == [("Sputnik",), ("RIA Novosti",)]
    by_language = (compare.parse_group("lang:ru"), compare.parse_group("lang:en"))
    assert compare.group_labels(by_language) == ["Russian", "English"]
    members = compare.group_members(corpus, corpus.all_ids, by_language)
    assert [sorted(m) for m in members] == [
        [seed_id(sample_dataset, "002")],
        sorted([seed_id(sample_dataset, "000"), seed_id(sample_dataset, "001")]),
    ]


def test_the_untoned_note_counts_each_russian_article_of_the_groups_once(sample_dataset):
    """Groups may overlap (all sources against the Russian articles): the one Russian article
    of the sample is counted once; groups and a selection without it need no note."""
    from lib.queries.filters import Filters

    corpus = queries.build_corpus(sample_dataset)
    everything, russian = compare.parse_group("lang:ru,en"), compare.parse_group("lang:ru")
    note = compare.untoned_note(corpus, corpus.all_ids, groups=(everything, russian))
    assert note is not None and note.startswith("No tone for 1 article(s) in Russian:")
    english = corpus.select(Filters(languages=("en",)))
    assert compare.untoned_note(corpus, english, groups=(everything, russian)) is None
    assert (
        compare.untoned_note(corpus, corpus.all_ids, groups=(compare.parse_group("lang:en"),))
        is None
    )


def test_the_word_matrix_is_the_runs_stored_word_counts(tmp_path, multisource_dataset, monkeypatch):
    """The word matrix Compare sums is the run's word-count file: written on first use with
    each word's total beside it, both read (not counted or summed again) by the next server,
    and counted again when the file does not fit the run's articles (a stale file)."""
    from lib.queries import wordcounts
    from lib.queries.compare import terms

    out = tmp_path / "processed"
    store.write_dataset(multisource_dataset, out)
    run = store.current_run(out)
    path = run / wordcounts.FILE_NAME

    def loaded():
        corpus = queries.build_corpus(queries.read_tables(out), version="stored")
        wordcounts.of_corpus(corpus, folder=run)
        return corpus

    first = loaded()
    assert path.exists()
    counted = wordcounts.read(path)
    matrix = terms._word_matrix(first)
    assert matrix.shape == (len(first.articles), len(counted.vocabulary))
    assert matrix.indices.tolist() == counted.word.tolist()
    assert matrix.data.tolist() == counted.n.tolist()
    assert matrix.indptr.tolist() == counted.offsets.tolist()
    groups = outlet_groups(*OUTLETS)
    expected = compare.word_counts(first, first.all_ids, groups=groups)

    real_count, real_totals = wordcounts.count_words, wordcounts.word_totals

    def not_again(*args, **kwargs):
        raise AssertionError("counted again although the run's file fits")

    assert wordcounts.totals_path(path).exists()  # the word totals, beside the counts
    assert wordcounts.read(path).totals.tolist() == matrix.sum(axis=0).tolist()

    def not_summed(*args, **kwargs):
        raise AssertionError("the word totals summed again although they are kept")

    monkeypatch.setattr(wordcounts, "count_words", not_again)
    monkeypatch.setattr(wordcounts, "word_totals", not_summed)
    again = loaded()  # a new server on the same run
    pd.testing.assert_frame_equal(
        compare.word_counts(again, again.all_ids, groups=groups), expected
    )

    monkeypatch.setattr(wordcounts, "count_words", real_count)
    monkeypatch.setattr(wordcounts, "word_totals", real_totals)
    wordcounts.write(real_count(["a stale file of one article"]), path)  # another run's counts
    stale = loaded()
    assert len(wordcounts.read(path).offsets) == len(stale.articles) + 1  # counted and rewritten
    pd.testing.assert_frame_equal(
        compare.word_counts(stale, stale.all_ids, groups=groups), expected
    )
