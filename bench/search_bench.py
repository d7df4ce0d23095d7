"""Full-text search: tantivy against SQLite FTS5 against the literal scan it replaces, on
real articles (issue 17).

    python -m bench.search_bench --sizes 10000 100000
    python -m bench.search_bench --sizes 10000 --runs 10 --scan-runs 2     # quicker

The corpus is ../shared/realnews/all_dev_outlets.jsonl.gz (28,661 real articles of 94
outlets; its README), read where it lies and never copied into the repository. A size of
up to 28,661 is the first N articles; a larger one replicates them (copy k of an article
gets the id `<id>~k` and its date moved by k × 37 days), so term statistics and text
lengths are those of real news.

For each size, each engine indexes the same articles (title, text, source):

- tantivy through lib.search.build_index (the project's index: simple tokenizer, lowercase,
  ASCII folding, positions; every hit's article_id through an integer fast field), and
  lib.search.update_index with 1% of the articles changed and 1% removed;
- SQLite FTS5 (Python's sqlite3): a contentless table (content=''), unicode61 with
  remove_diacritics 2, then 'optimize'; rowid is the article's row, a second table maps it
  to the article_id.

Then every query of QUERIES, in lib.search's language, runs R times (after one warm-up):
lib.search.search (all hits, article_id and BM25 score); FTS5 with the query translated to
its syntax, all hits with bm25() and with the rowids only; and the dashboard's keyword
filter as it is (pandas `str.contains(regex=False, case=False)` over every text), once
per literal of the query and the masks combined, the closest that filter can come to the
query. The hit counts are reported side by side: the scan finds substrings ("NATO" in
"NATOs", "sanction" in "sanctioned"), the indexes whole words.

Results (machine, date, sizes, build time and size per 10,000 articles, p50 and p95 per
query in milliseconds, ratios, the 1M-article projection) are appended to
bench/results/search.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "realnews" / "all_dev_outlets.jsonl.gz"
TMP = ROOT / "bench" / "results" / "tmp" / "search"
RESULTS = ROOT / "bench" / "results" / "search.md"
TARGET_P95_MS = 50.0  # at 100k articles (issue 17)
SHIFT_DAYS = 37

QUERIES = (
    'NATO AND (Baltic* OR Estonia OR Latvia OR Lithuania) AND NOT "Baltic Sea"',
    '"Russian aggression"',
    '"NATO expansion"~5',
    "title:Stoltenberg",
    "title:Putin",
    "sanction*",
    'source:"Fox News"',
    "Putin AND Trump",
    "NATO OR Russia",
    "Crimea AND (annexation OR annexed OR referendum)",
    '"Article 5" OR "collective defense" OR "collective defence"',
    "Kremlin AND NOT Putin",
    "Trump",
)


# --- the corpus ---------------------------------------------------------------------------------


def load_corpus(path: Path, n: int) -> pd.DataFrame:
    raw = pd.read_json(path, lines=True, dtype=False)
    base = pd.DataFrame(
        {
            "article_id": raw["id"].astype(str),
            "title": raw["title"].fillna("").astype(str),
            "text": raw["text"].fillna("").astype(str),
            "source": raw["source"].fillna("").astype(str),
            "published": pd.to_datetime(raw["date"], format="%Y-%m-%d", errors="coerce"),
        }
    )
    copies = []
    for k in range(-(-n // len(base))):
        copy = (
            base
            if k == 0
            else base.assign(
                article_id=base["article_id"] + f"~{k}",
                published=base["published"] + pd.Timedelta(days=k * SHIFT_DAYS),
            )
        )
        copies.append(copy)
    frame = pd.concat(copies, ignore_index=True).iloc[:n].reset_index(drop=True)
    # the dashboard's text column: pandas' string dtype, as read from Parquet
    for column in ("article_id", "title", "text", "source"):
        frame[column] = frame[column].astype("str")
    return frame


# --- SQLite FTS5 ---------------------------------------------------------------------------------


def fts5_build(articles: pd.DataFrame, path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, text, source, content='', "
        'tokenize="unicode61 remove_diacritics 2")'
    )
    con.execute("CREATE TABLE ids (rowid INTEGER PRIMARY KEY, article_id TEXT)")
    rows = zip(
        range(len(articles)), articles["title"], articles["text"], articles["source"], strict=True
    )
    con.executemany("INSERT INTO fts (rowid, title, text, source) VALUES (?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO ids VALUES (?, ?)", enumerate(articles["article_id"]))
    con.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    con.commit()
    return con


def to_fts5(node) -> str:
    """lib.search's tree in FTS5's syntax (words quoted, columns filtered, NEAR for proximity)."""
    from lib.search import And, Not, Or, Phrase, Word

    def cols(field):
        return "{title text}" if field is None else field

    if isinstance(node, Word):
        return f'{cols(node.field)} : "{node.token}"' + (" *" if node.prefix else "")
    if isinstance(node, Phrase):
        if node.slop is None:
            return f'{cols(node.field)} : "{" ".join(node.tokens)}"'
        a, b = node.tokens
        return f'{cols(node.field)} : NEAR("{a}" "{b}", {node.slop})'
    if isinstance(node, Or):
        return " OR ".join(f"({to_fts5(c)})" for c in node.children)
    if isinstance(node, And):
        pos = [f"({to_fts5(c)})" for c in node.children if not isinstance(c, Not)]
        neg = [f"({to_fts5(c.child)})" for c in node.children if isinstance(c, Not)]
        if not pos:
            raise ValueError("FTS5 has no NOT without a positive part")
        text = " AND ".join(pos)
        return f"({text}) NOT ({' OR '.join(neg)})" if neg else text
    raise ValueError("FTS5 has no standalone NOT")


def fts5_search(
    con: sqlite3.Connection, ids: np.ndarray, match: str, *, scores: bool
) -> pd.DataFrame:
    if scores:
        rows = con.execute(
            "SELECT rowid, bm25(fts) FROM fts WHERE fts MATCH ?", (match,)
        ).fetchall()
        rowids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        score = -np.fromiter((r[1] for r in rows), dtype=np.float64, count=len(rows))
        order = np.argsort(-score, kind="stable")
        return pd.DataFrame({"article_id": ids[rowids[order]], "score": score[order]})
    rows = con.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (match,)).fetchall()
    rowids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    return pd.DataFrame({"article_id": ids[rowids]})


# --- the literal scan ------------------------------------------------------------------------------


def scan(articles: pd.DataFrame, node) -> np.ndarray:
    """The keyword filter's own test (lib.queries.filters.keyword_mask: str.contains, literal, any)
    once per literal of the query, combined with the query's operators."""
    from lib.search import And, Not, Phrase, Word

    def contains(field, literal):
        columns = ("title", "text") if field is None else (field,)
        mask = np.zeros(len(articles), dtype=bool)
        for column in columns:
            mask |= (
                articles[column].str.contains(literal, case=False, regex=False, na=False).to_numpy()
            )
        return mask

    if isinstance(node, Word):
        return contains(node.field, node.token)
    if isinstance(node, Phrase):
        if node.slop is None:
            return contains(node.field, " ".join(node.tokens))
        return contains(node.field, node.tokens[0]) & contains(node.field, node.tokens[1])
    if isinstance(node, Not):
        return ~scan(articles, node.child)
    masks = [scan(articles, c) for c in node.children]
    return np.logical_and.reduce(masks) if isinstance(node, And) else np.logical_or.reduce(masks)


