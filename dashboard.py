"""Entry page, the overview: what is loaded, who and what the coverage is about, and its
volume over time.

    streamlit run dashboard.py

The other views are in pages/; every page draws the same sidebar filters (lib.ui.page),
which live in the URL's query string.
"""

from __future__ import annotations

import streamlit as st

from lib import charts, queries, ui
from lib.ui.plaintext import plain

corpus, filters = ui.page("Overview")

st.title("NATO–Russia coverage lens")
st.caption("Who and what the news coverage of NATO–Russia relations is about.")

stats = ui.query(queries.overview, corpus, filters)
total = len(corpus.articles)
cols = st.columns(5)
cols[0].metric("Articles", f"{stats['articles']:,}", help=f"of {total:,} in the corpus")
cols[1].metric("Sources", f"{stats['sources']:,}")
cols[2].metric(
    "Dated",
    f"{stats['dated'] / max(stats['articles'], 1):.0%}",
    help=f"{stats['dated']:,} of {stats['articles']:,} articles have a known publication day",
)
cols[3].metric("Entities", f"{stats['entities']:,}")
cols[4].metric("Mentions", f"{stats['mentions']:,}")

if stats["articles"] == 0:
    ui.no_articles(filters)
    st.stop()

by_type = stats["by_type"]
counts = " · ".join(
    f"{by_type.get(t, 0):,} {charts.TYPE_LABELS[t].lower()}" for t in charts.TYPE_LABELS
)
span = (
    f"Published {stats['first']} to {stats['last']}"
    if stats["first"]
    else "No publication dates known"
)
st.caption(f"{span} · {stats['undated']:,} undated · entities: {counts}")

subtitle = ui.subtitle(corpus, filters, stats["articles"])

if filters.keyword:  # the search query: its matching articles over time, against all
    query = queries.query_text(filters.keyword)
    within = filters.with_(keyword="")
    base = ui.query(queries.overview, corpus, within)
    st.subheader("The search query")
    st.caption(
        f"{stats['articles']:,} of the {base['articles']:,} articles of this selection without "
        f"the query match “{plain(query)}” ({stats['articles'] / max(base['articles'], 1):.1%})."
    )
    if base["first"]:
        freq = queries.pick_freq(base["first"], base["last"])
        attention = ui.query(queries.attention, corpus, filters, within=within, freq=freq)
        fig = charts.attention_chart(attention, freq=freq, query=query, subtitle=subtitle)
        ui.chart(
            fig,
            attention,
            name="query-attention",
            filters=filters,
            key="overview-attention",
            parts=[queries.FREQ_LABEL[freq]],
        )
shown = [t for t in ("person", "country", "org", "event") if filters.shows_type(t)]
grid = st.columns(2)
for i, entity_type in enumerate(shown):
    data = ui.query(queries.top_entities, corpus, filters, entity_type=entity_type, top=10)
    with grid[i % 2]:
        if data.empty:
            label = charts.TYPE_LABELS[entity_type].lower()
            fig = charts.empty_figure(
                f"No {label} mentioned in these articles.",
                title=f"Most mentioned {label}",
                subtitle=subtitle,
            )
        else:
            fig = charts.top_entities_bar(data, entity_type=entity_type, subtitle=subtitle)
        ui.chart(
            fig, data, name=f"top-{entity_type}", filters=filters, key=f"overview-top-{entity_type}"
        )

if stats["first"]:
    freq = queries.pick_freq(stats["first"], stats["last"])
    volume = ui.query(queries.volume, corpus, filters, freq=freq)
    fig = charts.volume_bars(volume, freq=freq, subtitle=subtitle)
    ui.chart(
        fig,
        volume,
        name="volume",
        filters=filters,
        key="overview-volume",
        parts=[queries.FREQ_LABEL[freq]],
        brush=True,
    )
else:
    st.info(
        "No article in this selection has a known publication date, so there is no volume over time to show."
    )
