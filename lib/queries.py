"""Questions the pages ask of the tables: pure, vectorised functions over pandas frames.

`build_corpus` prepares, once per preprocessing run, the frames every query needs: one
catalogue of entities (the entity table plus the knowledge-base events) and one table of
mentions that also counts the knowledge-base events found in the articles, each with its
entity type and its article's publication day. Every other function takes that `Corpus`
and the article_ids that pass the filters (`lib.filters.select_articles`), and returns a
DataFrame: the data of one chart or one table, and the CSV the user downloads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lib import cooccur, eventcounts, loadcache, rowgroups, store
from lib import filters as flt

TIMELINE_DEFAULT = (date(2015, 11, 24), date(2019, 12, 4))  # Su-24 downing .. London meeting


@dataclass
class Corpus:
    """The tables of one run, plus the derived frames the queries share. Read-only.

    Ids are categorical with shared categories, so that the queries work on integer codes:
    `mentions.article_id` has the articles' ids as categories (code = row in `articles`),
    `mentions.entity_id` the catalogue's ids, sorted (code = row in `catalog`)."""

    data: store.Dataset
    catalog: pd.DataFrame  # one row per entity_id (sorted): name, type, code, aliases, roles, counts
    mentions: pd.DataFrame  # article_id, entity_id, sentence_id, start, end, type, published
    version: str = ""
    # The metadata columns of the corpus (metadata_frame), when read apart from the tables
    # (read_metadata: read_tables skips articles.extra); None: derived from articles.extra.
    meta: pd.DataFrame | None = None

    @property
    def articles(self) -> pd.DataFrame:
        return self.data.articles

    @cached_property
    def all_ids(self) -> pd.Index:
        return pd.Index(self.data.articles["article_id"], name="article_id")

    @cached_property
    def names(self) -> dict[str, str]:
        return dict(zip(self.catalog.index, self.catalog["name"], strict=True))

    @cached_property
    def types(self) -> dict[str, str]:
        return dict(zip(self.catalog.index, self.catalog["type"], strict=True))

    @cached_property
    def published(self) -> pd.Series:
        """The articles' publication days as timestamps (NaT when unknown), row-aligned."""
        return pd.to_datetime(self.articles["published"])

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """One row per (article, entity) with its number of mentions: article_id, entity_id
        (categorical like `mentions`), n. Counting articles per entity is a sum over it."""
        art = self.mentions["article_id"].cat.codes.to_numpy().astype(np.int64)
        ent = self.mentions["entity_id"].cat.codes.to_numpy().astype(np.int64)
        keys, counts = cooccur.unique_counts(art * len(self.catalog) + ent)
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
        codes = self.pairs["article_id"].cat.codes.to_numpy()
        return rowgroups.group_rows(codes, len(self.articles))

    def entity_codes(self, entity_ids: Sequence[str]) -> np.ndarray:
        """The catalogue rows of the given entities, once each, ascending; unknown ids left
        out."""
        found = self.catalog.index.get_indexer(list(entity_ids))
        return np.unique(found[found >= 0])

    @cached_property
    def sentences_per_article(self) -> np.ndarray:
        """Rows of the sentences table of each article, row-aligned with `articles`."""
        codes = self.article_codes("sentences")
        return np.bincount(codes[codes >= 0], minlength=len(self.articles))

    @cached_property
    def entities_per_article(self) -> np.ndarray:
        """Distinct entities named in each article, row-aligned with `articles`."""
        codes = self.pairs["article_id"].cat.codes.to_numpy()
        return np.bincount(codes, minlength=len(self.articles)).astype(np.int64)

    def derived(self, name: str, compute: Callable[[], Any]) -> Any:
        """`compute()` once per corpus: what a module derives from the tables for every
        filter change to use (lib.geo's country counts). Read-only, like the tables."""
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

    @cached_property
    def event_dates(self) -> tuple[pd.Series, pd.Series]:
        """The events' first and last days as timestamps (last = first when open)."""
        first = pd.to_datetime(self.data.events["date_start"])
        return first, pd.to_datetime(self.data.events["date_end"]).fillna(first)

    @cached_property
    def sentence_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """Sorted keys (article row, sentence_id) of the sentences table and the table's row
        of each: finds any sentence by binary search."""
        art = self.article_codes("sentences").astype(np.int64)
        keys = art * SENTENCE_SLOTS + self.data.sentences["sentence_id"].to_numpy()
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
                "article_id": m["article_id"].cat.codes.to_numpy(),
                "sentence_id": m["sentence_id"].to_numpy(),
                "entity_id": m["entity_id"].cat.codes.to_numpy(),
                "type": m["type"],
            }
        )

    @cached_property
    def sentence_pairs(self) -> cooccur.SentencePairs:
        """The sentence-level co-occurrence lists (built on first use: about a second per
        5M mentions), which make every later co-occurrence query a masked count."""
        m = self.mentions
        return cooccur.SentencePairs(
            m["article_id"].cat.codes.to_numpy(),
            m["sentence_id"].to_numpy(),
            m["entity_id"].cat.codes.to_numpy(),
            n_entities=len(self.catalog),
        )

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
        columns = {c: a[c] for c in ("article_id", "source", "text") if c in a}
        for day in ("published", "published_min", "published_max"):
            if day in a:
                columns[day] = pd.to_datetime(a[day])
        return pd.DataFrame(columns)

    def entity_mask(self, entity_ids: Sequence[str], match: str = "all") -> np.ndarray:
        """A boolean per article: does it mention all (or any) of the entities."""
        codes = self.pairs["entity_id"].cat.codes.to_numpy()
        rows = rowgroups.rows_with(codes, self.entity_codes(entity_ids))
        per_article = np.bincount(
            self.pairs["article_id"].cat.codes.to_numpy()[rows], minlength=len(self.articles)
        )  # the pairs are distinct: the number of the wanted entities each article names
        needed = 1 if match == "any" else len(set(entity_ids))
        return per_article >= needed

    def select(self, filters: flt.Filters) -> pd.Index:
        """flt.select_articles; the selection's article_mask is kept with it (finding the
        ids again in `all_ids` costs more than every other step)."""
        mask = flt.selection_mask(
            self._selectable,
            self.pairs,
            self.data.events,
            filters,
            metadata=self.metadata if filters.meta else None,
            entity_mask=self.entity_mask,
        )
        ids = pd.Index(self._selectable["article_id"].to_numpy()[mask], name="article_id")
        mask.flags.writeable = False
        self.per_selection("mask", ids, lambda: mask)
        return ids


