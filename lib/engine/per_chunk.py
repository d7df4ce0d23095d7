"""Articles -> per-article records: the work each engine runs on chunks of articles.

Each article's language first (lib.engine.language), then cleaning and dating it
(lib.engine.clean, lib.engine.pubdate), the spaCy pipeline over its title, lede, body and
captions (lib.engine.nlp), then entities, events, quotes and the inferred date
(lib.engine.per_article). A Russian article takes the Russian cleaning and extraction
(lib.engine.russian) to the same records; an article in a language the extraction does not
read yet is kept, with no entities, and reported. A chunk of articles is the unit of work of
every engine (lib.engine.executors): in a worker process the pipeline is loaded on the
first chunk and kept (natasha's, only once a Russian article comes). An article whose
extraction raises is kept without entities and reported with its file and line, and the run
goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from lib import store
from lib.engine import clean, eventkb, ingest, nlp, per_article, pubdate, tone
from lib.engine import language as languages
from lib.engine.archive_labels import archive_subjects
from lib.engine.blocks import Block, remember_text, sentence_index
from lib.engine.byline_stamps import byline_names
from lib.engine.date_prefix import split_date_prefix
from lib.engine.gazetteer import GAZETTEER_DIR, Gazetteer, load_gazetteer
from lib.engine.name_lines import name_line_captions
from lib.engine.report import Report
from lib.engine.russian import article as russian
from lib.engine.title_years import title_line

log = logging.getLogger(__name__)
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
    language: str | None = None  # ISO 639-1 (lib.engine.language); None: too short to tell


def detect_source(
    raw: ingest.RawArticle, cleaned: clean.CleanedArticle, gaz: Gazetteer
) -> tuple[str | None, str]:
    """The outlet, from metadata (or the sidecar), else the dateline or the site name, else
    the URL's domain, else a folder named after a known outlet (corpus/reuters/x.txt)."""
    if raw.source:
        return gaz.canonical_source(raw.source) or raw.source.strip(), "metadata"
    if cleaned.agency and (name := gaz.canonical_source(cleaned.agency)):
        return name, "dateline" if cleaned.dateline else "site-name"
    if raw.url:
        domain = raw.url.split("//", 1)[-1].split("/", 1)[0]
        if name := gaz.canonical_source(domain):
            return name, "url"
    for folder in reversed(Path(raw.path).parent.parts):
        if name := gaz.canonical_source(folder.replace("_", " ")):
            return name, "folder"
    return None, "unknown"


def prepare(
    raw: ingest.RawArticle, *, gaz: Gazetteer, today: date | None = None
) -> PreparedArticle:
    """Tell one raw article's language, clean it and date it (no date after `today`, the day
    of the run)."""
    language = languages.detect_language(raw.text)
    prefix_date, body = split_date_prefix(raw.text)  # " date 2021-07-12 Главы МИД …"
    if language == "ru":
        cleaned = russian.clean_article(body, title=raw.title)
    else:
        cleaned = clean.clean_article(
            body, title=raw.title, site_names=gaz.site_names, place_names=gaz.place_names
        )
        cleaned.blocks += name_line_captions(cleaned.removed, gaz=gaz)  # "Vladimir Putin"
        writers = byline_names(cleaned.removed, gaz.site_names)  # "(Jane Doe contributed …)"
        cleaned.blocks += [clean.Block("caption", name) for name in writers]
        cleaned.blocks += archive_subjects(cleaned.removed)  # "Posts tagged as Jane Doe"
    cleaned.labelled_date = cleaned.labelled_date or prefix_date
    text, spans = clean.assemble(cleaned.blocks)
    published = pubdate.publication_date(
        metadata_date=raw.date,
        metadata_basis=raw.date_basis,
        labelled_date=cleaned.labelled_date,
        dateline_date=cleaned.dateline_date,
        latest=today,
    )
    # A Russian dateline with its year ("МОСКВА, 3 декабря 2019"), which pubdate reads as English.
    if language == "ru" and published.day is None and cleaned.dateline_date:
        day = russian.dateline_day(cleaned.dateline_date)
        if day is not None and not pubdate.is_future(day, today):
            published = pubdate.PublicationDate(day, "explicit", cleaned.dateline_date)
    source, basis = detect_source(raw, cleaned, gaz)
    return PreparedArticle(raw, cleaned, text, spans, published, source, basis, language)


