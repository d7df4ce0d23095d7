"""Streamlit glue shared by the pages: the cached loaders, the sidebar filters (synced with
the URL), cached queries, and a chart with its download buttons.

The pages are thin: `filters = ui.current_filters()`, a query through `ui.query`, a chart
from lib.charts through `ui.chart`. Nothing here computes; lib/ does.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from lib import basemap, charts, curation, export, store
from lib import brush as brush_module
from lib.filters import DATE_BASES, ENTITY_TYPES, PARAMS, UNKNOWN_SOURCE, Filters, parse_meta
from lib.queries import Corpus, build_corpus, read_metadata, read_tables

DATA_ENV = "LENS_DATA_DIR"
CURATION_ENV = "LENS_CURATION"  # the entity corrections file (docs/curation.md)
# lib.preprocess.DEFAULT_OUT, not imported from there: that loads spaCy, which only a first
# start (no tables yet) or an upload needs.
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "processed"
ENTITY_OPTIONS = 3000  # the type-ahead lists the most mentioned entities (and any selected)
DATE_MIN, DATE_MAX = date(1990, 1, 1), date(2035, 12, 31)

# Widget keys of the shared filters: stable, so that state and tests can address them.
K_ENTITY, K_MATCH, K_TYPE = "flt_entity", "flt_match", "flt_type"
K_FROM, K_TO, K_BASIS, K_UNDATED = "flt_from", "flt_to", "flt_basis", "flt_undated"
K_SOURCE, K_Q, K_META = "flt_source", "flt_q", "flt_meta"
META_OPTIONS = 300  # per metadata column, the most frequent values are offered (and any selected)
_SEEDED = "_flt_seeded"
_FILTERS = "_flt_filters"
_PAGE = "_flt_page"


# -- data -----------------------------------------------------------------------------------


def data_dir() -> Path:
    """Where the tables are read from: $LENS_DATA_DIR, else data/processed."""
    return Path(os.environ.get(DATA_ENV) or DEFAULT_OUT)


def ensure_dataset(out_dir: Path) -> None:
    """Preprocess the shipped sample corpus when no tables exist yet, with a progress bar."""
    if store.dataset_exists(out_dir):
        return
    from lib.preprocess import SAMPLE_CORPUS, update

    bar = st.progress(0.0, text="First start: extracting entities from the sample corpus…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Extracting entities: {done} of {total} articles")

    update([SAMPLE_CORPUS], out_dir, progress=progress)  # writes the tables, fills the cache
    bar.empty()


def curation_path() -> Path:
    """Where the entity corrections are read and saved: $LENS_CURATION, else
    data/curation.yaml."""
    return Path(os.environ.get(CURATION_ENV) or curation.DEFAULT_PATH)


@dataclass(frozen=True)
class Curated:
    """The corrections in force: their file and its version, the operations, the ones that
    were skipped (warnings), an error when the file cannot be read (nothing is applied
    then), and the hidden entities with their names as extracted."""

    path: Path
    version: str
    operations: curation.Curation
    warnings: tuple[str, ...]
    error: str | None
    hidden: pd.DataFrame


# cache_resource, not cache_data: the tables are shared read-only by every session, and
# cache_data would unpickle a copy of the whole corpus on every rerun.
@st.cache_resource(show_spinner="Loading tables…", max_entries=1)
def _tables(out_dir: str, version: str) -> tuple[store.Dataset, pd.DataFrame]:
    # version: the cache key of a run; with the corpus's metadata columns (articles.extra),
    # which corrections do not touch
    return read_tables(Path(out_dir)), read_metadata(Path(out_dir))


# Keyed on the run and on the corrections file's content: an edit from the Entities page or
# by hand shows at the next rerun, without reading the tables again.
@st.cache_resource(show_spinner="Applying the entity corrections…", max_entries=2)
def _corpus(out_dir: str, version: str, path: str, curation_key: str) -> tuple[Corpus, Curated]:
    raw, meta = _tables(out_dir, version)
    try:
        operations, error = curation.load_curation(path), None
    except curation.CurationError as problem:
        operations, error = curation.Curation(), str(problem)
    data, warnings = curation.apply_curation(raw, operations)
    curated = Curated(
        path=Path(path),
        version=curation_key,
        operations=operations,
        warnings=tuple(warnings),
        error=error,
        hidden=curation.hidden_entities(operations, raw.entities),
    )
    corpus = build_corpus(data, version=f"{version}+{curation_key}")
    corpus.meta = meta
    return corpus, curated


def _loaded() -> tuple[Corpus, Curated]:
    out_dir, path = data_dir(), curation_path()
    ensure_dataset(out_dir)
    return _corpus(
        str(out_dir), store.dataset_version(out_dir), str(path), curation.curation_version(path)
    )


def load_corpus() -> Corpus:
    """The tables of the current run with the entity corrections applied."""
    return _loaded()[0]


def curation_state() -> Curated:
    """The corrections applied to the corpus `load_corpus` returns."""
    return _loaded()[1]


def load_dataset() -> store.Dataset:
    return load_corpus().data


def clear_caches() -> None:
    """After a new preprocessing run: drop every loaded table and query result."""
    _tables.clear()
    _corpus.clear()
    _selected.clear()
    _query.clear()
    _query_shared.clear()


# Seconds spent in each uncached query, newest last: read by bench/query_bench.py (the
# dashboard never looks at it). Bounded, so a long-running server does not grow it.
QUERY_TIMES: deque[tuple[str, float]] = deque(maxlen=10_000)


def _timed(name: str, fn: Callable, *args, **kwargs) -> Any:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    QUERY_TIMES.append((name, time.perf_counter() - started))
    return result


# Entry limits bound a long-running server's memory: at 100k articles a selection is a few
# MB and a query result up to tens; a filter change redoes a query in well under a second.
@st.cache_resource(max_entries=16, show_spinner=False)
def _selected(version: str, filters: Filters, _corpus: Corpus) -> pd.Index:
    return _timed("select_articles", _corpus.select, filters)


def selected(corpus: Corpus, filters: Filters) -> pd.Index:
    """The article_ids that pass the filters (cached per run and filters)."""
    return _selected(corpus.version, filters, corpus)


_QUERIES: dict[str, Callable] = {}


@st.cache_data(max_entries=128, show_spinner=False)
def _query(name: str, version: str, filters: Filters, kwargs: tuple, _corpus: Corpus) -> Any:
    ids = selected(_corpus, filters)
    return _timed(name, _QUERIES[name], _corpus, ids, **dict(kwargs))


# Large tables (every event or article of a big corpus) are shared read-only instead:
# cache_data would unpickle a fresh copy of them on every rerun.
# Few: a large result (every event of 100k articles) is hundreds of MB, and cheap to redo.
@st.cache_resource(max_entries=4, show_spinner=False)
def _query_shared(name: str, version: str, filters: Filters, kwargs: tuple, _corpus: Corpus) -> Any:
    ids = selected(_corpus, filters)
    return _timed(name, _QUERIES[name], _corpus, ids, **dict(kwargs))


def query(fn: Callable, corpus: Corpus, filters: Filters, *, shared: bool = False, **kwargs) -> Any:
    """`fn(corpus, article_ids, **kwargs)` for the articles that pass the filters, cached
    per run, filters and arguments. `shared=True` for large results: the same object is
    returned to every caller, which must not modify it."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    _QUERIES[name] = fn
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
    cached = _query_shared if shared else _query
    return cached(name, corpus.version, filters, frozen, corpus)