SENTENCE_SLOTS = 1 << 20  # sentence_id < 2^20 in any article (the text is capped at 200k chars)
# Nested columns the dashboard never shows: turning them into Python lists and dicts is most
# of the time it takes to load a large corpus.
SKIPPED_COLUMNS = {"articles": ("sections", "extra"), "events": ("participants",)}
# Columns with few distinct values, read as categoricals (Parquet's dictionary encoding kept):
# 6M mentions take 160 MB instead of 800 MB, and filtering on them works on integer codes.
CATEGORICAL_COLUMNS = {
    "articles": ("format", "source", "source_basis", "published_basis"),
    "sentences": ("article_id", "section"),
    "mentions": ("article_id", "entity_id", "surface", "kind", "section", "label", "role"),
    "events": (
        "article_id", "entity_id", "name", "type", "trigger", "date_precision", "date_text",
        "place", "evidence",
    ),  # fmt: skip
    "quotes": ("article_id", "speaker_id", "speaker_text"),
}


def _read(path: Path, name: str) -> pa.Table:
    """One table as the dashboard keeps it: less SKIPPED_COLUMNS, CATEGORICAL_COLUMNS
    dictionary-encoded."""
    skipped = SKIPPED_COLUMNS.get(name, ())
    columns = [c for c in store.SCHEMAS[name].names if c not in skipped]
    table = pq.read_table(path, columns=columns, read_dictionary=CATEGORICAL_COLUMNS.get(name, ()))
    return _conform(table, store.SCHEMAS[name])


