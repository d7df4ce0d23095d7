"""The queries: tables -> answers for the pages, as DataFrames and plain values.

May import: the contract, lib.search and lib.queries. Not Streamlit, not plotly, not spaCy (the
dashboard never loads the NLP model), not lib.engine, lib.charts or lib.ui.

- tables (the run's tables read), corpus (`Corpus`: the tables indexed, the selections every
  query starts from), rowgroups, arrow_cache, mention_codes (the corpus's codes kept in a file
  of the run), filters (the shared filters and the URL), periods
- fulltext: the filters' search query on the run's full-text index (lib.search, which this
  package may import): matching articles, hits in context, attention over time
- one module per page's questions: overview, cooccur (with pair_counts), timeline (with
  eventcounts), geo, entities, articles, sentences, compare (a package), tone, wordcounts
- curation (the analyst's corrections, a package) and views (saved views)

The page questions are re-exported here: `queries.top_entities(corpus, ids, ...)`.
"""

from lib.queries.articles import (  # noqa: F401
    article_events,
    article_mentions,
    article_quotes,
    article_table,
)
from lib.queries.cooccur import (  # noqa: F401
    cooccurrence,
    n_units,
    named,
    pair_sentences,
    partners,
    rank_partners,
)
from lib.queries.corpus import (  # noqa: F401
    SENTENCE_SLOTS,
    Corpus,
    article_columns,
    articles_in,
    as_categoricals,
    build_corpus,
    codes_in,
    entity_counts,
    is_all,
    mentions_in,
    mentions_of,
    pairs_in,
    rows_in,
)
from lib.queries.entities import (  # noqa: F401
    entity_articles,
    entity_profile,
    entity_table,
    mention_batches,
    mention_table,
    merge_log,
    quotes,
    surfaces,
)
from lib.queries.filters import (  # noqa: F401  # noqa: F401
    EXTRACTED_LANGUAGES,
    language_name,
    query_error,
    query_text,
)
from lib.queries.fulltext import (  # noqa: F401
    ORDERS,
    attention,
    ensure_index,
    has_index,
    hits_in_context,
    query_mask,
    query_spans,
)
from lib.queries.overview import (  # noqa: F401
    default_series_entities,
    mentions_over_time,
    overview,
    top_entities,
    volume,
)
from lib.queries.periods import (  # noqa: F401
    FREQ_LABEL,
    GROUP_FREQS,
    counts_per_period,
    in_days,
    in_range,
    overlaps,
    period_codes,
    period_range,
    period_start,
    pick_freq,
    pick_group_freq,
    spans,
)
from lib.queries.sentences import (  # noqa: F401
    sentences_for,
    with_sentences,
)
from lib.queries.tables import (  # noqa: F401
    CATEGORICAL_COLUMNS,
    EXTRA_TYPE,
    SKIPPED_COLUMNS,
    metadata_frame,
    read_metadata,
    read_tables,
)
from lib.queries.timeline import (  # noqa: F401
    TIMELINE_DEFAULT,
    corpus_span,
    event_articles,
    event_groups,
    event_mentions,
    event_table,
    kb_marks,
    n_event_mentions,
    timeline_table,
    timeline_window,
    top_events,
)
