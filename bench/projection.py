"""What the dashboard holds per article, measured on runs of two sizes and projected to
1,000,000 articles (issue 16; docs/scale.md reads this table).

    python -m bench.projection                      # the real corpora of bench/realnews.py
    python -m bench.projection --data DIR DIR …     # any runs, smallest first

Each run is loaded in a fresh process as the dashboard loads it (lib.queries.read_tables:
the Arrow load cache, memory-mapped, when the run has one; build_corpus), then the
structures every page builds on first use are made (the entity-article pairs, the
sentence pairs of co-occurrence, the selection index of the filters). Measured:

- on disk: the run's Parquet tables, its Arrow load cache, its search index, its word
  counts;
- in memory: each table's DataFrame and each derived structure (the bytes of its arrays;
  columns memory-mapped from the load cache are counted here too, though the OS page
  cache holds them), and the process's resident memory split into its own (RssAnon: what
  grows the server) and file pages (RssFile: mapped tables, shared and reclaimable).

Per article at each size, the growth exponent between the two sizes (1.0: linear), and
the projection to 1M: the largest size's bytes × (1M / n) ^ exponent, never below linear
scaling. Appended to bench/results/projection.md.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "projection.md"
TARGET = 1_000_000


def _status() -> dict[str, int]:
    """The process's memory counters from /proc (bytes)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile", "VmHWM"):
            out[key] = int(value.split()[0]) * 1024
    return out


def _nbytes(obj) -> int:
    """The bytes of a table's or a structure's arrays (not Python object overhead)."""
    import numpy as np
    import pandas as pd

    if isinstance(obj, pd.DataFrame):
        return int(obj.memory_usage(deep=True, index=True).sum())
    if isinstance(obj, pd.Series | pd.Index):
        return int(obj.memory_usage(deep=True))
    if isinstance(obj, np.ndarray):
        return int(obj.nbytes)
    if isinstance(obj, dict):
        return sum(_nbytes(v) for v in obj.values())
    if isinstance(obj, list | tuple):
        return sum(_nbytes(v) for v in obj)
    if hasattr(obj, "__dict__"):
        return sum(_nbytes(v) for v in vars(obj).values())
    return 0


def _du(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(data: Path) -> dict:
    """One run's sizes (in this process: call it in a fresh one)."""
    from lib import store
    from lib.queries import build_corpus, read_tables, wordcounts
    from lib.queries.filters import Filters

    run = store.current_run(data) or data
    disk = {
        "Parquet tables": sum(_du(p) for p in run.glob("*.parquet")),
        "Arrow load cache": _du(run / "load-cache"),
        "search index": _du(run / store.SEARCH_INDEX),
        "word counts": _du(run / wordcounts.FILE_NAME),
    }
    before = _status()
    dataset = read_tables(data)
    corpus = build_corpus(dataset, version=store.dataset_version(data))
    loaded = _status()
    corpus.select(Filters())  # the filters' index of the articles
    memory = {f"table {name}": _nbytes(frame) for name, frame in dataset.tables().items()}
    memory["pairs (entity × article)"] = _nbytes(corpus.pairs)
    memory["sentence pairs (co-occurrence)"] = _nbytes(corpus.sentence_pairs)
    memory["selection index (filters)"] = _nbytes(corpus._selectable)
    after = _status()
    return {
        "articles": len(dataset.articles),
        "mentions": len(dataset.mentions),
        "sentences": len(dataset.sentences),
        "entities": len(dataset.entities),
        "disk": disk,
        "memory": memory,
        "rss": {
            "own memory after loading (RssAnon)": loaded["RssAnon"] - before["RssAnon"],
            "own memory with the pages' structures (RssAnon)": after["RssAnon"] - before["RssAnon"],
            "mapped file pages (RssFile)": after["RssFile"],
            "peak resident (VmHWM)": after["VmHWM"],
        },
    }


def _mb(n: float) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n / 1e3:,.0f} kB"


def _project(small: tuple[int, int], large: tuple[int, int]) -> tuple[float, float]:
    """(exponent, bytes at TARGET) from (articles, bytes) at two sizes."""
    (n1, b1), (n2, b2) = small, large
    if b1 <= 0 or b2 <= 0 or n1 == n2:
        return 1.0, b2 * TARGET / n2
    exponent = max(1.0, math.log(b2 / b1) / math.log(n2 / n1))
    return exponent, b2 * (TARGET / n2) ** exponent


def report(runs: list[dict], folders: list[Path]) -> str:
    small, large = runs[0], runs[-1]
    sizes = ", ".join(f"{r['articles']:,}" for r in runs)
    head = (
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {sizes}"
        f" articles → {TARGET:,}\n\n`python -m bench.projection` (see its docstring); "
        f"{platform.machine()}, Python {platform.python_version()}; runs: "
        + ", ".join(f"`{f.name}`" for f in folders)
        + f". Rows at {large['articles']:,} articles: {large['mentions']:,} mentions, "
        f"{large['sentences']:,} sentences, {large['entities']:,} entities.\n"
    )
    lines = [
        head,
        "| structure | "
        + " | ".join(f"{r['articles']:,} articles" for r in runs)
        + " | per article | growth exponent | at 1M, projected |",
        "|---|" + "---:|" * (len(runs) + 3),
    ]
    for section in ("disk", "memory", "rss"):
        for key in large[section]:
            values = [r[section][key] for r in runs]
            exponent, projected = _project(
                (small["articles"], values[0]), (large["articles"], values[-1])
            )
            where = {"disk": "disk: ", "memory": "memory: ", "rss": "process: "}[section]
            lines.append(
                f"| {where}{key} | "
                + " | ".join(_mb(v) for v in values)
                + f" | {_mb(values[-1] / large['articles'])} | {exponent:.2f} | {_mb(projected)} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", help="runs, smallest first")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.data:
        folders = args.data
    else:
        from bench import realnews

        folders = [realnews.corpus_dir("real"), realnews.corpus_dir("real-100000")]
    runs = []
    for folder in folders:
        child = subprocess.run(
            [sys.executable, "-c", f"import json; from bench.projection import measure; "
             f"from pathlib import Path; print(json.dumps(measure(Path({str(folder)!r}))))"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        )  # fmt: skip
        runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(f"{folder}: {runs[-1]['articles']:,} articles measured", flush=True)
    text = report(runs, folders)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("a", encoding="utf-8") as out:
        out.write(("\n" if args.out.exists() and args.out.stat().st_size else "") + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
