"""The world map's numbers (lib.queries.geo), its geometry (lib.charts.basemap) and its charts, on the
multi-source corpus (tests/multisource.py) processed by the real pipeline."""

from __future__ import annotations

import base64
import json
from datetime import date

import pandas as pd
import pycountry
import pytest

from lib import charts, queries
from lib.charts import basemap, export
from lib.charts.style import colorbar_margin
from lib.queries import geo
from lib.queries.filters import Filters
from tests.conftest import plotly_values


@pytest.fixture(scope="module")
def corpus(multisource_dataset) -> queries.Corpus:
    return queries.build_corpus(multisource_dataset)


def direct_counts(dataset, article_ids=None, kinds=None) -> pd.DataFrame:
    """Mentions and articles per ISO code, counted straight from the mentions table."""
    m = dataset.mentions.merge(dataset.entities[["entity_id", "type", "code"]], on="entity_id")
    m = m[m["type"] == "country"]
    if article_ids is not None:
        m = m[m["article_id"].isin(article_ids)]
    if kinds is not None:
        m = m[m["kind"].isin(kinds)]
    return m.groupby("code").agg(
        mentions=("article_id", "size"), articles=("article_id", "nunique")
    )


def is_iso3(code: str) -> bool:
    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


def test_country_table_has_iso_codes_and_the_counts_of_the_mentions_table(
    corpus, multisource_dataset
):
    table = geo.countries(corpus, corpus.all_ids)
    assert list(table.columns) == geo.COUNTRY_COLUMNS
    assert all(is_iso3(c) for c in table["iso3"])
    assert (table["entity_id"] == "country:" + table["iso3"]).all()
    expected = direct_counts(multisource_dataset)
    got = table.set_index("iso3")[["mentions", "articles"]]
    pd.testing.assert_frame_equal(
        got.sort_index(), expected.rename_axis("iso3").sort_index(), check_dtype=False
    )
    # The countries the corpus was written about, by all three outlets.
    assert {"EST", "LVA", "LTU", "POL", "MNE", "RUS", "USA", "TUR", "DEU", "FRA"} <= set(
        table["iso3"]
    )
    assert table["mentions"].is_monotonic_decreasing


def test_share_and_per_million_words_are_over_the_filtered_articles(corpus, multisource_dataset):
    articles = multisource_dataset.articles
    table = geo.countries(corpus, corpus.all_ids).set_index("iso3")
    words = articles["n_words"].sum()
    assert table.loc["EST", "share"] == pytest.approx(table.loc["EST", "articles"] / len(articles))
    assert table.loc["RUS", "per_million_words"] == pytest.approx(
        table.loc["RUS", "mentions"] * 1e6 / words
    )

    rt = corpus.select(Filters(sources=("RT",)))
    assert len(rt) == 4
    rt_table = geo.countries(corpus, rt).set_index("iso3")
    expected = direct_counts(multisource_dataset, rt)
    assert rt_table["mentions"].to_dict() == expected["mentions"].to_dict()
    assert "EST" not in rt_table.index  # the Baltic states are Reuters' story
    rt_words = articles.loc[articles["article_id"].isin(rt), "n_words"].sum()
    assert rt_table.loc["RUS", "share"] == pytest.approx(rt_table.loc["RUS", "articles"] / 4)
    assert rt_table.loc["USA", "per_million_words"] == pytest.approx(
        rt_table.loc["USA", "mentions"] * 1e6 / rt_words
    )


