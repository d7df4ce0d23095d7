"""The comparison page's charts: DataFrame (from lib.queries.compare) -> plotly Figure. No Streamlit.

Each group has one colour across the page (GROUP_COLOURS, by its position); entities keep
their type's colour where a chart shows entities of one group. Titles say what is drawn,
axes carry units, subtitles the filters in force and the groups' definitions. The scatter
labels only its strongest outliers, placed where they overlap neither another label nor a
marker (lib.charts.place_labels, in the pixels of the planned plot area).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib import charts
from lib.charts.panels import panels
from lib.charts.style import (
    LABEL_CHARS,
    MUTED,
    empty_figure,
    hold_labels,
    layout,
    rule,
    safe_labels,
    short,
)
from lib.charts.time_axis import with_empty_neighbours
from lib.queries.periods import FREQ_LABEL

# Blue, vermilion, green, purple: told apart with the common colour-vision deficiencies.
GROUP_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
Z_LINE = 1.96
# Terms drawn in the scatter of one group against another (largest |z|): past a thousand,
# the rest sit in the grey cloud of no clear difference, and each point costs the browser.
MAX_POINTS = 1000
TONE_AXIS = "Mean tone (−1 … +1)"
TONE_NOTE = "tone: −1 hostile … +1 conciliatory, mean of the sentences that mention an entity"
# On a tone chart whose selection holds articles not in English (VADER reads English only).
NO_TONE_NOTE = "English sentences only: no tone for other languages"


def group_colour(index: int) -> str:
    return GROUP_COLOURS[index % len(GROUP_COLOURS)]


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _order(frame: pd.DataFrame, labels: Sequence[str]) -> list[tuple[int, str, pd.DataFrame]]:
    """(index, label, rows) per group, in the groups' order."""
    return [(i, label, frame[frame["group"] == label]) for i, label in enumerate(labels)]


# -- volume -----------------------------------------------------------------------------------


@safe_labels
def volume_bars(
    frame: pd.DataFrame, *, labels: Sequence[str], freq: str, measure: str, subtitle: str
) -> go.Figure:
    """Articles per period, a bar per group side by side: raw counts (measure="count") or each
    group's share of its own articles (measure="share"). `frame`: group, period, n_articles,
    share."""
    unit = FREQ_LABEL.get(freq, "period")
    share = measure == "share"
    title = "Coverage volume by group" + (" (share of each group's articles)" if share else "")
    if frame.empty:
        return empty_figure(
            "No dated articles in these groups.", title=title, subtitle=subtitle, height=300
        )
    padded = with_empty_neighbours(frame, freq, zero=("n_articles", "share"), by="group")
    fig = go.Figure()
    for i, label, rows in _order(padded, labels):
        fig.add_trace(
            go.Bar(
                x=rows["period"],
                y=rows["share"] * 100 if share else rows["n_articles"],
                name=label,
                marker_color=group_colour(i),
                customdata=np.stack([rows["n_articles"], rows["share"] * 100], axis=1),
                hovertemplate=f"%{{fullData.name}}, {unit} of %{{x|%d %b %Y}}: "
                "%{customdata[0]} articles (%{customdata[1]:.1f}% of the group's)<extra></extra>",
            )
        )
    fig.update_xaxes(title_text=f"Publication {unit}")
    top = float(frame["n_articles"].max()) if len(frame) else 0.0
    fig.update_yaxes(
        title_text=f"Share of the group's articles per {unit} (%)"
        if share
        else f"Articles per {unit}",
        rangemode="tozero",
        dtick=1 if not share and top <= 8 else None,  # counts are whole numbers
    )
    fig = layout(fig, title=title, subtitle=subtitle, height=360, legend=True)
    fig.update_layout(barmode="group", bargap=0.15, legend={"orientation": "h", "y": -0.22})
    return fig


# -- entity shares ----------------------------------------------------------------------------


