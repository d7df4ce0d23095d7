"""One article for reading: its text cut into plain pieces and entity mentions, and that
as HTML in which every character of the article is escaped.

The article text comes from the web: it may hold `<script>` or `<img onerror=…>`. Only the
`<span>` and `<mark>` tags written here are markup; everything taken from the article
goes through `html.escape`. No Streamlit here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from lib.charts.style import TYPE_COLOURS, TYPE_LABELS


@dataclass(frozen=True)
class Piece:
    text: str
    entity_id: str | None = None
    name: str | None = None
    type: str | None = None
    start: int = 0  # its offset in the article's text


def pieces(text: str, mentions: pd.DataFrame) -> list[Piece]:
    """The text cut at the mentions (start, end, entity_id, name, type); overlapping
    mentions keep the first, longest one."""
    out: list[Piece] = []
    pos = 0
    ordered = mentions.sort_values(["start", "end"], ascending=[True, False])
    for start, end, entity_id, name, entity_type in ordered[
        ["start", "end", "entity_id", "name", "type"]
    ].itertuples(index=False):
        start, end = int(start), int(end)
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            out.append(Piece(text[pos:start], start=pos))
        out.append(
            Piece(
                text[start:end],
                entity_id,
                name if isinstance(name, str) else None,
                entity_type if isinstance(entity_type, str) else None,
                start=start,
            )
        )
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:], start=pos))
    return out


def _tint(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def highlight_html(
    text: str,
    mentions: pd.DataFrame,
    *,
    selected: frozenset[str] = frozenset(),
    hits: Sequence[tuple[int, int]] = (),
    language: str | None = None,
) -> str:
    """The article as HTML: mentions tinted in their type's colour (the filtered entities
    stronger, with a title attribute naming the entity), the search query's hits (sorted,
    non-overlapping (start, end) offsets: lib.queries.query_spans) in <mark>, paragraphs
    kept; `language` (ISO 639-1) as the block's lang attribute, for the browser's
    hyphenation and screen readers."""
    lang = f' lang="{language}"' if language and re.fullmatch(r"[a-z]{2,3}", language) else ""
    parts = [
        f'<div class="lens-article"{lang} style="white-space:pre-wrap;line-height:1.65;font-size:1rem">'
    ]
    for piece in pieces(text, mentions):
        body = _mark_hits(piece.text, piece.start, hits)
        if piece.entity_id is None:
            parts.append(body)
            continue
        colour = TYPE_COLOURS.get(piece.type or "", "#8C9BAB")
        strong = piece.entity_id in selected
        label = f"{piece.name or piece.entity_id} ({TYPE_LABELS.get(piece.type or '', piece.type or 'entity')})"
        parts.append(
            f'<span title="{html.escape(label, quote=True)}" style="background:{_tint(colour, 0.38 if strong else 0.16)};'
            f'border-bottom:2px solid {colour};border-radius:3px;padding:0 2px;{"font-weight:600;" if strong else ""}">{body}</span>'
        )
    parts.append("</div>")
    return "".join(parts)


def _mark_hits(text: str, offset: int, hits: Sequence[tuple[int, int]]) -> str:
    """Escaped text (a piece of the article starting at `offset`) with the parts of it the
    hits cover in <mark>; a hit across a mention's edge is marked on both sides."""
    out, pos = [], 0
    for start, end in hits:
        a, b = max(start - offset, pos), min(end - offset, len(text))
        if b <= a:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def legend_html(types: list[str]) -> str:
    return " ".join(
        f'<span style="background:{_tint(TYPE_COLOURS[t], 0.16)};border-bottom:2px solid {TYPE_COLOURS[t]};'
        f'border-radius:3px;padding:0 4px;margin-right:6px">{html.escape(TYPE_LABELS[t])}</span>'
        for t in types
        if t in TYPE_COLOURS
    )
