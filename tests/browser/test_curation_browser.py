"""The analyst's hand on the data in a real browser: merge two entities and hide one from
the Entities page, reload, and find the charts and a chart's CSV export corrected; drag
across the timeline to set the date filter; save the view and restore it from elsewhere.

On a server of its own, over the articles of tests/curation_corpus.py (processed here by
the real pipeline), where the extractor keeps "Andrei Kelin" and "Andrey Kelin" apart and
takes "Motherboard" for a person. The before/after screenshots of the merge are written to
test-artifacts/, and to docs/screenshots/ with UPDATE_DOCS_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from lib.queries import curation
from lib.queries.curation.operations import Hide, Merge
from tests import curation_corpus
from tests.browser.conftest import ARTIFACTS, serve, wait_for_app
from tests.browser.test_pages_browser import chart_text, settle, url_params
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

KELIN, KELIN_Y, MOTHERBOARD = "person:andrei-kelin", "person:andrey-kelin", "person:motherboard"
DOCS = ROOT / "docs" / "screenshots"


@pytest.fixture(scope="module")
def kelin_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("kelin-served")
    tables = curation_corpus.write_tables(root)
    files = {"curation": root / "curation.yaml", "views": root / "views.json"}
    with serve(
        tmp_path_factory,
        LENS_DATA_DIR=str(tables),
        LENS_CURATION=str(files["curation"]),
        LENS_VIEWS=str(files["views"]),
    ) as url:
        yield url, files


def shot(page, name: str, *, docs: bool = False, height: int | None = None) -> None:
    """The viewport (`height` pixels tall, from the top of the page when given), in
    test-artifacts/ and, for the documentation, in docs/screenshots/."""
    ARTIFACTS.mkdir(exist_ok=True)
    size = page.viewport_size
    if height:
        page.set_viewport_size({"width": size["width"], "height": height})
        page.locator("h1").first.scroll_into_view_if_needed()
    page.wait_for_timeout(800)  # charts resize to the new viewport
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    assert path.stat().st_size > 20_000
    if docs and os.environ.get("UPDATE_DOCS_SCREENSHOTS"):  # not on every run: a binary diff
        shutil.copyfile(path, DOCS / f"{name}.png")


def open_editor(page, name: str) -> None:
    page.get_by_text(f"Edit {name}: merge, rename, split, type, hide").click()
    page.wait_for_timeout(300)


def edit_button(page, label: str):
    return page.locator('[data-testid="stExpander"]').get_by_role("button", name=label)


def test_merge_and_hide_from_the_entities_page_show_after_a_reload(kelin_server, page, tmp_path):
    server, files = kelin_server
    page.goto(f"{server}/entities?id={KELIN}")
    wait_for_app(page)
    assert page.locator("h2").filter(has_text="Andrei Kelin").count() == 1
    open_editor(page, "Andrei Kelin")
    box = page.locator('[data-testid="stExpander"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type("Andrey")
    page.get_by_role("option", name="Andrey Kelin · person (4)").click()
    page.keyboard.press("Escape")
    settle(page)
    assert page.get_by_text("Keep (its id, type and name)").is_visible()
    shot(page, "curation-merge-before", docs=True, height=1450)

    edit_button(page, "Merge 2 entities").click()
    settle(page)
    assert page.get_by_text(f"Saved: merge {KELIN_Y} into {KELIN}.").is_visible()
    assert curation.load_curation(files["curation"]).operations == (Merge((KELIN_Y,), KELIN),)
    written = page.locator("p").filter(has_text=re.compile(r"^Written as")).first.inner_text()
    assert "“Andrey Kelin”" in written and "“Andrei Kelin”" in written
    whole = page.locator('[data-testid="stMetric"]').filter(has_text="Mentions (whole corpus)")
    assert whole.inner_text().endswith("9")
    shot(page, "curation-merge-after", docs=True, height=1450)

    page.goto(f"{server}/entities?id={MOTHERBOARD}")
    wait_for_app(page)
    open_editor(page, "Motherboard")
    page.locator('[data-testid="stExpander"]').get_by_role("tab", name="Hide").click()
    edit_button(page, "Hide Motherboard").click()
    settle(page)
    assert page.get_by_text(f"Saved: hide {MOTHERBOARD}.").is_visible()
    assert page.get_by_role("button", name=f"Undo last correction: hide {MOTHERBOARD}").is_visible()
    assert curation.load_curation(files["curation"]).operations == (
        Merge((KELIN_Y,), KELIN),
        Hide(MOTHERBOARD),
    )

    # A reload of the overview: the charts and a chart's CSV export show the corrections.
    page.goto(server)
    wait_for_app(page)
    page.reload()
    wait_for_app(page)
    people = chart_text(page, "Most mentioned people")
    assert "Andrei Kelin" in people
    assert "Andrey Kelin" not in people and "Motherboard" not in people
    with page.expect_download(timeout=60_000) as csv:
        page.locator('[data-testid="stDownloadButton"]').filter(has_text="CSV").first.click()
    path = tmp_path / csv.value.suggested_filename
    csv.value.save_as(path)
    assert path.name == "top-person_all.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "entity_id,name,type,n_mentions,n_articles"
    assert lines[1] == f"{KELIN},Andrei Kelin,person,9,4"
    assert not any(KELIN_Y in line or MOTHERBOARD in line for line in lines)


_AXIS_JS = """([title, axis, day]) => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')]
    .find(g => ((g.layout.title || {}).text || '').includes(title));
  gd.scrollIntoView();
  const xa = gd._fullLayout['xaxis' + axis], ya = gd._fullLayout['yaxis' + axis];
  const r = gd.getBoundingClientRect();
  return {x: r.left + xa._offset + xa.c2p(Date.parse(day)), y: r.top + ya._offset + ya._length / 2};
}"""


def drag_across(page, title: str, start: str, end: str, *, axis: str = "2") -> None:
    """Pick *Box Select* in the chart's toolbar, press the mouse on one day of its time
    axis and release it on another, as a user brushing a range does."""
    page.evaluate(_AXIS_JS, [title, axis, start])  # scrolls the chart into view
    page.wait_for_timeout(300)
    chart = page.locator(".js-plotly-plot").filter(has_text=title).first
    chart.hover()  # the toolbar shows on hover
    chart.locator('.modebar-btn[data-title="Box Select"]').click()
    a = page.evaluate(_AXIS_JS, [title, axis, start])
    b = page.evaluate(_AXIS_JS, [title, axis, end])
    page.mouse.move(a["x"], a["y"])
    page.mouse.down()
    page.mouse.move((a["x"] + b["x"]) / 2, a["y"], steps=5)
    page.mouse.move(b["x"], b["y"], steps=5)
    page.mouse.up()


def near(day: str, expected: date) -> bool:
    """One pixel of the timeline is about two days: the brushed day is within that."""
    return abs(date.fromisoformat(day) - expected) <= timedelta(days=3)


def test_brushing_the_timeline_sets_the_dates_and_a_view_keeps_them(kelin_server, page):
    server, files = kelin_server
    page.goto(f"{server}/timeline")
    wait_for_app(page)
    assert "NATO leaders' meeting" in chart_text(page, "Timeline")  # Dec 2019: in the default range
    assert "from" not in url_params(page)

    drag_across(page, "Timeline", "2016-06-01", "2016-08-31")  # on the articles-per-week panel
    settle(page)
    params = url_params(page)
    assert near(params["from"][0], date(2016, 6, 1)) and near(params["to"][0], date(2016, 8, 31))
    timeline = page.locator(".js-plotly-plot").filter(has_text="Timeline").first
    # Until the chart is redrawn for the brushed range (the 2017 and 2019 meetings go).
    expect(timeline).not_to_contain_text("NATO leaders' meeting", timeout=30_000)
    assert "NATO Warsaw summit" in chart_text(page, "Timeline")
    sidebar = page.locator('[data-testid="stSidebar"]')
    year = sidebar.get_by_role("spinbutton", name="year, From")
    assert year.inner_text() == "2016"
    shot(page, "timeline-brushed")

    # Save the brushed view, go elsewhere, restore it.
    sidebar.get_by_text("Saved views").click()
    sidebar.get_by_placeholder("e.g. Warsaw summit, people").fill("Warsaw summit weeks")
    sidebar.get_by_placeholder("e.g. Warsaw summit, people").press("Enter")
    settle(page)
    sidebar.get_by_role("button", name="Save this view").click()
    settle(page)
    link = sidebar.locator('[data-testid="stCode"]').first.inner_text().strip()
    assert link == f"{server}/timeline?from={params['from'][0]}&to={params['to'][0]}"
    saved = files["views"].read_text(encoding="utf-8")
    assert '"Warsaw summit weeks"' in saved and '"pages/timeline.py"' in saved

    page.goto(server)
    wait_for_app(page)
    assert "from" not in url_params(page)
    page.locator('[data-testid="stSidebar"]').get_by_text("Saved views").click()
    settle(page)  # a click on Restore while a rerun replaces the sidebar's widgets is lost
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Restore").click()
    page.wait_for_url(f"{server}/timeline?*", timeout=60_000)
    wait_for_app(page)
    assert url_params(page)["from"] == params["from"] and url_params(page)["to"] == params["to"]
    timeline = page.locator(".js-plotly-plot").filter(has_text="Timeline").first
    expect(timeline).not_to_contain_text("NATO leaders' meeting", timeout=30_000)
