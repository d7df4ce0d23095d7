"""Analyst corrections to the extracted entities as values: merge, rename, split, retype,
hide, unhide; a `Curation` is their ordered list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from lib.ids import slug
from lib.names import ENTITY_TYPES, normalise_surface

_ID = re.compile(r"^(?P<type>[a-z]+):\S+$")


class CurationError(ValueError):
    """A curation file or operation that cannot be read; the message says where and why."""


def check_id(value: object, what: str) -> str:
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


def check_text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        hint = " (put it in quotes)" if value is not None and not isinstance(value, str) else ""
        raise ValueError(f"{what} must be non-empty text, not {value!r}{hint}")
    return value.strip()


def check_type(value: object, what: str) -> str:
    if value not in ENTITY_TYPES:
        raise ValueError(f"{what} must be one of {', '.join(ENTITY_TYPES)}, not {value!r}")
    return value


def _check_note(value: object) -> str | None:
    return None if value is None else check_text(value, "note")


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
        _set(self, "sources", tuple(check_id(s, "merge source") for s in sources))
        check_id(self.into, "into")
        if self.into in self.sources:
            raise ValueError(f"{self.into} is both a source and the target of the merge")
        if len(set(self.sources)) != len(self.sources):
            raise ValueError("a merge source is listed twice")
        _set(self, "name", None if self.name is None else check_text(self.name, "name"))
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
        check_id(self.entity_id, "rename")
        _set(self, "name", check_text(self.name, "name"))
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
        check_id(self.entity_id, "split")
        check_text(self.alias, "alias")
        if not normalise_surface(self.alias):
            raise ValueError(
                f"alias {self.alias!r} is empty once 'the' and punctuation are removed"
            )
        _set(self, "new_name", check_text(self.new_name, "name"))
        if not slug(self.new_name):
            raise ValueError(f"name {self.new_name!r} has no letters or digits to make an id from")
        if self.new_type is not None:
            check_type(self.new_type, "type")
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
        check_id(self.entity_id, "set_type")
        check_type(self.type, "type")
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"set the type of {self.entity_id} to {self.type}"


@dataclass(frozen=True)
class Hide:
    """Noise: the entity, its mentions and its place in events and quotes are dropped."""

    entity_id: str
    note: str | None = None

    def __post_init__(self) -> None:
        check_id(self.entity_id, "hide")
        _set(self, "note", _check_note(self.note))

    def describe(self) -> str:
        return f"hide {self.entity_id}"


@dataclass(frozen=True)
class Unhide:
    """Show an entity hidden by an earlier operation again."""

    entity_id: str
    note: str | None = None

    def __post_init__(self) -> None:
        check_id(self.entity_id, "unhide")
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

    is_own = (entities["entity_id"] == entity_id).to_numpy()
    others = entities[~is_own]
    own = entities.loc[is_own, "name"]
    similar: list[str] = []
    if len(own) and len(others):
        ids, names = others["entity_id"].to_numpy(), others["name"].fillna("").tolist()
        found = process.extract(
            own.iloc[0], names, scorer=fuzz.token_set_ratio, score_cutoff=70, limit=20
        )
        similar = [ids[index] for _name, _score, index in found]
    # only the rows that can make the first `limit` are sorted (a real corpus has 100k+)
    mentions = others["n_mentions"].to_numpy()
    if len(mentions) > limit + len(similar):
        floor = np.partition(mentions, len(mentions) - limit - len(similar))[-limit - len(similar)]
        others = others[mentions >= floor]
    ranked = others.sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    return list(dict.fromkeys([*similar, *ranked["entity_id"].tolist()]))[:limit]


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