def _frame(table: pa.Table, name: str) -> pd.DataFrame:
    frame = table.to_pandas()  # strings stay in Arrow buffers (pandas 3's str dtype)
    for column in SKIPPED_COLUMNS.get(name, ()):
        # One shared empty tuple per row: a new list per row cost a second at 100k articles.
        empty = np.empty(len(frame), dtype=object)
        empty.fill(())
        frame[column] = empty
    return frame


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Columns of an older run that differ in type from the contract are cast to it
    (dictionary-encoded strings stay so)."""
    fields = []
    for column in table.schema:
        wanted = schema.field(column.name).type
        same = column.type == wanted or (
            pa.types.is_dictionary(column.type) and column.type.value_type == wanted
        )
        fields.append(column if same else pa.field(column.name, wanted))
    return table.cast(pa.schema(fields)) if fields != list(table.schema) else table


def read_tables(out_dir: Path) -> store.Dataset:
    """The tables of the current run (lib.store.current_run, resolved once so that they
    match) as the dashboard needs them: every table of the contract, less SKIPPED_COLUMNS
    (left as empty lists), low-cardinality columns as categoricals."""
    run = store.current_run(Path(out_dir)) or Path(out_dir)
    tables = loadcache.read(run, store.TABLES)
    if tables is None:
        tables = {}
        for name in store.TABLES:
            path = run / f"{name}.parquet"
            if not path.exists():
                raise FileNotFoundError(
                    f"{path}: no {name} table; run `python -m lib.preprocess --out {out_dir}`"
                )
            tables[name] = _read(path, name)
        if store.current_run(Path(out_dir)) is not None and loadcache.worth_it(
            tables["articles"].num_rows
        ):
            loadcache.write(run, tables)
    frames = {name: _frame(table, name) for name, table in tables.items()}
    manifest = run / store.MANIFEST
    report = run / store.REPORT
    return store.Dataset(
        **frames,
        manifest=json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {},
        problems=json.loads(report.read_text(encoding="utf-8")) if report.exists() else [],
    )


EXTRA_TYPE = pa.map_(pa.string(), pa.string())


def metadata_frame(article_ids, extra: pa.Array | pa.ChunkedArray) -> pd.DataFrame:
    """articles.extra (map<string, string>) as a frame indexed by article_id with one
    categorical column per key; an article without the key has NaN. Vectorised on the Arrow
    map (no Python per row): a million articles take a fraction of a second."""
    index = pd.Index(np.asarray(article_ids, dtype=object), name="article_id")
    if isinstance(extra, pa.ChunkedArray):
        extra = extra.combine_chunks() if extra.num_chunks else pa.array([], EXTRA_TYPE)
    offsets = np.asarray(extra.offsets, dtype=np.int64)  # absolute, into the (unsliced) children
    lo, hi = int(offsets[0]), int(offsets[-1])
    if hi == lo:
        return pd.DataFrame(index=index)
    lengths = np.diff(offsets)
    valid = extra.is_valid().to_numpy(zero_copy_only=False)
    rows = np.repeat(np.arange(len(extra)), lengths)  # the article each entry belongs to
    kept = np.repeat(valid, lengths)  # (a null map's entries, if it has any, are not data)
    keys, items = extra.keys.slice(lo, hi - lo), extra.items.slice(lo, hi - lo)
    columns = {}
    for key in pc.unique(keys).drop_null().to_pylist():
        if key == "article_id":
            continue
        where = pc.equal(keys, key).fill_null(False).to_numpy(zero_copy_only=False) & kept
        values = pc.dictionary_encode(items.filter(pa.array(where)))
        codes = np.full(len(extra), -1, dtype=np.int32)
        # A null value stays -1 (missing); a key repeated in one map: the last one wins.
        codes[rows[where]] = values.indices.fill_null(-1).to_numpy()
        columns[key] = pd.Categorical.from_codes(
            codes, categories=pd.Index(values.dictionary.to_pylist(), dtype=object)
        )
    return pd.DataFrame(columns, index=index)


def read_metadata(out_dir: Path) -> pd.DataFrame:
    """The metadata columns of the current run's articles (metadata_frame): what
    read_tables leaves out of `articles.extra`, read apart so that it stays small."""
    run = store.current_run(Path(out_dir)) or Path(out_dir)
    table = pq.read_table(
        run / "articles.parquet", columns=["article_id", "extra"], schema=store.SCHEMAS["articles"]
    )
    return metadata_frame(table["article_id"].to_numpy(), table["extra"])


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
        codes = values.cat.codes.to_numpy()
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
    for name, frame in data.tables().items():
        wanted = [
            c
            for c in CATEGORICAL_COLUMNS.get(name, ())
            if c in frame and not isinstance(frame[c].dtype, pd.CategoricalDtype)
        ]
        tables[name] = frame.astype({c: "category" for c in wanted}) if wanted else frame
    return store.Dataset(**tables, manifest=data.manifest, problems=data.problems)


def build_corpus(data: store.Dataset, *, version: str = "") -> Corpus:
    """Derive the catalogue and the typed mention table from one run's tables."""
    data = as_categoricals(data)
    entities = data.entities.drop(columns=["n_mentions", "n_articles"])
    kb = _kb_catalog(data)
    kb = kb[~kb["entity_id"].isin(entities["entity_id"])]
    catalog = pd.concat([entities, kb], ignore_index=True) if len(kb) else entities.copy()
    linked = data.events.loc[data.events["entity_id"].notna()]
    linked_ids = linked["entity_id"].astype(object).unique()
    unknown = sorted(set(linked_ids) - set(catalog["entity_id"]))
    if unknown:  # linked to an event the KB table does not list: still show it
        catalog = pd.concat([catalog, _unknown_events(data, unknown)], ignore_index=True)
    catalog = catalog.drop_duplicates("entity_id").set_index("entity_id").sort_index()

    articles = pd.Index(data.articles["article_id"].astype(object))
    cols = ["article_id", "entity_id", "sentence_id", "start", "end"]
    frames = [data.mentions[cols], linked[cols]]
    art = np.concatenate([codes_in(f["article_id"], articles) for f in frames])
    ent = np.concatenate([codes_in(f["entity_id"], catalog.index) for f in frames])
    sentence = np.concatenate([f["sentence_id"].to_numpy(np.int32) for f in frames])
    n_mentions = len(data.mentions)
    # An event the extraction also wrote as a mention is counted once per sentence: keep a
    # linked event only where no mention of it is in the same sentence.
    keys = (art.astype(np.int64) * len(catalog) + ent) * (int(sentence.max(initial=0)) + 1) + sentence
    keep = np.ones(len(art), dtype=bool)
    if len(linked):
        is_event = (catalog["type"] == "event").to_numpy()[ent[:n_mentions]]
        seen = keys[:n_mentions][is_event & (ent[:n_mentions] >= 0)]
        keep[n_mentions:] = ~pd.Index(keys[n_mentions:]).isin(seen)
    keep &= (art >= 0) & (ent >= 0)
    type_codes, type_names = pd.factorize(catalog["type"], sort=True)
    published = pd.to_datetime(data.articles["published"]).to_numpy()
    art, ent = art[keep], ent[keep]
    mentions = pd.DataFrame(
        {
            "article_id": pd.Categorical.from_codes(art, categories=articles),
            "entity_id": pd.Categorical.from_codes(ent, categories=catalog.index),
            "sentence_id": sentence[keep],
            "start": np.concatenate([f["start"].to_numpy(np.int32) for f in frames])[keep],
            "end": np.concatenate([f["end"].to_numpy(np.int32) for f in frames])[keep],
            "type": pd.Categorical.from_codes(type_codes[ent], categories=type_names),
            "published": published[art],
        }
    )
    corpus = Corpus(data=data, catalog=catalog, mentions=mentions, version=version)
    pairs = corpus.pairs
    codes = pairs["entity_id"].cat.codes.to_numpy()
    catalog["n_mentions"] = np.bincount(codes, weights=pairs["n"], minlength=len(catalog)).astype(
        "int64"
    )
    catalog["n_articles"] = np.bincount(codes, minlength=len(catalog)).astype("int64")
    return corpus


# -- helpers ------------------------------------------------------------------------------


def _rows_in(corpus: Corpus, table: str, ids: pd.Index) -> np.ndarray:
    """A boolean per row of `data.<table>`: does its article pass."""
    frame = getattr(corpus.data, table)
    if _is_all(corpus, ids):
        return np.ones(len(frame), dtype=bool)
    return corpus.article_mask(ids)[corpus.article_codes(table)]


def _article_columns(
    corpus: Corpus, table: str, rows: np.ndarray, columns: Sequence[str]
) -> pd.DataFrame:
    """Columns of the article of each selected row of `data.<table>` (positional lookup)."""
    art = corpus.article_codes(table)[rows]
    found = art >= 0
    out = corpus.articles[list(columns)].iloc[np.where(found, art, 0)].reset_index(drop=True)
    return out if found.all() else out.where(pd.Series(found), None)


def _is_all(corpus: Corpus, ids: pd.Index) -> bool:
    return len(ids) == len(corpus.articles)


