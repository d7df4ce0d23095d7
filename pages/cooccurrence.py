"""Co-occurrence: who and what appears together, as a matrix and a network, and the
sentences behind a pair."""

from __future__ import annotations

import streamlit as st

from lib import charts, queries, ui
from lib.queries import pair_counts
from lib.ui import clicks

corpus, filters = ui.page("Co-occurrence")

st.title("Co-occurrence")
st.caption(
    "Entities named in the same sentence or the same article. NPMI (normalised pointwise mutual "
    "information, −1…1) weighs a pair by how much more often than chance the two appear together, "
    "so that NATO and Russia, named everywhere, do not drown the rest; a minimum count keeps rare pairs off the top."
)

ids = ui.selected(corpus, filters)
if len(ids) == 0:
    ui.no_articles(filters)
    st.stop()

with st.container(horizontal=True, gap="medium", vertical_alignment="bottom"):
    level = ui.option(
        "Together in the same", pair_counts.LEVELS, default="sentence", key="co_level"
    )
    measure = ui.option(
        "Weight",
        pair_counts.MEASURES,
        default="npmi",
        key="co_measure",
        format_func=lambda m: pair_counts.MEASURE_LABELS[m],
    )
    min_count = st.number_input(
        "Minimum count",
        min_value=1,
        max_value=1000,
        value=2,
        step=1,
        key="co_min",
        bind="query-params",
    )
    rows = ui.option(
        "Entities shown",
        ("frequent", "strongest"),
        default="frequent",
        key="co_rows",
        format_func=lambda r: "most frequent" if r == "frequent" else "of the strongest pairs",
        help="The most frequent entities, coloured by how specific their pairs are; or the entities "
        "of the pairs with the highest weight.",
    )
    size = st.slider("Entities", 5, 60, 25, key="co_size", bind="query-params")
    n_edges = st.slider("Pairs in the network", 5, 200, 80, key="co_edges", bind="query-params")

pairs = ui.query(
    queries.cooccurrence,
    corpus,
    filters,
    level=level,
    types=list(filters.types),
    min_count=int(min_count),
)
settings = [level, measure, f"min{int(min_count)}"]
measure_label = pair_counts.MEASURE_LABELS[measure]
sub = ui.subtitle(corpus, filters, len(ids), f"pairs in ≥ {int(min_count)} {level}s")
if pairs.empty:
    st.info(
        f"No pair of entities appears together in {int(min_count)} or more {level}s of these articles. Lower the minimum count or widen the filters."
    )
    st.stop()

names, types = corpus.names, corpus.types
if rows == "frequent":
    chosen = pair_counts.most_frequent(pairs, size=size)
    shown = f"the {len(chosen)} most frequent entities"
else:
    chosen = pair_counts.matrix_entities(pairs, measure, size=size)
    shown = f"the {len(chosen)} entities of the strongest pairs"
    settings.append("strongest-pairs")
square = pair_counts.matrix(pairs, chosen, measure)
counts = pair_counts.matrix(pairs, chosen, "count")
heat = charts.cooccurrence_heatmap(
    square,
    counts,
    names=names,
    types=types,
    measure=measure,
    level=level,
    subtitle=f"{sub} · {shown}",
)
heat_data = pairs[pairs["source"].isin(chosen) & pairs["target"].isin(chosen)]
heat_event = ui.chart(
    heat,
    heat_data,
    name="cooccurrence-matrix",
    filters=filters,
    key="co-heat",
    parts=settings,
    selectable=True,
)

nodes, top = pair_counts.network(
    pairs, measure, top=n_edges, entities=chosen if rows == "frequent" else None
)
# By position in the catalogue: a map through corpus.names hashes every entity's name again.
nodes = nodes.assign(
    name=corpus.entity_values(nodes["entity_id"], "name"),
    type=corpus.entity_values(nodes["entity_id"], "type"),
)
net = charts.cooccurrence_network(
    nodes,
    top,
    measure=measure,
    level=level,
    subtitle=f"{sub} · the {len(top)} strongest pairs with a positive weight"
    + (f" among {shown}" if rows == "frequent" else ""),
)
net_event = ui.chart(
    net,
    top,
    name="cooccurrence-network",
    filters=filters,
    key="co-net",
    parts=settings,
    selectable=True,
)

st.subheader("Behind a pair")
picked = clicks.clicked_pair((heat_event, net_event))
ranked = pair_counts.strongest(pairs, measure, top=300)
options = list(zip(ranked["source"], ranked["target"], strict=True))
if picked and picked not in options and (picked[1], picked[0]) not in options:
    options.insert(0, picked)


def pair_labels(frame) -> dict[tuple[str, str], str]:
    """Each pair of `frame` (rows of `pairs`) -> its label in the pair picker: made at once,
    where a look-up in the pairs per option cost a millisecond for each of 300."""
    weight = {"npmi": "npmi", "pmi": "pmi"}.get(measure, "n_pair")
    return {
        (
            s,
            t,
        ): f"{names.get(s, s)} — {names.get(t, t)} ({measure_label} {w:.2f}, {int(n)} {level}s)"
        for s, t, w, n in zip(
            frame["source"].to_numpy(dtype=object),
            frame["target"].to_numpy(dtype=object),
            frame[weight].to_numpy(dtype=float),
            frame["n_pair"].to_numpy(),
            strict=True,
        )
    }


labels = pair_labels(ranked)
if picked and picked not in labels:  # a pair clicked in a chart, named in the order clicked
    a, b = picked
    either = ((pairs["source"] == a) & (pairs["target"] == b)) | (
        (pairs["source"] == b) & (pairs["target"] == a)
    )
    labels[picked] = pair_labels(pairs[either].assign(source=a, target=b))[picked]

if picked:
    pair = picked
    st.caption(
        "The pair clicked in a chart (double-click the chart to clear the selection and choose from the list)."
    )
else:
    pair = st.selectbox(
        "Pair",
        options,
        format_func=labels.__getitem__,
        key="co_pair",
        help="Or click a cell of the matrix or the middle of an edge of the network.",
    )
st.markdown(f"**{ui.plain(labels[pair])}**")
sents = ui.query(
    queries.pair_sentences, corpus, filters, source=pair[0], target=pair[1], level=level
)
if sents.empty:
    st.info("No sentences found for this pair.")
else:
    clicks.reader_table(
        sents,
        filters,
        columns=["sentence", "title", "source", "published"],
        column_config={"sentence": st.column_config.TextColumn("Sentence", width="large")},
        key="co-sentences",
    )
    ui.table_download(
        sents,
        name="cooccurrence-sentences",
        filters=filters,
        key="co-sentences-dl",
        parts=[*settings, pair[0], pair[1]],
        label=f"Sentences as CSV ({len(sents):,})",
    )

shown_note = (
    " (the 1,000 with the highest NPMI shown; the CSV has all)" if len(pairs) > 1000 else ""
)
# Filled only when opened: its 1,000 rows were most of what a filter change sent the browser.
expander = st.expander(
    f"All {len(pairs):,} pairs (table){shown_note}", key="co_pairs_table", on_change="rerun"
)
if expander.open:
    with expander:
        # the browser gets the first rows: a real corpus has tens of thousands of pairs (3.5 MB)
        table = pairs.head(1000).rename(columns={"n_pair": f"{level}s together"})
        ui.dataframe(table, hide_index=True)
        ui.table_download(
            pairs, name="cooccurrence", filters=filters, key="co-table", parts=settings
        )
