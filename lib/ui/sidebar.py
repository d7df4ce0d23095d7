"""The shared filters in the sidebar, synced with the URL's query string, and the page
navigation that carries them from page to page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import streamlit as st

from lib import charts
from lib.names import ENTITY_TYPES
from lib.queries import facets
from lib.queries.corpus import Corpus
from lib.queries.filters import (
    DATE_BASES,
    PARAMS,
    UNKNOWN_SOURCE,
    Filters,
    language_name,
)
from lib.ui import facets as facets_ui
from lib.ui import search_box
from lib.ui.plaintext import plain

ENTITY_OPTIONS = 3000  # the type-ahead lists the most mentioned entities (and any selected)


DATE_MIN, DATE_MAX = date(1990, 1, 1), date(2035, 12, 31)


# Widget keys of the shared filters: stable, so that state and tests can address them.
K_ENTITY, K_MATCH, K_TYPE = "flt_entity", "flt_match", "flt_type"


K_FROM, K_TO, K_BASIS, K_UNDATED = "flt_from", "flt_to", "flt_basis", "flt_undated"


K_SOURCE, K_Q, K_META = "flt_source", "flt_q", "flt_meta"


K_LANG = "flt_lang"
META_OPTIONS = facets.FACET_MAX_VALUES  # a column with more values is searched, not listed


_SEEDED = "_flt_seeded"


_FILTERS = "_flt_filters"


_PAGE = "_flt_page"


def url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _top_entities(corpus: Corpus) -> dict[str, str]:
    """The most mentioned entities (ENTITY_OPTIONS) with their labels, once per corpus."""
    top = corpus.catalog.sort_values("n_mentions", ascending=False).head(ENTITY_OPTIONS)
    return {
        entity_id: f"{name} · {kind} ({n:,})"
        for entity_id, name, kind, n in zip(
            top.index.to_numpy(dtype=object),
            top["name"].to_numpy(dtype=object),
            top["type"].to_numpy(dtype=object),
            top["n_mentions"].to_numpy(),
            strict=True,
        )
    }


def entity_options(corpus: Corpus, chosen: Sequence[str]) -> list[str]:
    top = corpus.derived("sidebar-entities", lambda: _top_entities(corpus))
    return list(dict.fromkeys([*[c for c in chosen if c in corpus.catalog.index], *top]))


def entity_label(corpus: Corpus, entity_id: str) -> str:
    """'Jens Stoltenberg · person (1,234)': an entity as the type-ahead shows it."""
    label = corpus.derived("sidebar-entities", lambda: _top_entities(corpus)).get(entity_id)
    if label is None:
        n = corpus.catalog["n_mentions"].get(entity_id, 0)
        label = f"{corpus.names.get(entity_id, entity_id)} · {corpus.types.get(entity_id, '?')} ({int(n):,})"
    return label


def source_options(corpus: Corpus) -> list[str]:
    sources = corpus.articles["source"]
    options = sorted(sources.dropna().unique().tolist())
    return options + ([UNKNOWN_SOURCE] if sources.isna().any() else [])


def meta_options(corpus: Corpus, chosen: Sequence[str] = ()) -> list[str]:
    """'column:value' options of the metadata pick list: every value of the facet columns
    (lib.queries.facets, made once per corpus), then any chosen ones the corpus has."""
    return facets_ui.meta_options(corpus, chosen)


def language_counts(corpus: Corpus) -> dict[str, int]:
    """Articles per language code (articles.language), most first; none for a run made
    before the column existed."""
    if "language" not in corpus.articles:
        return {}

    def compute() -> dict[str, int]:  # once per corpus, not per widget and rerun
        counts = corpus.articles["language"].astype(object).dropna().value_counts()
        return {str(code): int(n) for code, n in counts.items()}

    return dict(corpus.derived("sidebar-languages", compute))


def meta_label(corpus: Corpus, option: str) -> str:
    """'leaning: center (4)': a metadata option with its article count (looked up)."""
    return facets_ui.facets_of(corpus).label_of(option)


def _widget_values(f: Filters, corpus: Corpus | None) -> dict[str, Any]:
    """The sidebar widgets' values for a Filters (unknown entities and sources left out)."""
    sources = source_options(corpus) if corpus is not None else []
    return {
        K_ENTITY: [e for e in f.entities if corpus is not None and e in corpus.catalog.index],
        K_MATCH: f.match,
        K_TYPE: list(f.types),
        K_FROM: f.start,
        K_TO: f.end,
        K_BASIS: f.date_basis,
        K_UNDATED: f.include_undated,
        K_SOURCE: [s for s in f.sources if s in sources],
        **facets_ui.widget_values(corpus, f.meta, key=K_META),
        K_Q: f.keyword,
        K_LANG: [c for c in f.languages if corpus is not None and c in language_counts(corpus)],
    }