# --- timing ------------------------------------------------------------------------------------------


def timed(fn, runs: int) -> tuple[list[float], object]:
    result = fn()  # warm-up (and the result)
    times = []
    for _ in range(runs):
        gc.collect()
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return times, result


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def du(path: Path) -> int:
    return (
        sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
        if path.is_dir()
        else path.stat().st_size
    )


def run_size(n: int, corpus: Path, runs: int, scan_runs: int) -> dict:
    from lib.search import build_index, parse, search, update_index
    from lib.search.searcher import _READERS

    print(f"== {n:,} articles", flush=True)
    load = os.getloadavg()[0]
    articles = load_corpus(corpus, n)
    words = int(articles["text"].str.count(r"\S+").sum())
    out = TMP / f"n{n}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    result: dict = {"n": n, "words": words, "queries": [], "load": load}

    began = time.perf_counter()
    info = build_index(articles, out / "tantivy")
    result["tantivy_build"] = time.perf_counter() - began
    result["tantivy_bytes"] = du(info.path)
    print(
        f"tantivy: built in {result['tantivy_build']:.1f} s, {result['tantivy_bytes'] / 1e6:.0f} MB",
        flush=True,
    )

    _READERS.clear()
    began = time.perf_counter()
    search(out / "tantivy", "nato")
    result["tantivy_open"] = time.perf_counter() - began

    began = time.perf_counter()
    con = fts5_build(articles, out / "fts5.sqlite")
    result["fts5_build"] = time.perf_counter() - began
    result["fts5_bytes"] = du(out / "fts5.sqlite")
    fts_ids = articles["article_id"].to_numpy(dtype=object)
    print(
        f"fts5: built in {result['fts5_build']:.1f} s, {result['fts5_bytes'] / 1e6:.0f} MB",
        flush=True,
    )

    for text in QUERIES:
        parsed = parse(text)
        match = to_fts5(parsed.root)
        t_times, t_hits = timed(lambda p=parsed: search(out / "tantivy", p), runs)
        f_times, f_hits = timed(lambda m=match: fts5_search(con, fts_ids, m, scores=True), runs)
        fi_times, _ = timed(lambda m=match: fts5_search(con, fts_ids, m, scores=False), runs)
        s_times, s_mask = timed(lambda p=parsed: scan(articles, p.root), scan_runs)
        row = {
            "query": text,
            "hits": {"tantivy": len(t_hits), "fts5": len(f_hits), "scan": int(np.sum(s_mask))},
            "tantivy": (pct(t_times, 50), pct(t_times, 95)),
            "fts5": (pct(f_times, 50), pct(f_times, 95)),
            "fts5_ids": (pct(fi_times, 50), pct(fi_times, 95)),
            "scan": (pct(s_times, 50), pct(s_times, 95)),
        }
        result["queries"].append(row)
        print(
            f"{text[:60]:60s} hits {row['hits']}  p95 ms: tantivy {row['tantivy'][1]:.1f}, "
            f"fts5 {row['fts5'][1]:.1f} (ids {row['fts5_ids'][1]:.1f}), scan {row['scan'][1]:.0f}",
            flush=True,
        )
    con.close()

    # incremental: 1% of the articles changed (new text), 1% removed
    k = max(1, n // 100)
    changed = articles.iloc[:k].assign(text=articles["text"].iloc[:k] + " Updated.")
    removed = articles["article_id"].iloc[k : 2 * k].tolist()
    began = time.perf_counter()
    update = update_index(out / "tantivy", changed, removed)
    result["tantivy_update"] = time.perf_counter() - began
    result["update_counts"] = (update.replaced, update.removed)
    print(
        f"tantivy: update of {k:,} changed and {k:,} removed in {result['tantivy_update']:.1f} s",
        flush=True,
    )
    shutil.rmtree(out, ignore_errors=True)
    return result


# --- the report ---------------------------------------------------------------------------------------


def _ms(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.1f} / {pair[1]:.1f}"


def _ratio(a: float, b: float) -> str:
    r = a / max(b, 1e-9)
    return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×"


def _mb(nbytes: float) -> str:
    return f"{nbytes / 1e6:,.0f} MB"


def report(results: list[dict], runs: int, scan_runs: int) -> str:
    from importlib.metadata import version

    import tantivy

    load = os.getloadavg()
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"{platform.machine()}, {os.cpu_count()} cores (load average "
        + ", ".join(f"{r['load']:.1f} at the start of {r['n']:,}" for r in results)
        + f", {load[0]:.1f} at the end: other jobs shared the machine when it is above 0), "
        f"Python {platform.python_version()}, {tantivy.__version__} (PyPI tantivy {version('tantivy')}), SQLite {sqlite3.sqlite_version}, "
        f"pandas {pd.__version__}; {runs} runs a query for the indexes, {scan_runs} for the scan "
        "(after one warm-up); times in ms, p50 / p95.",
        "",
        "### Build",
        "",
        "| articles | words | tantivy build | tantivy size | FTS5 build | FTS5 size | "
        "tantivy per 10k: build, size | FTS5 per 10k: build, size | tantivy open + first query | "
        "tantivy update (1% changed, 1% removed) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        per = 10_000 / r["n"]
        lines.append(
            f"| {r['n']:,} | {r['words'] / 1e6:.1f}M | {r['tantivy_build']:.1f} s | {_mb(r['tantivy_bytes'])} | "
            f"{r['fts5_build']:.1f} s | {_mb(r['fts5_bytes'])} | "
            f"{r['tantivy_build'] * per:.1f} s, {_mb(r['tantivy_bytes'] * per)} | "
            f"{r['fts5_build'] * per:.1f} s, {_mb(r['fts5_bytes'] * per)} | "
            f"{r['tantivy_open'] * 1000:.0f} ms | {r['tantivy_update']:.1f} s |"
        )
    for r in results:
        lines += [
            "",
            f"### Queries at {r['n']:,} articles",
            "",
            "| query | hits: tantivy / FTS5 / scan | tantivy `search()` | FTS5 + bm25 | FTS5 ids only | "
            "literal scan | scan ÷ tantivy (p95) | FTS5+bm25 ÷ tantivy (p95) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for q in r["queries"]:
            h = q["hits"]
            lines.append(
                f"| `{q['query']}` | {h['tantivy']:,} / {h['fts5']:,} / {h['scan']:,} | {_ms(q['tantivy'])} | "
                f"{_ms(q['fts5'])} | {_ms(q['fts5_ids'])} | {_ms(q['scan'])} | "
                f"{_ratio(q['scan'][1], q['tantivy'][1])} | {_ratio(q['fts5'][1], q['tantivy'][1])} |"
            )
        worst_t = max(q["tantivy"][1] for q in r["queries"])
        worst_f = max(q["fts5"][1] for q in r["queries"])
        median_t = statistics.median(q["tantivy"][1] for q in r["queries"])
        lines += [
            "",
            f"Slowest query p95: tantivy {worst_t:.1f} ms, FTS5 with bm25 {worst_f:.1f} ms "
            f"(median over the queries: tantivy {median_t:.1f} ms); target < {TARGET_P95_MS:.0f} ms at 100k.",
        ]
    if len(results) >= 2:
        b = results[-1]
        scale = 1_000_000 / b["n"]
        lines += [
            "",
            f"### Projection to 1,000,000 articles (× {scale:g} from {b['n']:,})",
            "",
            "A query's time is mostly its hits (each is scored, converted and returned), and the hits "
            f"grow with the articles: the p95 at {b['n']:,} times {scale:g} is an upper bound (the "
            "fixed part does not grow). The scan grows with the text.",
            "",
            f"| query | hits at {b['n']:,} | tantivy p95 | tantivy p95 at 1M, projected | "
            "scan p95 at 1M, projected |",
            "|---|---:|---:|---:|---:|",
        ]
        for q in b["queries"]:
            lines.append(
                f"| `{q['query']}` | {q['hits']['tantivy']:,} | {q['tantivy'][1]:.1f} ms | "
                f"≤ {q['tantivy'][1] * scale:,.0f} ms | {q['scan'][1] * scale / 1000:,.1f} s |"
            )
        lines += [
            "",
            f"Index at 1M (linear): tantivy {_mb(b['tantivy_bytes'] * scale)} built in "
            f"{b['tantivy_build'] * scale / 60:.0f} min; FTS5 {_mb(b['fts5_bytes'] * scale)} in "
            f"{b['fts5_build'] * scale / 60:.0f} min.",
        ]
    return "\n".join(lines) + "\n"


HEADER = """# Full-text search benchmark

`python -m bench.search_bench --sizes 10000 100000` (see its docstring): lib.search's
tantivy index against SQLite FTS5 and against the dashboard's literal keyword scan, on the
real articles of `../shared/realnews/all_dev_outlets.jsonl.gz` (28,661; replicated with new
ids beyond that). Each run appends a dated section.

"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query for the indexes")
    parser.add_argument(
        "--scan-runs", type=int, default=3, help="timed runs per query for the scan"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(
            f"{args.corpus}: not there (the real-news corpus lives in ../shared/realnews/)",
            file=sys.stderr,
        )
        return 2
    results = [run_size(n, args.corpus, args.runs, args.scan_runs) for n in args.sizes]
    text = report(results, args.runs, args.scan_runs)
    if not args.out.exists():
        args.out.write_text(HEADER, encoding="utf-8")
    with args.out.open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
