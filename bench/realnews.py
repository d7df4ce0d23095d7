"""The benchmarks' real corpora: the 28,661 real articles of
`../shared/realnews/all_dev_outlets.jsonl.gz` (94 US and UK outlets, every topic, with
`bias`, `subject`, `authors` and `id` columns; see its README), preprocessed once, and
that run replicated to 100,000 articles (bench/replicate.py: new ids, dates shifted).

The corpus file is read where it lies (it is not copied into the repository); its
tables are built once and reused:

    python -m lib.preprocess --corpus all_dev_outlets.jsonl --out $LENS_BENCH_DATA/real28k \\
        --n-process 2                  # about 30 min on 2 cores; bench does it when missing
    python -m bench.replicate --src $LENS_BENCH_DATA/real28k --n 100000 \\
        --out $LENS_BENCH_DATA/real100k

`LENS_BENCH_DATA` (default bench/results/tmp) is where the tables go: keep them outside
the checkout to share them between worktrees.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "realnews" / "all_dev_outlets.jsonl.gz"
SOURCE_ENV, DATA_ENV = "LENS_BENCH_REALNEWS", "LENS_BENCH_DATA"
N_REAL = 28_661
# The corpora the benchmarks know by name: name -> (label, articles)
CORPORA = {
    "real": ("real news (28,661 articles)", N_REAL),
    "real-100000": ("real news replicated (100,000 articles)", 100_000),
}


def data_root() -> Path:
    return Path(os.environ.get(DATA_ENV) or ROOT / "bench" / "results" / "tmp")


def source_file() -> Path | None:
    """The real corpus, when this checkout has it beside it (../shared), else None."""
    path = Path(os.environ.get(SOURCE_ENV) or SHARED)
    return path if path.exists() else None


def real_dir() -> Path:
    """The tables of the 28.7k real articles, preprocessed on first use."""
    from lib import store

    out = data_root() / "real28k"
    if store.dataset_exists(out):
        return out
    source = source_file()
    if source is None:
        raise SystemExit(
            f"no real corpus: {SHARED} is missing (set {SOURCE_ENV}), and {out} has no tables"
        )
    corpus = data_root() / "all_dev_outlets.jsonl"
    if not corpus.exists():  # lib.preprocess reads .jsonl, not .jsonl.gz
        corpus.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(source, "rb") as src, corpus.open("wb") as dst:
            shutil.copyfileobj(src, dst)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lib.preprocess", "--corpus", str(corpus), "--out", str(out),
         "--n-process", "2", "--quiet"],
        cwd=ROOT, check=False,
    )  # fmt: skip
    print(f"preprocessed the real corpus in {time.perf_counter() - started:.0f} s")
    if not store.dataset_exists(out):
        raise SystemExit(f"preprocessing {corpus} wrote no tables to {out}")
    return out


def replicated_dir(n: int) -> Path:
    """The real run replicated to n articles, made on first use."""
    from lib import store

    out = data_root() / f"real{n // 1000}k"
    if not store.dataset_exists(out):
        subprocess.run(
            [sys.executable, "-m", "bench.replicate", "--src", str(real_dir()), "--n", str(n),
             "--out", str(out)],
            cwd=ROOT, check=True,
        )  # fmt: skip
    return out


def corpus_dir(name: str) -> Path:
    """The tables of a named real corpus ('real', 'real-100000')."""
    if name == "real":
        return real_dir()
    if name.startswith("real-"):
        return replicated_dir(int(name.split("-", 1)[1]))
    raise SystemExit(f"unknown corpus {name!r}: real, real-<n>")


def label(name: str) -> str:
    if name in CORPORA:
        return CORPORA[name][0]
    return f"real news replicated ({int(name.split('-', 1)[1]):,} articles)"
