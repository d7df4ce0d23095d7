"""The comparison page and the metadata filter in Streamlit's AppTest, on the multi-source
corpus: two groups from the URL, what the charts and their CSVs hold, the groups edited
through the form and written back to the URL, the sections drawn only when open, the
drill-down (from a chart click in any section)."""

from __future__ import annotations

import json
from io import StringIO

import pandas as pd
import pytest

from lib import charts as charts_module
from lib import queries, store, ui
from lib.charts import export
from lib.queries import compare, tone
from lib.queries.filters import Filters
from lib.ui import cached
from lib.ui import compare_widgets as cu
from tests.apptest import app, open_tab
from tests.conftest import plotly_values
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


def section(at, label: str):
    """Open one of Compare's sections (a click on its tab)."""
    assert label in cu.SECTIONS
    return open_tab(at, cu.K_SECTION, label)


def titles(at) -> list[str]:
    """The charts drawn, by their titles (without the subtitle)."""
    return [c["layout"]["title"]["text"].split("<br>")[0] for c in charts(at)]


def click(at, title: str, *points: dict) -> None:
    """A click on points of the chart titled `title` (none: a double-click that clears its
    selection): the selection event the browser sends (AppTest cannot click), which runs the
    chart's on_select callback."""
    element = next(
        el
        for el in at.get("plotly_chart")
        if title in json.loads(el.proto.spec)["layout"]["title"]["text"]
    )
    indices = [p["point_index"] for p in points]
    event = {
        "selection": {"points": list(points), "point_indices": indices, "box": [], "lasso": []}
    }
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = element.proto.id
    state.string_value = json.dumps(event)
    at._run(states)
    assert not at.exception, at.exception


def drilled(at) -> str:
    """The entity whose sentences the drill-down shows."""
    return next(m.value for m in at.markdown if m.value.startswith("Sentences that mention"))


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
    section(at, "Who each group covers")
    entities = chart(at, "Distinctive entities of each group")
    assert bars(entities, "RT")[0] == "Sergey Lavrov"
    assert bars(entities, "Center")[0] == "Estonia"
    words = chart(at, "Distinctive words of each group")
    assert bars(words, "RT")[0] == "lavrov"
    section(at, "One group against another")
    scatter = chart(at, "Entities: RT against Center")
    rt_side = next(t for t in scatter["data"] if t.get("name") == "more typical of RT")
    assert rt_side["customdata"][0][0] == "person:sergey-lavrov"
    section(at, "Tone")
    assert any(tone.TRUST_NOTE in i.value for i in at.info)
    assert titles(at) == [
        "Tone by group over time",
        "Tone of the sentences that mention each entity, by group",
        "Tone of the sentences that mention each entity, over time, by group",
    ]
    assert at.query_params["g1"] == "source:RT"

    # The CSV the entities chart downloads: the same rows as its bars.
    section(at, "Who each group covers")
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


TONE_CHARTS = [
    "Tone by group over time",
    "Tone of the sentences that mention each entity, by group",
    "Tone of the sentences that mention each entity, over time, by group",
]
# The queries of the sections out of sight by default.
HIDDEN_QUERIES = {"entity_shares", "pair_terms", "group_tone", "entity_tone", "article_tone"}


def test_only_the_open_section_is_computed_and_drawn(monkeypatch, multisource_dir):
    cached.clear_query_caches()
    ui.QUERY_TIMES.clear()
    at = app(monkeypatch, multisource_dir, "pages/compare.py", g1="source:RT", g2="source:CNN")
    assert [t.label for t in at.tabs] == list(cu.SECTIONS)
    assert titles(at) == ["Coverage volume by group"]
    assert cu.K_SECTION not in at.query_params  # the default section: a short link
    ran = {name.rsplit(".", 1)[-1] for name, _ in ui.QUERY_TIMES}
    assert "group_volume" in ran and not ran & HIDDEN_QUERIES
    # The drill-down below the sections: its list needs none of their queries.
    assert drilled(at) == "Sentences that mention **Montenegro**, in each group:"  # CNN's first

    # A shared link to the Tone section, by year: the tone charts only, by year.
    ui.QUERY_TIMES.clear()
    at = app(
        monkeypatch,
        multisource_dir,
        "pages/compare.py",
        g1="source:RT",
        g2="source:CNN",
        cmp_tab="Tone",
        cmp_freq="year",
    )
    assert titles(at) == TONE_CHARTS
    ran = {name.rsplit(".", 1)[-1] for name, _ in ui.QUERY_TIMES}
    assert "group_volume" not in ran and {"group_tone", "entity_tone"} <= ran
    # The per-article table is filled only when its expander is opened.
    assert "article_tone" not in ran
    assert not any("tone_se" in d.value.columns for d in at.dataframe)
    at.session_state["cmp_article_tone"] = True
    at.run()
    per_article = next(d.value for d in at.dataframe if "tone_se" in d.value.columns)
    assert sorted(per_article["group"].unique()) == ["CNN", "RT"]
    assert per_article["article_id"].is_unique and len(per_article) == 8  # 4 articles each
    assert at.segmented_control(key="cmp_freq").value == "YS"
    years = {x[:10] for t in chart(at, "Tone by group over time")["data"] for x in t["x"]}
    assert years == {"2016-01-01", "2019-01-01"}
    # The period is one choice for both sections that draw time: back to the volume, by year.
    section(at, "Coverage over time")
    assert titles(at) == ["Coverage volume by group"]
    assert at.segmented_control(key="cmp_freq").value == "YS"
    volume = chart(at, "Coverage volume by group")["data"][0]
    counted = [x[:10] for x, n in zip(volume["x"], plotly_values(volume["y"]), strict=True) if n]
    assert counted[0] == "2016-01-01"
    assert volume["x"][0][:10] == "2015-01-01"  # an empty year each side gives the axis its scale


