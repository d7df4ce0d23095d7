"""A `Curation` applied to the tables at load time, without re-running spaCy: mentions,
event participants and places, and quote speakers point to the curated entities, and the
entities table is rebuilt to match.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from lib.names import normalise_surface
from lib.queries.curation.operations import (
    Curation,
    Hide,
    Merge,
    Operation,
    Rename,
    SetType,
    Split,
    Unhide,
)
from lib.store import Dataset


def apply_curation(dataset: Dataset, curation: Curation) -> tuple[Dataset, list[str]]:
    """The dataset with the corrections applied (new tables; the input is not changed) and
    a message for each operation, or part of one, that was skipped."""
    if not curation.operations:
        return _copy(dataset), []
    engine = _Engine(dataset)
    warnings = []
    for n, op in enumerate(curation.operations, 1):
        for problem in engine.apply(op):
            warnings.append(f"operation {n} ({op.describe()}): {problem}")
    return engine.result(), warnings


def _copy(dataset: Dataset, **tables: pd.DataFrame) -> Dataset:
    # the tables not replaced stay shared, and those not made yet unmade (with_tables)
    return dataset.with_tables(**tables)


class _Engine:
    """The state of the entities while the operations are applied in order.

    Entity ids are numbered (`names`); every mention and quote speaker points to a slot,
    and `canon[slot]` to the slot of the entity it currently belongs to, so a merge
    relabels the slots (a few thousand) and never the millions of mentions. A split gives
    the mentions it moves a new slot. Ids are strings only again in `result`.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        entities = dataset.entities
        self.names: list[str | None] = [None]  # slot 0: no entity (a null id)
        self.code: dict[str, int] = {}
        for entity_id in entities["entity_id"]:
            self._slot(entity_id)
        self.base = dict(zip(entities["entity_id"], range(len(entities)), strict=True))
        self.eid = self._codes(dataset.mentions["entity_id"])
        self.eid0 = self.eid.copy()
        self.qid = self._codes(dataset.quotes["speaker_id"])
        self.qid0 = self.qid.copy()
        self.n_initial = len(self.names)
        self.slot_name = np.arange(self.n_initial)
        self.canon = np.arange(self.n_initial)
        self.rep = {eid: self.code[eid] for eid in self.base}  # live id -> its slot
        self.hidden: set[str] = set()
        self.name: dict[str, str] = {}
        self.type: dict[str, str] = {}
        self.roles: dict[str, list[str]] = {}
        self.new: dict[str, dict[str, Any]] = {}  # entities created by splits
        self.touched: set[str] = set()  # ids whose aliases and counts are recomputed
        self.renamed: set[str] = set()

    def _slot(self, entity_id: str) -> int:
        if entity_id not in self.code:
            self.code[entity_id] = len(self.names)
            self.names.append(entity_id)
        return self.code[entity_id]

    def _codes(self, ids: pd.Series) -> np.ndarray:
        codes, uniques = pd.factorize(ids)
        lut = np.array([0, *(self._slot(u) for u in uniques)], dtype=np.int64)
        return lut[codes + 1]  # a null id (code -1) is slot 0

    # attributes of a live entity as they stand after the operations so far
    def _row(self, entity_id: str, column: str) -> Any:
        if entity_id in self.new:
            return self.new[entity_id][column]
        return self.dataset.entities[column].iat[self.base[entity_id]]

    def current_type(self, entity_id: str) -> str:
        return self.type.get(entity_id) or self._row(entity_id, "type")

    def current_roles(self, entity_id: str) -> list[str]:
        if entity_id in self.roles:
            return self.roles[entity_id]
        roles = self._row(entity_id, "roles")
        return [] if roles is None else [str(r) for r in roles]

    def apply(self, op: Operation) -> list[str]:
        handler = {
            Merge: self._merge,
            Rename: self._rename,
            Split: self._split,
            SetType: self._set_type,
            Hide: self._hide,
            Unhide: self._unhide,
        }[type(op)]
        return handler(op)

    def _missing(self, entity_id: str) -> str:
        return f"{entity_id} is not in the data; skipped"

    def _merge(self, op: Merge) -> list[str]:
        if op.into not in self.rep:
            return [f"the target {self._missing(op.into)}"]
        problems = [self._missing(s) for s in op.sources if s not in self.rep]
        sources = [s for s in op.sources if s in self.rep]
        target = self.rep[op.into]
        roles = self.current_roles(op.into)
        for source in sources:
            roles = roles + self.current_roles(source)
            self.canon[self.canon == self.rep.pop(source)] = target
            self.hidden.discard(source)
            self.touched.discard(source)
        if sources:
            self.roles[op.into] = sorted(set(roles))
            self.touched.add(op.into)
        if op.name:
            self.name[op.into] = op.name
            self.renamed.add(op.into)
        return problems

    def _rename(self, op: Rename) -> list[str]:
        if op.entity_id not in self.rep:
            return [self._missing(op.entity_id)]
        self.name[op.entity_id] = op.name
        self.renamed.add(op.entity_id)
        return []

    def _set_type(self, op: SetType) -> list[str]:
        if op.entity_id not in self.rep:
            return [self._missing(op.entity_id)]
        self.type[op.entity_id] = op.type
        return []

    def _hide(self, op: Hide) -> list[str]:
        if op.entity_id not in self.rep:
            return [self._missing(op.entity_id)]
        self.hidden.add(op.entity_id)
        return []

    def _unhide(self, op: Unhide) -> list[str]:
        if op.entity_id not in self.hidden:
            return [f"{op.entity_id} is not hidden; skipped"]
        self.hidden.discard(op.entity_id)
        return []

    def _split(self, op: Split) -> list[str]:
        source = op.entity_id
        if source not in self.rep:
            return [self._missing(source)]
        new_id = op.new_id(self.current_type(source))
        if new_id == source:
            return [f"the new entity would be {source} itself; skipped"]
        alias = normalise_surface(op.alias)
        slot = self.rep[source]
        rows = np.flatnonzero(self.canon[self.eid] == slot)
        codes, uniques = pd.factorize(self.dataset.mentions["surface"].iloc[rows])
        normal = np.array([normalise_surface(u) for u in uniques], dtype=object)
        moved = rows[np.isin(codes, np.flatnonzero(normal == alias))]
        if not len(moved):
            aliases = ", ".join(sorted(set(normal))[:12]) or "none"
            return [
                f"no mention of {source} is written {alias!r} (its aliases: {aliases}); skipped"
            ]
        if new_id in self.rep:
            target = self.rep[new_id]
        else:
            target = self._new_slot(new_id)
            self.new[new_id] = {
                "type": op.new_type or self.current_type(source),
                "name": op.new_name,
                "code": None,
                "roles": [],
                "org_kind": None,
                "in_gazetteer": False,
            }
        roles = self.dataset.mentions["role"].iloc[moved].dropna().unique()
        stated = {normalise_surface(r) for r in roles if isinstance(r, str) and r.strip()}
        self.roles[new_id] = sorted(set(self.current_roles(new_id)) | stated)
        self.touched.add(new_id)
        if len(moved) == len(rows):  # every mention moves: the entity becomes the new one
            self.canon[self.canon == self.rep.pop(source)] = target
            self.hidden.discard(source)
            self.touched.discard(source)
            return []
        self.eid[moved] = target
        self._split_quotes(slot, alias, target)
        self.touched.add(source)
        return []

    def _new_slot(self, entity_id: str) -> int:
        slot = len(self.slot_name)
        self.slot_name = np.append(self.slot_name, self._slot(entity_id))
        self.canon = np.append(self.canon, slot)
        self.rep[entity_id] = slot
        return slot

    def _split_quotes(self, slot: int, alias: str, target: int) -> None:
        quotes = self.dataset.quotes
        rows = np.flatnonzero(self.canon[self.qid] == slot)
        if not len(rows):
            return
        texts = quotes["speaker_text"].to_numpy(dtype=object)[rows]
        same = np.array([isinstance(t, str) and normalise_surface(t) == alias for t in texts])
        self.qid[rows[same]] = target

    # -- the curated tables
    def result(self) -> Dataset:
        names = np.array(self.names, dtype=object)
        final = self.slot_name[self.canon]  # slot -> id code of its entity now
        hidden = np.array(sorted(self.code[h] for h in self.hidden), dtype=np.int64)
        mentions, m_codes = self._mentions(names, final, hidden)
        remap = self._id_map(names, final)
        entities = self._entities(mentions, m_codes)
        events = self._events(remap, entities)
        return _copy(
            self.dataset,
            entities=entities,
            mentions=mentions,
            events=events,
            quotes=self._quotes(names, final),
            kb_events=_remap_lists(self.dataset.kb_events, "participants", remap),
        )

    def _mentions(
        self, names: np.ndarray, final: np.ndarray, hidden: np.ndarray
    ) -> tuple[pd.DataFrame, np.ndarray]:
        mentions = self.dataset.mentions.copy(deep=False)
        codes = final[self.eid]
        if (codes != self.eid0).any():
            mentions["entity_id"] = _id_column(names, codes, mentions["entity_id"])
        if len(hidden):
            keep = ~np.isin(codes, hidden)
            if not keep.all():
                mentions, codes = mentions[keep], codes[keep]
                ids = mentions["entity_id"]
                if isinstance(ids.dtype, pd.CategoricalDtype):  # no hidden id among them
                    mentions = mentions.assign(entity_id=ids.cat.remove_unused_categories())
        return mentions, codes

    def _id_map(self, names: np.ndarray, final: np.ndarray) -> dict[str, str | None]:
        """Old id -> new id (None: hidden), for the ids that change."""
        slots = np.arange(1, self.n_initial)
        now = final[slots]
        hidden = np.isin(now, [self.code[h] for h in self.hidden])
        changed = (now != slots) | hidden
        return {
            names[old]: None if gone else names[new]
            for old, new, gone in zip(slots[changed], now[changed], hidden[changed], strict=True)
        }

    def _entities(self, mentions: pd.DataFrame, codes: np.ndarray) -> pd.DataFrame:
        entities = self.dataset.entities
        live = set(self.rep) - self.hidden
        created = [i for i in self.new if i in live]
        kept = entities[entities["entity_id"].isin(live - set(created))]
        if created:
            rows = pd.DataFrame(
                [
                    {"entity_id": i, **self.new[i], "aliases": [], "n_mentions": 0, "n_articles": 0}
                    for i in created
                ]
            ).reindex(columns=entities.columns)
            kept = pd.concat([kept, rows.astype(entities.dtypes.to_dict())], ignore_index=True)
        kept = kept.copy()
        ids = kept["entity_id"]
        if self.name:
            kept["name"] = ids.map(self.name).fillna(kept["name"])
        if self.type:
            kept["type"] = ids.map(self.type).fillna(kept["type"])
        touched = sorted(self.touched & live)
        if not touched:
            return kept.sort_values("entity_id", kind="stable").reset_index(drop=True)
        stats = _stats(mentions, codes, {self.code[t]: t for t in touched})
        stats["roles"] = {t: self.current_roles(t) for t in touched}
        rows = np.flatnonzero(ids.isin(touched).to_numpy())
        for column, values in stats.items():
            cells = kept[column].to_numpy(dtype=object).copy()
            for row, entity_id in zip(rows, ids.iloc[rows], strict=True):
                value = values.get(entity_id, 0 if column.startswith("n_") else [])
                cells[row] = value if column.startswith("n_") else _as_cells(value, cells)
            kept[column] = pd.Series(cells, index=kept.index).astype(entities[column].dtype)
        # an entity whose every mention was split off has nothing left to show
        emptied = [t for t in touched if t not in stats["n_mentions"] and self._had_mentions(t)]
        kept = kept[~ids.isin(emptied)]
        return kept.sort_values("entity_id", kind="stable").reset_index(drop=True)

    def _had_mentions(self, entity_id: str) -> bool:
        return entity_id in self.new or self._row(entity_id, "n_mentions") > 0

    def _events(self, remap: Mapping[str, str | None], entities: pd.DataFrame) -> pd.DataFrame:
        events = self.dataset.events.copy(deep=False)
        if not len(events):
            return events
        if remap:
            gone = events["entity_id"].isin([old for old, new in remap.items() if new is None])
            events = events[~gone.to_numpy()].copy(deep=False)
            linked = events["entity_id"]
            events["entity_id"] = _remap(linked, remap)
            events["place"] = _remap(events["place"], remap)
            events = _remap_lists(events, "participants", remap)
            # a linked event is shown under its entity's name: follow merges and renames
            changed = (
                linked.isin(list(remap)) | events["entity_id"].isin(list(self.renamed))
            ).to_numpy()
        else:
            changed = events["entity_id"].isin(list(self.renamed)).to_numpy()
        if changed.any():
            names = entities.set_index("entity_id")["name"]
            column = events["name"].to_numpy(dtype=object).copy()
            new_names = events["entity_id"].iloc[changed].map(names).to_numpy(dtype=object)
            column[changed] = np.where(pd.isna(new_names), column[changed], new_names)
            events["name"] = _like(column, events["name"])
        return events

    def _quotes(self, names: np.ndarray, final: np.ndarray) -> pd.DataFrame:
        quotes = self.dataset.quotes.copy(deep=False)
        codes = final[self.qid]
        hidden = [self.code[h] for h in self.hidden]
        if hidden:
            codes = np.where(np.isin(codes, hidden), 0, codes)  # a hidden speaker is unresolved
        if (codes != self.qid0).any():
            quotes["speaker_id"] = _id_column(names, codes, quotes["speaker_id"])
        return quotes


