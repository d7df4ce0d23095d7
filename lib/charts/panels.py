"""A grid of panels, as plotly's make_subplots lays it out, built once per shape.

make_subplots builds its layout through plotly's checked updates: 20 ms a call, and the
Compare page draws three grids a rerun (the Timeline and a search query's attention chart one
each). The grid depends only on its shape, spacing and sharing, not on the data: it is built
once, and each figure gets a copy of its layout with its own panel titles, and the grid's
references, so that `add_trace(row=…, col=…)` and `update_yaxes(row=…)` work as after
make_subplots.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import lru_cache

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from lib.charts.safe import safe_labels

_PLACEHOLDER = "\x00panel-title-{}"


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


@lru_cache(maxsize=64)
def _grid(rows: int, cols: int, n_titles: int, options: tuple) -> tuple[dict, object, str]:
    """The layout (without the template, which every figure gets as plotly's default), the
    grid references and their description of a make_subplots grid."""
    kwargs = {k: list(v) if isinstance(v, tuple) else v for k, v in options}
    titles = [_PLACEHOLDER.format(i) for i in range(n_titles)] if n_titles else None
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=titles, **kwargs)
    layout = fig.to_dict()["layout"]
    layout.pop("template", None)
    return layout, fig._grid_ref, fig._grid_str


@safe_labels
def panels(
    *, rows: int = 1, cols: int = 1, subplot_titles: Sequence[str] | None = None, **options
) -> go.Figure:
    """A figure as make_subplots(rows=…, cols=…, subplot_titles=…, **options) makes it
    (the titles are label text: escaped when called outside a chart function)."""
    titles = list(subplot_titles or [])
    key = tuple(sorted((k, _hashable(v)) for k, v in options.items()))
    layout, grid_ref, grid_str = _grid(rows, cols, len(titles), key)
    layout = copy.deepcopy(layout)
    for annotation in layout.get("annotations", []):
        text = annotation.get("text", "")
        if text.startswith(_PLACEHOLDER[:-2]):
            annotation["text"] = titles[int(text.rsplit("-", 1)[1])]
    fig = go.Figure(layout=layout)
    fig.__dict__["_grid_ref"] = grid_ref  # as make_subplots attaches them
    fig.__dict__["_grid_str"] = grid_str
    return fig
