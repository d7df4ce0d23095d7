"""The data contract: table schemas, atomic Parquet writes, reads.

`python -m lib.preprocess --corpus PATH... --out DIR` writes these tables to DIR; the
dashboard and the tests read them through `read_dataset`. docs/data.md describes every
column. A column is renamed here, once.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

SCHEMA_VERSION = 1

_STR = pa.string()
_LIST_STR = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _STR),  # content hash of the text as read (lib.ids)
            ("path", _STR),  # file the article came from
            ("row", pa.int64()),  # line/record in a JSONL/CSV file; null for one-article files
            ("format", _STR),  # txt | md | html | jsonl | csv
            ("source", _STR),  # outlet, canonical name
            ("source_basis", _STR),  # metadata | sidecar | dateline | site-name | unknown
            ("title", _STR),
            ("lede", _STR),
            ("published", pa.date32()),  # null when unknown
            ("published_basis", _STR),  # explicit | metadata | sidecar | inferred | unknown
            ("published_text", _STR),  # the date as written where it came from
            (
                "published_min",
                pa.date32(),
            ),  # the range the date is known to lie in (= published when exact)
            ("published_max", pa.date32()),
            ("published_evidence", _STR),  # why, for an inferred date
            ("page_clock", _STR),  # a page clock/scrape stamp; NOT the publication date
            ("dateline", _STR),  # "MOSCOW (Sputnik)"
            ("url", _STR),
            ("n_words", pa.int32()),
            ("text", _STR),  # cleaned text: title, lede, body, captions, "\n\n" between blocks
            (
                "sections",
                pa.list_(
                    pa.struct([("section", _STR), ("start", pa.int32()), ("end", pa.int32())])
                ),
            ),
            (
                "extra",
                pa.map_(_STR, _STR),
            ),  # other metadata columns of the corpus (bias, topic, authors…)
        ]
    ),
    "sentences": pa.schema(
        [
            ("article_id", _STR),
            ("sentence_id", pa.int32()),  # 0-based, in reading order within the article
            ("start", pa.int32()),  # character offsets into articles.text
            ("end", pa.int32()),
            ("section", _STR),  # title | lede | body | caption
        ]
    ),
    "entities": pa.schema(
        [
            (
                "entity_id",
                _STR,
            ),  # "person:jens-stoltenberg", "country:RUS", "org:nato", "location:crimea"
            ("type", _STR),  # person | country | org | location | event
            ("name", _STR),  # canonical display name
            ("code", _STR),  # ISO 3166 alpha-3 for countries (a location's/body's country)
            ("aliases", _LIST_STR),  # surface forms seen in the corpus
            ("roles", _LIST_STR),  # titles stated before a person's name
            (
                "org_kind",
                _STR,
            ),  # for organisations known to the gazetteer: military alliance, media…
            (
                "in_gazetteer",
                pa.bool_(),
            ),  # known to data/gazetteer, rather than found by the model alone
            ("n_mentions", pa.int64()),
            ("n_articles", pa.int64()),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", _STR),
            ("entity_id", _STR),
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # character offsets into articles.text
            ("end", pa.int32()),
            ("surface", _STR),  # the text as written
            ("kind", _STR),  # name | demonym | capital | seat | title | reference
            ("section", _STR),  # title | lede | body | caption
            (
                "label",
                _STR,
            ),  # what found it: PERSON/ORG/GPE/NORP/LOC/FAC (model or ruler), ORGREF, ROLE
            ("role", _STR),  # title stated with a person's name in this mention
        ]
    ),
    "events": pa.schema(
        [
            ("event_id", _STR),  # "<article_id>:<n>": one row per event mention in an article
            ("article_id", _STR),
            (
                "entity_id",
                _STR,
            ),  # the knowledge-base event ("event:su24-downing-2015"), null if not linked
            ("name", _STR),  # KB name, else the trigger phrase ("talks", "summit in London")
            ("type", _STR),  # summit | meeting | military incident | exercise | sanctions | …
            ("trigger", _STR),  # the word(s) that signal the event, as written
            ("date_start", pa.date32()),  # null when the text gives no resolvable date
            ("date_end", pa.date32()),
            ("date_precision", _STR),  # day | month | year | null
            ("date_text", _STR),  # the date expression as written ("last year", "on 3 December")
            ("place", _STR),  # entity_id of the place, if stated
            ("participants", _LIST_STR),  # entity_ids in the same clause
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # offsets of the evidence phrase in articles.text
            ("end", pa.int32()),
            (
                "evidence",
                _STR,
            ),  # why: "alias 'annexation of crimea'", "pattern summit + warsaw", "trigger"
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", _STR),
            ("speaker_id", _STR),  # a person entity_id; null when the speaker is not resolved
            (
                "speaker_text",
                _STR,
            ),  # how the speaker is written at the quote ("Stoltenberg", "he", "the NATO chief")
            ("text", _STR),  # the quotation, without its quote marks
            ("sentence_id", pa.int32()),
            ("start", pa.int32()),  # offsets of the quotation in articles.text
            ("end", pa.int32()),
        ]
    ),
    "kb_events": pa.schema(
        [  # the event knowledge base as used by the run (all rows, mentioned or not)
            ("entity_id", _STR),  # "event:<event_id>"
            ("name", _STR),
            ("type", _STR),
            ("date_start", pa.date32()),
            ("date_end", pa.date32()),
            ("place", _STR),
            ("participants", _LIST_STR),
            ("reference", _STR),  # English Wikipedia title
        ]
    ),
}
TABLES = tuple(SCHEMAS)
MANIFEST = "manifest.json"
REPORT = "report.json"


@dataclass
class Dataset:
    """The tables of one preprocessing run, as pandas DataFrames."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame = field(default_factory=lambda: empty_table("events"))
    quotes: pd.DataFrame = field(default_factory=lambda: empty_table("quotes"))
    kb_events: pd.DataFrame = field(default_factory=lambda: empty_table("kb_events"))
    manifest: dict = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)

    def tables(self) -> Mapping[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}


