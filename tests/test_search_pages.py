"""The search query in the dashboard (Streamlit's AppTest) on nine fixture articles
(tests/search_corpus.py): exact hit sets and counts after a query change, in the URL, the
subtitles, the export names, saved views and Compare's groups; a malformed query keeps the
previous selection and says where it fails; entities and a query intersect; the Overview's
attention chart and the Articles page's hits in context; a run without an index gets one."""

from __future__ import annotations

import pytest

from lib import queries, store, ui
from lib.charts import export
from lib.engine.search_index import index_folder
from lib.queries import compare, views
from lib.queries.filters import Filters
from lib.search import index_info
from tests import search_corpus
from tests.apptest import app
from tests.conftest import plotly_values
from tests.search_corpus import HITS, PUTIN, ids
from tests.test_pages import chart, metrics, trace

PUTIN_ID = "person:vladimir-putin"


def plain(markdown: str) -> str:
    """A message as shown: without the backslashes that keep its text from being markdown."""
    return markdown.replace("\\", "")


@pytest.fixture(scope="module")
def search_dir(tmp_path_factory):
    return search_corpus.write_dataset(tmp_path_factory.mktemp("search") / "processed")


@pytest.fixture(scope="module")
def corpus(search_dir):
    loaded = queries.build_corpus(queries.read_tables(search_dir))
    loaded.search_dir = index_folder(store.current_run(search_dir))
    return loaded


def selected(corpus, **filters) -> set[str]:
    return set(corpus.select(Filters(**filters)))


@pytest.mark.parametrize("query", list(HITS))
def test_the_query_filter_selects_exactly_its_hits(corpus, query):
    assert selected(corpus, keyword=query) == HITS[query]


def test_entities_and_a_query_intersect(corpus):
    """Articles that mention person:vladimir-putin AND match sanction*."""
    assert selected(corpus, entities=(PUTIN_ID,)) == PUTIN
    assert selected(corpus, entities=(PUTIN_ID,), keyword="sanction*") == ids("s02.txt", "s03.txt")
    assert selected(corpus, entities=(PUTIN_ID, "org:nato"), keyword="sanction*") == ids("s02.txt")
    assert selected(corpus, entities=(PUTIN_ID,), keyword="sanction* AND NOT Erdogan") == ids(
        "s02.txt"
    )
    assert selected(corpus, sources=("Reuters",), keyword="sanction*") == ids("s04.txt", "s06.txt")
    assert selected(corpus, keyword="sanction*", end=Filters.from_query_params(
        {"to": "2016-01-13"}
    ).end) == ids("s02.txt", "s03.txt")  # fmt: skip


def test_the_query_in_subtitles_export_names_views_and_groups():
    f = Filters(keyword='NATO  AND "Black Sea"')
    assert f.describe().endswith('query “nato AND "black sea"”')
    assert export.filename("volume", f, "png") == "volume_q-nato-and-black-sea.png"
    assert Filters.from_query_params(f.to_query_params()) == f  # the URL keeps it as typed
    view = views.View("Black Sea", "dashboard.py", f.to_query_params())
    assert view.filters.keyword == f.keyword
    group = compare.parse_group("label:Baltic,q:NATO AND Baltic*")
    assert group.filters.keyword == "NATO AND Baltic*"
    assert compare.parse_group(compare.format_group(group)) == group
    assert compare.derive_label(Filters(keyword='NATO AND "Black Sea"')) == '“nato AND "black sea"”'
    assert compare.format_group(compare.Group(Filters(keyword="a, b"))) == "q:a%2C b"


def test_a_query_change_changes_the_counts_and_the_url(monkeypatch, search_dir):
    at = app(monkeypatch, search_dir)
    assert metrics(at)["Articles"] == "9"
    at.sidebar.text_input(key=ui.K_Q).set_value("NATO AND Baltic*").run()
    assert not at.error
    assert metrics(at)["Articles"] == "3"
    assert at.query_params["q"] == "NATO AND Baltic*"
    people = chart(at, "Most mentioned people")
    assert "query “nato AND baltic*”" in people["layout"]["title"]["text"]
    # the attention chart: matching articles per week against all, and their share
    spec = chart(at, "Articles matching “nato AND baltic*” per week")
    matching = plotly_values(trace(spec, "matching the query")["y"])
    total = plotly_values(trace(spec, "all articles of the selection")["y"])
    share = plotly_values(trace(spec, "share matching")["y"])
    assert (sum(matching), sum(total)) == (2, 8)  # s01, s05 (s09 is undated) of 8 dated
    assert matching == [1, 0, 1, 0] and total == [2, 2, 2, 2]
    assert share == [50.0, 0.0, 50.0, 0.0]
    assert any("3 of the 9 articles" in c.value for c in at.caption)

    at.sidebar.text_input(key=ui.K_Q).set_value("sanction*").run()
    assert metrics(at)["Articles"] == "4"
    assert at.query_params["q"] == "sanction*"
    at.sidebar.multiselect(key=ui.K_ENTITY).set_value([PUTIN_ID]).run()
    assert metrics(at)["Articles"] == "2"  # mentions Putin AND matches sanction*
    at.sidebar.text_input(key=ui.K_Q).set_value("").run()
    assert metrics(at)["Articles"] == "3" and "q" not in at.query_params


