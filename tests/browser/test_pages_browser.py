"""Every page in a real browser, the shared filters driven through the widgets, and downloads.

The server is the README's `streamlit run` on 127.0.0.1, on the sample corpus (built on
first start). Each page is saved as a screenshot in test-artifacts/<page>.png.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import click_point, screenshot, wait_for_app

pytestmark = pytest.mark.browser

PAGES = [  # (name, path, has a chart)
    ("overview", "", True),
    ("cooccurrence", "/cooccurrence", True),
    ("timeline", "/timeline", True),
    ("entities", "/entities", True),
    ("articles", "/articles", False),
]


# The charts whose drawn left or right margin is wider than the one their figure asks for
# (a legend below or beside the plot widens the bottom or right margin before the chart is
# drawn; on the left, only an axis's labels do, after; a colour bar's room is set ahead).
PUSHED = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .flatMap(el => (el.querySelector('.legend') ? ['l'] : ['l', 'r']).filter(k =>
        Math.round(el._fullLayout._size[k]) > Math.round(el._fullLayout.margin[k]))
        .map(k => `${k}: ${el._fullLayout._size[k]} > ${el._fullLayout.margin[k]} in `
                  + el.querySelector('.gtitle').textContent))"""


def settle(page) -> None:
    """Until the rerun a widget change started has finished."""
    page.wait_for_timeout(600)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=60_000)
    page.wait_for_timeout(300)


def url_params(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def chart_text(page, title: str) -> str:
    return page.locator(".js-plotly-plot").filter(has_text=title).first.inner_text()


def metric(page, label: str) -> str:
    return (
        page.locator('[data-testid="stMetric"]')
        .filter(has_text=label)
        .first.inner_text()
        .split("\n")[-1]
    )


def pick_entity(page, name: str) -> None:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(name)
    page.get_by_role("option", name=name).first.click()
    page.keyboard.press("Escape")
    settle(page)


def set_date(page, which: str, day: str) -> None:
    """Type a day into the From/To field; it is taken when the field loses focus."""
    page.get_by_role("spinbutton", name=f"year, {which}").click()
    page.keyboard.type(day.replace("-", ""))
    page.locator("h1").first.click()
    settle(page)


@pytest.mark.parametrize(("name", "path", "has_chart"), PAGES)
def test_page_draws_without_error(server, page, name, path, has_chart):
    page.goto(server + path)
    wait_for_app(page, chart=has_chart)
    assert page.locator('[data-testid="stException"]').count() == 0
    if has_chart:
        assert page.locator(".js-plotly-plot").count() >= 1
        # Each chart's margins hold its axis labels: one plotly had to widen (automargin)
        # would have been drawn a second time.
        assert page.evaluate(PUSHED) == []
    else:
        assert page.locator('[data-testid="stDataFrame"]').count() >= 1
    assert page.locator('[data-testid="stSidebar"]').get_by_text("Filters").first.is_visible()
    assert screenshot(page, name).stat().st_size > 20_000


def test_filters_change_the_charts_stay_in_the_url_and_survive_a_reload(server, page):
    page.goto(server + "/timeline")
    wait_for_app(page)
    before = chart_text(page, "Timeline")
    assert "NATO leaders' meeting" in before  # 3–4 Dec 2019, inside the default range
    set_date(page, "From", "2016-01-01")
    set_date(page, "To", "2016-12-31")
    after = chart_text(page, "Timeline")
    assert "NATO Warsaw summit" in after and "NATO leaders' meeting" not in after
    assert url_params(page)["from"] == ["2016-01-01"] and url_params(page)["to"] == ["2016-12-31"]

    pick_entity(page, "Jens Stoltenberg")
    assert "Jens Stoltenberg" in chart_text(page, "Timeline")  # the subtitle names the filter
    assert url_params(page)["entity"] == ["person:jens-stoltenberg"]

    page.locator('[data-testid="stSidebar"]').get_by_role("link", name="Overview").click()
    wait_for_app(page)
    assert url_params(page)["entity"] == ["person:jens-stoltenberg"]  # the filters follow the link
    # Of the two (undated) sample articles only the one dated to 2016 by its content is left.
    assert metric(page, "Articles") == "1"
    people = chart_text(page, "Most mentioned people")
    assert "Donald Trump" not in people and "Jens Stoltenberg" in people

    page.reload()
    wait_for_app(page)
    assert metric(page, "Articles") == "1"
    chips = page.locator(
        '[data-testid="stSidebar"] [data-testid="stMultiSelect"]'
    ).first.inner_text()
    assert "Jens Stoltenberg" in chips


def test_chart_downloads_png_and_csv(server, page, tmp_path):
    page.goto(server + "/cooccurrence")
    wait_for_app(page)
    buttons = page.locator('[data-testid="stDownloadButton"]')
    with page.expect_download(timeout=60_000) as png:
        buttons.filter(has_text="PNG").first.click()
    png_path = tmp_path / png.value.suggested_filename
    png.value.save_as(png_path)
    assert png_path.name == "cooccurrence-matrix_sentence_npmi_min2_all.png"
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png_path.stat().st_size > 20_000
    with page.expect_download(timeout=60_000) as csv:
        buttons.filter(has_text="CSV").first.click()
    csv_path = tmp_path / csv.value.suggested_filename
    csv.value.save_as(csv_path)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert csv_path.suffix == ".csv" and lines[0].startswith(
        "source,target,n_pair,n_source,n_target,n_units,pmi,npmi"
    )
    assert len(lines) > 2


def test_drill_down_from_a_heatmap_cell_and_a_timeline_event(server, page):
    page.goto(server + "/cooccurrence")
    wait_for_app(page)
    first = page.locator("p").filter(has_text="sentences)").first.inner_text()
    click_point(page, "Co-occurrence matrix", "pairs")
    settle(page)
    assert page.get_by_text("The pair clicked in a chart").is_visible()
    clicked = page.locator("p").filter(has_text="sentences)").first.inner_text()
    assert clicked != first  # the first cell is not the strongest pair
    # The sentences behind it, as a table with its download.
    assert page.get_by_role("button", name="Sentences as CSV").is_visible()

    page.goto(server + "/cooccurrence")  # a fresh page: no selection yet
    wait_for_app(page)
    click_point(page, "Co-occurrence network", "pairs", "Vladimir Putin")  # the middle of an edge
    settle(page)
    assert page.get_by_text("The pair clicked in a chart").is_visible()
    assert "Vladimir Putin" in page.locator("p").filter(has_text="sentences)").first.inner_text()

    page.goto(server + "/timeline")
    wait_for_app(page)
    click_point(page, "Timeline", "knowledge-base events", "NATO Warsaw summit")
    settle(page)
    assert page.get_by_text("The event clicked in the timeline").is_visible()
    said = page.locator("p").filter(has_text="speak of it").first.inner_text()
    assert said.startswith("NATO Warsaw summit: 1 article(s)")
