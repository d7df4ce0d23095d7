"""Bars over time get an empty period on each side: a count per period is 0 where no article
fell, and without those neighbours a chart of one period has no time scale (plotly zooms its
axis to a millisecond and labels it '23:59:59.9996')."""

from __future__ import annotations

import pandas as pd

# One period, from a period's start to the next one's (lib.queries.periods: weeks start on Monday).
STEP = {
    "D": pd.DateOffset(days=1),
    "W": pd.DateOffset(weeks=1),
    "MS": pd.DateOffset(months=1),
    "QS": pd.DateOffset(months=3),
    "YS": pd.DateOffset(years=1),
}


def with_empty_neighbours(
    frame: pd.DataFrame, freq: str, *, zero: tuple[str, ...], by: str | None = None
) -> pd.DataFrame:
    """`frame` (a `period` column of the periods' starts at `freq`) with the period before the
    first and the one after the last added, their `zero` columns 0 (for each value of `by`,
    when given). The input is not changed; an empty frame stays empty."""
    if frame.empty:
        return frame
    step = STEP.get(freq, STEP["D"])
    periods = pd.to_datetime(frame["period"])
    edges = [periods.min() - step, periods.max() + step]
    groups = frame[by].drop_duplicates().tolist() if by else [None]
    rows = [
        {**({by: group} if by else {}), "period": edge, **dict.fromkeys(zero, 0)}
        for group in groups
        for edge in edges
    ]
    padded = pd.concat([frame, pd.DataFrame(rows)], ignore_index=True)
    padded["period"] = pd.to_datetime(padded["period"])
    keys = [by, "period"] if by else ["period"]
    return padded.sort_values(keys, kind="stable").reset_index(drop=True)
