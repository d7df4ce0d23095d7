"""Full-text search of the articles: a tantivy index made at preprocessing time, and the
query language researchers type (words, "phrases", AND / OR / NOT, parentheses, wildcards,
proximity, title: and source: fields). See docs/search.md.

    from lib.search import build_index, update_index, search, parse, hit_spans, QueryError

    build_index(articles, "data/processed/search")          # or update_index / sync_index
    hits = search("data/processed/search", 'NATO AND "Baltic states"')   # article_id, score
    spans = hit_spans('NATO AND "Baltic states"', text)     # [(start, end), ...] to highlight
"""

from lib.search.highlight import hit_spans
from lib.search.index import (
    IndexInfo,
    IndexLocked,
    analyzer,
    build_index,
    current_generation,
    index_info,
    sync_index,
    update_index,
)
from lib.search.query import (
    DEFAULT_FIELDS,
    FIELDS,
    And,
    Not,
    Or,
    ParsedQuery,
    Phrase,
    QueryError,
    Word,
    parse,
)
from lib.search.searcher import KeyedHits, indexed_ids, search, search_keys

__all__ = [
    "DEFAULT_FIELDS",
    "FIELDS",
    "And",
    "IndexInfo",
    "IndexLocked",
    "KeyedHits",
    "Not",
    "Or",
    "ParsedQuery",
    "Phrase",
    "QueryError",
    "Word",
    "analyzer",
    "build_index",
    "current_generation",
    "hit_spans",
    "index_info",
    "indexed_ids",
    "parse",
    "search",
    "search_keys",
    "sync_index",
    "update_index",
]
