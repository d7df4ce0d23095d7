"""A corpus -> raw articles: walk the paths given (files, folders), read each file by its
format, and report what was skipped and why.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from lib.engine.ingest.decoding import declared_charset, decode, fix_text
from lib.engine.ingest.markdown_text import split_front_matter, strip_markdown
from lib.engine.ingest.raw import RawArticle, os_reason, raw_article
from lib.engine.ingest.records import iter_rows, map_columns
from lib.engine.ingest.sidecar import Sidecar, apply_sidecar, load_sidecar
from lib.engine.ingest.webpage import extract_html
from lib.engine.report import Report

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
        return f"cannot read: {os_reason(exc)}"


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
            report.add(where, f"cannot read folder: {os_reason(exc)}", "skipped")
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
            report.add(where, f"cannot read folder: {os_reason(exc)}", "skipped")
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
            report.add(path.as_posix(), f"cannot read: {os_reason(exc)}", "skipped")
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
        yield from iter_rows(path, fmt=fmt, report=report)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.add(where, f"cannot read file: {os_reason(exc)}", "skipped")
        return
    decoded = decode(data, where=where, report=report, hint=declared_charset(data, fmt=fmt))
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
    fields, extra = map_columns(meta)
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
    fields, extra = map_columns(meta)
    return _article(
        text, path=where, fmt="html", encoding=encoding, report=report, extra=extra, **fields
    )


_ONE_ARTICLE_READERS = {"txt": _read_txt, "md": _read_md, "html": _read_html}


def _article(text: str, *, path: str, report: Report, **metadata) -> RawArticle | None:
    """The RawArticle of a file (raw_article: its format, encoding and metadata), or None
    (reported) when the text is blank."""
    if not text.strip():
        report.add(path, "empty article", "skipped", line=metadata.get("row"))
        return None
    return raw_article(text, path=path, **metadata)
