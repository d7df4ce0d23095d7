"""The engine: files -> tables. Reads a corpus, cleans each page, runs the spaCy pipeline,
links entities, finds events, dates and quotes, scores tone, and writes the tables.

May import: the contract (lib.store, lib.ids, lib.names, lib.paths), lib.search (the
full-text index) and lib.engine. Not
Streamlit, not plotly, not lib.queries, lib.charts or lib.ui.

The steps, in the order the data flows:
- ingest (files -> raw articles), language (which one each article is written in), clean
  (site chrome out) with line_shape, captions, inline_widgets and boilerplate, pubdate
- nlp (the spaCy pipeline), gazetteer; blocks and mentions (what the steps hand on),
  news_words, place_context, span_context, span_names and span_mentions (an entity span -> its mentions),
  article_links (one article's mentions linked to each other); eventkb, event_candidates
  and events (an article's event mentions, their dates settled), timexp, quotes, tone
- russian/ (the Russian articles' cleaning and extraction: natasha's NER, pymorphy3 lemmas,
  the same gazetteers and knowledge base with their Russian forms, the same records)
- per_article (one article's blocks -> its records), per_chunk (the worker each executor runs
  on a chunk of articles), executors (this process, a pool, a Dask cluster)
- chrome (after NLP, over the corpus: repeats, text repeated across one source's articles,
  and own_outlet, an outlet naming itself, set apart in the dropped table), resolve
- article_cache (the per-article cache that makes re-runs incremental), report (what was
  skipped and why), search_index (the run's full-text index, incremental, swapped with the
  run), run (the corpus run: records -> the contract's tables), upload
"""
