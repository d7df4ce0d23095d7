"""Countries in the coverage, for the world map: how often each is mentioned, in how many
articles, per million words, and by how it is written; NATO's members on a given day; and
the countries found with one entity.

A country is an entity of type `country`; its `code` is its ISO 3166-1 alpha-3 (Kosovo:
XKX), which is what the map is keyed by. A mention of a country has a `kind`
(docs/data.md):

    name     "Estonia", "the United States"         -> named
    demonym  "Estonian officials", "Russian plane"  -> demonym
    capital  "Moscow called it a provocation"       -> capital or seat of power
    seat     "the Kremlin", "the Elysee"            -> capital or seat of power

A capital or seat stands for the government ("Washington condemned the attack"): the
map groups the two; the table keeps them apart. A capital used as a place ("the summit
in London") is a location, never its country, so it is not counted here.

The counts are over the articles that pass the filters: `share` is the part of those
articles that mention the country (in the chosen way), `per_million_words` its mentions
per million words of those articles' text. No Streamlit here.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from lib import queries
from lib.paths import DATA_DIR
from lib.queries import pair_counts, rowgroups
from lib.queries.corpus import Corpus

NATO_MEMBERS = DATA_DIR / "geo" / "nato_members.csv"

# The map's mention kinds: (label, the `kind` values counted); "all" counts every kind.
KINDS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "all": ("all mentions", None),
    "name": ("named", ("name",)),
    "demonym": ("demonym", ("demonym",)),
    "capital": ("capital or seat", ("capital", "seat")),
}
PER_KIND = {"name": "named", "demonym": "demonym", "capital": "capital", "seat": "seat"}
# metric -> (label, colour-bar title with the unit; a newline where the title breaks)
METRICS: dict[str, tuple[str, str]] = {
    "mentions": ("mentions", "Mentions"),
    "share": ("share of articles", "Share of\narticles"),
    "per_million_words": ("mentions per million words", "Mentions per\nmillion words"),
}
COUNTRY_COLUMNS = [
    "iso3",
    "country",
    "entity_id",
    "mentions",
    "articles",
    "share",
    "per_million_words",
    *PER_KIND.values(),
]
PARTNER_COLUMNS = [
    "iso3",
    "country",
    "entity_id",
    "together",
    "articles_together",
    "country_units",
    "npmi",
]


def country_mentions(mentions: pd.DataFrame, catalog: pd.DataFrame) -> pd.DataFrame:
    """The mentions of countries with an ISO code: article_id, entity_id, kind, iso3,
    country. `mentions` is the mentions table, `catalog` the entities indexed by
    entity_id (name, type, code)."""
    countries = catalog[(catalog["type"] == "country") & catalog["code"].notna()]
    m = mentions.loc[
        mentions["entity_id"].isin(countries.index), ["article_id", "entity_id", "kind"]
    ]
    # On a categorical column map() maps the categories: millions of rows cost nothing.
    return m.assign(
        iso3=m["entity_id"].map(countries["code"]), country=m["entity_id"].map(countries["name"])
    )


def country_table(
    mentions: pd.DataFrame,
    catalog: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    kind: str = "all",
) -> pd.DataFrame:
    """One row per country mentioned (in the chosen way) in `articles`: COUNTRY_COLUMNS,
    most mentioned first. `articles` are the filtered articles (article_id, n_words); the
    mentions of other articles are left out."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {tuple(KINDS)}, not {kind!r}")
    m = country_mentions(mentions, catalog)
    m = m[m["article_id"].isin(articles["article_id"])]
    per_kind = (
        m.groupby(["iso3", "kind"], observed=True)
        .size()
        .unstack(fill_value=0)
        .reindex(columns=list(PER_KIND))
    )
    counted = KINDS[kind][1]
    chosen = m if counted is None else m[m["kind"].isin(counted)]
    table = chosen.groupby("iso3", observed=True).agg(
        country=("country", "first"),
        entity_id=("entity_id", "first"),
        mentions=("article_id", "size"),
        articles=("article_id", "nunique"),
    )
    n_articles = len(articles)
    words = int(articles["n_words"].sum())
    table["share"] = table["articles"] / n_articles if n_articles else np.nan
    table["per_million_words"] = table["mentions"] * 1e6 / words if words else np.nan
    table = table.join(per_kind.fillna(0).astype("int64").set_axis(list(PER_KIND.values()), axis=1))
    table = table.reset_index()
    table["iso3"] = table["iso3"].astype(str)
    table = table.sort_values(["mentions", "iso3"], ascending=[False, True])
    for col in ("mentions", "articles"):
        table[col] = table[col].astype("int64")
    return table[COUNTRY_COLUMNS].reset_index(drop=True)