def test_an_option_of_a_closed_section_survives_a_visit_to_another(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/compare.py", g1="source:RT", g2="source:CNN")
    at.segmented_control(key="cmp_measure").set_value("share").run()
    section(at, "Tone")
    section(at, "Coverage over time")
    assert at.segmented_control(key="cmp_measure").value == "share"
    assert titles(at) == ["Coverage volume by group (share of each group's articles)"]


def test_a_click_in_one_section_drives_the_drill_down_after_switching(monkeypatch, multisource_dir):
    at = app(
        monkeypatch,
        multisource_dir,
        "pages/compare.py",
        g1="source:RT",
        g2="label:Center,meta:leaning=center",
    )
    assert drilled(at) == "Sentences that mention **Estonia**, in each group:"  # the list's first
    section(at, "Who each group covers")
    shares = chart(at, "Share of each group's articles that mention an entity")
    rt = next(t for t in shares["data"] if t["name"] == "RT")
    index = next(i for i, row in enumerate(rt["customdata"]) if row[0] == "org:us-dod")
    point = {"curve_number": 1, "point_number": index, "point_index": index}
    click(at, "Share of each group's", {**point, "customdata": rt["customdata"][index]})
    expected = "Sentences that mention **US Department of Defense**, in each group:"
    assert drilled(at) == expected
    # The share chart is gone with its section; the entity clicked in it stays.
    section(at, "Tone")
    assert "Share of each group's articles that mention an entity" not in titles(at)
    assert drilled(at) == expected
    assert not any(s.key == "cmp_entity" for s in at.selectbox)  # the click, not the list
    # and after more work in that section (the chart's own state is gone by now)
    at.multiselect(key="cmp_tone_entities").set_value(["country:EST"]).run()
    assert "cmp-share-chart" not in at.session_state
    assert drilled(at) == expected
    sentences = next(d.value for d in at.dataframe if "sentence" in d.value.columns)
    assert set(sentences["source"]) == {"RT"} and len(sentences) >= 3
    # Back to the list, by its button.
    button(at, "Choose from the list instead").click().run()
    assert drilled(at) == "Sentences that mention **Estonia**, in each group:"
    assert at.selectbox(key="cmp_entity").value == "country:EST"
    # A double-click on the chart that holds the click clears it too.
    section(at, "Who each group covers")
    click(at, "Share of each group's", {**point, "customdata": rt["customdata"][index]})
    assert drilled(at) == expected
    click(at, "Share of each group's")
    assert drilled(at) == "Sentences that mention **Estonia**, in each group:"


def test_groups_edited_in_the_form_go_to_the_url(monkeypatch, multisource_dir):
    at = app(monkeypatch, multisource_dir, "pages/compare.py")
    # By default one group per source, most articles first, ties by name.
    assert at.dataframe[0].value["group"].tolist() == ["CNN", "RT", "Reuters"]
    assert at.query_params["g3"] == "source:Reuters"
    at.segmented_control(key="cmp_n").set_value(2).run()
    assert "g3" not in at.query_params
    # The form is drawn only when opened (a filter change need not redraw it).
    assert not [w for w in at.multiselect if w.key == "cmp_g2_source"]
    at.toggle(key="cmp_edit").set_value(True).run()
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
    section(at, "One group against another")
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
