"""Time periods of the charts: the bin (day, week, month, …) that suits a date range, and
each date's period.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

#: Every period a chart bins by, pandas' frequency alias -> its name.
FREQ_LABEL = {"D": "day", "W": "week", "MS": "month", "QS": "quarter", "YS": "year"}
#: The periods Compare offers: means of tone need more articles per period than bars do.
GROUP_FREQS = ("W", "MS", "QS", "YS")


def pick_freq(start: date, end: date) -> str:
    """Bars of article counts: weeks for up to about two years, months beyond, so that the
    bars stay readable."""
    return "W" if (end - start).days <= 800 else "MS"


def pick_group_freq(start: date, end: date) -> str:
    """Means per group (Compare): weeks up to four months, months up to two years, quarters
    up to eight, then years, so that each period has enough articles (and scored sentences)
    for a mean to mean something."""
    days = (end - start).days
    return "W" if days <= 120 else "MS" if days <= 731 else "QS" if days <= 2922 else "YS"


def period_start(series: pd.Series, freq: str) -> pd.Series:
    """The first day of each date's period: W (weeks start on Monday), MS, QS, YS, else D."""
    if freq == "W":
        return (series - pd.to_timedelta(series.dt.day_of_week, unit="D")).dt.normalize()
    if freq in ("MS", "QS", "YS"):
        return series.dt.to_period({"MS": "M", "QS": "Q", "YS": "Y"}[freq]).dt.start_time
    return series.dt.normalize()


def period_range(first: pd.Timestamp, last: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    """Every period from the one holding `first` to the one holding `last`."""
    lo = period_start(pd.Series([pd.Timestamp(first)]), freq).iloc[0]
    return pd.date_range(lo, pd.Timestamp(last), freq={"W": "W-MON"}.get(freq, freq))


def in_range(series: pd.Series, start: date | None, end: date | None) -> np.ndarray:
    """Days of `series` within start … end, either end open (a missing day never is)."""
    return overlaps(series, series, start, end)  # a day is a span of one day


def in_days(days: np.ndarray, start: date | None, end: date | None) -> np.ndarray:
    """in_range on a datetime64 array (NaT never in range)."""
    mask = ~np.isnat(days)
    if start:
        mask &= days >= np.datetime64(pd.Timestamp(start))
    if end:
        mask &= days <= np.datetime64(pd.Timestamp(end))
    return mask


def spans(first: pd.Series, last: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dated spans (an event's date_start … date_end) as timestamps; a one-day span has no
    end of its own."""
    first = pd.to_datetime(first)
    return first, pd.to_datetime(last).fillna(first)


def overlaps(first: pd.Series, last: pd.Series, start: date | None, end: date | None) -> np.ndarray:
    """Spans first … last (timestamps) that overlap start … end, either end open; an
    undated span never does."""
    mask = first.notna().to_numpy(copy=True)
    if start:
        mask &= (last >= pd.Timestamp(start)).to_numpy()
    if end:
        mask &= (first <= pd.Timestamp(end)).to_numpy()
    return mask


def period_codes(published: pd.Series, freq: str) -> tuple[pd.Series, np.ndarray]:
    """The periods of `published` (sorted, distinct) and each day's position among them
    (-1 when undated): made once per corpus and frequency, shared by the counts below."""
    codes, uniques = pd.factorize(period_start(published, freq), sort=True)
    return pd.Series(uniques), codes


def counts_per_period(
    published: pd.Series,
    selections: Sequence[np.ndarray],
    *,
    freq: str,
    start: date | None = None,
    end: date | None = None,
    codes: tuple[pd.Series, np.ndarray] | None = None,
) -> tuple[pd.DatetimeIndex, np.ndarray]:
    """Articles published per period for each selection (a mask over `published`): every
    period of start … end, empty ones included; an open end is the selected articles' first
    or last day. Returns the periods and one row of counts per selection. `codes` is
    `period_codes(published, freq)` when it is already made."""
    dated = in_range(published, start, end)
    chosen = [selection & dated for selection in selections]
    either = np.logical_or.reduce(chosen) if chosen else dated & False
    if not either.any():
        return pd.DatetimeIndex([]), np.zeros((len(chosen), 0), dtype=np.int64)
    days = published[either]
    periods = period_range(
        pd.Timestamp(start) if start else days.min(), pd.Timestamp(end) if end else days.max(), freq
    )
    uniques, article_codes = codes if codes is not None else period_codes(published, freq)
    position = periods.get_indexer(uniques)  # each distinct period's place in the range
    inside = position >= 0
    counts = np.zeros((len(chosen), len(periods)), dtype=np.int64)
    for row, selection in enumerate(chosen):
        n = np.bincount(article_codes[selection], minlength=len(uniques))
        counts[row, position[inside]] = n[inside]
    return periods, counts