def article_row(article: PreparedArticle, inferred: pubdate.InferredDate | None = None) -> dict:
    raw, cleaned, published = article.raw, article.cleaned, article.published
    row = {
        "article_id": raw.article_id,
        "path": raw.path,
        "row": raw.row,
        "format": raw.format,
        "language": article.language,
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
    failures: list[dict] = field(default_factory=list)  # problem records, one per failed article

    def extend(self, other: NlpOutput) -> None:
        for name in ("sentences", "mentions", "events", "quotes", "failures"):
            getattr(self, name).extend(getattr(other, name))
        self.inferred.update(other.inferred)


# What a corpus run does with an article whose extraction raised: one article's bug must not
# stop a run of thousands, nor leave the others unprocessed.
EXTRACTION_FAILED = "kept with its text and sentences, without entities"


def failure(article: PreparedArticle, exc: BaseException) -> dict:
    """The problem record of an article whose extraction raised `exc`."""
    log.warning("extraction failed for %s", article.raw.article_id, exc_info=exc)
    message = str(exc).splitlines()[0][:160] if str(exc) else ""
    return {
        "article_id": article.raw.article_id,
        "path": article.raw.path,
        "line": article.raw.row,
        "reason": f"the extraction failed on this article ({type(exc).__name__}"
        + (f": {message}" if message else "")
        + "); please report it",
        "action": EXTRACTION_FAILED,
    }


def _collect(out: NlpOutput, article_id: str, result: per_article.ArticleAnalysis) -> None:
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
                "link": m.link,
                "linked_from": m.linked_from,
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
    """Run the pipeline over every block of every article and analyse each article. An article
    that makes the pipeline raise is found by running the articles again one at a time."""
    settings = {"pipeline": pipeline, "gaz": gaz, "kb": kb, "batch_size": batch_size}
    try:
        return _run_nlp(articles, progress=progress, **settings)
    except Exception:  # noqa: BLE001 - any component's bug; the retry names the article
        out = NlpOutput()
        for index, article in enumerate(articles):
            try:
                out.extend(_run_nlp([article], **settings))
            except Exception as exc:  # noqa: BLE001
                out.failures.append(failure(article, exc))
            if progress:
                progress(index + 1, len(articles))
        return out


def _run_nlp(
    articles: Sequence[PreparedArticle],
    *,
    pipeline,
    gaz: Gazetteer,
    kb: Sequence[eventkb.KBEvent],
    batch_size: int,
    progress: Progress | None = None,
) -> NlpOutput:
    def block_stream():
        for index, article in enumerate(articles):
            for section, start, end in article.spans:
                yield article.text[start:end], (index, section, start, end)

    out = NlpOutput()
    current: list[Block] = []
    current_index = -1

    def finish(index: int) -> None:
        article = articles[index]
        try:
            result = per_article.analyse_article(
                current,
                text=article.text,
                sections=article.spans,
                published=article.published.day,
                page_clock=article.cleaned.page_clock,
                gaz=gaz,
                kb=kb,
                title_line=title_line(article.cleaned),
            )
        except Exception as exc:  # noqa: BLE001 - its sentences stay, its entities go
            out.failures.append(failure(article, exc))
        else:
            _collect(out, article.raw.article_id, result)
        if progress:
            progress(index + 1, len(articles))

    next_sentence = 0
    docs = pipeline.pipe(block_stream(), as_tuples=True, batch_size=batch_size)
    for doc, (index, section, offset, end) in docs:
        remember_text(doc, articles[index].text[offset:end])
        if index != current_index:
            if current_index >= 0:
                finish(current_index)
            current, current_index, next_sentence = [], index, 0
        article_id = articles[index].raw.article_id
        current.append(Block(section, offset, doc, next_sentence))
        for start, end in sentence_index(doc).chars:
            out.sentences.append(
                {
                    "article_id": article_id,
                    "sentence_id": next_sentence,
                    "start": offset + start,
                    "end": offset + end,
                    "section": section,
                }
            )
            next_sentence += 1
    if current_index >= 0:
        finish(current_index)
    return out


def analyse_russian(
    article: PreparedArticle, *, gazetteer_dir: Path, kb: Sequence[eventkb.KBEvent]
):
    """One prepared Russian article through lib.engine.russian: its sentences and result."""
    return russian.analyse_article(
        article.text,
        article.spans,
        published=article.published.day,
        page_clock=article.cleaned.page_clock,
        dateline_date=article.cleaned.dateline_date,
        gazetteer_dir=gazetteer_dir,
        kb=kb,
    )


def run_russian(
    articles: Sequence[PreparedArticle],
    *,
    gazetteer_dir: Path,
    kb: Sequence[eventkb.KBEvent],
    progress: Callable[[int], None] | None = None,
) -> NlpOutput:
    """The Russian extraction (lib.engine.russian) over these articles, as run_nlp's records."""
    out = NlpOutput()
    for article in articles:
        article_id = article.raw.article_id
        try:
            sentences, result = analyse_russian(article, gazetteer_dir=gazetteer_dir, kb=kb)
        except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the run
            out.failures.append(failure(article, exc))
            if progress:
                progress(1)
            continue
        out.sentences += [
            {
                "article_id": article_id,
                "sentence_id": s.sentence_id,
                "start": s.start,
                "end": s.end,
                "section": s.section,
            }
            for s in sentences
        ]
        _collect(out, article_id, result)
        if progress:
            progress(1)
    return out


def _ids(articles: Sequence[PreparedArticle]) -> list[str]:
    return [a.raw.article_id for a in articles]


def _by_language(articles: Sequence[PreparedArticle]) -> dict[str, list[PreparedArticle]]:
    """English (and the articles too short to tell: the pipeline as before), Russian, and
    the rest, which are kept without entities."""
    parts: dict[str, list[PreparedArticle]] = {"en": [], "ru": [], "other": []}
    for article in articles:
        language = article.language
        parts["en" if language in ("en", None) else "ru" if language == "ru" else "other"].append(
            article
        )
    return parts


@lru_cache(maxsize=2)
def cached_pipeline(model: str, gazetteer_dir: Path, event_kbs: tuple[str, ...] = ()):
    """Loading a pipeline takes seconds: load each (model, gazetteer, KB) once per process."""
    return nlp.load_pipeline(model, gazetteer_dir=gazetteer_dir, event_kbs=event_kbs)


def prepare_all(
    raws: Iterable[ingest.RawArticle], *, gaz: Gazetteer, report: Report
) -> list[PreparedArticle]:
    """Clean and date each article; report (and skip) what cannot be used."""
    articles, today = [], date.today()
    for raw in raws:
        if len(raw.text) > MAX_ARTICLE_CHARS:
            report.add(
                raw.path,
                f"article of {len(raw.text):,} characters is longer than any news story",
                f"truncated to its first {MAX_ARTICLE_CHARS:,} characters",
                line=raw.row,
            )
            raw = replace(raw, text=truncate(raw.text, MAX_ARTICLE_CHARS))
        prepared = prepare(raw, gaz=gaz, today=today)
        if prepared.language is not None and not languages.is_supported(prepared.language):
            report.add(
                raw.path,
                f"language not supported yet: {languages.language_name(prepared.language)} "
                f"({prepared.language}); the extraction reads "
                + " and ".join(languages.language_name(c) for c in languages.SUPPORTED),
                "kept without entities (text and metadata only)",
                line=raw.row,
            )
        if not prepared.text.strip():
            report.add(
                raw.path, "no article text left after removing site chrome", "skipped", line=raw.row
            )
            continue
        if raw.date and prepared.published.basis == "unknown":
            day = pubdate.parse_full_date(raw.date)
            reason = (
                f"date {raw.date!r} is after the day of this run ({today})"
                if day is not None and pubdate.is_future(day, today)
                else f"unreadable date {raw.date!r}"
            )
            report.add(raw.path, reason, "kept with date unknown", line=raw.row)
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
    gazetteer_dir: Path = GAZETTEER_DIR,
) -> dict[str, pd.DataFrame]:
    """Per-article records of every table for these articles (what the cache keeps)."""
    by_language = _by_language(articles)
    english, in_russian = by_language["en"], by_language["ru"]
    before = len(by_language["other"])  # kept as they are: nothing to extract
    out = (
        run_nlp(
            english,
            pipeline=pipeline,
            gaz=gaz,
            kb=kb,
            batch_size=batch_size,
            progress=(lambda d, _t: progress(before + d, len(articles))) if progress else None,
        )
        if english
        else NlpOutput()
    )
    if in_russian:
        done = [before + len(english)]

        def advance(n: int) -> None:
            done[0] += n
            if progress:
                progress(done[0], len(articles))

        out.extend(run_russian(in_russian, gazetteer_dir=gazetteer_dir, kb=kb, progress=advance))
    records = {
        "articles": [article_row(a, out.inferred.get(a.raw.article_id)) for a in articles],
        "sentences": out.sentences,
        "mentions": out.mentions,
        "events": out.events,
        "quotes": out.quotes,
        "problems": [*problems, *out.failures],
    }
    parts = {
        part: pd.DataFrame(rows, columns=PER_ARTICLE_COLUMNS[part])
        for part, rows in records.items()
    }
    # VADER reads English: a Russian sentence has no tone (null), as one without an entity.
    scored = parts["mentions"][~parts["mentions"]["article_id"].isin(_ids(in_russian))]
    parts["sentences"]["tone"] = sentence_tone(
        parts["sentences"], scored, {a.raw.article_id: a.text for a in articles}
    )
    return parts


