"""The corpus's own metadata columns (articles.extra: bias, subject, authors, url, …) as
filters that scale: an index built once per corpus, after which offering, labelling,
searching and filtering cost nothing per value on a filter change. No Streamlit here.

Each column is one of two kinds, decided from its values:

- a **facet**: few distinct values, each shared by several articles (a leaning, a country, a
  topic, a language), offered in full as a pick list with the number of articles;
- a **searched** column: thousands of values (authors, urls, ids), never listed; the
  type-ahead (`Facets.search`) finds the values that contain what the user typed.

A **multi-valued** column (comma- or semicolon-separated authors, tags) is split into its
values: `meta=authors:Stephen Dinan` keeps the articles he co-wrote. The value as written
whole (`meta=authors:Stephen Dinan, Dave Boyer`, the form links had before) still matches
the articles that have exactly that value, so old links keep working.

Options are `column:value` strings, as in the URL's `meta=` (lib.queries.filters): values
of one column are alternatives, different columns must all match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.queries.filters import meta_columns, parse_meta

FACET_MAX_VALUES = 200  # more distinct values than this: searched, never listed
FACET_ALWAYS = 20  # up to this many values a column is a facet even if values do not repeat
SEARCH_LIMIT = 25  # values the type-ahead offers at a time
# Column names whose values are lists whatever their share of separators.
MULTI_VALUED_NAMES = frozenset(
    {"authors", "author", "tags", "tag", "keywords", "categories", "topics", "people", "byline"}
)
MULTI_SHARE = 0.05  # else: a column is split when this share of values hold a separator ...
SEPARATOR = re.compile(r"\s*[,;]\s*")  # ... and its items repeat more than whole values do
_QUOTES = "\"'“”‘’ "


@dataclass(frozen=True)
class Column:
    """One metadata column, indexed: its values (split when multi-valued), most articles
    first (ties by value), with their article counts, and which articles have each."""

    name: str
    facet: bool  # offered as a pick list (else searched)
    multi: bool  # split into values
    values: pd.Index  # str, most articles first
    counts: np.ndarray  # articles per value
    articles: np.ndarray  # article rows of value v: articles[offsets[v]:offsets[v + 1]]
    offsets: np.ndarray
    whole: pd.Categorical  # the value as written, per article row (an old link's form)

    def position(self, value: str) -> int:
        found = self.values.get_indexer(pd.Index([value], dtype=self.values.dtype))[0]
        return int(found)

    def rows_of(self, wanted: Iterable[str], n_articles: int) -> np.ndarray:
        """A boolean per article row: has any of the values (split, or as written whole)."""
        mask = np.zeros(n_articles, dtype=bool)
        wanted = list(wanted)
        for value in wanted:
            v = self.position(value)
            if v >= 0:
                mask[self.articles[self.offsets[v] : self.offsets[v + 1]]] = True
        if self.multi:
            codes = self.whole.categories.get_indexer(pd.Index(wanted, dtype=object))
            codes = codes[codes >= 0]
            if len(codes):
                mask |= np.isin(self.whole.codes, codes)
        return mask

    def count(self, value: str) -> int:
        v = self.position(value)
        if v >= 0:
            return int(self.counts[v])
        if self.multi and value in self.whole.categories:
            return int((self.whole == value).sum())
        return 0


def split_values(text: str) -> list[str]:
    """'Matt Vespa, "Cortney OBrien"; Rich Lowry' -> its values, quotes and blanks gone,
    each once."""
    items = (item.strip(_QUOTES) for item in SEPARATOR.split(text))
    return list(dict.fromkeys(item for item in items if item))


def _split(categories: pa.Array) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """Every distinct value split into its items (vectorised, split_values's rule): the
    items (distinct), and per (value, item) pair the value's and the item's positions."""
    parts = pc.split_pattern_regex(categories, SEPARATOR.pattern)
    lengths = pc.list_value_length(parts).fill_null(0).to_numpy(zero_copy_only=False)
    owner = np.repeat(np.arange(len(categories), dtype=np.int64), lengths)
    flat = pc.utf8_trim(pc.list_flatten(parts), _QUOTES)
    keep = pc.not_equal(flat, "").to_numpy(zero_copy_only=False)
    encoded = pc.dictionary_encode(flat.filter(pa.array(keep)))
    item = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    pairs = np.sort(owner[keep] * len(encoded.dictionary) + item)
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs  # once each
    owner, item = np.divmod(pairs, max(len(encoded.dictionary), 1))
    return encoded.dictionary, owner, item


def _multi_by_data(categories: pa.Array, n_items: int) -> bool:
    has_separator = pc.match_substring_regex(categories, SEPARATOR.pattern)
    share = pc.mean(has_separator.cast(pa.float64())).as_py() or 0.0
    return share >= MULTI_SHARE and n_items < len(categories)


def index_column(name: str, column: pd.Series) -> Column:
    """The index of one categorical metadata column (row-aligned with the articles)."""
    whole = pd.Categorical(column)
    categories = pa.array(np.asarray(whole.categories, dtype=object), pa.string())
    codes = whole.codes.astype(np.int64)
    present = np.flatnonzero(codes >= 0)
    multi = False
    if len(categories) and (
        name.strip().lower() in MULTI_VALUED_NAMES
        or pc.any(pc.match_substring_regex(categories, SEPARATOR.pattern)).as_py()
    ):
        items, owner, item = _split(categories)
        multi = name.strip().lower() in MULTI_VALUED_NAMES or _multi_by_data(categories, len(items))
    if multi:
        # Split the distinct values (thousands), not the articles (a million): the pairs of
        # value v are pair_start[v]:pair_start[v] + per_value[v].
        per_value = np.bincount(owner, minlength=len(categories))
        pair_start = np.r_[0, np.cumsum(per_value)][:-1]
        per_row = per_value[codes[present]]
        article = np.repeat(present, per_row)
        within = np.arange(len(article)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
        value = item[np.repeat(pair_start[codes[present]], per_row) + within]
    else:
        items = categories
        article = present
        value = codes[present]
    counts = np.bincount(value, minlength=len(items)).astype(np.int64)
    n_values = int((counts > 0).sum())
    facet = n_values <= FACET_MAX_VALUES and (
        n_values <= FACET_ALWAYS or 2 * n_values <= len(present)
    )
    if facet:  # most articles first, ties by value: the order the pick list shows
        alphabetical = np.empty(len(items), dtype=np.int64)
        alphabetical[pc.sort_indices(items).to_numpy()] = np.arange(len(items))
        order = np.lexsort((alphabetical, -counts))
    else:  # never listed: ties in the order the values came
        order = np.argsort(-counts, kind="stable")
    order = order[:n_values]
    rank = np.full(len(items), -1, dtype=np.int64)
    rank[order] = np.arange(len(order))
    value = rank[value]
    by_value = np.argsort(value, kind="stable")
    offsets = np.r_[0, np.cumsum(np.bincount(value, minlength=len(order)))].astype(np.int64)
    values = pd.Index(items.take(pa.array(order)).to_numpy(zero_copy_only=False), dtype="str")
    return Column(
        name=name,
        facet=facet,
        multi=multi,
        values=values,
        counts=counts[order],
        articles=article[by_value].astype(np.int32),
        offsets=offsets,
        whole=whole,
    )


def option(column: str, value: str) -> str:
    return f"{column}:{value}"


def label(column: str, value: str, count: int) -> str:
    """'leaning: center (4)': an option as the widgets show it."""
    return f"{column}: {value} ({count:,})"


@dataclass(frozen=True)
class Facets:
    """Every metadata column of a corpus, indexed (build_facets). Read-only."""

    columns: dict[str, Column]
    n_articles: int
    options: tuple[str, ...]  # the facet columns' options, column by column, most articles first
    labels: dict[str, str]  # option -> label, for the facet options
    # The searched columns' values in one array (most articles first, all columns merged),
    # lower-cased for the type-ahead, with their options and labels.
    search_text: pa.Array
    search_options: pa.Array
    search_counts: np.ndarray

    @property
    def facet_columns(self) -> list[str]:
        return [name for name, c in self.columns.items() if c.facet]

    @property
    def searched_columns(self) -> list[str]:
        return [name for name, c in self.columns.items() if not c.facet]

    def is_facet(self, option_text: str) -> bool:
        return option_text in self.labels

    def known(self, option_text: str) -> bool:
        """Whether the corpus has the value in the column (split or whole)."""
        parsed = parse_meta(option_text)
        if parsed is None or parsed[0] not in self.columns:
            return False
        return self.columns[parsed[0]].count(parsed[1]) > 0

    def label_of(self, option_text: str) -> str:
        """The option's label, with its article count (facets: looked up, not computed)."""
        found = self.labels.get(option_text)
        if found is not None:
            return found
        column, _, value = option_text.partition(":")
        c = self.columns.get(column)
        return label(column, value, c.count(value) if c is not None else 0)

    def values(self, column: str) -> list[tuple[str, int]]:
        """A facet column's values with their article counts, most articles first."""
        c = self.columns[column]
        return list(zip(c.values.tolist(), c.counts.tolist(), strict=True))

    def search(self, text: str, *, limit: int = SEARCH_LIMIT) -> list[str]:
        """The options of the searched columns that contain `text` (case-insensitive): those
        where a word starts with it first, then the others, each most articles first."""
        text = text.strip().lower()
        if not text or len(self.search_options) == 0:
            return []
        inside = pc.match_substring(self.search_text, text).to_numpy(zero_copy_only=False)
        hits = np.flatnonzero(inside)
        if len(hits) == 0:
            return []
        starts = pc.match_substring_regex(
            self.search_text.take(pa.array(hits)), r"(^|[^\pL\pN])" + re.escape(text)
        ).to_numpy(zero_copy_only=False)
        ranked = np.concatenate([hits[starts], hits[~starts]])[:limit]
        return self.search_options.take(pa.array(ranked)).to_pylist()

    def mask(self, meta: Sequence[tuple[str, str]]) -> np.ndarray:
        """A boolean per article row: any value of each column named, every column (a column
        the corpus lacks matches nothing)."""
        mask = np.ones(self.n_articles, dtype=bool)
        for column, wanted in meta_columns(meta).items():
            c = self.columns.get(column)
            if c is None:
                return np.zeros(self.n_articles, dtype=bool)
            mask &= c.rows_of(wanted, self.n_articles)
        return mask


def build_facets(metadata: pd.DataFrame) -> Facets:
    """The index of a corpus's metadata frame (lib.queries.metadata_frame: one categorical
    column per key, row-aligned with the articles)."""
    columns = {name: index_column(str(name), metadata[name]) for name in metadata.columns}
    options, labels = [], {}
    for name, c in columns.items():
        if not c.facet:
            continue
        for value, count in zip(c.values.tolist(), c.counts.tolist(), strict=True):
            text = option(name, value)
            options.append(text)
            labels[text] = label(name, value, count)
    searched = [c for c in columns.values() if not c.facet]
    if searched:
        counts = np.concatenate([c.counts for c in searched])
        order = pa.array(np.argsort(-counts, kind="stable"))
        values = pa.concat_arrays([pa.array(c.values, pa.string()) for c in searched])
        names = pa.concat_arrays(
            [pa.array(np.full(len(c.values), c.name, dtype=object), pa.string()) for c in searched]
        )
        search_options = pc.binary_join_element_wise(names, values, ":").take(order)
        search_text = pc.utf8_lower(values.take(order))
        search_counts = counts[order]
    else:
        search_options = pa.array([], pa.string())
        search_text = pa.array([], pa.string())
        search_counts = np.array([], dtype=np.int64)
    return Facets(
        columns=columns,
        n_articles=len(metadata),
        options=tuple(options),
        labels=labels,
        search_text=search_text,
        search_options=search_options,
        search_counts=search_counts,
    )


def of_corpus(corpus) -> Facets:
    """The facets of a `lib.queries.Corpus`, built once (Corpus.derived)."""
    return corpus.derived("facets", lambda: build_facets(corpus.metadata))


def meta_mask(corpus, meta: Sequence[tuple[str, str]]) -> np.ndarray:
    """A boolean per article row of the corpus: do its metadata match `meta`."""
    return of_corpus(corpus).mask(meta)
