"""The hostile corpus (tests/hostile.py: formulas and markup in titles, sentences, quotes,
entity, event and source names, and renames to markup through the curation file) in a real
browser. Every page, and the HTML export of every chart on it, shows the names as written
and runs none of it: no dialog, no element with an `onerror`, no link made from the data.
Screenshots: test-artifacts/hostile-<page>.png and hostile-export.png.
"""

from __future__ import annotations

import pytest

from tests import hostile
from tests.browser.conftest import ARTIFACTS, screenshot, serve, wait_for_app

pytestmark = pytest.mark.browser

JENS = hostile.RENAMED["person:jens-stoltenberg"]

# (name, path, has a chart, texts that must show as written: in the charts, on the page)
PAGES = [
    ("overview", "/", True, ["<b>bold</b> Putin", '<a href="javascript:alert(1)">J…'], []),
    ("cooccurrence", "/cooccurrence?co_min=1", True, ["Turkey & <i>allies</i>"], []),
    ("timeline", "/timeline", True, ["<b>bold</b> Helsinki summit"], []),
    ("entities", "/entities?id=person:jens-stoltenberg", True, [f"Mentions of {JENS} over time"], [JENS]),
    ("articles", "/articles?q=alert&article=0000000000000002", False, [],
     ['<a href="javascript:alert(1)">Read me</a>', hostile.IMG]),
    ("map", "/map", True, ['Countries named with =HYPERLINK("http://evil","NATO")'], []),
    ("compare", "/compare", True, ["<b>Reuters</b>", "=Sputnik"], []),
]  # fmt: skip

# What the data could have made of the page or the chart if it ran as markup.
EVIDENCE_JS = """() => {
  // Streamlit's own heading anchors (#…) are not links to anywhere.
  const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
    .filter(h => !h.startsWith('#'));
  return {
    onerror: document.querySelectorAll('[onerror]').length,
    badLinks: links.filter(h => /^\\s*javascript:|evil/i.test(h)),
    chartLinks: document.querySelectorAll('.js-plotly-plot a').length,
    chartImages: document.querySelectorAll('.js-plotly-plot img').length,
    chartText: [...document.querySelectorAll('.js-plotly-plot text')].map(t => t.textContent).join('\\n'),
    pageText: document.body.innerText,
  };
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    curation = hostile.write_curation(tmp_path_factory.mktemp("hostile") / "curation.yaml")
    with serve(
        tmp_path_factory, dataset=hostile.make_dataset(), LENS_CURATION=str(curation)
    ) as url:
        yield url


def assert_inert(evidence: dict) -> None:
    assert evidence["onerror"] == 0
    assert evidence["badLinks"] == []
    assert evidence["chartLinks"] == 0 and evidence["chartImages"] == 0


def listen(page) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


@pytest.mark.parametrize(("name", "path", "has_chart", "in_charts", "on_page"), PAGES)
def test_hostile_names_show_as_written_on_the_page_and_in_the_html_exports(
    hostile_server, page, tmp_path, name, path, has_chart, in_charts, on_page
):
    dialogs = listen(page)
    page.goto(hostile_server + path)
    wait_for_app(page, chart=has_chart)
    assert page.locator('[data-testid="stException"]').count() == 0
    if name == "articles":
        article = page.locator(".lens-article")
        article.wait_for(timeout=30_000)
        assert hostile.IMG in article.inner_text() and article.locator("img, a").count() == 0
    if name == "overview":  # a hover label from the data, drawn by plotly
        people = page.locator(".js-plotly-plot").filter(has_text="Most mentioned people").first
        bar = people.locator(".bars .point path").last  # the top bar: the most mentioned
        bar.scroll_into_view_if_needed()
        box = bar.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(600)
        assert "<b>bold</b> Putin" in people.locator(".hoverlayer").text_content()
    evidence = page.evaluate(EVIDENCE_JS)
    assert_inert(evidence)
    for text in in_charts:
        assert text in evidence["chartText"], text
    for text in on_page:
        assert text in evidence["pageText"], text
    screenshot(page, f"hostile-{name}")

    buttons = page.locator('[data-testid="stDownloadButton"]').filter(has_text="HTML")
    exported = []
    for i in range(buttons.count()):
        with page.expect_download(timeout=60_000) as download:
            buttons.nth(i).click()
        path_html = tmp_path / download.value.suggested_filename
        download.value.save_as(path_html)
        view = page.context.new_page()
        export_dialogs = listen(view)
        view.goto(path_html.as_uri())
        view.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        view.wait_for_timeout(300)
        shown = view.evaluate(EVIDENCE_JS)
        assert_inert(shown)
        assert export_dialogs == [], path_html.name
        assert view.title() in shown["chartText"]  # the page title is the chart's, as written
        exported.append(shown["chartText"])
        if name == "overview" and i == 0:
            view.screenshot(path=str(ARTIFACTS / "hostile-export.png"))
        view.close()
    assert len(exported) == buttons.count() and (not has_chart or exported)
    for text in in_charts:
        assert any(text in e for e in exported), text
    assert dialogs == []
