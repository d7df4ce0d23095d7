"""Resident memory of reading a few article texts from a run's load cache: through its memory
map (a take of the Arrow column) against by row from the file (lib.queries.text_column), each
in a fresh process, with the file first read in order (`--read-first`: what a backup, `cat` or
the word counts' first count leaves in the page cache) or not.

    python -m bench.text_reads --run $LENS_BENCH_DATA/real100k [--rows 200] [--read-first]

Prints the MB of the file resident in the process after the read, and the MB of text read.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from lib import store
from lib.queries import arrow_cache

_CHILD = """
import sys, numpy as np, pyarrow as pa
from pathlib import Path
from lib.queries import arrow_cache, text_column
path, way, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])

def resident():
    kb, current = 0, ""
    with open("/proc/self/smaps") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 5 and "-" in parts[0] and ":" not in parts[0]:
                current = parts[5] if len(parts) > 5 else ""
            elif parts[0] == "Rss:" and current == str(path):
                kb += int(parts[1])
    return kb / 1024

table = arrow_cache.read_arrow(path) if way == "map" else None
column = text_column.of_file(path, "text") if way == "pread" else None
rows = table.num_rows if table is not None else column.n_rows
at = np.sort(np.random.default_rng(0).choice(rows, n, replace=False))
before = resident()
texts = table["text"].take(pa.array(at)).to_pylist() if table is not None else column.at(at)
print(f"{way}: {resident() - before:.1f} MB of the file resident after reading "
      f"{sum(len(t.encode()) for t in texts if t) / 2**20:.1f} MB of text")
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", type=Path, required=True, help="a processed corpus folder")
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--read-first", action="store_true")
    args = parser.parse_args(argv)
    run = store.current_run(args.run) or args.run
    path = arrow_cache.path_of(run, "articles")
    if not path.exists():
        raise SystemExit(f"{path}: no load cache yet; open the dashboard on {args.run} once")
    for way in ("map", "pread"):
        if args.read_first:
            with path.open("rb") as whole:
                while whole.read(1 << 24):
                    pass
        subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), way, str(args.rows)],
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )


if __name__ == "__main__":
    main()
