"""Dashboard speed: cold start to first chart, and a filter change on every page, on the
sample corpus and on a generated corpus of about 10k articles. Run on demand (not part of
the test suite):

    python -m bench.dashboard_bench                 # sample corpus and 10,000 articles
    python -m bench.dashboard_bench --n 2000        # another size

The 10k corpus: `bench/corpus.py` writes N news-style articles (agency-copy sentence
templates about NATO–Russia relations, filled at random with a fixed seed from the
project's gazetteers and event knowledge base, publication dates 2014–2020, outlets'
datelines and chrome). It is not real news, but it has realistic sizes and densities. It
is preprocessed once, like a user would (`python -m lib.preprocess --corpus
bench/corpora/news-N.jsonl --out bench/results/tmp/dash-N --n-process 2`), and reused
by later runs.

What is measured, with the README's server (`streamlit run dashboard.py` on 127.0.0.1)
and headless Chromium driven by Playwright, as a user sees it:

- first start (sample only): no tables yet; the dashboard preprocesses the sample itself,
  from opening the page to its first chart drawn;
- cold start: a new server process, tables on disk; from opening the page to the first
  chart drawn and the app idle (reading Parquet, building the entity catalogue, first
  queries, drawing);
- page switch: a click on the page's link in the sidebar, to its charts drawn (first
  visit: nothing of this page is cached yet);
- filter change: choosing an entity in the sidebar's type-ahead on that page, to every
  chart drawn again with the filter in its subtitle (not cached);
- same filter again: removing and re-adding it (cached queries).

Results are appended to bench/results/dashboard.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bench.corpus import write_corpus
from lib import store
from lib.engine.run import SAMPLE_CORPUS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "dashboard.md"
TMP = ROOT / "bench" / "results" / "tmp"
CHROMIUM = os.environ.get("BROWSER_PATH") or "/usr/bin/chromium"
ENTITY = "Vladimir Putin"
# (link label, URL path, text that shows the page has drawn)
PAGES = [
    ("Overview", "", "Most mentioned"),
    ("Co-occurrence", "cooccurrence", "Co-occurrence matrix"),
    ("Timeline", "timeline", "Timeline"),
    ("Entities", "entities", "Who and what appears with"),
    ("Articles", "articles", None),
]


def prepare(n: int) -> Path:
    """The tables of an n-article generated corpus, built once. Beyond 10k articles (a
    multiple of it), the 10k run replicated (bench/replicate.py): preprocessing 100k here
    would take most of an hour and give the dashboard the same sizes."""
    if n > 10_000 and n % 10_000 == 0:
        from bench.query_bench import data_dir

        return data_dir(n)
    corpus = ROOT / "bench" / "corpora" / f"news-{n}.jsonl"
    if not corpus.exists():
        write_corpus(n, corpus)
    out = TMP / f"dash-{n}"
    if not store.dataset_exists(out):
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "lib.preprocess",
                "--corpus",
                str(corpus),
                "--out",
                str(out),
                "--n-process",
                "2",
                "--quiet",
            ],
            cwd=ROOT,
            check=False,
        )
        print(f"preprocessed {n} articles in {time.perf_counter() - started:.0f} s")
    if not store.dataset_exists(out):
        raise SystemExit(f"preprocessing {corpus} wrote no tables to {out}")
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(data_dir: Path):
    port = free_port()
    env = {**os.environ, "LENS_DATA_DIR": str(data_dir)}
    cmd = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def idle(page, timeout: float = 300_000) -> None:
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout, polling=50
    )


def drawn(
    page,
    marker: str | None,
    *,
    contains: str | None = None,
    url_has: str | None | bool = False,
    timeout: float = 300_000,
) -> None:
    """Until the page's first chart (or, without charts, its table) is drawn and says
    `contains` if given, the URL holds `url_has` (None: holds no entity filter; False: not
    checked), and the app is idle."""
    if url_has is None:
        page.wait_for_function(
            "() => !location.search.includes('entity=')", timeout=timeout, polling=50
        )
    elif url_has:
        page.wait_for_function(
            "(s) => location.search.includes(s)", arg=url_has, timeout=timeout, polling=50
        )
    if marker is None:
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=timeout)
    else:
        page.wait_for_function(
            """([marker, contains]) => {
                const titles = [...document.querySelectorAll('.js-plotly-plot .gtitle')].map(t => t.textContent);
                return titles.some(t => t.includes(marker) && (!contains || t.includes(contains)));
            }""",
            arg=[marker, contains],
            timeout=timeout,
            polling=50,
        )
    idle(page, timeout)


def pick_entity(page, name: str) -> float:
    """Type the name into the sidebar's type-ahead and choose it; returns the moment of the
    choice (the filter change), so that the typing is not counted."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(name)
    option = page.get_by_role("option", name=name).first
    option.wait_for()
    started = time.perf_counter()
    option.click()
    page.keyboard.press("Escape")
    return started


