"""Streamlit glue of the comparison page: the group editor, kept in the URL (g1 … g4, see
lib.queries.compare), its sections (tabs, the open one in the URL), and the drill-down from an
entity (clicked in any section's chart, or chosen) to its sentences in each group. The
computing is in lib.queries.compare; the shared sidebar, loaders and chart blocks in lib.ui.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd
import streamlit as st

from lib import store
from lib.queries import compare, wordcounts
from lib.queries.corpus import Corpus
from lib.queries.filters import Filters, language_name, parse_meta, query_error
from lib.ui import blocks, cached, clicks, loaders, sidebar
from lib.ui import facets as facets_ui
from lib.ui.plaintext import plain
from lib.ui.sidebar import entity_options, source_options, url_params

K_N = "cmp_n"  # how many groups
K_EDIT = "cmp_edit"  # whether the group editor's form is open
K_SECTION = "cmp_tab"  # the section open, in the URL: a shared link opens the same one
# Only the open section is drawn (a filter change drew eight charts, most of them unseen);
# the first is the default, which keeps its link short.
SECTIONS = ("Coverage over time", "Who each group covers", "One group against another", "Tone")
K_PICKED = "_cmp_picked"  # the entity clicked in a chart, for the drill-down
FIELDS = ("label", "source", "meta", "lang", "from", "to", "entity", "q")
_LAST = "_cmp_groups"  # the groups of the last run: restored when the URL has none
_HIDDEN = "_cmp_hidden"  # per group, what the URL may set but the form does not show


def key(index: int, field: str) -> str:
    """The widget key of one field of group `index` (0-based): 'cmp_g1_source'."""
    return f"cmp_g{index + 1}_{field}"


def _seed(corpus: Corpus, index: int, group: compare.Group) -> None:
    """Put a group into its widgets' state (unknown sources, entities and metadata values
    left out, like the sidebar does)."""
    f = group.filters
    ss = st.session_state
    metas = [f"{c}:{v}" for c, v in f.meta]
    known_meta = set(sidebar.meta_options(corpus, metas))
    sources = set(source_options(corpus))
    ss.update(
        {
            key(index, "label"): group.label,
            key(index, "source"): [s for s in f.sources if s in sources],
            key(index, "meta"): [m for m in metas if m in known_meta],
            key(index, "lang"): [c for c in f.languages if c in sidebar.language_counts(corpus)],
            key(index, "from"): f.start,
            key(index, "to"): f.end,
            key(index, "entity"): [e for e in f.entities if e in corpus.catalog.index],
            key(index, "q"): f.keyword,
        }
    )
    ss.setdefault(_HIDDEN, {})[index] = (f.match, f.date_basis, f.include_undated)


def _from_widgets(index: int) -> compare.Group:
    ss = st.session_state
    start, end = ss.get(key(index, "from")), ss.get(key(index, "to"))
    if start and end and start > end:
        start, end = end, start
    match, basis, undated = ss.get(_HIDDEN, {}).get(index, ("all", "published", False))
    entities = tuple(ss.get(key(index, "entity")) or ())
    filters = Filters(
        entities=entities,
        match=match if len(entities) > 1 else "all",
        start=start,
        end=end,
        date_basis=basis,
        include_undated=undated,
        sources=tuple(ss.get(key(index, "source")) or ()),
        keyword=(ss.get(key(index, "q")) or "").strip(),
        meta=tuple(m for v in ss.get(key(index, "meta")) or () if (m := parse_meta(v))),
        languages=tuple(ss.get(key(index, "lang")) or ()),
    )
    return compare.Group(filters=filters, label=(ss.get(key(index, "label")) or "").strip())


def _parsed_query(
    index: int, group: compare.Group, previous: compare.Group | None
) -> compare.Group:
    """The group, or with its last query that parsed when the one typed does not (the message
    says where it fails)."""
    typed = group.filters.keyword
    error = query_error(typed)
    if error is None:
        return group
    kept = previous.filters.keyword if previous is not None else ""
    st.error(
        f"Group {index + 1}: the search query does not parse: {plain(error.message)}. "
        + (f"“{plain(kept)}” stays in force." if kept else "No query is applied."),
        icon="⚠️",
    )
    st.code(error.pointer(typed), language=None)
    return replace(group, filters=group.filters.with_(keyword=kept))


def _publish(groups: Sequence[compare.Group]) -> None:
    """Write the groups to the URL (g1 … gn; the others removed)."""
    wanted = compare.groups_to_query_params(groups)
    for name in compare.GROUP_PARAMS:
        if name in wanted:
            if st.query_params.get(name) != wanted[name]:
                st.query_params[name] = wanted[name]
        elif name in st.query_params:
            del st.query_params[name]


def _start(corpus: Corpus, filters: Filters) -> None:
    """At the start of a session: the groups of the URL (a link, a reload), else one group
    per top source."""
    ss = st.session_state
    url = compare.groups_from_query_params(url_params())
    if len(url) >= 2:
        groups = url
    else:
        if len(url) == 1:
            ss["_cmp_note"] = (
                "The link defines one group: a comparison needs two, so the defaults are shown."
            )
        groups = compare.default_groups(corpus, cached.selected(corpus, filters))
    ss[_LAST] = tuple(groups)
    ss[K_N] = min(max(len(groups), 2), compare.MAX_GROUPS)
    for index, group in enumerate(groups[: compare.MAX_GROUPS]):
        _seed(corpus, index, group)


def _apply(corpus: Corpus, groups: Sequence[compare.Group]) -> None:
    """Make `groups` the comparison (a button's callback: before the widgets are drawn)."""
    st.session_state[K_N] = min(max(len(groups), 2), compare.MAX_GROUPS)
    for index, group in enumerate(groups[: compare.MAX_GROUPS]):
        _seed(corpus, index, group)


def group_editor(corpus: Corpus, filters: Filters) -> tuple[compare.Group, ...]:
    """Draw the group editor (how many groups, then, when opened, a form with each group's
    filters) and return the groups; they are kept in the URL."""
    ss = st.session_state
    if _LAST not in ss:
        _start(corpus, filters)
    if note := ss.pop("_cmp_note", None):
        st.warning(note)
    facets_ui.group_by_buttons(
        corpus, cached.selected(corpus, filters), apply=functools.partial(_apply, corpus)
    )
    n = st.segmented_control(
        "Groups",
        tuple(range(2, compare.MAX_GROUPS + 1)),
        key=K_N,
        required=True,
        persist_state="session",
        help="How many groups to compare (two to four).",
    )
    n = int(n or 2)
    # The default groups only for a group shown for the first time: ranking the selection's
    # sources at every filter change cost a tenth of Compare's queries.
    unseeded = [index for index in range(n) if key(index, "source") not in ss]
    if unseeded:
        defaults = cached.query(compare.default_groups, corpus, filters, n=compare.MAX_GROUPS)
        for index in unseeded:
            _seed(corpus, index, defaults[index] if index < len(defaults) else compare.Group())
    # Closed, the form is not drawn at all (its fields keep their state): its type-aheads of
    # thousands of entities cost the browser more on a filter change than the charts did.
    if st.toggle(
        "Edit the groups",
        key=K_EDIT,
        help="Each group's sources, metadata, languages, dates, entities and search query.",
    ):
        _group_form(corpus, n)
    previous = ss.get(_LAST) or ()
    groups = tuple(
        _parsed_query(
            index, _from_widgets(index), previous[index] if index < len(previous) else None
        )
        for index in range(n)
    )
    _publish(groups)
    ss[_LAST] = groups
    return groups


def _group_form(corpus: Corpus, n: int) -> None:
    """The form with each group's filters, one column a group; submitted, it reruns the page."""
    ss = st.session_state
    sources = source_options(corpus)
    has_meta = len(corpus.metadata.columns) > 0
    languages = sidebar.language_counts(corpus)
    names = corpus.names
    with st.form("cmp_groups", border=True, enter_to_submit=True):
        columns = st.columns(n)
        for index, column in enumerate(columns):
            with column:
                derived = compare.derive_label(_from_widgets(index).filters, names)
                st.markdown(f"**Group {index + 1}**")
                st.text_input(
                    "Label",
                    key=key(index, "label"),
                    placeholder=derived,
                    max_chars=80,
                    persist_state="session",
                    help="Shown in the charts; empty: derived from the filters.",
                )
                st.multiselect(
                    "Sources",
                    sources,
                    key=key(index, "source"),
                    placeholder="Any source",
                    persist_state="session",
                )
                if has_meta:
                    st.multiselect(
                        "Metadata",
                        sidebar.meta_options(corpus, ss.get(key(index, "meta"), [])),
                        format_func=lambda m: sidebar.meta_label(corpus, m),
                        key=key(index, "meta"),
                        placeholder="Any",
                        persist_state="session",
                        help="Values of one column are alternatives; different columns must all match.",
                    )
                if len(languages) > 1:
                    st.multiselect(
                        "Languages",
                        list(languages),
                        format_func=language_name,
                        key=key(index, "lang"),
                        placeholder="Any language",
                        persist_state="session",
                    )
                for column, (label, field) in zip(
                    st.columns(2), (("From", "from"), ("To", "to")), strict=True
                ):
                    column.date_input(
                        label,
                        value=None,
                        min_value=sidebar.DATE_MIN,
                        max_value=sidebar.DATE_MAX,
                        key=key(index, field),
                        format="YYYY-MM-DD",
                        persist_state="session",
                    )
                st.multiselect(
                    "Entities",
                    entity_options(corpus, ss.get(key(index, "entity"), [])),
                    format_func=lambda e: names.get(e, e),
                    key=key(index, "entity"),
                    placeholder="Articles that mention…",
                    persist_state="session",
                )
                st.text_input(
                    "Search query",
                    key=key(index, "q"),
                    placeholder='e.g. NATO AND "Black Sea"',
                    persist_state="session",
                    help="The sidebar's query language (its help: *How to write a query*).",
                )
        st.form_submit_button("Compare", type="primary", icon=":material/compare_arrows:")


def entity_drilldown(
    corpus: Corpus,
    filters: Filters,
    groups: Sequence[compare.Group],
    *,
    entity_id: str,
    limit: int = 100,
    note: str | None = None,
) -> None:
    """The sentences that mention the entity in each group, side by side (plain text);
    `note`: what the tone column cannot say (lib.queries.tone.untoned_note)."""
    sentences = cached.query(
        compare.entity_sentences, corpus, filters, groups=groups, entity_id=entity_id, limit=limit
    )
    labels = compare.group_labels(groups, corpus.names)
    if note:
        st.caption(f"Tone column: {note}")
    columns = st.columns(len(labels))
    for label, column in zip(labels, columns, strict=True):
        rows = sentences[sentences["group"] == label]
        with column:
            st.markdown(f"**{plain(label)}** · {len(rows):,} sentence(s)")
            if rows.empty:
                st.caption("No sentence of this group mentions it.")
                continue
            blocks.dataframe(
                rows[["sentence", "tone", "title", "source", "published"]],
                hide_index=True,
                column_config={
                    "sentence": st.column_config.TextColumn("Sentence", width="large"),
                    "tone": st.column_config.NumberColumn("Tone", format="%.2f"),
                },
                key=f"cmp-sentences-{label}",
                height=320,
            )
    blocks.table_download(
        sentences,
        name="compare-sentences",
        filters=filters,
        key="cmp-sentences-dl",
        parts=[compare.groups_slug(groups, corpus.names), entity_id.split(":", 1)[-1]],
        label=f"These sentences as CSV ({len(sentences):,})",
    )


def remember_click(corpus: Corpus, chart_key: str) -> None:
    """`on_select` of a chart whose points carry entity ids (`ui.chart(..., key=chart_key)`):
    the entity clicked, or none when the selection was cleared, kept for the drill-down.
    A chart's selection dies with its tab (Streamlit drops the state of a widget not drawn),
    the entity must not: it was clicked in one section and is read below all of them."""
    event = st.session_state.get(f"{chart_key}-chart")
    st.session_state[K_PICKED] = clicks.clicked_ids(
        [event], accept=lambda v: v in corpus.catalog.index
    )


def forget_click() -> None:
    st.session_state[K_PICKED] = None


def picked_entity(corpus: Corpus) -> str | None:
    """The entity last clicked in a chart of any section, else None."""
    picked = st.session_state.get(K_PICKED)
    return picked if picked in corpus.catalog.index else None


def sizes_table(sizes: pd.DataFrame) -> None:
    # A group with no dated article has no first or last day: a dash, not the grid's "None".
    shown = sizes.assign(first=_day_or_dash(sizes["first"]), last=_day_or_dash(sizes["last"]))
    blocks.dataframe(
        shown,
        hide_index=True,
        column_config={
            "group": "Group",
            "definition": st.column_config.TextColumn("Definition (as in the link)"),
            "n_articles": st.column_config.NumberColumn("Articles", format="%d"),
            "n_dated": st.column_config.NumberColumn("Dated", format="%d"),
            "n_mentions": st.column_config.NumberColumn("Entity mentions", format="%d"),
            "first": "First",
            "last": "Last",
        },
        key="cmp-sizes",
    )


def _day_or_dash(days: pd.Series) -> pd.Series:
    return days.map(lambda day: "—" if day is None or pd.isna(day) else day.isoformat())


def ensure_word_counts(corpus: Corpus) -> None:
    """Count the words of every article (lib.queries.wordcounts) unless done: once per run, kept in
    the run's folder so that a restarted server reads them instead; a spinner meanwhile."""
    if wordcounts.is_counted(corpus):
        return
    run = store.current_run(loaders.data_dir())
    # Only the folder of the run the corpus was read from (the version starts with its id).
    folder = run if run is not None and corpus.version.split("+")[0] == run.name else None
    with st.spinner("Counting the words of the articles (once per run)…"):
        wordcounts.of_corpus(corpus, folder=folder)
