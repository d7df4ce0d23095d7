"""The Entities page's questions: the table of canonical entities and one entity's profile
(its spellings, quotes, articles).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.names import normalise_surface
from lib.queries.categorical import category_codes
from lib.queries.corpus import (
    Corpus,
    article_columns,
    articles_at,
    entity_totals,
    is_all,
    pair_rows,
    rows_in,
)
from lib.queries.take import take, take_rows

# Why a surface form was linked to an entity (mentions.link, docs/data.md).
LINK_REASONS = {
    "article": "same article: a short form or acronym of the fuller name the article gives",
    "corpus": "across the corpus: the one carrier of the name in the articles around it, "
    "a variant of the same full name, the type the corpus mostly gives the name, the body "
    "other articles define the acronym as, or a department's other name",
    "gazetteer": "gazetteer: a name, abbreviation or surname it knows",
}


def entity_table(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), search: str = ""
) -> pd.DataFrame:
    """Canonical entities with their counts in the filtered articles, most mentioned first:
    entity_id, name, type, n_mentions, n_articles, aliases, roles. `search` matches the
    name, an alias or the id, case-insensitively."""
    # By catalogue row: a join on the ids and a sort on the names hash and compare 100k
    # strings at each filter change; the names' order is ranked once per corpus.
    n_mentions, n_articles = entity_totals(corpus, ids)
    if types:
        allowed = corpus.allowed_types(types)
        n_mentions, n_articles = n_mentions * allowed, n_articles * allowed
    rows = np.flatnonzero(n_articles > 0)
    text = catalog_text(corpus)
    if search:
        needle = search.strip().lower()
        found = text["search"].iloc[rows].str.contains(needle, regex=False, na=False)
        rows = rows[found.to_numpy(dtype=bool)]
    # Most mentioned first, then by name (no name last), ties in catalogue order.
    rows = rows[np.lexsort((name_ranks(corpus)[rows], -n_mentions[rows]))]
    return counted_entities(
        text[["name", "type", "aliases", "roles"]], rows, n_mentions[rows], n_articles[rows]
    )


def counted_entities(
    named: pd.DataFrame, rows: np.ndarray, n_mentions: np.ndarray, n_articles: np.ndarray
) -> pd.DataFrame:
    """Catalogue rows with their counts, as the tables of entities show them: entity_id,
    name, type, n_mentions, n_articles, then `named`'s other columns. `named` is indexed by
    entity_id like the catalogue (name, type, …); the counts are those of `rows`."""
    # Each column taken as it is stored (Arrow strings stay Arrow, chunk by chunk): through
    # NumPy, 50k names became Python strings and then Arrow strings again.
    columns = {c: take(named[c], rows) for c in named.columns}
    return pd.DataFrame(
        {
            "entity_id": named.index[rows],
            "name": columns.pop("name"),
            "type": columns.pop("type"),
            "n_mentions": n_mentions,
            "n_articles": n_articles,
            **columns,
        }
    )


def name_ranks(corpus: Corpus) -> np.ndarray:
    """Each catalogue row's place in the order of the names (equal names, equal places; no
    name after every name): made once per corpus."""

    def compute() -> np.ndarray:
        codes, _ = pd.factorize(corpus.catalog["name"], sort=True)
        return np.where(codes >= 0, codes, len(corpus.catalog))

    return corpus.derived("entity-name-ranks", compute)


def _joined(values: pd.Series, sep: str) -> pd.Series:
    """A column of lists as text ('a, b'; '' for none), joined by Arrow, not per row."""
    lists = pa.array(
        [v if v is not None and not isinstance(v, float) else [] for v in values],
        pa.list_(pa.string()),
    )
    text = pc.fill_null(pc.binary_join(lists, sep), "")
    return pd.Series(text.to_numpy(zero_copy_only=False), index=values.index, dtype="str")


def catalog_text(corpus: Corpus) -> pd.DataFrame:
    """The catalogue as the entity table shows it (name, type, aliases and roles as text)
    and the lower-cased text the search reads: made once per corpus."""

    def compute() -> pd.DataFrame:
        cat = corpus.catalog
        aliases = _joined(cat["aliases"], ", ")
        index = pd.Series(cat.index, index=cat.index, dtype="str")
        search = (
            cat["name"].astype("str").str.lower()
            + " | "
            + _joined(cat["aliases"], " | ").str.lower()
            + " | "
            + index.str.lower()
        )
        return pd.DataFrame(
            {
                "name": cat["name"],
                "type": cat["type"],
                "aliases": aliases,
                "roles": _joined(cat["roles"], ", "),
                "search": search,
            },
            index=cat.index,
        )

    return corpus.derived("entity-table-text", compute)


def mention_table(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """Every mention in the filtered articles (of the given types): the mentions table with
    the entity's name and type and the article's source and publication day."""
    return pd.concat(mention_batches(corpus, ids, types=types), ignore_index=True)


def mention_batches(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), size: int = 1 << 18
) -> Iterator[pd.DataFrame]:
    """mention_table in pieces, in table order: the rows of the filtered articles found
    from the mentions' article column alone, then taken `size` at a time from the run's
    file (Dataset.rows_at), so that neither the mentions' frame nor the whole table is
    made for an export (at 100k articles, 6M mentions: 250 MB for the frame, kept, and
    as much again for each joined copy)."""
    catalog = corpus.catalog[["name", "type"]]
    arts = corpus.articles.set_index("article_id")[["source", "published"]]
    if is_all(corpus, ids):
        rows = np.arange(corpus.data.n_rows("mentions"))
    else:
        article = corpus.data.columns_of("mentions", ["article_id"])["article_id"]
        codes = corpus.article_rows("mentions", article)
        rows = np.flatnonzero((codes >= 0) & corpus.article_mask(ids)[np.maximum(codes, 0)])

    def passing(m: pd.DataFrame) -> pd.DataFrame:
        m = m.join(catalog, on="entity_id")
        if types:
            m = m[m["type"].isin(list(types))]
        return m.join(arts, on="article_id").reset_index(drop=True)

    columns = corpus.data.column_names("mentions")
    first = True
    for start in range(0, len(rows), size):
        m = passing(corpus.data.rows_at("mentions", rows[start : start + size], columns))
        if len(m) or first:  # an empty one only first: the table's columns when none pass
            yield m
            first = False
    if first:  # no mention in these articles
        yield passing(corpus.data.rows_at("mentions", rows[:0], columns))


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
    m = corpus.data.rows_where(
        "mentions", "entity_id", entity_id, ["surface", "kind", "article_id"]
    )
    if not is_all(corpus, ids):
        m = m[m["article_id"].isin(ids)]
    return (
        m.groupby(["surface", "kind"])
        .size()
        .rename("n")
        .reset_index()
        .sort_values("n", ascending=False, ignore_index=True)
    )


def merge_log(corpus: Corpus, entity_id: str) -> pd.DataFrame:
    """What was merged into an entity, over the whole corpus: each surface form (as the
    aliases list writes it) that was linked to it from another entity, why (same article,
    across the corpus, gazetteer), the entity it would otherwise be, and how many mentions and
    articles. A wrong link is undone by splitting that alias off (lib.queries.curation)."""
    columns = ["alias", "link", "why", "linked_from", "n_mentions", "n_articles"]
    if "linked_from" not in corpus.data.column_names("mentions"):
        return pd.DataFrame(columns=columns)
    # the entity's rows alone (the mentions' frame is not made for them)
    m = corpus.data.rows_where(
        "mentions", "entity_id", entity_id, ["surface", "link", "linked_from", "article_id"]
    )
    counted = _linked_counts(m)
    if counted.empty:
        return pd.DataFrame(columns=columns)
    out = (
        counted.groupby(["alias", "link", "linked_from"])
        .agg(n_mentions=("n_mentions", "sum"), n_articles=("n_articles", "sum"))
        .reset_index()
        .sort_values(["n_mentions", "alias"], ascending=[False, True], ignore_index=True)
    )
    out["why"] = out["link"].map(LINK_REASONS).fillna(out["link"])
    return out[columns]


def _linked_counts(m: pd.DataFrame) -> pd.DataFrame:
    """Mentions and articles per (alias, link, linked_from) of the mentions (surface, link,
    linked_from, article_id) linked from another entity, counted on integer codes: strings are made only for the few
    distinct surfaces and combinations, not for each of the 300k mentions of a head of state
    (a second at 100k articles)."""
    linked_from, f_dtype = _coded(m["linked_from"])
    linked = linked_from >= 0  # the others were not linked from another entity
    surface, s_dtype = _coded(m["surface"])
    link, l_dtype = _coded(m["link"])
    article, a_dtype = _coded(m["article_id"])
    surface, link, linked_from, article = (
        codes[linked] for codes in (surface, link, linked_from, article)
    )
    # (hashed, not sorted: the strings are grouped and ordered at the end)
    s_at, surfaces = pd.factorize(surface)
    written = _text(pd.Series(pd.Categorical.from_codes(surfaces, dtype=s_dtype)))
    alias, aliases = pd.factorize(written.map(normalise_surface).to_numpy(dtype=object))
    n_l, n_f, n_a = (len(d.categories) + 1 for d in (l_dtype, f_dtype, a_dtype))  # +1: missing
    key = (alias[s_at].astype(np.int64) * n_l + link + 1) * n_f + linked_from + 1
    at, keys = pd.factorize(key)
    n_mentions = np.bincount(at, minlength=len(keys))
    in_articles = pd.unique(at.astype(np.int64) * n_a + article + 1) // n_a
    n_articles = np.bincount(in_articles, minlength=len(keys))
    rest, f_code = np.divmod(keys, n_f)
    a_code, l_code = np.divmod(rest, n_l)

    def text(codes: np.ndarray, dtype: pd.CategoricalDtype) -> pd.Series:
        return _text(pd.Series(pd.Categorical.from_codes(codes - 1, dtype=dtype)))

    return pd.DataFrame(
        {
            "alias": aliases[a_code],
            "link": text(l_code, l_dtype),
            "linked_from": text(f_code, f_dtype),
            "n_mentions": n_mentions,
            "n_articles": n_articles,
        }
    )


def _coded(values: pd.Series) -> tuple[np.ndarray, pd.CategoricalDtype]:
    """A column's integer codes (-1: missing) and the dtype that gives them back."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return category_codes(values), values.dtype
    codes, uniques = pd.factorize(values)
    return codes, pd.CategoricalDtype(uniques)