def sentence_tone(
    sentences: pd.DataFrame, mentions: pd.DataFrame, texts: dict[str, str]
) -> pd.Series:
    """The tone of each sentence that mentions an entity (lib.engine.tone); empty for the others."""
    with_entities = (
        pd.MultiIndex.from_frame(mentions[["article_id", "sentence_id"]]) if len(mentions) else None
    )
    keys = (
        pd.MultiIndex.from_frame(sentences[["article_id", "sentence_id"]])
        if len(sentences)
        else None
    )
    if keys is None or with_entities is None:
        return pd.Series([float("nan")] * len(sentences), index=sentences.index, dtype="float64")
    wanted = keys.isin(with_entities)
    chosen = sentences[wanted]
    scores = tone.score_sentences(
        [
            texts[a][s:e]
            for a, s, e in zip(chosen["article_id"], chosen["start"], chosen["end"], strict=True)
        ]
    )
    result = pd.Series(float("nan"), index=sentences.index, dtype="float64")
    result[wanted] = scores
    return result


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
    problems = [
        {**p, "article_id": ids_by_place.get((p["path"], p["line"]))} for p in report.as_records()
    ]
    # The pipeline is loaded only when there is something to process (a second or so);
    # natasha's only when a Russian article comes (lib.engine.russian.ner).
    pipeline = (
        cached_pipeline(settings.model, gazetteer_dir, settings.event_kbs)
        if _by_language(prepared)["en"]
        else None
    )
    parts = extract_articles(
        prepared,
        pipeline=pipeline,
        gaz=gaz,
        kb=kb,
        batch_size=settings.batch_size,
        problems=[p for p in problems if p["article_id"]],
        progress=progress,
        gazetteer_dir=gazetteer_dir,
    )
    failed = parts["problems"][parts["problems"]["action"] == EXTRACTION_FAILED]
    return ChunkResult(parts, report.as_records() + failed.to_dict("records"), len(prepared))
