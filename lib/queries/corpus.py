"""The loaded corpus: the tables indexed for the pages' questions (`Corpus`), and the
selections every query starts from (the rows of some articles, of some entities).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from lib import store
from lib.queries import facets, mention_codes, pair_counts, rowgroups, sentence_pairs
from lib.queries import filters as flt
from lib.queries.categorical import category_codes
from lib.queries.periods import period_codes
from lib.queries.tables import CATEGORICAL_COLUMNS, EXTRA_TYPE, metadata_frame
from lib.queries.take import take_rows


@dataclass
class Corpus:
    """The tables of one run, plus the derived frames the queries share. Read-only.

    Ids are categorical with shared categories, so that the queries work on integer codes:
    `mentions.article_id` has the articles' ids as categories (code = row in `articles`),
    `mentions.entity_id` the catalogue's ids, sorted (code = row in `catalog`)."""

    data: store.Dataset
    catalog: (
        pd.DataFrame
    )  # one row per entity_id (sorted): name, type, code, aliases, roles, counts
    # article_id, entity_id, sentence_id, start, end, type (an article's day is
    # `published[article code]`: a column of it would copy 8 bytes per mention)
    mentions: pd.DataFrame
    version: str = ""
    # The metadata columns of the corpus (metadata_frame), when read apart from the tables
    # (read_metadata: read_tables skips articles.extra); None: derived from articles.extra.
    meta: pd.DataFrame | None = None
    # The run's full-text index folder (runs/<run_id>/search); None: made in a temporary
    # folder on first need (lib.queries.fulltext)
    search_dir: Path | None = None
    # The integer codes behind `mentions` and `pairs` (build_corpus), to keep in a file
    codes: mention_codes.MentionCodes | None = None
    # The run folder where what is derived from these tables and corrections is kept in
    # files (mention_codes, sentence_pairs), and the key of the mention codes' file; None:
    # derived in memory only
    derived_in: Path | None = None
    codes_key: str = ""

    @property
    def articles(self) -> pd.DataFrame:
        return self.data.articles

    @cached_property
    def all_ids(self) -> pd.Index:
        return pd.Index(self.data.articles["article_id"], name="article_id")

    @cached_property
    def names(self) -> dict[str, str]:
        return self._lookup("name")

    @cached_property
    def types(self) -> dict[str, str]:
        return self._lookup("type")

    def entity_values(self, entity_ids, column: str) -> np.ndarray:
        """The catalogue's `column` for each entity id (None where unknown), found by
        position: the catalogue's index is hashed once, where a map through a dict of every
        entity hashes its keys again at each call (a third of a second for 100k)."""
        wanted = pd.Index(np.asarray(entity_ids, dtype=object), dtype=self.catalog.index.dtype)
        at = self.catalog.index.get_indexer(wanted)
        values = (
            self.derived(f"catalog-{column}", lambda: self.catalog[column].to_numpy(dtype=object))[
                np.maximum(at, 0)
            ]
            if len(self.catalog)
            else np.full(len(at), None, dtype=object)
        )
        return np.where(at >= 0, values, None)

    def _lookup(self, column: str) -> dict[str, str]:
        # to_numpy first: iterating Arrow-backed strings makes a Python scalar per step
        keys = self.catalog.index.to_numpy(dtype=object)
        return dict(zip(keys, self.catalog[column].to_numpy(dtype=object), strict=True))

    @cached_property
    def published(self) -> pd.Series:
        """The articles' publication days as timestamps (NaT when unknown), row-aligned."""
        return pd.to_datetime(self.articles["published"])

    def period_codes(self, freq: str) -> tuple[pd.Series, np.ndarray]:
        """periods.period_codes of the publication days, made once per corpus and frequency
        (every count per period starts from it)."""
        return self.derived(f"period-codes-{freq}", partial(period_codes, self.published, freq))

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """One row per (article, entity) with its number of mentions: article_id, entity_id
        (categorical like `mentions`), n. Counting articles per entity is a sum over it."""
        art = category_codes(self.mentions["article_id"]).astype(np.int64)
        ent = category_codes(self.mentions["entity_id"]).astype(np.int64)
        keys, counts = pair_counts.unique_counts(art * len(self.catalog) + ent)
        art_codes, ent_codes = np.divmod(keys, len(self.catalog))
        return pd.DataFrame(
            {
                "article_id": pd.Categorical.from_codes(
                    art_codes.astype(np.int32), dtype=self.mentions["article_id"].dtype
                ),
                "entity_id": pd.Categorical.from_codes(
                    ent_codes.astype(np.int32), dtype=self.mentions["entity_id"].dtype
                ),
                "n": counts.astype(np.int64),
            }
        )

    @cached_property
    def pairs_by_article(self) -> rowgroups.Groups:
        """The rows of `pairs` by article row (they are sorted by article)."""
        codes = category_codes(self.pairs["article_id"])
        return rowgroups.group_rows(codes, len(self.articles))

    def entity_codes(self, entity_ids: Sequence[str]) -> np.ndarray:
        """The catalogue rows of the given entities, once each, ascending; unknown ids left
        out."""
        found = self.catalog.index.get_indexer(list(entity_ids))
        return np.unique(found[found >= 0])

    @cached_property
    def sentences_per_article(self) -> np.ndarray:
        """Rows of the sentences table of each article, row-aligned with `articles`."""
        codes = self.sentence_articles()
        return np.bincount(codes[codes >= 0], minlength=len(self.articles))

    def sentence_articles(self) -> np.ndarray:
        """article_codes("sentences"), from that one column when the sentences are not a
        frame yet (made for the counts derived from it, not kept: 90 MB at 100k articles)."""
        if "_article_codes" in self.__dict__ and "sentences" in self._article_codes:
            return self._article_codes["sentences"]
        column = self.data.columns_of("sentences", ["article_id"])["article_id"]
        return codes_in(column, self.all_ids)

    @cached_property
    def entities_per_article(self) -> np.ndarray:
        """Distinct entities named in each article, row-aligned with `articles`."""
        codes = category_codes(self.pairs["article_id"])
        return np.bincount(codes, minlength=len(self.articles)).astype(np.int64)

    def derived(self, name: str, compute: Callable[[], Any]) -> Any:
        """`compute()` once per corpus: what a module derives from the tables for every
        filter change to use (lib.queries.geo's country counts). Read-only, like the tables."""
        memo = self.__dict__.setdefault("_derived", {})
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    def has_derived(self, name: str) -> bool:
        """Whether `derived(name, …)` has been computed for this corpus."""
        return name in self.__dict__.get("_derived", {})

    def per_selection(self, name: str, ids: pd.Index, compute: Callable[[], Any]) -> Any:
        """`compute()` for this selection, kept for the last few selections: every query of a
        page gets the same `ids` object (ui caches it), so derived arrays are made once per
        filter change. Results must be treated as read-only."""
        memo = self.__dict__.setdefault(f"_memo_{name}", {})
        hit = memo.get(id(ids))
        if hit is not None and hit[0] is ids:
            return hit[1]
        result = compute()
        if len(memo) >= 8:
            memo.pop(next(iter(memo)))
        memo[id(ids)] = (ids, result)  # the ids are kept with it, so their id is not reused
        return result

    def article_mask(self, ids: pd.Index) -> np.ndarray:
        """A boolean per row of `articles` (read-only): is its article_id among `ids`."""

        def compute() -> np.ndarray:
            if len(ids) == len(self.articles):
                mask = np.ones(len(self.articles), dtype=bool)
            else:
                mask = np.zeros(len(self.articles), dtype=bool)
                found = self.all_ids.get_indexer(ids)
                mask[found[found >= 0]] = True
            mask.flags.writeable = False
            return mask

        return self.per_selection("mask", ids, compute)

    def article_codes(self, table: str) -> np.ndarray:
        """For each row of `data.<table>`, the row of its article in `articles`."""
        cache = self.__dict__.setdefault("_article_codes", {})
        if table not in cache:
            cache[table] = codes_in(getattr(self.data, table)["article_id"], self.all_ids)
        return cache[table]

    def article_rows(self, table: str, article_ids: pd.Series) -> np.ndarray:
        """The row in `articles` of each of some values of `data.<table>`'s article_id (as
        categorical as the table's): its categories are looked up once per corpus, so that
        a few rows of a table not made into a frame cost a few lookups (article_codes
        makes the codes of the whole table)."""
        if not isinstance(article_ids.dtype, pd.CategoricalDtype):
            return codes_in(article_ids, self.all_ids)
        lookup = self.derived(
            f"article-rows-{table}", lambda: _positions(self.all_ids, article_ids.cat.categories)
        )
        codes = category_codes(article_ids)
        return np.where(codes >= 0, lookup[codes], -1).astype(np.int32)

    @cached_property
    def event_dates(self) -> tuple[pd.Series, pd.Series]:
        """The events' first and last days as timestamps (last = first when open)."""
        first = pd.to_datetime(self.data.events["date_start"])
        return first, pd.to_datetime(self.data.events["date_end"]).fillna(first)

    @cached_property
    def sentence_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """Sorted keys (article row, sentence_id) of the sentences table and the table's row
        of each: finds any sentence by binary search."""
        art = self.sentence_articles().astype(np.int64)
        sentence_id = self.data.columns_of("sentences", ["sentence_id"])["sentence_id"]
        keys = art * SENTENCE_SLOTS + sentence_id.to_numpy()
        order = np.argsort(keys, kind="stable")
        return keys[order], order

    def sentence_rows(self, article_ids: pd.Series, sentence_ids: pd.Series) -> np.ndarray:
        """The row in `data.sentences` of each (article_id, sentence_id); -1 when absent."""
        keys, order = self.sentence_keys
        art = codes_in(article_ids, self.all_ids).astype(np.int64)
        wanted = art * SENTENCE_SLOTS + sentence_ids.to_numpy(dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        found = (art >= 0) & (len(keys) > 0) & (keys[at] == wanted) if len(keys) else art < -1
        return np.where(found, order[at] if len(keys) else -1, -1)

    def coded_mentions(self, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
        """`mentions_in` with integer codes for article_id and entity_id (the catalogue is
        sorted, so codes order like the ids): what DuckDB joins fastest."""
        m = mentions_in(self, ids, types=types)
        return pd.DataFrame(
            {
                "article_id": category_codes(m["article_id"]),
                "sentence_id": m["sentence_id"].to_numpy(),
                "entity_id": category_codes(m["entity_id"]),
                "type": m["type"],
            }
        )

    @cached_property
    def sentence_pairs(self) -> pair_counts.SentencePairs:
        """The sentence-level co-occurrence lists, which make every co-occurrence query a
        masked count: built on first use (about a second per 5M mentions), or read from the
        run's file (lib.queries.sentence_pairs) when `derived_in` is set."""
        m = self.mentions

        def derive() -> pair_counts.SentencePairs:
            return pair_counts.SentencePairs(
                category_codes(m["article_id"]),
                m["sentence_id"].to_numpy(),
                category_codes(m["entity_id"]),
                n_entities=len(self.catalog),
            )

        return sentence_pairs.of_run(self.derived_in, self.codes_key, derive)

    def allowed_types(self, types: Sequence[str]) -> np.ndarray | None:
        """A boolean per catalogue row: is its type among `types` (None when all are)."""
        return self.catalog["type"].isin(list(types)).to_numpy() if types else None

    @property
    def metadata(self) -> pd.DataFrame:
        """One categorical column per metadata key of the corpus (bias, country, …), indexed
        by article_id; no columns when the corpus has none. `meta` when set, else derived
        (once) from articles.extra."""
        if self.meta is None:
            articles = self.data.articles
            extra = articles["extra"] if "extra" in articles else [[]] * len(articles)
            self.meta = metadata_frame(
                articles["article_id"],
                pa.array(
                    [list(e.items()) if isinstance(e, dict) else e for e in extra], EXTRA_TYPE
                ),
            )
        return self.meta

    @cached_property
    def _selectable(self) -> pd.DataFrame:
        """The article columns the filters read, with the days as timestamps (converted
        once, not at every filter change)."""
        a = self.articles
        columns = {c: a[c] for c in ("article_id", "source", "language") if c in a}
        for day in ("published", "published_min", "published_max"):
            if day in a:
                columns[day] = pd.to_datetime(a[day])
        return pd.DataFrame(columns)

    def entity_mask(self, entity_ids: Sequence[str], match: str = "all") -> np.ndarray:
        """A boolean per article: does it mention all (or any) of the entities."""
        codes = category_codes(self.pairs["entity_id"])
        rows = rowgroups.rows_with(codes, self.entity_codes(entity_ids))
        per_article = np.bincount(
            category_codes(self.pairs["article_id"])[rows], minlength=len(self.articles)
        )  # the pairs are distinct: the number of the wanted entities each article names
        needed = 1 if match == "any" else len(set(entity_ids))
        return per_article >= needed

    def select(self, filters: flt.Filters) -> pd.Index:
        """The article_ids that pass the filters, in the order of `articles`
        (flt.selection_mask); the selection's article_mask is kept with it (finding the ids
        again in `all_ids` costs more than every other step). The search query is answered
        by the full-text index (lib.queries.fulltext)."""
        from lib.queries import fulltext

        # The metadata through its index (lib.queries.facets: multi-valued columns split,
        # built once per corpus) rather than the frame's values.
        mask = flt.selection_mask(
            self._selectable,
            self.pairs,
            lambda: self.data.events,  # made on first use (lib.queries.tables.LAZY)
            filters.with_(meta=()) if filters.meta else filters,
            entity_mask=self.entity_mask,
            query_mask=partial(fulltext.query_mask, self),
        )
        if filters.meta:
            mask &= facets.meta_mask(self, filters.meta)
        ids = self.all_ids[mask]  # Arrow's filter: no Python string per article
        mask.flags.writeable = False
        self.per_selection("mask", ids, lambda: mask)
        return ids


SENTENCE_SLOTS = 1 << 20  # sentence_id < 2^20 in any article (the text is capped at 200k chars)


def _kb_catalog(data: store.Dataset) -> pd.DataFrame:
    kb = data.kb_events
    return pd.DataFrame(
        {
            "entity_id": kb["entity_id"],
            "type": "event",
            "name": kb["name"],
            "code": None,
            "aliases": [[] for _ in range(len(kb))],
            "roles": [[] for _ in range(len(kb))],
            "org_kind": kb["type"],  # the event's kind (summit, exercise…) where an org's kind goes
            "in_gazetteer": True,
        }
    )


def codes_in(values: pd.Series, categories: pd.Index) -> np.ndarray:
    """The position of each value in `categories` (-1 when absent or null); for a
    categorical column only its categories are looked up."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        lookup = _positions(categories, values.cat.categories)
        codes = category_codes(values)
        return np.where(codes >= 0, lookup[codes], -1).astype(np.int32)
    return _positions(categories, values).astype(np.int32)


def _positions(categories: pd.Index, values) -> np.ndarray:
    """categories.get_indexer(values), with the values in the categories' string dtype:
    pandas looks object values up in a str index by converting the whole index at every
    call (20 ms for 100k article ids, even to find 200)."""
    target = pd.Index(np.asarray(values, dtype=object), dtype=object)
    if isinstance(categories.dtype, pd.StringDtype):
        target = target.astype(categories.dtype)
    return categories.get_indexer(target)


def _unknown_events(data: store.Dataset, unknown: list[str]) -> pd.DataFrame:
    """Catalogue rows for events linked in the articles that the KB table does not list."""
    events = data.events[data.events["entity_id"].astype(object).isin(unknown)]
    extra = events.drop_duplicates("entity_id").set_index(events["entity_id"].astype(object))
    return pd.DataFrame(
        {
            "entity_id": unknown,
            "type": "event",
            "name": extra.loc[unknown, "name"].astype(object).to_numpy(),
            "aliases": [[] for _ in unknown],
            "roles": [[] for _ in unknown],
        }
    )


def as_categoricals(data: store.Dataset) -> store.Dataset:
    """The dataset with CATEGORICAL_COLUMNS as categoricals, however it was made (read
    from Parquet they already are; a dataset built in memory or curated may not be)."""
    tables = {}
    for name, frame in data.made().items():  # a table made on first use is made so
        wanted = [
            c
            for c in CATEGORICAL_COLUMNS.get(name, ())
            if c in frame and not isinstance(frame[c].dtype, pd.CategoricalDtype)
        ]
        if wanted:
            tables[name] = frame.astype({c: "category" for c in wanted})
    return data.with_tables(**tables) if tables else data


def build_corpus(
    data: store.Dataset, *, version: str = "", codes: mention_codes.MentionCodes | None = None
) -> Corpus:
    """Derive the catalogue and the typed mention table from one run's tables; with `codes`
    (what an earlier derivation from the same tables wrote, lib.queries.mention_codes), the
    mentions' and pairs' codes are taken from them rather than derived again."""
    data = as_categoricals(data)
    entities = data.entities.drop(columns=["n_mentions", "n_articles"])
    kb = _kb_catalog(data)
    # Ids as Python objects: pandas' Arrow-backed strings look values up (isin, set) one
    # Python scalar at a time, seconds for 100k entities.
    extracted = pd.Index(entities["entity_id"].to_numpy(dtype=object))
    kb = kb[extracted.get_indexer(kb["entity_id"].to_numpy(dtype=object)) < 0]
    catalog = pd.concat([entities, kb], ignore_index=True) if len(kb) else entities.copy()
    # the events' entity ids alone: the events table is made only when something needs it
    linked_ids = data.distinct("events", "entity_id")
    unknown = sorted(set(linked_ids) - set(catalog["entity_id"].to_numpy(dtype=object)))
    if unknown:  # linked to an event the KB table does not list: still show it
        catalog = pd.concat([catalog, _unknown_events(data, unknown)], ignore_index=True)
    catalog = catalog.drop_duplicates("entity_id").set_index("entity_id").sort_index()

    articles = pd.Index(data.articles["article_id"].astype(object))
    if codes is None or not codes.fits(len(articles), len(catalog)):
        linked = data.events.loc[data.events["entity_id"].notna()]
        codes = derive_codes(data, linked, articles, catalog)
    type_codes, type_names = pd.factorize(catalog["type"], sort=True)
    article_dtype = pd.CategoricalDtype(articles)
    entity_dtype = pd.CategoricalDtype(catalog.index)
    # validate=False: the codes are in range (derived here, or a file that `fits`); copy=False:
    # the columns stay views on the codes (a memory-mapped file's pages) instead of one copy.
    mentions = pd.DataFrame(
        {
            "article_id": pd.Categorical.from_codes(codes.article, dtype=article_dtype, validate=False),
            "entity_id": pd.Categorical.from_codes(codes.entity, dtype=entity_dtype, validate=False),
            "sentence_id": codes.sentence,
            "start": codes.start,
            "end": codes.end,
            "type": pd.Categorical.from_codes(
                type_codes.astype(np.int8)[codes.entity], categories=type_names, validate=False
            ),
        },
        copy=False,
    )  # fmt: skip
    corpus = Corpus(data=data, catalog=catalog, mentions=mentions, version=version, codes=codes)
    corpus.__dict__["pairs"] = pd.DataFrame(
        {
            "article_id": pd.Categorical.from_codes(codes.pair_article, dtype=article_dtype, validate=False),
            "entity_id": pd.Categorical.from_codes(codes.pair_entity, dtype=entity_dtype, validate=False),
            "n": codes.pair_n,
        },
        copy=False,
    )  # fmt: skip
    catalog["n_mentions"] = np.bincount(
        codes.pair_entity, weights=codes.pair_n, minlength=len(catalog)
    ).astype("int64")
    catalog["n_articles"] = np.bincount(codes.pair_entity, minlength=len(catalog)).astype("int64")
    return corpus


def derive_codes(
    data: store.Dataset, linked: pd.DataFrame, articles: pd.Index, catalog: pd.DataFrame
) -> mention_codes.MentionCodes:
    """The codes of the mentions (and of the linked events) and of the (article, entity)
    pairs: rows in `articles` and in the catalogue. An event the extraction also wrote as a
    mention is counted once per sentence."""
    cols = ["article_id", "entity_id", "sentence_id", "start", "end"]
    frames = [data.mentions[cols], linked[cols]]
    art = np.concatenate([codes_in(f["article_id"], articles) for f in frames])
    ent = np.concatenate([codes_in(f["entity_id"], catalog.index) for f in frames])
    sentence = np.concatenate([f["sentence_id"].to_numpy(np.int32) for f in frames])
    n_mentions = len(data.mentions)
    # Keep a linked event only where no mention of it is in the same sentence.
    keys = (art.astype(np.int64) * len(catalog) + ent) * (
        int(sentence.max(initial=0)) + 1
    ) + sentence
    keep = np.ones(len(art), dtype=bool)
    if len(linked):
        is_event = (catalog["type"] == "event").to_numpy()[ent[:n_mentions]]
        seen = keys[:n_mentions][is_event & (ent[:n_mentions] >= 0)]
        keep[n_mentions:] = ~pd.Index(keys[n_mentions:]).isin(seen)
    keep &= (art >= 0) & (ent >= 0)
    art, ent = art[keep], ent[keep]
    pair_keys, counts = pair_counts.unique_counts(art.astype(np.int64) * len(catalog) + ent)
    pair_art, pair_ent = np.divmod(pair_keys, len(catalog))
    return mention_codes.MentionCodes(
        article=art.astype(np.int32),
        entity=ent.astype(np.int32),
        sentence=sentence[keep],
        start=np.concatenate([f["start"].to_numpy(np.int32) for f in frames])[keep],
        end=np.concatenate([f["end"].to_numpy(np.int32) for f in frames])[keep],
        pair_article=pair_art.astype(np.int32),
        pair_entity=pair_ent.astype(np.int32),
        pair_n=counts.astype(np.int64),
    )


def rows_in(corpus: Corpus, table: str, ids: pd.Index) -> np.ndarray:
    """A boolean per row of `data.<table>`: does its article pass."""
    frame = getattr(corpus.data, table)
    if is_all(corpus, ids):
        return np.ones(len(frame), dtype=bool)
    return corpus.article_mask(ids)[corpus.article_codes(table)]


def article_columns(
    corpus: Corpus, table: str, rows: np.ndarray, columns: Sequence[str]
) -> pd.DataFrame:
    """Columns of the article of each selected row of `data.<table>` (positional lookup)."""
    return articles_at(corpus, corpus.article_codes(table)[rows], columns)


def articles_at(corpus: Corpus, art: np.ndarray, columns: Sequence[str]) -> pd.DataFrame:
    """Columns of the articles at these rows of `articles` (-1: none, null columns)."""
    found = art >= 0
    out = take_rows(corpus.articles[list(columns)], np.where(found, art, 0))  # not whole chunks
    return out if found.all() else out.where(pd.Series(found), None)


def is_all(corpus: Corpus, ids: pd.Index) -> bool:
    return len(ids) == len(corpus.articles)


def _in_articles(
    corpus: Corpus, table: pd.DataFrame, ids: pd.Index, mask: np.ndarray
) -> pd.DataFrame:
    """The rows of `table` (article_id categorical like the corpus's) where `mask` holds that
    are in the given articles: the table itself when that is every row."""
    if not is_all(corpus, ids):
        mask &= corpus.article_mask(ids)[category_codes(table["article_id"])]
    return table[mask] if not mask.all() else table


def mentions_in(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """The mentions in the given articles, of the given entity types (all when empty)."""
    m = corpus.mentions
    mask = np.ones(len(m), dtype=bool)
    if types:
        mask &= m["type"].isin(list(types)).to_numpy()
    return _in_articles(corpus, m, ids, mask)


def mentions_of(corpus: Corpus, ids: pd.Index, entity_ids: Sequence[str]) -> pd.DataFrame:
    """The mentions of the given entities in the given articles: the entities' rows are
    picked first (a few entities, few rows), then the articles'."""
    m = corpus.mentions
    rows = rowgroups.rows_with(category_codes(m["entity_id"]), corpus.entity_codes(entity_ids))
    if not is_all(corpus, ids):
        rows = rows[corpus.article_mask(ids)[category_codes(m["article_id"])[rows]]]
    return m.iloc[rows]


def pair_rows(corpus: Corpus, ids: pd.Index, entity_ids: Sequence[str]) -> np.ndarray:
    """The rows of `Corpus.pairs` of the given entities in the given articles."""
    codes = category_codes(corpus.pairs["entity_id"])
    rows = rowgroups.rows_with(codes, corpus.entity_codes(entity_ids))
    if is_all(corpus, ids):
        return rows
    return rows[corpus.article_mask(ids)[category_codes(corpus.pairs["article_id"])[rows]]]


def pairs_in(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """The (article, entity, n) rows of `Corpus.pairs` in the given articles and types."""
    p = corpus.pairs
    mask = np.ones(len(p), dtype=bool)
    if types:
        wanted = corpus.catalog["type"].isin(list(types)).to_numpy()
        mask &= wanted[category_codes(p["entity_id"])]
    return _in_articles(corpus, p, ids, mask)


def entity_totals(corpus: Corpus, ids: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    """n_mentions and n_articles per catalogue row in the given articles (the Overview asks
    for them five times per filter change)."""
    return corpus.per_selection("totals", ids, lambda: _count_entities(corpus, ids))


def _count_entities(corpus: Corpus, ids: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    p = corpus.pairs
    codes = category_codes(p["entity_id"])
    n = p["n"].to_numpy()
    size = len(corpus.catalog)

    def count_rows(rows: np.ndarray | slice) -> np.ndarray:  # n_mentions over n_articles
        return np.stack(
            [
                np.bincount(codes[rows], weights=n[rows], minlength=size).astype(np.int64),
                np.bincount(codes[rows], minlength=size),
            ]
        )

    def count(rows: np.ndarray | None) -> np.ndarray:
        if rows is None:  # every article: counted once per corpus
            return corpus.derived("entity-totals", lambda: count_rows(slice(None)))
        return count_rows(rows)

    both = rowgroups.count_in(corpus.pairs_by_article, corpus.article_mask(ids), count)
    totals = (both[0].copy(), both[1].copy())
    for array in totals:
        array.flags.writeable = False
    return totals


def entity_counts(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """n_mentions and n_articles per entity in the given articles (entities with none left
    out), indexed by entity_id."""
    n_mentions, n_articles = entity_totals(corpus, ids)
    if types:
        allowed = corpus.allowed_types(types)
        n_mentions, n_articles = n_mentions * allowed, n_articles * allowed
    seen = n_articles > 0
    return pd.DataFrame(
        {"n_mentions": n_mentions[seen], "n_articles": n_articles[seen]},
        index=pd.Index(corpus.catalog.index[seen], name="entity_id"),
    )


def articles_in(
    corpus: Corpus, ids: pd.Index, *, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """The rows of the given articles (only `columns` if given: filtering copies every
    column, and the texts of 100k articles are 250 MB)."""
    a = corpus.articles if columns is None else corpus.articles[list(columns)]
    return a if is_all(corpus, ids) else a[corpus.article_mask(ids)]
