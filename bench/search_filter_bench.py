"""The search query in the dashboard's path (issue 17): a query typed into the sidebar is
`Corpus.select(Filters(keyword=query))`, which the run's index answers, against the literal
scan the keyword filter did before; and the index's cost in a preprocessing run.

    python -m bench.search_filter_bench --sizes 10000 100000
    python -m bench.search_filter_bench --sizes 2000 --runs 3 --scan-runs 1     # a smoke run

For each size, the real articles of ../shared/realnews/all_dev_outlets.jsonl.gz (replicated
beyond 28,661 as bench.search_bench does) are written as a run with its search index
(lib.engine.search_index.write_run: the tables, then the index into the unfinished run,
then the swap), then again with 1% more articles (the index made from the previous run's),
and the run's manifest gives the time the index took and its size. The other tables are
empty: the index needs the articles only, and the filter path does not read them.

The run is then loaded as the dashboard loads it (lib.queries.read_tables, build_corpus,
the run's index folder) and every query of bench.search_bench.QUERIES is selected R times:

- cold: a query not seen before (the corpus's cache of query hits emptied first): parse,
  search the index for every hit, map the hits to the articles' rows, the mask, the other
  filters; what a user waits for after typing a new query (the page's queries come after);
- warm: the same query again (its mask cached per canonical query), e.g. another page;
- scan: the filter it replaces: pandas `str.contains(regex=False, case=False)` over every
  article's title and text, once per literal of the query, the masks combined
  (bench.search_bench.scan; the old filter took one literal, as typed).

Results (p50 / p95 in ms, hits of the index and of the scan, ratios) are appended to
bench/results/search.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from bench.search_bench import CORPUS, QUERIES, RESULTS, TARGET_P95_MS, load_corpus, pct, scan

ROOT = Path(__file__).resolve().parent.parent
TMP = ROOT / "bench" / "results" / "tmp" / "search-filter"


def dataset_of(articles: pd.DataFrame):
    """A run's tables with these articles and nothing else."""
    from lib import store

    frame = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "path": "realnews.jsonl",
            "format": "jsonl",
            "source": articles["source"],
            "title": articles["title"],
            "published": articles["published"].dt.date,
            "published_basis": "metadata",
            "n_words": articles["text"].str.count(" ").astype("int32") + 1,
            "text": articles["text"],
            "sections": [[] for _ in range(len(articles))],
            "extra": [[] for _ in range(len(articles))],
        }
    )
    for column in store.SCHEMAS["articles"].names:
        if column not in frame:
            frame[column] = None
    tables = {"articles": frame}
    for name in store.TABLES:
        if name != "articles":
            tables[name] = store.empty_table(name)
    return store.Dataset(**tables, manifest={"corpus": ["realnews"]}, problems=[])


def more_articles(articles: pd.DataFrame, share: float = 0.01) -> pd.DataFrame:
    """The articles and `share` more (copies of the first ones with new ids)."""
    extra = articles.iloc[: max(1, int(len(articles) * share))]
    extra = extra.assign(article_id=extra["article_id"] + "+new")
    return pd.concat([articles, extra], ignore_index=True)


def index_run(out: Path, articles: pd.DataFrame) -> tuple[float, dict]:
    """One run with its index: the run's seconds and what the manifest says of the index."""
    from lib import store
    from lib.engine.search_index import write_run

    dataset = dataset_of(articles)
    began = time.perf_counter()
    write_run(dataset, out)
    seconds = time.perf_counter() - began
    manifest = json.loads((store.current_run(out) / store.MANIFEST).read_text(encoding="utf-8"))
    return seconds, manifest["search_index"]


def timed(fn, runs: int, *, before=None) -> tuple[list[float], object]:
    if before:
        before()
    result = fn()  # warm-up (and the result)
    times = []
    for _ in range(runs):
        if before:
            before()
        gc.collect()
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return times, result