@safe_labels
def entity_share_bars(frame: pd.DataFrame, *, labels: Sequence[str], subtitle: str) -> go.Figure:
    """Grouped horizontal bars: the share of each group's articles that mention each entity.
    `frame`: group, entity_id, name, type, n_articles, group_articles, share."""
    title = "Share of each group's articles that mention an entity"
    if frame.empty:
        return empty_figure("No entities in these groups.", title=title, subtitle=subtitle)
    order = frame.groupby("entity_id", sort=False)["share"].max().sort_values(ascending=True)
    names = frame.drop_duplicates("entity_id").set_index("entity_id")["name"]
    y_labels = {e: short(str(names[e]), LABEL_CHARS) for e in order.index}
    fig = go.Figure()
    for i, label, rows in reversed(_order(frame, labels)):
        rows = rows.set_index("entity_id").reindex(order.index)
        fig.add_trace(
            go.Bar(
                x=rows["share"] * 100,
                y=[y_labels[e] for e in order.index],
                orientation="h",
                name=label,
                marker_color=group_colour(i),
                customdata=np.stack(
                    [order.index, rows["n_articles"], rows["group_articles"]], axis=1
                ),
                hovertemplate="%{fullData.name}: %{x:.0f}% of its articles mention %{y} "
                "(%{customdata[1]} of %{customdata[2]})<extra></extra>",
            )
        )
    fig.update_xaxes(title_text="Articles of the group that mention the entity (%)", range=[0, 104])
    fig.update_yaxes(automargin=True)
    height = 150 + len(order) * (10 + 9 * len(labels))
    fig = layout(fig, title=title, subtitle=subtitle, height=height, legend=True)
    hold_labels(fig, list(y_labels.values()))
    fig.update_layout(
        barmode="group",
        bargap=0.25,
        legend={"orientation": "h", "x": 1.0, "xanchor": "right", "y": 1.0, "yanchor": "bottom",
                "traceorder": "reversed"},
        clickmode="event+select",
    )  # fmt: skip
    return fig


# -- distinctive terms ------------------------------------------------------------------------


@safe_labels
def distinctive_bars(
    frame: pd.DataFrame, *, labels: Sequence[str], kind: str, subtitle: str, top: int = 10
) -> go.Figure:
    """One panel per group: the `top` terms most distinctive of it, as bars of their z-score
    (weighted log-odds, informative Dirichlet prior); the dotted line is z = 1.96. Entities
    take their type's colour, words the group's; bars below the line are pale.
    `frame` (compare.distinctive_terms): group, rank, term, name, type, n_group, n_other, z."""
    noun = "entities" if kind == "entity" else "words"
    title = f"Distinctive {noun} of each group (weighted log-odds z-score)"
    frame = frame[frame["rank"] <= top]  # every term of every group may be given
    if frame.empty:
        return empty_figure(f"No {noun} in these groups.", title=title, subtitle=subtitle)
    cols = len(labels) if len(labels) <= 3 else 2
    n_rows = math.ceil(len(labels) / cols)
    fig = panels(
        rows=n_rows,
        cols=cols,
        subplot_titles=[
            f'<span style="color:{group_colour(i)}">■</span> {short(label, 50)}'
            for i, label in enumerate(labels)
        ],
        horizontal_spacing=0.6 / cols,
        vertical_spacing=0.14 if n_rows > 1 else 0.0,
    )
    fig.update_annotations(font={"size": 13, "color": "#1F2933"})
    z_max = max(float(frame["z"].max()), Z_LINE) * 1.08
    traces, rules = [], []
    for i, label, rows in _order(frame, labels):
        rows = rows[rows["rank"] <= top].iloc[::-1]
        axes = "" if i == 0 else str(i + 1)  # the panel's axes (counted row by row)
        colour = [
            charts.type_colour(t) if kind == "entity" else group_colour(i) for t in rows["type"]
        ]
        traces.append(
            go.Bar(
                x=rows["z"],
                y=[short(str(n), 26) for n in rows["name"]],
                orientation="h",
                name=label,
                marker={
                    "color": colour,
                    "opacity": [1.0 if z >= Z_LINE else 0.45 for z in rows["z"]],
                },
                customdata=np.stack(
                    [
                        rows["term"],
                        rows["n_group"],
                        rows["n_other"],
                        rows["name"],
                    ],
                    axis=1,
                ),
                hovertemplate="%{customdata[3]}: z = %{x:.2f}<br>%{customdata[1]} in this group, "
                "%{customdata[2]} in the others<extra>%{fullData.name}</extra>",
                showlegend=False,
                xaxis=f"x{axes}",
                yaxis=f"y{axes}",
            )
        )
        rules.append(
            rule("x", Z_LINE, panel=i + 1, line={"dash": "dot", "width": 1, "color": "#7B8794"})
        )
        fig.layout[f"xaxis{axes}"].range = [
            min(0.0, float(rows["z"].min() if len(rows) else 0)),
            z_max,
        ]
    fig.add_traces(traces)
    fig.layout.shapes = rules
    counted = "mentions" if kind == "entity" else "words"
    fig.update_xaxes(title_text=f"z-score ({counted}; dotted: 1.96)", title_font={"size": 12})
    fig.update_yaxes(automargin=True)
    height = 120 + n_rows * (60 + 24 * top)
    fig = layout(fig, title=title, subtitle=subtitle, height=height)
    hold_labels(fig, [name for trace in traces for name in trace.y])
    fig.update_layout(clickmode="event+select", bargap=0.2)
    return fig


