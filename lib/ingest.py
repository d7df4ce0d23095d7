"""Files -> raw articles: find the files, decode them, split them into articles, read metadata.

Nothing is cleaned here beyond decoding (mojibake repaired, line endings unified) and, for
HTML and Markdown, turning markup into text: site chrome stays, duplicates stay. Every file
or row that cannot be used is reported with its path and line, and reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

import ftfy
import ftfy.badness
import trafilatura
from charset_normalizer import from_bytes
from trafilatura.xml import xmltotxt

from lib.ids import article_id_for
from lib.report import Report

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".csv")
_FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".csv": "csv",
}

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
SIDECAR_FILE_KEYS = ("file", "filename", "path")
SIDECAR_ID_KEYS = ("article_id", "id")

_NO_TEXT_COLUMN = f"no text column (expected one of {', '.join(TEXT_KEYS)})"

# Enough bytes for charset-normalizer to judge, little enough to keep a GB file out of memory.
_SAMPLE_BYTES = 1 << 20
_CHUNK_BYTES = 1 << 22
# A broken million-row file should not give a million-line report: after this many problems
# of one kind in one file, the rest are counted and reported as one line.
_MAX_SAME_PROBLEM = 50

# Legacy encodings charset-normalizer cannot tell apart on short texts (it ranks cp1250 first
# for plain French or German); when its best candidates tie, take the most common in news.
_PREFERRED_ENCODINGS = ("cp1252", "latin_1", "cp1251", "koi8_r", "iso8859_15", "cp1250")
_LIKELY_ENCODINGS = (*_PREFERRED_ENCODINGS, "utf_16", "utf_32", "iso8859_2", "iso8859_5", "cp1253", "cp1254",
                     "iso8859_7", "iso8859_9", "cp1257", "mac_roman", "cp866")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# uncurl_quotes=False: quotes are content (and the quote detector relies on curly ones).
_FTFY = ftfy.TextFixerConfig(normalization="NFC", uncurl_quotes=False, explain=False)
# In ASCII text ftfy only acts on HTML entities and control characters.
_ASCII_FTFY_WOULD_CHANGE = re.compile(r"[&\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RawArticle:
    article_id: str  # lib.ids.article_id_for(text): content-derived, stable across runs
    path: str  # the file's path as given or found (posix)
    row: int | None  # 1-based line (jsonl) or record number (csv, header excluded); None otherwise
    format: str  # "txt" | "md" | "html" | "jsonl" | "csv"
    text: str  # decoded text; HTML/Markdown reduced to text; chrome is NOT removed here
    title: str | None = None
    date: str | None = None  # as given by metadata or sidecar, unparsed
    date_basis: str | None = None  # "metadata" | "sidecar" | None
    source: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    extra: Mapping[str, str] = field(default_factory=dict)


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


# --------------------------------------------------------------------------- corpus walking


def iter_corpus(
    paths: Iterable[str | Path],
    *,
    report: Report,
    sidecar: str | Path | Sidecar | None = None,
) -> Iterator[RawArticle]:
    """All articles in the given files and folders (folders recursively, in sorted order)."""
    table = sidecar if isinstance(sidecar, Sidecar) or sidecar is None else None
    if sidecar is not None and table is None:
        table = load_sidecar(Path(sidecar), report=report)
    used: set[int] = set()
    for given in paths:
        root = Path(given)
        kind = _kind(root)
        if kind == "folder":
            files: Iterable[tuple[Path, str | None]] = _walk(root, report=report)
        elif kind == "file":
            files = [(root, None)]
        else:
            report.add(root.as_posix(), kind, "skipped")
            continue
        for path, relative in files:
            for article in iter_file(path, report=report):
                if table is None:
                    yield article
                    continue
                rows = table.matches(article, relative=relative)
                used.update(row.line for row in rows)
                yield apply_sidecar(article, rows)
    if table is not None:
        for row in table.rows:
            if row.line not in used:
                report.add(table.path, "sidecar row matches no article", "ignored", line=row.line)


def _kind(path: Path) -> str:
    """Whether a path is a "folder" or a "file", or else why it cannot be read."""
    try:
        if path.is_dir():
            return "folder"
        if path.is_file():
            return "file"
        return "not a regular file" if path.exists() else "no such file or folder"
    except OSError as exc:
        return f"cannot read: {_os_reason(exc)}"


def _walk(root: Path, *, report: Report) -> Iterator[tuple[Path, str]]:
    """Supported files under a folder with their paths relative to it, depth first, by name.

    Folder symlinks are followed, but each real folder is entered once, so loops end.
    Hidden entries (".git", ".DS_Store", macOS "._x.txt" forks) are skipped silently.
    """
    seen: set[tuple[int, int]] = set()

    def entries_of(folder: Path) -> list[os.DirEntry[str]]:
        where = folder.as_posix()
        try:
            status = folder.stat()
        except OSError as exc:
            report.add(where, f"cannot read folder: {_os_reason(exc)}", "skipped")
            return []
        if (status.st_dev, status.st_ino) in seen:
            # Reached again through a symlink: a loop, or an alias met before the real folder.
            report.add(where, "folder already read (symbolic link)", "skipped")
            return []
        seen.add((status.st_dev, status.st_ino))
        try:
            with os.scandir(folder) as scan:
                return sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            report.add(where, f"cannot read folder: {_os_reason(exc)}", "skipped")
            return []

    stack = [iter(entries_of(root))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            report.add(path.as_posix(), f"cannot read: {_os_reason(exc)}", "skipped")
            continue
        if is_dir:
            stack.append(iter(entries_of(path)))
        elif not is_file:
            reason = "broken symbolic link" if entry.is_symlink() else "not a regular file"
            report.add(path.as_posix(), reason, "skipped")
        elif path.suffix.lower() not in _FORMATS:
            report.add(path.as_posix(), _unsupported(path), "skipped")
        else:
            yield path, path.relative_to(root).as_posix()


def _unsupported(path: Path) -> str:
    return f"unsupported file type {path.suffix.lower() or '(no extension)'}"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --------------------------------------------------------------------------- one file


def read_file(path: str | Path, *, report: Report) -> list[RawArticle]:
    """One file's articles as a list (use iter_file for big CSV/JSONL files)."""
    return list(iter_file(path, report=report))


