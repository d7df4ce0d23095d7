"""A page's own options (the period of its bars, the weight of a pair, the map's colour): a
row of choices kept in the link, so that a shared or reloaded view opens as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st


def option(
    label: str,
    options: Sequence[Any],
    *,
    default: Any,
    key: str,
    format_func: Callable[[Any], str] | None = None,
    help: str | None = None,
) -> Any:
    """One of `options`, kept in the URL under `key`: `default` until another is chosen."""
    return (
        st.segmented_control(
            label,
            options,
            default=default,
            format_func=format_func,
            key=key,
            bind="query-params",
            required=True,
            help=help,
        )
        or default
    )
