"""Compare: two to four groups of articles (outlets, a metadata column such as leaning, years,
an entity, a search query) side by side — volume, who is covered, the entities and words most
distinctive of each group, one group against another, tone — and the sentences behind an
entity in each group. The sections are tabs (the open one in the link) and only the open one is
computed and drawn; the drill-down below them takes the entity clicked in any of them."""

from __future__ import annotations

import functools

import streamlit as st

from lib import queries, ui
from lib.charts import compare_charts as cc
from lib.queries import compare, tone
from lib.ui import compare_widgets as cu

DRILL_CANDIDATES = 50  # entities per group offered for the drill-down
MAX_TOP = 25  # the most terms per group the charts draw
K_ARTICLE_TONE = "cmp_article_tone"  # the per-article tone table is open

corpus, filters = ui.page("Compare")

st.title("Compare")
st.caption(
    "Define two to four groups, each by its own filters; a group's articles are those that pass "
    "both its filters and the sidebar's (the sidebar narrows every group alike). By default, one "
    "group per top source. The groups live in the link: bookmark or share it."
)
ids = ui.selected(corpus, filters)
if len(ids) == 0:
    ui.no_articles(filters)
    st.stop()

groups = cu.group_editor(corpus, filters)
names = corpus.names
labels = compare.group_labels(groups, names)
sizes = ui.query(compare.group_sizes, corpus, filters, groups=groups)
cu.sizes_table(sizes)
empty = sizes.loc[sizes["n_articles"] == 0, "group"].tolist()
if empty:
    st.warning(
        f"No article of the sidebar's selection is in {', '.join(map(cu.plain, empty))}: change "
        "its filters (or the sidebar's)."
    )
slug = compare.groups_slug(groups, names)
sub = ui.subtitle(corpus, filters, len(ids), compare.describe_groups(groups, names))
types = list(filters.types)
dated = sizes.dropna(subset=["first"])
# The drill-down's candidates, and the distinctive entities chart's bars: only the ranks the
# page shows are made into rows (every term is still ranked): naming the whole long tail of a
# real corpus's terms cost more than scoring them.
dist_entities = ui.query(
    compare.distinctive_terms,
    corpus,
    filters,
    groups=groups,
    kind="entity",
    types=types,
    top=max(MAX_TOP, DRILL_CANDIDATES),
)

untoned = ui.query(compare.untoned_note, corpus, filters, groups=groups)  # tone and drill-down
remember = {  # the charts whose clicks pick the drill-down's entity, by key
    key: functools.partial(cu.remember_click, corpus, key)
    for key in ("cmp-share", "cmp-dist-entities", "cmp-scatter", "cmp-entity-tone")
}


def period_choice() -> str:
    """The period of the volume and tone over time: one widget, drawn by whichever of their
    two sections is open (one key: the choice and its place in the link are shared)."""
    first, last = dated["first"].min(), dated["last"].max()
    return ui.option(
        "Per",
        queries.GROUP_FREQS,
        default=queries.pick_group_freq(filters.start or first, filters.end or last),
        format_func=queries.FREQ_LABEL.get,
        key="cmp_freq",
    )


# Only the open section runs its queries and draws its charts (issue 16: a filter change
# drew all eight charts of the page, most of them out of sight).
volume_tab, covers_tab, pair_tab, tone_tab = st.tabs(
    cu.SECTIONS, key=cu.K_SECTION, bind="query-params"
)

# -- volume -------------------------------------------------------------------------------------
if volume_tab.open:
    with volume_tab:
        if dated.empty:
            st.info("No article of these groups has a known publication date.")
        else:
            with st.container(horizontal=True, gap="medium", vertical_alignment="bottom"):
                freq = period_choice()
                measure = ui.option(
                    "Volume as",
                    ("count", "share"),
                    default="count",
                    format_func=lambda m: "articles" if m == "count" else "share of the group's",
                    key="cmp_measure",
                    help="Share: each group's articles of a period as a part of all its "
                    "articles, so that a small outlet and a large one can be compared.",
                )
            volume = ui.query(
                compare.group_volume,
                corpus,
                filters,
                groups=groups,
                start=filters.start,
                end=filters.end,
                freq=freq,
            )
            ui.chart(
                cc.volume_bars(volume, labels=labels, freq=freq, measure=measure, subtitle=sub),
                volume,
                name="compare-volume",
                filters=filters,
                key="cmp-volume",
                parts=[slug, queries.FREQ_LABEL[freq], measure],
            )

