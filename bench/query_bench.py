"""Dashboard query latency, cold start and memory at 10k and 100k articles, measured inside
the server (no browser): the real page scripts run in Streamlit's AppTest, and every
uncached query they make is timed (lib.ui.QUERY_TIMES).

    python -m bench.query_bench                       # 10k and 100k (built if missing)
    python -m bench.query_bench --runs 40 --sizes 100000

Each size runs in a fresh Python process, like a new server:

- cold start: imports, reading the Parquet tables, building the catalogue, and the
  Overview page's first run with its charts (what a new server does before the first
  chart can be sent to the browser);
- filter change, per page: R random filter changes (an entity from the 40 most
  mentioned, a date range of 3 to 24 months, or both), each a cache miss. "queries" is
  the time of the queries behind the page (selecting the articles and every query the
  page asks lib.ui.query for); "page" is the whole script rerun (queries, building the
  plotly figures, Streamlit's own work), still without the browser, in wall time and in
  the process's CPU time (which the other work of a shared machine leaves nearly alone);
- peak memory: the process's maximum resident set size after every page has run.

The 100k tables are the 10k run replicated ten times (bench/replicate.py). Results are
appended to bench/results/dashboard.md.

On the real corpora (bench/realnews.py), `--corpus real` or `--corpus real-100000`
measures this checkout and, with `--baseline PATH`, another one (main's worktree) side by
side, each in its own fresh process, with the same filter changes; results are appended
to bench/results/real.md:

    python -m bench.query_bench --corpus real real-100000 --baseline ../wt-main --runs 20
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.results_md import add_rows

ROOT = Path(__file__).resolve().parent.parent
TMP = ROOT / "bench" / "results" / "tmp"
RESULTS = ROOT / "bench" / "results" / "dashboard.md"
PAGES = (
    "dashboard.py",
    "pages/cooccurrence.py",
    "pages/timeline.py",
    "pages/entities.py",
    "pages/articles.py",
    "pages/map.py",
    "pages/compare.py",
)
TARGET_QUERIES = 0.250  # p95 seconds at 100k (issue 7)
TARGET_COLD = 3.0
TARGET_MEMORY_MB = 2048


def data_dir(n: int) -> Path:
    """The tables for n articles: the generated 10k run, or it replicated."""
    out = TMP / f"dash-{n}"
    from lib import store

    if store.dataset_exists(out):
        return out
    if n % 10_000:
        raise SystemExit(f"{out}: no tables; sizes are 10000 or multiples of it")
    base = TMP / "dash-10000"
    if not store.dataset_exists(base):
        from bench.dashboard_bench import prepare

        prepare(10_000)
    if n == 10_000:
        return base
    subprocess.run(
        [sys.executable, "-m", "bench.replicate", "--src", str(base), "--copies",
         str(n // 10_000), "--out", str(out)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return out


def _filters(rng: random.Random, entities: list[str]) -> tuple[list[str], date | None, date | None]:
    kind = rng.choice(("entity", "dates", "both"))
    chosen = [rng.choice(entities)] if kind != "dates" else []
    if kind == "entity":
        return chosen, None, None
    start = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    return chosen, start, start + timedelta(days=rng.randrange(90, 730))


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def memory_mb() -> dict[str, float]:
    """The process's memory now (/proc/self/status): resident, its anonymous part (the
    process's own) and its file-backed part (memory-mapped tables: page cache, shared and
    reclaimable), and the peak resident size so far."""
    fields = {"VmRSS": "rss", "RssAnon": "anon", "RssFile": "file", "VmHWM": "peak"}
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in fields:
                found[fields[name]] = int(value.split()[0]) / 1024
    return found


def worker(
    out: Path, runs: int, seed: int, pages: tuple[str, ...] = PAGES, *, root: Path = ROOT
) -> dict:
    """One fresh process: cold start, then R filter changes on every page, with the code of
    the checkout at `root`."""
    started = time.perf_counter()
    os.environ["LENS_DATA_DIR"] = str(out)
    sys.path.insert(0, str(root))  # its lib/, not this checkout's
    from streamlit.testing.v1 import AppTest

    from lib import ui

    imported = time.perf_counter() - started
    at = AppTest.from_file(str(root / "dashboard.py"), default_timeout=600)
    at.run()
    if at.exception:
        raise SystemExit(f"Overview failed: {at.exception}")
    cold = time.perf_counter() - started
    cold_cpu = time.process_time()  # the process's CPU (every thread) so far: less load-bound
    corpus = ui.load_corpus()
    top = corpus.catalog.sort_values("n_articles", ascending=False)
    entities = top[top["type"] != "event"].index[:40].tolist()
    rng = random.Random(seed)
    result = {
        "articles": len(corpus.articles),
        "mentions": len(corpus.mentions),
        "imports": imported,
        "cold": cold,
        "cold_cpu": cold_cpu,
        "memory_cold": memory_mb(),
        "pages": {},
    }
    for page in pages:
        if page != "dashboard.py":
            at.switch_page(page).run()
        queries, scripts, cpus, by_name = [], [], [], {}
        # the queries' own CPU, where the checkout records it (lib.ui.QUERY_CPU)
        query_cpu = getattr(ui, "QUERY_CPU", None)
        queries_cpu, cpu_by_name = [], {}
        for _ in range(runs):
            chosen, start, end = _filters(rng, entities)
            at.sidebar.multiselect(key=ui.K_ENTITY).set_value(chosen)
            at.sidebar.date_input(key=ui.K_FROM).set_value(start)
            at.sidebar.date_input(key=ui.K_TO).set_value(end)
            ui.QUERY_TIMES.clear()
            if query_cpu is not None:
                query_cpu.clear()
            began, cpu_began = time.perf_counter(), time.process_time()
            at.run()
            scripts.append(time.perf_counter() - began)
            cpus.append(time.process_time() - cpu_began)
            if at.exception:
                raise SystemExit(f"{page} failed: {at.exception}")
            queries.append(sum(seconds for _, seconds in ui.QUERY_TIMES))
            for name, seconds in ui.QUERY_TIMES:
                by_name.setdefault(str(name), []).append(seconds)
            if query_cpu is not None:
                queries_cpu.append(sum(seconds for _, seconds in query_cpu))
                for name, seconds in query_cpu:
                    cpu_by_name.setdefault(str(name), []).append(seconds)
        result["pages"][page] = {
            "queries": queries,
            "queries_cpu": queries_cpu,
            "cpu_by_query": cpu_by_name,
            "scripts": scripts,
            "cpu": cpus,
            "by_query": by_name,
            "memory": memory_mb(),  # after this page's runs (and every page before it)
        }
    if "pages/compare.py" in pages:
        result["compare_groups"] = compare_group_changes(corpus, runs)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def compare_group_changes(corpus, runs: int) -> list[float]:
    """Compare's term queries (the entities' shares, the distinctive entities and words) on
    every article, each time for three other sources as groups: what a new set of groups
    costs, which the filter changes above (the page's default groups kept) never show."""
    from lib.queries import compare
    from lib.queries.compare.groups import Group
    from lib.queries.compare.members import group_mask
    from lib.queries.filters import Filters

    sources = corpus.articles["source"].value_counts().index.tolist()
    times = []
    for i in range(1, runs + 1):
        groups = tuple(Group(Filters(sources=(s,))) for s in sources[3 * i : 3 * i + 3])
        if len(groups) < 2:
            break
        for group in groups:
            group_mask(corpus, group.filters)  # the groups' articles: not what is measured
        began = time.perf_counter()
        compare.entity_shares(corpus, corpus.all_ids, groups=groups)
        for kind in ("entity", "word"):
            compare.distinctive_terms(corpus, corpus.all_ids, groups=groups, kind=kind, top=25)
        times.append(time.perf_counter() - began)
    return times


def _rows(n: int, r: dict) -> list[tuple[str, str, str]]:
    size = f"{r['articles']:,} articles, {r['mentions']:,} mentions"
    rows = [
        (size, "cold start: imports + tables + Overview's first run", f"{r['cold']:.2f} s"),
        (size, "  of which imports", f"{r['imports']:.2f} s"),
        (size, "peak memory (max RSS)", f"{r['peak_mb']:,.0f} MB"),
    ]

    def memory(m: dict | None) -> str:
        return f"{m['rss']:,.0f} MB ({m['anon']:,.0f} anon + {m['file']:,.0f} file)" if m else "–"

    if "cold_cpu" in r:
        rows.insert(
            1,
            (size, "  cold start's CPU time (the process, every thread)", f"{r['cold_cpu']:.2f} s"),
        )
    if "memory_cold" in r:
        rows.append(
            (size, "RSS after cold start (anonymous + file-backed)", memory(r["memory_cold"]))
        )
    for page, t in r["pages"].items():
        name = "Overview" if page == "dashboard.py" else Path(page).stem
        if "memory" in t:
            rows.append(
                (
                    size,
                    f"{name}: RSS after its runs, every page before it visited",
                    memory(t["memory"]),
                )
            )
        rows.append(
            (
                size,
                f"{name}: filter change, queries p50 / p95",
                f"{_p(t['queries'], 0.5) * 1000:.0f} / {_p(t['queries'], 0.95) * 1000:.0f} ms",
            )
        )
        if t.get("queries_cpu"):
            q = t["queries_cpu"]
            rows.append((size, f"{name}: filter change, queries' CPU p50 / p95",
                         f"{_p(q, .5) * 1000:.0f} / {_p(q, .95) * 1000:.0f} ms"))  # fmt: skip
        rows.append((size, f"{name}: filter change, whole page script p50 / p95",
                     f"{_p(t['scripts'], .5) * 1000:.0f} / {_p(t['scripts'], .95) * 1000:.0f} ms"))  # fmt: skip
        if "cpu" in t:  # the process's CPU time over the run: what load on the machine leaves alone
            rows.append((size, f"{name}: filter change, whole page script's CPU p50 / p95",
                         f"{_p(t['cpu'], .5) * 1000:.0f} / {_p(t['cpu'], .95) * 1000:.0f} ms"))  # fmt: skip
    if r.get("compare_groups"):
        t = r["compare_groups"]
        rows.append((size, "compare: new groups (3 other sources, every article), term queries p50 / p95",
                     f"{_p(t, .5) * 1000:.0f} / {_p(t, .95) * 1000:.0f} ms"))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20, help="filter changes per page")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument(
        "--corpus", nargs="+", help="real corpora (bench/realnews.py): real, real-100000"
    )
    parser.add_argument("--baseline", type=Path, help="another checkout, measured side by side")
    parser.add_argument("--data", type=Path, help="with one --corpus: its tables from this folder")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--pages",
        nargs="+",
        metavar="STEM",
        help="only these pages (e.g. compare map; Overview is 'dashboard')",
    )
    parser.add_argument(
        "--detail",
        action="store_true",
        help="also print each query's p50 / p95 (to find the slow one)",
    )
    args = parser.parse_args(argv)
    pages = tuple(p for p in PAGES if not args.pages or Path(p).stem in args.pages)
    if args.worker:
        print(json.dumps(worker(args.worker, args.runs, args.seed, pages, root=args.root)))
        return
    if args.corpus:
        main_real(args, pages)
        return
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
    lines = []
    for n in args.sizes:
        out = data_dir(n)
        done = subprocess.run(
            [sys.executable, "-m", "bench.query_bench", "--worker", str(out), "--runs",
             str(args.runs), "--seed", str(args.seed), "--pages", *(Path(p).stem for p in pages)],
            cwd=ROOT, check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1])
        for size, figure, value in _rows(n, result):
            line = f"| {stamp} | {machine} | {size} | {figure} | {value} |"
            print(line, flush=True)
            lines.append(line)
        if args.detail:
            for page, t in result["pages"].items():
                for name, seconds in sorted(t["by_query"].items(), key=lambda kv: -sum(kv[1])):
                    print(
                        f"  {Path(page).stem:14} {name[:60]:60} "
                        f"{_p(seconds, 0.5) * 1000:7.0f} / {_p(seconds, 0.95) * 1000:7.0f} ms "
                        f"({len(seconds)} calls)"
                    )
    if not args.no_write:
        header = "\n## Inside the server (`python -m bench.query_bench`)\n\n| date | machine | tables | figure | value |\n|---|---|---|---|---|\n"
        text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
        if "## Inside the server" not in text:
            text += header
        RESULTS.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


