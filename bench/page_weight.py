"""What each page makes the browser do: the bytes the server sends, the elements and plotly
charts drawn, each chart's size, and the browser's own counters (Chrome's
Performance.getMetrics: script, layout, style recalculation, task time), for a page opened
from its link and for a filter change on it. Printed, not written: a diagnosis, not a bar.

    LENS_BENCH_DATA=/work/bench-data python -m bench.page_weight --corpus real
    python -m bench.page_weight --root ../wt-main --pages compare     # another checkout

The filter change chooses the most mentioned person in the sidebar, as bench.browser_floor
does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.dashboard_bench import CHROMIUM, LINK_PAGES, choose_entity, drawn, server_at, top_people

ROOT = Path(__file__).resolve().parent.parent
METRICS = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "Nodes")

# per chart: its title, traces, points (the longest array of each trace), JSON size, and the
# margins its labels pushed past the figure's own (plotly's automargin then draws it twice)
CHARTS_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(el => {
    const title = (el.querySelector('.gtitle') || {}).textContent || '';
    const points = (el.data || []).reduce((n, t) => n + Math.max(0,
        ...['x', 'y', 'z', 'locations', 'lat', 'text'].map(k => (t[k] && t[k].length) || 0)), 0);
    const size = JSON.stringify({data: el.data, layout: el.layout}).length;
    const full = el._fullLayout || {}, drawn = full._size || {}, asked = full.margin || {};
    const pushed = ['l', 'r', 't', 'b'].filter(k => Math.round(drawn[k]) > Math.round(asked[k]))
        .map(k => `${k} ${asked[k]}→${Math.round(drawn[k])}`);
    return {title: title.slice(0, 60), traces: (el.data || []).length, points, size,
            pushed: pushed.join(', ') || 'none'};
})"""
ELEMENTS_JS = """() => ({
    dom: document.getElementsByTagName('*').length,
    elements: document.querySelectorAll('[data-testid=stElementContainer]').length,
    dataframes: document.querySelectorAll('[data-testid=stDataFrame]').length,
    buttons: document.querySelectorAll('[data-testid=stDownloadButton]').length,
    iframes: document.querySelectorAll('iframe').length,
})"""


def metrics(cdp) -> dict[str, float]:
    got = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {k: got.get(k, 0.0) for k in METRICS}


def count_received(page) -> list[int]:
    """A one-item list that adds up the bytes of every websocket frame `page` receives."""
    received = [0]

    def frame(payload) -> None:
        received[0] += len(payload)

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    return received


def report(label: str, before: dict, after: dict, received: int, charts: list, elements: dict):
    delta = {k: after[k] - before[k] for k in METRICS}
    print(
        f"  {label}: task {delta['TaskDuration']:.2f} s, script {delta['ScriptDuration']:.2f}, "
        f"layout {delta['LayoutDuration']:.2f}, style {delta['RecalcStyleDuration']:.2f}; "
        f"{received / 1e3:,.0f} kB received; {elements}",
        flush=True,
    )
    for c in charts:
        print(
            f"    {c['title']:60} traces {c['traces']:3} points {c['points']:6} "
            f"json {c['size'] / 1e3:7.1f} kB; margins pushed: {c['pushed']}"
        )


def weigh(root: Path, data_dir: Path, pages) -> None:
    from playwright.sync_api import sync_playwright

    person = top_people(data_dir, 1)[0]
    with sync_playwright() as p, server_at(root, data_dir) as (url, _):
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        for name, path, marker in pages:
            for warm in (True, False):  # the first visit fills the server's caches
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                received = count_received(page)
                cdp = context.new_cdp_session(page)
                cdp.send("Performance.enable")
                before = metrics(cdp)
                started = time.perf_counter()
                page.goto(f"{url}/{path}")
                drawn(page, marker)
                wall = time.perf_counter() - started
                if warm:
                    context.close()
                    continue
                print(f"{name} ({root.name}): opened in {wall:.2f} s", flush=True)
                after = metrics(cdp)
                report("open", before, after, received[0], page.evaluate(CHARTS_JS),
                       page.evaluate(ELEMENTS_JS))  # fmt: skip
                received[0] = 0
                before = metrics(cdp)
                choose_entity(page, person)
                drawn(page, marker, contains=person if marker else None, url_has="entity=")
                after = metrics(cdp)
                report("change", before, after, received[0], page.evaluate(CHARTS_JS),
                       page.evaluate(ELEMENTS_JS))  # fmt: skip
                context.close()
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="real", help="a real corpus (bench/realnews.py)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument("--pages", nargs="+", type=str.lower, help="only these pages")
    args = parser.parse_args(argv)
    from bench.realnews import corpus_dir

    pages = [p for p in LINK_PAGES if not args.pages or p[0].lower() in args.pages]
    weigh(args.root.resolve(), corpus_dir(args.corpus), pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
