"""Time brushing: a range selected with the mouse on a time chart becomes the date filter.

A time chart (coverage volume, mentions over time, the timeline) gets plotly's horizontal
box selection (`brushable`); dragging across it in select mode selects an x range, which
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

from lib.queries.filters import Filters


def brushable(fig: go.Figure, *, clicks: bool = False) -> go.Figure:
    """A selection on the chart is a time range (the whole height). The chart opens in
    select mode, so that dragging across it brushes — unless its points are `clicks`
    (clicked for a drill-down): Streamlit turns click-to-select off in select mode, so such
    a chart opens as it did and the brush is the toolbar's *Box select*."""
    fig.update_layout(selectdirection="h")
    if not clicks:
        fig.update_layout(dragmode="select")
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
    # A date axis hands its range back as text ("2016-07-08 13:01:02.5"); numbers are the
    # range of a count or category axis, not days since 1970.
    if not isinstance(value, str | date):
        return None
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