def iter_file(path: str | Path, *, report: Report) -> Iterator[RawArticle]:
    """One file's articles; problems go to the report and never stop the reading."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    where = path.as_posix()
    if fmt is None:
        report.add(where, _unsupported(path), "skipped")
        return
    if fmt in ("jsonl", "csv"):
        yield from _iter_rows(path, fmt=fmt, report=report)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.add(where, f"cannot read file: {_os_reason(exc)}", "skipped")
        return
    decoded = _decode(data, where=where, report=report, hint=_declared_charset(data, fmt=fmt))
    if decoded is None:
        return
    raw, encoding = decoded
    if not raw.strip():
        report.add(where, "empty article", "skipped")
        return
    article = _ONE_ARTICLE_READERS[fmt](raw, where=where, encoding=encoding, report=report)
    if article is not None:
        yield article


def _read_txt(raw: str, *, where: str, encoding: str, report: Report) -> RawArticle | None:
    return _article(fix_text(raw), path=where, fmt="txt", encoding=encoding, report=report)


def _read_md(raw: str, *, where: str, encoding: str, report: Report) -> RawArticle | None:
    meta, body = split_front_matter(fix_text(raw))
    text, heading = strip_markdown(body)
    fields, extra = _map_columns(meta)
    fields["title"] = fields["title"] or heading
    return _article(
        text, path=where, fmt="md", encoding=encoding, report=report, extra=extra, **fields
    )


def _read_html(raw: str, *, where: str, encoding: str, report: Report) -> RawArticle | None:
    try:
        extracted = extract_html(raw)
    except Exception as exc:  # lxml and trafilatura raise many types on malformed pages
        report.add(where, f"could not parse HTML: {exc}", "skipped")
        return None
    if extracted is None:
        report.add(where, "no main text found in HTML", "skipped")
        return None
    text, meta = extracted
    fields, extra = _map_columns(meta)
    return _article(
        text, path=where, fmt="html", encoding=encoding, report=report, extra=extra, **fields
    )


_ONE_ARTICLE_READERS = {"txt": _read_txt, "md": _read_md, "html": _read_html}


def _article(
    text: str,
    *,
    path: str,
    fmt: str,
    encoding: str,
    report: Report,
    row: int | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> RawArticle | None:
    """A RawArticle, or None (reported) when the text is blank."""
    if not text.strip():
        report.add(path, "empty article", "skipped", line=row)
        return None
    return RawArticle(
        article_id=article_id_for(text),
        path=path,
        row=row,
        format=fmt,
        text=text,
        title=title,
        date=date,
        date_basis="metadata" if date else None,
        source=source,
        url=url,
        encoding=encoding,
        extra=dict(extra or {}),
    )


# --------------------------------------------------------------------------- decoding


def fix_text(text: str) -> str:
    """Unify line endings and repair mojibake ("NATOâ€™s" -> "NATO’s"), leaving quotes alone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and not _ASCII_FTFY_WOULD_CHANGE.search(text):
        return text  # ftfy is the slowest step on big CSVs and has nothing to do here
    if not _ASCII_FTFY_WOULD_CHANGE.search(text) and not ftfy.badness.is_bad(text):
        # No sign of mojibake (en dashes and accents are fine): only the Unicode form to fix.
        return unicodedata.normalize("NFC", text)
    return ftfy.fix_text(text, _FTFY)


