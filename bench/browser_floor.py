"""Where a page's opening time goes: the server's script or the browser's drawing, on the
three-article sample and on a real corpus, with the same code, side by side.

    python -m bench.browser_floor --corpus real --visits 3
    python -m bench.browser_floor --corpus real --baseline ../wt-main   # side by side

For every page opened from its link in a new browser session (as bench.dashboard_bench
does), and then for a filter change on it (the most mentioned person chosen in the
sidebar's type-ahead), three figures, each the median of the visits:

- wall: from the navigation to the first chart drawn and the app idle;
- browser CPU: the CPU time of the renderer's main thread over that visit (the sum of its
  top-level tasks' thread time in a Chrome trace): parsing and running Streamlit's and
  plotly's JavaScript, React, plotly's layout and drawing;
- server CPU: the thread CPU time of the page's script runs in the server (a
  `streamlit run` whose ScriptRunner is timed, bench/timed_server.py).

CPU times hold whatever else the machine is doing, wall times do not; under load both
grow, so compare checkouts only side by side: with `--baseline PATH` another checkout's
pages are measured too, page by page alternating with this one's, each with its own
server. The sample corpus gives the dashboard's floor (its pages with almost no data), and
bench/bare_app.py that of Streamlit and plotly alone (five small charts and a type-ahead,
no project code). Results are appended to bench/results/real.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path

from bench.dashboard_bench import (
    CHROMIUM,
    LINK_PAGES,
    REAL_RESULTS,
    choose_entity,
    code_label,
    drawn,
    idle,
    server_at,
    top_people,
)
from bench.results_md import add_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "processed"
# RunTask events with their thread time come with the disabled-by-default timeline
TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"]


@contextmanager
def timed_server(data_dir: Path, runs_log: Path, script: str = "dashboard.py", root: Path = ROOT):
    """`streamlit run <script>` of the checkout at `root` on `data_dir`, every script run's
    thread CPU time appended to `runs_log`; yields the URL."""
    env = {"LENS_BENCH_RUNS_LOG": str(runs_log)}
    with server_at(root, data_dir, script=script, runner="bench.timed_server", env=env) as (url, _):
        yield url


def tracer(browser, page, trace: Path):
    """Starts the browser's trace of `page` into `trace` when called (opening, then a change)."""
    return partial(browser.start_tracing, page=page, path=str(trace), categories=TRACE_CATEGORIES)


def renderer_cpu(trace: Path) -> float:
    """Seconds of thread CPU of the busiest renderer main thread in a Chrome trace."""
    events = json.loads(trace.read_text())
    events = events["traceEvents"] if isinstance(events, dict) else events
    per_thread: collections.Counter = collections.Counter()
    for event in events:
        if event.get("ph") == "X" and event.get("name") == "RunTask":
            per_thread[(event["pid"], event["tid"])] += event.get("tdur", 0)
    return max(per_thread.values(), default=0) / 1e6


def server_cpu(runs_log: Path, since: int) -> float:
    lines = runs_log.read_text().splitlines()[since:] if runs_log.exists() else []
    return sum(float(line.split("\t")[1]) for line in lines)


def measure(data_dir: Path, visits: int, pages, root: Path = ROOT) -> dict[str, tuple[float, ...]]:
    """page -> median (wall, browser CPU, server CPU) seconds of `visits` openings, then
    the same three of a filter change (the most mentioned person chosen in the sidebar),
    with the checkout at `root`."""
    from playwright.sync_api import sync_playwright

    person = top_people(data_dir, 1)[0]
    out = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        runs_log, trace = Path(tmp) / "runs.tsv", Path(tmp) / "trace.json"
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        with timed_server(data_dir, runs_log, root=root) as url:
            for name, path, marker in pages:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                first = context.new_page()  # fills the server's caches, as in dashboard_bench
                first.goto(f"{url}/{path}")
                drawn(first, marker)
                context.close()
                opened, changed = [], []
                for _ in range(visits):
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    page = context.new_page()
                    trace_page = tracer(browser, page, trace)
                    trace_page()
                    since = len(runs_log.read_text().splitlines()) if runs_log.exists() else 0
                    started = time.perf_counter()
                    page.goto(f"{url}/{path}")
                    drawn(page, marker)
                    wall = time.perf_counter() - started
                    browser.stop_tracing()
                    opened.append((wall, renderer_cpu(trace), server_cpu(runs_log, since)))
                    since = len(runs_log.read_text().splitlines())
                    started = choose_entity(page, person, trace_page)
                    drawn(page, marker, contains=person if marker else None, url_has="entity=")
                    wall = time.perf_counter() - started
                    browser.stop_tracing()
                    changed.append((wall, renderer_cpu(trace), server_cpu(runs_log, since)))
                    context.close()
                out[name] = tuple(
                    statistics.median(v[i] for v in seen)
                    for seen in (opened, changed)
                    for i in range(3)
                )
                print(f"{code_label(root):22} {data_dir.name:12} {name:14} open: wall {out[name][0]:5.2f} browser CPU "
                      f"{out[name][1]:5.2f} server CPU {out[name][2]:5.2f} s; change: wall "
                      f"{out[name][3]:5.2f} browser CPU {out[name][4]:5.2f} server CPU "
                      f"{out[name][5]:5.2f} s", flush=True)  # fmt: skip
        browser.close()
    return out