# -- the shared filters -----------------------------------------------------------------------


def _url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _entity_options(corpus: Corpus, chosen: Sequence[str]) -> list[str]:
    top = corpus.catalog.sort_values("n_mentions", ascending=False).index[:ENTITY_OPTIONS]
    return list(dict.fromkeys([*[c for c in chosen if c in corpus.catalog.index], *top]))


def _source_options(corpus: Corpus) -> list[str]:
    sources = corpus.articles["source"]
    options = sorted(sources.dropna().unique().tolist())
    return options + ([UNKNOWN_SOURCE] if sources.isna().any() else [])


@st.cache_data(max_entries=4, show_spinner=False)
def _meta_counts(version: str, _corpus: Corpus) -> dict[str, int]:
    """'column:value' -> articles, most frequent first within each column."""
    counts = {}
    for column in _corpus.metadata.columns:
        for value, n in _corpus.metadata[column].value_counts().items():
            if n > 0:
                counts[f"{column}:{value}"] = int(n)
    return counts


def meta_options(corpus: Corpus, chosen: Sequence[str] = ()) -> list[str]:
    """'column:value' for the metadata of the corpus: per column its most frequent values
    (META_OPTIONS), then any chosen ones the corpus has."""
    counts = _meta_counts(corpus.version, corpus)
    per_column: dict[str, int] = {}
    options = []
    for option in counts:
        column = option.partition(":")[0]
        per_column[column] = per_column.get(column, 0) + 1
        if per_column[column] <= META_OPTIONS:
            options.append(option)
    return list(dict.fromkeys([*options, *(c for c in chosen if c in counts)]))


def meta_label(corpus: Corpus, option: str) -> str:
    """'leaning: center (4)': a metadata option with its article count."""
    column, _, value = option.partition(":")
    return f"{column}: {value} ({_meta_counts(corpus.version, corpus).get(option, 0):,})"


