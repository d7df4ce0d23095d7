"""The world (or Europe) maps of the countries in the coverage, with NATO's members outlined."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts import basemap
from lib.charts.style import TYPE_COLOURS, colorbar_margin, layout, safe_labels

# Light to dark in the country colour: the lightest step stays visible on the grey land.
MAP_SCALE = [[0.0, "#FDE3C8"], [0.5, TYPE_COLOURS["country"]], [1.0, "#7A3A05"]]


NATO_OUTLINE = "#1F3A93"


_CLEAR = [[0.0, "rgba(0,0,0,0)"], [1.0, "rgba(0,0,0,0)"]]


# The views of the maps: the world (without Antarctica and the far north, which carry no
# coverage), and Europe, where most of NATO and its neighbours are too small on a world map.
MAP_REGIONS = {
    "world": {"projection_type": "natural earth", "lataxis_range": [-57, 84]},
    "europe": {
        "projection_type": "conic equal area",
        "projection_rotation": {"lon": 20},
        "projection_parallels": [43, 62],
        "lonaxis_range": [-25, 65],
        "lataxis_range": [34, 72],
    },
}


def _world_map(
    fig: go.Figure,
    *,
    outlined: Sequence[str],
    outline_label: str,
    title: str,
    subtitle: str,
    region: str = "world",
) -> go.Figure:
    """The frame of every map: NATO's members (or any set) outlined on top, the base map,
    the legend that says what the outline means."""
    drawn = [c for c in outlined if c in basemap.drawable()]
    if drawn:
        fig.add_trace(
            go.Choropleth(
                geojson=basemap.features(drawn),
                locations=drawn,
                z=[0] * len(drawn),
                colorscale=_CLEAR,
                showscale=False,
                marker={"line": {"color": NATO_OUTLINE, "width": 1.6}},
                name="outline",
                showlegend=False,
                hoverinfo="skip",
            )
        )
        # A choropleth's legend item has no swatch: an empty marker trace shows the outline.
        fig.add_trace(
            go.Scattergeo(
                lon=[None],
                lat=[None],
                mode="markers",
                marker={
                    "symbol": "square-open",
                    "size": 13,
                    "color": NATO_OUTLINE,
                    "line": {"width": 2},
                },
                name=outline_label,
                showlegend=True,
                hoverinfo="skip",
            )
        )
    fig.update_geos(
        **MAP_REGIONS[region],
        showland=True,
        landcolor="#E4E7EB",
        showocean=True,
        oceancolor="#F3F7FA",
        showcountries=True,
        countrycolor="#FFFFFF",
        countrywidth=0.5,
        showcoastlines=False,
        showlakes=False,
        showframe=False,
    )
    # A world map is about twice as wide as high: this height leaves little blank space
    # at the page's width and at the export's.
    fig = layout(fig, title=title, subtitle=subtitle, height=500, legend=bool(drawn))
    fig.update_layout(
        legend={
            "x": 0.01,
            "y": 0.02,
            "xanchor": "left",
            "yanchor": "bottom",
            "bgcolor": "rgba(255,255,255,0.85)",
            "itemclick": False,
            "itemdoubleclick": False,
        },
        margin={"l": 10, "r": _colorbar_room(fig), "b": 10},
        clickmode="event+select",
    )
    return fig


_TICKS = {",d": "{:,.0f}", ".0%": "{:.0%}", ",.0f": "{:,.0f}"}


def _colorbar_room(fig: go.Figure) -> int:
    """The right margin that holds the colour bar of the map's coloured trace (its largest
    tick label, its title above it), so that plotly need not push it and draw again."""
    bars = [t for t in fig.data if t.type == "choropleth" and t.showscale is not False]
    if not bars:
        return 10
    trace = bars[0]
    top = max((float(v) for v in trace.z if v == v), default=0.0)  # NaN != NaN
    tick = _TICKS.get(trace.colorbar.tickformat or ",d", "{:,.0f}").format(top)
    title = (trace.colorbar.title.text or "").split("<br>")
    return colorbar_margin([tick], title=title)


def _colour_trace(
    table: pd.DataFrame,
    *,
    value: str,
    colorbar_title: str,
    tickformat: str,
    customdata: list[str],
    hover: str,
) -> go.Choropleth:
    return go.Choropleth(
        geojson=basemap.features(table["iso3"]),
        locations=table["iso3"],
        z=table[value].astype(float),
        zmin=0,
        colorscale=MAP_SCALE,
        marker={"line": {"color": "#FFFFFF", "width": 0.5}},
        colorbar={
            "title": {"text": colorbar_title.replace("\n", "<br>")},
            "tickformat": tickformat,
            "len": 0.75,
            "thickness": 14,
        },
        # An object array: numbers stay numbers for the hover's formats.
        customdata=np.column_stack([table[c].to_numpy(dtype=object) for c in customdata]),
        hovertemplate=hover + "<extra></extra>",
        name="countries",
    )


@safe_labels
def country_map(
    table: pd.DataFrame,
    *,
    metric: str,
    labels: tuple[str, str],
    kind_label: str,
    n_articles: int,
    outlined: Sequence[str],
    outline_label: str,
    subtitle: str,
    region: str = "world",
) -> go.Figure:
    """World choropleth of country mentions. `table` is lib.queries.geo.country_table (iso3,
    country, entity_id, mentions, articles, share, per_million_words, named, demonym,
    capital, seat); `metric` the column coloured: mentions, share or per_million_words;
    `labels` its name and its colour-bar title with the unit, a newline where it breaks
    (lib.queries.geo.METRICS); `region`
    a key of MAP_REGIONS."""
    label, colorbar = labels
    tickformat = {"share": ".0%", "per_million_words": ",.0f"}.get(metric, ",d")
    hover = (
        "<b>%{customdata[1]}</b> (%{location})<br>"
        "%{customdata[2]:,} mentions in %{customdata[3]:,} of " + f"{n_articles:,} articles"
        " (%{customdata[4]:.0%})<br>"
        "%{customdata[5]:,.0f} mentions per million words<br>"
        "named %{customdata[6]} · demonym %{customdata[7]} · capital %{customdata[8]}"
        " · seat %{customdata[9]}"
    )
    fig = go.Figure(
        _colour_trace(
            table,
            value=metric,
            colorbar_title=colorbar,
            tickformat=tickformat,
            customdata=[
                "entity_id",
                "country",
                "mentions",
                "articles",
                "share",
                "per_million_words",
                "named",
                "demonym",
                "capital",
                "seat",
            ],
            hover=hover,
        )
    )
    title = f"Countries in the coverage: {label}" + (
        f" ({kind_label})" if kind_label != "all mentions" else ""
    )
    return _world_map(
        fig,
        outlined=outlined,
        outline_label=outline_label,
        title=title,
        subtitle=subtitle,
        region=region,
    )


@safe_labels
def partner_map(
    table: pd.DataFrame,
    *,
    name: str,
    level: str,
    outlined: Sequence[str],
    outline_label: str,
    subtitle: str,
    region: str = "world",
) -> go.Figure:
    """World choropleth of the countries found with one entity. `table` is
    lib.queries.geo.partner_countries (iso3, country, entity_id, together, articles_together,
    country_units, npmi); the colour is the number of sentences (articles) together."""
    hover = (
        "<b>%{customdata[1]}</b> (%{location}) with " + name + "<br>"
        f"%{{customdata[2]:,}} {level}s together, in %{{customdata[3]:,}} articles<br>"
        f"%{{customdata[4]:,}} {level}s name the country · NPMI %{{customdata[5]:.2f}}"
    )
    fig = go.Figure(
        _colour_trace(
            table,
            value="together",
            colorbar_title=f"{level.capitalize()}s<br>together",
            tickformat=",d",
            customdata=[
                "entity_id",
                "country",
                "together",
                "articles_together",
                "country_units",
                "npmi",
            ],
            hover=hover,
        )
    )
    return _world_map(
        fig,
        outlined=outlined,
        outline_label=outline_label,
        title=f"Countries named with {name} in the same {level}",
        subtitle=subtitle,
        region=region,
    )


def not_drawn(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of countries the map has no shape for (below its scale)."""
    return table[~table["iso3"].isin(basemap.drawable())]
