"""Downloads: names that say what they hold; PNG, SVG, HTML and CSV that are what they say."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from lib import charts
from lib.charts import export
from lib.queries.filters import Filters


def small_figure():
    counts = pd.DataFrame(
        {
            "name": ["Jens Stoltenberg", "Vladimir Putin"],
            "n_mentions": [13, 6],
            "n_articles": [2, 2],
        }
    )
    return counts, charts.top_entities_bar(
        counts, entity_type="person", subtitle="2 articles · all dates"
    )


def test_file_name_from_chart_settings_and_filters():
    f = Filters(types=("person", "country"), start=date(2015, 11, 24), end=date(2019, 12, 4))
    assert (
        export.filename("cooccurrence", f, "png", parts=["sentence", "npmi"])
        == "cooccurrence_sentence_npmi_type-person-country_2015-11-24_2019-12-04.png"
    )
    assert export.filename("top-person", Filters(), "csv") == "top-person_all.csv"
    weird = export.filename("timeline", Filters(keyword="../../etc/passwd <x>"), "svg")
    assert "/" not in weird and "<" not in weird and weird.endswith(".svg")


def test_csv_is_the_chart_data():
    counts, _ = small_figure()
    data = export.frame_csv(counts.assign(aliases=[["Stoltenberg", "NATO chief"], ["Putin"]]))
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "name,n_mentions,n_articles,aliases"
    assert "Jens Stoltenberg,13,2,Stoltenberg|NATO chief" in text


def test_html_is_self_contained():
    _, fig = small_figure()
    html = export.figure_html(fig).decode("utf-8")
    assert "<title>Most mentioned people</title>" in html
    assert (
        '<script src="https://cdn' not in html
        and "Plotly.newPlot" in html
        and len(html) > 1_000_000
    )


@pytest.mark.skipif(
    export.browser_path() is None, reason="no Chrome/Chromium for kaleido: run `make setup`"
)
def test_png_and_svg_are_drawn_by_kaleido():
    _, fig = small_figure()
    png = export.figure_image(fig, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000
    svg = export.figure_image(fig, "svg").decode("utf-8")
    assert (
        svg.lstrip().startswith("<svg")
        and "Jens Stoltenberg" in svg
        and "Most mentioned people" in svg
    )
    with pytest.raises(ValueError):
        export.figure_image(fig, "gif")
