"""Metadata kept beside a corpus (a CSV or JSONL keyed by file or article id), applied to the
articles it names.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lib.engine.ingest.decoding import decode, fix_text
from lib.engine.ingest.raw import RawArticle, os_reason
from lib.engine.ingest.records import (
    column_key,
    map_columns,
    raise_csv_field_limit,
    sniff_delimiter,
)
from lib.engine.report import Report

SIDECAR_FILE_KEYS = ("file", "filename", "path")


SIDECAR_ID_KEYS = ("article_id", "id")


@dataclass(frozen=True)
class SidecarRow:
    """One sidecar record: what it says about the articles its key matches."""

    line: int  # record number in the sidecar, header excluded
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sidecar:
    """Metadata kept beside a corpus, keyed by file (name, relative or full path) or article id."""

    path: str
    by_file: Mapping[str, SidecarRow] = field(default_factory=dict)
    by_id: Mapping[str, SidecarRow] = field(default_factory=dict)
    rows: tuple[SidecarRow, ...] = ()

    def matches(self, article: RawArticle, *, relative: str | None = None) -> list[SidecarRow]:
        """Rows that apply to an article, least specific first (so later ones win)."""
        given = article.path
        candidates = [
            (self.by_file, Path(given).name),
            (self.by_file, relative),
            (self.by_file, given),
            (self.by_file, Path(os.path.abspath(given)).as_posix()),
            (self.by_id, article.extra.get("id") if article.format in ("csv", "jsonl") else None),
            (self.by_id, article.article_id),
        ]
        found: list[SidecarRow] = []
        for table, key in candidates:
            row = table.get(key) if key else None
            if row is not None and row not in found:
                found.append(row)
        return found


def load_sidecar(path: str | Path, *, report: Report) -> Sidecar:
    """Read a sidecar CSV; an unusable one is reported and gives an empty Sidecar."""
    path = Path(path)
    where = path.as_posix()
    empty = Sidecar(path=where)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        report.add(where, "no such file or folder", "skipped")
        return empty
    except OSError as exc:
        report.add(where, f"cannot read file: {os_reason(exc)}", "skipped")
        return empty
    decoded = decode(data, where=where, report=report)
    if decoded is None:
        return empty
    text = fix_text(decoded[0])
    raise_csv_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text[:65536]))
    try:
        rows = [fields for fields in reader if fields]
    except csv.Error as exc:
        report.add(where, f"CSV error: {exc}", "skipped")
        return empty
    if not rows:
        report.add(where, "empty sidecar", "skipped")
        return empty
    columns = [column_key(name) for name in rows[0]]
    file_key = next((k for k in SIDECAR_FILE_KEYS if k in columns), None)
    id_key = next((k for k in SIDECAR_ID_KEYS if k in columns), None)
    if file_key is None and id_key is None:
        expected = ", ".join(SIDECAR_FILE_KEYS + SIDECAR_ID_KEYS)
        report.add(where, f"no key column (expected one of {expected})", "skipped")
        return empty
    by_file: dict[str, SidecarRow] = {}
    by_id: dict[str, SidecarRow] = {}
    kept: list[SidecarRow] = []
    for number, fields in enumerate(rows[1:], start=1):
        if len(fields) != len(columns):
            reason = f"row has {len(fields)} fields, header has {len(columns)}"
            report.add(where, reason, "skipped", line=number)
            continue
        values = dict(zip(columns, fields, strict=True))
        file_value = _file_key(values.pop(file_key, "") if file_key else "")
        id_value = (values.pop(id_key, "") if id_key else "").strip()
        if not file_value and not id_value:
            report.add(where, "sidecar row has no key", "ignored", line=number)
            continue
        meta, extra = map_columns(values)
        row = SidecarRow(line=number, extra=extra, **meta)
        added = False
        for table, key in ((by_file, file_value), (by_id, id_value)):
            if not key:
                continue
            if key in table:
                reason = f"duplicate sidecar key {key!r} (first on row {table[key].line})"
                report.add(where, reason, "ignored", line=number)
                continue
            table[key] = row
            added = True
        if added:
            kept.append(row)
    return Sidecar(path=where, by_file=by_file, by_id=by_id, rows=tuple(kept))


def _file_key(value: str) -> str:
    """A sidecar file reference in the form article paths use (posix, no leading "./")."""
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value


def apply_sidecar(article: RawArticle, rows: Iterable[SidecarRow]) -> RawArticle:
    """The article with the sidecar's non-empty values in place of its own (later rows win)."""
    changes: dict[str, Any] = {}
    extra = dict(article.extra)
    for row in rows:
        for name in ("title", "source", "url"):
            if getattr(row, name):
                changes[name] = getattr(row, name)
        if row.date:
            changes["date"], changes["date_basis"] = row.date, "sidecar"
        extra.update(row.extra)
    if not changes and extra == article.extra:
        return article
    return replace(article, extra=extra, **changes)
