"""Preprocessing speed, side by side with the limit: raw spaCy on the same texts.

    python -m bench.preprocess_bench --n 1000 --n-process 1 2

For each process count, in the same run and on the same texts:
- raw: `nlp.pipe` with the fastest configuration of the model that gives the same
  entities (NER + senter; no tok2vec, tagger, parser, lemmatizer, attribute ruler), no
  cleaning, no linking, no writing — the physical limit of this approach on this machine;
- ours: `python -m lib.preprocess` end to end as a library call (reading the JSONL,
  cleaning, the pipeline with its gazetteer rules, linking, events, quotes, dates, the
  corpus-wide steps, and writing the Parquet tables), with no cache.
Both are timed after their pipeline is loaded; words are the raw texts' whitespace words.
`--clock cpu` times both by this process's CPU time instead of the wall clock (one process
only): on a machine other jobs load, the ratio of CPU times still compares like with like.
Then the incremental figures: an unchanged re-run (everything from the cache) and a run
that adds 100 articles to the N already processed.

Results are appended to bench/results/preprocess.md (machine, date, N, figure, value, ratio).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import spacy

from bench.corpus import write_corpus
from lib import store
from lib.engine import nlp
from lib.engine.gazetteer import GAZETTEER_DIR
from lib.engine.per_chunk import cached_pipeline
from lib.engine.run import process_corpus, update

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "preprocess.md"
RAW_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def raw_pipeline(model: str):
    pipeline = spacy.load(model, exclude=RAW_EXCLUDE)
    pipeline.enable_pipe("senter")
    return pipeline


CLOCK = time.perf_counter  # or time.process_time (--clock cpu)


def time_raw(pipeline, texts: list[str], n_process: int) -> float:
    started = CLOCK()
    for _ in pipeline.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return CLOCK() - started


def time_ours(
    corpus: Path, out: Path, n_process: int, *, cache_dir: Path | None = None
) -> tuple[float, dict]:
    started = CLOCK()
    dataset = process_corpus([corpus], n_process=n_process, cache_dir=cache_dir)
    store.write_dataset(dataset, out)
    return CLOCK() - started, dataset.manifest


def machine() -> str:
    return f"{platform.node() or 'host'}: {os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}"


def append_results(rows: list[tuple[str, str, str, str]], n: int) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Preprocessing benchmark\n\nWritten by `python -m bench.preprocess_bench` "
            "(see its docstring for what is measured).\n\n"
            "| date | machine | N articles | figure | value | ratio / target |\n"
            "|---|---|---|---|---|---|\n",
            encoding="utf-8",
        )
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    with RESULTS.open("a", encoding="utf-8") as handle:
        for figure, value, ratio, _ in rows:
            handle.write(f"| {stamp} | {machine()} | {n:,} | {figure} | {value} | {ratio} |\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-incremental", action="store_true")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    if args.clock == "cpu":
        if args.n_process != [1]:
            parser.error("--clock cpu times this process only: use it with --n-process 1")
        global CLOCK
        CLOCK = time.process_time
    clock = " (CPU time)" if args.clock == "cpu" else ""

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    corpus = write_corpus(args.n, work / "corpus" / "news.jsonl")
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    words = sum(len(t.split()) for t in texts)
    model = nlp.model_name()
    raw = raw_pipeline(model)
    cached_pipeline(model, GAZETTEER_DIR, ())  # load ours too, outside the timings
    for warm in (raw, cached_pipeline(model, GAZETTEER_DIR, ())):
        for _ in warm.pipe(texts[:20]):
            pass
    rows = []
    print(f"{args.n} articles, {words:,} words — {machine()}")
    for n_process in args.n_process:
        raw_s = time_raw(raw, texts, n_process)
        ours_s, _ = time_ours(corpus, work / f"out-{n_process}", n_process)
        ratio = raw_s / ours_s
        rows.append(
            (
                f"words/s, raw spaCy NER+senter, {n_process} process(es){clock}",
                f"{words / raw_s:,.0f}",
                "1.00 (limit)",
                "",
            )
        )
        rows.append(
            (
                f"words/s, ours end to end, {n_process} process(es){clock}",
                f"{words / ours_s:,.0f}",
                f"{ratio:.2f} (target ≥ 0.9)",
                "",
            )
        )
        print(
            f"n_process={n_process}: raw {words / raw_s:,.0f} w/s, ours {words / ours_s:,.0f} w/s, ratio {ratio:.2f}"
        )

    if not args.no_incremental:
        cache_dir, out = work / "cache", work / "out-incremental"
        corpus_dir = [corpus.parent]
        time_ours(corpus, out, 1, cache_dir=cache_dir)  # fills the cache
        # An unchanged corpus: `update` finds nothing to do from the files' sizes and times.
        update(corpus_dir, out)
        unchanged_started = time.perf_counter()
        assert update(corpus_dir, out) is None
        unchanged_s = time.perf_counter() - unchanged_started
        per_10k = unchanged_s * 10_000 / args.n
        rows.append(
            (
                "unchanged re-run (nothing to do), s per 10k articles",
                f"{per_10k:.3f}",
                "target ≤ 1 s",
                "",
            )
        )
        # The same articles with every file touched: all from the article cache, tables rebuilt.
        cached_s, manifest = time_ours(corpus, work / "out-cached", 1, cache_dir=cache_dir)
        assert manifest["n_processed"] == 0
        rows.append(
            (
                "re-run with every file touched (all from the cache, tables rebuilt), s per 10k articles",
                f"{cached_s * 10_000 / args.n:.2f}",
                "",
                "",
            )
        )
        more = write_corpus(100, work / "corpus" / "more.jsonl", start=args.n)
        added_started = time.perf_counter()
        dataset = update(
            corpus_dir, out
        )  # the folder now holds the N articles and the 100 new ones
        added_s = time.perf_counter() - added_started
        assert dataset.manifest["n_processed"] == 100
        fresh_100 = time_ours(more, work / "out-100", 1)[0]
        rows.append(
            (
                f"adding 100 articles to {args.n:,}, s",
                f"{added_s:.2f}",
                f"{added_s / fresh_100:.2f}× the cost of 100 articles alone ({fresh_100:.2f} s)",
                "",
            )
        )
        print(
            f"unchanged: {unchanged_s:.2f} s ({per_10k:.2f} s per 10k); +100: {added_s:.2f} s vs {fresh_100:.2f} s alone"
        )
    append_results(rows, args.n)
    shutil.rmtree(work, ignore_errors=True)
    print(f"results appended to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
