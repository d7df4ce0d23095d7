"""Speed-up of the Dask engine from 1 to 2 workers, on a real local cluster (loopback only).

    python -m bench.dask_bench --n 500

Starts `dask scheduler` and then 1 or 2 `dask worker` processes (one thread each) on
127.0.0.1, runs the same corpus through `process_corpus(engine="dask")` with no cache, and
appends the times and the speed-up to bench/results/preprocess.md. Each worker loads the
pipeline on its first chunk; a warm-up run of a few articles comes before each timing.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from bench.preprocess_bench import append_results
from lib.engine.run import process_corpus

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_with_workers(n_workers: int, corpus: Path, warmup: Path) -> float:
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dask = (
        str(ROOT / ".venv" / "bin" / "dask")
        if (ROOT / ".venv" / "bin" / "dask").exists()
        else "dask"
    )
    procs = [
        subprocess.Popen(
            [
                dask,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--dashboard-address",
                ":0",
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        time.sleep(2)
        for _ in range(n_workers):
            procs.append(
                subprocess.Popen(
                    [
                        dask,
                        "worker",
                        address,
                        "--nthreads",
                        "1",
                        "--host",
                        "127.0.0.1",
                        "--dashboard-address",
                        ":0",
                    ],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(n_workers, timeout=120)
        process_corpus(
            [warmup], engine="dask", scheduler=address
        )  # every worker loads its pipeline
        started = time.perf_counter()
        process_corpus([corpus], engine="dask", scheduler=address)
        return time.perf_counter() - started
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dask-bench-"))
    corpus = write_corpus(args.n, work / "news.jsonl")
    warmup = write_corpus(100, work / "warmup.jsonl", start=args.n)
    one = run_with_workers(1, corpus, warmup)
    two = run_with_workers(2, corpus, warmup)
    print(
        f"{args.n} articles: 1 worker {one:.1f} s, 2 workers {two:.1f} s, speed-up {one / two:.2f}×"
    )
    append_results(
        [
            ("Dask engine, 1 worker, s", f"{one:.1f}", "", ""),
            ("Dask engine, 2 workers, s", f"{two:.1f}", f"speed-up {one / two:.2f}× (2 cores)", ""),
        ],
        args.n,
    )


if __name__ == "__main__":
    main()
