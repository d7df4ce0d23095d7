"""Saved views: the filters of a page saved under a name, restorable and shareable as a link.

A view is a name, a page (its script, as in `lib.ui.PAGES`: `pages/timeline.py`) and the
page's query parameters (the shared filters, `Filters.to_query_params`, plus the page's
own, such as the entity shown on the Entities page). Its link is the page's path and that
query string: `/timeline?entity=person:jens-stoltenberg&from=2016-01-01`.

The views live in one small JSON file (`data/views.json` by default, `$LENS_VIEWS`
otherwise), written atomically and under a lock so that two open sessions never lose each
other's views:

    {"views": [{"name": "Warsaw summit", "page": "pages/timeline.py",
                "params": {"from": ["2016-07-01"], "to": ["2016-07-31"]}}]}

Only `load_views`, `save_view` and `delete_view` touch the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from lib import store
from lib.paths import ROOT
from lib.queries.filters import Filters

DEFAULT_PATH = ROOT / "data" / "views.json"
ENTRY_PAGE = "dashboard.py"  # the overview: its path is the app's root
MAX_NAME = 80


class ViewsError(ValueError):
    """A views file that cannot be read; the message names the file and the fault."""


def _params(params: Mapping[str, str | Sequence[str]]) -> dict[str, list[str]]:
    """Query parameters as name -> list of non-empty strings, names sorted (stable files)."""
    out: dict[str, list[str]] = {}
    for key in sorted(params):
        raw = params[key]
        values = [raw] if isinstance(raw, str) else list(raw)
        values = [str(v) for v in values if str(v)]
        if values:
            out[str(key)] = values
    return out


@dataclass(frozen=True)
class View:
    """One saved view: a name, a page script and its query parameters."""

    name: str
    page: str
    params: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        name = " ".join(str(self.name or "").split())
        if not name:
            raise ValueError("a view needs a name")
        if len(name) > MAX_NAME:
            raise ValueError(f"a view's name has at most {MAX_NAME} characters, not {len(name)}")
        if not isinstance(self.page, str) or not self.page.endswith(".py"):
            raise ValueError(
                f"a view's page is a page script such as pages/timeline.py, not {self.page!r}"
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "params", _params(self.params or {}))

    @property
    def filters(self) -> Filters:
        """The shared filters the view holds."""
        return Filters.from_query_params(self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "page": self.page, "params": self.params}


def url_path(page: str) -> str:
    """The page's path in the app's URL: '' for the entry page, else the script's stem."""
    return "" if page == ENTRY_PAGE else Path(page).stem


def app_address(url: str | None, *, base_path: str = "") -> str:
    """The app's address from the URL of any of its pages ('http://host:8501/timeline' ->
    'http://host:8501'), with the server's base path (`server.baseUrlPath`) if any."""
    if not url:
        return ""
    parts = urlsplit(url)
    path = base_path.strip("/")
    return f"{parts.scheme}://{parts.netloc}" + (f"/{path}" if path else "")


def view_url(view: View, *, base: str = "") -> str:
    """The view's link: `base` (the app's address, e.g. http://127.0.0.1:8501) + the page's
    path + its query string. Without a base, a link from the app's root ('/timeline?…')."""
    query = urlencode(view.params, doseq=True)
    return f"{base.rstrip('/')}/{url_path(view.page)}" + (f"?{query}" if query else "")


def with_view(views: Sequence[View], view: View) -> list[View]:
    """`views` with `view` added, or replacing the view of the same name where it stands."""
    out = list(views)
    for i, old in enumerate(out):
        if old.name == view.name:
            out[i] = view
            return out
    return [*out, view]


def without_view(views: Sequence[View], name: str) -> list[View]:
    return [v for v in views if v.name != name]


# -- the file -------------------------------------------------------------------------------


def loads(text: str, *, source: str = "<text>") -> list[View]:
    """Views from the file's text; ViewsError names `source`, the view and the fault."""
    try:
        data = json.loads(text) if text.strip() else {"views": []}
    except json.JSONDecodeError as error:
        raise ViewsError(
            f"{source}: line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    items = data.get("views") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ViewsError(f'{source}: expected {{"views": [...]}}, a list of views')
    views = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or set(item) - {"name", "page", "params"}:
            raise ViewsError(f"{source}: view {n}: expected name, page and params, not {item!r}")
        params = item.get("params") or {}
        if not isinstance(params, dict):
            raise ViewsError(f"{source}: view {n}: params must be a mapping, not {params!r}")
        try:
            views.append(View(item.get("name"), item.get("page"), params))
        except ValueError as error:
            raise ViewsError(f"{source}: view {n}: {error}") from None
    return views


def dumps(views: Sequence[View]) -> str:
    return json.dumps({"views": [v.to_dict() for v in views]}, ensure_ascii=False, indent=2) + "\n"


def load_views(path: str | Path = DEFAULT_PATH) -> list[View]:
    """The saved views, in the order they were first saved; none when there is no file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as error:
        raise ViewsError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    return loads(text, source=str(path))


def _write(path: Path, views: Sequence[View]) -> None:
    store.atomic_write_text(path, dumps(views))


def save_view(path: str | Path, view: View) -> list[View]:
    """Add `view` to the file (replacing a view of the same name); returns the views now
    in it. The file is read afresh under a lock."""
    path = Path(path)
    with store.edit_lock(path, "views"):
        views = with_view(load_views(path), view)
        _write(path, views)
    return views


def delete_view(path: str | Path, name: str) -> list[View]:
    """Remove the view called `name` from the file (nothing when there is none)."""
    path = Path(path)
    with store.edit_lock(path, "views"):
        views = load_views(path)
        kept = without_view(views, name)
        if len(kept) != len(views):
            _write(path, kept)
    return kept
