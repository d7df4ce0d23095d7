"""The co-occurrence matrix (heatmap) and network."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts.labels import place_labels
from lib.charts.style import (
    COLORBAR_PX,
    LABEL_CHARS,
    TYPE_LABELS,
    colorbar_margin,
    coloured,
    empty_figure,
    hold_labels,
    layout,
    safe_labels,
    short,
    type_colour,
    type_legend,
)


@safe_labels
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
                    f"{names.get(a, a)} × {names.get(b, b)}<br>{measure_label}: {z[i, j]:.2f}<br>{int(n[i, j])} {level}s together"
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
            colorbar={"title": {"text": measure_label, "side": "right"}, "thickness": COLORBAR_PX},
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
    fig = layout(
        fig,
        title=f"Co-occurrence matrix ({level} level, {measure_label})",
        subtitle=subtitle,
        height=max(380, 230 + 30 * size),
    )
    # The margins hold the names on the left and the colour bar on the right before plotly
    # draws: widened by its automargin after drawing, the matrix was drawn twice (0.5 s of
    # a filter change's 1.5 s in the browser on the 28.7k corpus).
    hold_labels(fig, labels, side="l")
    high = colour.get("zmax", np.nanmax(z) if np.isfinite(z).any() else 1.0)
    # Tick labels are whole counts, or a fraction's one decimal (-0.5) on a smaller range.
    ticks = [f"{v:,.0f}" if abs(high) >= 10 else f"{v:,.1f}" for v in (colour["zmin"], high)]
    fig.layout.margin.r = max(fig.layout.margin.r or 0, colorbar_margin(ticks, turned=[""]))
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


def network_layout(
    nodes: Sequence[str], edges: pd.DataFrame, *, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Spring layout with a fixed seed (stronger pairs pull closer; the same data gives the
    same picture), one connected group at a time, the groups packed in rows, largest first,
    so that small separate groups do not fling each other to the corners."""
    import networkx as nx  # here: 0.7 s to import, and only the network needs it

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


@safe_labels
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
                f"{names[s]} — {names[t]}<br>{measure_label}: {v:.2f}<br>{int(c)} {level}s together"
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
                    short(name, LABEL_CHARS) if e in labels else ""
                    for e, name in zip(rows["entity_id"], rows["name"], strict=True)
                ],
                textposition=[labels.get(e, "middle right") for e in rows["entity_id"]],
                textfont={"size": 12, "color": "#1F2933"},
                customdata=np.stack([rows["entity_id"], rows["n"]], axis=1),
                hovertext=list(rows["name"]),
                hovertemplate=f"%{{hovertext}}: in %{{customdata[1]}} {level}s<extra></extra>",
            )
        )
    fig.update_xaxes(visible=False, range=list(x_range), fixedrange=True)
    fig.update_yaxes(visible=False, range=list(y_range), fixedrange=True)
    fig = layout(fig, title=title, subtitle=subtitle, height=height, legend=True)
    fig.update_layout(
        width=width,
        margin={"l": margin_l, "r": margin_r, "t": margin_t, "b": margin_b},
        legend={"orientation": "h", "x": 1.0, "xanchor": "right", "y": 1.0, "yanchor": "bottom"},
        clickmode="event+select",
        dragmode=False,
    )
    return fig
