"""Entities', Co-occurrence's and the Overview's queries beside their earlier definitions (the
ones tests/test_page_queries.py keeps), in one process on one corpus, interleaved per filter
change: the ratio holds under whatever load the machine has (two checkouts measured one after
the other do not share it). Every pair of answers is asserted equal.

    LENS_BENCH_DATA=/work/bench-data python -m bench.page_queries_ab --corpus real-100000
"""

from __future__ import annotations

import argparse
import os
import random
import time

import numpy as np
import pandas as pd

from bench.query_bench import _filters, _p
from bench.realnews import corpus_dir
from lib import queries
from lib.queries import pair_counts
from lib.queries.filters import Filters
from tests import test_page_queries as earlier

TYPES = ("person", "org", "country", "place")


def _all_pairs_counted(self, articles: np.ndarray, top: np.ndarray):
    """SentencePairs._pair_counts as it was: every pair of the selection sorted and counted."""
    kept = np.repeat(articles[: len(self.pair_offsets) - 1], np.diff(self.pair_offsets))
    key = self.pair_source[kept].astype(np.int64) * self.n_entities + self.pair_target[kept]
    found, n = pair_counts.unique_counts(key)
    return found // self.n_entities, found % self.n_entities, n


def _cooccurrence(counted):
    def run(corpus, ids, chosen):
        now = pair_counts.SentencePairs._pair_counts
        pair_counts.SentencePairs._pair_counts = counted
        try:
            return queries.cooccurrence(corpus, ids, level="sentence", min_count=2)
        finally:
            pair_counts.SentencePairs._pair_counts = now

    return run


PAIRS = {
    "entity_table": (
        lambda c, i, e: earlier.entity_table_by_join(c, i),
        lambda c, i, e: queries.entity_table(c, i),
    ),
    "quotes (the page's entity)": (
        lambda c, i, e: earlier.quotes_by_mask(c, i, speaker_id=e),
        lambda c, i, e: queries.quotes(c, i, speaker_id=e),
    ),
    "quotes (most quoted person)": (
        lambda c, i, e: earlier.quotes_by_mask(c, i, speaker_id=c.speaker),
        lambda c, i, e: queries.quotes(c, i, speaker_id=c.speaker),
    ),
    "mentions_over_time": (
        lambda c, i, e: earlier.mentions_over_time_by_groupby(c, i, [e], freq="W"),
        lambda c, i, e: queries.mentions_over_time(c, i, [e], freq="W"),
    ),
    "cooccurrence": (
        _cooccurrence(_all_pairs_counted),
        _cooccurrence(pair_counts.SentencePairs._pair_counts),
    ),
    "top_entities x4 (Overview)": (
        lambda c, i, e: [earlier.top_entities_by_nlargest(c, i, entity_type=t) for t in TYPES],
        lambda c, i, e: [queries.top_entities(c, i, entity_type=t) for t in TYPES],
    ),
}


def _same(a, b) -> None:
    for x, y in zip(a, b, strict=True) if isinstance(a, list) else [(a, b)]:
        pd.testing.assert_frame_equal(x, y)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="real-100000")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = queries.build_corpus(queries.read_tables(corpus_dir(args.corpus)))
    corpus.speaker = corpus.data.quotes["speaker_id"].value_counts().index[0]
    top = corpus.catalog.sort_values("n_articles", ascending=False)
    entities = top[top["type"] != "event"].index[:40].tolist()
    rng = random.Random(args.seed)  # the filter changes of bench.query_bench
    changes = [_filters(rng, entities) for _ in range(args.runs)]
    everything = corpus.select(Filters())
    for before, after in PAIRS.values():  # what a run makes once, before the first change
        before(corpus, everything, entities[0]), after(corpus, everything, entities[0])
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in PAIRS}
    for chosen, start, end in changes:
        ids = corpus.select(Filters(entities=tuple(chosen), start=start, end=end))
        # the Entities page shows the most mentioned entity of the selection
        entity = queries.entity_table(corpus, ids).iloc[0]["entity_id"]
        for name, (before, after) in PAIRS.items():
            began = time.perf_counter()
            old = before(corpus, ids, entity)
            middle = time.perf_counter()
            new = after(corpus, ids, entity)
            times[name][0].append(middle - began)
            times[name][1].append(time.perf_counter() - middle)
            _same(old, new)
    print(f"{args.corpus}, {args.runs} filter changes, load {os.getloadavg()[0]:.1f}; same answers")
    print(f"{'query':30} {'before p50 / p95':>18} {'after p50 / p95':>18}   ratio p50 / p95")
    for name, (old, new) in times.items():
        o50, o95, n50, n95 = (_p(v, q) * 1000 for v in (old, new) for q in (0.5, 0.95))
        print(f"{name:30} {o50:8.0f} / {o95:5.0f} ms {n50:8.0f} / {n95:5.0f} ms   "
              f"{o50 / n50:5.1f}x / {o95 / n95:4.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
