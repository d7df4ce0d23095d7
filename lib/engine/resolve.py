"""Corpus-level resolution: the steps that look across articles (a surname linked to the one
person the corpus names in full), and the entities table built from every mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
from nicknames import NickNamer, name_triplets

from lib.engine import corpus_bodies
from lib.engine.gazetteer import Gazetteer
from lib.engine.relink import entity_names, relink
from lib.engine.russian.translit import sound_key
from lib.ids import slug
from lib.names import normalise_surface

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
    per["words"] = _words_of(per["name"])
    per = per[per["words"].map(len) >= 2]
    per["surname"] = per["words"].map(lambda w: w[-1])
    multi = per[per.duplicated("surname", keep=False)]
    remap: dict[str, str] = {}
    groups: dict[str, list] = {}
    for row in multi.itertuples(index=False):
        groups.setdefault(row.surname, []).append(row)
    for rows in groups.values():
        fits = {
            r.entity_id: {o.entity_id for o in rows if o is not r and same_person(r.words, o.words)}
            for r in rows
        }
        by_id = {r.entity_id: r for r in rows}

        def rank(e: str, by_id: dict = by_id) -> tuple:
            return (by_id[e].article_id, len(by_id[e].words), len(by_id[e].name), e)

        # a name that fits two people: "George Bush" (George W. or George H. W. Bush)
        unclear = {
            e
            for e, fit in fits.items()
            if any(y not in fits[x] for x in fit for y in fit if x != y)
        }

        for r in rows:
            others = fits[r.entity_id]
            if not others or r.entity_id in gaz.entries:
                continue
            if r.entity_id in unclear:
                # only into a reading the corpus overwhelmingly prefers ("Sarah Sanders":
                # Sarah Huckabee Sanders, not a one-off misspelling of her)
                ranked = sorted(others, key=lambda e: by_id[e].article_id, reverse=True)
                if by_id[ranked[0]].article_id < 5 * by_id[ranked[1]].article_id:
                    continue
                # the two are one person, under the name written in more articles
                pair = [r.entity_id, ranked[0]]
                target = ranked[0] if ranked[0] in gaz.entries else max(pair, key=rank)
                source = ranked[0] if target == r.entity_id else r.entity_id
                if ranked[0] not in unclear:
                    remap[source] = target
                continue
            cluster = [r.entity_id, *others]
            known = [e for e in cluster if e in gaz.entries]
            if len(known) > 1:
                continue
            target = known[0] if known else max(cluster, key=rank)
            if target != r.entity_id and target not in unclear:
                remap[r.entity_id] = target
    for source in list(remap):  # a target that itself moved: to where it went
        seen = {source}
        while remap[source] in remap and remap[source] not in seen:
            seen.add(remap[source])
            remap[source] = remap[remap[source]]
    names = entity_names(mentions, set(remap.values()), gaz)
    return relink(mentions, remap, names)


def _words_of(names: pd.Series) -> pd.Series:
    """name_words for a column of names, computed once per distinct name."""
    unique = pd.unique(names.astype(str))
    table = {n: name_words(n) for n in unique}
    return names.astype(str).map(table)


def merge_short_forms_across_corpus(
    mentions: pd.DataFrame, published: pd.Series | None = None, *, gaz: Gazetteer
) -> pd.DataFrame:
    """A person known by one name only in an article ("Barr", "Hillary", "Nadler": the
    article names nobody in full with it) is the one person carrying that name (as surname,
    or as an English given name) in full in the articles published within WINDOW_DAYS of it
    (undated articles: in the whole corpus). Where two people carry it ("Bush": George W.,
    George H. W. and Jeb), it stays unresolved, an entity of its own, unless one of them is
    named in full in far more of those articles than the others (`dominant`).

    Vectorised: a loop over the distinct (name, carrier) pairs, each a binary search of the
    carrier's sorted article dates for all the articles that ask."""
    people = mentions[mentions["type"] == "person"]
    if people.empty:
        return mentions
    day_of = (
        pd.to_datetime(published, errors="coerce")
        if published is not None
        else pd.Series(dtype="datetime64[ns]")
    )
    direct = people[people["link"].isin(["text", "gazetteer"])][["entity_id", "article_id", "name"]]
    direct = direct.drop_duplicates(["entity_id", "article_id"])
    direct = direct.assign(words=_words_of(direct["name"]))
    full = direct[direct["words"].map(len) >= 2]
    ids = people[["entity_id", "name"]].drop_duplicates("entity_id")
    ids = ids[
        [
            "-" not in e.split(":", 1)[-1] and _own_name(e, n, gaz)
            for e, n in zip(ids["entity_id"], ids["name"], strict=True)
        ]
    ]
    short = people[people["entity_id"].isin(set(ids["entity_id"]))]
    if short.empty or full.empty:
        return mentions
    given = full[full["words"].map(lambda w: w[0] in GIVEN_NAMES)]
    carriers = pd.concat(
        [
            full[["entity_id", "article_id"]].assign(key=full["words"].map(lambda w: w[-1])),
            given[["entity_id", "article_id"]].assign(key=given["words"].map(lambda w: w[0])),
        ]
    ).drop_duplicates()
    called = called_by_given_name(people)
    asked = short[["entity_id", "article_id", "name"]].drop_duplicates(["entity_id", "article_id"])
    asked = asked.assign(key=asked["name"].astype(str).str.casefold()).reset_index(drop=True)
    carriers = carriers[carriers["key"].isin(set(asked["key"]))]
    if carriers.empty:
        return mentions

    def days(articles: pd.Series) -> np.ndarray:
        if not len(day_of):
            return np.full(len(articles), np.datetime64("NaT"), dtype="datetime64[ns]")
        return articles.map(day_of).to_numpy(dtype="datetime64[ns]")

    asked_days = days(asked["article_id"])
    carriers = carriers.assign(day=days(carriers["article_id"]))
    carriers = carriers.sort_values(["key", "entity_id", "day"], na_position="first")
    window = np.timedelta64(WINDOW_DAYS, "D")
    rows_of_key = {k: np.asarray(v) for k, v in asked.groupby("key", sort=False).indices.items()}
    # per asking article: the carriers' articles in its window, the most and the next most
    best = np.zeros(len(asked), dtype=np.int64)
    second = np.zeros(len(asked), dtype=np.int64)
    chosen = np.empty(len(asked), dtype=object)
    c_key = carriers["key"].to_numpy()
    c_id = carriers["entity_id"].to_numpy()
    c_day = carriers["day"].to_numpy(dtype="datetime64[ns]")
    bounds = np.flatnonzero((c_key[1:] != c_key[:-1]) | (c_id[1:] != c_id[:-1])) + 1
    # a given name outweighs only for a person the corpus calls by it ("Hillary"), not for
    # any carrier of a common one ("his brother, Robert" is not Robert Mueller)
    surname_of = dict(zip(full["entity_id"], full["words"].map(lambda w: w[-1]), strict=True))
    may_outweigh = np.ones(len(asked), dtype=bool)
    for start, end in zip(np.r_[0, bounds], np.r_[bounds, len(c_key)], strict=True):
        rows = rows_of_key[c_key[start]]
        when = asked_days[rows]
        dated = c_day[start:end]
        dated = dated[~np.isnat(dated)]
        # an undated article asks the whole corpus
        count = np.where(np.isnat(when), end - start, 0)
        if len(dated):
            lo = np.searchsorted(dated, when - window)
            hi = np.searchsorted(dated, when + window, side="right")
            count = np.where(np.isnat(when), count, hi - lo)
        top = count > best[rows]
        second[rows] = np.where(top, best[rows], np.maximum(second[rows], count))
        best[rows] = np.where(top, count, best[rows])
        chosen[rows[top]] = c_id[start]
        may_outweigh[rows[top]] = len(c_key[start]) >= 3 and (  # not "Z" of "Gen Z"
            surname_of.get(c_id[start]) == c_key[start] or (c_key[start], c_id[start]) in called
        )
    one = (best > 0) & ((second == 0) | (dominant(best, second) & may_outweigh))
    if not one.any():
        return mentions
    moves = pd.Series(
        chosen[one],
        index=pd.MultiIndex.from_arrays(
            [asked["article_id"].to_numpy()[one], asked["entity_id"].to_numpy()[one]]
        ),
    )
    key = pd.MultiIndex.from_arrays([mentions["article_id"], mentions["entity_id"]])
    new = pd.Series(moves.reindex(key).to_numpy(), index=mentions.index)
    moved = new.notna()
    out = mentions.copy()
    names = entity_names(mentions, set(moves.unique()), gaz)
    out.loc[moved, "linked_from"] = out.loc[moved, "linked_from"].where(
        out.loc[moved, "linked_from"].notna(), out.loc[moved, "entity_id"]
    )
    out.loc[moved, "entity_id"] = new[moved]
    out.loc[moved, "link"] = "corpus"
    for column, position in (("type", 0), ("name", 1), ("code", 2)):
        out.loc[moved, column] = new[moved].map(lambda e, p=position: names[e][p])
    return out