def clear_entities(page) -> None:
    """Remove the (one) chosen entity: Backspace in the type-ahead drops the last chip."""
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.locator(
        "input"
    ).click()
    page.keyboard.press("Backspace")
    page.keyboard.press("Escape")


def measure(data_dir: Path, *, label: str) -> list[tuple[str, str, float]]:
    """(corpus, figure, seconds) rows for one corpus."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        with server(data_dir) as url:
            page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            started = time.perf_counter()
            page.goto(url)
            drawn(page, "Most mentioned")
            rows.append(
                (
                    label,
                    "cold start to first chart (new server, tables on disk)",
                    time.perf_counter() - started,
                )
            )
            for link, path, marker in PAGES:
                if path:
                    started = time.perf_counter()
                    page.locator('[data-testid="stSidebar"]').get_by_role(
                        "link", name=link, exact=True
                    ).click()
                    page.wait_for_url(f"{url}/{path}*")
                    drawn(page, marker)
                    rows.append(
                        (label, f"{link}: page switch, first visit", time.perf_counter() - started)
                    )
                started = pick_entity(page, ENTITY)
                drawn(page, marker, contains=ENTITY if marker else None, url_has="entity=")
                rows.append(
                    (
                        label,
                        f"{link}: filter change (entity), not cached",
                        time.perf_counter() - started,
                    )
                )
                clear_entities(page)
                drawn(page, marker, url_has=None)
                started = pick_entity(page, ENTITY)
                drawn(page, marker, contains=ENTITY if marker else None, url_has="entity=")
                rows.append(
                    (label, f"{link}: same filter again, cached", time.perf_counter() - started)
                )
                clear_entities(page)
                drawn(page, marker, url_has=None)
        browser.close()
    return rows


def first_start() -> tuple[str, str, float]:
    """No tables yet: the dashboard preprocesses the sample corpus, then draws."""
    from playwright.sync_api import sync_playwright

    out = TMP / f"first-start-{os.getpid()}"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        with server(out / "processed") as url:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            started = time.perf_counter()
            page.goto(url)
            drawn(page, "Most mentioned")
            seconds = time.perf_counter() - started
        browser.close()
    return ("sample (2 articles)", "first start: preprocess the sample, then first chart", seconds)


def write(rows: list[tuple[str, str, float]], sizes: dict[str, str]) -> None:
    load = os.getloadavg()[
        0
    ]  # other work on the machine slows every figure: say how much there was
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f}"
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Dashboard benchmark\n\nWritten by `python -m bench.dashboard_bench` (see its docstring for "
            "how the corpus is made and what is measured). Times in seconds, in a real server and "
            "headless Chromium.\n\n| date | machine | corpus | tables | figure | seconds |\n|---|---|---|---|---|---|\n",
            encoding="utf-8",
        )
    with RESULTS.open("a", encoding="utf-8") as handle:
        for corpus, figure, seconds in rows:
            handle.write(
                f"| {stamp} | {machine} | {corpus} | {sizes.get(corpus, '')} | {figure} | {seconds:.2f} |\n"
            )


def size_of(data_dir: Path) -> str:
    rows = store.read_dataset(data_dir).manifest.get("rows", {})
    return f"{rows.get('articles', 0):,} articles, {rows.get('mentions', 0):,} mentions, {rows.get('sentences', 0):,} sentences"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the generated corpus")
    parser.add_argument("--skip-sample", action="store_true")
    args = parser.parse_args(argv)
    rows, sizes = [], {}
    if not args.skip_sample:
        rows.append(first_start())
        sample = TMP / "dash-sample"
        if not store.dataset_exists(sample):
            from lib.engine.run import process_corpus

            store.write_dataset(process_corpus([SAMPLE_CORPUS]), sample)
        sizes["sample (2 articles)"] = size_of(sample)
        rows += measure(sample, label="sample (2 articles)")
    big = prepare(args.n)
    label = f"generated ({args.n:,} articles)"
    sizes[label] = size_of(big)
    rows += measure(big, label=label)
    for corpus, figure, seconds in rows:
        print(f"{corpus:28} {figure:58} {seconds:7.2f} s")
    write(rows, sizes)
    print(f"-> {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