def _widget_values(f: Filters, corpus: Corpus | None) -> dict[str, Any]:
    """The sidebar widgets' values for a Filters (unknown entities and sources left out)."""
    sources = _source_options(corpus) if corpus is not None else []
    meta = [f"{c}:{v}" for c, v in f.meta]
    return {
        K_ENTITY: [e for e in f.entities if corpus is not None and e in corpus.catalog.index],
        K_MATCH: f.match,
        K_TYPE: list(f.types),
        K_FROM: f.start,
        K_TO: f.end,
        K_BASIS: f.date_basis,
        K_UNDATED: f.include_undated,
        K_SOURCE: [s for s in f.sources if s in sources],
        K_META: [m for m in meta if m in meta_options(corpus, meta)] if corpus is not None else [],
        K_Q: f.keyword,
    }


def _restore(corpus: Corpus, page: str) -> None:
    """Put the filters into the widgets' state before they are drawn. At the start of a
    session the URL is the truth (a bookmark, a shared link, a reload); on a page switch
    the filters of the last run are (each page has its own widgets, which start afresh)."""
    ss = st.session_state
    if not ss.get(_SEEDED):
        f = Filters.from_query_params(_url_params())
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
    names, types = corpus.names, corpus.types
    n_mentions = corpus.catalog["n_mentions"]
    with st.sidebar:
        st.markdown("#### NATO–Russia coverage lens")
        nav = st.container()
        st.markdown("### Filters")
        st.caption("The same on every page. They live in the link: bookmark or share it.")
        if unknown := st.session_state.pop("_flt_unknown", None):
            st.warning(f"Not in these tables, left out: {', '.join(unknown)}")
        entities = st.multiselect(
            "Entities",
            _entity_options(corpus, st.session_state.get(K_ENTITY, [])),
            format_func=lambda e: (
                f"{names.get(e, e)} · {types.get(e, '?')} ({int(n_mentions.get(e, 0)):,})"
            ),
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
        st.multiselect("Sources", _source_options(corpus), key=K_SOURCE, placeholder="All sources")
        if len(corpus.metadata.columns):
            st.multiselect(
                "Metadata",
                meta_options(corpus, st.session_state.get(K_META, [])),
                format_func=lambda m: meta_label(corpus, m),
                key=K_META,
                placeholder="Any " + ", ".join(corpus.metadata.columns[:3]),
                help="The corpus's own columns (the number: articles). Values of one column are "
                "alternatives; different columns must all match.",
            )
        st.text_input(
            "Keyword", key=K_Q, placeholder="e.g. dialogue", help="Case-insensitive, as typed."
        )
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
        keyword=(ss.get(K_Q) or "").strip(),
        meta=tuple(m for v in ss.get(K_META) or () if (m := parse_meta(v))),
    )
    _publish(filters)
    ss[_FILTERS] = filters
    with nav:
        _navigation(filters)
    with st.sidebar:
        from lib import ui_views  # it imports this module

        ui_views.saved_views(corpus, page=page)
    return filters


def add_to_entity_filter(entity_ids: Sequence[str]) -> None:
    """Add entities to the shared entity filter. For a widget callback (it runs before
    the sidebar is drawn); the sidebar then writes the filter to the URL."""
    chosen = list(st.session_state.get(K_ENTITY) or [])
    st.session_state[K_ENTITY] = list(dict.fromkeys([*chosen, *entity_ids]))


def chart_selection(key: str) -> list[dict]:
    """The points selected on the chart drawn by `chart(..., key=key)`, from a callback."""
    return selected_points(st.session_state.get(f"{key}-chart"))


def current_filters() -> Filters:
    """The filters drawn by the entry script in this run."""
    return st.session_state.get(_FILTERS) or Filters()


def subtitle(corpus: Corpus, filters: Filters, n_articles: int, *extra: str) -> str:
    """What a chart's subtitle says: the article count, the filters, chart settings."""
    return " · ".join(
        [f"{n_articles:,} articles", filters.describe(corpus.names), *[e for e in extra if e]]
    )


def link_params(filters: Filters, **extra: str) -> dict[str, list[str] | str]:
    """Query parameters for a link to another page that keeps the filters."""
    return {**filters.to_query_params(), **extra}


def page_url(page: str, filters: Filters, **extra: str) -> str:
    """A relative link to a page with the filters (for link columns in tables)."""
    from urllib.parse import urlencode

    return f"./{page}?{urlencode(link_params(filters, **extra), doseq=True)}"


# -- charts and downloads ---------------------------------------------------------------------