def majority_type(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """A name the model typed one way here and another there ("Stormy Daniels" a person in
    most articles, an organisation in a few; "the Benghazi attack" an organisation beside
    the city) is of the type the corpus mostly gives it, where that type has at least two
    thirds of its mentions (written as the name, or linked to it within an article). A
    one-word name is moved only from an organisation, the small model's least reliable label
    for a single word."""
    own = mentions[mentions["link"].isin(["text", "article"])][["entity_id", "name"]]
    if own.empty:
        return mentions
    ids = own.groupby("entity_id", sort=False).size().rename("n").reset_index()
    ids["key"] = ids["entity_id"].str.split(":", n=1).str[-1]
    ids["type"] = ids["entity_id"].str.split(":", n=1).str[0]
    ids = ids[ids["type"].isin(["person", "org", "location"])]
    ids = ids[~ids["entity_id"].isin(gaz.entries.keys())]
    shared = ids[ids.duplicated("key", keep=False)]
    remap = {}
    for key, group in shared.groupby("key", sort=False):
        top = group.sort_values("n", ascending=False).iloc[0]
        if top["n"] * 3 < group["n"].sum() * 2:
            continue
        movable = group["entity_id"] != top["entity_id"]
        if "-" not in key:
            movable &= group["type"] == "org"
        remap.update({e: top["entity_id"] for e in group.loc[movable, "entity_id"]})
    return relink(mentions, remap, entity_names(mentions, set(remap.values()), gaz))


# A name alone is the person most of the corpus's articles around it name in full when he
# carries it in DOMINANCE times as many of them as the next ("Hillary" in US political news
# of 2016: Clinton, not a local candidate), and in at least DOMINANT_MIN; else nobody's.
DOMINANCE = 10
DOMINANT_MIN = 20
CALLED_MIN = 3


def dominant(best: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Whether the carrier with `best` articles outweighs the next one, with `second`."""
    return (best >= DOMINANT_MIN) & (best >= DOMINANCE * second)


def called_by_given_name(people: pd.DataFrame) -> set[tuple[str, str]]:
    """(given name, person) pairs of the people the corpus calls by the given name alone in
    at least CALLED_MIN articles that name them in full ("Hillary Clinton … Hillary")."""
    linked = people[people["link"] == "article"][["article_id", "entity_id", "surface"]]
    single = linked[~linked["surface"].astype(str).str.contains(" ", regex=False)]
    single = single.assign(key=single["surface"].map(lambda s: normalise_surface(s).casefold()))
    single = single.assign(
        given=single["entity_id"].map(lambda e: e.split(":", 1)[-1].split("-")[0])
    )
    single = single[single["key"] == single["given"]]
    counts = (
        single.drop_duplicates(["article_id", "entity_id"]).groupby(["key", "entity_id"]).size()
    )
    return set(counts[counts >= CALLED_MIN].index)


def link_across_corpus(
    mentions: pd.DataFrame, published: pd.Series | None = None, *, gaz: Gazetteer
) -> pd.DataFrame:
    """The corpus-level links, in order: a name's type by the corpus's majority, an
    organisation's department names and acronyms, variants of one person's full name, then
    short forms written alone. Vectorised over the mentions;
    the loops run over distinct names."""
    mentions = mentions.copy()
    if "link" not in mentions:
        mentions["link"] = "text"
    if "linked_from" not in mentions:
        mentions["linked_from"] = None
    mentions["link"] = mentions["link"].fillna("text")
    mentions = majority_type(mentions, gaz=gaz)
    mentions = corpus_bodies.merge_department_names(mentions, gaz=gaz)
    mentions = corpus_bodies.link_acronyms_across_corpus(mentions, gaz=gaz)
    mentions = merge_name_variants(mentions, gaz=gaz)
    mentions = link_transcriptions(mentions, gaz=gaz)
    return merge_short_forms_across_corpus(mentions, published, gaz=gaz)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _sound_of(name: str) -> tuple[str, str] | None:
    words = [w for w in name_words(name) if w]
    if len(words) < 2:
        return None
    return sound_key(words[0]), sound_key(words[-1])


def link_transcriptions(mentions: pd.DataFrame, *, gaz: Gazetteer) -> pd.DataFrame:
    """A person the Russian articles name in full and the gazetteer does not hold gets the id
    of the one person the English articles name whose given name and surname sound the same
    (lib.engine.russian.translit.sound_key): "Душко Маркович" (`person:dusko-markovich`) is
    the English press's Duško Marković (`person:dusko-markovic`)."""
    people = mentions[(mentions["type"] == "person") & mentions["link"].isin(["text", "gazetteer"])]
    if people.empty:
        return mentions
    cyrillic = people["surface"].astype(str).str.contains(_CYRILLIC)
    russian = people[cyrillic & ~people["entity_id"].isin(gaz.entries.keys())]
    english = people[~cyrillic]
    if russian.empty or english.empty:
        return mentions
    by_sound: dict[tuple[str, str], set[str]] = {}
    for entity_id, name in english.drop_duplicates("entity_id")[["entity_id", "name"]].itertuples(
        index=False
    ):
        key = _sound_of(str(name))
        if key is not None and len(key[1]) >= 4:
            by_sound.setdefault(key, set()).add(entity_id)
    remap = {}
    for entity_id, name in russian.drop_duplicates("entity_id")[["entity_id", "name"]].itertuples(
        index=False
    ):
        key = _sound_of(str(name))
        targets = by_sound.get(key, set()) - {entity_id} if key else set()
        if len(targets) == 1:
            remap[entity_id] = next(iter(targets))
    return relink(mentions, remap, entity_names(mentions, set(remap.values()), gaz))


def canonical_roles(roles: Iterable[str], *, gaz: Gazetteer) -> list[str]:
    """Roles under their gazetteer names ("Turkey's President" -> "Turkish President"),
    without a bare title ("president") that a fuller role of the same person contains."""
    named = {
        gaz.role_references.get(normalise_surface(r).lower(), normalise_surface(r))
        for r in roles
        if r
    }
    by_lower = {}
    # Spellings of one role that differ in case: the capitalised one, then the one with more
    # capitals ("Former President" over "Former president"), never the set's order.
    for role in sorted(named, key=lambda r: (r.lower(), not r[:1].isupper(), r)):
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
    names["capitalised"] = names["name"].str[:1].str.isupper()
    best = names.sort_values(
        ["entity_id", "capitalised", "full", "n", "name"],
        ascending=[True, False, False, False, True],
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
