"""Every page on the hostile corpus (tests/hostile.py, with its curation file): each CSV it
offers, made by the very callable its download button holds and read back with Python's csv
module, has no cell a spreadsheet would run as a formula; each chart it shows has no markup
from the data in its text. AppTest does not run deferred downloads: the callables are
collected from st.download_button and called here.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
import streamlit as st

from lib.ui import compare_widgets as cu
from tests import hostile
from tests.apptest import app, open_tab
from tests.test_chart_safety import CODE_MARKUP, DOUBLE, strings

# page -> URL parameters that open every part of it that offers a download
PAGES = {
    "dashboard.py": {},
    "pages/cooccurrence.py": {"co_min": "1"},
    "pages/timeline.py": {},
    "pages/entities.py": {"id": "person:jens-stoltenberg"},
    "pages/articles.py": {"q": "alert"},
    "pages/map.py": {},
    "pages/compare.py": {},
}

# page -> (key, labels) of its tabs that draw only when open: each is visited in turn, and
# the expanders filled only when open (their session keys), opened in the last tab
# (tab key, tab labels, keys of the tables filled only when their expander is opened)
TABS = {
    "pages/compare.py": (cu.K_SECTION, cu.SECTIONS, ["cmp_article_tone"]),
    "pages/cooccurrence.py": (None, (), ["co_pairs_table"]),
    "pages/timeline.py": (None, (), ["tl_events_table"]),
}

# The CSVs each page must offer (file names start so): the check below is not vacuous.
EXPECTED = {
    "dashboard.py": ["top-person", "top-country", "top-org", "top-event", "volume"],
    "pages/cooccurrence.py": [
        "cooccurrence-matrix", "cooccurrence-network", "cooccurrence-sentences", "cooccurrence_",
    ],
    "pages/timeline.py": ["timeline", "event-articles", "events"],
    "pages/entities.py": [
        "entities", "mentions", "entity-mentions", "entity-partners", "quotes", "entity-articles",
    ],
    "pages/articles.py": ["query-in-context", "articles"],
    "pages/map.py": ["map-countries", "map-partners"],
    "pages/compare.py": [
        "compare-volume", "compare-entity-share", "compare-distinctive-entities",
        "compare-distinctive-words", "compare-scatter-entity", "compare-tone",
        "compare-entity-tone", "compare-entity-tone-time", "compare-article-tone",
        "compare-sentences",
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return hostile.write_dataset(tmp_path_factory.mktemp("hostile") / "processed")


@pytest.fixture
def downloads(monkeypatch) -> list[tuple[str, str, object]]:
    """(file name, mime, data) of every download button the pages draw."""
    offered: list[tuple[str, str, object]] = []
    original = st.download_button

    def record(label, data=None, file_name=None, mime=None, **kwargs):
        offered.append((file_name, mime, data))
        return original(label, data=data, file_name=file_name, mime=mime, **kwargs)

    monkeypatch.setattr(st, "download_button", record)
    return offered


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("page", list(PAGES))
def test_every_csv_and_chart_of_a_page_is_safe(monkeypatch, hostile_dir, downloads, page):
    hostile.write_curation(Path(os.environ["LENS_CURATION"]))
    at = app(monkeypatch, hostile_dir, None if page == "dashboard.py" else page, **PAGES[page])
    assert not at.exception and not at.error
    shown = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    key, tabs, expanders = TABS.get(page, (None, (), ()))
    for label in tabs[1:]:
        open_tab(at, key, label)
        assert not at.error
        shown += [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    for expander in expanders:
        at.session_state[expander] = True
        at.run()
        assert not at.exception and not at.error

    csvs = {}
    for name, mime, data in downloads:
        if mime == "text/csv":
            csvs[name] = data() if callable(data) else data
    for prefix in EXPECTED[page]:
        assert any(name.startswith(prefix) for name in csvs), (prefix, sorted(csvs))
    quoted = 0
    for name, data in csvs.items():
        for row in cells(data):
            for cell in row:
                assert not hostile.runs_as_formula(cell), (name, cell)
                quoted += cell.startswith(("'=", "'+", "'-", "'@", "'\t", "'\r"))
    assert quoted > 0  # the hostile text reached the files, neutralised

    assert shown or page == "pages/articles.py"  # the one page without a chart
    for spec in shown:
        bad = [
            (path, text)
            for path, text in strings(spec)
            if "<" in CODE_MARKUP.sub("", text) or DOUBLE.search(text)
        ]
        assert bad == [], spec["layout"]["title"]["text"]


def test_the_renames_of_the_curation_file_reach_the_charts(monkeypatch, hostile_dir):
    hostile.write_curation(Path(os.environ["LENS_CURATION"]))
    at = app(monkeypatch, hostile_dir)
    people = next(
        json.loads(el.proto.spec)
        for el in at.get("plotly_chart")
        if "Most mentioned people" in json.loads(el.proto.spec)["layout"]["title"]["text"]
    )
    ticks = people["data"][0]["y"]
    assert any(t.startswith('&lt;a href="javascript:alert(1)"&gt;J') for t in ticks), ticks


def test_text_in_markdown_is_shown_as_written():
    from lib import ui
    from lib.ui.plaintext import WORD_JOINER

    text = "[x](http://evil) http://evil **b** ![i](x.png) <img src=x onerror=alert(1)> &lt; `c`"
    escaped = ui.plain(text)
    assert re.sub(r"\\(.)", r"\1", escaped).replace(WORD_JOINER, "") == text  # as seen
    assert "](" not in escaped and "http://" not in escaped and "**" not in escaped
