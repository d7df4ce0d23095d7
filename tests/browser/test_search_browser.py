"""The search query in a real browser: type a boolean query into the sidebar, the charts and
the URL follow, a reload keeps it, a malformed one is refused with the place shown, and the
Articles page shows the hits in context and marks them in the reader (as text)."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest

from tests import search_corpus
from tests.browser.conftest import screenshot, serve, wait_for_app

pytestmark = pytest.mark.browser

QUERY = 'NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"'
CANONICAL = 'nato AND (baltic* OR estonia) AND NOT "baltic sea"'


@pytest.fixture(scope="module")
def search_server(tmp_path_factory):
    data = search_corpus.write_dataset(tmp_path_factory.mktemp("search") / "processed")
    with serve(tmp_path_factory, LENS_DATA_DIR=str(data)) as url:
        yield url


def articles_metric(page) -> str:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Articles").first
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def query_box(page):
    return page.locator('[data-testid="stSidebar"]').get_by_role("textbox", name="Search query")


def url_query(page) -> str | None:
    return (parse_qs(urlsplit(page.url).query).get("q") or [None])[0]


def test_a_boolean_query_drives_the_charts_the_url_and_the_kwic(search_server, page):
    page.goto(search_server)
    wait_for_app(page)
    assert articles_metric(page) == "9"

    query_box(page).fill(QUERY)
    query_box(page).press("Enter")
    page.wait_for_function("() => new URL(location.href).searchParams.has('q')", timeout=60_000)
    wait_for_app(page)
    assert url_query(page) == QUERY
    assert articles_metric(page) == "2"  # s01 and s09: NATO with the Baltic, not the Baltic Sea
    attention = page.locator(".js-plotly-plot").filter(has_text="Articles matching")
    assert CANONICAL in attention.inner_text()
    people = page.locator(".js-plotly-plot").filter(has_text="Most mentioned people")
    assert f"query “{CANONICAL}”" in people.inner_text()  # the subtitle says it
    screenshot(page, "search-overview")

    # A reload (the URL) keeps the query, the box and the selection.
    page.reload()
    wait_for_app(page)
    assert query_box(page).input_value() == QUERY and articles_metric(page) == "2"

    # A query that does not parse: the message says where, the selection stays.
    query_box(page).fill("NATO AND (Baltic")
    query_box(page).press("Enter")
    error = page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]')
    error.wait_for(timeout=60_000)
    wait_for_app(page)
    assert "unbalanced parenthesis at character 9" in error.inner_text()
    assert (
        "NATO AND (Baltic\n         ^" in page.locator('[data-testid="stSidebar"] pre').inner_text()
    )
    assert articles_metric(page) == "2" and url_query(page) == QUERY

    # The Articles page: the hits in context, the reader marks them.
    page.goto(f"{search_server}/articles?{urlsplit(page.url).query}")
    wait_for_app(page, chart=False)
    page.get_by_text(f"“{CANONICAL}” in context").wait_for(timeout=60_000)
    marks = page.locator(".lens-article mark")
    marks.first.wait_for(timeout=60_000)
    # the reader shows the newest matching article, s01: NATO, Baltic, Baltic marked
    assert [m.inner_text() for m in marks.all()] == ["NATO", "Baltic", "Baltic"]
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV (6 rows)").click()
    assert download.value.suggested_filename.startswith("query-in-context_relevance_q-nato-and")
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    hits = [r["hit"] for r in rows]  # s01: NATO, Baltic, Baltic; s09: Estonia, NATO, Baltic
    assert sorted(hits) == ["Baltic", "Baltic", "Baltic", "Estonia", "NATO", "NATO"]
    screenshot(page, "search-kwic")
