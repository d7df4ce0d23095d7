"""DataFrame -> plotly Figure, one function per chart. No Streamlit here.

Every chart says what it shows: a title, a subtitle with the filters in force, axis
titles with units. Each entity type has one colour across all charts (TYPE_COLOURS);
several entities of one type get shades of it. Text is placed so it does not overlap:
the network labels only the nodes it has room for (`place_labels`), the timeline
staggers its event names on rows (`stagger`).
"""

from __future__ import annotations

import colorsys
import math
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from lib import basemap

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
NEUTRAL = "#8C9BAB"  # article volume and everything that is not an entity
MUTED = "#C9CED6"
FONT = "Inter, Segoe UI, Helvetica, Arial, sans-serif"
EXPORT_WIDTH = 1200  # static exports: the width the layouts below are planned for
CHAR_PX = 6.8  # average width of a character at font size 12, for placing labels
LABEL_CHARS = 32  # longer names are cut in axis labels and on the network (full name on hover)


def type_colour(entity_type: str | None) -> str:
    return TYPE_COLOURS.get(entity_type or "", NEUTRAL)


def shade(hex_colour: str, step: int) -> str:
    """The colour of the step-th entity of one type: the base, then lighter and darker."""
    if step == 0:
        return hex_colour
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    offsets = [0.18, -0.15, 0.30, -0.25, 0.08, -0.07]
    lightness = min(max(lightness + offsets[(step - 1) % len(offsets)], 0.15), 0.85)
    r, g, b = colorsys.hls_to_rgb(h, lightness, s)
    return f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"


def entity_colours(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id -> colour, for a frame with entity_id and type (in display order)."""
    seen: dict[str, int] = {}
    colours = {}
    for entity_id, entity_type in (
        entities[["entity_id", "type"]].drop_duplicates("entity_id").itertuples(index=False)
    ):
        step = seen.get(entity_type, 0)
        seen[entity_type] = step + 1
        colours[entity_id] = shade(type_colour(entity_type), step)
    return colours


def coloured(text: str, entity_type: str | None) -> str:
    return f'<span style="color:{type_colour(entity_type)}">{_esc(text)}</span>'


def _esc(text: str) -> str:
    """Plotly renders a small subset of HTML in labels: escape what comes from the data."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def type_legend(types: Sequence[str]) -> str:
    return "   ".join(
        f'<span style="color:{type_colour(t)}">●</span> {TYPE_LABELS.get(t, t)}' for t in types
    )


def _wrap_subtitle(subtitle: str, width: int = 150) -> str:
    return "<br>".join(textwrap.wrap(_esc(subtitle), width)) or ""


def _layout(
    fig: go.Figure, *, title: str, subtitle: str, height: int, legend: bool = False
) -> go.Figure:
    sub = _wrap_subtitle(subtitle)
    lines = sub.count("<br>") + 1
    fig.update_layout(
        title={
            "text": f"{_esc(title)}<br><sup>{sub}</sup>",
            "x": 0.0,
            "xanchor": "left",
            "yref": "container",
            "y": 1.0,
            "yanchor": "top",
            "pad": {"t": 14},
        },
        template="plotly_white",
        height=height,
        font={"family": FONT, "size": 13, "color": "#1F2933"},
        margin={"l": 10, "r": 20, "t": 62 + 14 * lines, "b": 40},
        showlegend=legend,
        hoverlabel={"font": {"family": FONT}},
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    return fig


def empty_figure(message: str, *, title: str, subtitle: str, height: int = 260) -> go.Figure:
    """A chart frame that says why it has nothing to show."""
    fig = go.Figure()
    fig.add_annotation(
        text=_esc(message),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 15, "color": "#52606D"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title=title, subtitle=subtitle, height=height)


# -- bars -------------------------------------------------------------------------------------


def top_entities_bar(
    counts: pd.DataFrame, *, entity_type: str, subtitle: str, top: int = 10
) -> go.Figure:
    """Horizontal bars: the most mentioned entities of one type.

    `counts` has columns name, n_mentions, n_articles (one row per entity)."""
    data = counts.nlargest(top, "n_mentions").iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=data["n_mentions"],
            y=[short(n, LABEL_CHARS) for n in data["name"]],
            orientation="h",
            marker_color=TYPE_COLOURS.get(entity_type, NEUTRAL),
            customdata=np.stack([data["n_articles"], [_esc(n) for n in data["name"]]], axis=1),
            hovertemplate="%{customdata[1]}: %{x} mentions in %{customdata[0]} articles<extra></extra>",
        )
    )
    # Counts are whole numbers: no 0.5 ticks on small axes.
    fig.update_xaxes(
        title_text="Mentions (count)", dtick=1 if data["n_mentions"].max() <= 8 else None
    )
    fig.update_yaxes(title_text=None, automargin=True)
    label = TYPE_LABELS.get(entity_type, entity_type)
    return _layout(
        fig,
        title=f"Most mentioned {label.lower()}",
        subtitle=subtitle,
        height=130 + 28 * max(len(data), 1),
    )


