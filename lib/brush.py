"""Time brushing: a range selected with the mouse on a time chart becomes the date filter.

A time chart (coverage volume, mentions over time, the timeline) opens in plotly's
horizontal select mode (`brushable`); dragging across it selects an x range, which
Streamlit hands back as the chart's selection state (`{"selection": {"box": [{"x": [x0,
x1], ...}], ...}}`). `brushed_range` reads the days out of it and `brushed_filters` puts
them into the shared filters. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from lib.filters import Filters


def brushable(fig: go.Figure) -> go.Figure:
    """Dragging across the chart selects a time range (the whole height): the chart opens
    in select mode instead of zoom. Clicking a point still selects that point."""
    fig.update_layout(dragmode="select", selectdirection="h")
    return fig


def _selection(event: Any) -> Mapping:
    """The `selection` part of a chart event, whether given the event or the selection."""
    if not event:
        return {}
    selection = event.get("selection", event) if isinstance(event, Mapping) else None
    if selection is None:
        selection = getattr(event, "selection", None) or {}
    return selection if isinstance(selection, Mapping) else {}


def _day(value: Any) -> date | None:
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None  # a numeric axis or a category: not a time range
    if pd.isna(stamp):
        return None
    return stamp.date()


def brushed_range(event: Any) -> tuple[date, date] | None:
    """The days a box selection spans on a time axis (first, last), or None when the event
    holds no box selection (a click on a point, an empty selection, a non-date axis)."""
    boxes = _selection(event).get("box") or []
    days = []
    for box in boxes:
        xs = box.get("x") if isinstance(box, Mapping) else None
        if not xs:
            continue
        found = [_day(x) for x in xs]
        if any(d is None for d in found):
            return None
        days += found
    if len(days) < 2:
        return None
    return min(days), max(days)


def brushed_filters(
    filters: Filters, event: Any, *, bounds: tuple[date, date] | None = None
) -> Filters | None:
    """The filters with the brushed days as start and end (clipped to `bounds`), or None
    when the event holds no brushed range. Every other filter is kept."""
    span = brushed_range(event)
    if span is None:
        return None
    start, end = span
    if bounds is not None:
        lo, hi = bounds
        start, end = min(max(start, lo), hi), min(max(end, lo), hi)
    return filters.with_(start=start, end=end)
