"""NATO–Russia news coverage lens. The data flows one way, one package a step:

    files --engine--> tables (store) --queries--> answers --charts--> figures, files --ui--> pages

- `atomic`: folders replaced so that a reader never sees half of one (generation names, a
  symlink swapped in one step); imports nothing of lib, so the contract and search share it.
- `store`, `ids`, `names`, `paths`: the shared data contract (table schemas, atomic writes,
  stable ids, entity types, where the project's data files are). Imported by every layer.
- `search`: the full-text index of the articles (tantivy) and the query language researchers
  type (`NATO AND (Baltic* OR Estonia) AND NOT "Baltic Sea"`). Imports nothing else of lib
  but `atomic`,
  so that the engine (which builds the index with a run) and the queries (which search it)
  may both use it. docs/search.md.
- `engine`: files -> tables (ingest, cleaning, the spaCy pipeline, entities, events, quotes,
  tone scoring, the corpus run). No Streamlit, no plotly.
- `queries`: tables -> answers for the pages (the loaded `Corpus`, filters, one module per
  question, corrections, saved views). No Streamlit, no plotly, no spaCy.
- `charts`: answers -> plotly figures and export files. No Streamlit.
- `ui`: the Streamlit glue the pages share. The only package that imports Streamlit.

`python -m lib.preprocess` is the corpus run's command line (lib.engine.run).
tests/test_layers.py checks these rules.
"""