def test_per_kind_split(corpus, multisource_dataset):
    table = geo.countries(corpus, corpus.all_ids).set_index("iso3")
    per_kind = table[["named", "demonym", "capital", "seat"]].sum(axis=1)
    assert (per_kind == table["mentions"]).all()  # a country is written in one of four ways
    # "Estonia" in all four Reuters articles; "Estonian officials", "Estonian ministers".
    assert table.loc["EST", ["named", "demonym", "capital", "seat"]].tolist() == [4, 2, 0, 0]
    assert table.loc["EST", "articles"] == 4
    for kind, kinds in (
        ("name", ["name"]),
        ("demonym", ["demonym"]),
        ("capital", ["capital", "seat"]),
    ):
        sub = geo.countries(corpus, corpus.all_ids, kind=kind).set_index("iso3")
        expected = direct_counts(multisource_dataset, kinds=kinds)
        assert sub["mentions"].to_dict() == expected["mentions"].to_dict(), kind
        assert sub["articles"].to_dict() == expected["articles"].to_dict(), kind
    # Washington and Moscow stand for their governments in the RT stories.
    capitals = geo.countries(corpus, corpus.all_ids, kind="capital").set_index("iso3")
    assert {"USA", "RUS"} <= set(capitals.index) and "EST" not in capitals.index
    with pytest.raises(ValueError, match="kind must be one of"):
        geo.countries(corpus, corpus.all_ids, kind="adjective")


@pytest.mark.parametrize("kind", list(geo.KINDS))
@pytest.mark.parametrize("source", [None, "RT", "Reuters"])
def test_counts_made_once_per_corpus_equal_the_grouped_mentions(corpus, kind, source):
    ids = corpus.select(Filters(sources=(source,) if source else ()))
    fast = geo.countries(corpus, ids, kind=kind)
    assert geo.country_counts(corpus) is not None  # the fast path was taken
    pd.testing.assert_frame_equal(fast, geo._countries_grouped(corpus, ids, kind=kind))
    assert len(fast) > 0


def test_no_articles_no_countries(corpus):
    table = geo.countries(corpus, pd.Index([], name="article_id"))
    assert table.empty and list(table.columns) == geo.COUNTRY_COLUMNS


def test_countries_found_with_nato(corpus, multisource_dataset):
    table = geo.partner_countries(corpus, corpus.all_ids, "org:nato")
    assert list(table.columns) == geo.PARTNER_COLUMNS
    m = multisource_dataset.mentions.merge(
        multisource_dataset.entities[["entity_id", "type", "code"]], on="entity_id"
    )
    nato = m.loc[m["entity_id"] == "org:nato", ["article_id", "sentence_id"]].drop_duplicates()
    both = m[m["type"] == "country"].merge(nato, on=["article_id", "sentence_id"])
    units = both.drop_duplicates(["code", "article_id", "sentence_id"])
    expected = units.groupby("code").agg(
        together=("sentence_id", "size"), articles_together=("article_id", "nunique")
    )
    got = table.set_index("iso3")[["together", "articles_together"]]
    assert got.sort_index().to_dict() == expected.sort_index().to_dict()
    assert {"EST", "MNE", "RUS"} <= set(table["iso3"])
    by_article = geo.partner_countries(corpus, corpus.all_ids, "org:nato", level="article")
    assert (by_article["together"] == by_article["articles_together"]).all()
    assert by_article.set_index("iso3").loc["DEU", "together"] == 1  # the London meeting story
    assert geo.partner_countries(corpus, corpus.all_ids, "person:nobody").empty


def test_nato_members_by_date():
    assert len(geo.nato_members(date(2016, 12, 31))) == 28
    members_2017 = set(geo.nato_members(date(2017, 6, 5))["iso3"])
    assert "MNE" in members_2017 and "MKD" not in members_2017 and len(members_2017) == 29
    assert "MNE" not in set(geo.nato_members(date(2017, 6, 4))["iso3"])
    assert len(geo.nato_members(date(2020, 3, 27))) == 30
    assert {"FIN", "SWE"} <= set(geo.nato_members(date(2024, 3, 7))["iso3"])
    assert len(geo.nato_members()) == 32  # today
    assert all(is_iso3(c) for c in geo.nato_members()["iso3"])


