"""The comparison page and the metadata filter in Streamlit's AppTest, on the multi-source
corpus: two groups from the URL, what the charts and their CSVs hold, the groups edited
through the form and written back to the URL, the drill-down."""

from __future__ import annotations

from io import StringIO

import pandas as pd
import pytest

from lib import charts as charts_module
from lib import queries, store, ui
from lib.charts import export
from lib.queries import compare, tone
from lib.queries.filters import Filters
from tests.apptest import app
from tests.test_pages import chart, charts, metrics


@pytest.fixture(scope="module")
def multisource_dir(tmp_path_factory, multisource_dataset):
    out = tmp_path_factory.mktemp("multisource") / "processed"
    store.write_dataset(multisource_dataset, out)
    return out


def bars(spec: dict, group: str) -> list[str]:
    """A distinctive-terms panel's names, top first."""
    trace = next(t for t in spec["data"] if t.get("name") == group)
    return list(trace["y"])[::-1]


def button(at, label: str):
    return next(b for b in at.button if b.label == label)


def test_two_groups_from_the_url(monkeypatch, multisource_dir):
    at = app(
        monkeypatch,
        multisource_dir,
        "pages/compare.py",
        g1="source:RT",
        g2="label:Center,meta:leaning=center",
    )
    assert not at.error
    sizes = at.dataframe[0].value
    assert sizes["group"].tolist() == ["RT", "Center"]
    assert sizes["n_articles"].tolist() == [4, 4]
    assert sizes["definition"].tolist() == ["source:RT", "label:Center,meta:leaning=center"]

    volume = chart(at, "Coverage volume by group")
    assert [t["name"] for t in volume["data"]] == ["RT", "Center"]
    assert "groups: RT | Center (leaning=center)" in volume["layout"]["title"]["text"]
    entities = chart(at, "Distinctive entities of each group")
    assert bars(entities, "RT")[0] == "Sergey Lavrov"
    assert bars(entities, "Center")[0] == "Estonia"
    words = chart(at, "Distinctive words of each group")
    assert bars(words, "RT")[0] == "lavrov"
    scatter = chart(at, "Entities: RT against Center")
    rt_side = next(t for t in scatter["data"] if t.get("name") == "more typical of RT")
    assert rt_side["customdata"][0][0] == "person:sergey-lavrov"
    assert any(tone.TRUST_NOTE in i.value for i in at.info)
    titles = [c["layout"]["title"]["text"] for c in charts(at)]
    assert any(t.startswith("Tone by group over time") for t in titles)
    assert any(
        t.startswith("Tone of the sentences that mention each entity, by group") for t in titles
    )
    assert at.query_params["g1"] == "source:RT"

    # The CSV the entities chart downloads: the same rows as its bars.
    corpus = queries.build_corpus(queries.read_tables(multisource_dir))
    corpus.meta = queries.read_metadata(multisource_dir)
    groups = compare.groups_from_query_params(
        {"g1": "source:RT", "g2": "label:Center,meta:leaning=center"}
    )
    ranked = compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind="entity")
    top = at.slider(key="cmp_top").value
    csv = pd.read_csv(StringIO(export.frame_csv(ranked[ranked["rank"] <= top]).decode("utf-8-sig")))
    # The bars show names cut to 26 characters (lib.charts.compare_charts.distinctive_bars).
    names = [charts_module.short(n, 26) for n in csv[csv["group"] == "RT"]["name"]]
    assert names[: len(bars(entities, "RT"))] == bars(entities, "RT")
    assert csv.loc[0, ["group", "rank", "name", "n_group", "n_other"]].tolist() == [
        "RT",
        1,
        "Sergey Lavrov",
        14,
        0,
    ]

    # Drill-down: the sentences that mention Lavrov, in RT only.
    at.selectbox(key="cmp_entity").set_value("person:sergey-lavrov").run()
    sentences = next(d.value for d in at.dataframe if "sentence" in d.value.columns)
    assert len(sentences) >= 4 and sentences["sentence"].str.contains("Lavrov").all()
    assert set(sentences["source"]) == {"RT"}
    assert any("No sentence of this group mentions it" in c.value for c in at.caption)


