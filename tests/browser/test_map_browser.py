"""The Map page in a real browser with no network beyond loopback: every request to
another host is aborted and recorded. The maps must draw (plotly would otherwise fetch its
base map from a CDN), a click on a country must put it in the entity filter and the
link, and each map must download as PNG (drawn by kaleido on the server) and CSV, and as
an HTML page that draws offline too.

The server holds the multi-source corpus (tests/multisource.py). The page is saved as
test-artifacts/map-world.png and, in the Europe view, test-artifacts/map.png.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

from lib import queries
from lib.queries import geo
from tests.browser.conftest import screenshot, serve, wait_for_app

pytestmark = pytest.mark.browser

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
MAPS = {  # download-file stem (world view) -> chart title
    "map-countries_mentions_all_all": "Countries in the coverage",
    "map-partners_nato_sentence_all": "Countries named with NATO",
}


@pytest.fixture(scope="module")
def map_server(tmp_path_factory, multisource_dataset):
    with serve(tmp_path_factory, dataset=multisource_dataset) as url:
        yield url


@pytest.fixture
def offline(browser):
    """A page whose requests to any host but loopback are aborted, and the list of them."""
    blocked: list[str] = []

    def guard(route):
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob", "file") or url.hostname in LOOPBACK:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.route("**/*", guard)
    page = context.new_page()
    yield page, blocked
    context.close()


def settle(page) -> None:
    page.wait_for_timeout(600)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=60_000)
    page.wait_for_timeout(300)


def plot(page, title: str):
    return page.locator(".js-plotly-plot").filter(has_text=title).first


def drawn(page, title: str) -> dict[str, int]:
    """What a map has drawn: country shapes coloured, base-map land and ocean."""
    chart = plot(page, title)
    return {
        "countries": chart.locator(".trace.choropleth .choroplethlocation").count(),
        "land": chart.locator(".layer.land path").count(),
        "ocean": chart.locator(".layer.ocean path").count(),
    }


_COUNTRY_JS = """([title, code]) => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')]
    .find(g => ((g.layout.title || {}).text || '').includes(title));
  const layer = [...gd.querySelectorAll('.trace.choropleth')]
    .find(g => g.__data__[0].trace.name === 'countries');
  const shape = [...layer.querySelectorAll('.choroplethlocation')]
    .find(p => p.__data__.loc === code);
  shape.scrollIntoView({block: 'center'});
  const r = shape.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
}"""


def country_centre(page, title: str, code: str) -> dict[str, float]:
    """The middle of a country's shape on a map (a compact country: its box's middle
    lies inside it)."""
    page.evaluate(_COUNTRY_JS, [title, code])  # scrolls it into view
    page.wait_for_timeout(300)
    return page.evaluate(_COUNTRY_JS, [title, code])


def test_map_draws_offline_and_a_click_adds_the_country_to_the_filter(
    map_server, offline, multisource_dataset
):
    page, blocked = offline
    page.goto(map_server + "/map")
    wait_for_app(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    for title in MAPS.values():
        shapes = drawn(page, title)
        assert shapes["countries"] >= 5 and shapes["land"] >= 1 and shapes["ocean"] >= 1, shapes
    assert blocked == []  # nothing had to leave the machine to draw the maps
    assert screenshot(page, "map-world").stat().st_size > 50_000

    title = MAPS["map-countries_mentions_all_all"]
    pos = country_centre(page, title, "POL")
    page.mouse.move(pos["x"], pos["y"])
    page.wait_for_timeout(400)
    hover = page.locator(".hoverlayer").first.text_content()
    corpus = queries.build_corpus(multisource_dataset)
    poland = geo.countries(corpus, corpus.all_ids).set_index("iso3").loc["POL"]
    assert (poland["mentions"], poland["articles"]) == (
        3,
        2,
    )  # named 3 times ("Warsaw summit": the city)
    said = (
        f"{poland['mentions']} mentions in {poland['articles']} of {len(corpus.articles)} articles"
    )
    assert "Poland (POL)" in hover and said in hover

    page.mouse.click(pos["x"], pos["y"])
    settle(page)
    chips = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    assert "Poland" in chips.inner_text()
    assert parse_qs(urlparse(page.url).query)["entity"] == ["country:POL"]
    subtitle = plot(page, title).locator(".gtitle").first.text_content()
    assert "2 articles" in subtitle and "Poland" in subtitle  # the filter is in force
    assert blocked == []


def test_each_map_downloads_as_png_csv_and_an_offline_html_page(
    map_server, offline, multisource_dataset, tmp_path
):
    page, blocked = offline
    # The view is in the link too (Streamlit writes a bound widget's label there).
    page.goto(map_server + "/map?map_region=Europe")
    wait_for_app(page)
    for title in MAPS.values():
        assert drawn(page, title)["countries"] >= 5
    assert screenshot(page, "map").stat().st_size > 50_000
    corpus = queries.build_corpus(multisource_dataset)
    tables = {
        "map-countries_mentions_all_all": geo.countries(corpus, corpus.all_ids),
        "map-partners_nato_sentence_all": geo.partner_countries(corpus, corpus.all_ids, "org:nato"),
    }
    buttons = page.locator('[data-testid="stDownloadButton"]')
    for i, (stem, table) in enumerate(tables.items()):
        with page.expect_download(timeout=90_000) as png:
            buttons.filter(has_text="PNG").nth(i).click()
        stem = stem.removesuffix("_all") + "_europe_all"  # the view is in the file name
        assert png.value.suggested_filename == f"{stem}.png"
        png_path = tmp_path / png.value.suggested_filename
        png.value.save_as(png_path)
        data = png_path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000

        with page.expect_download(timeout=60_000) as got:
            buttons.filter(has_text="CSV").nth(i).click()
        assert got.value.suggested_filename == f"{stem}.csv"
        csv_path = tmp_path / got.value.suggested_filename
        got.value.save_as(csv_path)
        rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
        assert [r["iso3"] for r in rows] == table["iso3"].tolist()
        first = "mentions" if stem.startswith("map-countries") else "together"
        assert [int(r[first]) for r in rows] == table[first].tolist()

    with page.expect_download(timeout=60_000) as html:
        buttons.filter(has_text="HTML").first.click()
    html_path = tmp_path / html.value.suggested_filename
    html.value.save_as(html_path)
    assert blocked == []

    page.goto(html_path.as_uri())  # the downloaded page, opened with the network still cut
    page.wait_for_selector(".js-plotly-plot .layer.land path", timeout=30_000)
    assert page.locator(".trace.choropleth .choroplethlocation").count() >= 5
    assert blocked == []