def partners_bar(
    partners: pd.DataFrame, *, name: str, measure: str, level: str, subtitle: str, top: int = 15
) -> go.Figure:
    """Horizontal bars: who and what appears with one entity. `partners` has name, type,
    value (the measure), n_pair."""
    data = partners.head(top).iloc[::-1]
    measure_label = {"npmi": "NPMI", "pmi": "PMI", "count": f"{level}s together"}[measure]
    fig = go.Figure(
        go.Bar(
            x=data["value"],
            y=[_esc(short(n, LABEL_CHARS)) for n in data["name"]],
            orientation="h",
            marker_color=[type_colour(t) for t in data["type"]],
            customdata=data[["n_pair", "type"]].to_numpy(),
            hovertemplate=f"%{{y}} (%{{customdata[1]}}): {measure_label} %{{x:.2f}}, %{{customdata[0]}} {level}s together<extra></extra>",
        )
    )
    fig.update_xaxes(
        title_text=f"{measure_label} ({'count' if measure == 'count' else 'association, unitless'})"
    )
    fig.update_yaxes(automargin=True)
    return _layout(
        fig,
        title=f"Who and what appears with {name}",
        subtitle=subtitle,
        height=130 + 26 * max(len(data), 1),
    )


def volume_bars(
    frame: pd.DataFrame, *, freq: str, subtitle: str, title: str = "Coverage volume"
) -> go.Figure:
    """Articles per week or month. `frame` has period, n_articles."""
    unit = {"W": "week", "MS": "month"}.get(freq, "day")
    fig = go.Figure(
        go.Bar(
            x=frame["period"],
            y=frame["n_articles"],
            marker_color=NEUTRAL,
            hovertemplate=f"{unit} of %{{x|%d %b %Y}}: %{{y}} articles<extra></extra>",
        )
    )
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig.update_yaxes(title_text=f"Articles per {unit}", rangemode="tozero")
    return _layout(fig, title=title, subtitle=subtitle, height=320)


def mention_traces(series: pd.DataFrame, *, unit: str) -> list[go.Scatter]:
    """One line per entity of mentions per period, in the entity's colour."""
    colours = entity_colours(series)
    return [
        go.Scatter(
            x=rows["period"],
            y=rows["n_mentions"],
            mode="lines+markers",
            name=_esc(rows["name"].iloc[0]),
            line={"color": colours[entity_id], "width": 2},
            marker={"size": 5},
            hovertemplate=f"%{{fullData.name}}, {unit} of %{{x|%d %b %Y}}: %{{y}} mentions<extra></extra>",
        )
        for entity_id, rows in series.groupby("entity_id", sort=False)
    ]


def mentions_lines(series: pd.DataFrame, *, freq: str, subtitle: str, title: str) -> go.Figure:
    """Mentions per period, one line per entity. `series` has period, entity_id, name,
    type, n_mentions."""
    unit = {"W": "week", "MS": "month"}.get(freq, "day")
    fig = go.Figure()
    for line in mention_traces(series, unit=unit):
        fig.add_trace(line)
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig.update_yaxes(title_text=f"Mentions per {unit}", rangemode="tozero")
    fig = _layout(fig, title=title, subtitle=subtitle, height=340, legend=True)
    fig.update_layout(legend={"orientation": "h", "y": -0.25})
    return fig


# -- co-occurrence ----------------------------------------------------------------------------