def chart(
    fig,
    data: pd.DataFrame,
    *,
    name: str,
    filters: Filters,
    key: str,
    parts: Sequence[str] = (),
    selectable: bool = False,
    selection_mode: str | Sequence[str] = "points",
    on_select: Callable[[], None] | None = None,
    brush: bool = False,
):
    """A chart with PNG, SVG, HTML and CSV download buttons beside it. PNG and SVG are
    drawn only when clicked. Returns the selection event when `selectable`; `on_select`
    is called on a new selection, before the rerun (it may change the filters). `brush`
    (a chart with a time x axis): dragging across it sets the shared date filter."""
    callback = on_select
    if brush:
        brush_module.brushable(fig, clicks=selectable)
        modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
        selection_mode = (*modes, "box") if selectable else "box"
        callback = partial(_brushed, f"{key}-chart", on_select)
        st.caption(
            ":material/date_range: To set the date range with the mouse, pick *Box Select* in "
            "the chart's toolbar, then drag across the chart."
            if selectable
            else ":material/date_range: Drag across the chart to set the date range."
        )
    event = st.plotly_chart(
        fig,
        theme=None,
        key=f"{key}-chart",
        on_select=callback or ("rerun" if selectable else "ignore"),
        selection_mode=selection_mode,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {
                "filename": export.filename(name, filters, "png", parts=parts)[:-4]
            },
            **basemap.plotly_config(fig),  # a map draws offline
        },
    )
    download_row(fig, data, name=name, filters=filters, key=key, parts=parts)
    return event


def _brushed(chart_key: str, then: Callable[[], None] | None = None) -> None:
    """A range brushed on a time chart becomes the date filter (a click on a point does not);
    then the chart's own `on_select`, if any."""
    brushed = brush_module.brushed_filters(
        current_filters(), st.session_state.get(chart_key), bounds=(DATE_MIN, DATE_MAX)
    )
    if brushed is not None:
        st.session_state[K_FROM], st.session_state[K_TO] = brushed.start, brushed.end
    if then is not None:
        then()


def download_row(
    fig, data: pd.DataFrame, *, name: str, filters: Filters, key: str, parts: Sequence[str] = ()
) -> None:
    with st.container(horizontal=True, horizontal_alignment="right", gap="small"):
        for fmt in ("png", "svg"):
            st.download_button(
                fmt.upper(),
                data=lambda fmt=fmt: export.figure_image(fig, fmt),
                file_name=export.filename(name, filters, fmt, parts=parts),
                mime=export.MIME[fmt],
                key=f"{key}-{fmt}",
                on_click="ignore",
                icon=":material/download:",
                type="tertiary",
            )
        st.download_button(
            "HTML",
            help="The chart as an interactive web page (works offline)",
            data=lambda: export.figure_html(fig),
            file_name=export.filename(name, filters, "html", parts=parts),
            mime=export.MIME["html"],
            key=f"{key}-html",
            on_click="ignore",
            icon=":material/download:",
            type="tertiary",
        )
        st.download_button(
            "CSV",
            help="The data the chart is drawn from",
            data=lambda: export.frame_csv(data),
            file_name=export.filename(name, filters, "csv", parts=parts),
            mime=export.MIME["csv"],
            key=f"{key}-csv",
            on_click="ignore",
            icon=":material/download:",
            type="tertiary",
        )


def table_download(
    frame: pd.DataFrame | Callable[[], pd.DataFrame],
    *,
    name: str,
    filters: Filters,
    key: str,
    parts: Sequence[str] = (),
    label: str | None = None,
) -> None:
    """One CSV download button for a table (the whole filtered table, not only the rows
    shown). `frame` may be a function that makes the table: it then runs only on click."""
    make = frame if callable(frame) else (lambda: frame)
    st.download_button(
        label or ("CSV" if callable(frame) else f"CSV ({len(frame):,} rows)"),
        data=lambda: export.frame_csv(make()),
        file_name=export.filename(name, filters, "csv", parts=parts),
        mime=export.MIME["csv"],
        key=f"{key}-csv",
        on_click="ignore",
        icon=":material/download:",
    )


def no_articles(filters: Filters) -> None:
    msg = "No articles match these filters."
    if not filters.is_default:
        msg += " Widen them in the sidebar, or press *Reset filters*."
    st.info(msg, icon=":material/filter_alt_off:")


def selected_points(event) -> list[dict]:
    """The points of a chart selection event (empty when nothing is selected)."""
    if not event:
        return []
    try:
        return list(event.selection.points)
    except AttributeError:
        return list((event.get("selection") or {}).get("points", []))


# -- page frame: config, navigation, filters ---------------------------------------------------

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


def page(title: str) -> tuple[Corpus, Filters]:
    """The frame of every page: config, the tables, the navigation and the shared filters
    in the sidebar. Returns the corpus and the filters in force."""
    st.set_page_config(
        page_title=f"{title} · NATO–Russia coverage lens", page_icon="🛰️", layout="wide"
    )
    corpus, curated = _loaded()
    filters = sidebar_filters(corpus, page=title)
    from lib import ui_curation  # it imports this module

    ui_curation.notice(curated)
    with st.sidebar:
        st.divider()
        st.caption(f"{len(corpus.articles):,} articles loaded · `{data_dir()}`")
    return corpus, filters


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
