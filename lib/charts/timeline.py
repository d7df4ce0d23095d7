"""The timeline: knowledge-base events in lanes above the article volume, the mentions of
the chosen entities, and the events found in the articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.charts.bars import mention_traces
from lib.charts.panels import panels
from lib.charts.style import CHAR_PX, NEUTRAL, TYPE_COLOURS, layout, safe_labels, short, visible_len
from lib.queries.periods import FREQ_LABEL


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
    widths = np.array([14 + CHAR_PX * 0.92 * visible_len(label) for label in labels])
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


@safe_labels
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
    unit = FREQ_LABEL.get(freq, "day")
    t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    kb = kb.assign(
        date_start=pd.to_datetime(kb["date_start"]),
        date_end=pd.to_datetime(kb["date_end"]).fillna(pd.to_datetime(kb["date_start"])),
    )
    kb = kb.sort_values("date_start").reset_index(drop=True)
    places = timeline_lanes(kb, start=start, end=end, plot_width=plot_width)
    n_lanes = int(places["lane"].max()) + 1 if len(kb) else 1
    heights = [n_lanes * 20 + 24, 150, 170, 120]
    fig = panels(
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
            f"<b>{n}</b><br>{t} · {s:%d %b %Y}{'' if (e - s).days < 1 else f' – {e:%d %b %Y}'}<br>{k} of the filtered articles speak of it"
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
                text=list(kb["label"]),
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
                hovertext=_point_texts(points),
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
    fig = layout(fig, title="Timeline", subtitle=subtitle, height=total, legend=True)
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
        text=text,
        xref=f"x{axis} domain",
        yref=f"y{axis} domain",
        x=0.5,
        y=0.5,
        showarrow=False,
        font={"size": 12, "color": "#7B8794"},
    )


_MONTHS = np.array(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
)


def day_labels(days: pd.Series) -> pd.Series:
    """'24 Nov 2015' for each day (NaT: ''), vectorised: strftime takes a Python call per
    day, a second for the 20,000 points of a large corpus."""
    stamps = pd.to_datetime(days).to_numpy().astype("datetime64[D]")
    iso = pd.Series(np.datetime_as_string(stamps, unit="D"), dtype="str", index=days.index)
    month = np.where(np.isnat(stamps), 0, stamps.astype("datetime64[M]").astype(np.int64) % 12)
    text = (
        iso.str.slice(8, 10)
        + " "
        + pd.Series(_MONTHS[month], index=days.index)
        + " "
        + iso.str.slice(0, 4)
    )
    return text.where(~np.isnat(stamps), "")


def _point_texts(points: pd.DataFrame) -> np.ndarray:
    """The event points' hover texts, as one array (plotly checks a list item by item)."""
    # The names are label text already (safe_labels escaped them on the way in).
    names = points["name"].astype("str")
    types = points["type"].astype("str")
    text = (
        names + " (" + types + "), " + day_labels(points["date_start"]) + ": "
        + points["n_mentions"].astype("str") + " mentions in "
        + points["n_articles"].astype("str") + " articles"
    )  # fmt: skip
    return text.to_numpy(dtype=object)
