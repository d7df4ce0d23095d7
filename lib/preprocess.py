"""Corpus -> tables: the preprocessing run, as a library call and as a command line.

    python -m lib.preprocess --corpus data/sample --out data/processed

reads every article (lib.ingest), strips site chrome (lib.clean), runs the spaCy
pipeline over title, lede, body and captions (lib.nlp), links the entities
(lib.entities) and writes the tables of the data contract (lib.store). The same tables
come back in memory from `process_corpus`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache, partial
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from lib import analysis, cache, clean, engines, entities, eventkb, ingest, nlp, pubdate, store
from lib.gazetteer import GAZETTEER_DIR, Gazetteer, load_gazetteer
from lib.report import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "data" / "sample"
DEFAULT_OUT = ROOT / "data" / "processed"

Progress = Callable[[int, int], None]  # (articles done, articles in all)
# A news story is rarely over 100,000 characters; a bigger "article" is a dump or a broken
# file. Its start is kept (and reported) so one file cannot exhaust memory or spaCy's limit.
MAX_ARTICLE_CHARS = 200_000


def truncate(text: str, limit: int) -> str:
    """The text cut at the last line break before `limit` characters (or at the limit)."""
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


@dataclass
class PreparedArticle:
    """An article after cleaning, before NLP."""

    raw: ingest.RawArticle
    cleaned: clean.CleanedArticle
    text: str
    spans: list[tuple[str, int, int]]
    published: pubdate.PublicationDate
    source: str | None
    source_basis: str


def detect_source(
    raw: ingest.RawArticle, cleaned: clean.CleanedArticle, gaz: Gazetteer
) -> tuple[str | None, str]:
    """The outlet, from metadata, else the dateline or the site name, else the URL's domain."""
    if raw.source:
        return gaz.canonical_source(raw.source) or raw.source.strip(), "metadata"
    if cleaned.agency and (name := gaz.canonical_source(cleaned.agency)):
        return name, "dateline" if cleaned.dateline else "site-name"
    if raw.url:
        domain = raw.url.split("//", 1)[-1].split("/", 1)[0]
        if name := gaz.canonical_source(domain):
            return name, "url"
    return None, "unknown"


def prepare(raw: ingest.RawArticle, *, gaz: Gazetteer) -> PreparedArticle:
    """Clean one raw article and date it."""
    cleaned = clean.clean_article(raw.text, title=raw.title, site_names=gaz.site_names)
    text, spans = clean.assemble(cleaned.blocks)
    published = pubdate.publication_date(
        metadata_date=raw.date,
        metadata_basis=raw.date_basis,
        labelled_date=cleaned.labelled_date,
        dateline_date=cleaned.dateline_date,
    )
    source, basis = detect_source(raw, cleaned, gaz)
    return PreparedArticle(raw, cleaned, text, spans, published, source, basis)


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


def article_row(article: PreparedArticle, inferred: pubdate.InferredDate | None = None) -> dict:
    raw, cleaned, published = article.raw, article.cleaned, article.published
    row = {
        "article_id": raw.article_id,
        "path": raw.path,
        "row": raw.row,
        "format": raw.format,
        "source": article.source,
        "source_basis": article.source_basis,
        "title": cleaned.title,
        "lede": cleaned.lede,
        "published": published.day,
        "published_basis": published.basis,
        "published_text": published.text,
        "published_min": published.day,
        "published_max": published.day,
        "published_evidence": None,
        "page_clock": cleaned.page_clock,
        "dateline": cleaned.dateline,
        "url": raw.url,
        "n_words": len(article.text.split()),
        "text": article.text,
        "sections": [{"section": s, "start": a, "end": b} for s, a, b in article.spans],
        "extra": list(raw.extra.items()),
    }
    if published.day is None and inferred is not None:
        row.update(
            published=inferred.day,
            published_basis="inferred",
            published_min=inferred.earliest,
            published_max=inferred.latest,
            published_evidence="; ".join(inferred.evidence),
        )
    return row


@dataclass
class NlpOutput:
    """Records of every table the NLP stage fills, and the dates it inferred."""

    sentences: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    inferred: dict[str, pubdate.InferredDate] = field(default_factory=dict)  # by article_id