def cooccurrence_heatmap(
    square: pd.DataFrame,
    counts: pd.DataFrame,
    *,
    names: Mapping[str, str],
    types: Mapping[str, str],
    measure: str,
    level: str,
    subtitle: str,
) -> go.Figure:
    """The matrix of a measure between the entities of `square` (entity_id x entity_id);
    `counts` is the same matrix of n_pair. Tick labels take their entity type's colour.
    An invisible marker on each filled cell makes it clickable (drill-down)."""
    ids = list(square.index)
    labels = [coloured(short(names.get(e, e), LABEL_CHARS), types.get(e)) for e in ids]
    z = square.to_numpy(dtype=float)
    n = counts.reindex(index=ids, columns=ids).to_numpy(dtype=float)
    measure_label = {"npmi": "NPMI", "pmi": "PMI", "count": f"{level}s together"}[measure]
    if measure == "count":
        colour = {"colorscale": "Blues", "zmin": 0}
    else:
        bound = (
            1.0
            if measure == "npmi"
            else float(np.nanmax(np.abs(z)))
            if np.isfinite(z).any()
            else 1.0
        )
        colour = {
            "colorscale": "RdBu",
            "reversescale": True,
            "zmid": 0,
            "zmin": -bound,
            "zmax": bound,
        }
    hover = np.empty(z.shape, dtype=object)
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            if np.isnan(z[i, j]):
                hover[i, j] = ""
            else:
                hover[i, j] = (
                    f"{_esc(names.get(a, a))} × {_esc(names.get(b, b))}<br>{measure_label}: {z[i, j]:.2f}<br>{int(n[i, j])} {level}s together"
                )
    # Numeric axes with the names as tick labels: the clickable markers sit exactly on the cells.
    positions = list(range(len(ids)))
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=positions,
            y=positions,
            text=hover,
            hovertemplate="%{text}<extra></extra>",
            hoverongaps=False,
            colorbar={"title": {"text": measure_label, "side": "right"}, "thickness": 14},
            xgap=1,
            ygap=1,
            **colour,
        )
    )
    rows, cols = np.nonzero(~np.isnan(z))
    upper = rows < cols  # one clickable marker per pair
    fig.add_trace(
        go.Scatter(
            x=cols[upper].tolist(),
            y=rows[upper].tolist(),
            mode="markers",
            marker={"size": 16, "color": "rgba(0,0,0,0)", "symbol": "square"},
            customdata=[[ids[r], ids[c]] for r, c in zip(rows[upper], cols[upper], strict=True)],
            text=[hover[r, c] for r, c in zip(rows[upper], cols[upper], strict=True)],
            hovertemplate="%{text}<extra></extra>",
            name="pairs",
            showlegend=False,
        )
    )
    fig.update_xaxes(tickvals=positions, ticktext=labels, range=[-0.5, len(ids) - 0.5])
    fig.update_yaxes(tickvals=positions, ticktext=labels, range=[len(ids) - 0.5, -0.5])
    size = len(ids)
    fig.update_xaxes(
        tickangle=-45, automargin=True, showgrid=False, zeroline=False, title_text=None
    )
    fig.update_yaxes(
        automargin=True,
        showgrid=False,
        zeroline=False,
        title_text=None,
        scaleanchor="x",
        scaleratio=1,
        constrain="domain",
    )  # square cells
    fig.update_xaxes(constrain="domain")
    fig = _layout(
        fig,
        title=f"Co-occurrence matrix ({level} level, {measure_label})",
        subtitle=subtitle,
        height=max(380, 230 + 30 * size),
    )
    present = [t for t in TYPE_LABELS if t in set(types.get(e) for e in ids)]
    fig.add_annotation(
        text=type_legend(present),
        x=1.0,
        y=1.0,
        xref="paper",
        yref="paper",
        xanchor="right",
        yanchor="bottom",
        showarrow=False,
        font={"size": 12},
    )
    fig.update_layout(clickmode="event+select", dragmode=False)
    return fig


@dataclass(frozen=True)
class LabelBox:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: LabelBox, pad: float = 2.0) -> bool:
        return not (
            self.x1 + pad <= other.x0
            or other.x1 + pad <= self.x0
            or self.y1 + pad <= other.y0
            or other.y1 + pad <= self.y0
        )


POSITIONS = ("middle right", "middle left", "top center", "bottom center")


def label_box(
    x: float,
    y: float,
    text: str,
    radius: float,
    position: str,
    *,
    char_px: float = CHAR_PX,
    line_px: float = 15.0,
) -> LabelBox:
    """Where a label of `text` at a marker of `radius` (pixels, y down) lies for a
    plotly textposition."""
    w = len(text) * char_px
    gap = radius + 3
    if position == "middle right":
        return LabelBox(x + gap, y - line_px / 2, x + gap + w, y + line_px / 2)
    if position == "middle left":
        return LabelBox(x - gap - w, y - line_px / 2, x - gap, y + line_px / 2)
    if position == "top center":
        return LabelBox(x - w / 2, y - gap - line_px, x + w / 2, y - gap)
    return LabelBox(x - w / 2, y + gap, x + w / 2, y + gap + line_px)