def _decode(
    data: bytes, *, where: str, report: Report, hint: str | None = None
) -> tuple[str, str] | None:
    """A whole file's text and the encoding used, or None (reported) for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            report.add(where, "not UTF-8 (byte-order mark)", f"decoded as {codec}")
            return data.decode(codec, errors="replace"), codec
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        report.add(where, "looks like a binary file (NUL bytes)", "skipped")
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
    codec = _fallback_encoding(data, hint=hint)
    if codec is None:
        report.add(where, "looks like a binary file (no text encoding fits)", "skipped")
        return None
    report.add(where, f"not valid UTF-8 (first bad byte on line {bad_line})", f"decoded as {codec}")
    return data.decode(codec, errors="replace"), codec


def _stream_encoding(path: Path, *, report: Report) -> tuple[str, str] | None:
    """(codec to open a big file with, name to record), checking UTF-8 without loading it all."""
    where = path.as_posix()
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
        for bom, codec in _BOMS:
            if head.startswith(bom):
                report.add(where, "not UTF-8 (byte-order mark)", f"decoded as {codec}")
                return codec, codec
        if b"\x00" in head:
            report.add(where, "looks like a binary file (NUL bytes)", "skipped")
            return None
        error = _first_utf8_error(fh, head)
        if error is None:
            return "utf-8-sig", "utf-8"
        offset, bad_line = error
        sample = head
        if offset >= len(head):  # the guess must see the bytes that are not UTF-8
            fh.seek(max(0, offset - _SAMPLE_BYTES // 2))
            sample = head + b"\n" + fh.read(_SAMPLE_BYTES)
    codec = _fallback_encoding(sample)
    if codec is None:
        report.add(where, "looks like a binary file (no text encoding fits)", "skipped")
        return None
    report.add(where, f"not valid UTF-8 (first bad byte on line {bad_line})", f"decoded as {codec}")
    return codec, codec


def _first_utf8_error(fh: BinaryIO, head: bytes) -> tuple[int, int] | None:
    """Byte offset and line of the first invalid UTF-8 in head + the rest of fh, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, line, chunk = 0, 1, head
    while chunk:
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            start = max(0, exc.start - pending)
            return offset + start, line + chunk.count(b"\n", 0, start)
        offset += len(chunk)
        line += chunk.count(b"\n")
        chunk = fh.read(_CHUNK_BYTES)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return offset, line
    return None


def _fallback_encoding(sample: bytes, *, hint: str | None = None) -> str | None:
    """The encoding of non-UTF-8 bytes: a declared one that decodes cleanly, else a guess."""
    if hint:
        try:
            sample.decode(hint)
            return hint
        except UnicodeDecodeError:
            pass
    # Corpora of this field come in European and Cyrillic code pages; on short texts an
    # unrestricted guess too often picks an East Asian one (Latin-1 French read as Big5).
    matches = list(from_bytes(sample, cp_isolation=list(_LIKELY_ENCODINGS))) or list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    tied = {
        _codec_name(name)
        for match in matches
        if match.chaos == best.chaos and match.coherence == best.coherence
        for name in match.could_be_from_charset
    }
    for name in _PREFERRED_ENCODINGS:
        if _codec_name(name) in tied:
            return _codec_name(name)
    return _codec_name(best.encoding)


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes, *, fmt: str) -> str | None:
    """The charset an HTML page declares in a meta tag, if Python knows it; else None."""
    match = _META_CHARSET.search(data[:8192]) if fmt == "html" else None
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


# --------------------------------------------------------------------------- HTML


