"""Entry page: what is loaded and who the coverage is about."""

from __future__ import annotations

import streamlit as st

from lib import charts, ui

st.set_page_config(page_title="NATO–Russia coverage lens", page_icon="🛰️", layout="wide")
st.title("NATO–Russia coverage lens")
st.caption("Who and what the news coverage of NATO–Russia relations is about.")

data = ui.load_dataset()
articles, entities, mentions = data.articles, data.entities, data.mentions

dated = articles["published"].dropna()
cols = st.columns(5)
cols[0].metric("Articles", f"{len(articles):,}")
cols[1].metric("Sources", f"{articles['source'].nunique():,}")
cols[2].metric("Dated", f"{len(dated):,} of {len(articles):,}")
cols[3].metric("Entities", f"{len(entities):,}")
cols[4].metric("Mentions", f"{len(mentions):,}")
if len(dated):
    st.caption(f"Publication dates from {dated.min()} to {dated.max()}.")

subtitle = f"{len(articles):,} articles · all sources · all dates"
chart_cols = st.columns(3)
for col, entity_type in zip(chart_cols, ("person", "country", "org"), strict=True):
    counts = entities[entities["type"] == entity_type]
    with col:
        if counts.empty:
            st.info(f"No {charts.TYPE_LABELS[entity_type].lower()} in this corpus.")
        else:
            st.plotly_chart(
                charts.top_entities_bar(counts, entity_type=entity_type, subtitle=subtitle),
                key=f"overview-top-{entity_type}",
            )

st.subheader("Articles")
st.dataframe(
    articles[["title", "lede", "source", "published", "published_basis", "n_words", "path"]],
    hide_index=True,
    column_config={"lede": st.column_config.TextColumn(width="large")},
)
