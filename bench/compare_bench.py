"""How long the comparison page's computations take on a large corpus (on demand, not in the
test suite).

The articles are bench.corpus's generated news (real-looking text, eight outlets with a
`bias` metadata column, 2014–2020); the entity mentions and the sentence tones are drawn at
random in the shapes the pipeline writes (about 30 mentions and 15 scored sentences per
article), so that no spaCy run is needed to build 100,000 articles. Each lib.queries.compare function
the page calls is timed once, cold (the page caches every result).

    python -m bench.compare_bench --n 100000
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
import pyarrow as pa

from bench.corpus import generate
from lib import queries, store
from lib.queries import compare, wordcounts
from lib.queries.filters import Filters


def dataset(n: int, *, seed: int = 7) -> store.Dataset:
    rows = generate(n)
    rng = np.random.default_rng(seed)
    ids = np.array([f"{i:016x}" for i in range(n)], dtype=object)
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "source": [r["source"] for r in rows],
            "title": [r["title"] for r in rows],
            "published": pd.to_datetime([r["date"] for r in rows]).date,
            "text": [r["title"] + "\n\n" + r["text"] for r in rows],
            "extra": [[("bias", r["bias"])] for r in rows],
        }
    )
    for column in store.SCHEMAS["articles"].names:
        if column not in articles:
            articles[column] = None
    per_article = rng.poisson(30, n)
    entities = [f"person:p{i}" for i in range(300)] + [f"country:C{i:02d}" for i in range(60)]
    weights = 1 / np.arange(1, len(entities) + 1)  # a few entities everywhere, a long tail
    mention_article = np.repeat(np.arange(n), per_article)
    mentions = pd.DataFrame(
        {
            "article_id": ids[mention_article],
            "entity_id": rng.choice(entities, len(mention_article), p=weights / weights.sum()),
            "sentence_id": rng.integers(0, 15, len(mention_article)).astype("int32"),
            "start": 0,
            "end": 1,
        }
    )
    sentences = pd.DataFrame(
        {
            "article_id": np.repeat(ids, 15),
            "sentence_id": np.tile(np.arange(15, dtype="int32"), n),
            "start": 0,
            "end": 1,
            "section": "body",
            "tone": rng.uniform(-1, 1, 15 * n).astype("float32"),
        }
    )
    catalog = pd.DataFrame(
        {
            "entity_id": entities,
            "type": [e.split(":")[0] for e in entities],
            "name": entities,
            "aliases": [[] for _ in entities],
            "roles": [[] for _ in entities],
            "n_mentions": 0,
            "n_articles": 0,
        }
    )
    return store.Dataset(
        articles=articles, sentences=sentences, entities=catalog, mentions=mentions
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument(
        "--all-words",
        action="store_true",
        help="also the old way: words of a sample of 5,000 articles a group",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpus = queries.build_corpus(dataset(args.n))
    print(
        f"{args.n:,} articles, {len(corpus.mentions):,} mentions built in {time.perf_counter() - started:.1f} s"
    )
    ids = corpus.all_ids
    steps = [
        (
            "metadata columns (articles.extra)",
            lambda: queries.metadata_frame(
                corpus.articles["article_id"],
                pa.array(corpus.articles["extra"].tolist(), queries.EXTRA_TYPE),
            ),
        ),
        ("default groups (top 3 sources)", lambda: compare.default_groups(corpus, ids)),
    ]
    for name, step in steps:
        t = time.perf_counter()
        step()
        print(f"{name:48s} {time.perf_counter() - t:6.2f} s")
    groups = compare.default_groups(corpus, ids)
    print(
        "groups:",
        [g.title() for g in groups],
        compare.group_sizes(corpus, ids, groups=groups)["n_articles"].tolist(),
    )
    meta = (
        compare.Group(Filters(meta=(("bias", "state"),))),
        compare.Group(Filters(meta=(("bias", "left"),))),
    )
    timed = [
        ("select a metadata group", lambda: corpus.select(meta[0].filters)),
        ("group volume (month)", lambda: compare.group_volume(corpus, ids, groups=groups, freq="MS")),
        ("entity shares", lambda: compare.entity_shares(corpus, ids, groups=groups)),
        ("distinctive entities", lambda: compare.distinctive_terms(corpus, ids, groups=groups)),
        ("count every article's words (once per run)", lambda: wordcounts.of_corpus(corpus)),
        ("distinctive words (every article)", lambda: compare.distinctive_terms(
            corpus, ids, groups=groups, kind="word")),
        ("group A against B, entities", lambda: compare.pair_terms(corpus, ids, groups=groups)),
        ("tone by group and month", lambda: compare.group_tone(corpus, ids, groups=groups, freq="MS")),
        ("tone of 3 entities by group and month", lambda: compare.entity_tone(
            corpus, ids, groups=groups, entity_ids=["person:p0", "person:p1", "country:C00"], freq="MS")),
        ("sentences of an entity, per group", lambda: compare.entity_sentences(
            corpus, ids, groups=groups, entity_id="person:p3")),
        ("distinctive entities, two metadata groups", lambda: compare.distinctive_terms(
            corpus, ids, groups=meta)),
    ]  # fmt: skip
    if args.all_words:
        timed.append(("distinctive words (a sample of 5,000 articles a group)", lambda: compare.distinctive_terms(
            corpus, ids, groups=groups, kind="word", max_articles=5000)))  # fmt: skip
    for name, step in timed:
        t = time.perf_counter()
        step()
        print(f"{name:48s} {time.perf_counter() - t:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