BARE_PERSON = "Person 7"  # the bare page's option a filter change picks


def bare(
    visits: int, charts: int = 5, *, cached: bool = False, options: int = 3000
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Median (wall, browser CPU, server CPU) of opening bench/bare_app.py with `charts`
    plotly charts, and of a filter change on it (a person chosen in its type-ahead, as
    choose_entity does on the dashboard, until every chart is redrawn with the choice in its
    title): Streamlit and plotly alone, no project code and no data. `cached`: every visit a
    new tab of one browser profile (its HTTP cache warm, as for an analyst who has opened
    the tool before) rather than a new profile."""
    from playwright.sync_api import sync_playwright

    opened, changed = [], []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        runs_log, trace = Path(tmp) / "runs.tsv", Path(tmp) / "trace.json"
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        profile = browser.new_context(viewport={"width": 1400, "height": 1000})
        with timed_server(SAMPLE, runs_log, script="bench/bare_app.py") as url:
            for _ in range(visits + 1):  # the first one warms the server, as for the pages
                context = (
                    profile
                    if cached
                    else browser.new_context(viewport={"width": 1400, "height": 1000})
                )
                page = context.new_page()
                trace_page = tracer(browser, page, trace)
                trace_page()
                since = len(runs_log.read_text().splitlines()) if runs_log.exists() else 0
                started = time.perf_counter()
                page.goto(f"{url}/?charts={charts}&options={options}")
                if charts:
                    drawn(page, f"Bare chart {charts - 1}")
                else:
                    page.wait_for_selector('[data-testid="stMultiSelect"]', timeout=300_000)
                    idle(page)
                wall = time.perf_counter() - started
                browser.stop_tracing()
                opened.append((wall, renderer_cpu(trace), server_cpu(runs_log, since)))
                since = len(runs_log.read_text().splitlines())
                started = choose_entity(page, BARE_PERSON, trace_page)
                if charts:  # the last chart redrawn with the choice in its title
                    drawn(page, f"Bare chart {charts - 1}", contains=BARE_PERSON)
                else:
                    idle(page)
                wall = time.perf_counter() - started
                browser.stop_tracing()
                changed.append((wall, renderer_cpu(trace), server_cpu(runs_log, since)))
                page.close()
                if not cached:
                    context.close()
        browser.close()
    out = tuple(
        tuple(statistics.median(v[i] for v in seen[1:]) for i in range(3))
        for seen in (opened, changed)
    )
    print(
        f"bare page, {charts} charts, {options} options{', cached' if cached else ''}: open: wall {out[0][0]:5.2f} "
        f"browser CPU {out[0][1]:5.2f} server CPU {out[0][2]:5.2f} s; change: wall "
        f"{out[1][0]:5.2f} browser CPU {out[1][1]:5.2f} server CPU {out[1][2]:5.2f} s",
        flush=True,
    )
    return out  # type: ignore[return-value]


def floor_by_charts(counts: list[int], visits: int) -> None:
    """The bare page's opening and a filter change on it with each number of charts, new
    profile and cached: what one more plotly chart costs, added to bench/results/real.md."""
    rows = [(n, cached, bare(visits, n, cached=cached)) for n in counts for cached in (False, True)]
    machine, stamp = _machine(), datetime.now().strftime("%Y-%m-%d %H:%M")
    add_rows(
        REAL_RESULTS,
        "## The floor by number of charts (`python -m bench.browser_floor --charts 0 1 5`)",
        "bench/bare_app.py (no project code, no data: a type-ahead and N small plotly bar "
        "charts) opened in a new browser profile, or in a new tab of one profile (HTTP cache "
        "warm), median of the visits.\n\n"
        "| date | machine | visits | charts | browser | wall | browser CPU | server CPU |\n"
        "|---|---|---|---|---|---|---|---|",
        [
            f"| {stamp} | {machine} | {visits} | {n} | {'cached' if cached else 'new profile'} | "
            f"{wall:.2f} s | {browser_cpu:.2f} s | {server:.2f} s |"
            for n, cached, ((wall, browser_cpu, server), _) in rows
        ],
    )
    add_rows(
        REAL_RESULTS,
        "## The floor of a filter change (`python -m bench.browser_floor --charts 0 1 5`)",
        "bench/bare_app.py (no project code, no data) opened as above, then a person chosen in "
        "its type-ahead (as bench.dashboard_bench changes the entity filter): from the click on "
        "the option until every chart is redrawn with the choice in its title and the app is "
        "idle (with no chart: until idle), median of the visits. What a filter change costs "
        "with Streamlit and plotly alone, against the dashboard's bar of 0.5 s.\n\n"
        "| date | machine | visits | charts | browser | wall | browser CPU | server CPU |\n"
        "|---|---|---|---|---|---|---|---|",
        [
            f"| {stamp} | {machine} | {visits} | {n} | {'cached' if cached else 'new profile'} | "
            f"{wall:.2f} s | {browser_cpu:.2f} s | {server:.2f} s |"
            for n, cached, (_, (wall, browser_cpu, server)) in rows
        ],
    )


def _machine() -> str:
    load = os.getloadavg()[0]
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f}"


def write(corpus_label: str, measured: dict, visits: int, floor: tuple) -> None:
    """`measured`: checkout -> (sample, real), each page -> its six medians; `floor`: the
    bare page's (opening, filter change), each (wall, browser CPU, server CPU)."""
    machine, stamp = _machine(), datetime.now().strftime("%Y-%m-%d %H:%M")
    rows = [
        f"| {stamp} | {machine} | {code} | {visits} | {page} | {figure} | "
        f"{' / '.join(f'{v:.2f}' for v in sample[page][at : at + 3])} s | "
        f"{' / '.join(f'{v:.2f}' for v in real[page][at : at + 3])} s |"
        for page in next(iter(measured.values()))[1]
        for code, (sample, real) in measured.items()
        for at, figure in ((0, "opened from its link"), (3, "filter change (a person)"))
    ]
    code = code_label(ROOT)
    rows += [
        f"| {stamp} | {machine} | {code} | {visits} | bench/bare_app.py (no project code, no "
        f"data) | {figure} | {' / '.join(f'{v:.2f}' for v in times)} s | |"
        for figure, times in zip(("opened", "filter change (a person)"), floor, strict=True)
    ]
    add_rows(
        REAL_RESULTS,
        "## Where the opening time goes (`python -m bench.browser_floor`)",
        "Each page opened from its link in a new browser session, median of the visits: wall "
        "time to interactive, the CPU time of the browser's main thread and of the server's "
        "script runs, on the three-article sample (the floor: Streamlit's and plotly's own "
        "cost) and on the real corpus, same code, one run.\n\n"
        "| date | machine | code | visits | page | figure | sample: wall / browser CPU / "
        f"server CPU | {corpus_label}: wall / browser CPU / server CPU |\n"
        "|---|---|---|---|---|---|---|---|",
        rows,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="real", help="a real corpus (bench/realnews.py)")
    parser.add_argument("--visits", type=int, default=3)
    parser.add_argument("--pages", nargs="+", type=str.lower, help="only these pages")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--baseline", type=Path, help="another checkout, measured side by side")
    parser.add_argument(
        "--charts", nargs="+", type=int, help="only the bare page, with these numbers of charts"
    )
    args = parser.parse_args(argv)
    if args.charts:
        floor_by_charts(args.charts, args.visits)
        return 0
    from bench.realnews import corpus_dir, label

    if not (SAMPLE / "current").exists():
        raise SystemExit(f"{SAMPLE}: no sample tables; open the dashboard once (make run)")
    pages = [p for p in LINK_PAGES if not args.pages or p[0].lower() in args.pages]
    roots = [args.baseline.resolve(), ROOT] if args.baseline else [ROOT]
    floor = bare(args.visits)
    codes = {root: code_label(root) for root in roots}  # as they were when the run began
    measured: dict[str, tuple[dict, dict]] = {code: ({}, {}) for code in codes.values()}
    for page in pages:  # page by page, checkouts alternating: the same load for both
        for data_dir, at in ((SAMPLE, 0), (corpus_dir(args.corpus), 1)):
            for root in roots:
                measured[codes[root]][at].update(measure(data_dir, args.visits, [page], root))
    if not args.no_write:
        write(label(args.corpus), measured, args.visits, floor)
        print(f"-> {REAL_RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
