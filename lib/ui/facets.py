"""The metadata filter in the sidebar, drawn from the corpus's facet index
(lib.queries.facets): the facet columns as one pick list with article counts, the columns
with thousands of values (authors, urls, ids) as a type-ahead that lists only what matches.
Both go to the URL as `meta=column:value`.

Nothing is computed per value on a rerun: the options and their labels are made once per
corpus; a search is one vectorised match over the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from lib.queries import facets
from lib.queries.corpus import Corpus
from lib.queries.filters import parse_meta

K_META_SEARCH = "flt_meta_search"  # the values chosen through the type-ahead
K_META_FIND = "flt_meta_find"  # what is typed into it
_CHANGED = "_flt_meta_search_changed"


def facets_of(corpus: Corpus) -> facets.Facets:
    return facets.of_corpus(corpus)


def widget_values(
    corpus: Corpus | None, meta: Sequence[tuple[str, str]], *, key: str
) -> dict[str, Any]:
    """The widgets' state for a `meta` filter: facet values into the pick list `key`,
    other values the corpus has into the type-ahead; unknown ones left out."""
    if corpus is None:
        return {key: [], K_META_SEARCH: []}
    index = facets_of(corpus)
    options = [facets.option(c, v) for c, v in meta]
    return {
        key: [o for o in options if index.is_facet(o)],
        K_META_SEARCH: [o for o in options if not index.is_facet(o) and index.known(o)],
    }


def chosen_meta(*, key: str) -> tuple[tuple[str, str], ...]:
    """The `meta` filter the widgets hold: the pick list's values, then the type-ahead's."""
    ss = st.session_state
    values = [*(ss.get(key) or ()), *(ss.get(K_META_SEARCH) or ())]
    return tuple(dict.fromkeys(m for v in values if (m := parse_meta(v))))


def meta_options(corpus: Corpus, chosen: Sequence[str] = ()) -> list[str]:
    """The pick list's options: every facet value, then any chosen value the corpus has."""
    index = facets_of(corpus)
    extra = [c for c in chosen if not index.is_facet(c) and index.known(c)]
    return [*index.options, *dict.fromkeys(extra)]


def meta_filter(corpus: Corpus, *, key: str) -> None:
    """The metadata widgets (in the sidebar): the facet pick list, then the type-ahead."""
    index = facets_of(corpus)
    if not index.columns:
        return
    if index.options:
        st.multiselect(
            "Metadata",
            meta_options(corpus, st.session_state.get(key, [])),
            format_func=index.label_of,
            key=key,
            placeholder="Any " + ", ".join(index.facet_columns[:3]),
            help="The corpus's own columns (the number: articles). Values of one column are "
            "alternatives; different columns must all match.",
        )
    if index.searched_columns:
        _search(corpus)


def _searched_changed() -> None:
    st.session_state[_CHANGED] = True


def _in_fragment_run() -> bool:
    """Whether this run reruns only a fragment (then the app must rerun for a new filter)."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        return bool(getattr(ctx, "fragment_ids_this_run", True)) if ctx else False
    except ImportError:  # pragma: no cover - a Streamlit without it: rerun to be safe
        return True


@st.fragment
def _search(corpus: Corpus) -> None:
    """The type-ahead over the columns with too many values to list: typing reruns only
    this fragment (the index answers in milliseconds); a value chosen reruns the app."""
    index = facets_of(corpus)
    columns = index.searched_columns
    text = st.text_input(
        "Search " + ", ".join(columns[:3]) + ("…" if len(columns) > 3 else ""),
        key=K_META_FIND,
        type="search",
        live=True,
        placeholder="Type a few letters…",
        help=f"{', '.join(columns)}: too many values to list; the first "
        f"{facets.SEARCH_LIMIT} that contain what you type are offered (the number: articles).",
    )
    chosen = list(st.session_state.get(K_META_SEARCH) or [])
    found = index.search(text or "")
    st.multiselect(
        "Matching values",
        list(dict.fromkeys([*chosen, *found])),
        format_func=index.label_of,
        key=K_META_SEARCH,
        on_change=_searched_changed,
        placeholder=f"{len(found)} match(es)" if text else "Search first",
        label_visibility="collapsed",
    )
    if st.session_state.pop(_CHANGED, False) and _in_fragment_run():
        st.rerun()  # the whole app: the new filter applies to every chart


def group_by_buttons(corpus: Corpus, ids, *, apply) -> None:
    """One button per facet column that splits the selection into groups ("bias: left /
    center / right"): `apply(groups)` runs on the click (a callback, before the widgets)."""
    # Compare's only: imported here, since its package brings scipy (a quarter of a second
    # of every server's start, before the first page)
    from lib.queries.compare import MAX_GROUPS
    from lib.queries.compare.by_facet import facet_groups

    index = facets_of(corpus)
    offers = []
    for column in index.facet_columns:
        groups = facet_groups(corpus, ids, column, n=MAX_GROUPS)
        if len(groups) >= 2:
            offers.append((column, groups))
    if not offers:
        return
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        st.caption("One group per value of")
        for column, groups in offers:
            n_values = len(index.columns[column].values)
            shown = " / ".join(g.filters.meta[0][1] for g in groups)
            more = f" (top {len(groups)} of {n_values})" if n_values > len(groups) else ""
            st.button(
                f"{column}: {shown}{more}",
                key=f"cmp_by_{column}",
                on_click=apply,
                args=(groups,),
                type="tertiary",
                icon=":material/splitscreen:",
            )
