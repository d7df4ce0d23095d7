"""Corpus-level resolution: the steps that look across articles (a surname linked to the one
person the corpus names in full), and the entities table built from every mention.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

from lib.engine.gazetteer import Gazetteer
from lib.names import ENTITY_TYPES, normalise_surface  # noqa: F401 (ENTITY_TYPES: re-exported)


def merge_surnames_across_corpus(mentions: pd.DataFrame) -> pd.DataFrame:
    """A person known only by surname in one article is the corpus's one full-name person
    with that surname, if there is exactly one."""
    people = mentions[mentions["type"] == "person"]
    full = people[people["name"].str.contains(" ", regex=False)]
    by_surname: dict[str, set[str]] = defaultdict(set)
    for entity_id, name in zip(full["entity_id"], full["name"], strict=True):
        by_surname[name.split()[-1]].add(entity_id)
    partial = people[~people["name"].str.contains(" ", regex=False)]
    remap = {
        eid: next(iter(by_surname[name]))
        for eid, name in zip(partial["entity_id"], partial["name"], strict=True)
        if len(by_surname.get(name, ())) == 1
    }
    if not remap:
        return mentions
    out = mentions.copy()
    out["entity_id"] = out["entity_id"].replace(remap)
    names = full.drop_duplicates("entity_id").set_index("entity_id")["name"]
    moved = out["entity_id"].isin(set(remap.values())) & (out["type"] == "person")
    out.loc[moved, "name"] = out.loc[moved, "entity_id"].map(names)
    return out


def canonical_roles(roles: Iterable[str], *, gaz: Gazetteer) -> list[str]:
    """Roles under their gazetteer names ("Turkey's President" -> "Turkish President"),
    without a bare title ("president") that a fuller role of the same person contains."""
    named = {
        gaz.role_references.get(normalise_surface(r).lower(), normalise_surface(r))
        for r in roles
        if r
    }
    by_lower = {}
    for role in sorted(named, key=lambda r: (r.lower(), not r[:1].isupper())):
        by_lower.setdefault(role.lower(), role)
    kept = [
        r
        for r in by_lower.values()
        if not any(
            r.lower() != o.lower() and r.lower() in o.lower().split() for o in by_lower.values()
        )
    ]
    return sorted(kept)


def canonical_entities(
    mentions: pd.DataFrame, *, gaz: Gazetteer, known_names: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per canonical entity: id, type, name, code, aliases, roles, counts.

    Vectorised: the loops run over distinct entities, surfaces and roles, never over mentions."""
    known_names = known_names or {}
    groups = mentions.groupby("entity_id", sort=True)
    table = pd.DataFrame(
        {
            "type": groups["type"].first(),
            "n_mentions": groups.size(),
            "n_articles": groups["article_id"].nunique(),
            "code_seen": groups["code"].first(),
        }
    )
    # Aliases: the distinct surfaces, normalised ("NATO's" -> "NATO").
    surfaces = mentions[["entity_id", "surface"]].drop_duplicates()
    surfaces = surfaces.assign(alias=surfaces["surface"].map(normalise_surface)).drop_duplicates(
        ["entity_id", "alias"]
    )
    table["aliases"] = surfaces.groupby("entity_id")["alias"].agg(sorted)
    # Roles: the distinct titles, under their gazetteer names.
    roles = mentions.loc[
        mentions["role"].notna() & (mentions["role"] != ""), ["entity_id", "role"]
    ].drop_duplicates()
    table["roles"] = roles.groupby("entity_id")["role"].agg(lambda r: canonical_roles(r, gaz=gaz))
    table["roles"] = table["roles"].map(lambda r: r if isinstance(r, list) else [])
    # Names of entities the gazetteer does not know: the most frequent of the longest written.
    names = mentions.groupby(["entity_id", "name"]).size().rename("n").reset_index()
    names["length"] = names["name"].str.len()
    best = names.sort_values(
        ["entity_id", "length", "n", "name"], ascending=[True, False, False, True]
    )
    table["text_name"] = best.drop_duplicates("entity_id").set_index("entity_id")["name"]

    entries = [gaz.entries.get(eid) for eid in table.index]
    table["name"] = [
        e.name if e is not None else known_names.get(eid, text)
        for e, eid, text in zip(entries, table.index, table["text_name"], strict=True)
    ]
    table["code"] = [
        e.code if e is not None else (c if isinstance(c, str) else None)
        for e, c in zip(entries, table["code_seen"], strict=True)
    ]
    table["org_kind"] = [dict(e.attributes).get("kind") if e is not None else None for e in entries]
    table["in_gazetteer"] = [
        e is not None or eid in known_names for e, eid in zip(entries, table.index, strict=True)
    ]
    table = table.reset_index()
    return table[
        [
            "entity_id",
            "type",
            "name",
            "code",
            "aliases",
            "roles",
            "org_kind",
            "in_gazetteer",
            "n_mentions",
            "n_articles",
        ]
    ]