def _collect(out: NlpOutput, article_id: str, result: analysis.ArticleAnalysis) -> None:
    for m in result.mentions:
        out.mentions.append(
            {
                "article_id": article_id,
                "entity_id": m.entity_id,
                "sentence_id": m.sentence_id,
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "kind": m.kind,
                "section": m.section,
                "label": m.label,
                "role": m.role,
                "type": m.type,
                "name": m.name,
                "code": m.code,
            }
        )
    for n, e in enumerate(result.events):
        out.events.append(
            {
                "event_id": f"{article_id}:{n}",
                "article_id": article_id,
                "entity_id": e.entity_id,
                "name": e.name,
                "type": e.type,
                "trigger": e.trigger,
                "date_start": e.date_start,
                "date_end": e.date_end,
                "date_precision": e.date_precision,
                "date_text": e.date_text,
                "place": e.place,
                "participants": list(e.participants),
                "sentence_id": e.sentence_id,
                "start": e.start,
                "end": e.end,
                "evidence": e.evidence,
            }
        )
    for q in result.quotes:
        out.quotes.append(
            {
                "article_id": article_id,
                "speaker_id": q.speaker_id,
                "speaker_text": q.speaker_text,
                "text": q.text,
                "sentence_id": q.sentence_id,
                "start": q.start,
                "end": q.end,
            }
        )
    if result.inferred is not None:
        out.inferred[article_id] = result.inferred


def run_nlp(
    articles: Sequence[PreparedArticle],
    *,
    pipeline,
    gaz: Gazetteer,
    kb: Sequence[eventkb.KBEvent],
    batch_size: int = 64,
    progress: Progress | None = None,
) -> NlpOutput:
    """Run the pipeline over every block of every article and analyse each article."""

    def block_stream():
        for index, article in enumerate(articles):
            for section, start, end in article.spans:
                yield article.text[start:end], (index, section, start)

    out = NlpOutput()
    current: list[entities.Block] = []
    current_index = -1

    def finish(index: int) -> None:
        article = articles[index]
        result = analysis.analyse_article(
            current,
            text=article.text,
            sections=article.spans,
            published=article.published.day,
            page_clock=article.cleaned.page_clock,
            gaz=gaz,
            kb=kb,
        )
        _collect(out, article.raw.article_id, result)
        if progress:
            progress(index + 1, len(articles))

    next_sentence = 0
    docs = pipeline.pipe(block_stream(), as_tuples=True, batch_size=batch_size)
    for doc, (index, section, offset) in docs:
        if index != current_index:
            if current_index >= 0:
                finish(current_index)
            current, current_index, next_sentence = [], index, 0
        article_id = articles[index].raw.article_id
        current.append(entities.Block(section, offset, doc, next_sentence))
        for sent in doc.sents:
            out.sentences.append(
                {
                    "article_id": article_id,
                    "sentence_id": next_sentence,
                    "start": offset + sent.start_char,
                    "end": offset + sent.end_char,
                    "section": section,
                }
            )
            next_sentence += 1
    if current_index >= 0:
        finish(current_index)
    return out


@lru_cache(maxsize=2)
def cached_pipeline(model: str, gazetteer_dir: Path, event_kbs: tuple[str, ...] = ()):
    """Loading a pipeline takes seconds: load each (model, gazetteer, KB) once per process."""
    return nlp.load_pipeline(model, gazetteer_dir=gazetteer_dir, event_kbs=event_kbs)