def test_groups_edited_in_the_form_go_to_the_url(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/compare.py")
    # By default one group per source, most articles first, ties by name.
    assert at.dataframe[0].value["group"].tolist() == ["CNN", "RT", "Reuters"]
    assert at.query_params["g3"] == "source:Reuters"
    at.segmented_control(key="cmp_n").set_value(2).run()
    assert "g3" not in at.query_params
    at.multiselect(key="cmp_g2_source").set_value([])
    at.multiselect(key="cmp_g2_meta").set_value(["leaning:center", "leaning:left"])
    at.date_input(key="cmp_g2_from").set_value(pd.Timestamp("2019-01-01").date())
    at.text_input(key="cmp_g2_label").set_value("West 2019")
    button(at, "Compare").click().run()
    assert not at.exception
    assert at.query_params["g2"] == (
        "label:West 2019,meta:leaning=center,meta:leaning=left,from:2019-01-01"
    )
    sizes = at.dataframe[0].value
    assert sizes["group"].tolist() == ["CNN", "West 2019"]
    assert sizes["n_articles"].tolist() == [4, 4]
    assert chart(at, "Entities: CNN against West 2019")  # new groups: the first two compared
    # The groups survive a trip to another page and back.
    at.switch_page("pages/timeline.py").run()
    at.switch_page("pages/compare.py").run()
    assert at.dataframe[0].value["group"].tolist() == ["CNN", "West 2019"]
    assert at.query_params["g2"].startswith("label:West 2019")


def test_the_sidebar_filters_on_metadata(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir)
    box = at.sidebar.multiselect(key=ui.K_META)
    assert set(box.options) == {  # as shown: with the number of articles
        "leaning: center (4)",
        "leaning: left (4)",
        "leaning: russian-state (4)",
    }
    box.set_value(["leaning:russian-state"]).run()
    assert metrics(at)["Articles"] == "4"
    assert at.query_params["meta"] == "leaning:russian-state"
    people = chart(at, "Most mentioned people")
    assert "leaning: russian-state" in people["layout"]["title"]["text"]
    # A link with a metadata filter, and one with a column the corpus does not have.
    at = app(monkeypatch, multisource_dir, meta=["leaning:left", "owner:nobody"])
    assert at.sidebar.multiselect(key=ui.K_META).value == ["leaning:left"]
    assert metrics(at)["Articles"] == "4"


def test_no_metadata_no_metadata_filter(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, "pages/compare.py")
    assert not at.exception
    assert not any(w.key == ui.K_META for w in at.sidebar.multiselect)
    assert Filters.from_query_params({}) == Filters()


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory, sample_dataset):
    out = tmp_path_factory.mktemp("sample") / "processed"
    store.write_dataset(sample_dataset, out)
    return out


def test_a_hostile_group_label_stays_text(monkeypatch, multisource_dir):
    label = "<img src=x onerror=alert(1)> [click](http://example.org) **bold**"
    at = app(
        monkeypatch,
        multisource_dir,
        "pages/compare.py",
        g1=f"label:{label},source:RT",
        g2="source:CNN",
    )
    assert not at.exception
    assert not any(m.proto.allow_html for m in at.markdown)
    shown = [m.value for m in at.markdown if "onerror" in m.value]
    assert shown and all("\\<img" in v and "\\[click\\]" in v for v in shown)
    volume = chart(at, "Coverage volume by group")
    assert volume["data"][0]["name"] == (
        "&lt;img src=x onerror=alert(1)&gt; [click](http://example.org) **bold**"
    )


def test_no_articles_in_the_selection(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/compare.py", q="no such words anywhere")
    assert not at.exception
    assert any("No articles match these filters" in i.value for i in at.info)


def test_a_group_with_no_dated_article_shows_no_first_or_last_day(monkeypatch, multisource_dir):
    """Its first and last days are a dash, not the word "None" in the sizes table."""
    at = app(
        monkeypatch,
        multisource_dir,
        "pages/compare.py",
        g1="source:RT",
        g2="label:Later,from:2030-01-01",
    )
    assert not at.error
    sizes = at.dataframe[0].value
    assert sizes["group"].tolist() == ["RT", "Later"]
    assert sizes["n_articles"].tolist() == [4, 0]
    assert sizes["first"].tolist() == ["2016-07-09", "—"]
    assert sizes["last"].tolist() == ["2019-12-04", "—"]
