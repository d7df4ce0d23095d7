"""Time brushing (lib.ui.brush): a chart's box selection -> the days it spans -> the filters."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from lib.queries.filters import Filters
from lib.ui.brush import brushable, brushed_filters, brushed_range


def event(*boxes: dict, points: list | None = None) -> dict:
    """A selection state as Streamlit returns it for a plotly chart."""
    return {
        "selection": {
            "points": points or [],
            "point_indices": [],
            "box": list(boxes),
            "lasso": [],
        }
    }


def test_a_box_on_a_date_axis_gives_its_days():
    box = {
        "xref": "x2",
        "yref": "y2",
        "x": ["2016-07-31 08:00", "2016-06-20 13:01:02.5"],
        "y": [0, 3],
    }
    assert brushed_range(event(box)) == (date(2016, 6, 20), date(2016, 7, 31))
    # The selection part alone, or an object with a .selection attribute, work too.
    assert brushed_range(event(box)["selection"]) == (date(2016, 6, 20), date(2016, 7, 31))


def test_several_boxes_span_from_the_first_day_to_the_last():
    a = {"x": ["2016-01-10", "2016-01-20"]}
    b = {"x": ["2017-03-01", "2017-02-01"]}
    assert brushed_range(event(a, b)) == (date(2016, 1, 10), date(2017, 3, 1))


def test_no_range_from_a_click_an_empty_selection_or_a_number_axis():
    click = event(points=[{"x": "2016-07-08", "y": 1, "customdata": ["event:x"]}])
    assert brushed_range(click) is None
    assert brushed_range(event()) is None
    assert brushed_range(None) is None
    assert brushed_range({}) is None
    assert brushed_range(event({"x": [0.5, 3.2]})) is None  # a count axis, not dates
    assert brushed_range(event({"x": ["Russia", "NATO"]})) is None  # categories


def test_the_brushed_days_replace_the_date_range_and_keep_the_rest():
    filters = Filters(
        entities=("person:andrei-kelin",),
        start=date(2015, 1, 1),
        end=date(2020, 1, 1),
        date_basis="event",
        sources=("Reuters",),
    )
    out = brushed_filters(filters, event({"x": ["2016-07-01", "2016-07-10 23:59"]}))
    assert out == filters.with_(start=date(2016, 7, 1), end=date(2016, 7, 10))
    assert out.to_query_params()["from"] == ["2016-07-01"]
    assert brushed_filters(filters, event()) is None


def test_the_range_is_clipped_to_the_bounds():
    out = brushed_filters(
        Filters(),
        event({"x": ["1985-03-01", "2016-05-01"]}),
        bounds=(date(1990, 1, 1), date(2035, 12, 31)),
    )
    assert (out.start, out.end) == (date(1990, 1, 1), date(2016, 5, 1))


def test_a_brushable_chart_opens_in_horizontal_select_mode_unless_its_points_are_clicked():
    fig = brushable(go.Figure(go.Bar(x=["2016-01-04"], y=[3])))
    assert fig.layout.dragmode == "select" and fig.layout.selectdirection == "h"
    fig = brushable(go.Figure(go.Scatter(x=["2016-01-04"], y=[3])), clicks=True)
    assert fig.layout.dragmode is None and fig.layout.selectdirection == "h"
