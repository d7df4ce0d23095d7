"""Property-based tests: arbitrary text never crashes cleaning or date resolution."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.engine.clean import assemble, clean_article, normalise_text
from lib.engine.pubdate import parse_full_date
from lib.engine.timexp import Anchor, resolve

NEWSY = st.sampled_from(
    [
        "MOSCOW (Sputnik) \u2013 ",
        "WASHINGTON (Reuters) - ",
        "(CNN)",
        "Advertisement",
        "\u00a9 REUTERS / Jane Doe ",
        "Listen Live",
        "\n\n",
        "\n",
        "\u00a0",
        '"',
        "\u201c",
        "'",
        "Friday",
        "last year",
        "3 December",
        "since 2014",
        "NATO Chief Says",
        " - Sputnik International",
        "(362)",
        "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a",
        "Stoltenberg said.",
        "By John Smith",
        "Published: 8 July 2016",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), NEWSY), max_size=30).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT, st.one_of(st.none(), st.text(max_size=30)))
def test_cleaning_never_crashes_and_spans_point_into_the_text(raw, title):
    cleaned = clean_article(raw, title=title, site_names=["Sputnik International", "Reuters"])
    text, spans = assemble(cleaned.blocks)
    for (section, start, end), block in zip(spans, cleaned.blocks, strict=True):
        assert text[start:end] == block.text and section == block.section
        assert block.text == block.text.strip() and block.text


@SETTINGS
@given(TEXT)
def test_normalising_is_idempotent(raw):
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert "\u00a0" not in once and "\r" not in once


ANCHORS = st.one_of(
    st.just(Anchor(None, None)),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)).map(Anchor.day),
    st.integers(1995, 2030).map(lambda y: Anchor(date(y, 1, 1), date(y, 12, 31))),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)).map(
        lambda d: Anchor(d, None)
    ),
)


@SETTINGS
@given(TEXT, ANCHORS, st.booleans())
def test_date_resolution_never_crashes_and_ranges_are_ordered(expression, anchor, future):
    got = resolve(expression, anchor, future=future)
    if got is not None:
        assert got.precision in ("day", "week", "month", "year")
        assert got.end is None or got.start <= got.end


@SETTINGS
@given(TEXT)
def test_publication_date_parsing_never_crashes(text):
    day = parse_full_date(text)
    assert day is None or date(1990, 1, 1) <= day <= date(2100, 1, 1)
