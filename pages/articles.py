"""Articles: the filtered list, the search query's hits in context, and a reader that shows
one article with its entities and the query's hits highlighted, its events, dates and quotes."""

from __future__ import annotations

import streamlit as st

from lib import charts, queries, ui
from lib.charts import reader
from lib.ui import clicks
from lib.ui.plaintext import plain

corpus, filters = ui.page("Articles")

st.title("Articles")
ids = ui.selected(corpus, filters)


if len(ids) == 0:
    ui.no_articles(filters)
    st.stop()

if filters.keyword:
    query = queries.query_text(filters.keyword)
    st.subheader(f"“{plain(query)}” in context")
    order = st.radio(
        "Sort the hits by",
        queries.ORDERS,
        format_func=lambda o: "relevance (BM25)" if o == "relevance" else "date, newest first",
        horizontal=True,
        key="art_hits_order",
    )
    hits = ui.query(queries.hits_in_context, corpus, filters, query=filters.keyword, order=order)
    n_articles = hits["article_id"].nunique()
    st.caption(
        f"{len(hits):,} hit(s){' (the first 300)' if len(hits) >= 300 else ''} in "
        f"{n_articles:,} of the {len(ids):,} matching article(s); the hit is the middle column, "
        "the words of the query as the article writes them (terms under NOT are not hits)."
    )
    if len(hits):
        ui.dataframe(
            hits[["left", "hit", "right", "title", "source", "published", "score"]],
            hide_index=True,
            column_config={
                "left": st.column_config.TextColumn("", width="medium", alignment="right"),
                "hit": st.column_config.TextColumn("hit", width="small", alignment="center"),
                "right": st.column_config.TextColumn("", width="medium"),
                "score": st.column_config.NumberColumn("score", format="%.2f"),
            },
            key="art-hits",
        )
        ui.table_download(
            hits, name="query-in-context", filters=filters, key="art-hits-dl", parts=[order]
        )

table = ui.query(queries.article_table, corpus, filters, shared=True)
st.subheader("The articles")
st.caption(
    f"{len(table):,} article(s), newest first{' (first 1,000 shown; the CSV has all)' if len(table) > 1000 else ''}. Select a row to read it."
)
shown = table.head(1000)
event = ui.dataframe(
    shown[["published", "source", "title", "lede", "n_words", "n_entities"]],
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="art_table",
    height=260,
    column_config={
        "lede": st.column_config.TextColumn("lede", width="large"),
        "n_words": st.column_config.NumberColumn("words", format="%d"),
        "n_entities": st.column_config.NumberColumn("entities", format="%d"),
    },
)
ui.table_download(table, name="articles", filters=filters, key="art-table")

article_id = clicks.picked_row(
    event,
    shown,
    "article_id",
    url_key="article",
    known=corpus.all_ids,  # hashed once per run: a set of the ids cost 0.5 s a rerun at 100k
    default=table.iloc[0]["article_id"],
)

# -- the reader ----------------------------------------------------------------------------------
# By position in the run's index: re-indexing the articles to read one cost 0.25 s at 100k.
article = corpus.articles.iloc[corpus.all_ids.get_loc(article_id)]
st.divider()
st.header(ui.plain(article["title"]) if isinstance(article["title"], str) else "(untitled)")
meta = [article["source"] if isinstance(article["source"], str) else "unknown source"]
if article["published"] is not None and str(article["published"]) not in ("NaT", "None"):
    meta.append(f"published {article['published']} ({article['published_basis']})")
else:
    meta.append("publication date unknown")
if isinstance(article["dateline"], str):
    meta.append(f"dateline {article['dateline']}")
language = article.get("language")
language = language if isinstance(language, str) else None
if language:
    meta.append(f"in {queries.language_name(language)}")
meta.append(f"{int(article['n_words']):,} words")
st.caption(ui.plain(" · ".join(meta) + f" · {article['path']}"))
if isinstance(article["page_clock"], str):
    st.caption(
        f"Page clock “{ui.plain(article['page_clock'])}”: when the page was rendered, not when it was published."
    )
if isinstance(article["url"], str):
    st.caption(f"URL: {ui.plain(article['url'])}")

mentions = ui.corpus_query(queries.article_mentions, corpus, article_id)
events = ui.corpus_query(queries.article_events, corpus, article_id)
quotes = ui.corpus_query(queries.article_quotes, corpus, article_id)
text_col, side = st.columns([3, 2], gap="large")
with text_col:
    present = [t for t in charts.TYPE_LABELS if t in set(mentions["type"].dropna())]
    if present:
        st.html(reader.legend_html(present))
    # Escaped article text; the only markup is our own highlighting (see lib/charts/reader.py).
    st.html(
        reader.highlight_html(
            article["text"],
            mentions,
            selected=frozenset(filters.entities),
            hits=queries.query_spans(filters.keyword, article["text"]),
            language=language,
        )
    )
with side:
    st.markdown("**Entities**")
    if mentions.empty and language and language not in queries.EXTRACTED_LANGUAGES:
        st.caption(f"None: the extraction does not read {queries.language_name(language)} yet.")
    elif mentions.empty:
        st.caption("None found.")
    else:
        ents = (
            mentions.groupby(["entity_id", "name", "type"], dropna=False)
            .size()
            .rename("mentions")
            .reset_index()
            .sort_values("mentions", ascending=False)
        )
        ents = ents.assign(open=[ui.page_url("entities", filters, id=e) for e in ents["entity_id"]])
        ui.dataframe(
            ents[["name", "type", "mentions", "open"]],
            hide_index=True,
            column_config={"open": st.column_config.LinkColumn("profile", display_text="profile")},
            key="art-ents",
        )
    st.markdown("**Events and dates**")
    if events.empty:
        st.caption("No events found in this article.")
    else:
        ui.dataframe(
            events[["name", "type", "date_start", "date_end", "date_text", "trigger"]],
            hide_index=True,
            key="art-events",
        )
    st.markdown("**Quotes**")
    if quotes.empty:
        st.caption("No quotations found in this article.")
    else:
        ui.dataframe(
            quotes[["speaker", "speaker_text", "text"]],
            hide_index=True,
            column_config={"text": st.column_config.TextColumn("quote", width="large")},
            key="art-quotes",
        )
