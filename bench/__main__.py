"""Every benchmark of issue 7, one after another, from one command (run it on a quiet
machine: the figures are ratios and latencies of whatever else the cores are doing):

    python -m bench            # or: make bench
    python -m bench --quick    # smaller sizes, a few minutes

1. preprocessing throughput against raw spaCy, 1 and 2 processes, and incremental runs
   (bench/preprocess_bench.py -> bench/results/preprocess.md);
2. the Dask engine with 1 and 2 local workers (bench/dask_bench.py -> same file);
3. dashboard queries, cold start and memory inside the server at 10k and 100k articles
   (bench/query_bench.py -> bench/results/dashboard.md);
4. cold start and filter changes in a real server and browser (bench/dashboard_bench.py ->
   bench/results/dashboard.md);
5. when the real corpus is at hand (../shared/realnews, bench/realnews.py): the same on
   28.7k real articles and on them replicated to 100k, every page opened from its link
   (bench/query_bench.py --corpus, bench/dashboard_bench.py --corpus ->
   bench/results/real.md). `--baseline PATH` measures another checkout (today's main)
   side by side in these.
6. the Russian extraction against natasha's own NER (bench/russian_bench.py ->
   bench/results/russian.md, rewritten each run).

Each step appends dated rows (machine, N, figure, value, ratio or target) to its file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run)")
    parser.add_argument("--baseline", help="another checkout for the real-corpus benchmarks")
    args = parser.parse_args(argv)
    from bench.realnews import data_root, source_file

    real = source_file() is not None or (data_root() / "real28k").exists()
    baseline = ["--baseline", args.baseline] if args.baseline else []
    steps = [
        ["bench.preprocess_bench", "--n", "200" if args.quick else "1000"],
        ["bench.dask_bench", "--n", "100" if args.quick else "400"],
        ["bench.query_bench", "--sizes", "10000", *([] if args.quick else ["100000"]),
         "--runs", "5" if args.quick else "20"],
        ["bench.compare_bench", "--n", "10000" if args.quick else "100000"],
        ["bench.dashboard_bench", *(["--n", "2000"] if args.quick else [])],
        *([] if args.quick else [["bench.dashboard_bench", "--n", "100000", "--skip-sample"]]),
        *([["bench.query_bench", "--corpus", "real", *([] if args.quick else ["real-100000"]),
            "--runs", "5" if args.quick else "20", *baseline]] if real else []),
        *([["bench.dashboard_bench", "--corpus", corpus, "--visits", "3" if args.quick else "20",
            *baseline] for corpus in (["real"] if args.quick else ["real", "real-100000"])]
          if real else []),
        ["bench.russian_bench", "--repeat", "3" if args.quick else "10"],
    ]  # fmt: skip
    for step in steps:
        print(f"== python -m {' '.join(step)}", flush=True)
        done = subprocess.run([sys.executable, "-m", *step], cwd=ROOT, check=False)
        if done.returncode:
            print(f"{step[0]} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
