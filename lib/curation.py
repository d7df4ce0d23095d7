"""Analyst corrections to the extracted entities: merge, rename, split, retype, hide.

Extraction merges too little ("US", "United States"), too much, or keeps noise ("he" as a
person). A `Curation` is the analyst's ordered list of corrections; `apply_curation`
applies it to the tables at load time, without re-running spaCy, and returns new tables
in which mentions, event participants and places, and quote speakers point to the curated
entities, and the entities table is rebuilt to match.

Corrections are stated so that they hold for articles processed later: a merge moves
every mention of its source ids, a split every mention written with its alias, whatever
the article. An operation naming an id that is not in the data is skipped and reported.

The file format (`data/curation.yaml`, read by `load_curation`, written by
`save_curation`) is described in docs/curation.md. Only the functions at the end of this
module touch files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import yaml

from lib import store
from lib.ids import slug
from lib.names import ENTITY_TYPES, normalise_surface
from lib.store import Dataset

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "curation.yaml"

HEADER = """\
# Entity corrections, applied in order every time the tables are loaded (nothing is
# re-extracted); they hold for articles added later too. Edit by hand or from the
# Entities page; the format is described in docs/curation.md. Comments are dropped when
# the dashboard saves this file: use an operation's `note:` for a remark that lasts.
#
# operations:
#   - merge: [org:north-atlantic-alliance]
#     into: org:nato
#   - rename: person:vladimir-putin
#     name: Vladimir Putin
#   - split: country:GEO
#     alias: Georgia
#     name: Georgia (US state)
#     type: location
#   - set_type: org:crimea
#     type: location
#   - hide: person:he
"""

_ID = re.compile(r"^(?P<type>[a-z]+):\S+$")


class CurationError(ValueError):
    """A curation file or operation that cannot be read; the message says where and why."""


# -- operations -----------------------------------------------------------------------------


def _check_id(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(
            f"{what} must be an entity id such as person:vladimir-putin, not {value!r}"
        )
    match = _ID.match(value)
    if match is None or match["type"] not in ENTITY_TYPES:
        raise ValueError(
            f"{what} {value!r} is not an entity id: expected <type>:<key> such as "
            f"person:vladimir-putin or country:RUS, type one of {', '.join(ENTITY_TYPES)}"
        )
    return value


def _check_text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        hint = " (put it in quotes)" if value is not None and not isinstance(value, str) else ""
        raise ValueError(f"{what} must be non-empty text, not {value!r}{hint}")
    return value.strip()


def _check_type(value: object, what: str) -> str:
    if value not in ENTITY_TYPES:
        raise ValueError(f"{what} must be one of {', '.join(ENTITY_TYPES)}, not {value!r}")
    return value


def _check_note(value: object) -> str | None:
    return None if value is None else _check_text(value, "note")


def _set(op: object, name: str, value: object) -> None:
    object.__setattr__(op, name, value)  # normalising a field of a frozen dataclass


@dataclass(frozen=True)
class Merge:
    """Every mention of `sources` becomes a mention of `into`, named `name` if given."""

    sources: tuple[str, ...]
    into: str
    name: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        sources = (self.sources,) if isinstance(self.sources, str) else tuple(self.sources or ())
        if not sources:
            raise ValueError("merge needs at least one source id")
        _set(self, "sources", tuple(_check_id(s, "merge source") for s in sources))
        _check_id(self.into, "into")
        if self.into in self.sources:
            raise ValueError(f"{self.into} is both a source and the target of the merge")
        if len(set(self.sources)) != len(self.sources):
            raise ValueError("a merge source is listed twice")
        _set(self, "name", None if self.name is None else _check_text(self.name, "name"))
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"merge {', '.join(self.sources)} into {self.into}" + (
            f" as {self.name!r}" if self.name else ""
        )


@dataclass(frozen=True)
class Rename:
    """The entity's display name; its id stays, so that other corrections still find it."""

    entity_id: str
    name: str
    note: str | None = None

    def __post_init__(self) -> None:
        _check_id(self.entity_id, "rename")
        _set(self, "name", _check_text(self.name, "name"))
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"rename {self.entity_id} to {self.name!r}"