def mentions_in(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """The mentions in the given articles, of the given entity types (all when empty)."""
    m = corpus.mentions
    mask = np.ones(len(m), dtype=bool)
    if not _is_all(corpus, ids):
        mask &= corpus.article_mask(ids)[m["article_id"].cat.codes.to_numpy()]
    if types:
        mask &= m["type"].isin(list(types)).to_numpy()
    return m[mask] if not mask.all() else m


def mentions_of(corpus: Corpus, ids: pd.Index, entity_ids: Sequence[str]) -> pd.DataFrame:
    """The mentions of the given entities in the given articles: the entities' rows are
    picked first (a few entities, few rows), then the articles'."""
    m = corpus.mentions
    rows = rowgroups.rows_with(m["entity_id"].cat.codes.to_numpy(), corpus.entity_codes(entity_ids))
    if not _is_all(corpus, ids):
        rows = rows[corpus.article_mask(ids)[m["article_id"].cat.codes.to_numpy()[rows]]]
    return m.iloc[rows]


def _pair_rows(corpus: Corpus, ids: pd.Index, entity_ids: Sequence[str]) -> np.ndarray:
    """The rows of `Corpus.pairs` of the given entities in the given articles."""
    codes = corpus.pairs["entity_id"].cat.codes.to_numpy()
    rows = rowgroups.rows_with(codes, corpus.entity_codes(entity_ids))
    if _is_all(corpus, ids):
        return rows
    return rows[corpus.article_mask(ids)[corpus.pairs["article_id"].cat.codes.to_numpy()[rows]]]


def pairs_in(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """The (article, entity, n) rows of `Corpus.pairs` in the given articles and types."""
    p = corpus.pairs
    mask = np.ones(len(p), dtype=bool)
    if not _is_all(corpus, ids):
        mask &= corpus.article_mask(ids)[p["article_id"].cat.codes.to_numpy()]
    if types:
        wanted = corpus.catalog["type"].isin(list(types)).to_numpy()
        mask &= wanted[p["entity_id"].cat.codes.to_numpy()]
    return p[mask] if not mask.all() else p


def _entity_totals(corpus: Corpus, ids: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    """n_mentions and n_articles per catalogue row in the given articles (the Overview asks
    for them five times per filter change)."""
    return corpus.per_selection("totals", ids, lambda: _count_entities(corpus, ids))


def _count_entities(corpus: Corpus, ids: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    p = corpus.pairs
    codes = p["entity_id"].cat.codes.to_numpy()
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
    n_mentions, n_articles = _entity_totals(corpus, ids)
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
    return a if _is_all(corpus, ids) else a[corpus.article_mask(ids)]


def pick_freq(start: date, end: date) -> str:
    """Weeks for up to about two years, months beyond: bars stay readable."""
    return "W" if (end - start).days <= 800 else "MS"


FREQ_LABEL = {"W": "week", "MS": "month", "D": "day"}


def period_start(series: pd.Series, freq: str) -> pd.Series:
    """The first day of each date's period: W (weeks start on Monday), MS, QS, YS, else D."""
    if freq == "W":
        return (series - pd.to_timedelta(series.dt.day_of_week, unit="D")).dt.normalize()
    if freq in ("MS", "QS", "YS"):
        return series.dt.to_period({"MS": "M", "QS": "Q", "YS": "Y"}[freq]).dt.start_time
    return series.dt.normalize()


def _in_range(series: pd.Series, start: date | None, end: date | None) -> np.ndarray:
    mask = series.notna().to_numpy(copy=True)
    if start:
        mask &= (series >= pd.Timestamp(start)).to_numpy()
    if end:
        mask &= (series <= pd.Timestamp(end)).to_numpy()
    return mask


# -- overview -------------------------------------------------------------------------------


def overview(corpus: Corpus, ids: pd.Index) -> dict:
    """Counts for the headline metrics."""
    mask = corpus.article_mask(ids)
    arts = corpus.articles[["source"]][mask]
    dated = corpus.published[mask].dropna()
    counts = entity_counts(corpus, ids)
    by_type = corpus.catalog.loc[counts.index, "type"].value_counts()
    return {
        "articles": len(arts),
        "sources": int(arts["source"].nunique()),
        "dated": len(dated),
        "undated": len(arts) - len(dated),
        "first": dated.min().date() if len(dated) else None,
        "last": dated.max().date() if len(dated) else None,
        "entities": len(counts),
        "mentions": int(counts["n_mentions"].sum()),
        "by_type": {t: int(n) for t, n in by_type.items() if n},
    }


def top_entities(corpus: Corpus, ids: pd.Index, *, entity_type: str, top: int = 10) -> pd.DataFrame:
    """The most mentioned entities of one type: entity_id, name, type, n_mentions, n_articles."""
    counts = entity_counts(corpus, ids, types=[entity_type])
    counts = counts.nlargest(top, ["n_mentions", "n_articles"])
    counts = counts.join(corpus.catalog[["name", "type"]]).reset_index()
    return counts[["entity_id", "name", "type", "n_mentions", "n_articles"]]


def period_range(first: pd.Timestamp, last: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    """Every period from the one holding `first` to the one holding `last`."""
    lo = period_start(pd.Series([pd.Timestamp(first)]), freq).iloc[0]
    return pd.date_range(lo, pd.Timestamp(last), freq={"W": "W-MON"}.get(freq, freq))


def volume(
    corpus: Corpus,
    ids: pd.Index,
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Articles published per period, empty periods included: period (its first day),
    n_articles."""
    published = corpus.published[corpus.article_mask(ids)]
    published = published[_in_range(published, start, end)]
    if published.empty:
        return pd.DataFrame(
            {"period": pd.Series(dtype="datetime64[ns]"), "n_articles": pd.Series(dtype="int64")}
        )
    counts = period_start(published, freq).value_counts()
    first = pd.Timestamp(start) if start else published.min()
    last = pd.Timestamp(end) if end else published.max()
    index = period_range(first, last, freq)
    frame = counts.reindex(index, fill_value=0).rename_axis("period").reset_index(name="n_articles")
    frame["n_articles"] = frame["n_articles"].astype("int64")
    return frame


def mentions_over_time(
    corpus: Corpus,
    ids: pd.Index,
    entity_ids: Sequence[str],
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Mentions of each entity per period, by publication day: period, entity_id, name, type,
    n_mentions, n_articles."""
    # A row of Corpus.pairs is one article naming the entity n times: its mentions are the
    # sum of n, its articles the number of rows (far fewer rows than the mentions).
    rows = _pair_rows(corpus, ids, entity_ids)
    p = corpus.pairs
    published = pd.Series(corpus.published.to_numpy()[p["article_id"].cat.codes.to_numpy()[rows]])
    dated = _in_range(published, start, end)
    cols = ["period", "entity_id", "name", "type", "n_mentions", "n_articles"]
    if not dated.any():
        return pd.DataFrame(columns=cols)
    rows = rows[dated]
    grouped = (
        pd.DataFrame(
            {
                "period": period_start(published[dated].reset_index(drop=True), freq),
                "entity_id": p["entity_id"].iloc[rows].reset_index(drop=True),
                "n": p["n"].to_numpy()[rows],
            }
        )
        .groupby(["period", "entity_id"], observed=True)
        .agg(n_mentions=("n", "sum"), n_articles=("n", "size"))
        .reset_index()
    )
    # Every period of the range, zeros included, so that a line does not skip quiet months.
    first = pd.Timestamp(start) if start else grouped["period"].min()
    last = pd.Timestamp(end) if end else grouped["period"].max()
    full = pd.MultiIndex.from_product(
        [period_range(first, last, freq), list(dict.fromkeys(grouped["entity_id"]))],
        names=["period", "entity_id"],
    )
    grouped = grouped.set_index(["period", "entity_id"]).reindex(full, fill_value=0).reset_index()
    grouped = grouped.join(corpus.catalog[["name", "type"]], on="entity_id")
    return grouped[cols].sort_values(["entity_id", "period"], ignore_index=True)


def default_series_entities(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), top: int = 4
) -> list[str]:
    """When no entity is selected, the timeline follows the most mentioned ones."""
    n_mentions, _ = _entity_totals(corpus, ids)
    allowed = corpus.allowed_types([t for t in (types or flt.ENTITY_TYPES) if t != "event"])
    counts = n_mentions * allowed
    # Most mentioned first, ties in catalogue order (as value_counts on the codes ranks them).
    ranked = np.lexsort((np.arange(len(counts)), -counts))[:top]
    return corpus.catalog.index[ranked].tolist()


# -- events -----------------------------------------------------------------------------------


def kb_marks(
    corpus: Corpus, ids: pd.Index, *, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Knowledge-base events overlapping the range, with how many of the articles speak of
    each: entity_id, name, type, date_start, date_end, place, n_articles."""
    kb = corpus.data.kb_events.copy()
    first = pd.to_datetime(kb["date_start"])
    last = pd.to_datetime(kb["date_end"]).fillna(first)
    mask = first.notna().to_numpy(copy=True)
    if start:
        mask &= (last >= pd.Timestamp(start)).to_numpy()
    if end:
        mask &= (first <= pd.Timestamp(end)).to_numpy()
    kb = kb[mask].assign(date_start=first[mask], date_end=last[mask])
    ev = corpus.data.events
    rows = _rows_in(corpus, "events", ids) & ev["entity_id"].notna().to_numpy()
    linked = pd.DataFrame(
        {
            "entity": ev["entity_id"].cat.codes.to_numpy()[rows],
            "article": corpus.article_codes("events")[rows],
        }
    ).drop_duplicates()
    counts = np.bincount(linked["entity"], minlength=len(ev["entity_id"].cat.categories))
    n = pd.Series(counts, index=ev["entity_id"].cat.categories.astype(object))
    kb["n_articles"] = kb["entity_id"].map(n).fillna(0).astype("int64")
    cols = ["entity_id", "name", "type", "date_start", "date_end", "place", "n_articles"]
    return kb[cols].sort_values("date_start", ignore_index=True)


def event_mentions(
    corpus: Corpus,
    ids: pd.Index,
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str | None = None,
) -> pd.DataFrame:
    """Events found in the articles whose resolved date lies in the range: entity_id (null
    if not in the knowledge base), name, type, date_start, date_end, n_mentions, n_articles.
    One row per knowledge-base event and date; the other events (a "summit", "talks")
    per type and date, or per type and period when `freq` is given, so that thousands of
    trigger words make a readable number of points."""
    ev = corpus.data.events
    cols = ["entity_id", "name", "type", "date_start", "date_end", "n_mentions", "n_articles"]
    first, _ = corpus.event_dates
    art = corpus.article_codes("events")
    mask = corpus.article_mask(ids)[art] & _in_days(first.to_numpy(), start, end)
    if not mask.any():
        return pd.DataFrame(columns=cols)
    groups = corpus.derived(f"event-groups-{freq}", lambda: _event_groups(corpus, freq))
    found, n_mentions, n_articles = eventcounts.count(groups, mask)
    grouped = pd.DataFrame(
        {
            "key": groups.keys[found],
            "date_start": groups.starts[found],
            "date_end": groups.ends[found],
            "n_mentions": n_mentions,
            "n_articles": n_articles,
        }
    )
    key = grouped["key"].to_numpy()
    is_kb = key >= 0
    entity_ids = ev["entity_id"].cat.categories.to_numpy(dtype=object)
    type_names = np.append(ev["type"].cat.categories.to_numpy(dtype=object), "event")
    kb_kind = dict(zip(corpus.data.kb_events["entity_id"], corpus.data.kb_events["type"], strict=True))
    grouped["entity_id"] = np.where(is_kb, entity_ids[np.where(is_kb, key, 0)], None)
    other_type = type_names[np.where(is_kb, 0, -2 - key)]  # -1 (no type) picks "event"
    names = grouped["entity_id"].map(corpus.names)
    grouped["name"] = np.where(is_kb, names, other_type + " (not in the knowledge base)")
    grouped["type"] = np.where(is_kb, grouped["entity_id"].map(kb_kind), other_type)
    return grouped[cols].sort_values(["date_start", "name"], ignore_index=True)


def _event_groups(corpus: Corpus, freq: str | None) -> eventcounts.EventGroups:
    """The event mentions grouped as event_mentions shows them: one key per KB event, and
    one per type of the other events (-1: no type), whose days are made the first of their
    period when `freq` is given."""
    ev = corpus.data.events
    first, last = corpus.event_dates
    entity = ev["entity_id"].cat.codes.to_numpy()
    linked = entity >= 0
    key = np.where(linked, entity, -2 - ev["type"].cat.codes.to_numpy()).astype(np.int64)
    start, end = first.to_numpy().copy(), last.to_numpy().copy()
    if freq and (~linked).any():
        # the period of each distinct day (a few thousand), not of each mention (a million)
        codes, days = pd.factorize(start[~linked])
        periods = period_start(pd.Series(days), freq).to_numpy().astype(start.dtype)
        day = np.full(len(codes), np.datetime64("NaT"), dtype=start.dtype)
        day[codes >= 0] = periods[codes[codes >= 0]]
        start[~linked] = day
        end[~linked] = day
    return eventcounts.group_events(key, start, end, corpus.article_codes("events"))


def _in_days(days: np.ndarray, start: date | None, end: date | None) -> np.ndarray:
    """_in_range on a datetime64 array (NaT never in range)."""
    mask = ~np.isnat(days)
    if start:
        mask &= days >= np.datetime64(pd.Timestamp(start))
    if end:
        mask &= days <= np.datetime64(pd.Timestamp(end))
    return mask


def top_events(corpus: Corpus, ids: pd.Index, *, top: int = 10) -> pd.DataFrame:
    """The knowledge-base events most spoken of: same columns as `top_entities`."""
    return top_entities(corpus, ids, entity_type="event", top=top)


def event_articles(
    corpus: Corpus, ids: pd.Index, entity_id: str, *, limit: int = 1000
) -> pd.DataFrame:
    """The articles that speak of one event, with the evidence sentence: article_id, title,
    source, published, sentence, date_text."""
    ev = corpus.data.events
    event = ev["entity_id"]
    known = event.cat.categories.get_indexer([entity_id])
    rows = rowgroups.rows_with(event.cat.codes.to_numpy(), known[known >= 0])  # its rows only
    if not _is_all(corpus, ids):
        rows = rows[corpus.article_mask(ids)[corpus.article_codes("events")[rows]]]
    ev = ev[["article_id", "sentence_id", "date_text"]].iloc[rows]
    ev = ev.drop_duplicates("article_id").head(limit)
    return _with_sentences(corpus, ev.astype({"article_id": object, "date_text": object}))


# -- sentences and articles -------------------------------------------------------------------


def _with_sentences(corpus: Corpus, units: pd.DataFrame) -> pd.DataFrame:
    """Units (article_id, sentence_id, …) with the sentence's text and the article's
    title, source and publication day."""
    units = units.reset_index(drop=True)
    sents = corpus.data.sentences
    rows = corpus.sentence_rows(units["article_id"], units["sentence_id"])
    found = rows >= 0
    starts = np.where(found, sents["start"].to_numpy()[np.where(found, rows, 0)], -1)
    ends = np.where(found, sents["end"].to_numpy()[np.where(found, rows, 0)], -1)
    art = codes_in(units["article_id"], corpus.all_ids)
    shown = ["text", "title", "source", "published"]  # not every column: a copy of each row
    arts = corpus.articles[shown].iloc[np.where(art >= 0, art, 0)].reset_index(drop=True)
    texts = arts["text"].to_numpy()
    out = units.copy()
    out["sentence"] = [
        " ".join(t[s:e].split()) if ok and isinstance(t, str) else ""
        for t, s, e, ok in zip(texts, starts, ends, found & (art >= 0), strict=True)
    ]
    for column in ("title", "source", "published"):
        out[column] = arts[column].where(art >= 0, None).to_numpy()
    out["title"] = out["title"].fillna("(untitled)")
    keep = [c for c in units.columns if c not in ("start", "end")]
    return out[[*keep, "sentence", "title", "source", "published"]]


def sentences_for(corpus: Corpus, units: pd.DataFrame, *, limit: int = 200) -> pd.DataFrame:
    """The text of each (article_id, sentence_id), with its article's title, source, date."""
    return _with_sentences(corpus, units.head(limit))


def article_table(corpus: Corpus, ids: pd.Index) -> pd.DataFrame:
    """The filtered articles, newest first: article_id, published, source, title, lede,
    n_words, n_entities, path."""
    mask = corpus.article_mask(ids)
    shown = ["article_id", "published", "published_basis", "source", "title", "lede", "n_words", "path"]
    arts = corpus.articles[shown][mask]
    table = arts.assign(n_entities=corpus.entities_per_article[mask])
    table = table.sort_values(["published", "title"], ascending=[False, True], na_position="last")
    cols = [
        "article_id",
        "published",
        "published_basis",
        "source",
        "title",
        "lede",
        "n_words",
        "n_entities",
        "path",
    ]
    return table[cols].reset_index(drop=True)


def keyword_in_context(
    corpus: Corpus, ids: pd.Index, keyword: str, *, window: int = 70, limit: int = 300
) -> pd.DataFrame:
    """Every hit of the keyword (case-insensitive, literal) with the text around it:
    article_id, title, published, source, left, hit, right."""
    cols = ["article_id", "title", "published", "source", "left", "hit", "right"]
    if not keyword:
        return pd.DataFrame(columns=cols)
    arts = articles_in(corpus, ids)
    arts = arts[flt.keyword_mask(arts["text"], keyword)]
    pattern = re.compile(re.escape(keyword), re.IGNORECASE)
    rows = []
    for article_id, title, published, source, text in arts[
        ["article_id", "title", "published", "source", "text"]
    ].itertuples(index=False):
        for hit in pattern.finditer(text):
            a, b = hit.span()
            rows.append(
                (
                    article_id,
                    title if isinstance(title, str) else "(untitled)",
                    published,
                    source,
                    " ".join(text[max(0, a - window) : a].split()),
                    text[a:b],
                    " ".join(text[b : b + window].split()),
                )
            )
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=cols)
    return pd.DataFrame(rows, columns=cols)


# -- entities ---------------------------------------------------------------------------------


def entity_table(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), search: str = ""
) -> pd.DataFrame:
    """Canonical entities with their counts in the filtered articles, most mentioned first:
    entity_id, name, type, n_mentions, n_articles, aliases, roles. `search` matches the
    name, an alias or the id, case-insensitively."""
    counts = entity_counts(corpus, ids, types=types)
    cat = corpus.catalog[["name", "type", "aliases", "roles"]]
    table = counts.join(cat, how="left").reset_index()
    if search:
        needle = search.strip().lower()
        aliases = table["aliases"].map(lambda a: " | ".join(a) if a is not None else "")
        hay = (
            table["name"].str.lower()
            + " | "
            + aliases.str.lower()
            + " | "
            + table["entity_id"].str.lower()
        )
        table = table[hay.str.contains(needle, regex=False, na=False)]
    table = table.sort_values(["n_mentions", "name"], ascending=[False, True], ignore_index=True)
    table["aliases"] = table["aliases"].map(lambda a: ", ".join(a) if a is not None else "")
    table["roles"] = table["roles"].map(lambda a: ", ".join(a) if a is not None else "")
    return table[["entity_id", "name", "type", "n_mentions", "n_articles", "aliases", "roles"]]


def mention_table(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """Every mention in the filtered articles (of the given types): the mentions table with
    the entity's name and type and the article's source and publication day."""
    m = corpus.data.mentions
    if not _is_all(corpus, ids):
        m = m[m["article_id"].isin(ids)]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    if types:
        m = m[m["type"].isin(list(types))]
    arts = corpus.articles.set_index("article_id")[["source", "published"]]
    return m.join(arts, on="article_id").reset_index(drop=True)


def entity_profile(corpus: Corpus, entity_id: str) -> dict:
    """One entity's catalogue entry (name, type, code, aliases, roles, counts, and for an
    event its dates and place)."""
    if entity_id not in corpus.catalog.index:
        return {}
    row = corpus.catalog.loc[entity_id]
    profile = {
        "entity_id": entity_id,
        "name": row["name"],
        "type": row["type"],
        "code": row.get("code"),
        "aliases": list(row["aliases"]) if row["aliases"] is not None else [],
        "roles": list(row["roles"]) if row["roles"] is not None else [],
        "kind": row.get("org_kind"),
        "n_mentions": int(row["n_mentions"]),
        "n_articles": int(row["n_articles"]),
    }
    kb = corpus.data.kb_events
    if row["type"] == "event" and (kb["entity_id"] == entity_id).any():
        ev = kb[kb["entity_id"] == entity_id].iloc[0]
        profile.update(
            date_start=ev["date_start"],
            date_end=ev["date_end"],
            place=ev["place"],
            reference=ev["reference"],
        )
    return profile


def surfaces(corpus: Corpus, ids: pd.Index, entity_id: str) -> pd.DataFrame:
    """How the entity is written in the filtered articles: surface, kind, n."""
    m = corpus.data.mentions
    m = m[m["entity_id"] == entity_id]
    if not _is_all(corpus, ids):
        m = m[m["article_id"].isin(ids)]
    return (
        m.groupby(["surface", "kind"])
        .size()
        .rename("n")
        .reset_index()
        .sort_values("n", ascending=False, ignore_index=True)
    )


def quotes(corpus: Corpus, ids: pd.Index, *, speaker_id: str | None = None) -> pd.DataFrame:
    """Quotations in the filtered articles (of one speaker if given): speaker_id, speaker,
    speaker_text, text, article_id, title, source, published."""
    q = corpus.data.quotes
    rows = _rows_in(corpus, "quotes", ids)
    if speaker_id is not None:
        rows &= (q["speaker_id"] == speaker_id).to_numpy()
    meta = _article_columns(corpus, "quotes", rows, ["title", "source", "published"])
    out = pd.concat([q.loc[rows].reset_index(drop=True), meta], axis=1)
    out["speaker"] = out["speaker_id"].astype(object).map(corpus.names)
    cols = [
        "speaker_id",
        "speaker",
        "speaker_text",
        "text",
        "article_id",
        "title",
        "source",
        "published",
    ]
    return out[cols]


def entity_articles(corpus: Corpus, ids: pd.Index, entity_id: str) -> pd.DataFrame:
    """The filtered articles that mention the entity, with how often: article_id, published,
    source, title, n_mentions."""
    cols = ["article_id", "published", "source", "title", "n_mentions"]
    if entity_id not in corpus.catalog.index:
        return pd.DataFrame(columns=cols)
    p = corpus.pairs
    rows = _pair_rows(corpus, ids, [entity_id])
    shown = ["article_id", "published", "source", "title"]
    art = p["article_id"].cat.codes.to_numpy()[rows]
    table = corpus.articles[shown].iloc[art].assign(n_mentions=p["n"].to_numpy()[rows])
    table = table.sort_values(
        ["n_mentions", "published"], ascending=[False, False], na_position="last"
    )
    return table[cols].reset_index(drop=True)


# -- one article ------------------------------------------------------------------------------


def article_mentions(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """The article's mentions (knowledge-base events included) with their entity's name
    and type, in reading order."""
    m = corpus.mentions.drop(columns=["type", "published"])
    m = m[m["article_id"] == article_id]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    return m.sort_values(["start", "end"], ignore_index=True)


def article_events(corpus: Corpus, article_id: str) -> pd.DataFrame:
    ev = corpus.data.events
    ev = ev[ev["article_id"] == article_id]
    cols = [
        "name",
        "type",
        "entity_id",
        "trigger",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "evidence",
        "start",
        "end",
    ]
    return ev[cols].sort_values("start", ignore_index=True)


def article_quotes(corpus: Corpus, article_id: str) -> pd.DataFrame:
    q = corpus.data.quotes
    q = q[q["article_id"] == article_id]
    q = q.assign(speaker=q["speaker_id"].map(corpus.catalog["name"]))
    return q[["speaker", "speaker_text", "text", "speaker_id", "start", "end"]].sort_values(
        "start", ignore_index=True
    )


# -- co-occurrence ----------------------------------------------------------------------------


def n_units(corpus: Corpus, ids: pd.Index, level: str) -> int:
    """Sentences (or articles) in the filtered articles: the N of the association measures."""
    if level == "article":
        return len(ids)
    if _is_all(corpus, ids):
        return len(corpus.data.sentences)
    return int(corpus.sentences_per_article[corpus.article_mask(ids)].sum())


def _named(corpus: Corpus, frame: pd.DataFrame, *cols: str) -> pd.DataFrame:
    """Entity codes (coded_mentions) back to entity_ids, each with the entity's name and
    type in `<col>_name` and `<col>_type` (taken by position: a dict lookup per row is
    slow on tens of thousands of pairs)."""
    catalog = corpus.catalog

    def taken(values: pd.Index | pd.Series, codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
        return pd.array(values.take(codes), dtype="str")

    ids = catalog.index.to_numpy(dtype=object)
    out = frame.copy()
    for col in cols:
        out[col] = ids[frame[col].to_numpy(dtype=np.int64)]
    for col in cols:
        codes = frame[col].to_numpy(dtype=np.int64)
        out[f"{col}_name"] = taken(catalog["name"], codes)
        out[f"{col}_type"] = taken(catalog["type"], codes)
    return out


def cooccurrence(
    corpus: Corpus,
    ids: pd.Index,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 2,
) -> pd.DataFrame:
    """Pairs of entities in the same sentence or article: source, target, counts, PMI,
    NPMI, and each side's name and type (cooccur.pair_table)."""
    if level == "sentence":
        pairs = corpus.sentence_pairs.pair_table(
            corpus.article_mask(ids),
            n_units=n_units(corpus, ids, level),
            allowed=corpus.allowed_types(types),
            min_count=min_count,
        )
    else:
        pairs = cooccur.pair_table(
            corpus.coded_mentions(ids, types=types),
            n_units=n_units(corpus, ids, level),
            level=level,
            min_count=min_count,
        )
    return _named(corpus, pairs, "source", "target")


def partners(
    corpus: Corpus,
    ids: pd.Index,
    entity_id: str,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 1,
) -> pd.DataFrame:
    """Who and what appears with one entity: partner, its name and type, counts, PMI, NPMI."""
    known = entity_id in corpus.catalog.index
    code = int(corpus.catalog.index.get_loc(entity_id)) if known else -1  # -1: no partner
    if level == "sentence":
        table = corpus.sentence_pairs.partner_table(
            code,
            corpus.article_mask(ids),
            n_units=n_units(corpus, ids, level),
            allowed=corpus.allowed_types(types),
            min_count=min_count,
        )
    else:
        table = cooccur.partner_table(
            corpus.coded_mentions(ids),
            code,
            n_units=n_units(corpus, ids, level),
            level=level,
            types=types,
            min_count=min_count,
        )
    return _named(corpus, table, "partner")


def pair_sentences(
    corpus: Corpus,
    ids: pd.Index,
    source: str,
    target: str,
    *,
    level: str = "sentence",
    limit: int = 200,
) -> pd.DataFrame:
    """The sentences behind a pair (see cooccur.pair_units), with their articles."""
    m = mentions_of(corpus, ids, [source, target])
    m = m.assign(
        article_id=m["article_id"].astype(object), entity_id=m["entity_id"].astype(object)
    )
    units = cooccur.pair_units(m, source, target, level=level)
    return sentences_for(corpus, units, limit=limit)


def timeline_table(
    kb: pd.DataFrame, volume: pd.DataFrame, series: pd.DataFrame, points: pd.DataFrame
) -> pd.DataFrame:
    """The timeline's four layers as one long table (its CSV): layer, date, date_end,
    entity_id, name, type, value (articles for marks and volume, mentions otherwise)."""
    cols = ["layer", "date", "date_end", "entity_id", "name", "type", "value"]
    frames = [
        pd.DataFrame(
            {
                "layer": "knowledge-base event",
                "date": kb["date_start"],
                "date_end": kb["date_end"],
                "entity_id": kb["entity_id"],
                "name": kb["name"],
                "type": kb["type"],
                "value": kb["n_articles"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "articles",
                "date": volume["period"],
                "date_end": None,
                "entity_id": None,
                "name": "articles published",
                "type": None,
                "value": volume["n_articles"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "entity mentions",
                "date": series["period"],
                "date_end": None,
                "entity_id": series["entity_id"],
                "name": series["name"],
                "type": series["type"],
                "value": series["n_mentions"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "event mentions",
                "date": points["date_start"],
                "date_end": points["date_end"],
                "entity_id": points["entity_id"],
                "name": points["name"],
                "type": points["type"],
                "value": points["n_mentions"],
            }
        ),
    ]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)


def n_event_mentions(corpus: Corpus, ids: pd.Index) -> int:
    """The number of rows event_table has."""
    return int(_rows_in(corpus, "events", ids).sum())


def event_table(corpus: Corpus, ids: pd.Index, *, limit: int | None = None) -> pd.DataFrame:
    """The event mentions of the filtered articles (the events table, with titles); the
    first `limit` only if given (a page shows a thousand of hundreds of thousands)."""
    rows = np.flatnonzero(_rows_in(corpus, "events", ids))[:limit]
    cols = [
        "event_id",
        "article_id",
        "entity_id",
        "name",
        "type",
        "trigger",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "place",
        "evidence",
    ]
    ev = corpus.data.events[cols].iloc[rows].reset_index(drop=True)
    meta = _article_columns(corpus, "events", rows, ["title", "source", "published"])
    return pd.concat([ev, meta], axis=1)


def rank_partners(partners: pd.DataFrame, *, min_count: int = 2, top: int = 15) -> pd.DataFrame:
    """The strongest partners by NPMI among those seen at least `min_count` times (all
    when none is): the frame partners_bar draws (name, type, value, n_pair, …)."""
    kept = partners[partners["n_pair"] >= min_count]
    if kept.empty:
        kept = partners
    ranked = kept.sort_values(["npmi", "n_pair"], ascending=[False, False]).head(top)
    return (
        ranked.rename(columns={"partner_name": "name", "partner_type": "type"})
        .assign(value=ranked["npmi"])
        .reset_index(drop=True)
    )
