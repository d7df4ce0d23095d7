"""The comparison page in a real browser, with every request that leaves the machine blocked:
two groups set through the form, each section opened by a click on its tab (and kept in the
link), each chart downloaded as PNG and as CSV, a click on an entity that still drives the
drill-down in another section, a screenshot.

The server (its own, on 127.0.0.1) serves the multi-source corpus (tests/multisource.py:
Reuters, RT and CNN, 2016 and 2019, a `leaning` column). The browser context aborts any
request to a host other than 127.0.0.1 or localhost and records it: the page must work
without one, and must not have asked for one.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import click_point, screenshot, serve, wait_for_app

pytestmark = pytest.mark.browser

LOOPBACK = {"127.0.0.1", "localhost"}
# The first columns of each chart's CSV, by the chart's file-name prefix.
CSV_COLUMNS = {
    "compare-volume": ["group", "period", "n_articles", "share"],
    "compare-entity-share": ["group", "entity_id", "name", "type", "n_articles"],
    "compare-distinctive-entities": ["group", "rank", "term", "name", "type", "n_group"],
    "compare-distinctive-words": ["group", "rank", "term", "name", "type", "n_group"],
    "compare-scatter-entity": ["group_a", "group_b", "term", "name", "type", "n_a", "n_b"],
    "compare-tone": ["group", "period", "n_sentences", "n_articles", "tone_mean", "tone_se"],
    "compare-entity-tone": ["group", "entity_id", "name", "type", "n_sentences"],
    "compare-entity-tone-time": ["group", "entity_id", "name", "type", "period"],
}


# The charts of each section (tab), by their file-name prefix: only the open one is drawn.
SECTIONS = {
    "Coverage over time": ["compare-volume"],
    "Who each group covers": [
        "compare-entity-share", "compare-distinctive-entities", "compare-distinctive-words",
    ],
    "One group against another": ["compare-scatter-entity"],
    "Tone": ["compare-tone", "compare-entity-tone", "compare-entity-tone-time"],
}  # fmt: skip


@pytest.fixture(scope="module")
def compare_server(tmp_path_factory, multisource_dataset):
    with serve(tmp_path_factory, dataset=multisource_dataset) as url:
        yield url


@pytest.fixture
def offline_page(browser):
    """A page whose requests to anything but loopback are aborted (and listed)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    blocked: list[str] = []

    def only_loopback(route):
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob") or url.hostname in LOOPBACK:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.blocked = blocked
    yield page
    context.close()


def settle(page) -> None:
    page.wait_for_timeout(600)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=90_000)
    page.wait_for_timeout(300)


def open_section(page, label: str) -> None:
    """Click the tab of a section; until its charts are drawn and the app idle."""
    page.get_by_role("tab", name=label, exact=True).click()
    settle(page)
    page.wait_for_function(
        "(n) => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n",
        arg=len(SECTIONS[label]),
        timeout=90_000,
    )
    settle(page)
    section = parse_qs(urlparse(page.url).query).get("cmp_tab")
    assert section == (None if label == "Coverage over time" else [label])  # in the link


def drilled(page) -> str:
    """The name whose sentences the drill-down shows."""
    shown = page.locator('[data-testid="stMarkdownContainer"]')
    return shown.filter(has_text="Sentences that mention").first.inner_text()


def group_column(page, index: int):
    """The form's column of group `index` (0-based); its From/To are columns inside it."""
    columns = page.locator('[data-testid="stForm"] [data-testid="stColumn"]')
    return columns.filter(has_text=f"Group {index + 1}").first


def choose(page, column, label: str, option: str, *, clear: bool = True) -> None:
    """Replace the choice of one multiselect of a group's column by `option`."""
    box = column.locator('[data-testid="stMultiSelect"]').filter(has_text=label).first
    box.locator("input").click()
    if clear:
        for _ in range(3):
            page.keyboard.press("Backspace")  # removes the last chip
    page.keyboard.type(option.split(" (")[0])
    page.get_by_role("option", name=option, exact=True).first.click()
    page.keyboard.press("Escape")


