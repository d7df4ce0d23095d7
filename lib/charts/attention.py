"""The search query's attention over time: the matching articles per period as a count,
beside all the articles of the same selection, and as a share of them (Media Cloud's
normalised attention), in two panels over one time axis.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts.panels import panels
from lib.charts.safe import safe_labels
from lib.charts.style import MUTED, layout
from lib.queries.periods import FREQ_LABEL

MATCHING = "#2B6CB0"


@safe_labels
def attention_chart(
    frame: pd.DataFrame, *, freq: str, query: str, subtitle: str, title: str | None = None
) -> go.Figure:
    """`frame` has period, n_matching, n_articles, share (lib.queries.attention). Top: the
    articles matching `query` (canonical form) per period, drawn over all the articles of
    the selection without it; bottom: the share of each period's articles that match, in
    percent (a gap where a period has no article)."""
    unit = FREQ_LABEL.get(freq, "day")
    title = title or f"Articles matching “{query}” per {unit}"
    fig = panels(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.08,
        row_heights=[0.58, 0.42],
    )
    when = f"{unit} of %{{x|%d %b %Y}}"
    bars = (  # the matching articles drawn over all of them
        ("n_articles", "all articles of the selection", MUTED, "articles in all"),
        ("n_matching", "matching the query", MATCHING, "matching articles"),
    )
    for column, name, colour, counted in bars:
        fig.add_trace(
            go.Bar(
                x=frame["period"],
                y=frame[column],
                name=name,
                marker_color=colour,
                hovertemplate=f"{when}: %{{y}} {counted}<extra></extra>",
            ),
            row=1,
            col=1,
        )
    percent = np.round(frame["share"].to_numpy(dtype=float) * 100, 2)
    fig.add_trace(
        go.Scatter(
            x=frame["period"],
            y=percent,
            name="share matching",
            mode="lines+markers",
            line={"color": MATCHING, "width": 2},
            marker={"size": 5},
            connectgaps=False,
            customdata=np.stack([frame["n_matching"], frame["n_articles"]], axis=-1)
            if len(frame)
            else None,
            hovertemplate=f"{when}: %{{y:.1f}}% (%{{customdata[0]}} of %{{customdata[1]}})<extra></extra>",
        ),
        row=2,
        col=1,
    )
    fig.update_layout(barmode="overlay")
    fig.update_yaxes(title_text=f"Articles per {unit}", rangemode="tozero", row=1, col=1)
    fig.update_yaxes(
        title_text="Share matching",
        rangemode="tozero",
        ticksuffix="%",
        row=2,
        col=1,
    )
    fig.update_xaxes(title_text=f"Publication {unit}", row=2, col=1)
    fig = layout(fig, title=title, subtitle=subtitle, height=460, legend=True)
    fig.update_layout(legend={"orientation": "h", "y": -0.2})
    return fig
