"""A bare Streamlit page, no project code and no data: a sidebar type-ahead of 3,000
options and five small plotly bar charts, as the Overview has. bench/browser_floor.py opens
it like the dashboard's pages: what Streamlit and plotly cost on this machine by themselves.

    streamlit run bench/bare_app.py      (open /?charts=N for N charts instead of five)
"""

import plotly.graph_objects as go
import streamlit as st

st.sidebar.multiselect("Entities", [f"Entity {i}" for i in range(3000)])
for chart in range(int(st.query_params.get("charts", 5))):
    fig = go.Figure(go.Bar(x=list(range(20)), y=[f"name {i}" for i in range(20)], orientation="h"))
    fig.update_layout(title=f"Bare chart {chart}", xaxis_title="articles")
    st.plotly_chart(fig, key=f"bare-{chart}")
