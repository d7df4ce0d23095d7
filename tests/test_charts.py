"""Charts: data in, figure out; colours by entity type; labels that do not overlap."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from lib import charts, queries
from lib.queries import pair_counts
from tests import synthetic
from tests.conftest import ROOT


def corpus():
    return queries.build_corpus(synthetic.make_dataset())


def boxes_overlap(a: charts.LabelBox, b: charts.LabelBox) -> bool:
    return not (a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0)


def test_place_labels_never_overlaps():
    # A crowd of points with long names: some must go without a label.
    points = pd.DataFrame(
        {
            "key": [f"e{i}" for i in range(40)],
            "x": [100 + (i % 8) * 60 for i in range(40)],
            "y": [100 + (i // 8) * 30 for i in range(40)],
            "text": [f"A rather long entity name {i}" for i in range(40)],
            "radius": [6.0] * 40,
        }
    )
    chosen = charts.place_labels(points, width=800, height=400, max_labels=40)
    assert 0 < len(chosen) < 40
    by_key = points.set_index("key")
    boxes = [
        charts.label_box(by_key.loc[k, "x"], by_key.loc[k, "y"], by_key.loc[k, "text"], 6.0, pos)
        for k, pos in chosen.items()
    ]
    for i, a in enumerate(boxes):
        assert a.x0 >= 0 and a.x1 <= 800 and a.y0 >= 0 and a.y1 <= 400
        for b in boxes[i + 1 :]:
            assert not boxes_overlap(a, b)


def test_stagger_puts_overlapping_items_on_other_rows():
    starts, ends, widths = [0, 50, 100, 400, 420], [0, 50, 100, 400, 420], [200, 200, 200, 100, 100]
    rows = charts.stagger(starts, ends, widths)
    spans: dict[int, list[tuple[float, float]]] = {}
    for s, e, w, r in zip(starts, ends, widths, rows, strict=True):
        spans.setdefault(r, []).append((s, max(e, s + w)))
    for row in spans.values():
        row.sort()
        assert all(a[1] < b[0] for a, b in zip(row, row[1:], strict=False))
    assert rows[:3] == [0, 1, 2] and rows[3] == 0


def test_timeline_marks_named_and_staggered_on_the_real_knowledge_base():
    kb = pd.read_csv(ROOT / "data" / "events" / "kb.csv")
    kb = kb.assign(
        entity_id="event:" + kb["event_id"],
        date_start=pd.to_datetime(kb["date_start"]),
        date_end=pd.to_datetime(kb["date_end"]).fillna(pd.to_datetime(kb["date_start"])),
        n_articles=0,
    )
    start, end = queries.TIMELINE_DEFAULT
    kb = kb[(kb["date_end"] >= pd.Timestamp(start)) & (kb["date_start"] <= pd.Timestamp(end))]
    empty = pd.DataFrame(columns=["period", "entity_id", "name", "type", "n_mentions"])
    fig = charts.timeline(
        kb,
        pd.DataFrame(columns=["period", "n_articles"]),
        empty,
        pd.DataFrame(
            columns=[
                "entity_id",
                "name",
                "type",
                "date_start",
                "date_end",
                "n_mentions",
                "n_articles",
            ]
        ),
        start=start,
        end=end,
        freq="MS",
        subtitle="all",
    )
    marks = next(t for t in fig.data if t.name == "knowledge-base events")
    assert len(marks.x) == len(kb)
    assert any(t.startswith("NATO leaders") for t in marks.text)
    assert sum(1 for t in marks.text if t) >= 0.8 * len(kb)  # most marks keep their names
    # Labels on one row never overlap (estimated with the same character width the chart plans with).
    px_per_day = 860 / (end - start).days
    extents: dict[int, list[tuple[float, float]]] = {}
    for x, y, text, pos in zip(marks.x, marks.y, marks.text, marks.textposition, strict=True):
        if not text:  # no room for its name: the mark alone, on the last row
            continue
        left = (pd.Timestamp(x) - pd.Timestamp(start)).days * px_per_day
        width = 14 + charts.CHAR_PX * 0.92 * len(text)
        extents.setdefault(y, []).append(
            (left - width, left) if pos == "middle left" else (left, left + width)
        )
    for spans in extents.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "Timeline" in fig.layout.title.text and "all" in fig.layout.title.text


def test_heatmap_and_network_carry_pairs_for_drill_down_and_type_colours():
    c = corpus()
    pairs = queries.cooccurrence(c, c.all_ids, level="sentence", min_count=1)
    chosen = pair_counts.matrix_entities(pairs, "npmi", size=8)
    fig = charts.cooccurrence_heatmap(
        pair_counts.matrix(pairs, chosen, "npmi"),
        pair_counts.matrix(pairs, chosen, "count"),
        names=c.names,
        types=c.types,
        measure="npmi",
        level="sentence",
        subtitle="all",
    )
    heat, clicks = fig.data
    assert heat.type == "heatmap" and len(heat.z) == len(chosen)
    assert all(len(cd) == 2 and all(":" in e for e in cd) for cd in clicks.customdata)
    putin = (
        fig.layout.xaxis.ticktext[chosen.index("person:vladimir-putin")]
        if "person:vladimir-putin" in chosen
        else None
    )
    if putin:
        assert charts.TYPE_COLOURS["person"] in putin
    nodes, edges = pair_counts.network(pairs, "npmi", top=30)
    nodes = nodes.assign(name=nodes["entity_id"].map(c.names), type=nodes["entity_id"].map(c.types))
    net = charts.cooccurrence_network(
        nodes, edges, measure="npmi", level="sentence", subtitle="all"
    )
    by_name = {t.name: t for t in net.data}
    assert by_name["People"].marker.color == charts.TYPE_COLOURS["person"]
    assert by_name["Events"].marker.color == charts.TYPE_COLOURS["event"]
    assert len(by_name["pairs"].customdata) == len(edges)


def test_heatmap_margins_hold_its_names_and_colour_bar():
    """The matrix's left margin holds its longest name and its right margin the colour bar,
    before the browser draws it (plotly's automargin drew it twice)."""
    from lib.charts.style import colorbar_margin, label_margin

    ids = ["org:nato", "org:osce-parliamentary-assembly-standing-committee"]
    names = {"org:nato": "NATO", ids[1]: "OSCE Parliamentary Assembly Standing Committee"}
    square = pd.DataFrame([[np.nan, 0.4], [0.4, np.nan]], index=ids, columns=ids)
    counts = pd.DataFrame([[0, 1234], [1234, 0]], index=ids, columns=ids)
    kinds = {e: "org" for e in ids}
    fig = charts.cooccurrence_heatmap(
        square, counts, names=names, types=kinds, measure="npmi", level="sentence", subtitle="s"
    )
    # the longest name cut to 32 characters shown, its ellipsis included
    assert fig.layout.margin.l == label_margin(["x" * 32]) == 254
    assert fig.layout.margin.r == colorbar_margin(["-1.0", "1.0"], turned=["NPMI"]) == 118
    by_count = charts.cooccurrence_heatmap(
        counts.where(counts > 0), counts, names=names, types=kinds, measure="count",
        level="sentence", subtitle="s",
    )  # fmt: skip
    assert by_count.layout.margin.r == colorbar_margin(["0", "1,234"], turned=["x"]) > 118


def test_partner_and_line_colours_follow_entity_types():
    c = corpus()
    partners = queries.rank_partners(
        queries.partners(c, c.all_ids, "person:donald-trump"), min_count=1
    )
    fig = charts.partners_bar(
        partners, name="Donald Trump", measure="npmi", level="sentence", subtitle="all"
    )
    assert list(fig.data[0].marker.color) == [
        charts.type_colour(t) for t in partners["type"].iloc[::-1]
    ]
    series = queries.mentions_over_time(
        c, c.all_ids, ["person:donald-trump", "person:vladimir-putin", "org:nato"], freq="MS"
    )
    lines = charts.mentions_lines(series, freq="MS", subtitle="all", title="Mentions")
    colours = {t.name: t.line.color for t in lines.data}
    assert colours["NATO"] == charts.TYPE_COLOURS["org"]
    assert (
        colours["Donald Trump"] != colours["Vladimir Putin"]
    )  # two people: two shades of one colour
    assert charts.TYPE_COLOURS["person"] in colours.values()


def test_empty_states_say_why():
    fig = charts.empty_figure("No articles match these filters.", title="T", subtitle="s")
    assert fig.layout.annotations[0].text == "No articles match these filters."
    assert date(2015, 11, 24) == queries.TIMELINE_DEFAULT[0]


@pytest.mark.parametrize(
    "grid",
    [
        {"rows": 1, "cols": 3, "shared_yaxes": True, "shared_xaxes": True,
         "horizontal_spacing": 0.03, "subplot_titles": ["RT & <i>co</i>", "CNN", "BBC"]},
        {"rows": 2, "cols": 2, "subplot_titles": ["a", "b", "c", "d"],
         "horizontal_spacing": 0.3, "vertical_spacing": 0.14},
        {"rows": 2, "cols": 1, "shared_xaxes": True, "vertical_spacing": 0.08,
         "row_heights": [0.58, 0.42]},
    ],
)  # fmt: skip
def test_panels_are_the_grid_make_subplots_lays_out(grid):
    """The same figure as plotly's make_subplots, titles (escaped: label text) and grid
    references included (a trace added by row and column lands on the same axes), however
    many times it is made."""
    from plotly.subplots import make_subplots

    from lib.charts.panels import panels

    for _ in range(2):  # the second from the cached grid
        escaped = [charts.esc(t) for t in grid.get("subplot_titles") or []] or None
        ours, plotly_s = panels(**grid), make_subplots(**{**grid, "subplot_titles": escaped})
        for fig in (ours, plotly_s):
            fig.add_trace(go.Bar(x=[1], y=["a"]), row=grid["rows"], col=grid["cols"])
            fig.update_yaxes(title_text="units", row=1, col=1)
        assert ours.to_dict() == plotly_s.to_dict()
    other = panels(**{**grid, "subplot_titles": None})
    assert not other.layout.annotations


def test_a_margin_holds_the_longest_label_as_shown():
    """A chart's margin is made wide enough for its tick labels before the browser draws it
    (plotly would otherwise widen it and draw the chart twice): markup is not shown."""
    from lib.charts.style import hold_labels, label_margin

    assert label_margin(['<span style="color:#0072B2">Jens Stoltenberg</span>']) == label_margin(
        ["Jens Stoltenberg"]
    )
    assert label_margin(["x" * 32]) > label_margin(["x" * 16]) > label_margin([])
    assert label_margin(["x" * 32], angle=45) < label_margin(["x" * 32])
    fig = hold_labels(go.Figure().update_layout(margin={"l": 300}), ["Putin"])
    assert fig.layout.margin.l == 300  # never narrower than asked
    data = pd.DataFrame(
        {"name": ["NATO Parliamentary Assembly Standing Committee"], "n_mentions": [3],
         "n_articles": [2]}
    )  # fmt: skip
    bar = charts.top_entities_bar(data, entity_type="org", subtitle="s")
    assert bar.layout.margin.l == label_margin(bar.data[0].y) > 200
