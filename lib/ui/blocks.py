"""A chart with its download buttons (PNG, SVG, HTML, CSV), a table's CSV download, and
the points a click or a box selection picked on a chart.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import partial

import pandas as pd
import streamlit as st

from lib.charts import basemap, export
from lib.queries.corpus import Corpus
from lib.queries.filters import (
    Filters,
)
from lib.ui import brush as brush_module
from lib.ui.sidebar import DATE_MAX, DATE_MIN, K_FROM, K_TO, current_filters


def chart_selection(key: str) -> list[dict]:
    """The points selected on the chart drawn by `chart(..., key=key)`, from a callback."""
    return selected_points(st.session_state.get(f"{key}-chart"))


def subtitle(corpus: Corpus, filters: Filters, n_articles: int, *extra: str) -> str:
    """What a chart's subtitle says: the article count, the filters, chart settings."""
    return " · ".join(
        [f"{n_articles:,} articles", filters.describe(corpus.names), *[e for e in extra if e]]
    )


def chart(
    fig,
    data: pd.DataFrame,
    *,
    name: str,
    filters: Filters,
    key: str,
    parts: Sequence[str] = (),
    selectable: bool = False,
    selection_mode: str | Sequence[str] = "points",
    on_select: Callable[[], None] | None = None,
    brush: bool = False,
):
    """A chart with PNG, SVG, HTML and CSV download buttons beside it. PNG and SVG are
    drawn only when clicked. Returns the selection event when `selectable`; `on_select`
    is called on a new selection, before the rerun (it may change the filters). `brush`
    (a chart with a time x axis): dragging across it sets the shared date filter."""
    callback = on_select
    if brush:
        brush_module.brushable(fig, clicks=selectable)
        modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
        selection_mode = (*modes, "box") if selectable else "box"
        callback = partial(brushed, f"{key}-chart", on_select)
        st.caption(
            ":material/date_range: To set the date range with the mouse, pick *Box Select* in "
            "the chart's toolbar, then drag across the chart."
            if selectable
            else ":material/date_range: Drag across the chart to set the date range."
        )
    event = st.plotly_chart(
        fig,
        theme=None,
        key=f"{key}-chart",
        on_select=callback or ("rerun" if selectable else "ignore"),
        selection_mode=selection_mode,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {
                "filename": export.filename(name, filters, "png", parts=parts)[:-4]
            },
            **basemap.plotly_config(fig),  # a map draws offline
        },
    )
    download_row(fig, data, name=name, filters=filters, key=key, parts=parts)
    return event


def brushed(chart_key: str, then: Callable[[], None] | None = None) -> None:
    """A range brushed on a time chart becomes the date filter (a click on a point does not);
    then the chart's own `on_select`, if any."""
    brushed = brush_module.brushed_filters(
        current_filters(), st.session_state.get(chart_key), bounds=(DATE_MIN, DATE_MAX)
    )
    if brushed is not None:
        st.session_state[K_FROM], st.session_state[K_TO] = brushed.start, brushed.end
    if then is not None:
        then()


def download_row(
    fig, data: pd.DataFrame, *, name: str, filters: Filters, key: str, parts: Sequence[str] = ()
) -> None:
    """PNG, SVG, HTML and CSV buttons; each file is made only when its button is clicked."""
    files = (
        ("png", None, lambda: export.figure_image(fig, "png")),
        ("svg", None, lambda: export.figure_image(fig, "svg")),
        (
            "html",
            "The chart as an interactive web page (works offline)",
            lambda: export.figure_html(fig),
        ),
        ("csv", "The data the chart is drawn from", lambda: export.frame_csv(data)),
    )
    with st.container(horizontal=True, horizontal_alignment="right", gap="small"):
        for fmt, help_text, make in files:
            st.download_button(
                fmt.upper(),
                help=help_text,
                data=make,
                file_name=export.filename(name, filters, fmt, parts=parts),
                mime=export.MIME[fmt],
                key=f"{key}-{fmt}",
                on_click="ignore",
                icon=":material/download:",
                type="tertiary",
            )


def compact(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as the browser needs it: a categorical column keeps only the categories its
    rows use. Arrow sends a column's whole dictionary, and an entity_id column's dictionary
    is every entity of the corpus (3 MB for a 226-row table at 28.7k articles)."""
    columns = [i for i, dtype in enumerate(frame.dtypes) if isinstance(dtype, pd.CategoricalDtype)]
    if not columns:
        return frame
    out = frame.copy(deep=False)
    for i in columns:
        out.isetitem(i, out.iloc[:, i].cat.remove_unused_categories())
    return out


def dataframe(data: pd.DataFrame, **kwargs):
    """st.dataframe of a table (its arguments), sent compact: every page shows tables
    through this."""
    return st.dataframe(compact(data), **kwargs)


def table_download(
    frame: pd.DataFrame | Callable[[], pd.DataFrame | Iterable[pd.DataFrame]],
    *,
    name: str,
    filters: Filters,
    key: str,
    parts: Sequence[str] = (),
    label: str | None = None,
) -> None:
    """One CSV download button for a table (the whole filtered table, not only the rows
    shown). `frame` may be a function that makes the table, or its batches one after
    another (a long table, never whole): it then runs only on click."""
    make = frame if callable(frame) else (lambda: frame)
    st.download_button(
        label or ("CSV" if callable(frame) else f"CSV ({len(frame):,} rows)"),
        data=lambda: _csv(make()),
        file_name=export.filename(name, filters, "csv", parts=parts),
        mime=export.MIME["csv"],
        key=f"{key}-csv",
        on_click="ignore",
        icon=":material/download:",
    )


def _csv(table: pd.DataFrame | Iterable[pd.DataFrame]) -> bytes:
    """A table's CSV; of batches, written to a temporary file batch by batch and read back
    once (only the CSV is ever whole, not the table, nor its chunks beside it)."""
    if isinstance(table, pd.DataFrame):
        return export.frame_csv(table)
    with tempfile.TemporaryFile() as out:
        for chunk in export.frames_csv(table):
            out.write(chunk)
        out.seek(0)
        return out.read()


def no_articles(filters: Filters) -> None:
    msg = "No articles match these filters."
    if not filters.is_default:
        msg += " Widen them in the sidebar, or press *Reset filters*."
    st.info(msg, icon=":material/filter_alt_off:")


def selected_points(event) -> list[dict]:
    """The points of a chart selection event (empty when nothing is selected)."""
    if not event:
        return []
    try:
        return list(event.selection.points)
    except AttributeError:
        return list((event.get("selection") or {}).get("points", []))
