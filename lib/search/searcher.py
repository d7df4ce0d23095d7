"""A parsed query run on the full-text index: compiled to tantivy's Query objects (words,
phrases, proximity in either order, wildcards on the words as written, the stemmed fields
with `stem=True`) and answered by the searcher of the generation in use, best first, ties by
article_id.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import tantivy

from lib.search.index import (
    STEM_FIELDS,
    _register,
    current_generation,
    read_ids,
    read_info,
    stem_word,
)
from lib.search.query import DEFAULT_FIELDS, Node, Not, Or, ParsedQuery, Phrase, Word, parse


@dataclass(frozen=True)
class _Reader:
    generation: Path
    index: tantivy.Index
    searcher: tantivy.Searcher
    ids_by_key: pa.StringArray  # article_id by the index's integer key
    rank_by_key: np.ndarray  # the article_id's place in sorted order, by key (ties in results)
    stemming: bool


_READERS: OrderedDict[str, _Reader] = OrderedDict()
_READERS_LOCK = threading.Lock()
_MAX_READERS = 4


def _reader(index_dir: Path | str) -> _Reader:
    """The searcher of the generation in use (generations never change once written, so it
    is cached by its folder; a new build or update is a new folder)."""
    generation = current_generation(index_dir)
    if generation is None:
        raise FileNotFoundError(
            f"{index_dir}: no search index; make one with lib.search.build_index"
        )
    key = str(generation)
    with _READERS_LOCK:
        if key in _READERS:
            _READERS.move_to_end(key)
            return _READERS[key]
    index = _register(tantivy.Index.open(key))
    ids = read_ids(generation)
    keys = ids["key"].to_numpy(dtype=np.int64)
    size = int(keys.max()) + 1 if len(keys) else 0
    by_key = np.empty(size, dtype=object)
    by_key[keys] = ids["article_id"].to_numpy(dtype=object)
    ids_by_key = pa.array(by_key, type=pa.string())
    rank_by_key = np.zeros(size, dtype=np.int64)
    in_order = pc.sort_indices(pa.array(ids["article_id"], type=pa.string())).to_numpy()
    rank_by_key[keys[in_order]] = np.arange(len(keys), dtype=np.int64)
    stemming = bool(read_info(generation)["stemming"])
    reader = _Reader(generation, index, index.searcher(), ids_by_key, rank_by_key, stemming)
    with _READERS_LOCK:
        _READERS[key] = reader
        while len(_READERS) > _MAX_READERS:
            _READERS.popitem(last=False)
    return reader


def _any(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _compile(node: Node, schema: tantivy.Schema, stem: bool) -> tantivy.Query:
    Q, Occur = tantivy.Query, tantivy.Occur
    if isinstance(node, Word | Phrase):
        names = DEFAULT_FIELDS if node.field is None else (node.field,)
        if isinstance(node, Word) and node.prefix:  # wildcards look at the words as written
            return _any([Q.regex_query(schema, name, node.token + ".*") for name in names])
        if stem:
            names = tuple(STEM_FIELDS.get(name, name) for name in names)
        fix = (
            (lambda name, t: stem_word(t) if name in STEM_FIELDS.values() else t)
            if stem
            else (lambda name, t: t)
        )
        if isinstance(node, Word):
            return _any([Q.term_query(schema, name, fix(name, node.token)) for name in names])
        queries = []
        for name in names:
            words = [fix(name, t) for t in node.tokens]
            if node.slop is None:
                queries.append(Q.phrase_query(schema, name, words))
            else:  # either order, at most `slop` words between (see Phrase)
                queries.append(Q.phrase_query(schema, name, words, node.slop))
                queries.append(Q.phrase_query(schema, name, words[::-1], node.slop))
        return _any(queries)
    if isinstance(node, Not):
        return Q.boolean_query(
            [(Occur.Must, Q.all_query()), (Occur.MustNot, _compile(node.child, schema, stem))]
        )
    if isinstance(node, Or):
        return Q.boolean_query(
            [(Occur.Should, _compile(child, schema, stem)) for child in node.children]
        )
    must = [
        (Occur.Must, _compile(c, schema, stem)) for c in node.children if not isinstance(c, Not)
    ]
    must_not = [
        (Occur.MustNot, _compile(c.child, schema, stem))
        for c in node.children
        if isinstance(c, Not)
    ]
    return Q.boolean_query((must or [(Occur.Must, Q.all_query())]) + must_not)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": pa.array([], type=pa.string()).to_pandas(),
            "score": np.array([], dtype=np.float64),
        }
    )


@dataclass(frozen=True)
class KeyedHits:
    """search()'s hits before they are turned into article_ids: the index generation that
    answered, and its integer keys and scores, best first (ties by article_id)."""

    generation: Path
    keys: np.ndarray  # int64
    scores: np.ndarray  # float64


def search_keys(
    index_dir: Path | str, query: str | ParsedQuery, *, limit: int | None = None, stem: bool = False
) -> KeyedHits:
    """search() as integer keys of the generation that answered (`indexed_ids` maps them to
    article_ids): for a caller that maps every hit to a row of its own tables, where a key
    is an array lookup and an article_id a string to find."""
    parsed = query if isinstance(query, ParsedQuery) else parse(query)
    reader = _reader(index_dir)
    if stem and not reader.stemming:
        raise ValueError(
            f"{reader.generation}: the index was built without stemming (build_index(..., stemming=True))"
        )
    empty = KeyedHits(reader.generation, np.zeros(0, np.int64), np.zeros(0, np.float64))
    total = reader.searcher.num_docs
    if total == 0 or limit == 0:
        return empty
    compiled = _compile(parsed.root, reader.index.schema, stem)
    # Every hit, even with a limit: the cut is made after the ties are ordered by id, so a
    # limit is deterministic (wildcards score alike). The collector turns each hit into
    # Python objects: no garbage collection in between (a full one costs tens of ms in a
    # large process and finds nothing here).
    collecting = gc.isenabled()
    gc.disable()
    try:
        hits = reader.searcher.search(compiled, limit=total, count=False).hits
        # zip(*…) splits the (score, address) pairs in C: a generator over them costs 3x more
        scores, addresses = zip(*hits, strict=True) if hits else ((), ())
        del hits
        scores = np.array(scores, dtype=np.float64)
        keys = np.asarray(reader.searcher.fast_field_values("key", list(addresses)), dtype=np.int64)
        del addresses
    finally:
        if collecting:
            gc.enable()
    if not len(keys):
        return empty
    order = np.lexsort((reader.rank_by_key[keys], -scores))
    if limit is not None:
        order = order[:limit]
    return KeyedHits(reader.generation, keys[order], scores[order])


def indexed_ids(index_dir: Path | str) -> tuple[Path, pa.StringArray]:
    """The generation in use and the article_id of each of its keys (null for a key no
    longer used): what search_keys' keys mean."""
    reader = _reader(index_dir)
    return reader.generation, reader.ids_by_key


def search(
    index_dir: Path | str, query: str | ParsedQuery, *, limit: int | None = None, stem: bool = False
) -> pd.DataFrame:
    """The articles that match, best first: columns article_id and score (BM25, summed over
    the query's terms and fields; a wildcard or NOT-only part scores 1), ties by article_id.
    Every hit unless `limit`. A str query is parsed first (QueryError if it does not parse).
    `stem=True` matches words by their English stem; the index must have been built with
    stemming=True (ValueError otherwise)."""
    found = search_keys(index_dir, query, limit=limit, stem=stem)
    if not len(found.keys):
        return _empty()
    article_ids = _reader(found.generation).ids_by_key.take(pa.array(found.keys)).to_pandas()
    return pd.DataFrame({"article_id": article_ids, "score": found.scores})
