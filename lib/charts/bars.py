"""Bar and line charts of counts: the top entities, an entity's partners, the article
volume and the mentions of entities over time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts.style import (
    LABEL_CHARS,
    NEUTRAL,
    TYPE_COLOURS,
    TYPE_LABELS,
    entity_colours,
    hold_labels,
    layout,
    safe_labels,
    short,
    type_colour,
)
from lib.charts.time_axis import with_empty_neighbours
from lib.queries.periods import FREQ_LABEL


def _name_bars(
    values: pd.Series, names: pd.Series, *, colour, customdata, hovertemplate: str
) -> go.Figure:
    """Horizontal bars, one per entity named on the axis (cut to LABEL_CHARS), in the order
    given from the bottom up."""
    return go.Figure(
        go.Bar(
            x=values,
            y=[short(n, LABEL_CHARS) for n in names],
            orientation="h",
            marker_color=colour,
            customdata=customdata,
            hovertemplate=hovertemplate,
        )
    )


@safe_labels
def top_entities_bar(
    counts: pd.DataFrame, *, entity_type: str, subtitle: str, top: int = 10
) -> go.Figure:
    """Horizontal bars: the most mentioned entities of one type.

    `counts` has columns name, n_mentions, n_articles (one row per entity)."""
    data = counts.nlargest(top, "n_mentions").iloc[::-1]
    fig = _name_bars(
        data["n_mentions"],
        data["name"],
        colour=TYPE_COLOURS.get(entity_type, NEUTRAL),
        customdata=np.stack([data["n_articles"], data["name"]], axis=1),
        hovertemplate="%{customdata[1]}: %{x} mentions in %{customdata[0]} articles<extra></extra>",
    )
    # Counts are whole numbers: no 0.5 ticks on small axes.
    fig.update_xaxes(
        title_text="Mentions (count)", dtick=1 if data["n_mentions"].max() <= 8 else None
    )
    fig.update_yaxes(title_text=None, automargin=True)
    label = TYPE_LABELS.get(entity_type, entity_type)
    fig = layout(
        fig,
        title=f"Most mentioned {label.lower()}",
        subtitle=subtitle,
        height=130 + 28 * max(len(data), 1),
    )
    return hold_labels(fig, fig.data[0].y)


@safe_labels
def partners_bar(
    partners: pd.DataFrame, *, name: str, measure: str, level: str, subtitle: str, top: int = 15
) -> go.Figure:
    """Horizontal bars: who and what appears with one entity. `partners` has name, type,
    value (the measure), n_pair."""
    data = partners.head(top).iloc[::-1]
    measure_label = {"npmi": "NPMI", "pmi": "PMI", "count": f"{level}s together"}[measure]
    fig = _name_bars(
        data["value"],
        data["name"],
        colour=[type_colour(t) for t in data["type"]],
        customdata=data[["n_pair", "type"]].to_numpy(),
        hovertemplate=f"%{{y}} (%{{customdata[1]}}): {measure_label} %{{x:.2f}}, %{{customdata[0]}} {level}s together<extra></extra>",
    )
    fig.update_xaxes(
        title_text=f"{measure_label} ({'count' if measure == 'count' else 'association, unitless'})"
    )
    fig.update_yaxes(automargin=True)
    fig = layout(
        fig,
        title=f"Who and what appears with {name}",
        subtitle=subtitle,
        height=130 + 26 * max(len(data), 1),
    )
    return hold_labels(fig, fig.data[0].y)


@safe_labels
def volume_bars(
    frame: pd.DataFrame, *, freq: str, subtitle: str, title: str = "Coverage volume"
) -> go.Figure:
    """Articles per week or month. `frame` has period, n_articles."""
    unit = FREQ_LABEL.get(freq, "day")
    top = float(frame["n_articles"].max()) if len(frame) else 0.0
    frame = with_empty_neighbours(frame, freq, zero=("n_articles",))
    fig = go.Figure(
        go.Bar(
            x=frame["period"],
            y=frame["n_articles"],
            marker_color=NEUTRAL,
            hovertemplate=f"{unit} of %{{x|%d %b %Y}}: %{{y}} articles<extra></extra>",
        )
    )
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig.update_yaxes(
        title_text=f"Articles per {unit}",
        rangemode="tozero",
        dtick=1 if top <= 8 else None,  # counts are whole numbers
    )
    return layout(fig, title=title, subtitle=subtitle, height=320)


@safe_labels
def mention_traces(series: pd.DataFrame, *, unit: str) -> list[go.Scatter]:
    """One line per entity of mentions per period, in the entity's colour."""
    colours = entity_colours(series)
    return [
        go.Scatter(
            x=rows["period"],
            y=rows["n_mentions"],
            mode="lines+markers",
            name=rows["name"].iloc[0],
            line={"color": colours[entity_id], "width": 2},
            marker={"size": 5},
            hovertemplate=f"%{{fullData.name}}, {unit} of %{{x|%d %b %Y}}: %{{y}} mentions<extra></extra>",
        )
        for entity_id, rows in series.groupby("entity_id", sort=False)
    ]


@safe_labels
def mentions_lines(series: pd.DataFrame, *, freq: str, subtitle: str, title: str) -> go.Figure:
    """Mentions per period, one line per entity. `series` has period, entity_id, name,
    type, n_mentions."""
    unit = FREQ_LABEL.get(freq, "day")
    fig = go.Figure()
    for line in mention_traces(series, unit=unit):
        fig.add_trace(line)
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig.update_yaxes(title_text=f"Mentions per {unit}", rangemode="tozero")
    fig = layout(fig, title=title, subtitle=subtitle, height=340, legend=True)
    fig.update_layout(legend={"orientation": "h", "y": -0.25})
    return fig