def _as_cells(items: list[str], like: np.ndarray) -> list[str] | np.ndarray:
    """A list cell in the form the table already uses: tables read through Arrow hold
    arrays, tables built by hand lists."""
    sample = next((v for v in like if v is not None and not isinstance(v, float)), None)
    return np.array(items, dtype=object) if isinstance(sample, np.ndarray) else list(items)


def _id_column(names: np.ndarray, codes: np.ndarray, like: pd.Series) -> pd.Series:
    """The ids `names[codes]` as a column of the same type as `like` (built through Arrow
    when `like` is Arrow-backed: five times faster than from Python strings; from the
    integer codes when `like` is categorical, as the dashboard reads its tables)."""
    if isinstance(like.dtype, pd.CategoricalDtype):
        # slot 0 is "no entity": code -1; the ids merged away or hidden are left out
        column = pd.Categorical.from_codes(codes - 1, categories=pd.Index(names[1:], dtype=object))
        return pd.Series(column, index=like.index).cat.remove_unused_categories()
    if isinstance(like.dtype, pd.StringDtype) and like.dtype.storage == "pyarrow":
        values = pa.array(names, type=pa.string()).take(pa.array(codes))
        return pd.Series(values, index=like.index, dtype=like.dtype)
    return pd.Series(names[codes], index=like.index, dtype=like.dtype)