def _restore(corpus: Corpus, page: str) -> None:
    """Put the filters into the widgets' state before they are drawn. At the start of a
    session the URL is the truth (a bookmark, a shared link, a reload); on a page switch
    the filters of the last run are (each page has its own widgets, which start afresh)."""
    ss = st.session_state
    if not ss.get(_SEEDED):
        f = Filters.from_query_params(url_params())
        if unknown := [e for e in f.entities if e not in corpus.catalog.index]:
            ss["_flt_unknown"] = unknown
        ss.update(_widget_values(f, corpus))
        ss[_SEEDED] = True
        return
    if ss.get(_PAGE) != page:
        ss.update(_widget_values(ss.get(_FILTERS) or Filters(), corpus))


def _reset() -> None:
    st.session_state.update(_widget_values(Filters(), None))


def set_filters(filters: Filters, corpus: Corpus) -> None:
    """Put `filters` into the sidebar's widgets: from a callback (a brushed range, a saved
    view), which runs before the widgets are drawn."""
    st.session_state.update(_widget_values(filters, corpus))


def _publish(filters: Filters) -> None:
    """Write the filters to the URL (only the parameters that changed), so the view can be
    bookmarked and a reload keeps it."""
    wanted = filters.to_query_params()
    for key in PARAMS:
        if key in wanted:
            if st.query_params.get_all(key) != wanted[key]:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def sidebar_filters(corpus: Corpus, *, page: str = "") -> Filters:
    """Draw the filters in the sidebar, keep them in the URL, and return them. Called once
    per run by the entry script, before the page; pages read `current_filters()`."""
    _restore(corpus, page)
    st.session_state[_PAGE] = page
    with st.sidebar:
        st.markdown("#### NATO–Russia coverage lens")
        nav = st.container()
        st.markdown("### Filters")
        st.caption("The same on every page. They live in the link: bookmark or share it.")
        if unknown := st.session_state.pop("_flt_unknown", None):
            st.warning(f"Not in these tables, left out: {plain(', '.join(unknown))}")
        entities = st.multiselect(
            "Entities",
            entity_options(corpus, st.session_state.get(K_ENTITY, [])),
            format_func=lambda e: entity_label(corpus, e),
            key=K_ENTITY,
            placeholder="Type a name…",
            help="Canonical entities (the number: mentions in the corpus).",
        )
        st.radio(
            "Articles must mention",
            ("all", "any"),
            format_func=lambda m: "all of them" if m == "all" else "any of them",
            key=K_MATCH,
            horizontal=True,
            disabled=len(entities) < 2,
        )
        st.multiselect(
            "Entity types shown",
            ENTITY_TYPES,
            format_func=lambda t: charts.TYPE_LABELS[t],
            key=K_TYPE,
            placeholder="All types",
        )
        basis = st.radio(
            "Date range applies to",
            DATE_BASES,
            format_func=lambda b: "publication date" if b == "published" else "event date",
            key=K_BASIS,
            horizontal=True,
            help="Publication date: when the article appeared. Event date: the dates of the events the articles speak of.",
        )
        left, right = st.columns(2)
        left.date_input(
            "From",
            value=None,
            min_value=DATE_MIN,
            max_value=DATE_MAX,
            key=K_FROM,
            format="YYYY-MM-DD",
        )
        right.date_input(
            "To", value=None, min_value=DATE_MIN, max_value=DATE_MAX, key=K_TO, format="YYYY-MM-DD"
        )
        n_undated = int(corpus.articles["published"].isna().sum())
        st.checkbox(
            f"Include undated articles ({n_undated:,} of {len(corpus.articles):,})",
            key=K_UNDATED,
            disabled=basis != "published",
            help="Articles whose publication date is unknown pass a publication-date range only when this is on.",
        )
        st.multiselect("Sources", source_options(corpus), key=K_SOURCE, placeholder="All sources")
        if languages := language_counts(corpus):
            st.multiselect(
                "Languages",
                list(languages),
                format_func=lambda c: f"{language_name(c)} ({languages.get(c, 0):,})",
                key=K_LANG,
                placeholder="All languages",
                help="The language each article is written in (the number: articles).",
            )
        facets_ui.meta_filter(corpus, key=K_META)
        query = search_box.query_box(corpus, key=K_Q)  # the one that parses (docs/search.md)
        st.button("Reset filters", on_click=_reset, width="stretch")
    ss = st.session_state
    start, end = ss.get(K_FROM), ss.get(K_TO)
    if start and end and start > end:
        start, end = end, start
    filters = Filters(
        entities=tuple(ss.get(K_ENTITY) or ()),
        match=ss.get(K_MATCH) or "all",
        types=tuple(ss.get(K_TYPE) or ()),
        start=start,
        end=end,
        date_basis=ss.get(K_BASIS) or "published",
        include_undated=bool(ss.get(K_UNDATED, True)),
        sources=tuple(ss.get(K_SOURCE) or ()),
        keyword=query,
        meta=facets_ui.chosen_meta(key=K_META),
        languages=tuple(ss.get(K_LANG) or ()),
    )
    _publish(filters)
    ss[_FILTERS] = filters
    with nav:
        _navigation(filters)
    return filters