@dataclass(frozen=True)
class Split:
    """Mentions of `entity_id` written as `alias` become a new entity `<type>:<slug(new_name)>`
    (type `new_type`, else the entity's own)."""

    entity_id: str
    alias: str
    new_name: str
    new_type: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        _check_id(self.entity_id, "split")
        _check_text(self.alias, "alias")
        if not normalise_surface(self.alias):
            raise ValueError(
                f"alias {self.alias!r} is empty once 'the' and punctuation are removed"
            )
        _set(self, "new_name", _check_text(self.new_name, "name"))
        if not slug(self.new_name):
            raise ValueError(f"name {self.new_name!r} has no letters or digits to make an id from")
        if self.new_type is not None:
            _check_type(self.new_type, "type")
        _set(self, "note", _check_note(self.note))

    def new_id(self, entity_type: str) -> str:
        """The id of the entity split off, for an entity of `entity_type` (when no new type)."""
        return f"{self.new_type or entity_type}:{slug(self.new_name)}"

    def describe(self) -> str:
        return f"split {self.alias!r} off {self.entity_id} as {self.new_name!r}"


@dataclass(frozen=True)
class SetType:
    """The entity's type column; its id (and the type prefix in it) stays."""

    entity_id: str
    type: str
    note: str | None = None

    def __post_init__(self) -> None:
        _check_id(self.entity_id, "set_type")
        _check_type(self.type, "type")
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"set the type of {self.entity_id} to {self.type}"


@dataclass(frozen=True)
class Hide:
    """Noise: the entity, its mentions and its place in events and quotes are dropped."""

    entity_id: str
    note: str | None = None

    def __post_init__(self) -> None:
        _check_id(self.entity_id, "hide")
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"hide {self.entity_id}"


@dataclass(frozen=True)
class Unhide:
    """Show an entity hidden by an earlier operation again."""

    entity_id: str
    note: str | None = None

    def __post_init__(self) -> None:
        _check_id(self.entity_id, "unhide")
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"unhide {self.entity_id}"


Operation = Merge | Rename | Split | SetType | Hide | Unhide


