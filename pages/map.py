"""Map: the countries in the coverage on a world map (mentions, share of articles or per
million words; named, by demonym or by capital), NATO's members outlined; and the
countries found with one entity. Click a country to add it to the entity filter."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from lib import charts, ui
from lib.queries import geo, pair_counts

corpus, filters = ui.page("Map")

st.title("Map")
st.caption(
    "Countries named in the filtered articles: as a name (“Estonia”), a demonym (“Estonian "
    "officials”) or a capital or seat of power standing for the government (“Moscow said”, "
    "“the Kremlin”). Click a country to add it to the entity filter."
)

ids = ui.selected(corpus, filters)
if len(ids) == 0:
    ui.no_articles(filters)
    st.stop()
if not filters.shows_type("country"):
    st.info(
        "The map shows countries, which the *Entity types shown* filter leaves out: add "
        "Countries there, or clear it."
    )
    st.stop()

day = filters.end or date.today()
nato = geo.nato_members(day)
outline = f"NATO members on {day:%d %b %Y} ({len(nato)}), outlined"


def add_clicked(key: str, table: pd.DataFrame) -> None:
    ui.add_to_entity_filter(geo.selected_entities(ui.chart_selection(key), table))


def show_table(table: pd.DataFrame, *, key: str) -> None:
    ui.dataframe(
        table,
        hide_index=True,
        key=key,
        column_config={
            "share": st.column_config.NumberColumn("share", format="percent"),
            "per_million_words": st.column_config.NumberColumn("per million words", format="%.0f"),
            "npmi": st.column_config.NumberColumn("NPMI", format="%.2f"),
        },
    )


with st.container(horizontal=True, gap="medium", vertical_alignment="bottom"):
    metric = ui.option(
        "Colour by",
        tuple(geo.METRICS),
        default="mentions",
        key="map_metric",
        format_func=geo.metric_label,
        help="Share: the part of the filtered articles that mention the country. Per million "
        "words: mentions per million words of the filtered articles' text.",
    )
    kind = ui.option(
        "Count",
        tuple(geo.KINDS),
        default="all",
        key="map_kind",
        format_func=geo.kind_label,
        help="Named: “Estonia”. Demonym: “Estonian officials”. Capital or seat: “Moscow "
        "called it a provocation”, “the Kremlin”. A capital used as a place (“the summit in "
        "London”) is a place, not its country, and is never counted.",
    )
    region = ui.option(
        "Region",
        tuple(charts.MAP_REGIONS),
        default="world",
        key="map_region",
        format_func=str.capitalize,
        help="Both maps. Europe: the Baltic states, the Balkans and the Black Sea are too "
        "small to see on a world map.",
    )
views = [region] if region != "world" else []

table = ui.query(geo.countries, corpus, filters, kind=kind)
sub = ui.subtitle(corpus, filters, len(ids), geo.kind_label(kind))
if table.empty:
    fig = charts.empty_figure(
        f"No country is mentioned in these articles ({geo.kind_label(kind)}).",
        title="Countries in the coverage",
        subtitle=sub,
    )
else:
    fig = charts.country_map(
        table,
        metric=metric,
        labels=geo.METRICS[metric],
        kind_label=geo.kind_label(kind),
        n_articles=len(ids),
        outlined=nato["iso3"],
        outline_label=outline,
        subtitle=sub,
        region=region,
    )
ui.chart(
    fig,
    table,
    name="map-countries",
    filters=filters,
    key="map-countries",
    parts=[metric, kind, *views],
    selectable=True,
    on_select=lambda: add_clicked("map-countries", table),
)
if len(missing := charts.not_drawn(table)):
    st.caption(
        "Too small for a world map at this scale, in the table only: "
        + ", ".join(f"{ui.plain(r.country)} ({r.mentions})" for r in missing.itertuples())
    )
show_table(table, key="map-countries-table")

st.subheader("Countries named with an entity")
names, types = corpus.names, corpus.types
# The catalogue sorted by mentions once per run, not on every rerun (35 ms at 100k).
options = corpus.derived("map-anchor-options", lambda: geo.anchor_options(corpus.catalog))
with st.container(horizontal=True, gap="medium", vertical_alignment="bottom"):
    anchor = st.selectbox(
        "Entity",
        options,
        index=options.index(geo.DEFAULT_ANCHOR) if geo.DEFAULT_ANCHOR in options else 0,
        format_func=lambda e: f"{names.get(e, e)} · {types.get(e, '?')}",
        key="map_with",
        bind="query-params",
    )
    level = ui.option(
        "Together in the same", pair_counts.LEVELS, default="sentence", key="map_level"
    )
if anchor is None:
    st.stop()
partners = ui.query(geo.partner_countries, corpus, filters, entity_id=anchor, level=level)
name = names.get(anchor, anchor)
psub = ui.subtitle(corpus, filters, len(ids), f"countries in a {level} with {name}")
if partners.empty:
    pfig = charts.empty_figure(
        f"No country is named in the same {level} as {name} in these articles.",
        title=f"Countries named with {name}",
        subtitle=psub,
    )
else:
    pfig = charts.partner_map(
        partners,
        name=name,
        level=level,
        outlined=nato["iso3"],
        outline_label=outline,
        subtitle=psub,
        region=region,
    )
ui.chart(
    pfig,
    partners,
    name="map-partners",
    filters=filters,
    key="map-partners",
    parts=[anchor.split(":", 1)[-1], level, *views],
    selectable=True,
    on_select=lambda: add_clicked("map-partners", partners),
)
show_table(partners, key="map-partners-table")