# -- group A against group B ------------------------------------------------------------------


@safe_labels
def pair_scatter(
    frame: pd.DataFrame,
    *,
    label_a: str,
    label_b: str,
    kind: str,
    subtitle: str,
    n_labels: int = 15,
    width: int = 900,
    height: int = 660,
    max_points: int = MAX_POINTS,
) -> go.Figure:
    """Each term's frequency in group A against group B (per 1,000 mentions or words, log
    axes; terms absent from a group sit on its floor line). Colour: significantly more typical
    of A (z ≥ 1.96), of B (z ≤ −1.96), or neither. The `n_labels` terms of largest |z| are
    named where their label fits. `frame` (compare.pair_terms): term, name, type, n_a, n_b,
    per_1000_a, per_1000_b, z; sorted by |z|, largest first."""
    noun = "entities" if kind == "entity" else "words"
    unit = "mentions" if kind == "entity" else "words"
    title = f"{noun.capitalize()}: {label_a} against {label_b}"
    if frame.empty:
        return empty_figure(f"No {noun} in these two groups.", title=title, subtitle=subtitle)
    if len(frame) > max_points:
        # A real corpus's long tail is tens of thousands of terms, most of them met once:
        # the browser would draw them all for a cloud on the floor lines.
        subtitle = f"{subtitle} · the {max_points:,} {noun} of largest |z| of {len(frame):,}"
        frame = frame.head(max_points)
    fig = go.Figure()
    fig = layout(fig, title=title, subtitle=subtitle, height=height, legend=True)
    margin = {"l": 78, "r": 24, "t": int(fig.layout.margin.t) + 24, "b": 64}
    plot_w, plot_h = width - margin["l"] - margin["r"], height - margin["t"] - margin["b"]
    positive = pd.concat([frame["per_1000_a"], frame["per_1000_b"]])
    positive = positive[positive > 0]
    lo_value = float(positive.min()) if len(positive) else 1.0
    hi_value = float(positive.max()) if len(positive) else 10.0
    floor = lo_value / 2  # where a term absent from a group is drawn
    lo, hi = math.log10(floor) - 0.12, math.log10(hi_value) + 0.12
    x = frame["per_1000_a"].where(frame["per_1000_a"] > 0, floor).to_numpy(dtype=float)
    y = frame["per_1000_b"].where(frame["per_1000_b"] > 0, floor).to_numpy(dtype=float)
    px_x = (np.log10(x) - lo) / (hi - lo) * plot_w
    px_y = (hi - np.log10(y)) / (hi - lo) * plot_h
    radius = 5.0
    z = frame["z"].to_numpy(dtype=float)
    outliers = pd.DataFrame(
        {
            "key": frame["term"].to_numpy(),
            "x": px_x,
            "y": px_y,
            "text": [short(str(n), 24) for n in frame["name"]],
            "radius": radius,
        }
    )
    candidates = outliers[np.abs(z) >= 1.0].head(n_labels)
    placed = charts.place_labels(candidates, markers=outliers, width=plot_w, height=plot_h)
    side = np.where(z >= Z_LINE, "a", np.where(z <= -Z_LINE, "b", "n"))
    styles = {
        "a": (f"more typical of {label_a}", GROUP_COLOURS[0]),
        "b": (f"more typical of {label_b}", GROUP_COLOURS[1]),
        "n": ("no clear difference (|z| &lt; 1.96)", MUTED),
    }
    # The line of equal frequency, and the floors where absent terms sit.
    edge = [10**lo, 10**hi]
    fig.add_trace(
        go.Scatter(x=edge, y=edge, mode="lines", line={"dash": "dot", "color": "#9AA5B1", "width": 1},
                   hoverinfo="skip", showlegend=False)
    )  # fmt: skip
    for key in ("n", "b", "a"):  # the significant ones on top
        idx = np.flatnonzero(side == key)
        if not len(idx):
            continue
        rows = frame.iloc[idx]
        name, colour = styles[key]
        fig.add_trace(
            go.Scatter(
                x=x[idx],
                y=y[idx],
                mode="markers",
                name=name,
                marker={"size": 2 * radius, "color": colour, "line": {"width": 0.5, "color": "white"}},
                customdata=np.stack(
                    [rows["term"], rows["n_a"], rows["n_b"], rows["z"].round(2), rows["name"]],
                    axis=1,
                ),
                hovertemplate=(
                    f"%{{customdata[4]}}<br>{label_a}: %{{customdata[1]}} {unit}<br>"
                    f"{label_b}: %{{customdata[2]}} {unit}<br>z = %{{customdata[3]}}<extra></extra>"
                ),
            )
        )  # fmt: skip
    # The labels in a trace of their own, on top: text on every point of the marker traces
    # made the browser lay out a text element per term, thousands of them empty. Its
    # markers are invisible (they keep each label beside its point, as plotly spaces a
    # label from its marker) and take no hover or click: the points below do.
    at = np.flatnonzero(frame["term"].isin(list(placed)).to_numpy())
    if len(at):
        fig.add_trace(
            go.Scatter(
                x=x[at],
                y=y[at],
                mode="markers+text",
                name="labels",
                showlegend=False,
                hoverinfo="skip",
                marker={"size": 2 * radius, "color": "rgba(0,0,0,0)"},
                text=outliers["text"].iloc[at].to_numpy(dtype=object),
                textposition=np.array([placed[t] for t in frame["term"].iloc[at]], dtype=object),
                textfont={"size": 12, "color": "#1F2933"},
            )
        )
    # 1-2-5 ticks, and "0" at the floor where the terms absent from a group sit.
    ticks = [
        m * 10**e
        for e in range(math.floor(lo) - 1, math.ceil(hi) + 1)
        for m in (1, 2, 5)
        if lo <= math.log10(m * 10**e) <= hi and m * 10**e > floor * 1.5
    ]
    axis = {
        "type": "log",
        "range": [lo, hi],
        "automargin": False,
        "tickvals": [floor, *ticks],
        "ticktext": ["0", *(f"{v:g}" for v in ticks)],
    }
    fig.update_xaxes(title_text=f"{label_a}: per 1,000 {unit} (log scale)", **axis)
    fig.update_yaxes(title_text=f"{label_b}: per 1,000 {unit} (log scale)", **axis)
    fig.update_layout(
        width=width,
        margin=margin,
        legend={"orientation": "h", "x": 0.0, "y": 1.0, "yanchor": "bottom", "font": {"size": 12}},
        clickmode="event+select",
    )
    return fig


