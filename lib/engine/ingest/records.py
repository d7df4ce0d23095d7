"""JSONL and CSV corpora: one article a record, its columns mapped to title, text, date,
source and url, every other column kept as metadata.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from lib.engine.ingest.decoding import fix_text, stream_encoding
from lib.engine.ingest.raw import RawArticle, os_reason, raw_article
from lib.engine.report import Report

# Column names, lower case, in order of preference: the first one present wins.
TEXT_KEYS = ("text", "body", "content", "article", "full_text", "maintext")


TITLE_KEYS = ("title", "headline")


DATE_KEYS = (
    "date",
    "published",
    "publish_date",
    "published_at",
    "pub_date",
    "datetime",
    "timestamp",
)


SOURCE_KEYS = ("source", "outlet", "publication", "site", "publisher", "sitename")


URL_KEYS = ("url", "link", "source_url")


_NO_TEXT_COLUMN = f"no text column (expected one of {', '.join(TEXT_KEYS)})"


# A broken million-row file should not give a million-line report: after this many problems
# of one kind in one file, the rest are counted and reported as one line.
_MAX_SAME_PROBLEM = 50


def iter_rows(path: Path, *, fmt: str, report: Report) -> Iterator[RawArticle]:
    """Articles of a JSONL or CSV file, streamed: these files can be gigabytes."""
    where = path.as_posix()
    problems = _CappedProblems(report, where)
    try:
        chosen = stream_encoding(path, report=report)
        if chosen is None:
            return
        codec, encoding = chosen
        # errors="replace": the encoding was checked (or guessed) on the bytes already.
        with path.open(encoding=codec, errors="replace", newline="") as fh:
            records = _jsonl_records(fh, problems) if fmt == "jsonl" else _csv_records(fh, problems)
            for row, record in records:
                article = _record_article(
                    record, path=where, row=row, fmt=fmt, encoding=encoding, problems=problems
                )
                if article is not None:
                    yield article
    except OSError as exc:
        report.add(where, f"cannot read file: {os_reason(exc)}", "skipped")
    finally:
        problems.flush()


def _jsonl_records(fh: io.TextIOBase, problems: _CappedProblems) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each JSON object line; other lines reported."""
    # With newline="" lines end at "\n", "\r\n" or "\r"; JSON strings cannot hold a raw one.
    blank = True
    for number, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        blank = False
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.add(
                "json", f"not valid JSON: {exc.msg} (column {exc.colno})", "skipped", number
            )
            continue
        if not isinstance(record, dict):
            problems.add("object", "not a JSON object", "skipped", number)
            continue
        yield number, record
    if blank:
        problems.add("empty", "empty article", "skipped", None)


def _csv_records(fh: io.TextIOBase, problems: _CappedProblems) -> Iterator[tuple[int, dict]]:
    """(record number, {column: value}) for each complete CSV row; ragged rows reported."""
    raise_csv_field_limit()
    sample = fh.read(65536)
    if not sample.strip():
        problems.add("empty", "empty article", "skipped", None)
        return
    fh.seek(0)
    reader = csv.reader(fh, delimiter=sniff_delimiter(sample))
    try:
        header = next((fields for fields in reader if fields), None)
    except csv.Error as exc:
        problems.add("csv", f"unreadable CSV header: {exc}", "skipped", 1)
        return
    if header is None:
        problems.add("empty", "empty article", "skipped", None)
        return
    columns = [column_key(name) for name in header]
    if not any(key in TEXT_KEYS for key in columns):
        found = ", ".join(name.strip() for name in header if name.strip()) or "none"
        problems.add("header", f"{_NO_TEXT_COLUMN}; found columns: {found}", "skipped", None)
        return
    number = 0
    while True:
        try:
            fields = next(reader, None)
        except csv.Error as exc:
            problems.add("csv", f"CSV error: {exc}", "skipped rest of file", number + 1)
            return
        if fields is None:
            return
        if not fields:  # a blank line is not a record
            continue
        number += 1
        if len(fields) != len(columns):
            reason = f"row has {len(fields)} fields, header has {len(columns)}"
            problems.add("ragged", reason, "skipped", number)
            continue
        yield number, _first_wins(zip(columns, fields, strict=True))


