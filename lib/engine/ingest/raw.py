"""The raw article as read from a file, before any cleaning, and the reason a file could not
be read, shared by every reader of the package."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lib.ids import article_id_for


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


def raw_article(
    text: str,
    *,
    path: str,
    fmt: str,
    encoding: str,
    row: int | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> RawArticle:
    """The article of this text and metadata, as every reader makes it: its id from the text,
    the metadata as the basis of its date when it gives one."""
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


def os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
