"""What the analyst picked on a page: the entity, event or pair clicked in a chart, the row
chosen in a table (kept in the URL), and tables whose rows open the article in the reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from urllib.parse import quote

import pandas as pd
import streamlit as st

from lib.queries.filters import Filters
from lib.ui.blocks import dataframe, selected_points
from lib.ui.sidebar import page_url, set_url_value, url_value

READER_LINK = st.column_config.LinkColumn("Article", display_text="open in reader")
SHOWN_ROWS = 1000  # rows of a table of articles sent to the browser


def clicked_ids(events: Iterable, *, accept: Callable[[str], bool]) -> str | None:
    """The id clicked in one of the charts (a bar or point whose first custom value is an
    id that `accept` takes), the first one when several; None when nothing is."""
    for event in events:
        for point in selected_points(event):
            data = point.get("customdata")
            value = data[0] if isinstance(data, list) and data else data
            if isinstance(value, str) and accept(value):
                return value
    return None


def clicked_pair(events: Iterable) -> tuple[str, str] | None:
    """The pair of entity ids clicked (a matrix cell or a network edge carries both as its
    custom values); None when nothing is."""
    picked = None
    for event in events:
        for point in selected_points(event):
            data = point.get("customdata")
            if (
                isinstance(data, list)
                and len(data) == 2
                and all(isinstance(d, str) and ":" in d for d in data)
            ):
                picked = (data[0], data[1])
    return picked


def picked_row(event, shown: pd.DataFrame, column: str, *, url_key: str, known, default: str):
    """The `column` value of the table row selected in `event`, kept in the URL as `url_key`;
    without a selection the URL's value when `known` holds it, else `default`."""
    rows = event.selection.rows if event else []
    if rows:
        value = shown.iloc[rows[0]][column]
        set_url_value(url_key, value)
        return value
    value = url_value(url_key)
    return value if value in known else default


def reader_table(
    frame: pd.DataFrame,
    filters: Filters,
    *,
    columns: Sequence[str],
    key: str,
    column_config: Mapping | None = None,
    limit: int = SHOWN_ROWS,
) -> None:
    """A table of rows with an article_id, each with a link that opens the article in the
    reader under the same filters; the first `limit` rows (the page's download has all)."""
    shown = frame.head(limit)
    if len(frame) > limit:
        st.caption(f"The first {limit:,} of {len(frame):,} (the CSV below has all).")
    # One link made, the article's id appended to it per row (a Python urlencode per row
    # took a second for an entity in 20,000 articles).
    base = page_url("articles", filters, article="")
    ids = shown["article_id"].astype("str").map(lambda a: quote(a, safe=""))
    links = shown.assign(open=(base + ids).to_numpy(dtype=object))
    dataframe(
        links[[*columns, "open"]],
        hide_index=True,
        column_config={**(column_config or {}), "open": READER_LINK},
        key=key,
    )
