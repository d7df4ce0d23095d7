"""Where a page's script run goes beyond its queries, and what it sends to the browser:
each page run in Streamlit's AppTest on a corpus's tables, after filter changes as in
bench/query_bench.py, with the script thread under cProfile.

    python -m bench.page_profile --corpus real-100000 --runs 3 --pages compare entities
    python -m bench.page_profile --corpus real --pages compare --url cmp_tab=Tone  # a section
    python -m bench.page_profile --corpus real --runs 9 --plain   # script times, no profiler

For every page it prints the script time, the time of the queries (lib.ui.QUERY_TIMES), the
profile's top functions by cumulative time (the project's, plotly's and Streamlit's), and
the payload of the last run: every chart's figure JSON and every table's Arrow bytes, by
element, largest first. Nothing is written: a tool to find the next cost, not a result.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

from bench.query_bench import PAGES, _filters

ROOT = Path(__file__).resolve().parent.parent


PROFILE: list[cProfile.Profile] = [cProfile.Profile()]  # the one script runs go to


def _profiled_runner() -> None:
    """Every script run of this process (in Streamlit's script thread) under PROFILE[0]."""
    from streamlit.runtime.scriptrunner import script_runner

    inner = script_runner.exec_func_with_error_handling

    def profiled(func, ctx):
        PROFILE[0].enable()
        try:
            return inner(func, ctx)
        finally:
            PROFILE[0].disable()

    script_runner.exec_func_with_error_handling = profiled


def payload(at) -> list[tuple[str, str, int]]:
    """(element type, what it is, bytes) of the run's charts and tables, largest first."""
    out = []
    for chart in at.get("plotly_chart"):
        spec = chart.proto.spec
        title = ""
        try:
            import json

            title = json.loads(spec)["layout"]["title"]["text"][:60]
        except (KeyError, TypeError, ValueError):
            pass
        out.append(("plotly_chart", title or chart.proto.id[-40:], len(spec)))
    for table in at.dataframe:
        out.append(("dataframe", f"{table.proto.id[-40:]}", table.proto.ByteSize()))
    return sorted(out, key=lambda row: -row[2])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="real-100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pages", nargs="+", metavar="STEM")
    parser.add_argument("--top", type=int, default=35, help="functions printed per page")
    parser.add_argument(
        "--url",
        nargs="+",
        default=[],
        metavar="KEY=VALUE",
        help="query parameters of the pages' link, e.g. cmp_tab=Tone (a section of Compare)",
    )
    parser.add_argument(
        "--plain", action="store_true", help="no profiler: true script times, medians only"
    )
    args = parser.parse_args(argv)
    from bench.realnews import corpus_dir

    os.environ["LENS_DATA_DIR"] = str(corpus_dir(args.corpus))
    from streamlit.testing.v1 import AppTest

    from lib import ui

    if not args.plain:
        _profiled_runner()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.run()
    corpus = ui.load_corpus()
    top = corpus.catalog.sort_values("n_articles", ascending=False)
    entities = top[top["type"] != "event"].index[:40].tolist()
    rng = random.Random(args.seed)
    for page in PAGES:
        if args.pages and Path(page).stem not in args.pages:
            continue
        for param in args.url:
            key, _, value = param.partition("=")
            at.query_params[key] = value
        if page != "dashboard.py":
            at.switch_page(page).run()
        PROFILE[0] = cProfile.Profile()
        scripts, queries = [], []
        for _ in range(args.runs):
            chosen, start, end = _filters(rng, entities)
            at.sidebar.multiselect(key=ui.K_ENTITY).set_value(chosen)
            at.sidebar.date_input(key=ui.K_FROM).set_value(start)
            at.sidebar.date_input(key=ui.K_TO).set_value(end)
            ui.QUERY_TIMES.clear()
            began = time.perf_counter()
            at.run()
            scripts.append(time.perf_counter() - began)
            queries.append(sum(s for _, s in ui.QUERY_TIMES))
            if at.exception:
                raise SystemExit(f"{page} failed: {at.exception}")
        print(f"\n=== {page}: script {', '.join(f'{s * 1000:.0f}' for s in scripts)} ms; "
              f"queries {', '.join(f'{q * 1000:.0f}' for q in queries)} ms; "
              f"median {statistics.median(scripts) * 1000:.0f} / "
              f"{statistics.median(queries) * 1000:.0f} ms")  # fmt: skip
        if args.plain:
            continue
        text = io.StringIO()
        stats = pstats.Stats(PROFILE[0], stream=text).sort_stats("cumulative")
        stats.print_stats(r"lib/|pages/|plotly/|streamlit/elements|narwhals|pandas/io", args.top)
        print(
            "\n".join(line for line in text.getvalue().splitlines() if line.strip()[:1].isdigit())
        )
        for kind, what, size in payload(at):
            print(f"  {kind:13} {size / 1024:9.1f} KB  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
