"""A real Streamlit server on 127.0.0.1 and a real headless Chromium (Debian's) driving it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(tmp_path_factory, *, dataset=None, **env_vars: str):
    """The dashboard served on loopback, with its tables (and uploads, entity corrections,
    saved views) in a fresh folder: the tables of `dataset` (a lib.store.Dataset) when
    given, else the sample corpus's, built on first start. `env_vars` (e.g.
    LENS_CURATION=…) override the folder's paths."""
    port = free_port()
    served = tmp_path_factory.mktemp("served")
    if dataset is not None:
        from lib import store

        store.write_dataset(dataset, served / "processed")
    env = {
        **os.environ,
        "LENS_DATA_DIR": str(served / "processed"),
        "LENS_UPLOAD_DIR": str(served / "uploads"),
        "LENS_CURATION": str(served / "curation.yaml"),
        "LENS_VIEWS": str(served / "views.json"),
        **env_vars,
    }
    log = (tmp_path_factory.mktemp("log") / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard.py",
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            # Edits to the source tree during a run must not show "File change. Rerun".
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(f"streamlit did not answer on {url}; see {log.name}")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """One server for the read-only browser tests."""
    with serve(tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A server of its own, for a test that changes the corpus (an upload)."""
    with serve(tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def wait_for_app(page, *, timeout: float = 90_000, chart: bool = True) -> None:
    """Until the page has drawn (its charts, or else its main block) and the app has
    stopped running."""
    if chart:
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=timeout)
    else:
        page.wait_for_selector(
            '[data-testid="stDataFrame"], [data-testid="stAlert"]', timeout=timeout
        )
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout)
    page.wait_for_timeout(500)


def screenshot(page, name: str) -> Path:
    """The whole page: Streamlit scrolls inside its main block, so the viewport is grown to
    the content's height first, then restored."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    size = page.viewport_size
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll("
        "'[data-testid=stMain], [data-testid=stMainBlockContainer], [data-testid=stAppViewContainer]')]"
        ".map(e => e.scrollHeight), 0)"
    )
    page.set_viewport_size(
        {"width": size["width"], "height": min(max(int(height) + 40, size["height"]), 8000)}
    )
    page.wait_for_timeout(800)  # plotly charts resize to the new viewport
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path


_POINT_JS = """([title, trace, label]) => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')]
    .find(g => ((g.layout.title || {}).text || '').includes(title));
  gd.scrollIntoView();
  const i = gd.data.findIndex(t => t.name === trace);
  const texts = gd.data[i].text || [];
  const k = label === null ? 0 : texts.findIndex(s => String(s).includes(label));
  const t = gd._fullData[i], cd = gd.calcdata[i][k];
  const xa = gd._fullLayout[t.xaxis.replace('x', 'xaxis')], ya = gd._fullLayout[t.yaxis.replace('y', 'yaxis')];
  const r = gd.getBoundingClientRect();
  return {x: r.left + xa._offset + xa.c2p(cd.x), y: r.top + ya._offset + ya.c2p(cd.y)};
}"""


def click_point(page, chart_title: str, trace: str, label: str | None = None) -> None:
    """Click one point of a plotly chart, as a user would: the point of trace `trace` whose
    text holds `label` (the first point when None), found from the chart's own axes."""
    page.evaluate(_POINT_JS, [chart_title, trace, label])  # scrolls the chart into view
    page.wait_for_timeout(300)
    # A chart plotly is still laying out (its margins pushed by its labels) moves its points:
    # read the point until two readings agree, so the click lands where the point is.
    pos = page.evaluate(_POINT_JS, [chart_title, trace, label])
    for _ in range(20):
        page.wait_for_timeout(150)
        again = page.evaluate(_POINT_JS, [chart_title, trace, label])
        if again == pos:
            break
        pos = again
    # Hover first: plotly selects the point its (throttled) hover found, and a click that
    # comes before the hover on a busy machine selects nothing. Its hover label shows it found one.
    page.mouse.move(pos["x"], pos["y"])
    try:
        page.wait_for_selector(".hoverlayer .hovertext", timeout=3000)
    except PlaywrightTimeout:
        page.wait_for_timeout(400)  # a trace without hover labels: the old pause
    page.mouse.click(pos["x"], pos["y"])
