"""The corrections file (`data/curation.yaml`, docs/curation.md): read, written atomically,
versioned, and one operation recorded or undone at a time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from lib import store
from lib.paths import ROOT
from lib.queries.curation.operations import (
    Curation,
    CurationError,
    Hide,
    Merge,
    Operation,
    Rename,
    SetType,
    Split,
    Unhide,
)

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