def empty_table(name: str) -> pd.DataFrame:
    return SCHEMAS[name].empty_table().to_pandas()


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table of exactly the contract's columns and types."""
    schema = SCHEMAS[name]
    missing = [f.name for f in schema if f.name not in frame.columns]
    if missing:
        raise ValueError(f"table {name!r} lacks columns {missing}")
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def _atomic_write_bytes(path: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename over the target:
    a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(name: str, frame: pd.DataFrame, out_dir: Path) -> Path:
    table = to_arrow(name, frame)
    path = Path(out_dir) / f"{name}.parquet"
    _atomic_write_bytes(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return path


def write_json(path: Path, payload: object) -> None:
    text = json.dumps(payload, indent=2, ensure_ascii=False, default=str)
    _atomic_write_bytes(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def write_dataset(dataset: Dataset, out_dir: Path) -> None:
    """All tables, then the report, then the manifest last: the manifest names a complete run."""
    out_dir = Path(out_dir)
    tables = {
        name: to_arrow(name, frame) for name, frame in dataset.tables().items()
    }  # validate first
    for name, table in tables.items():
        path = out_dir / f"{name}.parquet"
        _atomic_write_bytes(path, lambda tmp, t=table: pq.write_table(t, tmp, compression="zstd"))
    write_json(out_dir / REPORT, dataset.problems)
    manifest = {
        **dataset.manifest,
        "schema_version": SCHEMA_VERSION,
        "rows": {name: len(frame) for name, frame in dataset.tables().items()},
    }
    write_json(out_dir / MANIFEST, manifest)


def dataset_exists(out_dir: Path) -> bool:
    return (
        all((Path(out_dir) / f"{name}.parquet").exists() for name in TABLES)
        and (Path(out_dir) / MANIFEST).exists()
    )


def dataset_version(out_dir: Path) -> str:
    """Changes whenever a run completes: the key for caches of loaded tables."""
    manifest = Path(out_dir) / MANIFEST
    return f"{manifest.stat().st_mtime_ns}" if manifest.exists() else "none"


def read_table(name: str, out_dir: Path) -> pd.DataFrame:
    path = Path(out_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: no {name} table; run `python -m lib.preprocess --out {out_dir}`"
        )
    return pq.read_table(path, schema=SCHEMAS[name]).to_pandas()


def read_dataset(out_dir: Path) -> Dataset:
    out_dir = Path(out_dir)
    frames = {name: read_table(name, out_dir) for name in TABLES}
    manifest = (
        json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        if (out_dir / MANIFEST).exists()
        else {}
    )
    report = (
        json.loads((out_dir / REPORT).read_text(encoding="utf-8"))
        if (out_dir / REPORT).exists()
        else []
    )
    return Dataset(**frames, manifest=manifest, problems=report)