@dataclass(frozen=True)
class Curation:
    """The analyst's corrections, in the order they are applied."""

    operations: tuple[Operation, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        ops = tuple(self.operations)
        for op in ops:
            if not isinstance(op, Operation):
                raise TypeError(f"not a curation operation: {op!r}")
        _set(self, "operations", ops)

    def __len__(self) -> int:
        return len(self.operations)

    def then(self, op: Operation) -> Curation:
        """This curation with `op` appended."""
        return Curation((*self.operations, op))

    def undo(self) -> Curation:
        """This curation without its last operation (unchanged when empty)."""
        return Curation(self.operations[:-1])

    def merge(
        self, sources: Sequence[str] | str, into: str, *, name: str | None = None
    ) -> Curation:
        return self.then(
            Merge(tuple([sources] if isinstance(sources, str) else sources), into, name)
        )

    def rename(self, entity_id: str, name: str) -> Curation:
        return self.then(Rename(entity_id, name))

    def split(
        self, entity_id: str, alias: str, new_name: str, new_type: str | None = None
    ) -> Curation:
        return self.then(Split(entity_id, alias, new_name, new_type))

    def set_type(self, entity_id: str, type: str) -> Curation:
        return self.then(SetType(entity_id, type))

    def hide(self, entity_id: str) -> Curation:
        return self.then(Hide(entity_id))

    def unhide(self, entity_id: str) -> Curation:
        return self.then(Unhide(entity_id))


def append(curation: Curation, op: Operation) -> Curation:
    """`curation` with `op` appended (a new value; the argument is unchanged)."""
    return curation.then(op)


def undo(curation: Curation) -> Curation:
    """`curation` without its last operation."""
    return curation.undo()


def hidden_ids(curation: Curation) -> list[str]:
    """The ids left hidden by the operations (hide, not unhidden, not merged away), in the
    order they were hidden: what an 'unhide' list offers."""
    hidden: dict[str, None] = {}
    for op in curation.operations:
        if isinstance(op, Hide):
            hidden[op.entity_id] = None
        elif isinstance(op, Unhide):
            hidden.pop(op.entity_id, None)
        elif isinstance(op, Merge):
            for source in op.sources:
                hidden.pop(source, None)
    return list(hidden)


# -- applying -------------------------------------------------------------------------------


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
    frames = {name: frame.copy(deep=False) for name, frame in dataset.tables().items()}
    frames.update(tables)
    return dataclasses.replace(
        dataset, **frames, manifest=dict(dataset.manifest), problems=list(dataset.problems)
    )


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


# -- the file -------------------------------------------------------------------------------

# action: (class, required fields, optional fields), the action's own key holding the id(s)
_FIELDS: dict[str, tuple[type, tuple[str, ...], tuple[str, ...]]] = {
    "merge": (Merge, ("into",), ("name", "note")),
    "rename": (Rename, ("name",), ("note",)),
    "split": (Split, ("alias", "name"), ("type", "note")),
    "set_type": (SetType, ("type",), ("note",)),
    "hide": (Hide, (), ("note",)),
    "unhide": (Unhide, (), ("note",)),
}
_ACTION = {cls: action for action, (cls, _, _) in _FIELDS.items()}


def operation_to_dict(op: Operation) -> dict[str, Any]:
    """An operation as it is written in the file."""
    if isinstance(op, Merge):
        out: dict[str, Any] = {"merge": list(op.sources), "into": op.into, "name": op.name}
    elif isinstance(op, Rename):
        out = {"rename": op.entity_id, "name": op.name}
    elif isinstance(op, Split):
        out = {"split": op.entity_id, "alias": op.alias, "name": op.new_name, "type": op.new_type}
    elif isinstance(op, SetType):
        out = {"set_type": op.entity_id, "type": op.type}
    else:
        out = {_ACTION[type(op)]: op.entity_id}
    out["note"] = op.note
    return {key: value for key, value in out.items() if value is not None}


def operation_from_dict(entry: object) -> Operation:
    """An operation from its mapping in the file; ValueError says what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError(
            f"expected a mapping such as 'hide: person:he', not {entry!r} "
            "(is the '- ' missing, or the indentation off?)"
        )
    actions = [key for key in entry if key in _FIELDS]
    if len(actions) != 1:
        found = ", ".join(map(str, actions or entry)) or "nothing"
        raise ValueError(f"expected exactly one action of {', '.join(_FIELDS)}; found {found}")
    action = actions[0]
    cls, required, optional = _FIELDS[action]
    unknown = [str(key) for key in entry if key != action and key not in required + optional]
    if unknown:
        raise ValueError(
            f"{action}: unknown field {', '.join(unknown)} (expected "
            f"{', '.join(required + optional)})"
        )
    missing = [key for key in required if entry.get(key) is None]
    if missing:
        raise ValueError(f"{action}: missing field {', '.join(missing)}")
    target = entry[action]
    if action == "merge":
        if isinstance(target, str):
            target = [target]
        if not isinstance(target, list):
            raise ValueError(
                f"merge: expected a list of entity ids, e.g. [org:otan], not {target!r}"
            )
        return Merge(tuple(target), entry["into"], entry.get("name"), entry.get("note"))
    if action == "split":
        return Split(target, entry["alias"], entry["name"], entry.get("type"), entry.get("note"))
    return cls(target, *(entry[key] for key in required), note=entry.get("note"))


class _Dumper(yaml.SafeDumper):
    """Block mappings, one operation after another, indented under `operations:`; a list
    of ids on one line, as `merge: [org:otan, org:north-atlantic-alliance]`."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


_Dumper.add_representer(
    list,
    lambda dumper, value: dumper.represent_sequence(
        "tag:yaml.org,2002:seq",
        value,
        flow_style=not any(isinstance(item, list | dict) for item in value),
    ),
)
_Dumper.add_representer(
    dict,
    lambda dumper, value: dumper.represent_mapping(
        "tag:yaml.org,2002:map", value.items(), flow_style=False
    ),
)


def dumps(curation: Curation) -> str:
    """The file's text: the explanatory header, then the operations in order."""
    body = yaml.dump(
        {"operations": [operation_to_dict(op) for op in curation.operations]},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1000,
        indent=2,
    )
    return HEADER + body


def loads(text: str, *, source: str = "<text>") -> Curation:
    """A curation from the file's text; CurationError names `source`, the operation's
    position and line, and what is wrong."""
    try:
        tree = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise CurationError(f"{source}:{where} not valid YAML ({problem})") from None
    if data is None:
        return Curation()
    if not isinstance(data, dict) or set(data) - {"operations"}:
        extra = sorted(map(str, set(data) - {"operations"})) if isinstance(data, dict) else []
        raise CurationError(
            f"{source}: expected a mapping with one key, 'operations', holding a list"
            + (f"; unknown key {', '.join(extra)}" if extra else "")
        )
    entries = data.get("operations") or []
    if not isinstance(entries, list):
        raise CurationError(
            f"{source}: 'operations' must be a list of operations, each starting with '- '"
        )
    items = _operation_nodes(tree)
    operations = []
    for n, entry in enumerate(entries, 1):
        node = items[n - 1] if n - 1 < len(items) else None
        line = f" (line {node.start_mark.line + 1})" if node is not None else ""
        try:
            _check_duplicate_keys(node)
            operations.append(operation_from_dict(entry))
        except ValueError as error:
            raise CurationError(f"{source}: operation {n}{line}: {error}") from None
    return Curation(tuple(operations))


def _operation_nodes(tree: yaml.Node | None) -> list[yaml.Node]:
    if isinstance(tree, yaml.MappingNode):
        for key, value in tree.value:
            if key.value == "operations" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def _check_duplicate_keys(node: yaml.Node | None) -> None:
    # YAML keeps the last of two equal keys without a word; a slip in a hand edit.
    if not isinstance(node, yaml.MappingNode):
        return
    keys = [key.value for key, _ in node.value]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"field {', '.join(twice)} given twice")