def test_two_groups_set_in_the_form_and_every_chart_downloaded(
    compare_server, offline_page, tmp_path
):
    page = offline_page
    page.goto(compare_server + "/compare")
    wait_for_app(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    # By default: one group per outlet.
    assert parse_qs(urlparse(page.url).query)["g3"] == ["source:Reuters"]

    page.get_by_role("radiogroup", name="Groups").get_by_role("radio", name="2", exact=True).click()
    settle(page)
    assert "g3" not in parse_qs(urlparse(page.url).query)
    # The form is drawn only when opened.
    assert page.get_by_role("button", name="Compare").count() == 0
    page.get_by_text("Edit the groups").click()
    settle(page)
    # Group 1: RT (instead of CNN). Group 2: no source (instead of RT), leaning=center.
    choose(page, group_column(page, 0), "Sources", "RT")
    column = group_column(page, 1)
    sources = column.locator('[data-testid="stMultiSelect"]').filter(has_text="Sources").first
    sources.locator("input").click()
    page.keyboard.press("Backspace")
    page.keyboard.press("Escape")
    choose(page, column, "Metadata", "leaning: center (4)", clear=False)
    page.get_by_role("button", name="Compare").click()
    settle(page)
    wait_for_app(page)

    params = parse_qs(urlparse(page.url).query)
    assert params["g1"] == ["source:RT"] and params["g2"] == ["meta:leaning=center"]
    # Only the open section is drawn: the volume, redrawn for the new groups.
    volume = page.locator(".js-plotly-plot").filter(has_text="Coverage volume by group")
    volume.first.wait_for(timeout=90_000)
    assert "leaning=center" in volume.first.inner_text()
    assert page.locator(".js-plotly-plot").count() == 1

    seen = set()
    for label, names in SECTIONS.items():
        if label != "Coverage over time":
            open_section(page, label)
        if label == "Who each group covers":
            entities = page.locator(".js-plotly-plot").filter(has_text="Distinctive entities").first
            assert "Sergey Lavrov" in entities.inner_text() and "Estonia" in entities.inner_text()
        if label == "One group against another":
            scatter = page.locator(".js-plotly-plot").filter(
                has_text="Entities: RT against leaning=center"
            )
            assert scatter.count() == 1
        pngs = page.locator('[data-testid="stDownloadButton"]').filter(has_text="PNG")
        csvs = page.locator('[data-testid="stDownloadButton"]').filter(has_text="CSV")
        n_charts = page.locator(".js-plotly-plot").count()
        assert n_charts == len(names) == pngs.count(), label
        drawn = set()
        for i in range(n_charts):
            pngs.nth(i).scroll_into_view_if_needed()
            with page.expect_download(timeout=90_000) as png:
                pngs.nth(i).click()
            png_path = tmp_path / png.value.suggested_filename
            png.value.save_as(png_path)
            assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png_path.name
            assert png_path.stat().st_size > 20_000
            name = png_path.name.split("_")[0]
            assert "_rt-vs-leaning-center_" in png_path.name
            with page.expect_download(timeout=90_000) as data:
                csvs.nth(i).click()
            csv_path = tmp_path / data.value.suggested_filename
            data.value.save_as(csv_path)
            assert csv_path.name == png_path.name[:-4] + ".csv"
            rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
            header = CSV_COLUMNS[name]
            assert rows[0][: len(header)] == header, name
            assert len(rows) > 2, name
            groups = {row[0] for row in rows[1:]}
            assert groups <= {"RT", "leaning=center"} and groups, name
            drawn.add(name)
        assert drawn == set(names), label
        seen |= drawn
    assert seen == set(CSV_COLUMNS)

    # An entity clicked in the Tone section's dots still drives the drill-down in another.
    title = "Tone of the sentences that mention each entity, by group"
    name = page.evaluate(
        """(title) => {
          const gd = [...document.querySelectorAll('.js-plotly-plot')]
            .find(g => ((g.layout.title || {}).text || '').includes(title));
          return gd.data.find(t => t.name === 'RT').customdata[0][2];
        }""",
        title,
    )
    before = drilled(page)
    assert name not in before
    click_point(page, title, "RT")
    settle(page)
    assert name in drilled(page)
    open_section(page, "Who each group covers")
    terms = page.locator('[data-testid="stSlider"]').filter(has_text="Terms per group")
    terms.get_by_role("slider").focus()  # more work in that section: a rerun
    page.keyboard.press("ArrowRight")
    settle(page)
    assert name in drilled(page)
    page.get_by_role("button", name="Choose from the list instead").click()
    settle(page)
    assert drilled(page) == before

    assert page.locator('[data-testid="stException"]').count() == 0
    assert screenshot(page, "compare").stat().st_size > 50_000
    assert page.blocked == [], page.blocked  # nothing outside the machine was asked for
