"""Bars over time have an empty period each side (lib.charts.time_axis): a chart of one week
otherwise has no time scale (plotly zooms to a millisecond: '23:59:59.9996'), as the sample
corpus's Overview showed. The periods are the queries' (weeks start on Monday)."""

from __future__ import annotations

import pandas as pd

from lib.charts import bars
from lib.charts.time_axis import with_empty_neighbours
from tests.conftest import plotly_values


def test_one_week_gets_the_week_before_and_after_with_no_article():
    frame = pd.DataFrame({"period": [pd.Timestamp("2019-12-02")], "n_articles": [3]})
    padded = with_empty_neighbours(frame, "W", zero=("n_articles",))
    assert padded["period"].dt.strftime("%Y-%m-%d").tolist() == [
        "2019-11-25",
        "2019-12-02",
        "2019-12-09",
    ]
    assert padded["n_articles"].tolist() == [0, 3, 0]
    assert len(frame) == 1  # the input is not changed


def test_each_group_gets_the_same_empty_months():
    frame = pd.DataFrame(
        {
            "group": ["RT", "CNN", "CNN"],
            "period": pd.to_datetime(["2019-03-01", "2019-03-01", "2019-05-01"]),
            "n_articles": [1, 2, 4],
        }
    )
    padded = with_empty_neighbours(frame, "MS", zero=("n_articles",), by="group")
    months = {
        group: rows["period"].dt.strftime("%m").tolist() for group, rows in padded.groupby("group")
    }
    assert months == {"CNN": ["02", "03", "05", "06"], "RT": ["02", "03", "06"]}
    assert padded["n_articles"].sum() == 7


def test_an_empty_frame_stays_empty():
    frame = pd.DataFrame({"period": pd.to_datetime([]), "n_articles": []})
    assert with_empty_neighbours(frame, "W", zero=("n_articles",)).empty


def test_the_overview_volume_of_one_week_has_a_time_scale_and_whole_counts():
    frame = pd.DataFrame({"period": [pd.Timestamp("2019-12-02")], "n_articles": [1]})
    fig = bars.volume_bars(frame, freq="W", subtitle="s")
    trace = fig.data[0]
    assert [str(x)[:10] for x in trace.x] == ["2019-11-25", "2019-12-02", "2019-12-09"]
    assert list(plotly_values(trace.y)) == [0, 1, 0]
    assert fig.layout.yaxis.dtick == 1
