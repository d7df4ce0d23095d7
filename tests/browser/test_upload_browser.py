"""Adding an article from the browser: it is processed with a progress bar, appears in the
charts without a restart, and the reader shows its hostile markup as text.

(On a server of its own: it adds an article to the served corpus.)"""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

HOSTILE = (
    "Lavrov warns NATO\n\n"
    "MOSCOW (Sputnik) – Russian Foreign Minister Sergey Lavrov said on Monday that NATO's "
    "buildup near Russia's borders threatens stability in Europe.\n\n"
    "A reader sent <script>alert(1)</script> and <img src=x onerror=alert(1)> to the newsroom.\n"
)


def test_upload_appears_in_the_charts_and_is_read_as_text(own_server, page, tmp_path):
    server = own_server
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    upload = tmp_path / "lavrov.txt"
    upload.write_text(HOSTILE, encoding="utf-8")

    page.goto(server + "/add_articles")
    page.wait_for_selector('[data-testid="stFileUploader"]', timeout=90_000)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    page.wait_for_selector('[data-testid="stFileChip"]', timeout=30_000)
    page.get_by_role("button", name="Process").click()
    page.wait_for_selector('[data-testid="stAlert"]:has-text("Saved 1 file")', timeout=180_000)
    assert "now has 4 articles" in page.locator('[data-testid="stAlert"]').first.inner_text()

    page.goto(server + "/?q=Lavrov")
    wait_for_app(page)
    assert (
        page.locator('[data-testid="stMetric"]')
        .filter(has_text="Articles")
        .first.inner_text()
        .endswith("1")
    )

    page.goto(server + "/articles?q=onerror")
    wait_for_app(page, chart=False)
    article = page.locator(".lens-article")
    article.wait_for(timeout=30_000)
    assert "<script>alert(1)</script>" in article.inner_text()
    assert "<img src=x onerror=alert(1)>" in article.inner_text()
    assert article.locator("script, img").count() == 0
    assert (
        article.locator('span[title^="Sergey Lavrov"]').count() >= 1
    )  # the new entity, highlighted
    assert dialogs == []
    screenshot(page, "reader-after-upload")
