"""The Dask engine on a real local cluster: a scheduler and two workers as separate
processes on 127.0.0.1. The tables must equal those of a local run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from lib import store
from lib.engine.run import process_corpus
from tests.conftest import ROOT

pytest.importorskip("distributed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    # Workers import the project's code: the editable install provides it, PYTHONPATH too.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bin_dir = ROOT / ".venv" / "bin" if (ROOT / ".venv" / "bin" / "dask").exists() else None
    dask = str(bin_dir / "dask") if bin_dir else "dask"
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
                "--no-show",
            ],
            stdout=(logs / "scheduler.log").open("w"),
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=env,
        )
    ]
    time.sleep(2)
    for n in range(2):
        procs.append(
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    address,
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    "--dashboard-address",
                    ":0",
                    "--local-directory",
                    str(logs / f"w{n}"),
                ],
                stdout=(logs / f"worker{n}.log").open("w"),
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                env=env,
            )
        )
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=60)
    yield address
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.wait(timeout=30)


def comparable(frame):
    return frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)


def write_corpus(folder):
    folder.mkdir()
    for seed in (ROOT / "data" / "sample").iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    # Enough articles for several chunks, each sentence its own: a sentence repeated word for
    # word across one source's articles is chrome (lib/engine/chrome.py).
    for i in range(40):
        (folder / f"story-{i:02d}.txt").write_text(
            f"MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that NATO had moved "
            f"{i} more battalions to Poland.\n\nNATO Secretary General Jens Stoltenberg said the alliance "
            f"posed no threat to Russia, {i} days ahead of the NATO summit in Brussels.\n",
            encoding="utf-8",
        )
    return folder


def test_dask_run_equals_local_run(cluster, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    local = process_corpus([corpus])
    distributed = process_corpus([corpus], engine="dask", scheduler=cluster)
    assert distributed.manifest["engine"] == "dask"
    for name in store.TABLES:
        assert comparable(getattr(local, name)).equals(comparable(getattr(distributed, name))), name


def test_command_line_with_the_dask_engine(cluster, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            "data/sample",
            "--out",
            str(out),
            "--engine",
            "dask",
            "--scheduler",
            cluster,
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert len(store.read_dataset(out).articles) == 3  # two English sample articles, a Russian one


def test_dask_run_writes_partitioned_parquet_that_reads_like_a_local_run(cluster, tmp_path):
    from lib import queries

    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lib.preprocess",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--engine",
            "dask",
            "--scheduler",
            cluster,
            "--partition-rows",
            "100",
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    run = store.current_run(out)
    parts = sorted(p.name for p in (run / "mentions.parquet").iterdir())
    assert len(parts) >= 3 and parts[0] == "part-00000.parquet"
    manifest = store.read_dataset(out).manifest
    assert manifest["partitions"]["mentions"] == len(parts)
    assert (run / "entities.parquet").is_file()  # no article_id: never split
    local = process_corpus([corpus])
    written = store.read_dataset(out)
    for name in store.TABLES:
        assert comparable(getattr(local, name)).equals(comparable(getattr(written, name))), name
    # No article is split across two files.
    seen = [
        set(
            pq.read_table(run / "mentions.parquet" / p, columns=["article_id"])[
                "article_id"
            ].to_pylist()
        )
        for p in parts
    ]
    assert sum(len(s) for s in seen) == len(set().union(*seen))
    # The dashboard reads it as before.
    corpus_view = queries.build_corpus(queries.read_tables(out))
    assert corpus_view.catalog.loc["person:jens-stoltenberg", "n_articles"] == 43  # 40 + 3 samples