def _text(values: pd.Series) -> pd.Series:
    """A column as strings; a categorical's unused categories dropped first: converting the
    mentions' 100k surfaces to find a few hundred took most of a second."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.cat.remove_unused_categories()
    return values.astype(str)


def quotes(corpus: Corpus, ids: pd.Index, *, speaker_id: str | None = None) -> pd.DataFrame:
    """Quotations in the filtered articles (of one speaker if given): speaker_id, speaker,
    speaker_text, text, article_id, title, source, published."""
    shown = ["title", "source", "published"]
    if speaker_id is None:
        q = corpus.data.quotes
        rows = np.flatnonzero(rows_in(corpus, "quotes", ids))
        out = pd.concat(
            [take_rows(q, rows), article_columns(corpus, "quotes", rows, shown)], axis=1
        )
    else:  # the speaker's rows alone (a few; the quotes' frame is not made for them)
        columns = corpus.data.column_names("quotes")
        q = corpus.data.rows_where("quotes", "speaker_id", speaker_id, columns)
        art = corpus.article_rows("quotes", q["article_id"])
        if not is_all(corpus, ids):
            kept = corpus.article_mask(ids)[art]
            q, art = q[kept], art[kept]
        meta = articles_at(corpus, art, shown)
        out = pd.concat([q.reset_index(drop=True), meta], axis=1)
    out["speaker"] = corpus.entity_values(out["speaker_id"].astype(object), "name")
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
    rows = pair_rows(corpus, ids, [entity_id])
    shown = ["article_id", "published", "source", "title"]
    art = category_codes(p["article_id"])[rows]
    table = corpus.articles[shown].iloc[art].assign(n_mentions=p["n"].to_numpy()[rows])
    table = table.sort_values(
        ["n_mentions", "published"], ascending=[False, False], na_position="last"
    )
    return table[cols].reset_index(drop=True)
