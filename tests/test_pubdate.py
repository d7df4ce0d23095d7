"""Publication dates: only a date the page states as the article's date counts."""

from __future__ import annotations

from datetime import date

import pytest

from lib.engine.pubdate import parse_full_date, publication_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-07-11", date(2016, 7, 11)),
        ("2019-12-04T10:30:00+03:00", date(2019, 12, 4)),
        ("4 December 2019", date(2019, 12, 4)),
        ("Dec 4, 2019 10:30 ET", date(2019, 12, 4)),
        ("Friday, July 8, 2016", date(2016, 7, 8)),
        ("July 2016", None),  # no day: not a publication day
        ("last year", None),
        ("1970-01-01", None),  # an epoch slip, not a news date
        ("", None),
    ],
)
def test_parse_full_date(text, expected):
    assert parse_full_date(text) == expected


def test_metadata_wins_and_says_so():
    got = publication_date(
        metadata_date="2016-07-11",
        metadata_basis="sidecar",
        labelled_date="1 January 2017",
        dateline_date=None,
    )
    assert (got.day, got.basis, got.text) == (date(2016, 7, 11), "sidecar", "2016-07-11")


def test_labelled_line_is_explicit():
    got = publication_date(
        metadata_date=None, metadata_basis=None, labelled_date="8 July 2016", dateline_date=None
    )
    assert (got.day, got.basis) == (date(2016, 7, 8), "explicit")


def test_dateline_without_year_is_not_enough():
    got = publication_date(
        metadata_date=None, metadata_basis=None, labelled_date=None, dateline_date="Dec 3"
    )
    assert (got.day, got.basis) == (None, "unknown")


def test_unparseable_metadata_falls_back_to_unknown():
    got = publication_date(
        metadata_date="soon", metadata_basis="metadata", labelled_date=None, dateline_date=None
    )
    assert got.basis == "unknown" and got.day is None


def test_a_date_after_the_run_is_not_a_publication_date():
    # a dataset that took "2050" from a headline ("… migrants by 2050") as the date
    future = publication_date(
        metadata_date="2050-09-30",
        metadata_basis="metadata",
        labelled_date="4 December 2019",
        dateline_date=None,
        latest=date(2026, 12, 6),
    )
    assert (future.day, future.basis) == (date(2019, 12, 4), "explicit")
    alone = publication_date(
        metadata_date="2050-09-30",
        metadata_basis="metadata",
        labelled_date=None,
        dateline_date=None,
        latest=date(2026, 12, 6),
    )
    assert (alone.day, alone.basis) == (None, "unknown")
    today = publication_date(
        metadata_date="2026-12-06",
        metadata_basis="metadata",
        labelled_date=None,
        dateline_date=None,
        latest=date(2026, 12, 6),
    )
    assert (today.day, today.basis) == (date(2026, 12, 6), "metadata")
