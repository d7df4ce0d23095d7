"""The frame of every page: its config, the tables, the navigation and shared filters in the
sidebar, the saved views, and the notice of corrections that could not be applied."""

from __future__ import annotations

import streamlit as st

from lib.queries.corpus import Corpus
from lib.queries.filters import Filters
from lib.ui import curation_widgets, loaders, saved_views, sidebar


def page(title: str) -> tuple[Corpus, Filters]:
    """The frame of every page: config, the tables, the navigation and the shared filters
    in the sidebar. Returns the corpus and the filters in force."""
    st.set_page_config(
        page_title=f"{title} · NATO–Russia coverage lens", page_icon="🛰️", layout="wide"
    )
    corpus, curated = loaders.load_corpus(), loaders.curation_state()
    filters = sidebar.sidebar_filters(corpus, page=title)
    with st.sidebar:
        saved_views.saved_views(corpus, page=title)
    curation_widgets.notice(curated)
    with st.sidebar:
        st.divider()
        st.caption(f"{len(corpus.articles):,} articles loaded · `{loaders.data_dir()}`")
    return corpus, filters