@dataclass(frozen=True)
class CountryCounts:
    """The country mentions of a corpus counted once per (article, country, kind), sorted so:
    what `country_table` counts, summed over the articles of a filter in a few array
    operations instead of grouping millions of mentions at every filter change."""

    article: np.ndarray  # the article's row
    country: np.ndarray  # the country's position in `entity_ids`
    kind: np.ndarray  # position in PER_KIND; len(PER_KIND) for any other kind, or none
    n: np.ndarray  # mentions
    entity_ids: pd.Index  # entity_id of each country (one per ISO code)
    by_article: rowgroups.Groups

    def counts(self, articles: np.ndarray, kind: str) -> tuple[np.ndarray, ...]:
        """Per country, in the articles where `articles` is True: mentions and articles
        (of the kind), and the mentions of each PER_KIND kind (a matrix)."""
        rows = self.by_article.rows(np.flatnonzero(articles))
        country, kinds, n = self.country[rows], self.kind[rows], self.n[rows]
        size, slots = len(self.entity_ids), len(PER_KIND) + 1
        per_kind = np.bincount(country * slots + kinds, weights=n, minlength=size * slots)
        per_kind = per_kind.reshape(size, slots).astype(np.int64)
        counted = KINDS[kind][1]
        wanted = np.ones(slots, dtype=bool)
        if counted is not None:
            wanted[:] = False
            wanted[[list(PER_KIND).index(k) for k in counted]] = True
        kept = wanted[kinds]
        mentions = per_kind[:, wanted].sum(axis=1)
        # The rows are sorted by article then country: the first of each (article, country)
        # among the kept rows is one article for that country.
        pair = self.article[rows][kept].astype(np.int64) * size + country[kept]
        first = np.r_[True, pair[1:] != pair[:-1]] if len(pair) else np.zeros(0, dtype=bool)
        n_articles = np.bincount(country[kept][first], minlength=size)
        return mentions, n_articles, per_kind[:, : len(PER_KIND)]


def country_counts(corpus: Corpus) -> CountryCounts | None:
    """The corpus's CountryCounts (once per corpus); None when two countries share an ISO
    code (a hand-made catalogue), which the grouping by code of `country_table` handles."""
    return corpus.derived("geo.country_counts", lambda: _country_counts(corpus))


