"""Scale a preprocessed run up by replication, for dashboard benchmarks at sizes that
would take an hour to preprocess here (100k articles ≈ 38M words ≈ 35 min on 2 cores).

    python -m bench.replicate --src bench/results/tmp/dash-10000 --copies 10 \
        --out bench/results/tmp/dash-100000
    python -m bench.replicate --src /work/bench-data/real28k --n 100000 \
        --out /work/bench-data/real100k       # copies enough, the last one cut short

Copy k of every article gets the id `<article_id>~k` (its events `<article_id>~k:<n>`,
an `id` metadata value `<id>~k`) and its publication dates moved by k × 37 days, wrapping
inside the source run's date span, so the copies spread over the same years instead of
stacking on the same days.
Everything else (text, mentions, sentences, events, quotes) is the same: the tables have
the sizes and densities of an N-article corpus, which is what the dashboard's speed
depends on; the texts repeat, which it does not look at.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from lib import store

SHIFT_DAYS = 37
ID_COLUMNS = {
    "articles": ("article_id",),
    "sentences": ("article_id",),
    "mentions": ("article_id",),
    "events": ("article_id", "event_id"),
    "quotes": ("article_id",),
    "dropped": ("article_id",),
}
DATE_COLUMNS = {
    "articles": ("published", "published_min", "published_max"),
    "events": (),  # events keep their real dates: they are historical facts
}


def _shift(series: pd.Series, days: int, first: pd.Timestamp, span: int) -> pd.Series:
    stamps = pd.to_datetime(series)
    offset = ((stamps - first).dt.days + days) % span
    return (first + pd.to_timedelta(offset, unit="D")).dt.date.where(series.notna(), None)


ID_KEYS = ("id", "article_id", "doc_id", "uuid")  # metadata keys that identify an article


def _new_ids(extra, k: int):
    """An article's metadata pairs with its id-like values made those of copy k."""
    if isinstance(extra, dict):
        extra = list(extra.items())
    return [(key, f"{value}~{k}" if key in ID_KEYS else value) for key, value in extra]


def _copy(name: str, frame: pd.DataFrame, k: int, first: pd.Timestamp, span: int) -> pd.DataFrame:
    if k == 0:
        return frame
    frame = frame.copy()
    if name == "articles" and "extra" in frame:
        frame["extra"] = [_new_ids(pairs, k) for pairs in frame["extra"]]
    for column in ID_COLUMNS.get(name, ()):
        if column == "event_id":
            parts = frame[column].str.split(":", n=1, expand=True)
            frame[column] = parts[0] + f"~{k}:" + parts[1]
        else:
            frame[column] = frame[column] + f"~{k}"
    for column in DATE_COLUMNS.get(name, ()):
        frame[column] = _shift(frame[column], k * SHIFT_DAYS, first, span)
    return frame


def replicate(dataset: store.Dataset, copies: int, *, n: int | None = None) -> store.Dataset:
    """`copies` copies of every article; with `n`, as many as make n articles (the last copy
    holds the first articles of the source only)."""
    if n is not None:
        copies = -(-n // max(len(dataset.articles), 1))
    published = pd.to_datetime(dataset.articles["published"]).dropna()
    first, span = published.min(), max((published.max() - published.min()).days + 1, 1)
    kept = None
    if n is not None and n < copies * len(dataset.articles):
        kept = set(dataset.articles["article_id"].iloc[: n - (copies - 1) * len(dataset.articles)])
    tables = {}
    for name, frame in dataset.tables().items():
        if name in ID_COLUMNS:
            parts = []
            for k in range(copies):
                part = frame
                if k == copies - 1 and kept is not None:
                    part = frame[frame["article_id"].astype(object).isin(kept)]
                parts.append(_copy(name, part, k, first, span))
            tables[name] = pd.concat(parts, ignore_index=True)
        else:
            tables[name] = frame
    counts = (
        tables["mentions"]
        .groupby("entity_id")
        .agg(n_mentions=("article_id", "size"), n_articles=("article_id", "nunique"))
    )
    entities = tables["entities"].drop(columns=["n_mentions", "n_articles"])
    entities = entities.join(counts, on="entity_id")
    entities[["n_mentions", "n_articles"]] = entities[["n_mentions", "n_articles"]].fillna(0)
    tables["entities"] = entities.astype({"n_mentions": np.int64, "n_articles": np.int64})
    manifest = {**dataset.manifest, "replicated": {"copies": copies}}
    return store.Dataset(**tables, manifest=manifest, problems=dataset.problems)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--n", type=int, help="articles wanted (instead of --copies)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    dataset = replicate(store.read_dataset(args.src), args.copies, n=args.n)
    store.write_dataset(dataset, args.out)
    print(f"{len(dataset.articles):,} articles, {len(dataset.mentions):,} mentions -> {args.out}")


if __name__ == "__main__":
    main()
