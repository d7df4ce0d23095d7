"""Downloads: names that say what they hold; PNG, SVG, HTML and CSV that are what they say."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pandas as pd
import pytest

from lib import charts
from lib.charts import export
from lib.queries.filters import Filters
from tests.conftest import ROOT


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


def cells(data: bytes) -> list[list[str]]:
    """A CSV download read back as Python's csv module (and a spreadsheet) reads it."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_formula_prefixes_are_neutralised_and_nothing_else():
    assert export.neutralise_formula('=HYPERLINK("http://evil","Open")') == (
        '\'=HYPERLINK("http://evil","Open")'
    )
    for text in ("+1", "-5", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"):
        assert export.neutralise_formula(text) == "'" + text
    for value in ("NATO", " =not at the start", "", "'already quoted", "5", "x=1"):
        assert export.neutralise_formula(value) == value
    for value in (-5, -2.5, 0, None, date(2016, 7, 8), pd.Timestamp("2016-07-08")):
        assert export.neutralise_formula(value) is value  # numbers and dates stay themselves


def test_csv_neutralises_text_cells_and_keeps_numbers_numbers():
    frame = pd.DataFrame(
        {
            "title": ["=1+1", "-5", "Plain title", "@evil", None],
            "value": [-5, -1, 3, 0, 2],
            "score": [-0.25, 1.0, -3.5, 0.0, float("nan")],
            "when": pd.to_datetime(["2016-07-08", "2017-01-01", None, "2018-02-03", None]),
            "aliases": [["-x", "y"], ["ok"], [], ["+1"], ["z"]],
            "kind": pd.Categorical(["=a", "b", "=a", "b", "b"]),
        }
    )
    frame["text"] = pd.Series(["\tTab", "\rCR", "fine", "+plus", "x"], dtype="str")
    rows = cells(export.frame_csv(frame))
    assert rows[0] == ["title", "value", "score", "when", "aliases", "kind", "text"]
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'-5", "Plain title", "'@evil", ""]
    assert [r[1] for r in rows[1:]] == ["-5", "-1", "3", "0", "2"]  # numbers, not text
    assert [r[2] for r in rows[1:]] == ["-0.25", "1.0", "-3.5", "0.0", ""]
    assert rows[1][3] == "2016-07-08" and rows[3][3] == ""
    assert [r[4] for r in rows[1:]] == ["'-x|y", "ok", "", "'+1", "z"]
    assert [r[5] for r in rows[1:]] == ["'=a", "b", "'=a", "b", "b"]
    assert [r[6] for r in rows[1:]] == ["'\tTab", "'\rCR", "fine", "'+plus", "x"]
    assert frame["title"].iloc[0] == "=1+1"  # the caller's frame is not changed


def test_column_names_are_cells_too():
    rows = cells(export.frame_csv(pd.DataFrame({"=x": [1]})))
    assert rows == [["'=x"], ["1"]]


def test_a_line_break_inside_a_cell_cannot_start_a_new_row():
    frame = pd.DataFrame({"title": ["Hello\r=cmd|' /C calc'!A0", "Two\nlines", "Three\r\nlines"]})
    rows = cells(export.frame_csv(frame))
    assert rows == [["title"], ["Hello\r=cmd|' /C calc'!A0"], ["Two\nlines"], ["Three\r\nlines"]]


def test_every_csv_is_written_by_frame_csv_and_offered_by_the_blocks():
    """No other writer of spreadsheet files in lib/ or the pages: a new CSV download goes
    through lib.ui.blocks (chart and table downloads), hence through export.frame_csv."""
    writers = re.compile(
        r"\.to_csv\(|csv\.writer|csv\.DictWriter|\.to_excel\(|ExcelWriter|\.to_clipboard\("
    )
    buttons = re.compile(r"download_button\(")
    sources = [ROOT / "dashboard.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "lib").rglob("*.py")]
    found = {
        str(path.relative_to(ROOT)): (bool(writers.search(text)), bool(buttons.search(text)))
        for path in sources
        for text in [path.read_text(encoding="utf-8")]
    }
    assert [p for p, (w, _) in found.items() if w] == ["lib/charts/export.py"]
    assert [p for p, (_, b) in found.items() if b] == ["lib/ui/blocks.py"]


def test_a_categorical_column_is_written_as_its_values_would_be():
    values = ["=a", None, "b", "=a", "-1", None, "b"]
    kinds = {"object": pd.Series(values, dtype=object), "category": pd.Categorical(values)}
    written = {name: export.frame_csv(pd.DataFrame({"kind": k})) for name, k in kinds.items()}
    assert written["category"] == written["object"]
    assert [r[0] for r in cells(written["category"])[1:]] == ["'=a", "", "b", "'=a", "'-1", "", "b"]


def test_frames_csv_is_the_csv_of_the_frames_joined():
    frame = pd.DataFrame(
        {"name": ["=x", "b", "c", "+d", "e"], "n": [1, 2, 3, 4, 5]},
    )
    for cuts in ([5], [0, 5], [2, 2, 5], [1, 2, 3, 4, 5]):
        parts = [frame.iloc[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True)]
        assert b"".join(export.frames_csv(parts)) == export.frame_csv(frame)
