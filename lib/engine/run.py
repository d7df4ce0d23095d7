"""Corpus -> tables: the preprocessing run, as a library call and as a command line.

    python -m lib.preprocess --corpus data/sample --out data/processed

reads every article (lib.engine.ingest), strips site chrome (lib.engine.clean), runs the spaCy
pipeline over title, lede, body and captions (lib.engine.nlp), links the entities
(lib.engine.span_mentions, lib.engine.article_links) and writes the tables of the data
contract (lib.store). The same tables come back in memory from `process_corpus`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from lib import store
from lib.engine import article_cache, chrome, eventkb, executors, ingest, nlp, resolve, search_index
from lib.engine.gazetteer import GAZETTEER_DIR, Gazetteer, load_gazetteer
from lib.engine.per_chunk import (
    PER_ARTICLE_COLUMNS,
    ChunkResult,
    ChunkSettings,
    Progress,
    extract_chunk,
)
from lib.engine.report import Report
from lib.paths import ROOT

SAMPLE_CORPUS = ROOT / "data" / "sample"
DEFAULT_OUT = ROOT / "data" / "processed"
# A cluster run is for corpora too big for one file per table: 1M rows per Parquet file.
DASK_PARTITION_ROWS = 1_000_000


def drop_duplicates(raws: Iterable[ingest.RawArticle], report: Report) -> list[ingest.RawArticle]:
    """The first of articles with the same text; the others are reported."""
    first_seen: dict[str, ingest.RawArticle] = {}
    for raw in raws:
        if raw.article_id in first_seen:
            original = first_seen[raw.article_id]
            where = original.path + (f":{original.row}" if original.row else "")
            report.add(raw.path, f"duplicate of {where}", "skipped", line=raw.row)
            continue
        first_seen[raw.article_id] = raw
    return list(first_seen.values())


def portable_path(path: str | Path) -> str:
    """A path relative to the working folder when it lies inside it, so that tables made
    from the same corpus on two machines (or two clones) name files the same way."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def corpus_tables(
    parts: dict[str, pd.DataFrame], *, gaz: Gazetteer, kb: Sequence[eventkb.KBEvent]
) -> dict:
    """Per-article records -> the contract's tables, with the corpus-wide steps: outlet
    chrome taken out (kept in `dropped`), short forms and surnames linked across articles,
    the entities table, the knowledge base."""
    parts, dropped = chrome.drop_chrome(parts, gaz=gaz)
    published = parts["articles"].set_index("article_id")["published"]
    mentions = resolve.link_across_corpus(parts["mentions"], published, gaz=gaz)
    kb_frame = eventkb.kb_table(kb)
    known = dict(zip(kb_frame["entity_id"], kb_frame["name"], strict=True))
    entity_frame = (
        resolve.canonical_entities(mentions, gaz=gaz, known_names=known)
        if len(mentions)
        else store.empty_table("entities")
    )
    frames = {
        "articles": parts["articles"],
        "sentences": parts["sentences"],
        "entities": entity_frame,
        "mentions": mentions,
        "events": parts["events"],
        "quotes": parts["quotes"],
        "kb_events": kb_frame,
        "dropped": dropped,
    }
    # Through Arrow and back, so the frames in memory have the same types as those read from disk.
    return {name: store.to_arrow(name, frame).to_pandas() for name, frame in frames.items()}


def _with_keys(parts: dict[str, pd.DataFrame], key_of: dict[str, str]) -> dict[str, pd.DataFrame]:
    keyed = {}
    for part, frame in parts.items():
        frame = frame.copy()
        frame["cache_key"] = frame["article_id"].map(key_of)
        frame["ordinal"] = frame.groupby("article_id").cumcount() if len(frame) else []
        if part == "articles":  # a map column does not survive schema inference: keep it as JSON
            frame["extra"] = frame["extra"].map(lambda pairs: json.dumps([list(p) for p in pairs]))
        keyed[part] = frame
    return keyed


def _from_cache(
    cached: article_cache.Cached, raws_by_id: dict[str, ingest.RawArticle]
) -> dict[str, pd.DataFrame]:
    """Cached records, de-duplicated, with the article's path and row as read this time."""
    parts = {}
    for part, columns in PER_ARTICLE_COLUMNS.items():
        frame = cached.part(part)
        if frame.empty:
            parts[part] = pd.DataFrame(columns=columns)
            continue
        frame = frame.drop_duplicates(["cache_key", "ordinal"]).drop(
            columns=["cache_key", "ordinal"]
        )
        frame = frame[frame["article_id"].isin(raws_by_id.keys())]
        if part == "articles":
            frame = frame.assign(
                extra=frame["extra"].map(lambda text: [tuple(p) for p in json.loads(text)])
            )
        if part in ("articles", "problems"):
            frame = frame.copy()
            frame["path"] = frame["article_id"].map(lambda a: raws_by_id[a].path)
            column = "row" if part == "articles" else "line"
            frame[column] = frame["article_id"].map(lambda a: raws_by_id[a].row)
        parts[part] = frame[columns]
    return parts


