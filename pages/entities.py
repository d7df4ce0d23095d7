"""Entities: a searchable table of canonical entities, and one entity's profile: aliases
and roles, mentions over time, who and what it appears with, its quotes, the articles."""

from __future__ import annotations

import streamlit as st

from lib import charts, queries, ui
from lib.ui import clicks, curation_widgets

corpus, filters = ui.page("Entities")

st.title("Entities")
curated = ui.curation_state()
curation_widgets.corrections_panel(curated, key="ent-cur")
ids = ui.selected(corpus, filters)
if len(ids) == 0:
    ui.no_articles(filters)
    st.stop()

search = st.text_input(
    "Search entities",
    key="ent_search",
    placeholder="a name, an alias or an id: Stoltenberg, Kremlin, country:RUS",
)
table = ui.query(queries.entity_table, corpus, filters, types=list(filters.types), search=search)
st.caption(
    f"{len(table):,} entities in {len(ids):,} articles{' (first 1,000 shown; the CSV has all)' if len(table) > 1000 else ''}. Select a row for its profile."
)
if table.empty:
    st.info("No entity matches this search in these articles.")
    st.stop()
shown = table.head(1000)
event = ui.dataframe(
    shown,
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key=f"ent_table-{curated.version}",  # a correction clears the row selection
    height=280,
    column_config={
        "entity_id": "id",
        "n_mentions": st.column_config.NumberColumn("mentions", format="%d"),
        "n_articles": st.column_config.NumberColumn("articles", format="%d"),
        "aliases": st.column_config.TextColumn("aliases", width="large"),
    },
)
ui.table_download(
    table,
    name="entities",
    filters=filters,
    key="ent-table",
    parts=[f"q-{search}"] if search else [],
)
ui.table_download(
    lambda: queries.mention_batches(corpus, ids, types=filters.types),
    name="mentions",
    filters=filters,
    key="ent-mentions",
    label="Every mention in these articles (CSV)",
)

chosen = clicks.picked_row(
    event,
    shown,
    "entity_id",
    url_key="id",
    known=corpus.catalog.index,
    default=table.iloc[0]["entity_id"],
)

profile = ui.corpus_query(queries.entity_profile, corpus, chosen)
name, etype = profile["name"], profile["type"]
st.divider()
st.header(ui.plain(name))
colour = charts.type_colour(etype)
st.markdown(
    f":gray[{chosen}] · **:{'blue' if etype == 'person' else 'orange' if etype == 'country' else 'green' if etype == 'org' else 'violet' if etype == 'location' else 'red'}[{charts.TYPE_LABELS.get(etype, etype)}]**"
    + (f" · {profile['kind']}" if isinstance(profile.get("kind"), str) else "")
    + (f" · country {profile['code']}" if isinstance(profile.get("code"), str) else "")
)
curation_widgets.entity_editor(corpus, curated, chosen, profile, key="ent-edit")
arts = ui.query(queries.entity_articles, corpus, filters, entity_id=chosen)
c1, c2, c3 = st.columns(3)
c1.metric("Mentions (these articles)", f"{int(arts['n_mentions'].sum()):,}")
c2.metric("Articles (these articles)", f"{len(arts):,}")
c3.metric("Mentions (whole corpus)", f"{profile['n_mentions']:,}")
if profile.get("date_start") is not None:
    st.markdown(
        f"**When**: {profile['date_start']} – {profile['date_end']} · **where**: {ui.plain(profile.get('place') or '—')} · Wikipedia: *{ui.plain(profile.get('reference') or '—')}*"
    )
left, right = st.columns(2)
with left:
    st.markdown(
        "**Written as** " + (", ".join(f"“{ui.plain(a)}”" for a in profile["aliases"]) or "—")
    )
with right:
    st.markdown("**Roles** " + (", ".join(ui.plain(r) for r in profile["roles"]) or "—"))

merged = ui.corpus_query(queries.merge_log, corpus, chosen)
if len(merged):
    with st.expander(
        f"Merged into {name}: {len(merged)} surface form(s) linked from other entities",
        icon=":material/merge:",
    ):
        st.caption(
            "Which written forms the extraction linked to this entity, and why. To undo a "
            "wrong link, split its alias off under “Edit … → Split an alias”, naming it "
            "as it should be (the entity in *linked from* is what it would be on its own)."
        )
        ui.dataframe(merged, hide_index=True, key="ent-merge-log")

sub = ui.subtitle(corpus, filters, len(ids))
dated = arts["published"].dropna()
if len(dated):
    first, last = min(dated), max(dated)
    freq = queries.pick_freq(first, last)
    series = ui.query(queries.mentions_over_time, corpus, filters, entity_ids=[chosen], freq=freq)
    fig = charts.mentions_lines(
        series, freq=freq, subtitle=sub, title=f"Mentions of {name} over time"
    )
    ui.chart(
        fig,
        series,
        name="entity-mentions",
        filters=filters,
        key="ent-series",
        parts=[chosen.split(":", 1)[-1], queries.FREQ_LABEL[freq]],
        brush=True,
    )
else:
    st.info(f"No dated article mentions {ui.plain(name)}: no mentions over time to show.")

level = (
    st.segmented_control(
        "Together in the same",
        ("sentence", "article"),
        default="sentence",
        key="ent_level",
        required=True,
    )
    or "sentence"
)
partners = ui.query(
    queries.partners,
    corpus,
    filters,
    entity_id=chosen,
    level=level,
    types=list(filters.types),
    min_count=1,
)
if partners.empty:
    st.info(f"{ui.plain(name)} appears with no other entity in these articles.")
else:
    ranked = queries.rank_partners(partners, min_count=2 if len(partners) > 15 else 1)
    fig = charts.partners_bar(
        ranked,
        name=name,
        measure="npmi",
        level=level,
        subtitle=f"{sub} · NPMI, pairs in ≥ {ranked['n_pair'].min()} {level}s",
    )
    ui.chart(
        fig,
        ranked,
        name="entity-partners",
        filters=filters,
        key="ent-partners",
        parts=[chosen.split(":", 1)[-1], level, "npmi"],
    )

st.subheader("Quotes")
quotes = ui.query(queries.quotes, corpus, filters, speaker_id=chosen)
if quotes.empty:
    st.caption(
        f"No quotation of {ui.plain(name)} in these articles."
        if etype == "person"
        else "Only people are quoted."
    )
else:
    # The browser gets the first rows, as for the articles: a much-quoted person has
    # thousands of quotes in a real corpus (1.3 MB a rerun at 100k).
    if len(quotes) > clicks.SHOWN_ROWS:
        st.caption(f"The first {clicks.SHOWN_ROWS:,} of {len(quotes):,} (the CSV below has all).")
    ui.dataframe(
        quotes.head(clicks.SHOWN_ROWS)[["text", "speaker_text", "title", "source", "published"]],
        hide_index=True,
        column_config={"text": st.column_config.TextColumn("Quote", width="large")},
    )
    ui.table_download(
        quotes, name="quotes", filters=filters, key="ent-quotes", parts=[chosen.split(":", 1)[-1]]
    )

st.subheader("Articles")
clicks.reader_table(
    arts,
    filters,
    columns=["title", "source", "published", "n_mentions"],
    column_config={"n_mentions": "mentions"},
    key="ent-articles",
)
ui.table_download(
    arts,
    name="entity-articles",
    filters=filters,
    key="ent-articles-dl",
    parts=[chosen.split(":", 1)[-1]],
)
