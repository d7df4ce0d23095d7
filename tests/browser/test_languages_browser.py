"""A corpus in English and Russian in a real browser: the JSONL file (tests/mixed_languages.py)
goes through `python -m lib.preprocess`, then the dashboard serves its tables. The language
filter is set through the sidebar (and lands in the link), Compare puts `lang:ru` against
`lang:en` with its charts and exports, and the reader shows a Russian article with its
entities highlighted. Screenshots: languages-overview.png, compare-languages.png,
reader-russian.png.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import screenshot, serve, wait_for_app
from tests.conftest import ROOT
from tests.mixed_languages import write_mixed_corpus

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def mixed_server(tmp_path_factory):
    base = tmp_path_factory.mktemp("mixed")
    corpus = write_mixed_corpus(base / "corpus")
    out = base / "processed"
    subprocess.run(
        [sys.executable, "-m", "lib.preprocess", "--corpus", str(corpus), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    with serve(tmp_path_factory, LENS_DATA_DIR=str(out)) as url:
        yield url


def settle(page) -> None:
    page.wait_for_timeout(600)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=90_000)
    page.wait_for_timeout(300)


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def test_language_filter_in_the_sidebar_and_the_link(mixed_server, page):
    page.goto(mixed_server)
    wait_for_app(page)
    assert metric(page, "Articles") == "9"
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text="Languages"
    )
    box.locator("input").click()
    page.keyboard.type("Russian")
    page.get_by_role("option", name="Russian (4)", exact=True).first.click()
    page.keyboard.press("Escape")
    settle(page)
    wait_for_app(page)
    assert parse_qs(urlparse(page.url).query)["lang"] == ["ru"]
    assert metric(page, "Articles") == "4"
    people = page.locator(".js-plotly-plot").filter(has_text="Most mentioned people").first
    assert "Jens Stoltenberg" in people.inner_text()  # English names for Russian articles
    assert "in Russian" in people.inner_text()  # the filter in the chart's subtitle
    assert page.locator('[data-testid="stException"]').count() == 0
    assert screenshot(page, "languages-overview").stat().st_size > 30_000


def test_compare_russian_against_english_with_exports(mixed_server, page, tmp_path):
    # A link to the Tone section: none for the Russian articles, said above the charts and on
    # each of them.
    page.goto(mixed_server + "/compare?g1=lang:ru&g2=lang:en&cmp_tab=Tone")
    wait_for_app(page)
    settle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    params = parse_qs(urlparse(page.url).query)
    assert (params["g1"], params["g2"], params["cmp_tab"]) == (["lang:ru"], ["lang:en"], ["Tone"])
    alerts = " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts())
    assert "No tone for 4 article(s) in Russian" in alerts
    tone = page.locator(".js-plotly-plot").filter(has_text="no tone for other languages")
    assert tone.count() >= 1
    assert page.locator(".js-plotly-plot").filter(has_text="Distinctive words").count() == 0

    page.get_by_role("tab", name="Who each group covers", exact=True).click()
    words = page.locator(".js-plotly-plot").filter(has_text="Distinctive words").first
    words.wait_for(timeout=90_000)
    settle(page)
    assert "Russian" in words.inner_text() and "English" in words.inner_text()
    assert parse_qs(urlparse(page.url).query)["cmp_tab"] == ["Who each group covers"]

    # The distinctive words as PNG and CSV: Russian lemmas for the Russian group.
    pngs = page.locator('[data-testid="stDownloadButton"]').filter(has_text="PNG")
    csvs = page.locator('[data-testid="stDownloadButton"]').filter(has_text="CSV")
    index = next(
        i
        for i in range(page.locator(".js-plotly-plot").count())
        if "Distinctive words" in page.locator(".js-plotly-plot").nth(i).inner_text()
    )
    pngs.nth(index).scroll_into_view_if_needed()
    with page.expect_download(timeout=90_000) as png:
        pngs.nth(index).click()
    png_path = tmp_path / png.value.suggested_filename
    png.value.save_as(png_path)
    assert png_path.name.startswith("compare-distinctive-words_russian-vs-english")
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download(timeout=90_000) as data:
        csvs.nth(index).click()
    csv_path = tmp_path / data.value.suggested_filename
    data.value.save_as(csv_path)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    russian = {r["term"] for r in rows if r["group"] == "Russian"}
    assert "заявить" in russian and "заявил" not in russian  # the lemma, not the form
    assert screenshot(page, "compare-languages").stat().st_size > 50_000


def test_a_russian_article_in_the_reader(mixed_server, page):
    page.goto(mixed_server + "/articles?lang=ru")
    wait_for_app(page, chart=False)
    settle(page)
    article = page.locator('.lens-article[lang="ru"]').first
    article.wait_for(timeout=90_000)
    text = article.inner_text()
    assert "Столтенберг" in text and "НАТО" in text
    highlighted = article.locator('span[title="Jens Stoltenberg (People)"]')
    assert highlighted.count() >= 1 and "Столтенберг" in highlighted.first.inner_text()
    assert article.locator('span[title="NATO (Organisations)"]').count() >= 1
    assert "in Russian" in " ".join(
        page.locator('[data-testid="stCaptionContainer"]').all_inner_texts()
    )
    assert page.locator('[data-testid="stException"]').count() == 0
    assert screenshot(page, "reader-russian").stat().st_size > 30_000