def test_a_malformed_query_keeps_the_previous_selection(monkeypatch, search_dir):
    at = app(monkeypatch, search_dir, q="sanction*")
    assert metrics(at)["Articles"] == "4"
    at.sidebar.text_input(key=ui.K_Q).set_value("NATO AND (Baltic OR Estonia").run()
    assert not at.exception
    [error] = at.sidebar.error
    assert "unbalanced parenthesis at character 9" in error.value
    assert "“sanction*” stays in force" in plain(error.value)
    assert "NATO AND (Baltic OR Estonia\n         ^" in [c.value for c in at.sidebar.code]
    assert metrics(at)["Articles"] == "4"  # the previous selection stays
    assert at.query_params["q"] == "sanction*"
    at.sidebar.text_input(key=ui.K_Q).set_value("NATO AND (Baltic OR Estonia)").run()
    assert not at.sidebar.error and metrics(at)["Articles"] == "3"
    # a malformed query in a link: nothing applied, the message shown
    at = app(monkeypatch, search_dir, q="nato or russia")
    assert "'or' at character 5: write OR for the operator" in plain(at.sidebar.error[0].value)
    assert metrics(at)["Articles"] == "9" and "q" not in at.query_params


def test_a_saved_view_keeps_the_query(monkeypatch, search_dir):
    at = app(monkeypatch, search_dir, q="NATO AND Baltic*")
    at.sidebar.text_input(key="view_name").set_value("Baltic")
    at.sidebar.button(key="view_save").click().run()
    at.sidebar.text_input(key=ui.K_Q).set_value("sanction*").run()
    assert metrics(at)["Articles"] == "4"
    at.sidebar.button(key="view_restore_Baltic").click().run()
    assert not at.exception
    assert at.sidebar.text_input(key=ui.K_Q).value == "NATO AND Baltic*"
    assert metrics(at)["Articles"] == "3" and at.query_params["q"] == "NATO AND Baltic*"


def test_hits_in_context_on_the_articles_page(monkeypatch, search_dir):
    at = app(monkeypatch, search_dir, "pages/articles.py", q="NATO AND Baltic*")
    assert plain(at.subheader[0].value) == "“nato AND baltic*” in context"
    hits = at.dataframe[0].value
    assert hits["hit"].tolist().count("NATO") == 3 and hits["hit"].tolist().count("Baltic") == 5
    assert len(hits) == 8  # s01: 3, s05: 3, s09: 2; terms as the articles write them
    # relevance: BM25 best first; date: newest first, the undated article last
    assert hits["score"].is_monotonic_decreasing
    at.radio(key="art_hits_order").set_value("date").run()
    by_date = at.dataframe[0].value
    stories = [t.split(":")[0] for t in by_date["title"]]
    assert stories == ["Story 5"] * 3 + ["Story 1"] * 3 + ["Story 9"] * 2
    assert by_date.iloc[3:6][["left", "hit", "right"]].values.tolist() == [
        ["", "NATO", "moved troops to the Baltic states. Russia called the Baltic"],
        [
            "NATO moved troops to the",
            "Baltic",
            "states. Russia called the Baltic deployment a provocation.",
        ],
        [
            "NATO moved troops to the Baltic states. Russia called the",
            "Baltic",
            "deployment a provocation.",
        ],
    ]
    # the article list holds the three matching articles; the reader marks the hits, as text
    assert len(at.dataframe[1].value) == 3
    body = " ".join(h.proto.body for h in at.get("html"))
    assert body.count("<mark>") == 3 and "<mark>Baltic</mark>" in body  # Story 5 (newest)


def test_compare_groups_by_query(monkeypatch, search_dir):
    at = app(
        monkeypatch,
        search_dir,
        "pages/compare.py",
        g1="q:NATO AND Baltic*",
        g2='q:NATO AND "Black Sea"',
    )
    assert not at.exception
    sizes = at.dataframe[0].value
    assert sizes["n_articles"].tolist() == [3, 1]
    assert sizes["group"].tolist() == ["“nato AND baltic*”", '“nato AND "black sea"”']
    # a malformed query in the form: the group keeps its query, the message says where
    at.toggle(key="cmp_edit").set_value(True).run()
    at.text_input(key="cmp_g2_q").set_value('NATO AND "Black Sea')
    next(b for b in at.button if b.label == "Compare").click().run()
    assert any("Group 2: the search query does not parse" in e.value for e in at.error)
    assert at.dataframe[0].value["n_articles"].tolist() == [3, 1]
    assert at.query_params["g2"] == 'q:NATO AND "Black Sea"'


def test_a_run_without_an_index_gets_one_on_first_need(monkeypatch, tmp_path):
    out = search_corpus.write_dataset(tmp_path / "processed", with_index=False)
    assert index_info(index_folder(store.current_run(out))) is None
    at = app(monkeypatch, out, q="sanction*")
    assert not at.error and metrics(at)["Articles"] == "4"
    assert index_info(index_folder(store.current_run(out))).documents == 9


def test_a_run_whose_index_cannot_be_written_says_to_preprocess_again(monkeypatch, tmp_path):
    from lib.queries import fulltext

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    out = search_corpus.write_dataset(tmp_path / "processed", with_index=False)
    monkeypatch.setattr(fulltext, "sync_index", read_only)
    at = app(monkeypatch, out, q="sanction*")
    assert not at.exception
    assert "python -m lib.preprocess" in at.sidebar.error[0].value
    assert metrics(at)["Articles"] == "9"  # no query applied