# -- who is covered ---------------------------------------------------------------------------
if covers_tab.open:
    with covers_tab:
        shares = ui.query(
            compare.entity_shares, corpus, filters, groups=groups, types=types, top=12
        )
        ui.chart(
            cc.entity_share_bars(
                shares, labels=labels, subtitle=sub + " · the 12 entities in most articles"
            ),
            shares,
            name="compare-entity-share",
            filters=filters,
            key="cmp-share",
            parts=[slug],
            selectable=True,
            on_select=remember["cmp-share"],
        )

        st.subheader("Distinctive entities and words")
        st.caption(
            "Ranked by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, "
            "Colaresi & Quinn 2008, “Fightin' Words”; the measure scattertext uses): how much "
            "more often a group uses a term than the other groups' articles, shrunk towards the "
            "term's frequency in the sidebar's selection so that rare terms do not top the list "
            "by chance, divided by its standard error. z above 1.96 (the dotted line) is "
            "unlikely to be chance at the 5% level. Entities count mentions; words are the "
            "article texts without English stop words."
        )
        top = st.slider("Terms per group", 5, MAX_TOP, 10, key="cmp_top", bind="query-params")
        top_entities = dist_entities[dist_entities["rank"] <= top]  # drawn and exported
        ui.chart(
            cc.distinctive_bars(top_entities, labels=labels, kind="entity", subtitle=sub, top=top),
            top_entities,
            name="compare-distinctive-entities",
            filters=filters,
            key="cmp-dist-entities",
            parts=[slug],
            selectable=True,
            on_select=remember["cmp-dist-entities"],
        )
        cu.ensure_word_counts(corpus)  # once per run (kept in the run's folder): a spinner
        dist_words = ui.query(
            compare.distinctive_terms, corpus, filters, groups=groups, kind="word", top=MAX_TOP
        )
        top_words = dist_words[dist_words["rank"] <= top]
        ui.chart(
            cc.distinctive_bars(top_words, labels=labels, kind="word", subtitle=sub, top=top),
            top_words,
            name="compare-distinctive-words",
            filters=filters,
            key="cmp-dist-words",
            parts=[slug],
        )

# -- one group against another ------------------------------------------------------------------
if pair_tab.open:
    with pair_tab:
        with st.container(horizontal=True, gap="medium", vertical_alignment="bottom"):
            # New groups, new choice (the first two): the keys carry the groups.
            label_a = st.selectbox(
                "Group A (x axis)", labels, index=0, key=f"cmp_a-{slug}", persist_state="session"
            )
            label_b = st.selectbox(
                "Group B (y axis)", labels, index=1, key=f"cmp_b-{slug}", persist_state="session"
            )
            kind = ui.option(
                "Terms",
                ("entity", "word"),
                default="entity",
                format_func=lambda k: "entities" if k == "entity" else "words",
                key="cmp_kind",
            )
        a = labels.index(label_a) if label_a in labels else 0
        b = labels.index(label_b) if label_b in labels else 1
        if a == b:
            st.info("Choose two different groups.")
        else:
            if kind == "word":
                cu.ensure_word_counts(corpus)
            pair = ui.query(
                compare.pair_terms, corpus, filters, groups=groups, a=a, b=b, kind=kind, types=types
            )
            ui.chart(
                cc.pair_scatter(
                    pair, label_a=labels[a], label_b=labels[b], kind=kind, subtitle=sub
                ),
                pair,
                name=f"compare-scatter-{kind}",
                filters=filters,
                key="cmp-scatter",
                parts=[slug, f"{a + 1}-vs-{b + 1}"],
                selectable=True,
                on_select=remember["cmp-scatter"],
            )

