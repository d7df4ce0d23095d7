"""Timeline: knowledge-base events, event mentions in the articles, article volume and the
mentions of the chosen entities over time; a mark opens the articles that speak of it."""

from __future__ import annotations

import streamlit as st

from lib import charts, queries, ui
from lib.ui import clicks

corpus, filters = ui.page("Timeline")

st.title("Timeline")
default = queries.timeline_window(corpus)
start, end = filters.date_range(default)
if filters.start or filters.end:
    st.caption(f"{start} to {end}, from the date filter in the sidebar.")
elif default == queries.TIMELINE_DEFAULT:
    st.caption(
        f"{start} (the Su-24 downing) to {end} (the London meeting) by default: set *From* and *To* in the sidebar for any other range."
    )
else:
    st.caption(
        f"{start} to {end}: the span of this corpus's articles, which lie outside the default "
        "window (the Su-24 downing to the London meeting). Set *From* and *To* in the sidebar "
        "for any other range."
    )

ids = ui.selected(corpus, filters)
if len(ids) == 0:
    ui.no_articles(filters)

freq = ui.option(
    "Bars and lines per",
    ("W", "MS"),
    default=queries.pick_freq(start, end),
    format_func=queries.FREQ_LABEL.get,
    key="tl_freq",
)
entity_ids = list(filters.entities) or ui.query(
    queries.default_series_entities, corpus, filters, types=list(filters.types)
)
followed = (
    "the selected entities"
    if filters.entities
    else "the most mentioned entities (select entities in the sidebar to follow others)"
)

kb = ui.query(queries.kb_marks, corpus, filters, start=start, end=end)
volume = ui.query(queries.volume, corpus, filters, start=start, end=end, freq=freq)
series = ui.query(
    queries.mentions_over_time,
    corpus,
    filters,
    entity_ids=entity_ids,
    start=start,
    end=end,
    freq=freq,
)
points = ui.query(queries.event_mentions, corpus, filters, start=start, end=end, freq=freq)

sub = ui.subtitle(corpus, filters, len(ids), f"lines: {followed}")
fig = charts.timeline(kb, volume, series, points, start=start, end=end, freq=freq, subtitle=sub)
data = queries.timeline_table(kb, volume, series, points)
event = ui.chart(
    fig,
    data,
    name="timeline",
    filters=filters.with_(start=start, end=end),
    key="tl",
    parts=[queries.FREQ_LABEL[freq]],
    selectable=True,
    brush=True,
)
if kb.empty:
    st.caption(
        "The knowledge base holds no event in this range (or the tables were built without it)."
    )

st.subheader("Articles about an event")
picked = clicks.clicked_ids([event], accept=lambda v: v.startswith("event:"))
spoken = kb.sort_values(["n_articles", "date_start"], ascending=[False, True])
options = list(spoken["entity_id"])
if picked and picked not in options:
    options.insert(0, picked)
names = corpus.names
counts = dict(zip(kb["entity_id"], kb["n_articles"], strict=True))
if not options:
    st.info("No knowledge-base event in this range.")
    st.stop()
if picked:
    chosen = picked
    st.caption(
        "The event clicked in the timeline (double-click the chart to clear the selection and choose from the list)."
    )
else:
    chosen = st.selectbox(
        "Event",
        options,
        key="tl_event",
        format_func=lambda e: f"{names.get(e, e)} — {counts.get(e, 0)} article(s)",
        help="Or click an event's mark in the timeline.",
    )
articles = ui.query(queries.event_articles, corpus, filters, entity_id=chosen)
n_speaking = counts.get(chosen, len(articles))
listed = f" (the first {len(articles):,} listed)" if n_speaking > len(articles) else ""
st.markdown(
    f"**{ui.plain(names.get(chosen, chosen))}**: {n_speaking:,} article(s) in this selection speak of it{listed}."
)
if articles.empty:
    st.info("No article in this selection speaks of this event.")
else:
    clicks.reader_table(
        articles,
        filters,
        columns=["title", "source", "published", "sentence", "date_text"],
        column_config={
            "sentence": st.column_config.TextColumn("Where it is mentioned", width="large"),
            "date_text": "Date as written",
        },
        key="tl-articles",
    )
    ui.table_download(
        articles,
        name="event-articles",
        filters=filters,
        key="tl-articles-dl",
        parts=[chosen.split(":", 1)[-1]],
    )

# Filled only when opened: its 1,000 rows were most of what a filter change sent the browser.
expander = st.expander(
    "The events found in these articles (table)", key="tl_events_table", on_change="rerun"
)
if expander.open:
    with expander:
        # Only the rows shown are made at each filter change; the CSV makes them all on click.
        n_events = ui.query(queries.n_event_mentions, corpus, filters)
        if n_events == 0:
            st.caption("No events were extracted from these articles.")
        else:
            st.caption(
                f"{n_events:,} event mentions{' (the first 1,000; the CSV has all)' if n_events > 1000 else ''}."
            )
            ui.dataframe(
                ui.query(queries.event_table, corpus, filters, limit=1000), hide_index=True
            )
        ui.table_download(
            lambda: queries.event_table(corpus, ids),
            name="events",
            filters=filters,
            key="tl-events",
            label=f"CSV ({n_events:,} rows)",
        )