def scatter_label_boxes(fig: go.Figure) -> list[charts.LabelBox]:
    """The pixel boxes of the labels a pair_scatter figure shows (for tests and checks)."""
    margin = fig.layout.margin
    plot_w = fig.layout.width - margin.l - margin.r
    plot_h = fig.layout.height - margin.t - margin.b
    lo, hi = fig.layout.xaxis.range
    boxes = []
    for trace in fig.data:
        if trace.mode != "markers+text":
            continue
        for x, y, text, position in zip(
            trace.x, trace.y, trace.text, trace.textposition, strict=True
        ):
            if not text:
                continue
            px = (math.log10(x) - lo) / (hi - lo) * plot_w
            py = (hi - math.log10(y)) / (hi - lo) * plot_h
            boxes.append(charts.label_box(px, py, text, trace.marker.size / 2, position))
    return boxes


# -- tone -------------------------------------------------------------------------------------


def _band(rows: pd.DataFrame, colour: str, name: str) -> go.Scatter:
    """The 95% interval around a line, as a filled polygon."""
    x = list(rows["period"]) + list(rows["period"])[::-1]
    y = list(rows["ci_high"]) + list(rows["ci_low"])[::-1]
    return go.Scatter(
        x=x, y=y, mode="lines", fill="toself", fillcolor=_rgba(colour, 0.15), line={"width": 0},
        hoverinfo="skip", showlegend=False, name=f"{name} (95% interval)",
    )  # fmt: skip