def process_corpus(
    paths: Sequence[str | Path],
    *,
    model: str | None = None,
    sidecar: str | Path | None = None,
    gazetteer_dir: Path = GAZETTEER_DIR,
    event_kbs: Sequence[str | Path] = (),
    cache_dir: Path | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> store.Dataset:
    """Read, clean and extract a corpus into the contract's tables (nothing is written but
    the cache): articles already in `cache_dir` with the same text, metadata and pipeline
    are not processed again."""
    started = time.perf_counter()
    report = Report()
    gaz = load_gazetteer(gazetteer_dir)
    model_name = nlp.model_name(model)
    nlp.model_config(model_name)  # a model that is not installed fails before any work is done
    kb = eventkb.load_kb(eventkb.kb_paths(event_kbs))
    paths = [portable_path(p) for p in paths]
    raws = drop_duplicates(ingest.iter_corpus(paths, report=report, sidecar=sidecar), report)

    cached_articles = article_cache.ArticleCache(cache_dir) if cache_dir else None
    fingerprint = article_cache.fingerprint(model_name, event_kbs) if cached_articles else ""
    key_of = (
        {raw.article_id: article_cache.article_key(raw, fingerprint) for raw in raws}
        if cached_articles
        else {}
    )
    have = (cached_articles.keys() & set(key_of.values())) if cached_articles else set()
    todo = [raw for raw in raws if key_of.get(raw.article_id) not in have]

    settings = ChunkSettings(
        model_name, str(gazetteer_dir), tuple(str(p) for p in event_kbs), batch_size
    )
    chunks = (
        executors.chunked(todo, n_workers=n_process)
        if engine == "local" and n_process > 1 or engine == "dask"
        else [todo]
    )
    results: list[ChunkResult] = []
    done = 0
    for chunk, result in executors.run_chunks(
        partial(extract_chunk, settings=settings, progress=progress if len(chunks) == 1 else None),
        [c for c in chunks if c],
        engine=engine,
        n_process=n_process,
        scheduler=scheduler,
    ):
        results.append(result)
        done += len(chunk)
        if progress and len(chunks) > 1:
            progress(done, len(todo))
    fresh = {
        part: pd.concat([r.parts[part] for r in results], ignore_index=True)
        if results
        else pd.DataFrame(columns=columns)
        for part, columns in PER_ARTICLE_COLUMNS.items()
    }
    for result in results:
        for problem in result.problems:
            report.add(problem["path"], problem["reason"], problem["action"], line=problem["line"])
    n_prepared = sum(r.n_processed for r in results)
    parts = fresh
    if cached_articles is not None:
        if n_prepared:
            cached_articles.store(_with_keys(fresh, key_of))
        raws_by_id = {raw.article_id: raw for raw in raws}
        old = _from_cache(cached_articles.load(have), raws_by_id)
        for problem in old["problems"].to_dict("records"):
            report.add(
                problem["path"],
                problem["reason"],
                problem["action"],
                line=None if pd.isna(problem["line"]) else int(problem["line"]),
            )
        parts = {
            part: pd.concat([old[part], fresh[part]], ignore_index=True)
            if len(old[part])
            else fresh[part]
            for part in PER_ARTICLE_COLUMNS
        }

    tables = corpus_tables(parts, gaz=gaz, kb=kb)
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": [str(p) for p in paths],
        "event_kbs": [str(p) for p in eventkb.kb_paths(event_kbs)],
        "model": model_name,
        "engine": engine if engine == "dask" else f"local, {n_process} process(es)",
        "seconds": round(time.perf_counter() - started, 3),
        "n_processed": n_prepared,
        "n_from_cache": len(have),
        "n_skipped": report.n_skipped,
        "dropped": chrome.summary(tables["dropped"]),
    }
    return store.Dataset(**tables, manifest=manifest, problems=report.as_records())


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m lib.preprocess", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--corpus",
        nargs="+",
        default=[str(SAMPLE_CORPUS)],
        metavar="PATH",
        help="folders (read recursively) or files: .txt .md .html .jsonl .csv",
    )
    parser.add_argument(
        "--out", default=str(DEFAULT_OUT), metavar="DIR", help="where to write the tables"
    )
    parser.add_argument(
        "--sidecar", metavar="CSV", help="metadata keyed by file name or article_id"
    )
    parser.add_argument(
        "--events",
        nargs="*",
        default=[],
        metavar="CSV",
        help="your own event knowledge-base files, in the format of data/events/kb.csv",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="process every article again, ignoring the cache of earlier runs",
    )
    parser.add_argument(
        "--model", help=f"spaCy pipeline to load (default ${nlp.MODEL_ENV} or {nlp.DEFAULT_MODEL})"
    )
    parser.add_argument("--n-process", type=int, default=1, help="worker processes on this machine")
    parser.add_argument(
        "--engine",
        choices=executors.ENGINES,
        default="local",
        help="where the work runs: here (default) or on a Dask cluster",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://10.0.0.5:8786"
    )
    parser.add_argument(
        "--partition-rows",
        type=int,
        metavar="N",
        help="write tables longer than N rows as partitioned Parquet (folders of part files); "
        f"default: {DASK_PARTITION_ROWS:,} with --engine dask, one file per table otherwise",
    )
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser.parse_args(argv)


