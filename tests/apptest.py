"""Opening the dashboard in Streamlit's AppTest as a new browser session would: a URL with
query parameters, the first page run, then the page under test."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from lib.ui import DATA_ENV
from tests.conftest import ROOT


def open_app(page: str | None = None, **params) -> AppTest:
    """A new session (as a reload of the browser tab is), on `page` with `params` in the URL."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(page).run()
        assert not at.exception, at.exception
    return at


def app(monkeypatch, data_dir: Path, page: str | None = None, **params) -> AppTest:
    """`open_app` on the tables in `data_dir`."""
    monkeypatch.setenv(DATA_ENV, str(data_dir))
    return open_app(page, **params)


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Open the tab `label` of the tabs keyed `key` (bound to the URL), as a click on it does.
    AppTest sends its query parameters at every run and a bound parameter wins over the
    session's value, so the parameter is dropped: the click's value then holds."""
    if key in at.query_params:
        del at.query_params[key]
    at.session_state[key] = label
    at.run()
    assert not at.exception, at.exception
    return at
