"""Every page in Streamlit's AppTest: it renders on the sample corpus, and changing a filter
changes the data behind its charts and tables. The same filters live in the URL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from lib import store, ui
from lib.ui import cached
from tests import synthetic
from tests.apptest import app
from tests.conftest import plotly_values

PAGES = [
    "pages/cooccurrence.py",
    "pages/timeline.py",
    "pages/map.py",
    "pages/entities.py",
    "pages/articles.py",
    "pages/add_articles.py",
]


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory, sample_dataset):
    out = tmp_path_factory.mktemp("sample") / "processed"
    store.write_dataset(sample_dataset, out)
    return out


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory):
    return synthetic.write_dataset(tmp_path_factory.mktemp("synthetic") / "processed")


def charts(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def chart(at: AppTest, title: str) -> dict:
    return next(c for c in charts(at) if title in c["layout"]["title"]["text"])


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def trace(spec: dict, name: str) -> dict:
    return next(t for t in spec["data"] if t.get("name") == name)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_the_sample_corpus(monkeypatch, sample_dir, page):
    at = app(monkeypatch, sample_dir, page)
    assert not at.error
    if page != "pages/add_articles.py":
        assert charts(at) or at.dataframe, f"{page} shows nothing"
    assert at.sidebar.multiselect(key=ui.K_ENTITY).options  # the shared filters are there


def test_overview_entity_filter_changes_the_counts(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, lang="en")  # the English seeds, as before the Russian one
    people = chart(at, "Most mentioned people")["data"][0]
    assert dict(zip(people["y"], plotly_values(people["x"]), strict=True))["Jens Stoltenberg"] == 13
    at.sidebar.multiselect(key=ui.K_ENTITY).set_value(["person:donald-trump"]).run()
    assert metrics(at)["Articles"] == "1"
    people = chart(at, "Most mentioned people")
    counts = dict(zip(people["data"][0]["y"], plotly_values(people["data"][0]["x"]), strict=True))
    assert counts["Donald Trump"] == 1 and counts["Jens Stoltenberg"] < 13
    assert "Donald Trump" in people["layout"]["title"]["text"]  # the subtitle says the filter
    assert at.query_params["entity"] == "person:donald-trump"


def test_overview_type_filter_hides_the_other_charts(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir)
    at.sidebar.multiselect(key=ui.K_TYPE).set_value(["country"]).run()
    titles = [c["layout"]["title"]["text"] for c in charts(at)]
    assert any("countries" in t for t in titles) and not any("people" in t for t in titles)


def test_cooccurrence_type_filter_and_level(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, "pages/cooccurrence.py")
    heat = chart(at, "Co-occurrence matrix")
    assert "sentence level" in heat["layout"]["title"]["text"]
    labels = heat["layout"]["xaxis"]["ticktext"]
    assert any("Russia" in label for label in labels)
    at.sidebar.multiselect(key=ui.K_TYPE).set_value(["person"]).run()
    labels = chart(at, "Co-occurrence matrix")["layout"]["xaxis"]["ticktext"]
    assert labels and all(
        "#4C78A8" in label for label in labels
    )  # people only, in the people colour
    net = chart(at, "Co-occurrence network")
    assert {t["name"] for t in net["data"] if t.get("mode") == "markers+text"} == {"People"}
    at.segmented_control(key="co_level").set_value("article").run()
    assert "article level" in chart(at, "Co-occurrence matrix")["layout"]["title"]["text"]
    sentences = at.dataframe[0].value
    assert len(sentences) and "sentence" in sentences.columns


def test_cooccurrence_drill_down_lists_the_sentences_of_a_pair(monkeypatch, synthetic_dir):
    at = app(monkeypatch, synthetic_dir, "pages/cooccurrence.py")
    at.number_input(key="co_min").set_value(1).run()
    pair = ("event:su24-downing-2015", "person:vladimir-putin")  # source < target
    at.selectbox(key="co_pair").set_value(pair).run()
    sentences = at.dataframe[0].value
    assert sentences["sentence"].tolist() == [
        "Vladimir Putin called the downing of the Russian jet a stab in the back."
    ]
    # The pair named as in the picker: both names, the weight and the count of the pairs table.
    picker = at.selectbox(key="co_pair")
    assert picker.format_func(pair) == (
        "Downing of the Russian Su-24 by Turkey — Vladimir Putin (NPMI 0.15, 1 sentences)"
    )
    assert (
        "Downing of the Russian Su\\-24 by Turkey — Vladimir Putin \\(NPMI 0\\.15, 1 sentences\\)"
        in [m.value.strip("*") for m in at.markdown]
    )


def test_timeline_date_range_changes_the_marks(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, "pages/timeline.py")
    fig = chart(at, "Timeline")
    marks = trace(fig, "knowledge-base events")
    assert any(t.startswith("NATO leaders") for t in marks["text"])
    assert fig["layout"]["xaxis"]["range"][0].startswith("2015-11-24")
    at.sidebar.date_input(key=ui.K_FROM).set_value(date(2016, 1, 1))
    at.sidebar.date_input(key=ui.K_TO).set_value(date(2016, 12, 31)).run()
    fig = chart(at, "Timeline")
    names = trace(fig, "knowledge-base events")["text"]
    assert "NATO Warsaw summit" in names and not any(t.startswith("NATO leaders") for t in names)
    assert fig["layout"]["xaxis"]["range"][0].startswith("2016-01-01")
    assert (at.query_params["from"], at.query_params["to"]) == ("2016-01-01", "2016-12-31")


def test_timeline_lines_follow_the_selected_entities_and_an_event_opens_its_articles(
    monkeypatch, synthetic_dir
):
    at = app(monkeypatch, synthetic_dir, "pages/timeline.py")
    at.sidebar.multiselect(key=ui.K_ENTITY).set_value(["person:donald-trump"]).run()
    lines = [t["name"] for t in chart(at, "Timeline")["data"] if t.get("mode") == "lines+markers"]
    assert lines == ["Donald Trump"]
    at.selectbox(key="tl_event").set_value("event:trump-putin-helsinki-2018").run()
    articles = at.dataframe[0].value
    assert articles["title"].str.startswith("Story 5").tolist() == [True]


def test_entities_search_and_profile(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, "pages/entities.py")
    at.text_input(key="ent_search").set_value("stoltenberg").run()
    table = at.dataframe[0].value
    assert table["entity_id"].tolist() == ["person:jens-stoltenberg"]
    assert at.header[0].value == "Jens Stoltenberg"
    partners = chart(at, "Who and what appears with Jens Stoltenberg")
    assert "Russia" in partners["data"][0]["y"]
    quotes = next(d.value for d in at.dataframe[1:] if "speaker_text" in d.value)
    assert quotes["text"].str.contains("Russia").any()  # his quotes
    merged = next(d.value for d in at.dataframe[1:] if "linked_from" in d.value)
    # the merge log: the surname (which the model took for an organisation) linked to him
    assert ("Stoltenberg", "article", "org:stoltenberg") in set(
        zip(merged["alias"], merged["link"], merged["linked_from"], strict=True)
    )
    at.sidebar.multiselect(key=ui.K_TYPE).set_value(["country"]).run()
    at.text_input(key="ent_search").set_value("").run()
    assert set(at.dataframe[0].value["type"]) == {"country"}


def test_entity_quotes_table_sends_the_first_rows(monkeypatch, sample_dir):
    """The browser gets the first SHOWN_ROWS quotes and a caption says how many there are."""
    from lib.ui import clicks

    at = app(monkeypatch, sample_dir, "pages/entities.py")
    at.text_input(key="ent_search").set_value("stoltenberg").run()
    quotes = next(d.value for d in at.dataframe[1:] if "speaker_text" in d.value)
    assert len(quotes) >= 2
    monkeypatch.setattr(clicks, "SHOWN_ROWS", 1)
    at.run()
    first = next(d.value for d in at.dataframe[1:] if "speaker_text" in d.value)
    assert first.to_dict("records") == quotes.head(1).to_dict("records")
    assert f"The first 1 of {len(quotes):,} (the CSV below has all)." in [
        c.value for c in at.caption
    ]


def test_entities_profile_from_the_url(monkeypatch, synthetic_dir):
    at = app(monkeypatch, synthetic_dir)
    at.query_params["id"] = "event:nato-summit-warsaw-2016"
    at.switch_page("pages/entities.py").run()
    assert at.header[0].value == "NATO Warsaw summit"


def test_articles_keyword_and_entity_filters(monkeypatch, sample_dir):
    at = app(monkeypatch, sample_dir, "pages/articles.py", lang="en")  # the English seeds
    assert len(at.dataframe[0].value) == 2
    at.sidebar.text_input(key=ui.K_Q).set_value("ISIL").run()
    hits = at.dataframe[0].value
    assert set(hits["hit"]) == {"ISIL"} and len(hits) == 2
    assert len(at.dataframe[1].value) == 1
    assert at.query_params["q"] == "ISIL"


def test_reader_shows_hostile_markup_as_text(monkeypatch, synthetic_dir):
    aid = synthetic.article_id("a10.txt")
    at = app(monkeypatch, synthetic_dir, article=aid)
    at.switch_page("pages/articles.py").run()
    body = " ".join(h.proto.body for h in at.get("html"))
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in body
        and "&lt;img src=x onerror=alert(1)&gt;" in body
    )
    assert "<script" not in body and "<img" not in body


def test_a_filter_change_does_not_ask_the_whole_corpus_questions_again(monkeypatch, synthetic_dir):
    """What no filter changes (the reader's article: its mentions, events and quotes; an
    entity's profile and merge log) is asked once per run and argument, not on every rerun;
    the page shows the same either way."""
    aid = synthetic.article_id("a10.txt")
    cached.clear_query_caches()
    at = app(monkeypatch, synthetic_dir, article=aid)
    ui.QUERY_TIMES.clear()
    at.switch_page("pages/articles.py").run()
    once = {"article_mentions", "article_events", "article_quotes"}
    asked = {name.rsplit(".", 1)[-1] for name, _ in ui.QUERY_TIMES}
    assert once <= asked
    header, body = at.header[0].value, [h.proto.body for h in at.get("html")]
    ui.QUERY_TIMES.clear()
    at.sidebar.multiselect(key=ui.K_TYPE).set_value(["country"]).run()
    assert not at.exception
    assert not once & {name.rsplit(".", 1)[-1] for name, _ in ui.QUERY_TIMES}
    assert ui.QUERY_TIMES  # the filtered questions were asked again
    assert at.header[0].value == header and [h.proto.body for h in at.get("html")] == body
    at.query_params["id"] = "event:nato-summit-warsaw-2016"
    at.switch_page("pages/entities.py").run()
    ui.QUERY_TIMES.clear()
    at.sidebar.multiselect(key=ui.K_TYPE).set_value(["country", "event"]).run()
    assert at.header[0].value == "NATO Warsaw summit"
    asked = {name.rsplit(".", 1)[-1] for name, _ in ui.QUERY_TIMES}
    assert not {"entity_profile", "merge_log"} & asked and asked


def test_filters_come_from_the_url_and_survive_page_switches(monkeypatch, synthetic_dir):
    at = app(
        monkeypatch,
        synthetic_dir,
        entity=["person:donald-trump", "person:vladimir-putin"],
        source="Reuters",
        to="2018-12-31",
    )
    assert metrics(at)["Articles"] == "1"  # the Helsinki summit story of Reuters
    for page in ("pages/timeline.py", "pages/articles.py"):
        at.switch_page(page).run()
        assert at.sidebar.multiselect(key=ui.K_ENTITY).value == [
            "person:donald-trump",
            "person:vladimir-putin",
        ]
        assert at.query_params["source"] == "Reuters"
    assert len(at.dataframe[0].value) == 1
    at.sidebar.button[0].click().run()  # reset
    assert "entity" not in at.query_params and len(at.dataframe[0].value) == 10


def test_no_articles_match(monkeypatch, synthetic_dir):
    at = app(monkeypatch, synthetic_dir, q="no such words anywhere")
    assert metrics(at)["Articles"] == "0"
    assert any("No articles match these filters" in i.value for i in at.info)
    for page in PAGES[:4]:
        at.switch_page(page).run()
        assert not at.exception
        assert any("No articles match" in i.value for i in at.info), page


# -- the Russian seed article ---------------------------------------------------------------


def test_language_filter_from_the_url_and_the_russian_article_in_the_reader(
    monkeypatch, sample_dir
):
    at = app(monkeypatch, sample_dir, "pages/articles.py", lang="ru")
    assert at.sidebar.multiselect(key=ui.K_LANG).value == ["ru"]
    table = at.dataframe[0].value
    assert list(table["source"]) == ["RIA Novosti"]
    body = " ".join(h.proto.body for h in at.get("html"))
    assert 'class="lens-article" lang="ru"' in body
    # Russian text, its entities highlighted under their English names
    assert 'title="Jens Stoltenberg (People)"' in body and ">Йенс Столтенберг</span>" in body
    assert any("in Russian" in c.value for c in at.caption)
    at.sidebar.multiselect(key=ui.K_LANG).set_value(["en", "ru"]).run()
    assert list(at.query_params["lang"]) == ["en", "ru"]
    assert len(at.dataframe[0].value) == 3


def test_compare_by_language_says_there_is_no_tone_for_russian(monkeypatch, sample_dir):
    at = app(
        monkeypatch, sample_dir, "pages/compare.py", g1="lang:ru", g2="lang:en", cmp_tab="Tone"
    )
    assert not at.exception
    sizes = at.dataframe[0].value
    assert list(sizes["group"]) == ["Russian", "English"]
    assert list(sizes["n_articles"]) == [1, 2]
    warnings = " ".join(w.value for w in at.warning)
    assert "No tone for 1 article(s) in Russian" in warnings
    tone_titles = [
        c["layout"]["title"]["text"] for c in charts(at) if "tone" in c["layout"]["title"]["text"]
    ]
    assert len(tone_titles) == 3  # the Tone section's charts, each saying so
    assert all("no tone for other languages" in t for t in tone_titles)
