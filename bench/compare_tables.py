"""Are two runs' tables the same? For checking that a change meant to be faster changes no
output:

    python -m bench.compare_tables OUT_BEFORE OUT_AFTER [--tables mentions events ...]

Each argument is a folder written by `python -m lib.preprocess --out` or by
`bench.preprocess_bench --real --keep`. Rows are put in a stable order (by the table's key
columns) and compared with pandas' assert_frame_equal; the first difference of each table is
printed. The `manifest` (times, paths) is not compared, nor the folders of the articles'
corpus files (their names are). Exit status 1 if any table differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from lib import store

KEYS = {
    "articles": ["article_id"],
    "sentences": ["article_id", "sentence_id"],
    "mentions": ["article_id", "start", "end", "entity_id"],
    "entities": ["entity_id"],
    "events": ["article_id", "event_id"],
    "quotes": ["article_id", "start"],
    "kb_events": ["entity_id"],
}


def ordered(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    keys = [k for k in keys if k in frame.columns]
    if "path" in frame.columns:
        # the corpus file's name only: `preprocess_bench --real` samples into a new
        # temporary folder on every run, so two runs' folders always differ
        frame = frame.assign(path=frame["path"].map(lambda p: Path(p).name, na_action="ignore"))
    out = frame.sort_values(keys, kind="stable") if keys else frame
    return out.reset_index(drop=True)


def compare(before: store.Dataset, after: store.Dataset, tables: list[str]) -> list[str]:
    """The names of the tables that differ (and print how)."""
    differ = []
    for name in tables:
        a, b = ordered(getattr(before, name), KEYS[name]), ordered(getattr(after, name), KEYS[name])
        try:
            pd.testing.assert_frame_equal(a, b, check_categorical=False)
            print(f"{name}: identical ({len(a):,} rows)")
        except AssertionError as exc:
            differ.append(name)
            print(f"{name}: DIFFERENT ({len(a):,} rows before, {len(b):,} after)\n{exc}\n")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--tables", nargs="+", default=list(KEYS))
    args = parser.parse_args(argv)
    differ = compare(store.read_dataset(args.before), store.read_dataset(args.after), args.tables)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
