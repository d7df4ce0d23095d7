"""The Dask engine on a real local cluster: a scheduler and two workers as separate
processes on 127.0.0.1. The tables must equal those of a local run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from lib import store
from lib.preprocess import process_corpus
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
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"],
                              stdout=(logs / "scheduler.log").open("w"), stderr=subprocess.STDOUT, cwd=ROOT, env=env)]
    time.sleep(2)
    for n in range(2):
        procs.append(subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                       "--host", "127.0.0.1", "--dashboard-address", ":0",
                                       "--local-directory", str(logs / f"w{n}")],
                                      stdout=(logs / f"worker{n}.log").open("w"), stderr=subprocess.STDOUT,
                                      cwd=ROOT, env=env))
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


def test_dask_run_equals_local_run(cluster, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (ROOT / "data" / "sample").iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    for i in range(40):  # enough articles for several chunks
        (corpus / f"story-{i:02d}.txt").write_text(
            f"MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that NATO had moved "
            f"{i} more battalions to Poland.\n\nNATO Secretary General Jens Stoltenberg said the alliance "
            f"posed no threat to Russia, ahead of the NATO summit in Brussels.\n", encoding="utf-8")
    local = process_corpus([corpus])
    distributed = process_corpus([corpus], engine="dask", scheduler=cluster)
    assert distributed.manifest["engine"] == "dask"
    for name in store.TABLES:
        assert comparable(getattr(local, name)).equals(comparable(getattr(distributed, name))), name


def test_command_line_with_the_dask_engine(cluster, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "lib.preprocess", "--corpus", "data/sample", "--out", str(out),
                             "--engine", "dask", "--scheduler", cluster, "--quiet"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert len(store.read_dataset(out).articles) == 2
