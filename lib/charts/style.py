"""The charts' house style: entity-type colours and labels, fonts, the layout every figure
shares (title, subtitle with the filters in force), and label text cut to length.

The helpers that take text (coloured, wrap_subtitle, layout, short) take label text: inside
a chart function (lib.charts.safe.safe_labels) the data has been escaped already, and is
not escaped again here.
"""

from __future__ import annotations

import colorsys
import math
import re
import textwrap
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from lib.charts.safe import esc, safe_labels, unesc, visible_len  # noqa: F401 (re-exported)

# Every figure's template, as plotly's default: a figure made after this carries it without
# validating it again. Passed to each figure (update_layout(template=…)), plotly checks the
# whole template every time: 100-150 ms a chart, most of a page's drawing time.
TEMPLATE = "plotly_white"
pio.templates.default = TEMPLATE

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
    """Label text in its entity type's colour."""
    return f'<span style="color:{type_colour(entity_type)}">{text}</span>'


def type_legend(types: Sequence[str]) -> str:
    return "   ".join(
        f'<span style="color:{type_colour(t)}">●</span> {TYPE_LABELS.get(t, t)}' for t in types
    )


def wrap_subtitle(subtitle: str, width: int = 150) -> str:
    """Label text in lines of `width` characters as shown (never cut inside an `&lt;`)."""
    return "<br>".join(esc(line) for line in textwrap.wrap(unesc(subtitle), width)) or ""


def layout(
    fig: go.Figure, *, title: str, subtitle: str, height: int, legend: bool = False
) -> go.Figure:
    """The house layout (the template is plotly's default, TEMPLATE). Each property is set
    whole: plotly's update_layout merges dicts a leaf at a time, with checks at every step,
    which made this ten times slower (50 ms a chart)."""
    sub = wrap_subtitle(subtitle)
    lines = sub.count("<br>") + 1
    props = {
        "title": {
            "text": f"{title}<br><sup>{sub}</sup>",
            "x": 0.0,
            "xanchor": "left",
            "yref": "container",
            "y": 1.0,
            "yanchor": "top",
            "pad": {"t": 14},
        },
        "height": height,
        "font": {"family": FONT, "size": 13, "color": "#1F2933"},
        # Room for a numeric axis with its title on the left, a date axis with its title
        # below and half its last tick label on the right: plotly's automargin widens a
        # margin its labels do not fit in by drawing the whole chart a second time (name
        # axes take more: hold_labels).
        "margin": {"l": 72, "r": 32, "t": 62 + 14 * lines, "b": 58},
        "showlegend": legend,
        "hoverlabel": {"font": {"family": FONT}},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
    }
    for key, value in props.items():
        fig.layout[key] = value
    # By default plotly measures every tick label of a numeric or date axis in the browser to
    # hide those past the chart's edge (a forced layout per label: a second of a 25 x 25
    # matrix's drawing); the house margins keep them inside.
    fig.layout.template.layout.xaxis.ticklabeloverflow = "allow"
    fig.layout.template.layout.yaxis.ticklabeloverflow = "allow"
    return fig


CHAR_PX = 7.5  # a character of FONT at 13 px, wide letters counted: an upper estimate
_MARKUP = re.compile(r"<[^>]*>")


def label_margin(labels: Sequence[str], *, angle: float = 0, size: int = 13) -> int:
    """Pixels beside an axis that hold its longest tick label (markup left out, at `angle`
    degrees), for the chart's margin. Plotly's automargin finds the same in the browser after
    drawing, then draws the whole chart again with the wider margin; a margin that already
    holds the labels leaves it nothing to push."""
    longest = max((visible_len(_MARKUP.sub("", str(t))) for t in labels), default=0)
    width = longest * CHAR_PX * size / 13
    if angle:
        turn = math.radians(abs(angle))
        width = width * math.sin(turn) + size * math.cos(turn)
    return math.ceil(width) + 14  # the tick and its gap


def hold_labels(fig: go.Figure, labels: Sequence[str], *, side: str = "l", angle: float = 0):
    """Widen the figure's margin on `side` to hold these tick labels (see label_margin)."""
    margin = fig.layout.margin
    margin[side] = max(margin[side] or 0, label_margin(labels, angle=angle))
    return fig


COLORBAR_PX = 14  # a colour bar's thickness


def colorbar_margin(
    ticks: Sequence[str], *, title: Sequence[str] = (), turned: Sequence[str] = ()
) -> int:
    """Pixels right of the plot that hold a vertical colour bar of COLORBAR_PX at plotly's
    default place (2% of the plot past it, pads of 10) with these tick labels (the longest
    ones: the ends of its range) and its title, as lines above it or `turned` on its right
    side. Plotly pushes the margin out to a colour bar that does not fit, and draws the
    chart again."""
    bar = COLORBAR_PX + label_margin(ticks) + (16 * len(turned))
    above = label_margin(title) if title else 0  # its pads about a tick's 14
    return 2 * 10 + max(bar, above) + 24


def rule(axis: str, value: float, *, line: dict, panel: int = 1) -> dict:
    """A reference line across one panel of a figure, as a layout shape: vertical at x =
    `value` (axis "x") or horizontal at y = `value` (axis "y"); `panel` counts a
    make_subplots grid row by row from 1. A chart sets its rules at once (layout.shapes):
    plotly's add_vline and add_hline look through every subplot on each call, 10-40 ms a
    line on a page of panels."""
    n = "" if panel == 1 else str(panel)
    if axis == "x":
        return {"type": "line", "xref": f"x{n}", "yref": f"y{n} domain",
                "x0": value, "x1": value, "y0": 0, "y1": 1, "line": line}  # fmt: skip
    return {"type": "line", "xref": f"x{n} domain", "yref": f"y{n}",
            "x0": 0, "x1": 1, "y0": value, "y1": value, "line": line}  # fmt: skip


@safe_labels
def empty_figure(message: str, *, title: str, subtitle: str, height: int = 260) -> go.Figure:
    """A chart frame that says why it has nothing to show."""
    fig = go.Figure()
    fig.add_annotation(
        text=message,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 15, "color": "#52606D"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return layout(fig, title=title, subtitle=subtitle, height=height)


def short(text: str, limit: int = 34) -> str:
    """Label text cut to `limit` characters as shown, with an ellipsis (never inside an
    escaped `&lt;`)."""
    if visible_len(text) <= limit:
        return text
    return esc(unesc(text)[: limit - 1].rstrip()) + "…"