def raise_csv_field_limit() -> None:
    # Article texts exceed the 128 kB default; the limit is a C long, 32 bits on Windows.
    csv.field_size_limit(2**31 - 1)


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: the commonest in the header line outside quotes (comma on ties)."""
    counts: Counter[str] = Counter()
    quoted = False
    for char in sample:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in ",;\t":
            counts[char] += 1
    return max(",;\t", key=lambda d: (counts[d], d == ","))


def _record_article(
    record: Mapping[Any, Any],
    *,
    path: str,
    row: int,
    fmt: str,
    encoding: str,
    problems: _CappedProblems,
) -> RawArticle | None:
    values = _first_wins((column_key(key), value) for key, value in record.items())
    present = [key for key in TEXT_KEYS if key in values]
    if not present:
        problems.add("no text", _NO_TEXT_COLUMN, "skipped", row)
        return None
    texts = (_as_text(values[key]) for key in present)
    text_key, text = next(
        ((k, t) for k, t in zip(present, texts, strict=True) if t.strip()), ("", "")
    )
    if not text:
        problems.add("empty", "empty article", "skipped", row)
        return None
    del values[text_key]
    fields, extra = map_columns(values)
    return raw_article(text, path=path, fmt=fmt, encoding=encoding, row=row, extra=extra, **fields)


def _first_wins(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """The pairs as a dict; a repeated key ("Title" and "title") keeps its first value."""
    values: dict[str, Any] = {}
    for key, value in pairs:
        values.setdefault(key, value)
    return values


def column_key(name: Any) -> str:
    return str(name).strip().lower()


def _is_index_column(key: str) -> bool:
    # pandas writes its index as an unnamed first column ("" or "Unnamed: 0").
    return key == "" or re.fullmatch(r"unnamed: \d+", key) is not None


def map_columns(values: Mapping[str, Any]) -> tuple[dict[str, str | None], dict[str, str]]:
    """title/date/source/url (first listed column with a value) and the rest as extra."""
    strings = {key: _as_str(value) for key, value in values.items() if not _is_index_column(key)}
    fields: dict[str, str | None] = {}
    used: set[str] = set()
    for name, keys in (
        ("title", TITLE_KEYS),
        ("date", DATE_KEYS),
        ("source", SOURCE_KEYS),
        ("url", URL_KEYS),
    ):
        key = next((k for k in keys if strings.get(k)), None)
        fields[name] = strings[key] if key else None
        if key:
            used.add(key)
    extra = {key: value for key, value in strings.items() if key not in used and value}
    return fields, extra


def _as_str(value: Any) -> str | None:
    """A metadata value as a stripped, mojibake-free string; None for missing or blank."""
    if value is None or (isinstance(value, float) and value != value):  # NaN from pandas
        return None
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple):
        parts = (_as_str(item) for item in value)
        text = "; ".join(part for part in parts if part)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = str(value)
    text = fix_text(text).strip()
    return text or None


def _as_text(value: Any) -> str:
    """An article body; a list of paragraphs becomes paragraphs separated by blank lines."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return fix_text("\n\n".join(str(item) for item in value if item is not None))
    return fix_text(value if isinstance(value, str) else str(value))


class _CappedProblems:
    """Reports row problems, at most _MAX_SAME_PROBLEM of one kind per file, then a count."""

    def __init__(self, report: Report, path: str) -> None:
        self.report, self.path = report, path
        self.counts: Counter[str] = Counter()
        self.actions: dict[str, str] = {}

    def add(self, kind: str, reason: str, action: str, line: int | None) -> None:
        self.counts[kind] += 1
        if self.counts[kind] <= _MAX_SAME_PROBLEM:
            self.report.add(self.path, reason, action, line=line)
        self.actions[kind] = action

    def flush(self) -> None:
        for kind, count in self.counts.items():
            if count > _MAX_SAME_PROBLEM:
                reason = f"{count - _MAX_SAME_PROBLEM} more rows with problem '{kind}' not listed"
                self.report.add(self.path, reason, self.actions[kind])
        self.counts.clear()