def place_labels(
    points: pd.DataFrame, *, width: float, height: float, max_labels: int = 25
) -> dict[str, str]:
    """Label positions that overlap neither another label nor a marker nor the edge of the
    plot. `points` has key, x, y (pixels, y down), text, radius, in order of importance;
    returns key -> textposition for the points that get a label (the others: hover only)."""
    markers = [
        LabelBox(x - r, y - r, x + r, y + r)
        for x, y, r in points[["x", "y", "radius"]].itertuples(index=False)
    ]
    placed: list[LabelBox] = []
    chosen: dict[str, str] = {}
    for i, (key, x, y, text, radius) in enumerate(
        points[["key", "x", "y", "text", "radius"]].itertuples(index=False)
    ):
        if len(chosen) >= max_labels:
            break
        for position in POSITIONS:
            box = label_box(x, y, text, radius, position)
            if box.x0 < 0 or box.x1 > width or box.y0 < 0 or box.y1 > height:
                continue
            if any(box.overlaps(b) for b in placed):
                continue
            if any(box.overlaps(m, pad=0) for j, m in enumerate(markers) if j != i):
                continue
            placed.append(box)
            chosen[key] = position
            break
    return chosen


def network_layout(
    nodes: Sequence[str], edges: pd.DataFrame, *, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Spring layout with a fixed seed (stronger pairs pull closer; the same data gives the
    same picture), one connected group at a time, the groups packed in rows, largest first,
    so that small separate groups do not fling each other to the corners."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for source, target, w in edges[["source", "target", "w"]].itertuples(index=False):
        graph.add_edge(source, target, weight=float(w))
    groups = sorted(nx.connected_components(graph), key=lambda g: (-len(g), sorted(g)[0]))
    row_width = max(2.2 * math.sqrt(len(graph)), 2.0)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for group in groups:
        sub = graph.subgraph(group)
        side = 1.1 * math.sqrt(len(group))  # a group's box grows with its size
        if len(group) == 1:
            local = {next(iter(group)): np.zeros(2)}
        else:
            local = nx.spring_layout(
                sub, seed=seed, weight="weight", k=1.5 / math.sqrt(len(group)), iterations=200
            )
        pts = np.array(list(local.values()))
        lo, span = pts.min(axis=0), np.ptp(pts, axis=0)
        span[span == 0] = 1.0
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - 0.6, 0.0
        for node, p in local.items():
            q = (p - lo) / span if len(group) > 1 else np.full(2, 0.5)
            pos[node] = (float(x + q[0] * side), float(y - (1 - q[1]) * side))
        x += side + 0.6
        row_height = max(row_height, side)
    return pos


def cooccurrence_network(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    *,
    measure: str,
    level: str,
    subtitle: str,
    width: int = 1000,
    height: int = 680,
    max_labels: int = 80,
) -> go.Figure:
    """Entities as nodes (size: units they appear in; colour: type), pairs as edges (width:
    the measure). `nodes` has entity_id, name, type, n; `edges` has source, target, value,
    n_pair. Labels go only where they fit; every node and edge has a hover text, and a
    marker at the middle of each edge makes it clickable (drill-down)."""
    title = f"Co-occurrence network ({level} level, {({'npmi': 'NPMI', 'pmi': 'PMI', 'count': 'count'})[measure]})"
    if nodes.empty or edges.empty:
        return empty_figure(
            "No pairs pass these settings: lower the minimum count or widen the filters.",
            title=title,
            subtitle=subtitle,
        )
    values = edges["value"].astype(float)
    lo, hi = float(values.min()), float(values.max())
    span = hi - lo or 1.0
    edges = edges.assign(w=0.15 + 0.85 * (values - lo) / span)
    pos = network_layout(list(nodes["entity_id"]), edges)
    xs = np.array([pos[e][0] for e in nodes["entity_id"]])
    ys = np.array([pos[e][1] for e in nodes["entity_id"]])
    # Room around the outermost nodes for their markers (up to 22 px) and labels.
    x_pad = 0.06 * float(np.ptp(xs) or 1.0) + 0.1
    y_pad = 0.08 * float(np.ptp(ys) or 1.0) + 0.1
    x_range = (xs.min() - x_pad, xs.max() + x_pad)
    y_range = (ys.min() - y_pad, ys.max() + y_pad)
    margin_t, margin_b, margin_l, margin_r = 90, 30, 10, 10
    plot_w, plot_h = width - margin_l - margin_r, height - margin_t - margin_b

    def to_px(x: float, y: float) -> tuple[float, float]:
        return (
            (x - x_range[0]) / (x_range[1] - x_range[0]) * plot_w,
            (y_range[1] - y) / (y_range[1] - y_range[0]) * plot_h,
        )

    n = nodes["n"].astype(float)
    radius = (5 + 17 * np.sqrt((n - n.min()) / ((n.max() - n.min()) or 1.0))).to_numpy()
    degree = edges["source"].value_counts().add(edges["target"].value_counts(), fill_value=0)
    order = nodes.assign(
        degree=nodes["entity_id"].map(degree).fillna(0), radius=radius
    ).sort_values(["degree", "n"], ascending=False)
    px_points = pd.DataFrame(
        {
            "key": order["entity_id"],
            "x": [to_px(*pos[e])[0] for e in order["entity_id"]],
            "y": [to_px(*pos[e])[1] for e in order["entity_id"]],
            "text": [short(n, LABEL_CHARS) for n in order["name"]],
            "radius": order["radius"],
        }
    )
    labels = place_labels(px_points, width=plot_w, height=plot_h, max_labels=max_labels)

    fig = go.Figure()
    # Edges in five width classes (one trace each: a plotly line has one width).
    edges = edges.assign(cls=np.minimum((edges["w"] * 5).astype(int), 4))
    for cls, rows in edges.groupby("cls"):
        ex, ey = [], []
        for s, t in rows[["source", "target"]].itertuples(index=False):
            ex += [pos[s][0], pos[t][0], None]
            ey += [pos[s][1], pos[t][1], None]
        fig.add_trace(
            go.Scatter(
                x=ex,
                y=ey,
                mode="lines",
                line={
                    "width": 0.8 + 1.6 * cls,
                    "color": f"rgba(82,96,109,{0.25 + 0.12 * cls:.2f})",
                },
                hoverinfo="skip",
                showlegend=False,
            )
        )
    names = dict(zip(nodes["entity_id"], nodes["name"], strict=True))
    measure_label = {"npmi": "NPMI", "pmi": "PMI", "count": "count"}[measure]
    fig.add_trace(
        go.Scatter(
            x=[
                (pos[s][0] + pos[t][0]) / 2
                for s, t in zip(edges["source"], edges["target"], strict=True)
            ],
            y=[
                (pos[s][1] + pos[t][1]) / 2
                for s, t in zip(edges["source"], edges["target"], strict=True)
            ],
            mode="markers",
            marker={"size": 9, "color": "rgba(82,96,109,0.05)"},
            customdata=edges[["source", "target"]].to_numpy(),
            text=[
                f"{_esc(names[s])} — {_esc(names[t])}<br>{measure_label}: {v:.2f}<br>{int(c)} {level}s together"
                for s, t, v, c in zip(
                    edges["source"], edges["target"], edges["value"], edges["n_pair"], strict=True
                )
            ],
            hovertemplate="%{text}<extra></extra>",
            name="pairs",
            showlegend=False,
        )
    )
    radius_of = dict(zip(order["entity_id"], order["radius"], strict=True))
    for entity_type in TYPE_LABELS:
        rows = nodes[nodes["type"] == entity_type]
        if rows.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=[pos[e][0] for e in rows["entity_id"]],
                y=[pos[e][1] for e in rows["entity_id"]],
                mode="markers+text",
                name=TYPE_LABELS[entity_type],
                unselected={"marker": {"opacity": 1.0}},
                marker={
                    "opacity": 1.0,
                    "size": [2 * radius_of[e] for e in rows["entity_id"]],
                    "color": type_colour(entity_type),
                    "line": {"width": 1, "color": "white"},
                },
                text=[
                    _esc(short(name, LABEL_CHARS)) if e in labels else ""
                    for e, name in zip(rows["entity_id"], rows["name"], strict=True)
                ],
                textposition=[labels.get(e, "middle right") for e in rows["entity_id"]],
                textfont={"size": 12, "color": "#1F2933"},
                customdata=np.stack([rows["entity_id"], rows["n"]], axis=1),
                hovertext=[_esc(n) for n in rows["name"]],
                hovertemplate=f"%{{hovertext}}: in %{{customdata[1]}} {level}s<extra></extra>",
            )
        )
    fig.update_xaxes(visible=False, range=list(x_range), fixedrange=True)
    fig.update_yaxes(visible=False, range=list(y_range), fixedrange=True)
    fig = _layout(fig, title=title, subtitle=subtitle, height=height, legend=True)
    fig.update_layout(
        width=width,
        margin={"l": margin_l, "r": margin_r, "t": margin_t, "b": margin_b},
        legend={"orientation": "h", "x": 1.0, "xanchor": "right", "y": 1.0, "yanchor": "bottom"},
        clickmode="event+select",
        dragmode=False,
    )
    return fig