def run_size(n: int, corpus: Path, runs: int, scan_runs: int) -> dict:
    from lib import store
    from lib.engine.search_index import index_folder
    from lib.queries import build_corpus, read_tables
    from lib.queries.filters import Filters
    from lib.search import parse

    load = os.getloadavg()[0]
    articles = load_corpus(corpus, n)
    out = TMP / f"n{n}"
    shutil.rmtree(out, ignore_errors=True)
    print(f"{n:,} articles: a run with its index …", flush=True)
    full_seconds, full = index_run(out, articles)
    print(f"  built in {full['seconds']:.1f} s; again with 1% more …", flush=True)
    inc_seconds, inc = index_run(out, more_articles(articles))
    print(f"  updated in {inc['seconds']:.1f} s; loading as the dashboard does …", flush=True)

    loaded = build_corpus(read_tables(out), version=store.dataset_version(out))
    loaded.search_dir = index_folder(store.current_run(out))
    texts = loaded.articles[["title", "text", "source"]]

    def forget() -> None:
        loaded.__dict__.pop("_fulltext", None)

    rows = []
    for query in QUERIES:
        filters = Filters(keyword=query)
        cold, ids = timed(lambda f=filters: loaded.select(f), runs, before=forget)
        warm, _ = timed(lambda f=filters: loaded.select(f), runs)
        root = parse(query).root
        old, mask = timed(lambda r=root: scan(texts, r), scan_runs)
        rows.append(
            {
                "query": query,
                "hits": len(ids),
                "scan_hits": int(mask.sum()),
                "cold": (pct(cold, 50), pct(cold, 95)),
                "warm": (pct(warm, 50), pct(warm, 95)),
                "scan": (pct(old, 50), pct(old, 95)),
            }
        )
        print(f"  {query}: cold p95 {rows[-1]['cold'][1]:.1f} ms", flush=True)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "n": len(articles),
        "load": load,
        "full": full,
        "full_run": full_seconds,
        "inc": inc,
        "inc_run": inc_seconds,
        "queries": rows,
    }


def _ms(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.1f} / {pair[1]:.1f}"


def _mb(n: float) -> str:
    return f"{n / 1e6:,.0f} MB"


def report(results: list[dict], runs: int, scan_runs: int) -> str:
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: the query in the dashboard's path",
        "",
        "`python -m bench.search_filter_bench` (see its docstring). "
        f"{platform.machine()}, {os.cpu_count()} cores (load average "
        + ", ".join(f"{r['load']:.1f} at the start of {r['n']:,}" for r in results)
        + f", {os.getloadavg()[0]:.1f} at the end: other jobs shared the machine), Python "
        f"{platform.python_version()}, pandas {pd.__version__}; {runs} runs a query for the "
        f"filter, {scan_runs} for the scan (after one warm-up); times in ms, p50 / p95.",
        "",
        "### The index in a preprocessing run",
        "",
        "| articles | index build (whole run) | size | per 10,000 articles: build, size | "
        "next run, 1% more articles: index (whole run) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        per = 10_000 / r["n"]
        full, inc = r["full"], r["inc"]
        lines.append(
            f"| {r['n']:,} | {full['seconds']:.1f} s ({r['full_run']:.1f} s) | {_mb(full['bytes'])} | "
            f"{full['seconds'] * per:.1f} s, {_mb(full['bytes'] * per)} | "
            f"{inc['seconds']:.1f} s ({r['inc_run']:.1f} s): {inc['added']:,} added, "
            f"{inc['unchanged']:,} unchanged |"
        )
    for r in results:
        lines += [
            "",
            f"### `Corpus.select(Filters(keyword=query))` at {r['n']:,} articles",
            "",
            "| query | hits: index / scan | cold (new query) | warm (cached) | literal scan "
            "(the old filter) | scan ÷ cold (p95) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for q in r["queries"]:
            ratio = q["scan"][1] / max(q["cold"][1], 1e-9)
            lines.append(
                f"| `{q['query']}` | {q['hits']:,} / {q['scan_hits']:,} | {_ms(q['cold'])} | "
                f"{_ms(q['warm'])} | {_ms(q['scan'])} | {ratio:,.0f}× |"
            )
        worst = max(q["cold"][1] for q in r["queries"])
        median = statistics.median(q["cold"][1] for q in r["queries"])
        lines += [
            "",
            f"Cold p95: slowest {worst:.1f} ms, median over the queries {median:.1f} ms "
            f"(target < {TARGET_P95_MS:.0f} ms at 100k for the index; the filter adds the "
            "mapping of the hits to the articles' rows).",
        ]
    if len(results) >= 2:
        b = results[-1]
        scale = 1_000_000 / b["n"]
        lines += [
            "",
            f"### Projection to 1,000,000 articles (× {scale:g} from {b['n']:,})",
            "",
            "An upper bound: the p95 at the largest size times the growth (a query's time is "
            "mostly its hits and the selection's ids, which grow with the articles).",
            "",
            "| query | cold p95 | at 1M, projected | scan p95 at 1M, projected |",
            "|---|---:|---:|---:|",
        ]
        for q in b["queries"]:
            lines.append(
                f"| `{q['query']}` | {q['cold'][1]:.1f} ms | ≤ {q['cold'][1] * scale / 1000:,.2f} s | "
                f"{q['scan'][1] * scale / 1000:,.1f} s |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (filter)")
    parser.add_argument("--scan-runs", type=int, default=3, help="timed runs per query (scan)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: not there (see bench.search_bench)", file=sys.stderr)
        return 2
    results = [run_size(n, args.corpus, args.runs, args.scan_runs) for n in args.sizes]
    text = report(results, args.runs, args.scan_runs)
    with args.out.open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
