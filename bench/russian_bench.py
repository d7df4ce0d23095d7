"""Russian throughput: words/s per core of the Russian extraction step (lib/engine/russian) against
natasha's own NER alone on the same texts.

    .venv/bin/python -m bench.russian_bench [--repeat 20] [--out bench/results/russian.md]

The texts are the Russian sample article and the evaluation excerpts (eval/russian), each
repeated; both sides run in this one process (one core), after a warm-up that loads the
models. The step's figure includes everything it does (sentences, lemmas, gazetteer, NER,
linking, dates, events, quotes); natasha's is `NewsNERTagger(text)` on each text.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

from lib.engine.russian.clean import clean_page
from lib.engine.russian.ner import tagger
from lib.engine.russian.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    sample = clean_page((ROOT / "data/sample/002_5eef932cbffba5c3.txt").read_text("utf-8")).text
    excerpts = ROOT / "eval/russian/excerpts.jsonl"
    lines = [json.loads(x)["text"] for x in excerpts.read_text("utf-8").splitlines() if x.strip()]
    return [sample, *("\n\n".join(t.split("\n")) for t in lines)]


def words_per_second(run, corpus: list[str], repeat: int) -> float:
    n_words = sum(len(t.split()) for t in corpus) * repeat
    start = time.process_time()
    for _ in range(repeat):
        for text in corpus:
            run(text)
    return n_words / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "bench/results/russian.md"))
    args = parser.parse_args(argv)
    corpus = texts()
    ner = tagger()
    for text in corpus:  # warm-up: models loaded, caches filled once
        extract(text)
        ner(text)
    step = words_per_second(extract, corpus, args.repeat)
    natasha = words_per_second(ner, corpus, args.repeat)
    n_words = sum(len(t.split()) for t in corpus)
    report = "\n".join(
        [
            "# Russian extraction throughput",
            "",
            f"Machine: {platform.processor() or platform.machine()}, Python "
            f"{platform.python_version()}; {datetime.now(UTC):%Y-%m-%d}; one process (CPU time).",
            f"Texts: the Russian sample article and {len(corpus) - 1} evaluation excerpts, "
            f"{n_words} words, × {args.repeat}.",
            "",
            "| what | words/s per core | ratio |",
            "| --- | ---: | ---: |",
            f"| natasha NewsNERTagger alone | {natasha:,.0f} | 1.00 |",
            f"| lib.engine.russian.extract (whole step) | {step:,.0f} | {step / natasha:.2f} |",
            "",
        ]
    )
    Path(args.out).write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
