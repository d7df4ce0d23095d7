"""Saved views (lib.queries.views): names, links, the file (atomic, merged under a lock), errors."""

from __future__ import annotations

import json
import os
import re
from datetime import date

import pytest

from lib.queries import views
from lib.queries.filters import Filters
from lib.queries.views import View, ViewsError, delete_view, load_views, save_view, view_url


def test_a_view_holds_the_filters_and_its_link_is_the_page_and_query_string():
    filters = Filters(
        entities=("person:jens-stoltenberg",), start=date(2016, 1, 1), sources=("Sputnik",)
    )
    view = View("  Stoltenberg,   2016 on ", "pages/timeline.py", filters.to_query_params())
    assert view.name == "Stoltenberg, 2016 on"
    assert view.filters == filters
    assert (
        view_url(view)
        == "/timeline?entity=person%3Ajens-stoltenberg&from=2016-01-01&source=Sputnik"
    )
    assert (
        view_url(view, base="http://127.0.0.1:8501/")
        == "http://127.0.0.1:8501/timeline?entity=person%3Ajens-stoltenberg&from=2016-01-01&source=Sputnik"
    )
    assert view_url(View("All", "dashboard.py", {})) == "/"
    assert view_url(View("Reader", "pages/articles.py", {"article": "abc", "q": ["a b"]})) == (
        "/articles?article=abc&q=a+b"
    )


def test_the_app_address_comes_from_any_page_url():
    assert views.app_address("http://127.0.0.1:8501/timeline") == "http://127.0.0.1:8501"
    assert views.app_address("https://lens.example.org/") == "https://lens.example.org"
    assert (
        views.app_address("https://example.org/lens/entities", base_path="/lens/")
        == "https://example.org/lens"
    )
    assert views.app_address(None) == ""  # no browser (AppTest): links from the root


@pytest.mark.parametrize(
    ("name", "page", "message"),
    [
        ("", "dashboard.py", "a view needs a name"),
        ("   ", "dashboard.py", "a view needs a name"),
        ("x" * 81, "dashboard.py", "at most 80 characters"),
        ("ok", "timeline", "a page script"),
    ],
)
def test_invalid_views_say_what_is_wrong(name, page, message):
    with pytest.raises(ValueError, match=message):
        View(name, page, {})


def test_save_replaces_a_view_of_the_same_name_in_place_and_delete_removes_it(tmp_path):
    path = tmp_path / "views.json"
    assert load_views(path) == []
    save_view(path, View("A", "dashboard.py", {"q": ["dialogue"]}))
    save_view(path, View("B", "pages/timeline.py", {"from": ["2016-01-01"]}))
    saved = save_view(path, View("A", "pages/entities.py", {"id": ["country:RUS"]}))
    assert [(v.name, v.page) for v in saved] == [
        ("A", "pages/entities.py"),
        ("B", "pages/timeline.py"),
    ]
    assert load_views(path) == saved
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "views": [
            {"name": "A", "page": "pages/entities.py", "params": {"id": ["country:RUS"]}},
            {"name": "B", "page": "pages/timeline.py", "params": {"from": ["2016-01-01"]}},
        ]
    }
    assert [v.name for v in delete_view(path, "A")] == ["B"]
    assert [v.name for v in delete_view(path, "no such view")] == ["B"]
    assert [v.name for v in load_views(path)] == ["B"]
    assert not list(tmp_path.glob(".views.json.*"))  # no temp file left behind


def test_two_sessions_do_not_lose_each_others_views(tmp_path):
    path = tmp_path / "views.json"
    save_view(path, View("mine", "dashboard.py", {}))
    save_view(path, View("theirs", "dashboard.py", {}))  # another session, same file
    assert [v.name for v in load_views(path)] == ["mine", "theirs"]


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "views.json"
    save_view(path, View("kept", "dashboard.py", {}))
    before = path.read_bytes()

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)  # the atomic write renames last
    with pytest.raises(OSError, match="disk full"):
        save_view(path, View("lost", "dashboard.py", {}))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".views.json.*"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"views": [', "line 1, column 12: not valid JSON"),
        ('{"views": {}}', 'expected {"views": [...]}'),
        (
            '{"views": [{"name": "a", "page": "dashboard.py", "colour": 1}]}',
            "view 1: expected name, page and params",
        ),
        ('{"views": [{"name": "", "page": "dashboard.py"}]}', "view 1: a view needs a name"),
        (
            '{"views": [{"name": "a", "page": "dashboard.py", "params": [1]}]}',
            "view 1: params must be a mapping",
        ),
    ],
)
def test_a_bad_file_names_the_file_and_the_fault(tmp_path, text, message):
    path = tmp_path / "views.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ViewsError, match=re.escape(message)) as error:
        load_views(path)
    assert str(path) in str(error.value)