def corpus_signature_for(
    paths: Sequence[str | Path],
    *,
    model: str | None,
    sidecar: str | Path | None,
    event_kbs: Sequence[str | Path],
) -> str:
    """What decides whether a run has anything to do: the files (paths, sizes, times), the
    sidecar, the KB files, the model and the extraction code."""
    name = nlp.model_name(model)
    inputs = [*paths, *([sidecar] if sidecar else []), *event_kbs]
    return article_cache.corpus_signature(
        inputs,
        settings=[
            name,
            article_cache.fingerprint(name, event_kbs),
            f"sidecar={sidecar}",
            *map(str, paths),
        ],
    )


def update(
    paths: Sequence[str | Path],
    out_dir: Path,
    *,
    sidecar: str | Path | None = None,
    model: str | None = None,
    event_kbs: Sequence[str | Path] = (),
    use_cache: bool = True,
    partition_rows: int | None = None,
    **options,
) -> store.Dataset | None:
    """Bring the tables in `out_dir` up to date with the files in `paths`: nothing at all when no input
    changed (None is returned), else a run in which only new or changed articles are
    processed (the cache in `out_dir/cache`). Holds the folder's write lock throughout."""
    out_dir = Path(out_dir)
    with store.write_lock(out_dir):
        signature = corpus_signature_for(paths, model=model, sidecar=sidecar, event_kbs=event_kbs)
        run = store.current_run(out_dir)
        if (
            use_cache
            and run is not None
            and json.loads((run / store.MANIFEST).read_text(encoding="utf-8")).get(
                "corpus_signature"
            )
            == signature
        ):
            return None
        dataset = process_corpus(
            paths,
            model=model,
            sidecar=sidecar,
            event_kbs=event_kbs,
            cache_dir=out_dir / "cache" if use_cache else None,
            **options,
        )
        dataset.manifest["corpus_signature"] = signature
        if partition_rows is None and options.get("engine") == "dask":
            partition_rows = DASK_PARTITION_ROWS
        # the tables, and the run's search index (lib.engine.search_index), in one swap
        search_index.write_run(dataset, out_dir, partition_rows=partition_rows)
    return dataset


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bar = tqdm(total=0, unit="article", disable=args.quiet, desc="extracting")

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    out_dir = Path(args.out)
    started = time.perf_counter()
    try:
        dataset = update(
            args.corpus,
            out_dir,
            sidecar=args.sidecar,
            model=args.model,
            event_kbs=args.events,
            use_cache=not args.no_cache,
            batch_size=args.batch_size,
            n_process=args.n_process,
            engine=args.engine,
            scheduler=args.scheduler,
            partition_rows=args.partition_rows,
            progress=progress,
        )
    except (
        OSError,
        ValueError,
        store.DatasetLocked,
    ) as exc:  # model missing, bad KB file, folder busy
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bar.close()
    if dataset is None:
        print(
            f"nothing changed since the last run ({time.perf_counter() - started:.2f} s): {out_dir} is up to date"
        )
        return 0
    rows = dataset.manifest
    print(
        f"{len(dataset.articles)} articles, {len(dataset.mentions)} mentions of "
        f"{len(dataset.entities)} entities, {len(dataset.sentences)} sentences "
        f"in {rows['seconds']:.1f} s ({rows['n_from_cache']} articles from the cache) -> {args.out}"
    )
    if dropped := rows.get("dropped"):
        print(
            "outlet chrome taken out (kept in dropped.parquet): "
            + "; ".join(
                f"{reason}: " + ", ".join(f"{n} {table}" for table, n in by_table.items())
                for reason, by_table in dropped.items()
            )
        )
    for problem in dataset.problems:
        print(
            f"  {problem['path']}{':' + str(problem['line']) if problem['line'] else ''}: "
            f"{problem['reason']} ({problem['action']})",
            file=sys.stderr,
        )
    skipped = rows["n_skipped"]
    if skipped:
        print(
            f"{skipped} file(s) or row(s) skipped; see {Path(args.out) / store.REPORT}",
            file=sys.stderr,
        )
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
