"""DataFrame -> plotly Figure, one function per chart. No Streamlit here.

Every chart says what it shows: a title, a subtitle with the filters in force, axis
titles with units. Each entity type has one colour across all charts.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

TYPE_COLOURS = {
    "person": "#4C78A8",
    "country": "#F58518",
    "org": "#54A24B",
    "location": "#B279A2",
    "event": "#E45756",
}
TYPE_LABELS = {
    "person": "People",
    "country": "Countries",
    "org": "Organisations",
    "location": "Places",
    "event": "Events",
}
FONT = "Inter, Segoe UI, Helvetica, Arial, sans-serif"


def _layout(fig: go.Figure, *, title: str, subtitle: str, height: int) -> go.Figure:
    fig.update_layout(
        title={"text": f"{title}<br><sup>{subtitle}</sup>", "x": 0.0, "xanchor": "left"},
        template="plotly_white",
        height=height,
        font={"family": FONT, "size": 13},
        margin={"l": 10, "r": 20, "t": 70, "b": 40},
        showlegend=False,
    )
    return fig


def top_entities_bar(
    counts: pd.DataFrame, *, entity_type: str, subtitle: str, top: int = 10
) -> go.Figure:
    """Horizontal bars: the most mentioned entities of one type.

    `counts` has columns name, n_mentions, n_articles (one row per entity)."""
    data = counts.nlargest(top, "n_mentions").iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=data["n_mentions"],
            y=data["name"],
            orientation="h",
            marker_color=TYPE_COLOURS.get(entity_type, "#888"),
            customdata=data[["n_articles"]].to_numpy(),
            hovertemplate="%{y}: %{x} mentions in %{customdata[0]} articles<extra></extra>",
        )
    )
    fig.update_xaxes(title_text="Mentions (count)")
    fig.update_yaxes(title_text=None, automargin=True)
    label = TYPE_LABELS.get(entity_type, entity_type)
    return _layout(
        fig,
        title=f"Most mentioned {label.lower()}",
        subtitle=subtitle,
        height=120 + 28 * max(len(data), 1),
    )
