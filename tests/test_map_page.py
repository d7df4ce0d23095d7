"""The Map page in Streamlit's AppTest, on the multi-source corpus: its table and maps
follow the shared filters and the page's own controls. (Clicking a country is a plotly
selection event, which AppTest cannot send: tests/browser/test_map_browser.py clicks.)"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib import queries, store, ui
from lib.queries import geo
from lib.queries.filters import Filters
from tests.apptest import app
from tests.conftest import plotly_values


@pytest.fixture(scope="module")
def multisource_dir(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("multisource-tables") / "processed"
    store.write_dataset(multisource_dataset, out)
    return out


@pytest.fixture(scope="module")
def corpus(multisource_dataset):
    return queries.build_corpus(multisource_dataset)


def map_page(monkeypatch, data_dir, **params) -> AppTest:
    return app(monkeypatch, data_dir, "pages/map.py", **params)


def maps(at: AppTest) -> dict[str, dict]:
    specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    return {s["layout"]["title"]["text"].split("<br>")[0]: s for s in specs}


def test_map_table_follows_the_source_filter(monkeypatch, multisource_dir, corpus):
    at = map_page(monkeypatch, multisource_dir)
    table = at.dataframe[0].value
    expected = geo.countries(corpus, corpus.all_ids)
    assert table["iso3"].tolist() == expected["iso3"].tolist()
    assert table["mentions"].tolist() == expected["mentions"].tolist()
    fig = maps(at)["Countries in the coverage: mentions"]
    assert list(fig["data"][0]["locations"]) == expected["iso3"].tolist()
    configs = [json.loads(el.proto.config) for el in at.get("plotly_chart")]
    assert all(c["topojsonURL"].startswith("data:application/json;base64,") for c in configs)

    at.sidebar.multiselect(key=ui.K_SOURCE).set_value(["Reuters"]).run()
    table = at.dataframe[0].value
    reuters = geo.countries(corpus, corpus.select(Filters(sources=("Reuters",))))
    assert table["iso3"].tolist() == reuters["iso3"].tolist()
    assert table.set_index("iso3").loc["EST", "share"] == 1.0  # every Reuters story
    assert "MNE" not in set(table["iso3"])  # Montenegro is CNN's story
    title = maps(at)["Countries in the coverage: mentions"]["layout"]["title"]["text"]
    assert "4 articles" in title and "Reuters" in title
    assert at.query_params["source"] == "Reuters"


def test_metric_kind_and_nato_outline_by_date(monkeypatch, multisource_dir, corpus):
    at = map_page(monkeypatch, multisource_dir, to="2016-12-31")
    fig = maps(at)["Countries in the coverage: mentions"]
    outline = fig["data"][1]
    assert len(outline["locations"]) == 28 and "MNE" not in outline["locations"]
    assert fig["data"][2]["name"] == "NATO members on 31 Dec 2016 (28), outlined"

    at.segmented_control(key="map_kind").set_value("demonym").run()
    at.segmented_control(key="map_metric").set_value("per_million_words").run()
    fig = maps(at)["Countries in the coverage: mentions per million words (demonym)"]
    table = at.dataframe[0].value
    ids = corpus.select(Filters(end=Filters.from_query_params({"to": "2016-12-31"}).end))
    expected = geo.countries(corpus, ids, kind="demonym")
    assert table["iso3"].tolist() == expected["iso3"].tolist()
    assert plotly_values(fig["data"][0]["z"]) == pytest.approx(
        expected["per_million_words"].tolist()
    )
    assert fig["data"][0]["colorbar"]["title"]["text"] == "Mentions per<br>million words"
    assert set(table["iso3"]) >= {"EST", "RUS"} and (table["demonym"] == table["mentions"]).all()

    assert fig["layout"]["geo"]["projection"]["type"] == "natural earth"
    at.segmented_control(key="map_region").set_value("europe").run()
    for spec in maps(at).values():  # both maps
        assert spec["layout"]["geo"]["projection"]["type"] == "conic equal area"
        assert spec["layout"]["geo"]["lonaxis"]["range"] == [-25, 65]


def test_countries_with_an_entity(monkeypatch, multisource_dir, corpus):
    at = map_page(monkeypatch, multisource_dir)
    assert at.selectbox(key="map_with").value == "org:nato"
    partners = at.dataframe[1].value
    expected = geo.partner_countries(corpus, corpus.all_ids, "org:nato")
    assert partners["iso3"].tolist() == expected["iso3"].tolist()
    assert "Countries named with NATO in the same sentence" in maps(at)

    at.selectbox(key="map_with").set_value("person:sergey-lavrov").run()
    partners = at.dataframe[1].value
    assert "RUS" in set(partners["iso3"]) and "EST" not in set(partners["iso3"])
    assert "Countries named with Sergey Lavrov in the same sentence" in maps(at)


def test_type_filter_without_countries_says_so(monkeypatch, multisource_dir):
    at = map_page(monkeypatch, multisource_dir, type="person")
    assert not at.get("plotly_chart")
    assert "leaves out" in at.info[0].value


def test_the_table_is_sent_with_the_entities_it_shows_not_every_entity(
    monkeypatch, multisource_dir, corpus
):
    # Arrow sends a categorical column's whole dictionary: on a real corpus the entity_id
    # column of a 226-row table carried every entity (3 MB).
    at = map_page(monkeypatch, multisource_dir)
    sent = at.dataframe[0].value["entity_id"]
    assert isinstance(sent.dtype, pd.CategoricalDtype)
    assert sorted(sent.cat.categories) == sorted(set(sent))
    assert len(sent.cat.categories) < len(corpus.catalog)
