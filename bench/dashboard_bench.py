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

On the real corpora (bench/realnews.py: the 28,661 real articles of ../shared/realnews,
and that run replicated to 100,000), `--corpus real` (or `real-100000`) measures what
issue 16 asks, for this checkout's code and, with `--baseline PATH`, another checkout's
(main's, from a second worktree) side by side, one server each, the same visits
alternating between them:

- cold start: a new server, the Overview opened from its link, to its charts drawn;
- each page opened from its link in a new browser session, V times (`--visits`, 20):
  p50 / p95 of the time to its first chart drawn and the app idle (interactive);
- a filter change on each page (`--changes` of the visits): an entity chosen in the
  sidebar's type-ahead, to the charts drawn again with it in their subtitle;
- on a page in sections (Compare's tabs: only the open one is drawn), after each filter
  change: a click on another section's tab, to its charts drawn with the entity in their
  subtitle (its queries not cached: each change is another entity);
- the server's peak memory (VmHWM) after every page has been visited V times.

    python -m bench.dashboard_bench --corpus real --baseline ../wt-main --visits 20

Results are appended to bench/results/real.md.
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
from bench.results_md import add_rows
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
    parser.add_argument("--corpus", help="a real corpus (bench/realnews.py): real, real-100000")
    parser.add_argument("--baseline", type=Path, help="another checkout, measured side by side")
    parser.add_argument("--visits", type=int, default=20, help="times each page is opened")
    parser.add_argument("--changes", type=int, default=5, help="filter changes per page")
    parser.add_argument(
        "--baseline-visits", type=int, default=20, help="at most this many for the baseline"
    )
    parser.add_argument("--pages", nargs="+", type=str.lower, help="only these pages")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--data", type=Path, help="with --corpus: its tables from this folder")
    args = parser.parse_args(argv)
    if args.corpus:
        return main_real(args)
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


# -- issue 16: every page opened from its link, on the real corpora --------------------------

REAL_RESULTS = ROOT / "bench" / "results" / "real.md"
# (name, URL path, text of the first chart's title: the page has drawn)
LINK_PAGES = [
    ("Overview", "", "Most mentioned"),
    ("Co-occurrence", "cooccurrence", "Co-occurrence matrix"),
    ("Timeline", "timeline", "Timeline"),
    ("Map", "map", "Countries in the coverage"),
    ("Entities", "entities", "Who and what appears with"),
    ("Articles", "articles", None),
    ("Compare", "compare", "Coverage volume by group"),
]
# A page's section opened after each filter change: (tab label, a chart it draws). Compare
# draws only its open tab, so the other sections' cost is paid when one is opened.
SECTION_SWITCH = {"Compare": ("Tone", "Tone by group over time")}


def code_label(root: Path) -> str:
    """'scale@1a2b3c4': the branch (or 'detached') and commit of a checkout."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
        return done.stdout.strip()

    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    dirty = "+dirty" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"{'main' if branch == 'HEAD' else branch}@{git('rev-parse', '--short', 'HEAD')}{dirty}"


@contextmanager
def server_at(
    root: Path,
    data_dir: Path,
    *,
    script: str = "dashboard.py",
    runner: str = "streamlit",
    env: dict[str, str] | None = None,
):
    """`streamlit run <script>` of the checkout at `root` (its own lib/, this Python), on the
    tables of `data_dir`; `runner` is the module run as `streamlit` (bench.timed_server times
    the script runs), `env` more environment; yields (url, pid)."""
    port = free_port()
    env = {**os.environ, "LENS_DATA_DIR": str(data_dir), "PYTHONPATH": str(root), **(env or {})}
    cmd = [
        sys.executable, "-m", runner, "run", script, "--server.headless", "true",
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    proc = subprocess.Popen(
        cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def memory_mb(pid: int) -> tuple[float, float]:
    """(peak, current) resident memory of a process, in MB (Linux's VmHWM, VmRSS)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmHWM", 0.0), fields.get("VmRSS", 0.0)


def top_people(data_dir: Path, n: int) -> list[str]:
    """The n people mentioned in most articles: the entities the filter changes choose."""
    import pyarrow.parquet as pq

    run = store.current_run(data_dir) or data_dir
    entities = pq.read_table(run / "entities.parquet", columns=["type", "name", "n_articles"])
    frame = entities.to_pandas()
    people = frame[frame["type"] == "person"].sort_values("n_articles", ascending=False)
    return people["name"].drop_duplicates().head(n).tolist()


def choose_entity(page, name: str, before_choice=None) -> float:
    """pick_entity for a corpus with many entities: the option of this person by its
    label's start ('Vladimir Putin · person (…)'). `before_choice` runs once the option is
    shown (bench.browser_floor starts its trace there, so that the typing is not counted)."""
    import re

    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(name)
    option = page.get_by_role("option", name=re.compile("^" + re.escape(f"{name} · person"))).first
    option.wait_for()
    if before_choice:
        before_choice()
    started = time.perf_counter()
    option.click()
    page.keyboard.press("Escape")
    return started


def visit(
    browser,
    url: str,
    path: str,
    marker: str | None,
    entity: str | None,
    section: tuple[str, str] | None = None,
):
    """Open a page from its link in a new session: (seconds to interactive, seconds of the
    filter change or None, seconds of opening `section` after it or None: (tab label, title
    of a chart it draws); None too for a checkout whose page has no such tab)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(f"{url}/{path}")
        drawn(page, marker)
        opened = time.perf_counter() - started
        changed = None
        if entity:
            started = choose_entity(page, entity)
            drawn(page, marker, contains=entity if marker else None, url_has="entity=")
            changed = time.perf_counter() - started
        switched = None
        if entity and section and page.get_by_role("tab", name=section[0], exact=True).count():
            started = time.perf_counter()
            page.get_by_role("tab", name=section[0], exact=True).click()
            drawn(page, section[1], contains=entity)
            switched = time.perf_counter() - started
        return opened, changed, switched
    finally:
        context.close()


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure_real(
    data_dir: Path,
    roots: dict[str, Path],
    *,
    visits: int,
    changes: int,
    pages=LINK_PAGES,
    most: dict[str, int] | None = None,
) -> dict[str, dict]:
    """Cold start, pages from their links, filter changes and peak memory, per checkout
    (roots: label -> checkout), visits alternating between the checkouts' servers; `most`
    caps a checkout's visits per page (a slow baseline)."""
    from contextlib import ExitStack

    from playwright.sync_api import sync_playwright

    people = top_people(data_dir, changes)
    results = {label: {"pages": {}} for label in roots}
    with sync_playwright() as p, ExitStack() as stack:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        servers = {}
        for label, root in roots.items():  # one at a time: a cold start has the cores
            url, pid = stack.enter_context(server_at(root, data_dir))
            started = time.perf_counter()
            visit(browser, url, "", "Most mentioned", None)
            results[label]["cold"] = time.perf_counter() - started
            servers[label] = (url, pid)
            print(f"{label:24} cold start {results[label]['cold']:6.2f} s", flush=True)
        for name, path, marker in pages:
            times = {label: ([], [], []) for label in roots}
            for i in range(visits):
                entity = people[i] if i < len(people) else None
                for label, (url, _) in servers.items():
                    if i >= (most or {}).get(label, visits):
                        continue
                    opened, changed, switched = visit(
                        browser, url, path, marker, entity, SECTION_SWITCH.get(name)
                    )
                    times[label][0].append(opened)
                    if changed is not None:
                        times[label][1].append(changed)
                    if switched is not None:
                        times[label][2].append(switched)
            for label in roots:
                opened, changed, switched = times[label]
                results[label]["pages"][name] = {
                    "open": opened,
                    "change": changed,
                    "switch": switched,
                }
                print(
                    f"{label:24} {name:14} open p50 {quantile(opened, 0.5):6.2f} "
                    f"p95 {quantile(opened, 0.95):6.2f}  change p50 "
                    f"{quantile(changed, 0.5) if changed else float('nan'):6.2f} s"
                    + (f"  switch p50 {quantile(switched, 0.5):6.2f} s" if switched else ""),
                    flush=True,
                )
        for label, (_, pid) in servers.items():
            results[label]["peak_mb"], results[label]["rss_mb"] = memory_mb(pid)
        browser.close()
    return results


# Targets of issue 16: (corpus, figure) -> (limit, unit)
REAL_TARGETS = {
    "real": {"open": 1.5, "open Compare": 3.0, "change": 0.5, "peak": 1536},
    "real-100000": {"cold": 3.0, "change": 1.0, "peak": 2048},
}


def real_rows(
    corpus: str, results: dict[str, dict], visits: int
) -> list[tuple[str, str, str, str]]:
    """(code, figure, value, target) rows."""
    targets = REAL_TARGETS.get(corpus, {})

    def target(key: str) -> str:
        return f"≤ {targets[key]:g}" if key in targets else ""

    rows = []
    for code, r in results.items():
        rows.append(
            (code, "cold start to first chart (new server)", f"{r['cold']:.2f} s", target("cold"))
        )
        for name, t in r["pages"].items():
            limit = (
                target("open Compare")
                if name == "Compare" and "open Compare" in targets
                else target("open")
            )
            rows.append(
                (
                    code,
                    f"{name}: opened from its link (new session), first / p50 / p95 of {len(t['open'])}",
                    f"{t['open'][0]:.2f} / {quantile(t['open'], 0.5):.2f} / {quantile(t['open'], 0.95):.2f} s",
                    limit,
                )
            )
            if t["change"]:
                rows.append(
                    (
                        code,
                        f"{name}: filter change (an entity), p50 / p95 of {len(t['change'])}",
                        f"{quantile(t['change'], 0.5):.2f} / {quantile(t['change'], 0.95):.2f} s",
                        target("change"),
                    )
                )
            if t.get("switch"):
                rows.append(
                    (
                        code,
                        f"{name}: switch section (to {SECTION_SWITCH[name][0]}) after the filter "
                        f"change, p50 / p95 of {len(t['switch'])}",
                        f"{quantile(t['switch'], 0.5):.2f} / {quantile(t['switch'], 0.95):.2f} s",
                        target("change"),
                    )
                )
        rows.append(
            (
                code,
                f"server peak memory (VmHWM) after every page visited "
                f"{max((len(t['open']) for t in r['pages'].values()), default=0)} times",
                f"{r['peak_mb']:,.0f} MB (now {r['rss_mb']:,.0f})",
                f"≤ {targets['peak']:,} MB" if "peak" in targets else "",
            )
        )
    return rows  # fmt: skip


def write_real(corpus: str, rows: list[tuple[str, str, str, str]], size: str) -> None:
    from bench.realnews import label

    load = os.getloadavg()[0]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f}"
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    add_rows(
        REAL_RESULTS,
        "## In the browser (`python -m bench.dashboard_bench --corpus …`)",
        "| date | machine | corpus | tables | code | figure | value | target |\n"
        "|---|---|---|---|---|---|---|---|",
        [
            f"| {stamp} | {machine} | {label(corpus)} | {size} | {code} | {figure} | {value} | {limit} |"
            for code, figure, value, limit in rows
        ],
    )


def main_real(args) -> int:
    from bench.realnews import corpus_dir

    data_dir = args.data or corpus_dir(args.corpus)
    roots = {code_label(ROOT): ROOT}
    if args.baseline:
        roots = {code_label(args.baseline): args.baseline, **roots}
    pages = [p for p in LINK_PAGES if not args.pages or p[0].lower() in args.pages]
    most = {code_label(args.baseline): args.baseline_visits} if args.baseline else {}
    results = measure_real(
        data_dir, roots, visits=args.visits, changes=args.changes, pages=pages, most=most
    )
    rows = real_rows(args.corpus, results, args.visits)
    for code, figure, value, limit in rows:
        print(f"{code:22} {figure:70} {value:>26} {limit}")
    if not args.no_write:
        write_real(args.corpus, rows, size_of(data_dir))
        print(f"-> {REAL_RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