# -- timeline ---------------------------------------------------------------------------------


def stagger(
    starts: Sequence[float],
    ends: Sequence[float],
    widths: Sequence[float],
    *,
    gap: float = 10.0,
    max_rows: int | None = None,
) -> list[int | None]:
    """Rows for items that take [start, max(end, start + width)] (pixels), in the given
    order (most important first): each goes on the first row where it overlaps nothing.
    None when no row of the `max_rows` has room."""
    rows: list[list[tuple[float, float]]] = []
    placed: list[int | None] = []
    for start, end, w in zip(starts, ends, widths, strict=True):
        lo, hi = start, max(end, start + w)
        for index, spans in enumerate(rows):
            if all(hi + gap <= a or b + gap <= lo for a, b in spans):
                spans.append((lo, hi))
                placed.append(index)
                break
        else:
            if max_rows is None or len(rows) < max_rows:
                rows.append([(lo, hi)])
                placed.append(len(rows) - 1)
            else:
                placed.append(None)
    return placed


def timeline_lanes(
    kb: pd.DataFrame, *, start: date, end: date, plot_width: float, max_lanes: int = 18
) -> pd.DataFrame:
    """Where each knowledge-base event's mark and name go on the timeline: lane, label,
    textposition. Events spoken of in the articles are placed first; a name that finds no
    room on `max_lanes` rows is left out (the mark stays, on a last row, with its hover)."""
    t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    px_per_day = plot_width / max((t1 - t0).days, 1)
    kb = kb.reset_index(drop=True)
    first = pd.to_datetime(kb["date_start"]).clip(lower=t0)
    last = pd.to_datetime(kb["date_end"]).fillna(first).clip(upper=t1)
    x = ((first - t0).dt.days * px_per_day).to_numpy(dtype=float)
    x_end = ((last - t0).dt.days * px_per_day).to_numpy(dtype=float)
    # The date is on the axis: "NATO-Russia Council meeting (20 April 2016)" loses its brackets.
    labels = [short(re.sub(r"\s*\([^)]*\)", "", n), 28) for n in kb["name"]]
    widths = np.array([14 + CHAR_PX * 0.92 * len(label) for label in labels])
    left = x + widths > plot_width  # past the right edge: the name goes left of the mark
    lo = np.where(left, x - widths, x)
    hi = np.where(left, np.maximum(x, x_end), np.maximum(x_end, x + widths))
    spoken = (kb["n_articles"] > 0).to_numpy()
    order = sorted(range(len(kb)), key=lambda i: (not spoken[i], x[i]))
    lanes = stagger(lo[order], hi[order], [0.0] * len(order), max_rows=max_lanes)
    lane = np.full(len(kb), max_lanes, dtype=int)
    label = [""] * len(kb)
    for i, row in zip(order, lanes, strict=True):
        if row is not None:
            lane[i], label[i] = row, labels[i]
    return pd.DataFrame(
        {
            "lane": lane,
            "label": label,
            "textposition": np.where(left, "middle left", "middle right"),
        }
    )