@safe_labels
def tone_lines(
    frame: pd.DataFrame, *, labels: Sequence[str], freq: str, subtitle: str
) -> go.Figure:
    """Mean sentence tone per period, one line per group with its 95% interval (a band; none
    below two sentences). `frame` (compare.group_tone): group, period, n_sentences, tone_mean,
    tone_se, ci_low, ci_high."""
    unit = FREQ_LABEL.get(freq, "period")
    title = "Tone by group over time"
    if frame.empty:
        return empty_figure(
            "No scored sentences in these groups (tone is scored for sentences that mention an entity).",
            title=title, subtitle=subtitle, height=300,
        )  # fmt: skip
    fig = go.Figure()
    for i, label, rows in _order(frame, labels):
        rows = rows.sort_values("period")
        banded = rows.dropna(subset=["ci_low", "ci_high"])
        if len(banded):
            fig.add_trace(_band(banded, group_colour(i), label))
        fig.add_trace(
            go.Scatter(
                x=rows["period"],
                y=rows["tone_mean"],
                mode="lines+markers",
                name=label,
                line={"color": group_colour(i), "width": 2},
                marker={"size": 6},
                customdata=np.stack([rows["n_sentences"], rows["ci_low"], rows["ci_high"]], axis=1),
                hovertemplate=f"%{{fullData.name}}, {unit} of %{{x|%d %b %Y}}: mean tone %{{y:.2f}} "
                "(95% interval %{customdata[1]:.2f} … %{customdata[2]:.2f}), %{customdata[0]} sentences<extra></extra>",
            )
        )
    fig.layout.shapes = [rule("y", 0, line={"width": 1, "color": "#9AA5B1"})]
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig.update_yaxes(title_text=TONE_AXIS, range=[-1.05, 1.05], zeroline=False)
    fig = layout(fig, title=title, subtitle=subtitle, height=380, legend=True)
    fig.update_layout(legend={"orientation": "h", "y": -0.22})
    return fig


@safe_labels
def entity_tone_dots(frame: pd.DataFrame, *, labels: Sequence[str], subtitle: str) -> go.Figure:
    """Mean tone of the sentences that mention each entity, a dot per group with its 95%
    interval. `frame` (compare.entity_tone without freq): group, entity_id, name, n_sentences,
    tone_mean, ci_low, ci_high."""
    title = "Tone of the sentences that mention each entity, by group"
    if frame.empty:
        return empty_figure(
            "No scored sentences mention these entities in these groups.",
            title=title, subtitle=subtitle, height=300,
        )  # fmt: skip
    entities = list(dict.fromkeys(frame["entity_id"]))
    names = frame.drop_duplicates("entity_id").set_index("entity_id")["name"]
    k = len(labels)
    fig = go.Figure()
    for i, label, rows in _order(frame, labels):
        offset = (i - (k - 1) / 2) * (0.6 / max(k, 1))
        pos = [entities.index(e) + offset for e in rows["entity_id"]]
        lo = (rows["tone_mean"] - rows["ci_low"]).fillna(0)
        hi = (rows["ci_high"] - rows["tone_mean"]).fillna(0)
        fig.add_trace(
            go.Scatter(
                x=rows["tone_mean"],
                y=pos,
                mode="markers",
                name=label,
                marker={"size": 9, "color": group_colour(i)},
                error_x={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo,
                         "color": group_colour(i), "thickness": 1.5, "width": 3},
                customdata=np.stack([rows["entity_id"], rows["n_sentences"], rows["name"]], axis=1),
                hovertemplate="%{fullData.name} · %{customdata[2]}: mean tone %{x:.2f} "
                "over %{customdata[1]} sentences<extra></extra>",
            )
        )  # fmt: skip
    fig.layout.shapes = [rule("x", 0, line={"width": 1, "color": "#9AA5B1"})]
    fig.update_xaxes(title_text=TONE_AXIS, range=[-1.05, 1.05], zeroline=False)
    fig.update_yaxes(
        tickvals=list(range(len(entities))),
        ticktext=[short(str(names[e]), LABEL_CHARS) for e in entities],
        range=[len(entities) - 0.5, -0.5],
        automargin=True,
    )
    fig = layout(fig, title=title, subtitle=subtitle, height=170 + 44 * len(entities), legend=True)
    fig.update_layout(
        legend={"orientation": "h", "x": 1.0, "xanchor": "right", "y": 1.0, "yanchor": "bottom"},
        clickmode="event+select",
    )
    return hold_labels(fig, fig.layout.yaxis.ticktext)