def run_worker(out: Path, root: Path, args, pages: tuple[str, ...]) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.query_bench", "--worker", str(out), "--root", str(root),
         "--runs", str(args.runs), "--seed", str(args.seed),
         "--pages", *(Path(p).stem for p in pages)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_detail(result: dict) -> None:
    """Each query's wall p50 / p95 and, where recorded, its CPU p50 / p95."""
    for page, t in result["pages"].items():
        cpu = t.get("cpu_by_query", {})
        for name, seconds in sorted(t["by_query"].items(), key=lambda kv: -sum(kv[1])):
            own = cpu.get(name)
            print(f"  {Path(page).stem:14} {name[:60]:60} "
                  f"{_p(seconds, 0.5) * 1000:7.0f} / {_p(seconds, 0.95) * 1000:7.0f} ms"
                  + (f", CPU {_p(own, 0.5) * 1000:5.0f} / {_p(own, 0.95) * 1000:5.0f} ms" if own else ""))  # fmt: skip


REAL_TARGETS = {"real-100000": {"cold": "≤ 3 s", "queries": "p95 ≤ 250 ms", "peak": "≤ 2,048 MB"}}


def main_real(args, pages: tuple[str, ...]) -> None:
    """Each real corpus, each checkout in a fresh process, one after the other."""
    from bench.dashboard_bench import REAL_RESULTS, code_label
    from bench.realnews import corpus_dir, label

    roots = {code_label(ROOT): ROOT}
    if args.baseline:
        roots = {code_label(args.baseline): args.baseline, **roots}
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = []
    for corpus in args.corpus:
        out = args.data or corpus_dir(corpus)
        targets = REAL_TARGETS.get(corpus, {})
        for code, root in roots.items():
            machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
            result = run_worker(out, root, args, pages)
            for size, figure, value in _rows(0, result):
                key = "cold" if figure.startswith("cold") else "peak" if "peak" in figure else (
                    "queries" if "queries" in figure else "")  # fmt: skip
                line = f"| {stamp} | {machine} | {label(corpus)} | {size} | {code} | {figure} | {value} | {targets.get(key, '')} |"
                print(line, flush=True)
                lines.append(line)
            if args.detail:
                print_detail(result)
    if args.no_write:
        return
    add_rows(
        REAL_RESULTS,
        "## Inside the server (`python -m bench.query_bench --corpus …`)",
        "| date | machine | corpus | tables | code | figure | value | target |\n"
        "|---|---|---|---|---|---|---|---|",
        lines,
    )


if __name__ == "__main__":
    main()