def portable_path(path: str | Path) -> str:
    """A path relative to the working folder when it lies inside it, so that tables made
    from the same corpus on two machines (or two clones) name files the same way."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def prepare_all(raws: Iterable[ingest.RawArticle], *, gaz: Gazetteer, report: Report) -> list[PreparedArticle]:
    """Clean and date each article; report (and skip) what cannot be used."""
    articles = []
    for raw in raws:
        if len(raw.text) > MAX_ARTICLE_CHARS:
            report.add(raw.path, f"article of {len(raw.text):,} characters is longer than any news story",
                       f"truncated to its first {MAX_ARTICLE_CHARS:,} characters", line=raw.row)
            raw = replace(raw, text=truncate(raw.text, MAX_ARTICLE_CHARS))
        prepared = prepare(raw, gaz=gaz)
        if clean.is_foreign_script(prepared.text):
            report.add(raw.path, "not English: most letters are not Latin (the pipeline reads English; "
                       "choose another model with --model for this language)", "skipped", line=raw.row)
            continue
        if not prepared.text.strip():
            report.add(raw.path, "no article text left after removing site chrome", "skipped", line=raw.row)
            continue
        if raw.date and prepared.published.basis == "unknown":
            report.add(raw.path, f"unreadable date {raw.date!r}", "kept with date unknown", line=raw.row)
        articles.append(prepared)
    return articles


PER_ARTICLE_COLUMNS = {
    "articles": store.SCHEMAS["articles"].names,
    "sentences": store.SCHEMAS["sentences"].names,
    "mentions": [*store.SCHEMAS["mentions"].names, "type", "name", "code"],
    "events": store.SCHEMAS["events"].names,
    "quotes": store.SCHEMAS["quotes"].names,
    "problems": ["article_id", "path", "line", "reason", "action"],
}


def extract_articles(
    articles: Sequence[PreparedArticle],
    *,
    pipeline,
    gaz: Gazetteer,
    kb: Sequence[eventkb.KBEvent],
    problems: Sequence[dict] = (),
    batch_size: int = 64,
    progress: Progress | None = None,
) -> dict[str, pd.DataFrame]:
    """Per-article records of every table for these articles (what the cache keeps)."""
    out = run_nlp(articles, pipeline=pipeline, gaz=gaz, kb=kb, batch_size=batch_size,
                  progress=progress) if articles else NlpOutput()
    records = {
        "articles": [article_row(a, out.inferred.get(a.raw.article_id)) for a in articles],
        "sentences": out.sentences, "mentions": out.mentions, "events": out.events, "quotes": out.quotes,
        "problems": list(problems),
    }
    return {part: pd.DataFrame(rows, columns=PER_ARTICLE_COLUMNS[part]) for part, rows in records.items()}


def corpus_tables(parts: dict[str, pd.DataFrame], *, gaz: Gazetteer, kb: Sequence[eventkb.KBEvent]) -> dict:
    """Per-article records -> the contract's tables, with the corpus-wide steps: surnames
    merged across articles, the entities table, the knowledge base."""
    mentions = entities.merge_surnames_across_corpus(parts["mentions"])
    kb_frame = eventkb.kb_table(kb)
    known = dict(zip(kb_frame["entity_id"], kb_frame["name"], strict=True))
    entity_frame = entities.entity_table(mentions, gaz=gaz, known_names=known) if len(mentions) else \
        store.empty_table("entities")
    frames = {"articles": parts["articles"], "sentences": parts["sentences"], "entities": entity_frame,
              "mentions": mentions, "events": parts["events"], "quotes": parts["quotes"], "kb_events": kb_frame}
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


def _from_cache(cached: cache.Cached, raws_by_id: dict[str, ingest.RawArticle]) -> dict[str, pd.DataFrame]:
    """Cached records, de-duplicated, with the article's path and row as read this time."""
    parts = {}
    for part, columns in PER_ARTICLE_COLUMNS.items():
        frame = cached.part(part)
        if frame.empty:
            parts[part] = pd.DataFrame(columns=columns)
            continue
        frame = frame.drop_duplicates(["cache_key", "ordinal"]).drop(columns=["cache_key", "ordinal"])
        frame = frame[frame["article_id"].isin(raws_by_id.keys())]
        if part == "articles":
            frame = frame.assign(extra=frame["extra"].map(lambda text: [tuple(p) for p in json.loads(text)]))
        if part in ("articles", "problems"):
            frame = frame.copy()
            frame["path"] = frame["article_id"].map(lambda a: raws_by_id[a].path)
            column = "row" if part == "articles" else "line"
            frame[column] = frame["article_id"].map(lambda a: raws_by_id[a].row)
        parts[part] = frame[columns]
    return parts


@dataclass(frozen=True)
class ChunkSettings:
    """What a worker needs to process articles the same way as this process would."""

    model: str
    gazetteer_dir: str
    event_kbs: tuple[str, ...]
    batch_size: int = 64


@dataclass
class ChunkResult:
    parts: dict[str, pd.DataFrame]
    problems: list[dict]
    n_processed: int