def load_curation(path: str | Path = DEFAULT_PATH) -> Curation:
    """The curation in `path`; an empty one when the file does not exist."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Curation()
    except UnicodeDecodeError as error:
        raise CurationError(
            f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    return loads(text, source=str(path))


def save_curation(path: str | Path, curation: Curation) -> None:
    """Write the curation atomically: a reader sees the old file or the new one, whole."""
    store.atomic_write_text(Path(path), dumps(curation))


def curation_version(path: str | Path = DEFAULT_PATH) -> str:
    """A key that changes whenever the file's content does ("none" when there is no file):
    for caches of the curated tables."""
    try:
        return hashlib.blake2b(Path(path).read_bytes(), digest_size=8).hexdigest()
    except FileNotFoundError:
        return "none"


def record(path: str | Path, op: Operation) -> Curation:
    """Append `op` to the file (read afresh under a lock, so that two sessions never lose
    each other's corrections) and return the curation now in it."""
    path = Path(path)
    with store.edit_lock(path, "curation"):
        curation = load_curation(path).then(op)
        save_curation(path, curation)
    return curation


def undo_last(path: str | Path) -> Curation:
    """Drop the file's last operation (if any) and return the curation now in it."""
    path = Path(path)
    with store.edit_lock(path, "curation"):
        curation = load_curation(path)
        if curation.operations:
            curation = curation.undo()
            save_curation(path, curation)
    return curation


# -- the Entities page's controls -----------------------------------------------------------


def merge_operation(
    entity_id: str, others: Sequence[str], *, keep: str, name: str = "", kept_name: str = ""
) -> Merge:
    """The merge the page's controls describe: `entity_id` and `others` become one entity,
    `keep` (one of them) the one that stays, with its id, type and name — or `name`, when
    given and different from `kept_name` (the kept entity's current name)."""
    members = list(dict.fromkeys([entity_id, *others]))
    if keep not in members:
        raise ValueError(f"{keep} is not one of the entities merged ({', '.join(members)})")
    name = " ".join(name.split())
    return Merge(
        tuple(m for m in members if m != keep), keep, name if name and name != kept_name else None
    )


def follow(entity_ids: Sequence[str], op: Operation) -> list[str]:
    """Where ids (an entity filter, the entity on show) point after `op`: a merge's sources
    to its target, a hidden entity nowhere; every other id stays."""
    if isinstance(op, Merge):
        out = [op.into if e in op.sources else e for e in entity_ids]
    elif isinstance(op, Hide):
        out = [e for e in entity_ids if e != op.entity_id]
    else:
        out = list(entity_ids)
    return list(dict.fromkeys(out))


def merge_candidates(entities: pd.DataFrame, entity_id: str, *, limit: int = 3000) -> list[str]:
    """What the 'merge with' type-ahead offers for `entity_id`: the other entities of the
    table (entity_id, name, n_mentions), those whose name is most like its name first
    ("Andrey Kelin" for "Andrei Kelin", "Kelin"), then by mentions, at most `limit`."""
    from rapidfuzz import fuzz, process

    others = entities[entities["entity_id"] != entity_id]
    own = entities.loc[entities["entity_id"] == entity_id, "name"]
    similar: list[str] = []
    if len(own) and len(others):
        ids, names = others["entity_id"].to_numpy(), others["name"].fillna("").tolist()
        found = process.extract(
            own.iloc[0], names, scorer=fuzz.token_set_ratio, score_cutoff=70, limit=20
        )
        similar = [ids[index] for _name, _score, index in found]
    ranked = others.sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    return list(dict.fromkeys([*similar, *ranked["entity_id"]]))[:limit]


def hidden_entities(curation: Curation, entities: pd.DataFrame) -> pd.DataFrame:
    """The entities the curation leaves hidden (entity_id, name, type), named as in
    `entities` — the tables as extracted, since the curated ones no longer hold them."""
    ids = hidden_ids(curation)
    known = entities.drop_duplicates("entity_id").set_index("entity_id")
    return pd.DataFrame(
        {
            "entity_id": ids,
            "name": [known["name"].get(e, e) for e in ids],
            "type": [known["type"].get(e, e.split(":", 1)[0]) for e in ids],
        }
    )
