"""Corpus-level resolution: the steps that look across articles (a surname linked to the one
person the corpus names in full), and the entities table built from every mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
from nicknames import NickNamer, name_triplets

from lib.engine.gazetteer import Gazetteer
from lib.ids import slug
from lib.names import ENTITY_TYPES, normalise_surface  # noqa: F401 (ENTITY_TYPES: re-exported)

# "articles around it": a short form written alone is linked across the corpus only to the
# one person carrying that name in the articles published this many days before or after it.
WINDOW_DAYS = 120
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_NICKNAMES = NickNamer()
# English given names (the nicknames package's): a first name written alone is linked across
# the corpus only if it is one ("Hillary", "Bernie"), not any first word ("Manchester" of a
# "Manchester Arena" the model took for a person).
GIVEN_NAMES = frozenset(t.name1 for t in name_triplets()) | frozenset(
    t.name2 for t in name_triplets()
)


def name_words(name: str) -> list[str]:
    """'George W. Bush' -> ['george', 'w', 'bush']; suffixes ('Jr.', 'III') dropped."""
    words = [w.strip(".,").casefold() for w in normalise_surface(name).replace(".", ". ").split()]
    return [w for w in words if w and w not in _SUFFIXES]


def same_given_name(a: str, b: str) -> bool:
    """'Bill' and 'William', 'Mike' and 'Michael' (the nicknames package), 'Jerry' and
    'Jerrold', 'Bernie' and 'Bernard' (an English hypocorism: the first syllable, with or
    without -y/-ie, starts the full name)."""
    if a == b:
        return True
    if b in _NICKNAMES.nicknames_of(a) or a in _NICKNAMES.nicknames_of(b):
        return True
    short, full = sorted((a, b), key=len)
    stem = re.sub(r"(?:ie|y)$", "", short)
    return len(stem) >= 3 and len(full) > len(short) and full.startswith(stem)


def same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: the same surname, given names that are the same or
    nicknames of each other, and middle names that one of them drops ('Sarah Sanders',
    'Sarah Huckabee Sanders') or writes as an initial ('Joseph R. Biden', 'Joseph Robinette
    Biden')."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or not same_given_name(a[0], b[0]):
        return False
    short, long_ = sorted((a[1:-1], b[1:-1]), key=len)
    if not short:
        return True
    if len(short) != len(long_):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(short, long_, strict=True))  # fmt: skip


def _own_name(entity_id: str, name: str, gaz: Gazetteer) -> bool:
    return entity_id not in gaz.entries and entity_id.split(":", 1)[-1] == slug(name)


def _relink(mentions: pd.DataFrame, remap: dict[str, str], names: dict[str, tuple]) -> pd.DataFrame:
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


def merge_name_variants(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """One person written with a nickname, a full given name or without a middle name in
    different articles ("Bill Barr", "William Barr"; "Jerry Nadler", "Jerrold Nadler";
    "Sarah Sanders", "Sarah Huckabee Sanders") is one entity: the gazetteer's, else the one
    named in the most articles. A short name that two different people's fuller names
    both fit ("George Bush": George W. Bush or George H. W. Bush) is left as it is."""
    people = mentions[(mentions["type"] == "person") & mentions["link"].isin(["text", "gazetteer"])]
    if people.empty:
        return mentions
    counts = people.groupby(["entity_id", "name"], sort=False)["article_id"].nunique()
    per = counts.reset_index().drop_duplicates("entity_id")
    per["words"] = per["name"].map(name_words)
    per = per[per["words"].map(len) >= 2]
    per["surname"] = per["words"].map(lambda w: w[-1])
    multi = per[per.duplicated("surname", keep=False)]
    remap: dict[str, str] = {}
    for _, group in multi.groupby("surname", sort=False):
        rows = list(group.itertuples(index=False))
        fits = {
            r.entity_id: {o.entity_id for o in rows if o is not r and same_person(r.words, o.words)}
            for r in rows
        }
        by_id = {r.entity_id: r for r in rows}
        for r in rows:
            others = fits[r.entity_id]
            if not others or r.entity_id in gaz.entries:
                continue
            # every name that fits must fit every other: one person, not two
            if any(b not in fits[a] for a in others for b in others if a != b):
                continue
            cluster = [r.entity_id, *others]
            known = [e for e in cluster if e in gaz.entries]
            if len(known) > 1:
                continue
            target = (
                known[0]
                if known
                else max(
                    cluster,
                    key=lambda e: (by_id[e].article_id, len(by_id[e].words), len(by_id[e].name), e),
                )
            )
            if target != r.entity_id:
                remap[r.entity_id] = target
    names = _entity_names(mentions, set(remap.values()), gaz)
    return _relink(mentions, remap, names)


def _entity_names(mentions: pd.DataFrame, ids: set[str], gaz: Gazetteer) -> dict[str, tuple]:
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


def merge_short_forms_across_corpus(
    mentions: pd.DataFrame, published: pd.Series | None = None, *, gaz: Gazetteer
) -> pd.DataFrame:
    """A person known by one name only in an article ("Barr", "Hillary", "Nadler": the
    article names nobody in full with it) is the one person carrying that name (as surname,
    or as first name) in full in the articles published within WINDOW_DAYS of it (undated
    articles: in the whole corpus). Where two people carry it ("Bush": George W., George H.
    W. and Jeb), it stays unresolved, an entity of its own."""
    people = mentions[mentions["type"] == "person"]
    if people.empty:
        return mentions
    dates = (
        pd.to_datetime(published, errors="coerce")
        if published is not None
        else pd.Series(dtype="datetime64[ns]")
    )
    full = people[people["link"].isin(["text", "gazetteer"])]
    full = full.assign(words=full["name"].map(name_words))
    full = full[full["words"].map(len) >= 2]
    short = people[people["entity_id"].map(lambda e: "-" not in e.split(":", 1)[-1])]
    short = short[
        [_own_name(e, n, gaz) for e, n in zip(short["entity_id"], short["name"], strict=True)]
    ]
    if short.empty or full.empty:
        return mentions
    given = full[full["words"].map(lambda w: w[0] in GIVEN_NAMES)]
    keys = pd.concat(
        [
            full[["entity_id", "article_id"]].assign(key=full["words"].map(lambda w: w[-1])),
            given[["entity_id", "article_id"]].assign(key=given["words"].map(lambda w: w[0])),
        ]
    ).drop_duplicates()
    keys["day"] = keys["article_id"].map(dates).values if len(dates) else pd.NaT
    pairs = short[["entity_id", "article_id", "name"]].drop_duplicates(["entity_id", "article_id"])
    pairs = pairs.assign(key=pairs["name"].map(lambda n: n.casefold()))
    pairs["day"] = pairs["article_id"].map(dates).values if len(dates) else pd.NaT
    window = np.timedelta64(WINDOW_DAYS, "D")
    moves: dict[tuple[str, str], str] = {}  # (article, short id) -> person
    keys = keys[keys["key"].isin(set(pairs["key"]))]
    carriers_of = dict(tuple(keys.groupby("key", sort=False)))
    for key, asked in pairs.groupby("key", sort=False):
        carriers = carriers_of.get(key)
        if carriers is None:
            continue
        found = np.zeros((len(asked), 0), dtype=bool)
        ids = []
        asked_days = asked["day"].to_numpy(dtype="datetime64[ns]")
        for person, rows in carriers.groupby("entity_id", sort=False):
            days = np.sort(rows["day"].dropna().to_numpy(dtype="datetime64[ns]"))
            near = np.isnat(asked_days) | np.zeros(len(asked), dtype=bool)
            if len(days):
                i = np.searchsorted(days, asked_days - window)
                inside = (i < len(days)) & (
                    days[np.minimum(i, len(days) - 1)] <= asked_days + window
                )
                near = np.isnat(asked_days) | inside
            found = np.column_stack([found, near])
            ids.append(person)
        one = found.sum(axis=1) == 1
        chosen = found.argmax(axis=1)
        for article, entity, ok, c in zip(
            asked["article_id"], asked["entity_id"], one, chosen, strict=True
        ):
            if ok:
                moves[(article, entity)] = ids[c]
    if not moves:
        return mentions
    key = pd.MultiIndex.from_arrays([mentions["article_id"], mentions["entity_id"]])
    target = pd.Series(moves)
    target.index = pd.MultiIndex.from_tuples(target.index)
    new = pd.Series(target.reindex(key).to_numpy(), index=mentions.index)
    moved = new.notna()
    out = mentions.copy()
    names = _entity_names(mentions, set(moves.values()), gaz)
    out.loc[moved, "linked_from"] = out.loc[moved, "linked_from"].where(
        out.loc[moved, "linked_from"].notna(), out.loc[moved, "entity_id"]
    )
    out.loc[moved, "entity_id"] = new[moved]
    out.loc[moved, "link"] = "corpus"
    for column, position in (("type", 0), ("name", 1), ("code", 2)):
        out.loc[moved, column] = new[moved].map(lambda e, p=position: names[e][p])
    return out


def majority_type(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """A multi-word name the model typed one way here and another there ("Stormy Daniels" a
    person in most articles, an organisation in a few) is of the type the corpus mostly
    gives it, where that type has at least two thirds of its mentions."""
    own = mentions[mentions["link"] == "text"][["entity_id", "name"]]
    if own.empty:
        return mentions
    ids = own.groupby("entity_id", sort=False).size().rename("n").reset_index()
    ids["key"] = ids["entity_id"].str.split(":", n=1).str[-1]
    ids["type"] = ids["entity_id"].str.split(":", n=1).str[0]
    ids = ids[
        ids["key"].str.contains("-", regex=False) & ids["type"].isin(["person", "org", "location"])
    ]
    ids = ids[~ids["entity_id"].isin(gaz.entries.keys())]
    shared = ids[ids.duplicated("key", keep=False)]
    remap = {}
    for _, group in shared.groupby("key", sort=False):
        top = group.sort_values("n", ascending=False).iloc[0]
        if top["n"] * 3 >= group["n"].sum() * 2:
            remap.update({e: top["entity_id"] for e in group["entity_id"] if e != top["entity_id"]})
    return _relink(mentions, remap, _entity_names(mentions, set(remap.values()), gaz))


def link_across_corpus(
    mentions: pd.DataFrame, published: pd.Series | None = None, *, gaz: Gazetteer
) -> pd.DataFrame:
    """The corpus-level links, in order: a name's type by the corpus's majority, variants of
    one person's full name, then short forms written alone. Vectorised over the mentions;
    the loops run over distinct names."""
    mentions = mentions.copy()
    if "link" not in mentions:
        mentions["link"] = "text"
    if "linked_from" not in mentions:
        mentions["linked_from"] = None
    mentions["link"] = mentions["link"].fillna("text")
    mentions = majority_type(mentions, gaz=gaz)
    mentions = merge_name_variants(mentions, gaz=gaz)
    return merge_short_forms_across_corpus(mentions, published, gaz=gaz)


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
    # Names of entities the gazetteer does not know: the most frequent clean full form written
    # for the entity itself (not a short form linked to it), so that one garbled mention
    # ("George W.] Bush", "Paul MANAFORT") never becomes the name; a full form (two words or
    # more) before a single word.
    direct = mentions
    if "link" in mentions:
        direct = mentions[~mentions["link"].isin(["article", "corpus"])]
        direct = direct if len(direct) else mentions
    names = direct.groupby(["entity_id", "name"]).size().rename("n").reset_index()
    linked = mentions[~mentions["entity_id"].isin(names["entity_id"])]
    if len(linked):
        more = linked.groupby(["entity_id", "name"]).size().rename("n").reset_index()
        names = pd.concat([names, more], ignore_index=True)
    names["full"] = names["name"].str.contains(" ", regex=False)
    best = names.sort_values(
        ["entity_id", "full", "n", "name"], ascending=[True, False, False, True]
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