# Metadata trafilatura reads that has no RawArticle field of its own; kept in extra.
_HTML_EXTRA = ("author", "description", "hostname", "categories", "tags", "language")
# Dates from meta tags and structured data only: extensive search reads dates out of the text.
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def extract_html(html: str) -> tuple[str, dict[str, Any]] | None:
    """Main text (paragraphs separated by blank lines) and metadata of a page, or None."""
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=dict(_HTML_DATE_PARAMS),
    )
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    body = data.get("body")
    if body is not None:
        blocks = (xmltotxt(child, include_formatting=False).strip() for child in body)
        text = "\n\n".join(block for block in blocks if block)
    else:
        text = data.get("text") or ""
    text = fix_text(text)
    if not text.strip():
        return None
    meta = {key: data.get(key) for key in ("title", "date", "url", *_HTML_EXTRA)}
    meta["source"] = data.get("sitename")
    return text, meta


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_YAML_KEY = re.compile(r"^([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*))?$")
_YAML_ITEM = re.compile(r"^\s*-\s+(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (and `- item` lists) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    list_key: str | None = None
    for line in match.group(1).split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM.match(line)
        if item and list_key is not None:
            lists[list_key].append(_unquote(item.group(1)))
            continue
        pair = _YAML_KEY.match(line)
        if not pair:  # nested mappings, block scalars: not simple, ignored
            list_key = None
            continue
        key, value = pair.group(1).strip().lower(), (pair.group(2) or "").strip()
        list_key = None
        if not value:
            list_key = key
            lists[key] = []
        elif value.startswith("[") and value.endswith("]"):
            meta[key] = "; ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        elif value not in ("|", ">", "|-", ">-"):
            meta[key] = _unquote(value)
    for key, items in lists.items():
        if items:
            meta[key] = "; ".join(items)
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}=+[ \t]*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
_BULLET = re.compile(r"^(\s*)[-*+][ \t]+")
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    # Emphasis only when the markers hug words, so "5 * 3" and snake_case survive.
    (re.compile(r"(?<![\w*])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
)


def strip_markdown(text: str) -> tuple[str, str | None]:
    """Text without Markdown markup (paragraphs kept) and the first `# ` heading, if any."""
    lines: list[str] = []
    heading: str | None = None
    in_code = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            lines.append(line.rstrip())
            continue
        if _RULE.match(line) or _SETEXT.match(line) or _REF_DEF.match(line):
            continue
        line = _QUOTE.sub("", line)
        head = _HEADING.match(line)
        if head:
            line = _strip_inline(head.group(2) or "")
            if heading is None and len(head.group(1)) == 1 and line.strip():
                heading = line.strip()
        else:
            line = _strip_inline(_BULLET.sub(r"\1", line))
        lines.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return body, heading


def _strip_inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


# --------------------------------------------------------------------------- JSONL and CSV


def _iter_rows(path: Path, *, fmt: str, report: Report) -> Iterator[RawArticle]:
    """Articles of a JSONL or CSV file, streamed: these files can be gigabytes."""
    where = path.as_posix()
    problems = _CappedProblems(report, where)
    try:
        chosen = _stream_encoding(path, report=report)
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
        report.add(where, f"cannot read file: {_os_reason(exc)}", "skipped")
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
    _raise_csv_field_limit()
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
    columns = [_column_key(name) for name in header]
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


def _raise_csv_field_limit() -> None:
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
    values = _first_wins((_column_key(key), value) for key, value in record.items())
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
    fields, extra = _map_columns(values)
    return RawArticle(
        article_id=article_id_for(text),
        path=path,
        row=row,
        format=fmt,
        text=text,
        date_basis="metadata" if fields["date"] else None,
        encoding=encoding,
        extra=extra,
        **fields,
    )


def _first_wins(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """The pairs as a dict; a repeated key ("Title" and "title") keeps its first value."""
    values: dict[str, Any] = {}
    for key, value in pairs:
        values.setdefault(key, value)
    return values


def _column_key(name: Any) -> str:
    return str(name).strip().lower()


def _is_index_column(key: str) -> bool:
    # pandas writes its index as an unnamed first column ("" or "Unnamed: 0").
    return key == "" or re.fullmatch(r"unnamed: \d+", key) is not None


def _map_columns(values: Mapping[str, Any]) -> tuple[dict[str, str | None], dict[str, str]]:
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


# --------------------------------------------------------------------------- sidecar


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
        report.add(where, f"cannot read file: {_os_reason(exc)}", "skipped")
        return empty
    decoded = _decode(data, where=where, report=report)
    if decoded is None:
        return empty
    text = fix_text(decoded[0])
    _raise_csv_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text[:65536]))
    try:
        rows = [fields for fields in reader if fields]
    except csv.Error as exc:
        report.add(where, f"CSV error: {exc}", "skipped")
        return empty
    if not rows:
        report.add(where, "empty sidecar", "skipped")
        return empty
    columns = [_column_key(name) for name in rows[0]]
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
        meta, extra = _map_columns(values)
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
