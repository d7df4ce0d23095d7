"""The analyst's hand on the data, in Streamlit's AppTest: entity corrections made from the
Entities page (merge, hide, undo, rename, split, type) show on every page and after a
reload; a range brushed on a time chart sets the date filter; views are saved and restored.

The corpus is tests/curation_corpus.py: four articles in which the extractor keeps "Andrei
Kelin" (5 mentions, 2 articles) and "Andrey Kelin" (4 mentions, 2 articles) apart and takes
"Motherboard" (2 mentions, 2 articles) for a person. The corrections and views files are in a temp folder
($LENS_CURATION, $LENS_VIEWS).
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from lib import queries, ui
from lib.charts import export
from lib.queries import curation, views
from lib.queries.curation.operations import Hide, Merge
from lib.ui import loaders, saved_views
from tests import curation_corpus
from tests.apptest import open_app as app
from tests.conftest import plotly_values

KELIN, KELIN_Y, MOTHERBOARD = "person:andrei-kelin", "person:andrey-kelin", "person:motherboard"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return curation_corpus.write_tables(tmp_path_factory.mktemp("kelin"))


@pytest.fixture
def files(tmp_path, monkeypatch, tables):
    """A fresh corrections file and views file for each test."""
    paths = {"curation": tmp_path / "curation.yaml", "views": tmp_path / "views.json"}
    monkeypatch.setenv(ui.DATA_ENV, str(tables))
    monkeypatch.setenv(ui.CURATION_ENV, str(paths["curation"]))
    monkeypatch.setenv(saved_views.VIEWS_ENV, str(paths["views"]))
    return paths


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def chart(at: AppTest, title: str) -> dict:
    specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    return next(c for c in specs if title in c["layout"]["title"]["text"])


def bars(at: AppTest, title: str) -> dict[str, int]:
    trace = chart(at, title)["data"][0]
    return dict(zip(trace["y"], plotly_values(trace["x"]), strict=True))


def entity_table(at: AppTest):
    return next(d.value for d in at.dataframe if "entity_id" in d.value.columns)


def shown(markdown: str) -> str:
    """What the reader sees of Markdown whose data was escaped by ui.plain."""
    return re.sub(r"\\(.)", r"\1", markdown)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def merge_kelins(at: AppTest) -> AppTest:
    """On the Entities page showing Andrei Kelin: merge Andrey Kelin into him."""
    assert at.header[0].value == "Andrei Kelin"
    merge_with = at.multiselect(key="ent-edit-merge-with")
    assert merge_with.options[0] == "Andrey Kelin · person (4)"  # the similar name first, counted
    merge_with.set_value([KELIN_Y])
    run(at)
    assert at.radio(key="ent-edit-merge-keep").value == KELIN
    at.button(key="ent-edit-merge").click()
    return run(at)


# -- corrections --------------------------------------------------------------------------------


def test_merge_and_hide_show_on_every_page_and_after_a_reload(files):
    at = app("pages/entities.py", id=KELIN)
    assert metric(at, "Mentions (whole corpus)") == "5"
    merge_kelins(at)
    assert [shown(s.value) for s in at.success] == [f"Saved: merge {KELIN_Y} into {KELIN}."]
    assert curation.load_curation(files["curation"]).operations == (Merge((KELIN_Y,), KELIN),)
    assert at.header[0].value == "Andrei Kelin"
    assert metric(at, "Mentions (whole corpus)") == "9"
    assert metric(at, "Articles (these articles)") == "4"
    assert set(entity_table(at)["entity_id"]) >= {KELIN, MOTHERBOARD} and KELIN_Y not in set(
        entity_table(at)["entity_id"]
    )
    written_as = next(m.value for m in at.markdown if m.value.startswith("**Written as**"))
    assert written_as == "**Written as** “Andrei Kelin”, “Andrey Kelin”, “Kelin”"

    at.query_params["id"] = MOTHERBOARD
    run(at)
    assert at.header[0].value == "Motherboard"
    at.button(key="ent-edit-hide").click()
    run(at)
    assert curation.load_curation(files["curation"]).operations == (
        Merge((KELIN_Y,), KELIN),
        Hide(MOTHERBOARD),
    )
    assert MOTHERBOARD not in set(entity_table(at)["entity_id"])
    assert "id" not in at.query_params  # the hidden entity is no longer on show
    assert at.button(key="ent-cur-undo").label == f"Undo last correction: hide {MOTHERBOARD}"
    assert at.selectbox(key="ent-cur-hidden").options == [f"Motherboard · {MOTHERBOARD}"]

    # A reload: a new session reads the file; the overview's charts show the corrections.
    at = app()
    people = bars(at, "Most mentioned people")
    assert people["Andrei Kelin"] == 9
    assert "Andrey Kelin" not in people and "Motherboard" not in people
    # 21 extracted ("told Sputnik" in Sputnik's own article is its source: lib.engine.own_outlet;
    # "NATO summit opens in Warsaw" on 8 July 2016 is the Warsaw summit; "Zapad drills" is the
    # exercise, not a person; the headline in sentence case "Russian ambassador summoned in
    # London" names the city; "MOSCOW (Sputnik) -" names Moscow, where the story was filed),
    # one merged away, one hidden
    assert metric(at, "Entities") == "19"
    sidebar = at.sidebar.multiselect(key=ui.K_ENTITY).options
    assert any(o.startswith("Andrei Kelin · person (9)") for o in sidebar)
    assert not any(o.startswith(("Andrey Kelin", "Motherboard")) for o in sidebar)


def test_undo_and_unhide(files):
    at = app("pages/entities.py", id=MOTHERBOARD)
    at.button(key="ent-edit-hide").click()
    run(at)
    assert "Motherboard" not in bars(run(at.switch_page("dashboard.py")), "Most mentioned people")
    at.switch_page("pages/entities.py")
    run(at)
    at.button(key="ent-cur-undo").click()
    run(at)
    assert [shown(s.value) for s in at.success] == [f"Undone: hide {MOTHERBOARD}."]
    assert curation.load_curation(files["curation"]).operations == ()
    assert MOTHERBOARD in set(entity_table(at)["entity_id"])

    at.query_params["id"] = MOTHERBOARD
    run(at)
    at.button(key="ent-edit-hide").click()
    run(at)
    at.selectbox(key="ent-cur-hidden").set_value(MOTHERBOARD)
    at.button(key="ent-cur-unhide").click()
    run(at)
    assert [type(op).__name__ for op in curation.load_curation(files["curation"]).operations] == [
        "Hide",
        "Unhide",
    ]
    assert MOTHERBOARD in set(entity_table(at)["entity_id"])
    assert bars(run(at.switch_page("dashboard.py")), "Most mentioned people")["Motherboard"] == 2


def test_a_merge_carries_the_entity_filter_along(files):
    at = app("pages/entities.py", id=KELIN, entity=KELIN_Y)
    assert metric(at, "Mentions (these articles)") == "0"  # the filter: Andrey's articles only
    merge_kelins(at)
    assert at.sidebar.multiselect(key=ui.K_ENTITY).value == [KELIN]
    assert at.query_params["entity"] == KELIN
    assert metric(at, "Mentions (these articles)") == "9"


def test_rename_split_and_change_type(files):
    at = app("pages/entities.py", id=KELIN)
    at.text_input(key="ent-edit-rename").set_value("Andrei Kelin (ambassador)")
    at.button(key="ent-edit-rename-btn").click()
    run(at)
    assert shown(at.header[0].value) == "Andrei Kelin (ambassador)"
    at.selectbox(key="ent-edit-split-alias").set_value("Kelin")
    at.text_input(key="ent-edit-split-name").set_value("Kelin (surname alone)")
    at.button(key="ent-edit-split").click()
    run(at)
    table = entity_table(at).set_index("entity_id")
    assert table.loc[KELIN, "n_mentions"] == 3  # "Andrei Kelin" x3; the two "Kelin" moved
    assert table.loc["person:kelin-surname-alone", "n_mentions"] == 2

    at.query_params["id"] = MOTHERBOARD  # the model's person; a process, here typed as an event
    run(at)
    at.selectbox(key="ent-edit-type").set_value("event")
    at.button(key="ent-edit-type-btn").click()
    run(at)
    assert entity_table(at).set_index("entity_id").loc[MOTHERBOARD, "type"] == "event"
    ops = [op.describe() for op in curation.load_curation(files["curation"]).operations]
    assert ops == [
        f"rename {KELIN} to 'Andrei Kelin (ambassador)'",
        f"split 'Kelin' off {KELIN} as 'Kelin (surname alone)'",
        f"set the type of {MOTHERBOARD} to event",
    ]


def test_an_edit_by_hand_shows_at_the_next_rerun(files):
    at = app()
    assert bars(at, "Most mentioned people")["Andrei Kelin"] == 5
    files["curation"].write_text(
        "operations:\n  - merge: [person:andrey-kelin]\n    into: person:andrei-kelin\n"
        "    name: Andrei Kelin (ambassador)\n",
        encoding="utf-8",
    )
    assert bars(run(at), "Most mentioned people")["Andrei Kelin (ambassador)"] == 9


def test_skipped_corrections_and_a_broken_file_are_shown(files):
    files["curation"].write_text(
        "operations:\n  - rename: person:nobody\n    name: Nobody\n  - hide: person:motherboard\n",
        encoding="utf-8",
    )
    at = app()
    assert "Motherboard" not in bars(at, "Most mentioned people")
    assert "1 entity correction skipped" in [e.label for e in at.sidebar.expander]
    assert any(
        "operation 1 (rename person:nobody to 'Nobody'): person:nobody is not in the data"
        in shown(c.value)
        for c in at.sidebar.caption
    )
    files["curation"].write_text("operations:\n  - hide: [oops\n", encoding="utf-8")
    run(at)
    assert "The entity corrections are not applied" in at.error[0].value
    assert str(files["curation"]) in shown(at.error[0].value)
    assert bars(at, "Most mentioned people")["Motherboard"] == 2  # as extracted meanwhile


def test_exports_come_from_the_curated_tables(files):
    """The CSV a chart downloads is written from the frames the dashboard loads."""
    curation.record(files["curation"], Merge((KELIN_Y,), KELIN))
    curation.record(files["curation"], Hide(MOTHERBOARD))
    corpus, curated = loaders._corpus(  # the dashboard's loader (its cache works without a server)
        str(ui.data_dir()),
        "test",
        str(files["curation"]),
        curation.curation_version(files["curation"]),
    )
    people = queries.top_entities(corpus, corpus.all_ids, entity_type="person")
    csv = export.frame_csv(people).decode("utf-8-sig").splitlines()
    assert csv[0] == "entity_id,name,type,n_mentions,n_articles"
    assert csv[1] == f"{KELIN},Andrei Kelin,person,9,4"
    assert not any(MOTHERBOARD in line or KELIN_Y in line for line in csv)
    assert curated.hidden["entity_id"].tolist() == [MOTHERBOARD]


# -- brushing ------------------------------------------------------------------------------------


def brush(at: AppTest, title: str, x0: str, x1: str, *, axis: str = "x2") -> AppTest:
    """What the browser sends when a range is dragged across a chart: the chart's selection
    state (AppTest has no plotly interaction of its own; tests/browser drags with the
    mouse)."""
    element = next(
        el
        for el in at.get("plotly_chart")
        if title in json.loads(el.proto.spec)["layout"]["title"]["text"]
    )
    selection = {
        "selection": {
            "points": [],
            "point_indices": [],
            "box": [{"xref": axis, "yref": axis.replace("x", "y"), "x": [x0, x1], "y": [0, 2]}],
            "lasso": [],
        }
    }
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = element.proto.id
    state.string_value = json.dumps(selection)
    at._run(states)
    assert not at.exception, at.exception
    return at


def test_brushing_the_timeline_sets_the_date_filter(files):
    at = app("pages/timeline.py")
    spec = chart(at, "Timeline")
    assert spec["layout"]["selectdirection"] == "h"  # a box is a range of dates
    assert "dragmode" not in spec["layout"]  # clicks on the marks still open their articles
    brush(at, "Timeline", "2016-06-20 13:01:02.5", "2016-07-31 08:00")
    assert at.sidebar.date_input(key=ui.K_FROM).value == date(2016, 6, 20)
    assert at.sidebar.date_input(key=ui.K_TO).value == date(2016, 7, 31)
    assert (at.query_params["from"], at.query_params["to"]) == ("2016-06-20", "2016-07-31")
    assert chart(at, "Timeline")["layout"]["xaxis"]["range"][0].startswith("2016-06-20")
    names = [t for t in chart(at, "Timeline")["data"] if t.get("name") == "knowledge-base events"]
    assert "NATO Warsaw summit" in names[0]["text"]  # 8-9 July 2016


def test_brushing_the_volume_chart(files):
    at = app()
    assert chart(at, "Coverage volume")["layout"]["dragmode"] == "select"
    assert metric(at, "Articles") == "4"
    brush(at, "Coverage volume", "2016-07-01", "2016-07-10", axis="x")
    assert metric(at, "Articles") == "2"  # 5 and 8 July 2016
    assert at.query_params["from"] == "2016-07-01"


# -- saved views ---------------------------------------------------------------------------------


def test_save_and_restore_a_view(files):
    at = app("pages/timeline.py", entity=KELIN)
    at.sidebar.date_input(key=ui.K_FROM).set_value(date(2016, 7, 1))
    at.sidebar.date_input(key=ui.K_TO).set_value(date(2016, 7, 31))
    run(at)
    at.sidebar.text_input(key=saved_views.K_NAME).set_value("Kelin in July 2016")
    at.sidebar.button(key="view_save").click()
    run(at)
    saved = views.load_views(files["views"])
    assert saved == [
        views.View(
            "Kelin in July 2016",
            "pages/timeline.py",
            {"entity": [KELIN], "from": ["2016-07-01"], "to": ["2016-07-31"]},
        )
    ]
    link = "/timeline?entity=person%3Aandrei-kelin&from=2016-07-01&to=2016-07-31"
    assert [c.value for c in at.sidebar.code] == [link]

    # Elsewhere, with other filters: restoring goes back to the page and its filters.
    at.sidebar.button[0].click()  # reset filters
    run(at)
    run(at.switch_page("dashboard.py"))
    assert metric(at, "Articles") == "4" and "from" not in at.query_params
    at.sidebar.button(key="view_restore_Kelin in July 2016").click()
    run(at)
    assert at.title[0].value == "Timeline"
    assert at.sidebar.date_input(key=ui.K_FROM).value == date(2016, 7, 1)
    assert at.sidebar.multiselect(key=ui.K_ENTITY).value == [KELIN]
    assert (at.query_params["from"], at.query_params["to"]) == ("2016-07-01", "2016-07-31")
    assert at.query_params["entity"] == KELIN

    # On the view's own page, after the filters changed: restoring brings them back.
    # (AppTest would otherwise rerun the page last named in `at.switch_page`.)
    at.switch_page("pages/timeline.py")
    at.sidebar.text_input(key=ui.K_Q).set_value("Motherboard")
    run(at)
    assert at.query_params["q"] == "Motherboard"
    at.sidebar.button(key="view_restore_Kelin in July 2016").click()
    run(at)
    assert at.title[0].value == "Timeline" and "q" not in at.query_params
    assert at.sidebar.text_input(key=ui.K_Q).value == ""

    at.sidebar.button(key="view_delete_Kelin in July 2016").click()
    run(at)
    assert views.load_views(files["views"]) == [] and not at.sidebar.code


def test_undoing_a_split_drops_its_entity_from_the_filter(files):
    at = app("pages/entities.py", id=KELIN)
    at.selectbox(key="ent-edit-split-alias").set_value("Kelin")
    at.button(key="ent-edit-split").click()
    run(at)
    at.sidebar.multiselect(key=ui.K_ENTITY).set_value(["person:kelin"])
    run(at)
    assert at.query_params["entity"] == "person:kelin"
    at.button(key="ent-cur-undo").click()
    run(at)
    assert at.sidebar.multiselect(key=ui.K_ENTITY).value == []
    assert "entity" not in at.query_params
