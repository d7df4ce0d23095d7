"""`streamlit …` (the same command line) with every script run's thread CPU time appended
to $LENS_BENCH_RUNS_LOG as `<page>\\t<seconds>` lines: bench/browser_floor.py's server.

    LENS_BENCH_RUNS_LOG=runs.tsv python -m bench.timed_server run dashboard.py …
"""

from __future__ import annotations

import os
import sys
import time

from streamlit.runtime.scriptrunner import script_runner
from streamlit.web.cli import main

_run_script = script_runner.ScriptRunner._run_script


def _timed(self, rerun_data):
    started = time.thread_time()  # this script thread's CPU, not the machine's load
    try:
        return _run_script(self, rerun_data)
    finally:
        with open(os.environ["LENS_BENCH_RUNS_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{rerun_data.page_name or '-'}\t{time.thread_time() - started:.4f}\n")


if __name__ == "__main__":
    script_runner.ScriptRunner._run_script = _timed
    sys.argv = ["streamlit", *sys.argv[1:]]
    sys.exit(main())
