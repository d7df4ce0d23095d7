"""A bare Streamlit page, no project code and no data: a sidebar type-ahead of 3,000
options and five small plotly bar charts, as the Overview has. bench/browser_floor.py opens
it like the dashboard's pages, and changes its type-ahead as a filter change does: what
Streamlit and plotly cost on this machine by themselves.

    streamlit run bench/bare_app.py      (open /?charts=N for N charts instead of five, &options=M for M options)

The options read like the sidebar's ('Person 7 · person (2993)'), so that the bench picks
one the same way; the charts' titles name what is chosen, and their bars move with it, so
that a filter change redraws them all.
"""

import plotly.graph_objects as go
import streamlit as st

n_options = int(st.query_params.get("options", 3000))
chosen = st.sidebar.multiselect(
    "Entities", [f"Person {i} · person ({n_options - i})" for i in range(n_options)]
)
shift = sum(len(c) for c in chosen)
for chart in range(int(st.query_params.get("charts", 5))):
    fig = go.Figure(
        go.Bar(x=[(i + shift) % 20 for i in range(20)], y=[f"name {i}" for i in range(20)],
               orientation="h")
    )  # fmt: skip
    title = f"Bare chart {chart}" + (f" · {', '.join(chosen)}" if chosen else "")
    fig.update_layout(title=title, xaxis_title="articles")
    st.plotly_chart(fig, key=f"bare-{chart}")