@safe_labels
def entity_tone_lines(
    frame: pd.DataFrame, *, labels: Sequence[str], freq: str, subtitle: str
) -> go.Figure:
    """Tone over time of the sentences that mention each entity: one panel per group, one line
    per entity (the same colour in every panel). `frame` (compare.entity_tone with freq):
    group, entity_id, name, type, period, n_sentences, tone_mean."""
    unit = FREQ_LABEL.get(freq, "period")
    title = "Tone of the sentences that mention each entity, over time, by group"
    if frame.empty:
        return empty_figure(
            "No scored sentences mention these entities in these groups.",
            title=title, subtitle=subtitle, height=300,
        )  # fmt: skip
    if isinstance(frame["entity_id"].dtype, pd.CategoricalDtype):
        # The column's dictionary is every entity of the corpus: grouping on it would recode
        # them all for the dozen drawn.
        frame = frame.assign(entity_id=frame["entity_id"].cat.remove_unused_categories())
    colours = charts.entity_colours(frame.drop_duplicates("entity_id"))
    fig = panels(
        rows=1,
        cols=len(labels),
        shared_yaxes=True,
        shared_xaxes=True,
        horizontal_spacing=0.03,
        subplot_titles=[short(label, 40) for label in labels],
    )
    fig.update_annotations(font={"size": 13, "color": "#1F2933"})
    shown: set[str] = set()
    traces, rules = [], []
    for i, _label, rows in _order(frame, labels):
        axes = "" if i == 0 else str(i + 1)
        for entity_id, lines in rows.groupby("entity_id", sort=False, observed=True):
            lines = lines.sort_values("period")
            traces.append(
                go.Scatter(
                    x=lines["period"],
                    y=lines["tone_mean"],
                    mode="lines+markers",
                    name=str(lines["name"].iloc[0]),
                    legendgroup=entity_id,
                    showlegend=entity_id not in shown,
                    line={"color": colours[entity_id], "width": 2},
                    marker={"size": 5},
                    customdata=lines[["n_sentences"]].to_numpy(),
                    hovertemplate=f"%{{fullData.name}}, {unit} of %{{x|%d %b %Y}}: mean tone "
                    "%{y:.2f} over %{customdata[0]} sentences<extra></extra>",
                    xaxis=f"x{axes}",
                    yaxis=f"y{axes}",
                )
            )
            shown.add(entity_id)
        rules.append(rule("y", 0, panel=i + 1, line={"width": 1, "color": "#9AA5B1"}))
    fig.add_traces(traces)
    fig.layout.shapes = rules
    fig.update_yaxes(range=[-1.05, 1.05], zeroline=False)
    fig.update_yaxes(title_text=TONE_AXIS, row=1, col=1)
    fig.update_xaxes(title_text=f"Publication {unit}")
    fig = layout(fig, title=title, subtitle=subtitle, height=400, legend=True)
    fig.update_layout(legend={"orientation": "h", "y": -0.25})
    return fig