# -- tone -------------------------------------------------------------------------------------
if tone_tab.open:
    with tone_tab:
        st.info(tone.TRUST_NOTE, icon=":material/info:")
        tone_sub = f"{sub} · {cc.TONE_NOTE}; band and bars: 95% interval"
        if untoned:  # e.g. Russian articles in a group: VADER reads English only
            st.warning(untoned, icon=":material/translate:")
            tone_sub = f"{tone_sub} · {cc.NO_TONE_NOTE}"
        freq = None
        if not dated.empty:
            freq = period_choice()
            by_period = ui.query(
                compare.group_tone,
                corpus,
                filters,
                groups=groups,
                freq=freq,
                start=filters.start,
                end=filters.end,
            )
            ui.chart(
                cc.tone_lines(by_period, labels=labels, freq=freq, subtitle=tone_sub),
                by_period,
                name="compare-tone",
                filters=filters,
                key="cmp-tone",
                parts=[slug, queries.FREQ_LABEL[freq]],
            )
        overall = ui.query(compare.group_tone, corpus, filters, groups=groups, freq=None)
        if len(overall):
            cols = st.columns(len(overall))
            for col, row in zip(cols, overall.itertuples(index=False), strict=False):
                col.metric(
                    cu.plain(row.group),
                    f"{row.tone_mean:+.2f}",
                    help=f"Mean tone of {row.n_sentences:,} sentences in {row.n_articles:,} "
                    f"articles; 95% interval {row.ci_low:+.2f} … {row.ci_high:+.2f}. "
                    f"Negative {row.share_negative:.0%}, neutral {row.share_neutral:.0%}, "
                    f"positive {row.share_positive:.0%}.",
                )

        shares = ui.query(
            compare.entity_shares, corpus, filters, groups=groups, types=types, top=12
        )
        top_shared = (
            shares.groupby("entity_id", sort=False)["n_articles"].sum().sort_values(ascending=False)
        )
        # The entities chosen before stay offered when other groups have other top entities.
        kept = [e for e in st.session_state.get("cmp_tone_entities") or [] if e in names]
        options = list(dict.fromkeys([*filters.entities, *kept, *top_shared.index]))
        chosen = st.multiselect(
            "Entities followed",
            options,
            default=list(filters.entities) or options[:3],
            format_func=lambda e: names.get(e, e),
            key="cmp_tone_entities",
            persist_state="session",
            help="The sidebar's entities, else the three in most articles of the groups.",
        )
        if chosen:
            per_entity = ui.query(
                compare.entity_tone, corpus, filters, groups=groups, entity_ids=chosen
            )
            ui.chart(
                cc.entity_tone_dots(per_entity, labels=labels, subtitle=tone_sub),
                per_entity,
                name="compare-entity-tone",
                filters=filters,
                key="cmp-entity-tone",
                parts=[slug],
                selectable=True,
                on_select=remember["cmp-entity-tone"],
            )
            if freq is not None:
                over_time = ui.query(
                    compare.entity_tone,
                    corpus,
                    filters,
                    groups=groups,
                    entity_ids=chosen,
                    freq=freq,
                    start=filters.start,
                    end=filters.end,
                )
                ui.chart(
                    cc.entity_tone_lines(over_time, labels=labels, freq=freq, subtitle=tone_sub),
                    over_time,
                    name="compare-entity-tone-time",
                    filters=filters,
                    key="cmp-entity-tone-time",
                    parts=[slug, queries.FREQ_LABEL[freq]],
                )
        # Filled only when opened: its 1,000 rows were the largest thing the page sent (87 kB
        # at 28.7k articles), closed.
        table = st.expander("Tone per article (table)", key=K_ARTICLE_TONE, on_change="rerun")
        if table.open:
            with table:
                if untoned:
                    st.caption(untoned)
                per_article = ui.query(compare.article_tone, corpus, filters, groups=groups)
                ui.dataframe(per_article.head(1000), hide_index=True, key="cmp-article-tone")
                ui.table_download(
                    per_article,
                    name="compare-article-tone",
                    filters=filters,
                    key="cmp-article-tone-dl",
                    parts=[slug],
                )

# -- drill-down -------------------------------------------------------------------------------
st.header("The sentences behind an entity")
picked = cu.picked_entity(corpus)
# The most distinctive of each group (not every entity of the groups: tens of thousands).
candidates = (
    dist_entities[dist_entities["rank"] <= DRILL_CANDIDATES]
    .sort_values(["rank", "group"])["term"]
    .tolist()
)
followed = [e for e in st.session_state.get("cmp_tone_entities") or [] if e in names]
entity_options = list(
    dict.fromkeys([*([picked] if picked else []), *candidates, *filters.entities, *followed])
)
if not entity_options:
    st.info("No entity in these groups.")
    st.stop()
if picked:
    entity = picked
    with st.container(horizontal=True, gap="medium", vertical_alignment="center"):
        st.caption("The entity clicked in a chart.")
        st.button(
            "Choose from the list instead",
            on_click=cu.forget_click,
            key="cmp_unpick",
            type="tertiary",
            icon=":material/list:",
        )
else:
    entity = st.selectbox(
        "Entity",
        entity_options,
        format_func=lambda e: f"{names.get(e, e)} · {corpus.types.get(e, '?')}",
        key="cmp_entity",
        help="Or click a bar or a point of an entity in the charts of any section above.",
    )
st.markdown(f"Sentences that mention **{cu.plain(names.get(entity, entity))}**, in each group:")
cu.entity_drilldown(corpus, filters, groups, entity_id=entity, note=untoned)
