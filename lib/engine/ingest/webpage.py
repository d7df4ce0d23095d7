"""A saved web page -> its article text and metadata (trafilatura)."""

from __future__ import annotations

from typing import Any

import trafilatura
from trafilatura.xml import xmltotxt

from lib.engine.ingest.decoding import fix_text

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
