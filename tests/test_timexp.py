"""Date expressions resolved against the publication date, one form at a time."""

from __future__ import annotations

from datetime import date

import pytest

from lib.engine.timexp import Anchor, resolve

MONDAY = Anchor.day(date(2016, 7, 11))  # Monday 11 July 2016
YEAR_2016 = Anchor(date(2016, 1, 1), date(2016, 12, 31))
AFTER = Anchor(date(2019, 12, 3), None)


def r(text, anchor=MONDAY, **kw):
    got = resolve(text, anchor, **kw)
    return None if got is None else (got.start, got.end, got.precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday", (date(2016, 7, 8), date(2016, 7, 8), "day")),  # "said Friday": the last one
        ("on Monday", (date(2016, 7, 11), date(2016, 7, 11), "day")),  # the day itself
        ("last Monday", (date(2016, 7, 4), date(2016, 7, 4), "day")),
        ("next Tuesday", (date(2016, 7, 12), date(2016, 7, 12), "day")),
        ("yesterday", (date(2016, 7, 10), date(2016, 7, 10), "day")),
        ("last week", (date(2016, 7, 4), date(2016, 7, 10), "week")),
        ("last month", (date(2016, 6, 1), date(2016, 6, 30), "month")),
        ("last year", (date(2015, 1, 1), date(2015, 12, 31), "year")),
        ("in July this year", (date(2016, 7, 1), date(2016, 7, 31), "month")),
        ("in March", (date(2016, 3, 1), date(2016, 3, 31), "month")),
        # told in the past, a day months after publication is last year's (round six)
        ("on 3 December", (date(2015, 12, 3), date(2015, 12, 3), "day")),
        ("December 3, 2019", (date(2019, 12, 3), date(2019, 12, 3), "day")),
        ("since 2014", (date(2014, 1, 1), date(2016, 7, 11), "year")),
        ("in 2014", (date(2014, 1, 1), date(2014, 12, 31), "year")),
        ("8-9 July 2016", (date(2016, 7, 8), date(2016, 7, 9), "day")),
        ("July 8 to 9", (date(2016, 7, 8), date(2016, 7, 9), "day")),
        ("between March and May", (date(2016, 3, 1), date(2016, 5, 31), "month")),
        ("2014-2016", (date(2014, 1, 1), date(2016, 12, 31), "year")),
    ],
)
def test_forms_against_a_known_day(text, expected):
    assert r(text) == expected


def test_future_sentence_turns_a_weekday_forward():
    assert r("Friday", future=True) == (date(2016, 7, 15), date(2016, 7, 15), "day")


def test_future_sentence_keeps_a_later_day_in_the_year():
    assert r("on 3 December", future=True) == (date(2016, 12, 3), date(2016, 12, 3), "day")


def test_year_only_anchor_resolves_years_but_not_days():
    assert r("last year", YEAR_2016) == (date(2015, 1, 1), date(2015, 12, 31), "year")
    assert r("on 3 December", YEAR_2016) == (date(2016, 12, 3), date(2016, 12, 3), "day")
    assert r("Friday", YEAR_2016) is None
    assert r("yesterday", YEAR_2016) is None


def test_lower_bound_only_resolves_absolute_dates_only():
    assert r("last year", AFTER) is None
    # a day without its year is the occurrence nearest the bound (events-undated8)
    assert r("on 3 December", AFTER) == (date(2019, 12, 3), date(2019, 12, 3), "day")
    assert r("on 3 December", AFTER, future=True) is None
    assert r("since 2014", AFTER) == (date(2014, 1, 1), None, "year")
    assert r("in 2018", AFTER) == (date(2018, 1, 1), date(2018, 12, 31), "year")


def test_words_that_are_not_dates():
    assert r("NATO may respond") is None  # "may" is a verb
    assert r("the same day") is None  # resolved by the event reader from the previous date
    assert r("31 February") is None
