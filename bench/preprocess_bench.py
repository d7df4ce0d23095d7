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

Real text (`--real`): the same comparison on a sample of real articles instead of generated
ones, single process by default:

    python -m bench.preprocess_bench --real --sample 500 --repeat 3 [--profile out.prof]

reads ../shared/realnews/dev_outlets.jsonl.gz (or the JSONL(.gz) given), draws `--sample`
articles with a fixed seed and writes them to a temporary folder (never into the
repository). Raw spaCy reads each article's title and text; ours reads the same rows. On a
shared machine the two take turns slice by slice (`--chunk` articles: raw on a slice, then
ours end to end on the same slice, as a run of its own, so ours pays its per-run costs once
per slice — a little against it), `--repeat` rounds of the whole sample; the median of the
per-round ratios is reported with the rounds, by wall-clock time and, with one process, by
the CPU time of this process (time.process_time), which the other users of the cores
disturb far less: that is the ratio to read on a busy machine. `--profile FILE` then runs ours once more
under cProfile, prints where the time goes and writes the stats to FILE; `--keep DIR` writes
ours' tables to DIR, to compare two versions with `python -m bench.compare_tables A B`.

Results are appended to bench/results/preprocess.md (machine, date, N, figure, value, ratio).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import platform
import pstats
import random
import shutil
import statistics
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
REAL_CORPUS = ROOT.parent / "shared" / "realnews" / "dev_outlets.jsonl.gz"


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


def sample_real(source: Path, n: int, out: Path, *, seed: int = 15) -> Path:
    """`n` articles of a real JSONL(.gz) corpus, drawn with a fixed seed, written to `out`."""
    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip()]
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(chosen), encoding="utf-8")
    return out


def raw_text(row: dict) -> str:
    """What raw spaCy reads of a corpus row: its title and its text."""
    return "\n\n".join(part for part in (row.get("title"), row.get("text")) if part)


def real_text_run(args: argparse.Namespace, work: Path) -> None:
    source = Path(args.real) if args.real is not True else REAL_CORPUS
    if not source.exists():
        raise SystemExit(
            f"{source}: no real corpus here (the default is {REAL_CORPUS}); give a JSONL(.gz) "
            "path after --real"
        )
    corpus = sample_real(source, args.sample, work / "corpus" / "real.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    texts = [raw_text(json.loads(line)) for line in lines]
    words = sum(len(t.split()) for t in texts)
    size = args.chunk or len(lines)
    chunks = []  # (raw texts, corpus file) of each slice, taken in turn by raw and by ours
    for n, first in enumerate(range(0, len(lines), size)):
        part = work / "chunks" / f"real-{n:03d}.jsonl"
        part.parent.mkdir(parents=True, exist_ok=True)
        part.write_text("".join(lines[first : first + size]), encoding="utf-8")
        chunks.append((texts[first : first + size], part))
    model = nlp.model_name()
    raw = raw_pipeline(model)
    ours = cached_pipeline(model, GAZETTEER_DIR, ())
    for warm in (raw, ours):
        for _ in warm.pipe(texts[:20]):
            pass
    process_corpus([ROOT / "data" / "sample"])  # the rest of ours warm too (imports, caches)
    print(
        f"real text: {len(texts)} articles of {source.name}, {words:,} words, "
        f"{len(chunks)} slice(s) of {size} — {machine()}"
    )
    rows = []
    for n_process in args.n_process:
        ratios, raw_rates, our_rates, cpu_ratios = [], [], [], []
        for round_ in range(args.repeat):
            raw_s = ours_s = raw_cpu = ours_cpu = 0.0
            for n, (part_texts, part) in enumerate(chunks):
                cpu = time.process_time()
                raw_s += time_raw(raw, part_texts, n_process)
                raw_cpu, cpu = raw_cpu + time.process_time() - cpu, time.process_time()
                out = work / f"real-out-{n_process}-{round_}-{n}"
                ours_s += time_ours(part, out, n_process)[0]
                ours_cpu += time.process_time() - cpu
                shutil.rmtree(out, ignore_errors=True)
            ratios.append(raw_s / ours_s)
            cpu_ratios.append(raw_cpu / ours_cpu)
            raw_rates.append(words / raw_s)
            our_rates.append(words / ours_s)
            print(
                f"n_process={n_process} round {round_ + 1}: raw {words / raw_s:,.0f} w/s, "
                f"ours {words / ours_s:,.0f} w/s, ratio {raw_s / ours_s:.2f}; CPU time "
                f"raw {raw_cpu:.1f} s, ours {ours_cpu:.1f} s, ratio {raw_cpu / ours_cpu:.3f}",
                flush=True,
            )
        rounds = ", ".join(f"{r:.2f}" for r in ratios)
        how = f"{source.name}, {len(texts)} drawn with seed 15, slices of {size}"
        if n_process == 1:
            rows.append(
                (
                    f"real text ({how}): CPU-time ratio raw/ours, 1 process",
                    f"{statistics.median(cpu_ratios):.3f}",
                    f"target ≥ 0.95; rounds {', '.join(f'{r:.3f}' for r in cpu_ratios)}",
                    "",
                )
            )
        rows.append(
            (
                f"real text ({how}): words/s, raw spaCy NER+senter, {n_process} process(es)",
                f"{statistics.median(raw_rates):,.0f}",
                "1.00 (limit)",
                "",
            )
        )
        rows.append(
            (
                f"real text ({how}): words/s, ours end to end, {n_process} process(es)",
                f"{statistics.median(our_rates):,.0f}",
                f"{statistics.median(ratios):.2f} (target ≥ 0.95; rounds {rounds})",
                "",
            )
        )
    if args.keep:
        store.write_dataset(process_corpus([corpus]), Path(args.keep))
        print(f"tables of ours written to {args.keep}")
    if args.profile:
        profile(corpus, Path(args.profile))
    append_results(rows, len(texts))


def profile(corpus: Path, out: Path) -> None:
    """Ours once under cProfile: the functions of this project and the libraries it calls
    that take the most time, by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    process_corpus([corpus])
    profiler.disable()
    profiler.dump_stats(out)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"lib/|vaderSentiment|entityruler|matcher", 40)
    print(f"profile written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--n-process", type=int, nargs="+", default=None)
    parser.add_argument("--no-incremental", action="store_true")
    parser.add_argument(
        "--real",
        nargs="?",
        const=True,
        metavar="JSONL",
        help=f"real articles instead of generated ones (default file: {REAL_CORPUS})",
    )
    parser.add_argument("--sample", type=int, default=500, help="articles drawn with --real")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of raw/ours with --real")
    parser.add_argument(
        "--chunk",
        type=int,
        default=50,
        help="with --real: raw and ours take turns slice by slice of this many articles, so "
        "that both meet the same load on a shared machine (0: the whole sample at once)",
    )
    parser.add_argument("--profile", metavar="FILE", help="with --real: cProfile ours once")
    parser.add_argument("--keep", metavar="DIR", help="with --real: write ours' tables here")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    if args.real:
        args.n_process = args.n_process or [1]
        work = Path(tempfile.mkdtemp(prefix="bench-real-"))
        try:
            real_text_run(args, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"results appended to {RESULTS.relative_to(ROOT)}")
        return
    args.n_process = args.n_process or [1, 2]
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
