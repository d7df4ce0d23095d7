"""Text from the data made safe for plotly labels, once, at the door of every chart function.

Plotly renders a small subset of HTML in label text (titles, axis and tick labels, hover
text, annotations, legend names, text on points, colour-bar titles): `<b>`, `<br>`,
`<span style=…>`, and links (`<a href=…>`). Article text, titles, sentences, quotes,
entity names (renamed on the Entities page or in a colleague's curation.yaml), sources and
group labels are untrusted: shown raw, a name can become a live link or styled text, on
the page and in the HTML export.

The rule is structural. Every function of lib.charts that makes a figure is decorated with
`safe_labels`: before its body runs, every piece of text in its arguments (str arguments,
the string cells, index and column labels of DataFrames and Series, the keys and values of
mappings, the items of lists and tuples, lists inside cells) is escaped by `esc`, the one
function through which data becomes label text. The body works on label text only: it
adds its own markup (`<b>`, `<br>`, coloured spans) around it and never escapes again, so
nothing is escaped twice (`&amp;amp;`). tests/test_chart_safety.py checks that every
figure-making function carries the decorator and that none lets markup from the data through.

Ids (entity_id, event ids, ISO codes) are slugs (lib.ids.slug): escaping leaves them as they
are, so the ids in customdata that clicks read back still match the tables. customdata is
escaped like the rest because hover templates show it as label text (`%{customdata[1]}`).
"""

from __future__ import annotations

import contextvars
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import numpy as np
import pandas as pd

_SPECIAL = re.compile(r"[&<>]")
_ENTITY = re.compile(r"&(?:amp|lt|gt);")
_inside = contextvars.ContextVar("inside_chart_function", default=False)

F = TypeVar("F", bound=Callable[..., Any])


def esc(text: object) -> str:
    """Text from the data as plotly label text: `&`, `<` and `>` shown as written."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unesc(text: str) -> str:
    """The text `esc` was given (the exact inverse)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def visible_len(text: str) -> int:
    """How many characters label text shows (an escaped `&lt;` is one)."""
    return len(_ENTITY.sub("_", text))


def _value(value: object) -> object:
    if isinstance(value, str):
        return esc(value) if _SPECIAL.search(value) else value
    if isinstance(value, (list, tuple)):
        return type(value)(_value(v) for v in value)
    if isinstance(value, np.ndarray) and value.dtype.kind in "OUS":
        return np.array([_value(v) for v in value.ravel()], dtype=object).reshape(value.shape)
    return value


def _vectorised(texts: pd.Series | pd.Index) -> pd.Series | pd.Index:
    """Strings of a string dtype escaped in Arrow, not one Python call a value: a
    categorical's categories are every entity of the corpus (100k+)."""
    if not texts.str.contains(_SPECIAL.pattern, regex=True, na=False).any():
        return texts
    return (
        texts.str.replace("&", "&amp;", regex=False)
        .str.replace("<", "&lt;", regex=False)
        .str.replace(">", "&gt;", regex=False)
    )


_ESCAPED_CATEGORIES: dict[int, tuple[pd.Index, pd.Index]] = {}  # id -> (categories, escaped)


def _categories(categories: pd.Index) -> pd.Index:
    """A corpus's entity_id categories escaped once, not at every chart: every frame cut
    from the mentions shares the one categories object (a few corpora held at a time)."""
    known = _ESCAPED_CATEGORIES.get(id(categories))
    if known is not None and known[0] is categories:
        return known[1]
    escaped = _vectorised(categories)
    if len(_ESCAPED_CATEGORIES) >= 4:
        _ESCAPED_CATEGORIES.clear()
    _ESCAPED_CATEGORIES[id(categories)] = (categories, escaped)
    return escaped


def _series(series: pd.Series) -> pd.Series:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        categories = dtype.categories
        if isinstance(categories.dtype, pd.StringDtype):
            escaped = _categories(categories)
            return series if escaped is categories else series.cat.rename_categories(escaped)
        if pd.api.types.is_string_dtype(categories.dtype):
            return series.cat.rename_categories([_value(c) for c in categories])
        return series
    if not pd.api.types.is_string_dtype(dtype):  # object counts as string here
        return series  # numbers, booleans, dates: nothing to escape
    if isinstance(dtype, pd.StringDtype):  # vectorised; most columns need nothing
        return _vectorised(series)
    values = series.to_numpy()
    texts = [v for v in values if isinstance(v, str)]
    plain = "\x00".join(texts)
    if not ("&" in plain or "<" in plain or ">" in plain) and not any(
        isinstance(v, (list, tuple, np.ndarray)) for v in values
    ):
        return series  # no copy when there is nothing to escape
    return series.map(_value)


def _index(index: pd.Index) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        return index.set_levels([_index(level) for level in index.levels])
    if isinstance(index.dtype, pd.StringDtype):
        return _vectorised(index)
    if pd.api.types.is_string_dtype(index.dtype):
        return index.map(_value)
    return index


class _EscapedMapping(Mapping):
    """A mapping seen through `esc`, escaped at each look-up rather than copied whole
    (corpus.names holds every entity of the corpus)."""

    def __init__(self, raw: Mapping):
        self._raw = raw

    def __getitem__(self, key: object) -> object:
        raw_key = unesc(key) if isinstance(key, str) else key
        return escape_data(self._raw[raw_key])

    def __iter__(self) -> Iterator:
        return (_value(k) for k in self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, key: object) -> bool:
        return (unesc(key) if isinstance(key, str) else key) in self._raw


def escape_data(value: Any) -> Any:
    """`value` with every piece of text in it passed through `esc`; numbers, dates and
    everything else as they are. The input is never changed."""
    if isinstance(value, pd.DataFrame):
        out = value.copy(deep=False)
        for i in range(out.shape[1]):
            column = out.iloc[:, i]
            escaped = _series(column)
            if escaped is not column:
                out.isetitem(i, escaped)
        out.index = _index(out.index)
        out.columns = _index(out.columns)
        return out
    if isinstance(value, pd.Series):
        out = _series(value)
        out = out.copy(deep=False) if out is value else out
        out.index = _index(value.index)
        return out.rename(_value(value.name))
    if isinstance(value, pd.Index):
        return _index(value)
    if isinstance(value, _EscapedMapping):
        return value
    if isinstance(value, Mapping):
        return _EscapedMapping(value)
    return _value(value)


def safe_labels(function: F) -> F:
    """Decorator of every function of lib.charts that makes a figure: its arguments reach it
    as label text (escape_data). Inside another chart function (empty_figure called by a
    chart, say) the arguments are label text already and pass as they are."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if _inside.get():
            return function(*args, **kwargs)
        token = _inside.set(True)
        try:
            return function(
                *(escape_data(a) for a in args),
                **{k: escape_data(v) for k, v in kwargs.items()},
            )
        finally:
            _inside.reset(token)

    wrapper.escapes_data = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