def add_to_entity_filter(entity_ids: Sequence[str]) -> None:
    """Add entities to the shared entity filter. For a widget callback (it runs before
    the sidebar is drawn); the sidebar then writes the filter to the URL."""
    chosen = list(st.session_state.get(K_ENTITY) or [])
    st.session_state[K_ENTITY] = list(dict.fromkeys([*chosen, *entity_ids]))


def current_filters() -> Filters:
    """The filters drawn by the entry script in this run."""
    return st.session_state.get(_FILTERS) or Filters()


def link_params(filters: Filters, **extra: str) -> dict[str, list[str] | str]:
    """Query parameters for a link to another page that keeps the filters."""
    return {**filters.to_query_params(), **extra}


def page_url(page: str, filters: Filters, **extra: str) -> str:
    """A relative link to a page with the filters (for link columns in tables)."""
    from urllib.parse import urlencode

    return f"./{page}?{urlencode(link_params(filters, **extra), doseq=True)}"


# (file, label, icon) of every page; the entry script is the overview.
PAGES = (
    ("dashboard.py", "Overview", ":material/dashboard:"),
    ("pages/cooccurrence.py", "Co-occurrence", ":material/hub:"),
    ("pages/timeline.py", "Timeline", ":material/timeline:"),
    ("pages/map.py", "Map", ":material/public:"),
    ("pages/entities.py", "Entities", ":material/groups:"),
    ("pages/articles.py", "Articles", ":material/article:"),
    ("pages/compare.py", "Compare", ":material/compare_arrows:"),
    ("pages/add_articles.py", "Add articles", ":material/upload_file:"),
)


def _navigation(filters: Filters) -> None:
    """Links to the pages that carry the filters along in the URL."""
    params = filters.to_query_params()
    for path, label, icon in PAGES:
        st.page_link(path, label=label, icon=icon, query_params=params, width="stretch")


def url_value(key: str) -> str | None:
    return st.query_params.get(key) or None


def set_url_value(key: str, value: str | None) -> None:
    if value:
        if st.query_params.get(key) != value:
            st.query_params[key] = value
    elif key in st.query_params:
        del st.query_params[key]