def _stats(mentions: pd.DataFrame, codes: np.ndarray, wanted: dict[int, str]) -> dict[str, dict]:
    """Aliases, mention and article counts of the entities `wanted` (id code -> id), from
    their mentions alone (integer codes throughout: they may be millions of rows)."""
    local = np.full(max(int(codes.max(initial=0)), *wanted) + 1, -1)
    local[list(wanted)] = np.arange(len(wanted))
    ids = list(wanted.values())
    rows = np.flatnonzero(local[codes] >= 0)
    entity = local[codes[rows]]
    articles = _factorize(mentions["article_id"], rows)[0] + 1  # 0: a null article
    surfaces, uniques = _factorize(mentions["surface"], rows)
    surfaces = surfaces + 1
    n_mentions = np.bincount(entity, minlength=len(ids))
    width = int(articles.max(initial=0)) + 1
    n_articles = np.bincount(_distinct(entity * width + articles) // width, minlength=len(ids))
    width = len(uniques) + 1
    pairs = _distinct(entity * width + surfaces)
    uniques = np.asarray(uniques, dtype=object)
    aliases: dict[str, set[str]] = {}
    for e, s in zip(pairs // width, pairs % width, strict=True):
        if s:  # 0: a null surface, no alias
            aliases.setdefault(ids[e], set()).add(normalise_surface(uniques[s - 1]))
    present = np.flatnonzero(n_mentions)
    return {
        "aliases": {e: sorted(a) for e, a in aliases.items()},
        "n_mentions": {ids[e]: int(n_mentions[e]) for e in present},
        "n_articles": {ids[e]: int(n_articles[e]) for e in present},
    }


def _factorize(column: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, pd.Index]:
    """Codes of `column[rows]`: from the few rows when they are few, else the whole column
    at once (cheaper than gathering most of its strings first)."""
    if len(rows) < len(column) // 4:
        return pd.factorize(column.iloc[rows])
    codes, uniques = pd.factorize(column)
    return codes[rows], uniques


def _distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted (a sort beats hashing here)."""
    keys = np.sort(keys)
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys


def _remap(column: pd.Series, remap: Mapping[str, str | None]) -> pd.Series:
    hit = column.isin(list(remap))
    if not hit.any():
        return column
    if isinstance(column.dtype, pd.CategoricalDtype):  # new ids are not among its categories
        values = column.astype(object)
        return values.mask(hit, values.map(remap)).astype("category")
    return column.mask(hit, column.map(remap))


def _like(values: np.ndarray, like: pd.Series) -> pd.Series:
    """`values` (objects) as a column of `like`'s type; a categorical one gets the
    categories its values need."""
    if isinstance(like.dtype, pd.CategoricalDtype):
        return pd.Series(values, index=like.index, dtype=object).astype("category")
    return pd.Series(values, index=like.index, dtype=like.dtype)


def _remap_lists(frame: pd.DataFrame, column: str, remap: Mapping[str, str | None]) -> pd.DataFrame:
    """Ids in a list column remapped, hidden ones (None) dropped, duplicates removed; only
    the rows naming a changed id are rebuilt."""
    out = frame.copy(deep=False)
    if not remap or not len(frame):
        return out
    values = frame[column].to_numpy(dtype=object)
    items = pd.Series(values, dtype=object).explode()  # index: the row's position
    keys = list(remap)
    hit = items.isin(keys).to_numpy()
    if not hit.any():
        return out
    position = items.index.to_numpy()
    rows = _distinct(position[hit])
    chosen = np.isin(position, rows)
    ids = items.to_numpy(dtype=object)[chosen]
    mapped = pd.Series(ids, dtype=object).map(remap).to_numpy(dtype=object)
    ids = np.where(pd.Series(ids, dtype=object).isin(keys).to_numpy(), mapped, ids)
    pairs = pd.DataFrame({"row": position[chosen], "id": ids}).dropna().drop_duplicates()
    # the rebuilt cells through Arrow, in one go: each an array, as Arrow gives them
    counts = np.bincount(np.searchsorted(rows, pairs["row"].to_numpy()), minlength=len(rows))
    offsets = np.r_[0, np.cumsum(counts)].astype(np.int32)
    lists = pa.ListArray.from_arrays(pa.array(offsets), pa.array(pairs["id"], pa.string()))
    values = values.copy()
    values[rows] = lists.to_pandas().to_numpy(dtype=object)
    out[column] = pd.Series(values, index=frame.index, dtype=object)
    return out