def short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline(
    kb: pd.DataFrame,
    volume: pd.DataFrame,
    series: pd.DataFrame,
    points: pd.DataFrame,
    *,
    start: date,
    end: date,
    freq: str,
    subtitle: str,
    plot_width: float = 860,
) -> go.Figure:
    """Knowledge-base events as marks with their names (on staggered rows), the article
    volume as bars, the mentions of the chosen entities as lines, the events found in the
    articles as points (by their resolved dates), on one time axis.

    `kb`: entity_id, name, type, date_start, date_end, n_articles; `volume`: period,
    n_articles; `series`: period, entity_id, name, type, n_mentions; `points`: entity_id,
    name, type, date_start, n_mentions, n_articles. Names are placed for a plot area of
    `plot_width` pixels or more (the page's, and the export's 1200)."""
    unit = {"W": "week", "MS": "month"}.get(freq, "day")
    t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    kb = kb.assign(
        date_start=pd.to_datetime(kb["date_start"]),
        date_end=pd.to_datetime(kb["date_end"]).fillna(pd.to_datetime(kb["date_start"])),
    )
    kb = kb.sort_values("date_start").reset_index(drop=True)
    places = timeline_lanes(kb, start=start, end=end, plot_width=plot_width)
    n_lanes = int(places["lane"].max()) + 1 if len(kb) else 1
    heights = [n_lanes * 20 + 24, 150, 170, 120]
    fig = make_subplots(
        rows=4,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.045,
        row_heights=heights,
        subplot_titles=(
            "Knowledge-base events (click a mark for the articles that speak of it; red: spoken of)",
            f"Articles per {unit}",
            f"Mentions per {unit}",
            "Events found in the articles, by their date",
        ),
    )
    fig.update_annotations(font={"size": 12, "color": "#52606D"}, x=0, xanchor="left")
    if len(kb):
        kb = pd.concat([kb, places], axis=1)
        mentioned = (kb["n_articles"] > 0).to_numpy()
        seg_x, seg_y = [], []
        for s, e, lane in zip(kb["date_start"], kb["date_end"], kb["lane"], strict=True):
            if (e - s).days >= 1:
                seg_x += [max(s, t0), min(e, t1), None]
                seg_y += [lane, lane, None]
        if seg_x:
            fig.add_trace(
                go.Scatter(
                    x=seg_x,
                    y=seg_y,
                    mode="lines",
                    line={"width": 7, "color": "rgba(228,87,86,0.30)"},
                    hoverinfo="skip",
                    showlegend=False,
                ),
                row=1,
                col=1,
            )
        hover = [
            f"<b>{_esc(n)}</b><br>{_esc(t)} · {s:%d %b %Y}{'' if (e - s).days < 1 else f' – {e:%d %b %Y}'}<br>{k} of the filtered articles speak of it"
            for n, t, s, e, k in zip(
                kb["name"],
                kb["type"],
                kb["date_start"],
                kb["date_end"],
                kb["n_articles"],
                strict=True,
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=kb["date_start"].clip(lower=t0),
                y=kb["lane"],
                mode="markers+text",
                marker={
                    "symbol": "diamond",
                    "size": 11,
                    "color": np.where(mentioned, TYPE_COLOURS["event"], "#B0B7C0"),
                    "line": {"width": 1, "color": "white"},
                },
                text=[_esc(label) for label in kb["label"]],
                textposition=kb["textposition"].tolist(),
                textfont={"size": 11, "color": ["#1F2933" if m else "#7B8794" for m in mentioned]},
                customdata=kb[["entity_id"]].to_numpy(),
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
                name="knowledge-base events",
                showlegend=False,
            ),
            row=1,
            col=1,
        )
        # One dotted rule down the whole figure per event spoken of (set at once: plotly's
        # add_vline costs a tenth of a second each).
        fig.update_layout(
            shapes=[
                {
                    "type": "line", "xref": "x", "yref": "paper", "x0": s, "x1": s, "y0": 0, "y1": 1,
                    "line": {"width": 1, "dash": "dot", "color": "rgba(228,87,86,0.35)"}, "layer": "below",
                }
                for s in kb.loc[mentioned, "date_start"]
            ]
        )  # fmt: skip
    else:
        _note(fig, "No knowledge-base event in this range.", row=1, x=t0)
    fig.update_yaxes(row=1, col=1, visible=False, range=[n_lanes - 0.4, -0.6], fixedrange=True)
    # Volume.
    if len(volume):
        fig.add_trace(
            go.Bar(
                x=volume["period"],
                y=volume["n_articles"],
                marker_color=NEUTRAL,
                name="articles",
                showlegend=False,
                hovertemplate=f"{unit} of %{{x|%d %b %Y}}: %{{y}} articles<extra></extra>",
            ),
            row=2,
            col=1,
        )
    else:
        _note(fig, "No dated articles in this range.", row=2, x=t0)
    fig.update_yaxes(row=2, col=1, title_text="articles", rangemode="tozero")
    # Entity mentions.
    if len(series):
        for line in mention_traces(series, unit=unit):
            fig.add_trace(line, row=3, col=1)
    else:
        _note(fig, "No mentions of these entities in dated articles of this range.", row=3, x=t0)
    fig.update_yaxes(row=3, col=1, title_text="mentions", rangemode="tozero")
    # Event mentions from the articles.
    if len(points):
        linked = points["entity_id"].notna()
        fig.add_trace(
            go.Scatter(
                x=points["date_start"],
                y=points["n_mentions"],
                mode="markers",
                name="events in articles",
                showlegend=False,
                marker={
                    "size": 5
                    + 15
                    * np.sqrt(
                        points["n_articles"].astype(float)
                        / max(float(points["n_articles"].max()), 1.0)
                    ),
                    "color": np.where(linked, TYPE_COLOURS["event"], NEUTRAL),
                    "opacity": 0.7,
                    "line": {"width": 1, "color": "white"},
                },
                customdata=points[["entity_id"]].fillna("").to_numpy(),
                hovertext=[
                    f"{_esc(n)} ({_esc(t)}), {d:%d %b %Y}: {m} mentions in {a} articles"
                    for n, t, d, m, a in zip(
                        points["name"],
                        points["type"],
                        points["date_start"],
                        points["n_mentions"],
                        points["n_articles"],
                        strict=True,
                    )
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=4,
            col=1,
        )
    else:
        _note(fig, "No dated event mentions in these articles and this range.", row=4, x=t0)
    fig.update_yaxes(row=4, col=1, title_text="mentions", rangemode="tozero")
    fig.update_xaxes(range=[t0, t1 + pd.Timedelta(days=1)], showgrid=True, gridcolor="#EEF0F3")
    fig.update_xaxes(
        row=4,
        col=1,
        title_text=f"Date (publication {unit} for articles and mentions; event dates for marks and points)",
    )
    total = sum(heights) + 230
    fig = _layout(fig, title="Timeline", subtitle=subtitle, height=total, legend=True)
    fig.update_layout(
        legend={
            "orientation": "h",
            "x": 1.0,
            "xanchor": "right",
            "y": fig.layout.yaxis3.domain[1] + 0.004,
            "yanchor": "bottom",
            "title": {"text": "Mentions of: "},
            "font": {"size": 12},
            "bgcolor": "rgba(255,255,255,0.8)",
        },
        clickmode="event+select",
        bargap=0.1,
    )
    return fig


def _note(fig: go.Figure, text: str, *, row: int, x: pd.Timestamp) -> None:
    """A message in the middle of an empty panel of a subplot figure."""
    axis = "" if row == 1 else str(row)
    # plotly draws no axes for a panel without a trace, and the note would have nowhere
    # to go: an invisible point keeps the panel.
    fig.add_trace(
        go.Scatter(
            x=[x], y=[0], mode="markers", marker={"opacity": 0}, hoverinfo="skip", showlegend=False
        ),
        row=row,
        col=1,
    )
    fig.add_annotation(
        text=_esc(text),
        xref=f"x{axis} domain",
        yref=f"y{axis} domain",
        x=0.5,
        y=0.5,
        showarrow=False,
        font={"size": 12, "color": "#7B8794"},
    )


# -- maps -------------------------------------------------------------------------------------

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
                name=_esc(outline_label),
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
    fig = _layout(fig, title=title, subtitle=subtitle, height=500, legend=bool(drawn))
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
        margin={"l": 10, "r": 10, "b": 10},
        clickmode="event+select",
    )
    return fig


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
            "title": {"text": colorbar_title},
            "tickformat": tickformat,
            "len": 0.75,
            "thickness": 14,
        },
        # An object array: numbers stay numbers for the hover's formats, names are escaped.
        customdata=np.column_stack(
            [
                table[c].to_numpy(dtype=object)
                if pd.api.types.is_numeric_dtype(table[c])
                else np.array([_esc(v) for v in table[c]], dtype=object)
                for c in customdata
            ]
        ),
        hovertemplate=hover + "<extra></extra>",
        name="countries",
    )


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
    """World choropleth of country mentions. `table` is lib.geo.country_table (iso3,
    country, entity_id, mentions, articles, share, per_million_words, named, demonym,
    capital, seat); `metric` the column coloured: mentions, share or per_million_words;
    `labels` its name and its colour-bar title with the unit (lib.geo.METRICS); `region`
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
    lib.geo.partner_countries (iso3, country, entity_id, together, articles_together,
    country_units, npmi); the colour is the number of sentences (articles) together."""
    hover = (
        "<b>%{customdata[1]}</b> (%{location}) with " + _esc(name) + "<br>"
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