def extract_chunk(
    raws: list[ingest.RawArticle], *, settings: ChunkSettings, progress: Progress | None = None
) -> ChunkResult:
    """Clean and extract a chunk of articles: the unit of work of every engine. In a worker
    process the pipeline, gazetteers and KB are loaded on the first chunk and kept."""
    gazetteer_dir = Path(settings.gazetteer_dir)
    gaz = load_gazetteer(gazetteer_dir)
    kb = eventkb.load_kb(eventkb.kb_paths(settings.event_kbs))
    report = Report()
    prepared = prepare_all(raws, gaz=gaz, report=report)
    ids_by_place = {(raw.path, raw.row): raw.article_id for raw in raws}
    problems = [{**p, "article_id": ids_by_place.get((p["path"], p["line"]))} for p in report.as_records()]
    # The pipeline is loaded only when there is something to process (a second or so).
    pipeline = cached_pipeline(settings.model, gazetteer_dir, settings.event_kbs) if prepared else None
    parts = extract_articles(prepared, pipeline=pipeline, gaz=gaz, kb=kb, batch_size=settings.batch_size,
                             problems=[p for p in problems if p["article_id"]], progress=progress)
    return ChunkResult(parts, report.as_records(), len(prepared))


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

    article_cache = cache.ArticleCache(cache_dir) if cache_dir else None
    fingerprint = cache.fingerprint(model_name, event_kbs) if article_cache else ""
    key_of = {raw.article_id: cache.article_key(raw, fingerprint) for raw in raws} if article_cache else {}
    have = (article_cache.keys() & set(key_of.values())) if article_cache else set()
    todo = [raw for raw in raws if key_of.get(raw.article_id) not in have]

    settings = ChunkSettings(model_name, str(gazetteer_dir), tuple(str(p) for p in event_kbs), batch_size)
    chunks = engines.chunked(todo, n_workers=n_process) if engine == "local" and n_process > 1 or engine == "dask" \
        else [todo]
    results: list[ChunkResult] = []
    done = 0
    for chunk, result in engines.run_chunks(partial(extract_chunk, settings=settings, progress=progress
                                                    if len(chunks) == 1 else None),
                                            [c for c in chunks if c], engine=engine, n_process=n_process,
                                            scheduler=scheduler):
        results.append(result)
        done += len(chunk)
        if progress and len(chunks) > 1:
            progress(done, len(todo))
    fresh = {part: pd.concat([r.parts[part] for r in results], ignore_index=True) if results else
             pd.DataFrame(columns=columns) for part, columns in PER_ARTICLE_COLUMNS.items()}
    for result in results:
        for problem in result.problems:
            report.add(problem["path"], problem["reason"], problem["action"], line=problem["line"])
    n_prepared = sum(r.n_processed for r in results)
    parts = fresh
    if article_cache is not None:
        if n_prepared:
            article_cache.store(_with_keys(fresh, key_of))
        raws_by_id = {raw.article_id: raw for raw in raws}
        old = _from_cache(article_cache.load(have), raws_by_id)
        for problem in old["problems"].to_dict("records"):
            report.add(problem["path"], problem["reason"], problem["action"],
                       line=None if pd.isna(problem["line"]) else int(problem["line"]))
        parts = {part: pd.concat([old[part], fresh[part]], ignore_index=True) if len(old[part]) else fresh[part]
                 for part in PER_ARTICLE_COLUMNS}

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
        "--events", nargs="*", default=[], metavar="CSV",
        help="your own event knowledge-base files, in the format of data/events/kb.csv",
    )
    parser.add_argument("--no-cache", action="store_true",
                        help="process every article again, ignoring the cache of earlier runs")
    parser.add_argument(
        "--model", help=f"spaCy pipeline to load (default ${nlp.MODEL_ENV} or {nlp.DEFAULT_MODEL})"
    )
    parser.add_argument("--n-process", type=int, default=1, help="worker processes on this machine")
    parser.add_argument("--engine", choices=engines.ENGINES, default="local",
                        help="where the work runs: here (default) or on a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bar = tqdm(total=0, unit="article", disable=args.quiet, desc="extracting")

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    out_dir = Path(args.out)
    try:
        # The lock is held from the first file read to the last table written.
        with store.write_lock(out_dir):
            dataset = process_corpus(
                args.corpus, model=args.model, sidecar=args.sidecar, event_kbs=args.events,
                cache_dir=None if args.no_cache else out_dir / "cache",
                batch_size=args.batch_size, n_process=args.n_process, engine=args.engine,
                scheduler=args.scheduler, progress=progress,
            )
            bar.close()
            store.write_dataset(dataset, out_dir)
    except (OSError, ValueError, store.DatasetLocked) as exc:  # model missing, bad KB file, folder busy
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = dataset.manifest
    print(
        f"{len(dataset.articles)} articles, {len(dataset.mentions)} mentions of "
        f"{len(dataset.entities)} entities, {len(dataset.sentences)} sentences "
        f"in {rows['seconds']:.1f} s ({rows['n_from_cache']} articles from the cache) -> {args.out}"
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
