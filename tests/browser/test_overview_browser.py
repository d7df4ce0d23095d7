"""The entry page in a real browser: first start builds the tables, the charts draw."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser


def test_overview_draws_charts_from_the_sample_corpus(server, page):
    page.goto(server)
    wait_for_app(page)
    assert page.get_by_text("NATO–Russia coverage lens").first.is_visible()
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Articles")
    assert "3" in metric.inner_text()  # two English sample articles, a Russian one
    bars = page.locator(".js-plotly-plot").first
    assert "Jens Stoltenberg" in bars.inner_text()
    assert screenshot(page, "overview").stat().st_size > 10_000