def _country_counts(corpus: Corpus) -> CountryCounts | None:
    catalog = corpus.catalog
    countries = catalog[(catalog["type"] == "country") & catalog["code"].notna()]
    if countries["code"].duplicated().any():
        return None
    # three columns of the mentions, not their whole frame (kept for the server's life)
    m = corpus.data.columns_of("mentions", ["entity_id", "article_id", "kind"])
    country = queries.codes_in(m["entity_id"], countries.index)
    # not corpus.article_codes: counted once per corpus, the codes need not stay (23 MB at 100k)
    article = queries.codes_in(m["article_id"], corpus.all_ids)
    # Kinds other than PER_KIND's (e.g. references) go to one last slot.
    kinds = queries.codes_in(m["kind"], pd.Index(list(PER_KIND))).astype(np.int64)
    kinds[kinds < 0] = len(PER_KIND)
    rows = (country >= 0) & (article >= 0)
    size, slots = len(countries), len(PER_KIND) + 1
    key = (article[rows].astype(np.int64) * size + country[rows]) * slots + kinds[rows]
    key, n = pair_counts.unique_counts(key)
    article_rows = (key // slots // size).astype(np.int32)
    return CountryCounts(
        article=article_rows,
        country=(key // slots % size).astype(np.int64),
        kind=(key % slots).astype(np.int64),
        n=n.astype(np.int64),
        entity_ids=countries.index,
        by_article=rowgroups.group_rows(article_rows, len(corpus.articles)),
    )


def _entity_dtype(corpus: Corpus) -> pd.CategoricalDtype:
    """The dtype of the mentions' entity_id (the table's own categories), found once."""
    return corpus.derived(
        "geo.entity_dtype",
        lambda: (
            corpus.data.rows_where("mentions", "entity_id", "", ["entity_id"])["entity_id"].dtype
        ),
    )


def countries(corpus: Corpus, ids: pd.Index, *, kind: str = "all") -> pd.DataFrame:
    """country_table for the articles that pass the filters (for ui.query)."""
    counted = country_counts(corpus)
    if kind not in KINDS or counted is None:
        return _countries_grouped(corpus, ids, kind=kind)
    mask = corpus.article_mask(ids)
    mentions, n_articles, per_kind = counted.counts(mask, kind)
    seen = np.flatnonzero(mentions > 0)
    if not len(seen):
        return _countries_grouped(corpus, ids, kind=kind)  # the empty table, as it is typed
    entity_ids = counted.entity_ids[seen]
    catalog = corpus.catalog.loc[entity_ids]
    n_selected = int(mask.sum())
    words = int(corpus.articles["n_words"][mask].sum())
    table = pd.DataFrame(
        {
            "iso3": catalog["code"].astype(str).to_numpy(),
            "country": catalog["name"].to_numpy(),
            "entity_id": pd.Categorical(entity_ids, dtype=_entity_dtype(corpus)),
            "mentions": mentions[seen],
            "articles": n_articles[seen],
        }
    )
    table["share"] = table["articles"] / n_selected if n_selected else np.nan
    table["per_million_words"] = table["mentions"] * 1e6 / words if words else np.nan
    for column, counts in zip(PER_KIND.values(), per_kind[seen].T, strict=True):
        table[column] = counts
    table = table.sort_values(["mentions", "iso3"], ascending=[False, True])
    return table[COUNTRY_COLUMNS].reset_index(drop=True)


def _countries_grouped(corpus: Corpus, ids: pd.Index, *, kind: str) -> pd.DataFrame:
    m = corpus.data.mentions
    countries = corpus.catalog.index[corpus.catalog["type"] == "country"]
    rows = m["entity_id"].isin(countries).to_numpy()  # categorical: a lookup per category
    rows = rows & corpus.article_mask(ids)[queries.codes_in(m["article_id"], corpus.all_ids)]
    return country_table(
        m.loc[rows, ["article_id", "entity_id", "kind"]],
        corpus.catalog,
        queries.articles_in(corpus, ids, columns=["article_id", "n_words"]),
        kind=kind,
    )


def partner_countries(
    corpus: Corpus, ids: pd.Index, entity_id: str, *, level: str = "sentence"
) -> pd.DataFrame:
    """The countries found with one entity in the same sentence (or article) of the
    filtered articles: PARTNER_COLUMNS. `together`: the sentences (articles) that hold
    both; `articles_together`: the articles with such a sentence; `country_units`: the
    sentences (articles) that name the country; `npmi`: the pair's association
    (lib.queries.pair_counts)."""
    table = queries.partners(corpus, ids, entity_id, level=level, types=["country"])
    codes = corpus.catalog["code"]
    table = table[table["partner"].map(codes).notna()]
    if table.empty:
        return pd.DataFrame(columns=PARTNER_COLUMNS)
    if level == "sentence" and entity_id in corpus.catalog.index:
        shared = corpus.sentence_pairs.partner_articles(
            corpus.catalog.index.get_loc(entity_id), corpus.article_mask(ids)
        )
        both = pd.Series(shared, index=corpus.catalog.index)
    else:
        both = _articles_with_both(corpus, ids, entity_id, table["partner"], level=level)
    out = pd.DataFrame(
        {
            "iso3": table["partner"].map(codes).astype(str),
            "country": table["partner_name"],
            "entity_id": table["partner"],
            "together": table["n_pair"].astype("int64"),
            "articles_together": table["partner"].map(both).fillna(0).astype("int64"),
            "country_units": table["n_partner"].astype("int64"),
            "npmi": table["npmi"].astype(float),
        }
    )
    return out.sort_values(["together", "iso3"], ascending=[False, True], ignore_index=True)


def _articles_with_both(
    corpus: Corpus, ids: pd.Index, entity_id: str, partners: pd.Series, *, level: str
) -> pd.Series:
    """partner -> articles in which it is found with the entity (in one sentence, at the
    sentence level)."""
    m = queries.mentions_of(corpus, ids, [entity_id, *partners])
    unit = ["article_id", "sentence_id"] if level == "sentence" else ["article_id"]
    anchor = m.loc[m["entity_id"] == entity_id, unit].drop_duplicates()
    hits = m[m["entity_id"].isin(list(partners))].merge(anchor, on=unit)
    return hits.groupby("entity_id")["article_id"].nunique()


# -- NATO -------------------------------------------------------------------------------------


@cache
def _nato(path: Path = NATO_MEMBERS) -> pd.DataFrame:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    frame = pd.DataFrame(rows, columns=["iso3", "name", "joined"])
    frame["joined"] = pd.to_datetime(frame["joined"]).dt.date
    return frame


def nato_members(on: date | None = None) -> pd.DataFrame:
    """NATO's members on a day (today when None): iso3, name, joined; by accession."""
    day = on or date.today()
    members = _nato()
    return members[members["joined"] <= day].reset_index(drop=True)


# -- words for the page -----------------------------------------------------------------------


def kind_label(kind: str) -> str:
    return KINDS[kind][0]


def metric_label(metric: str) -> str:
    return METRICS[metric][0]


def selected_entities(points: Sequence[dict], table: pd.DataFrame) -> list[str]:
    """The entity_ids of the countries clicked on a map drawn from `table` (the
    points' customdata starts with the entity_id; else their `location`, an ISO code)."""
    by_code = dict(zip(table["iso3"], table["entity_id"], strict=True))
    known = set(by_code.values())
    chosen = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list) and data and data[0] in known:
            chosen.append(data[0])
        elif point.get("location") in by_code:
            chosen.append(by_code[point["location"]])
    return list(dict.fromkeys(chosen))


def anchor_options(catalog: pd.DataFrame, *, limit: int = 3000) -> list[str]:
    """The entities to find countries with, most mentioned first."""
    mentioned = catalog[catalog["n_mentions"] > 0]
    return (
        mentioned.sort_values("n_mentions", ascending=False, kind="stable").index[:limit].tolist()
    )


DEFAULT_ANCHOR = "org:nato"