def test_the_shipped_geometry_is_keyed_by_iso_alpha3():
    world = basemap.world()
    codes = [f["id"] for f in world["features"]]
    assert len(codes) == len(set(codes)) > 170
    assert all(is_iso3(c) for c in codes)
    # Natural Earth writes -99 for these ISO codes; the map has them all the same.
    assert {"XKX", "FRA", "NOR", "CYP", "SOM"} <= set(codes)
    assert set(geo.nato_members()["iso3"]) <= basemap.drawable()
    for feature in world["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert feature["properties"]["iso3"] == feature["id"]
    assert [f["id"] for f in basemap.features(["NOR", "XKX", "ZZZ"])["features"]] == ["NOR", "XKX"]


def test_the_base_map_is_a_data_url_plotly_can_read():
    url = basemap.topojson_url()
    assert url.startswith("data:application/json;base64,") and url.endswith("#/")
    # plotly.js appends "<scope>_<resolution>m.json" to the URL: it lands in the fragment.
    payload = (url + "world_110m.json").split(",", 1)[1].split("#", 1)[0]
    topology = json.loads(base64.b64decode(payload))
    assert topology["type"] == "Topology"
    assert {"land", "ocean", "countries"} <= set(topology["objects"])


def test_clicked_points_become_entity_ids(corpus):
    table = geo.countries(corpus, corpus.all_ids)
    points = [
        {"location": "EST", "customdata": ["country:EST", "Estonia"]},
        {"location": "POL"},  # no customdata: the ISO code is enough
        {"location": "ATA"},  # not in the table
        {"location": "EST"},
    ]
    assert geo.selected_entities(points, table) == ["country:EST", "country:POL"]


def test_country_map_draws_the_table_and_outlines_nato(corpus):
    table = geo.countries(corpus, corpus.all_ids)
    members = geo.nato_members(date(2016, 12, 31))["iso3"].tolist()
    fig = charts.country_map(
        table,
        metric="share",
        labels=geo.METRICS["share"],
        kind_label="all mentions",
        n_articles=12,
        outlined=members,
        outline_label="NATO members on 31 Dec 2016 (28), outlined",
        subtitle="12 articles · all dates",
    )
    spec = json.loads(fig.to_json())
    colour, outline, legend = spec["data"]
    assert list(colour["locations"]) == table["iso3"].tolist()
    assert plotly_values(colour["z"]) == pytest.approx(table["share"].tolist())
    assert [f["id"] for f in colour["geojson"]["features"]] == sorted(table["iso3"])
    assert colour["colorbar"]["title"]["text"] == "Share of<br>articles"
    assert colour["colorbar"]["tickformat"] == ".0%"
    assert "%{customdata[2]:,} mentions" in colour["hovertemplate"]
    assert sorted(outline["locations"]) == sorted(members) and "MNE" not in outline["locations"]
    assert outline["hoverinfo"] == "skip" and not outline["showlegend"]
    assert legend["type"] == "scattergeo" and legend["name"].startswith(
        "NATO members on 31 Dec 2016"
    )
    assert spec["layout"]["title"]["text"].startswith(
        "Countries in the coverage: share of articles"
    )
    assert "12 articles · all dates" in spec["layout"]["title"]["text"]
    assert basemap.plotly_config(fig) == {"topojsonURL": basemap.topojson_url()}
    assert basemap.plotly_config(charts.empty_figure("x", title="t", subtitle="s")) == {}
    # The right margin holds the colour bar (plotly would push it and draw the map twice):
    # its title's longer line, "Share of", is wider than the bar with its top tick label.
    top = f"{table['share'].max():.0%}"
    assert spec["layout"]["margin"]["r"] == colorbar_margin([top], title=["Share of", "articles"])
    assert colorbar_margin([top], title=["Share of"]) > colorbar_margin([top]) > 90


def test_map_exports_offline(corpus):
    """PNG through kaleido and HTML with the base map from the app: on this machine
    plotly's CDN is out of reach, so a fetch from it would fail the export."""
    partners = geo.partner_countries(corpus, corpus.all_ids, "org:nato")
    fig = charts.partner_map(
        partners,
        name="NATO",
        level="sentence",
        outlined=geo.nato_members()["iso3"],
        outline_label="NATO members today",
        subtitle="12 articles",
    )
    png = export.figure_image(fig, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    html = export.figure_html(fig).decode("utf-8")
    assert '"topojsonURL": "data:application/json;base64,' in html
