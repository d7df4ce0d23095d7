"""The metadata filter of a corpus with thousands of values, in a real browser: the
type-ahead (a fragment: typing reruns only it) finds an author, choosing one filters every
chart and goes to the link; Compare splits the corpus by a facet in one click.

The server serves tests/facets_corpus.py (360 articles: `leaning` and `desk` facets, 240
comma-separated `authors`, a unique `id`).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import screenshot, serve, wait_for_app
from tests.facets_corpus import author_counts, facet_dataset

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def facets_server(tmp_path_factory, multisource_dataset):
    with serve(tmp_path_factory, dataset=facet_dataset(multisource_dataset)) as url:
        yield url


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def test_type_ahead_filters_the_charts_and_the_link(page, facets_server):
    page.goto(facets_server)
    wait_for_app(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    # Only the facets are listed: open the pick list and read its options.
    box = sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Metadata")
    box.locator("input").click()
    if not page.get_by_role("option").count():
        # A rerun that ends just after the click can close the list: open it from the keyboard.
        page.keyboard.press("ArrowDown")
    page.get_by_role("option").first.wait_for(timeout=30_000)
    options = [o for o in page.get_by_role("option").all_inner_texts() if o != "Select all"]
    assert options and all(o.startswith(("leaning: ", "desk: ")) for o in options), options
    page.keyboard.press("Escape")

    search = sidebar.get_by_role("searchbox", name="Search authors, id")
    search.fill("stephen din")
    page.wait_for_timeout(400)  # the type-ahead commits after a pause
    box = sidebar.locator('[data-testid="stMultiSelect"]').last
    box.locator("input").click()
    option = page.get_by_role("option", name="authors: Stephen Dinan", exact=False).first
    option.wait_for(timeout=30_000)
    option.click()
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => location.search.includes('meta=authors')", timeout=60_000, polling=100
    )
    wait_for_app(page)
    assert metric(page, "Articles") == str(author_counts()["Stephen Dinan"])
    assert parse_qs(urlparse(page.url).query)["meta"] == ["authors:Stephen Dinan"]
    titles = page.locator(".js-plotly-plot .gtitle").all_text_contents()
    assert any("authors: Stephen Dinan" in (t or "") for t in titles), titles
    screenshot(page, "facets-type-ahead")


def test_compare_by_a_facet_in_one_click(page, facets_server):
    page.goto(f"{facets_server}/compare")
    wait_for_app(page)
    page.get_by_role("button", name="leaning: center / left / russian-state").click()
    page.wait_for_function("() => location.search.includes('g3=meta')", timeout=60_000, polling=100)
    wait_for_app(page)
    query = parse_qs(urlparse(page.url).query)
    assert [query[g][0] for g in ("g1", "g2", "g3")] == [
        "meta:leaning=center",
        "meta:leaning=left",
        "meta:leaning=russian-state",
    ]
    titles = page.locator(".js-plotly-plot .gtitle").all_text_contents()
    assert any("leaning=russian-state" in (t or "") for t in titles), titles
