"""NATO–Russia news coverage lens: the engine behind the dashboard (no Streamlit here)."""
