"""The run's tables read for the dashboard: Parquet (or the Arrow copy), conformed to
the contract's schemas, with the metadata columns as a frame of their own.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from lib import atomic, store
from lib.queries import arrow_cache, text_column
from lib.queries.categorical import rows_of
from lib.queries.take import take_table

# Nested columns the dashboard never shows: turning them into Python lists and dicts is most
# of the time it takes to load a large corpus.
SKIPPED_COLUMNS = {"articles": ("sections", "extra"), "events": ("participants",)}


# Columns with few distinct values, read as categoricals (Parquet's dictionary encoding kept):
# 6M mentions take 160 MB instead of 800 MB, and filtering on them works on integer codes.
CATEGORICAL_COLUMNS = {
    "articles": ("format", "language", "source", "source_basis", "published_basis"),
    "sentences": ("article_id", "section"),
    "mentions": (
        "article_id",
        "entity_id",
        "surface",
        "kind",
        "section",
        "label",
        "role",
        "link",
        "linked_from",
    ),  # fmt: skip
    "events": (
        "article_id",
        "entity_id",
        "name",
        "type",
        "trigger",
        "date_precision",
        "date_text",
        "place",
        "evidence",
    ),  # fmt: skip
    "quotes": ("article_id", "speaker_id", "speaker_text"),
}


def _read(path: Path, name: str) -> pa.Table:
    """One table as the dashboard keeps it: less SKIPPED_COLUMNS, CATEGORICAL_COLUMNS
    dictionary-encoded."""
    skipped = SKIPPED_COLUMNS.get(name, ())
    schema = store.SCHEMAS[name]
    present = set(pq.ParquetDataset(path).schema.names)
    columns = [c for c in schema.names if c not in skipped and c in present]
    table = pq.read_table(path, columns=columns, read_dictionary=CATEGORICAL_COLUMNS.get(name, ()))
    for column in (c for c in schema.names if c not in skipped and c not in present):
        # A run made before the contract had this column (mentions.link): null throughout.
        table = table.append_column(
            schema.field(column), pa.nulls(len(table), schema.field(column).type)
        )
    return _conform(table.select([c for c in schema.names if c in table.column_names]), schema)


# The tables whose strings are long texts, read a few rows at a time: they stay views on
# the memory-mapped copy (the articles' texts in the page cache, not in the server's memory).
TEXT_TABLES = ("articles", "quotes")
# The long strings the pages read a few rows of, read from the load cache's file by row
TEXT_COLUMNS = (("articles", "text"),)


def _frame(table: pa.Table, name: str) -> pd.DataFrame:
    coded = [f.name for f in table.schema if pa.types.is_dictionary(f.type)]
    # Numbers and codes are copied out of the memory-mapped copy (a view on one column would
    # keep its whole file mapped, with every page the load touched); strings stay in Arrow
    # buffers (pandas 3's str dtype) in TEXT_TABLES, and are copied too in the others (the
    # events' ids: a view kept every page of events.arrow the load touched, 47 MB at 100k).
    plain = table.drop_columns(coded)
    if name not in TEXT_TABLES:
        plain = pa.table(
            {
                c: pa.chunked_array([pa.concat_arrays(plain[c].chunks)], plain[c].type)
                if pa.types.is_string(plain[c].type) and plain[c].num_chunks
                else plain[c]
                for c in plain.column_names
            },
            schema=plain.schema,
        )
    # (a table of codes alone: its rows set first, or each column added reindexes the frame)
    frame = (
        plain.to_pandas() if plain.num_columns else pd.DataFrame(index=pd.RangeIndex(len(table)))
    )
    for column in coded:
        frame[column] = categorical(table[column])
    frame = frame[table.column_names]
    for column in SKIPPED_COLUMNS.get(name, ()):
        # One shared empty tuple per row: a new list per row cost a second at 100k articles.
        empty = np.empty(len(frame), dtype=object)
        empty.fill(())
        frame[column] = empty
    return frame


def categorical(column: pa.ChunkedArray) -> pd.Categorical:
    """A dictionary-encoded column as a categorical, made from its indices and dictionary:
    pyarrow's own conversion copies and checks the codes again, a tenth of a second per
    column of 6M mentions at every start; here the codes are the indices, copied once."""
    chunks = column.chunks
    if any(not c.dictionary.equals(chunks[0].dictionary) for c in chunks[1:]):
        chunks = column.unify_dictionaries().chunks  # Parquet: a dictionary per row group
    if not chunks:
        return column.to_pandas().array
    indices = [(c.indices.fill_null(-1) if c.null_count else c.indices).to_numpy() for c in chunks]
    # A copy, not a view on the memory-mapped copy of the tables: a view would keep the whole
    # file mapped, and every page of it the load touched counted in the server's memory.
    codes = np.concatenate(indices) if len(indices) > 1 else indices[0].copy()
    # the dictionary copied too: its strings would be views on the file as well
    categories = pd.Index(pa.concat_arrays([chunks[0].dictionary]).to_pandas())
    return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories), validate=False)


def _is_coded(table: pa.Table, column: str) -> bool:
    return pa.types.is_dictionary(table.schema.field(column).type)


def _one_dictionary(column: pa.ChunkedArray) -> bool:
    """Whether every chunk of a dictionary column has the same dictionary (the load cache's
    tables do; Parquet's have one per row group)."""
    chunks = column.chunks
    return all(c.dictionary.equals(chunks[0].dictionary) for c in chunks[1:])


def _dictionary_dtype(column: pa.ChunkedArray) -> pd.CategoricalDtype:
    """The dtype `categorical` gives a dictionary column of one dictionary."""
    if not column.num_chunks:
        return column.to_pandas().dtype
    return pd.CategoricalDtype(pd.Index(pa.concat_arrays([column.chunk(0).dictionary]).to_pandas()))


def _rows_holding(
    column: pa.ChunkedArray, value: str, dtype: pd.CategoricalDtype | None
) -> np.ndarray:
    """The rows where a column holds `value`: by the value's code in a dictionary column of
    one dictionary (`dtype`, its categories), else by comparing the values."""
    if dtype is None:
        return np.flatnonzero(pc.equal(column, value).fill_null(False).to_numpy())
    code = dtype.categories.get_indexer([value])[0]
    if code < 0 or not column.num_chunks:
        return np.array([], dtype=np.int64)
    rows, offset = [], 0
    for chunk in column.chunks:  # each chunk's indices read in place, not joined into one copy
        indices = chunk.indices.fill_null(-1) if chunk.null_count else chunk.indices
        rows.append(np.flatnonzero(indices.to_numpy() == code) + offset)
        offset += len(chunk)
    return np.concatenate(rows)


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
    tables = arrow_cache.read(run, store.TABLES)
    # the load cache's files of the large tables, mapped again for each partial read
    files = {n: arrow_cache.path_of(run, n) for n in LAZY} if tables is not None else {}
    texts = {}
    if tables is not None:
        for name, column in TEXT_COLUMNS:
            found = text_column.of_file(arrow_cache.path_of(run, name), column)
            if found is not None and found.n_rows == tables[name].num_rows:
                texts[(name, column)] = found
    if tables is None:
        tables = {}
        for name in store.TABLES:
            path = run / f"{name}.parquet"
            if not path.exists() and name in store.OPTIONAL_TABLES:
                tables[name] = store.SCHEMAS[name].empty_table()
                continue
            if not path.exists():
                raise FileNotFoundError(
                    f"{path}: no {name} table; run `python -m lib.preprocess --out {out_dir}`"
                )
            tables[name] = _read(path, name)
        if store.current_run(Path(out_dir)) is not None and arrow_cache.worth_it(
            tables["articles"].num_rows
        ):
            arrow_cache.write(run, tables)
    manifest = run / store.MANIFEST
    report = run / store.REPORT
    return LazyDataset(
        {name: partial(_frame, table, name) for name, table in tables.items() if name in LAZY},
        {name: len(table) for name, table in tables.items()},
        {name: tables[name] for name in LAZY},
        **{name: _frame(table, name) for name, table in tables.items() if name not in LAZY},
        files=files,
        texts=texts,
        manifest=json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {},
        problems=json.loads(report.read_text(encoding="utf-8")) if report.exists() else [],
    )


# The tables a first page does not read (the Overview counts from the mentions' codes, kept
# in a file of the run): made into frames when a query first asks for them.
LAZY = frozenset({"mentions", "sentences", "events", "quotes", "dropped"})


class LazyDataset(store.Dataset):
    """A Dataset some of whose tables become frames on first use: at 100k articles, the
    mentions, sentences and quotes take most of a second to make and 350 MB once made, and
    the first page needs none of them. Read like any Dataset (`data.mentions`); a table not
    made yet is made once, whichever session asks first."""

    def __init__(
        self,
        pending: Mapping[str, Callable[[], pd.DataFrame]] | None = None,
        rows: Mapping[str, int] | None = None,
        arrow: Mapping[str, pa.Table] | None = None,
        files: Mapping[str, Path] | None = None,
        texts: Mapping[tuple[str, str], text_column.TextColumn] | None = None,
        **tables,
    ) -> None:
        self.__dict__["_pending"] = dict(pending or {})
        self.__dict__["_rows"] = dict(rows or {})
        self.__dict__["_arrow"] = dict(arrow or {})  # the pending tables as read
        # Their Arrow files, when they were read from the load cache: a partial read (a few
        # rows, a few columns) maps its file again for that read alone, so that the pages
        # it touches leave the server's resident memory with it (they stay in the page
        # cache); through the map kept above they would count in it for the server's life.
        self.__dict__["_files"] = dict(files or {})
        # String columns read row by row from those files (text_column: not through a map)
        self.__dict__["_texts"] = dict(texts or {})
        self.__dict__["_lock"] = threading.Lock()
        for name in self._pending:
            tables.setdefault(name, None)  # a placeholder, gone below
        super().__init__(**tables)
        for name in self._pending:
            del self.__dict__[name]

    def __getattr__(self, name: str):  # only for attributes not set: the pending tables
        pending = self.__dict__.get("_pending", {})
        if name not in pending:
            raise AttributeError(name)
        with self._lock:
            if name not in self.__dict__:
                self.__dict__[name] = pending[name]()
                del pending[name]
                self._arrow.pop(name, None)  # its file unmapped once nothing else holds it
        return self.__dict__[name]

    def made(self) -> Mapping[str, pd.DataFrame]:
        return {name: self.__dict__[name] for name in store.TABLES if name in self.__dict__}

    def n_rows(self, name: str) -> int:
        return self._rows[name] if name in self._pending else len(getattr(self, name))

    def column_names(self, name: str) -> list[str]:
        table = self._arrow.get(name) if name in self._pending else None
        return super().column_names(name) if table is None else table.column_names

    def columns_of(self, name: str, columns: Sequence[str]) -> pd.DataFrame:
        """As Dataset.columns_of; of a table not made yet, those columns alone made into a
        frame (not kept): a count over three columns of the mentions need not make all
        fifteen, 250 MB at 100k articles, for the life of the server."""
        table = self._pending_table(name)
        if table is None:
            return super().columns_of(name, columns)
        return _frame(table.select(list(columns)), name)

    def rows_where(
        self, name: str, column: str, value: str, columns: Sequence[str]
    ) -> pd.DataFrame:
        """As Dataset.rows_where; of a table not made yet, its rows found by their dictionary
        code in the Arrow column and only those rows taken (one entity's mentions, one
        article's quotes), with the dtypes the frame would have: the first such question
        need not make the whole table (a third of a second and 250 MB for the mentions at
        100k articles)."""
        table = self._pending_table(name)
        coded = [c for c in (column, *columns) if table is not None and _is_coded(table, c)]
        if table is None or not all(_one_dictionary(table[c]) for c in coded):
            frame = getattr(self, name)
            return frame.iloc[rows_of(frame[column], value)][list(columns)]
        rows = _rows_holding(
            table[column], value, self._dtype(name, column) if column in coded else None
        )
        return self._taken(name, table, rows, columns)

    def rows_at(self, name: str, rows: np.ndarray, columns: Sequence[str]) -> pd.DataFrame:
        """As Dataset.rows_at; of a table not made yet, only those rows taken from its Arrow
        columns (a hundred sentences' offsets need not make the sentences' frame)."""
        table = self._pending_table(name)
        coded = [c for c in columns if table is not None and _is_coded(table, c)]
        if table is None or not all(_one_dictionary(table[c]) for c in coded):
            return super().rows_at(name, rows, columns)
        rows = np.asarray(rows, dtype=np.int64)
        order = np.argsort(rows, kind="stable")  # taken in ascending order, then put back
        frame = self._taken(name, table, rows[order], columns)
        return frame.iloc[np.argsort(order, kind="stable")]

    def _taken(
        self, name: str, table: pa.Table, rows: np.ndarray, columns: Sequence[str]
    ) -> pd.DataFrame:
        """The rows (ascending) of a table not made yet, as its frame would hold them."""
        taken = take_table(table.select(list(columns)), rows)
        coded = [c for c in columns if _is_coded(table, c)]
        plain = taken.drop_columns(coded)
        frame = (
            plain.to_pandas() if plain.num_columns else pd.DataFrame(index=pd.RangeIndex(len(rows)))
        )
        for c in coded:
            indices = pa.chunked_array(
                [chunk.indices for chunk in taken[c].chunks], taken.schema.field(c).type.index_type
            )
            frame[c] = pd.Categorical.from_codes(
                indices.fill_null(-1).to_numpy(), dtype=self._dtype(name, c), validate=False
            )
        frame.index = pd.Index(rows)
        return frame[list(columns)]

    def _pending_table(self, name: str) -> pa.Table | None:
        """A table not made yet, for a partial read (mapped again when it has a file); None
        once it is a frame."""
        if name not in self._pending:
            return None
        file = self._files.get(name)
        try:
            return arrow_cache.read_arrow(file) if file is not None else self._arrow.get(name)
        except (OSError, pa.ArrowException):  # the run pruned under a server still showing it
            return self._arrow.get(name)

    def _dtype(self, name: str, column: str) -> pd.CategoricalDtype:
        """The dtype a dictionary column of a table not made yet has in its frame
        (`categorical`), made once."""
        dtypes = self.__dict__.setdefault("_dtypes", {})
        if (name, column) not in dtypes:
            dtypes[(name, column)] = _dictionary_dtype(self._pending_table(name)[column])
        return dtypes[(name, column)]

    def texts_at(self, name: str, column: str, rows: np.ndarray) -> list[str | None]:
        """As Dataset.texts_at; a column of the load cache's files read from the file."""
        column_file = self._texts.get((name, column))
        if column_file is not None:
            try:
                return column_file.at(rows)
            except OSError:  # the run pruned under a server still showing it
                pass
        return super().texts_at(name, column, rows)

    def distinct(self, name: str, column: str) -> list:
        """As Dataset.distinct; of a table not made yet, from its Arrow columns."""
        table = self._arrow.get(name) if name in self._pending else None
        if table is None:
            return super().distinct(name, column)
        values = table[column]
        if pa.types.is_dictionary(values.type):
            values = values.cast(values.type.value_type)
        return pc.unique(values).drop_null().to_pylist()

    def with_tables(self, **tables: pd.DataFrame) -> store.Dataset:
        """As Dataset.with_tables; a table not made yet stays so, made from this dataset's
        own when first read (one frame for both, not two)."""
        pending = {
            name: partial(lambda n: getattr(self, n).copy(deep=False), name)
            for name in self._pending
            if name not in tables
        }
        made = {name: frame.copy(deep=False) for name, frame in self.made().items()}
        return LazyDataset(
            pending,
            self._rows,
            {name: table for name, table in self._arrow.items() if name in pending},
            {name: file for name, file in self._files.items() if name in pending},
            {key: column for key, column in self._texts.items() if key[0] not in tables},
            **{**made, **tables},
            manifest=dict(self.manifest),
            problems=list(self.problems),
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
    read_tables leaves out of `articles.extra`, read apart so that it stays small. Derived
    once per run and kept in its folder (METADATA_FILE): reading `extra` from Parquet and
    splitting it took half a second of every start at 100k articles."""
    current = store.current_run(Path(out_dir))
    run = current or Path(out_dir)
    articles = run / "articles.parquet"
    keep = current is not None and arrow_cache.worth_it(pq.ParquetFile(articles).metadata.num_rows)
    if keep and (kept := _read_metadata_file(run / METADATA_FILE)) is not None:
        return kept
    table = pq.read_table(
        articles, columns=["article_id", "extra"], schema=store.SCHEMAS["articles"]
    )
    meta = metadata_frame(table["article_id"].to_numpy(), table["extra"])
    if keep:
        _write_metadata_file(meta, run / METADATA_FILE)
    return meta


METADATA_FILE = "metadata.arrow"
METADATA_FORMAT = 1  # bump when metadata_frame's output changes: older files are then stale
_METADATA_KEY = f"metadata={METADATA_FORMAT}".encode()


def _write_metadata_file(meta: pd.DataFrame, path: Path) -> None:
    """The frame as an Arrow file: the article ids, each column's codes and values. A run
    folder that cannot be written to only loses the speed-up (a warning)."""
    columns = {"article_id": pa.array(meta.index.to_numpy(dtype=object), pa.string())}
    for name in meta.columns:
        codes = meta[name].cat.codes.to_numpy().astype(np.int32)
        values = pa.array(meta[name].cat.categories.to_numpy(dtype=object), pa.string())
        columns[name] = pa.DictionaryArray.from_arrays(pa.array(codes, mask=codes < 0), values)
    table = pa.table(columns).replace_schema_metadata({_METADATA_KEY: b"1"})
    try:
        atomic.replace_file(path, lambda tmp: arrow_cache.write_arrow(table, tmp))
    except OSError as exc:  # read-only, disk full
        warnings.warn(f"{path.parent}: no file of the metadata columns ({exc})", stacklevel=3)


def _read_metadata_file(path: Path) -> pd.DataFrame | None:
    """The frame _write_metadata_file wrote (copied out of the file), or None when it is
    missing, of another METADATA_FORMAT or unreadable."""
    if not path.exists():
        return None
    try:
        table = arrow_cache.read_arrow(path)
        if _METADATA_KEY not in (table.schema.metadata or {}):
            return None
        ids = np.asarray(table["article_id"].to_numpy(), dtype=object)
        index = pd.Index(ids, name="article_id")  # as metadata_frame makes it
        columns = {}
        for name in table.column_names[1:]:
            array = table[name].combine_chunks()
            columns[name] = pd.Categorical.from_codes(
                array.indices.fill_null(-1).to_numpy().copy(),
                categories=pd.Index(array.dictionary.to_pylist(), dtype=object),
            )
        return pd.DataFrame(columns, index=index)
    except (OSError, pa.ArrowException, KeyError, ValueError):
        return None
