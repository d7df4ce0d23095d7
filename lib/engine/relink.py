"""Mentions moved to another entity by a corpus-level step, with the link recorded
(`link` = "corpus", `linked_from` = the id they had), so that the Entities page can show
and undo every merge."""

from __future__ import annotations

import pandas as pd

from lib.engine.gazetteer import Gazetteer


def relink(mentions: pd.DataFrame, remap: dict[str, str], names: dict[str, tuple]) -> pd.DataFrame:
    """Mentions of the remapped ids moved to their targets, with the link recorded."""
    moved = mentions["entity_id"].isin(remap.keys())
    if not moved.any():
        return mentions
    out = mentions.copy()
    old = out.loc[moved, "entity_id"]
    new = old.map(remap)
    out.loc[moved, "linked_from"] = out.loc[moved, "linked_from"].where(
        out.loc[moved, "linked_from"].notna(), old
    )
    out.loc[moved, "entity_id"] = new
    out.loc[moved, "link"] = "corpus"
    for column, position in (("type", 0), ("name", 1), ("code", 2)):
        out.loc[moved, column] = new.map(lambda e, p=position: names[e][p])
    return out


def entity_names(mentions: pd.DataFrame, ids: set[str], gaz: Gazetteer) -> dict[str, tuple]:
    """(type, name, code) of each id: the gazetteer's where it holds it, else its mentions'."""
    rows = mentions[mentions["entity_id"].isin(ids)].drop_duplicates("entity_id")
    names = {
        e: (t, n, c if isinstance(c, str) else None)
        for e, t, n, c in zip(rows["entity_id"], rows["type"], rows["name"], rows["code"], strict=True)
    }  # fmt: skip
    for e in ids:
        if e in gaz.entries:
            entry = gaz.entries[e]
            names[e] = (entry.type, entry.name, entry.code)
    return names
