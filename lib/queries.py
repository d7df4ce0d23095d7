"""Questions the pages ask of the tables: pure, vectorised functions over pandas frames.

`build_corpus` prepares, once per preprocessing run, the frames every query needs: one
catalogue of entities (the entity table plus the knowledge-base events) and one table of
mentions that also counts the knowledge-base events found in the articles, each with its
entity type and its article's publication day. Every other function takes that `Corpus`
and the article_ids that pass the filters (`lib.filters.select_articles`), and returns a
DataFrame: the data of one chart or one table, and the CSV the user downloads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from lib import cooccur, store
from lib import filters as flt

TIMELINE_DEFAULT = (date(2015, 11, 24), date(2019, 12, 4))  # Su-24 downing .. London meeting


@dataclass
class Corpus:
    """The tables of one run, plus the derived frames the queries share. Read-only."""

    data: store.Dataset
    catalog: pd.DataFrame  # one row per entity_id: name, type, code, aliases, roles, counts
    mentions: pd.DataFrame  # article_id, entity_id, sentence_id, start, end, type, published
    version: str = ""

    @property
    def articles(self) -> pd.DataFrame:
        return self.data.articles

    @property
    def all_ids(self) -> pd.Index:
        return pd.Index(self.data.articles["article_id"], name="article_id")

    @cached_property
    def names(self) -> dict[str, str]:
        return dict(zip(self.catalog.index, self.catalog["name"], strict=True))

    @cached_property
    def types(self) -> dict[str, str]:
        return dict(zip(self.catalog.index, self.catalog["type"], strict=True))

    def select(self, filters: flt.Filters) -> pd.Index:
        return flt.select_articles(self.data.articles, self.mentions, self.data.events, filters)


# Nested columns the dashboard never shows: turning them into Python lists and dicts is most
# of the time it takes to load a large corpus.
SKIPPED_COLUMNS = {"articles": ("sections", "extra"), "events": ("participants",)}


def read_tables(out_dir: Path) -> store.Dataset:
    """The tables of the current run (lib.store.current_run, resolved once so that they
    match) as the dashboard needs them: every table of the contract, less SKIPPED_COLUMNS
    (left as empty lists)."""
    run = store.current_run(Path(out_dir)) or Path(out_dir)
    frames = {}
    for name in store.TABLES:
        path = run / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(
                f"{path}: no {name} table; run `python -m lib.preprocess --out {out_dir}`"
            )
        skipped = SKIPPED_COLUMNS.get(name, ())
        columns = [c for c in store.SCHEMAS[name].names if c not in skipped]
        frame = pq.read_table(path, columns=columns, schema=store.SCHEMAS[name]).to_pandas()
        for column in skipped:
            frame[column] = [[] for _ in range(len(frame))]
        frames[name] = frame
    manifest = run / store.MANIFEST
    report = run / store.REPORT
    return store.Dataset(
        **frames,
        manifest=json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {},
        problems=json.loads(report.read_text(encoding="utf-8")) if report.exists() else [],
    )


def _kb_catalog(data: store.Dataset) -> pd.DataFrame:
    kb = data.kb_events
    return pd.DataFrame(
        {
            "entity_id": kb["entity_id"],
            "type": "event",
            "name": kb["name"],
            "code": None,
            "aliases": [[] for _ in range(len(kb))],
            "roles": [[] for _ in range(len(kb))],
            "org_kind": kb["type"],  # the event's kind (summit, exercise…) where an org's kind goes
            "in_gazetteer": True,
        }
    )


def build_corpus(data: store.Dataset, *, version: str = "") -> Corpus:
    """Derive the catalogue and the typed mention table from one run's tables."""
    entities = data.entities.drop(columns=["n_mentions", "n_articles"])
    kb = _kb_catalog(data)
    kb = kb[~kb["entity_id"].isin(entities["entity_id"])]
    catalog = pd.concat([entities, kb], ignore_index=True) if len(kb) else entities.copy()

    cols = ["article_id", "entity_id", "sentence_id", "start", "end"]
    mentions = data.mentions[cols]
    linked = data.events.loc[data.events["entity_id"].notna(), cols]
    if len(linked):
        # An event the extraction also wrote as a mention is counted once per sentence.
        seen = pd.MultiIndex.from_frame(mentions[["article_id", "entity_id", "sentence_id"]])
        key = pd.MultiIndex.from_frame(linked[["article_id", "entity_id", "sentence_id"]])
        mentions = pd.concat([mentions, linked[~key.isin(seen)]], ignore_index=True)
        unknown = sorted(set(linked["entity_id"]) - set(catalog["entity_id"]))
        if unknown:  # linked to an event the KB table does not list: still show it
            extra = data.events.drop_duplicates("entity_id").set_index("entity_id").loc[unknown]
            catalog = pd.concat(
                [
                    catalog,
                    pd.DataFrame(
                        {
                            "entity_id": unknown,
                            "type": "event",
                            "name": extra["name"].to_numpy(),
                            "aliases": [[] for _ in unknown],
                            "roles": [[] for _ in unknown],
                        }
                    ),
                ],
                ignore_index=True,
            )
    catalog = catalog.drop_duplicates("entity_id").set_index("entity_id")
    types = catalog["type"].astype("category")
    mentions = mentions.assign(
        type=pd.Categorical(
            mentions["entity_id"].map(catalog["type"]), categories=types.cat.categories
        ),
        published=pd.to_datetime(
            mentions["article_id"].map(data.articles.set_index("article_id")["published"])
        ),
    )
    counts = mentions.groupby("entity_id", observed=True).agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    catalog = catalog.join(counts)
    catalog[["n_mentions", "n_articles"]] = (
        catalog[["n_mentions", "n_articles"]].fillna(0).astype("int64")
    )
    return Corpus(data=data, catalog=catalog, mentions=mentions, version=version)


# -- helpers ------------------------------------------------------------------------------


def _is_all(corpus: Corpus, ids: pd.Index) -> bool:
    return len(ids) == len(corpus.articles)


def mentions_in(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """The mentions in the given articles, of the given entity types (all when empty)."""
    m = corpus.mentions
    mask = np.ones(len(m), dtype=bool)
    if not _is_all(corpus, ids):
        mask &= m["article_id"].isin(ids).to_numpy()
    if types:
        mask &= m["type"].isin(list(types)).to_numpy()
    return m[mask] if not mask.all() else m


def articles_in(corpus: Corpus, ids: pd.Index) -> pd.DataFrame:
    a = corpus.articles
    return a if _is_all(corpus, ids) else a[a["article_id"].isin(ids)]


def pick_freq(start: date, end: date) -> str:
    """Weeks for up to about two years, months beyond: bars stay readable."""
    return "W" if (end - start).days <= 800 else "MS"


FREQ_LABEL = {"W": "week", "MS": "month", "D": "day"}


def _period(series: pd.Series, freq: str) -> pd.Series:
    if freq == "W":  # weeks start on Monday
        return (series - pd.to_timedelta(series.dt.day_of_week, unit="D")).dt.normalize()
    if freq == "MS":
        return series.dt.to_period("M").dt.start_time
    return series.dt.normalize()


def _in_range(series: pd.Series, start: date | None, end: date | None) -> np.ndarray:
    mask = series.notna().to_numpy(copy=True)
    if start:
        mask &= (series >= pd.Timestamp(start)).to_numpy()
    if end:
        mask &= (series <= pd.Timestamp(end)).to_numpy()
    return mask


# -- overview -------------------------------------------------------------------------------


def overview(corpus: Corpus, ids: pd.Index) -> dict:
    """Counts for the headline metrics."""
    arts = articles_in(corpus, ids)
    dated = pd.to_datetime(arts["published"]).dropna()
    ments = mentions_in(corpus, ids)
    return {
        "articles": len(arts),
        "sources": int(arts["source"].nunique()),
        "dated": len(dated),
        "undated": len(arts) - len(dated),
        "first": dated.min().date() if len(dated) else None,
        "last": dated.max().date() if len(dated) else None,
        "entities": int(ments["entity_id"].nunique()),
        "mentions": len(ments),
        "by_type": ments.groupby("type", observed=True)["entity_id"].nunique().to_dict(),
    }


def top_entities(corpus: Corpus, ids: pd.Index, *, entity_type: str, top: int = 10) -> pd.DataFrame:
    """The most mentioned entities of one type: entity_id, name, type, n_mentions, n_articles."""
    ments = mentions_in(corpus, ids, types=[entity_type])
    counts = ments.groupby("entity_id", observed=True).agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    counts = counts.nlargest(top, ["n_mentions", "n_articles"])
    counts = counts.join(corpus.catalog[["name", "type"]]).reset_index()
    return counts[["entity_id", "name", "type", "n_mentions", "n_articles"]]


def _period_range(first: pd.Timestamp, last: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    """Every period from the one holding `first` to the one holding `last`."""
    lo = _period(pd.Series([first]), freq).iloc[0]
    return pd.date_range(lo, last, freq={"W": "W-MON"}.get(freq, freq))


def volume(
    corpus: Corpus,
    ids: pd.Index,
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Articles published per period, empty periods included: period (its first day),
    n_articles."""
    published = pd.to_datetime(articles_in(corpus, ids)["published"])
    published = published[_in_range(published, start, end)]
    if published.empty:
        return pd.DataFrame(
            {"period": pd.Series(dtype="datetime64[ns]"), "n_articles": pd.Series(dtype="int64")}
        )
    counts = _period(published, freq).value_counts()
    first = pd.Timestamp(start) if start else published.min()
    last = pd.Timestamp(end) if end else published.max()
    index = _period_range(first, last, freq)
    frame = counts.reindex(index, fill_value=0).rename_axis("period").reset_index(name="n_articles")
    frame["n_articles"] = frame["n_articles"].astype("int64")
    return frame


def mentions_over_time(
    corpus: Corpus,
    ids: pd.Index,
    entity_ids: Sequence[str],
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Mentions of each entity per period, by publication day: period, entity_id, name, type,
    n_mentions, n_articles."""
    ments = mentions_in(corpus, ids)
    ments = ments[ments["entity_id"].isin(list(entity_ids))]
    ments = ments[_in_range(ments["published"], start, end)]
    cols = ["period", "entity_id", "name", "type", "n_mentions", "n_articles"]
    if ments.empty:
        return pd.DataFrame(columns=cols)
    grouped = (
        ments.assign(period=_period(ments["published"], freq))
        .groupby(["period", "entity_id"], observed=True)
        .agg(n_mentions=("article_id", "size"), n_articles=("article_id", "nunique"))
        .reset_index()
    )
    # Every period of the range, zeros included, so that a line does not skip quiet months.
    first = pd.Timestamp(start) if start else grouped["period"].min()
    last = pd.Timestamp(end) if end else grouped["period"].max()
    full = pd.MultiIndex.from_product(
        [_period_range(first, last, freq), list(dict.fromkeys(grouped["entity_id"]))],
        names=["period", "entity_id"],
    )
    grouped = grouped.set_index(["period", "entity_id"]).reindex(full, fill_value=0).reset_index()
    grouped = grouped.join(corpus.catalog[["name", "type"]], on="entity_id")
    return grouped[cols].sort_values(["entity_id", "period"], ignore_index=True)


def default_series_entities(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), top: int = 4
) -> list[str]:
    """When no entity is selected, the timeline follows the most mentioned ones."""
    ments = mentions_in(corpus, ids, types=[t for t in (types or flt.ENTITY_TYPES) if t != "event"])
    return ments["entity_id"].value_counts().head(top).index.tolist()


# -- events -----------------------------------------------------------------------------------


def kb_marks(
    corpus: Corpus, ids: pd.Index, *, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Knowledge-base events overlapping the range, with how many of the articles speak of
    each: entity_id, name, type, date_start, date_end, place, n_articles."""
    kb = corpus.data.kb_events.copy()
    first = pd.to_datetime(kb["date_start"])
    last = pd.to_datetime(kb["date_end"]).fillna(first)
    mask = first.notna().to_numpy(copy=True)
    if start:
        mask &= (last >= pd.Timestamp(start)).to_numpy()
    if end:
        mask &= (first <= pd.Timestamp(end)).to_numpy()
    kb = kb[mask].assign(date_start=first[mask], date_end=last[mask])
    ev = corpus.data.events
    ev = ev[ev["entity_id"].notna()]
    if not _is_all(corpus, ids):
        ev = ev[ev["article_id"].isin(ids)]
    n = ev.groupby("entity_id")["article_id"].nunique()
    kb["n_articles"] = kb["entity_id"].map(n).fillna(0).astype("int64")
    cols = ["entity_id", "name", "type", "date_start", "date_end", "place", "n_articles"]
    return kb[cols].sort_values("date_start", ignore_index=True)


def event_mentions(
    corpus: Corpus,
    ids: pd.Index,
    *,
    start: date | None = None,
    end: date | None = None,
    freq: str | None = None,
) -> pd.DataFrame:
    """Events found in the articles whose resolved date lies in the range: entity_id (null
    if not in the knowledge base), name, type, date_start, date_end, n_mentions, n_articles.
    One row per knowledge-base event and date; the other events (a "summit", "talks")
    per type and date, or per type and period when `freq` is given, so that thousands of
    trigger words make a readable number of points."""
    ev = corpus.data.events
    if not _is_all(corpus, ids):
        ev = ev[ev["article_id"].isin(ids)]
    first = pd.to_datetime(ev["date_start"])
    mask = _in_range(first, start, end)
    last = pd.to_datetime(ev["date_end"]).fillna(first)
    ev = ev[mask].assign(date_start=first[mask], date_end=last[mask])
    cols = ["entity_id", "name", "type", "date_start", "date_end", "n_mentions", "n_articles"]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    linked = ev["entity_id"].notna()
    other = ev[~linked]
    if freq:
        day = _period(other["date_start"], freq)
        other = other.assign(date_start=day, date_end=day)
    other = other.assign(
        entity_id=None, name=other["type"].fillna("event") + " (not in the knowledge base)"
    )
    ev = pd.concat([ev[linked], other]).assign(key=lambda f: f["entity_id"].fillna("~" + f["name"]))
    grouped = (
        ev.groupby(["key", "date_start", "date_end"], dropna=False)
        .agg(
            entity_id=("entity_id", "first"),
            name=("name", "first"),
            type=("type", "first"),
            n_mentions=("article_id", "size"),
            n_articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    return grouped[cols].sort_values(["date_start", "name"], ignore_index=True)


def top_events(corpus: Corpus, ids: pd.Index, *, top: int = 10) -> pd.DataFrame:
    """The knowledge-base events most spoken of: same columns as `top_entities`."""
    return top_entities(corpus, ids, entity_type="event", top=top)


def event_articles(
    corpus: Corpus, ids: pd.Index, entity_id: str, *, limit: int = 1000
) -> pd.DataFrame:
    """The articles that speak of one event, with the evidence sentence: article_id, title,
    source, published, sentence, date_text."""
    ev = corpus.data.events
    ev = ev[ev["entity_id"] == entity_id]
    if not _is_all(corpus, ids):
        ev = ev[ev["article_id"].isin(ids)]
    ev = ev.drop_duplicates("article_id").head(limit)
    return _with_sentences(corpus, ev[["article_id", "sentence_id", "date_text"]])


# -- sentences and articles -------------------------------------------------------------------


def _with_sentences(corpus: Corpus, units: pd.DataFrame) -> pd.DataFrame:
    """Units (article_id, sentence_id, …) with the sentence's text and the article's
    title, source and publication day."""
    sents = corpus.data.sentences
    found = units.merge(
        sents[["article_id", "sentence_id", "start", "end"]],
        on=["article_id", "sentence_id"],
        how="left",
    )
    arts = corpus.articles.set_index("article_id")
    texts = arts["text"].reindex(found["article_id"]).to_numpy()
    found["sentence"] = [
        " ".join(t[int(s) : int(e)].split()) if isinstance(t, str) and pd.notna(s) else ""
        for t, s, e in zip(texts, found["start"], found["end"], strict=True)
    ]
    meta = (
        arts[["title", "source", "published"]].reindex(found["article_id"]).reset_index(drop=True)
    )
    found = pd.concat([found.reset_index(drop=True), meta], axis=1)
    found["title"] = found["title"].fillna("(untitled)")
    keep = [c for c in units.columns if c not in ("start", "end")]
    return found[[*keep, "sentence", "title", "source", "published"]]


def sentences_for(corpus: Corpus, units: pd.DataFrame, *, limit: int = 200) -> pd.DataFrame:
    """The text of each (article_id, sentence_id), with its article's title, source, date."""
    return _with_sentences(corpus, units.head(limit))


def article_table(corpus: Corpus, ids: pd.Index) -> pd.DataFrame:
    """The filtered articles, newest first: article_id, published, source, title, lede,
    n_words, n_entities, path."""
    arts = articles_in(corpus, ids)
    ments = mentions_in(corpus, ids)
    n_ent = ments.groupby("article_id")["entity_id"].nunique()
    table = arts.assign(n_entities=arts["article_id"].map(n_ent).fillna(0).astype("int64"))
    table = table.sort_values(["published", "title"], ascending=[False, True], na_position="last")
    cols = [
        "article_id",
        "published",
        "published_basis",
        "source",
        "title",
        "lede",
        "n_words",
        "n_entities",
        "path",
    ]
    return table[cols].reset_index(drop=True)


def keyword_in_context(
    corpus: Corpus, ids: pd.Index, keyword: str, *, window: int = 70, limit: int = 300
) -> pd.DataFrame:
    """Every hit of the keyword (case-insensitive, literal) with the text around it:
    article_id, title, published, source, left, hit, right."""
    cols = ["article_id", "title", "published", "source", "left", "hit", "right"]
    if not keyword:
        return pd.DataFrame(columns=cols)
    arts = articles_in(corpus, ids)
    arts = arts[flt.keyword_mask(arts["text"], keyword)]
    pattern = re.compile(re.escape(keyword), re.IGNORECASE)
    rows = []
    for article_id, title, published, source, text in arts[
        ["article_id", "title", "published", "source", "text"]
    ].itertuples(index=False):
        for hit in pattern.finditer(text):
            a, b = hit.span()
            rows.append(
                (
                    article_id,
                    title if isinstance(title, str) else "(untitled)",
                    published,
                    source,
                    " ".join(text[max(0, a - window) : a].split()),
                    text[a:b],
                    " ".join(text[b : b + window].split()),
                )
            )
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=cols)
    return pd.DataFrame(rows, columns=cols)


# -- entities ---------------------------------------------------------------------------------


def entity_table(
    corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = (), search: str = ""
) -> pd.DataFrame:
    """Canonical entities with their counts in the filtered articles, most mentioned first:
    entity_id, name, type, n_mentions, n_articles, aliases, roles. `search` matches the
    name, an alias or the id, case-insensitively."""
    ments = mentions_in(corpus, ids, types=types)
    counts = ments.groupby("entity_id", observed=True).agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    cat = corpus.catalog[["name", "type", "aliases", "roles"]]
    table = counts.join(cat, how="left").reset_index()
    if search:
        needle = search.strip().lower()
        aliases = table["aliases"].map(lambda a: " | ".join(a) if a is not None else "")
        hay = (
            table["name"].str.lower()
            + " | "
            + aliases.str.lower()
            + " | "
            + table["entity_id"].str.lower()
        )
        table = table[hay.str.contains(needle, regex=False, na=False)]
    table = table.sort_values(["n_mentions", "name"], ascending=[False, True], ignore_index=True)
    table["aliases"] = table["aliases"].map(lambda a: ", ".join(a) if a is not None else "")
    table["roles"] = table["roles"].map(lambda a: ", ".join(a) if a is not None else "")
    return table[["entity_id", "name", "type", "n_mentions", "n_articles", "aliases", "roles"]]


def mention_table(corpus: Corpus, ids: pd.Index, *, types: Sequence[str] = ()) -> pd.DataFrame:
    """Every mention in the filtered articles (of the given types): the mentions table with
    the entity's name and type and the article's source and publication day."""
    m = corpus.data.mentions
    if not _is_all(corpus, ids):
        m = m[m["article_id"].isin(ids)]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    if types:
        m = m[m["type"].isin(list(types))]
    arts = corpus.articles.set_index("article_id")[["source", "published"]]
    return m.join(arts, on="article_id").reset_index(drop=True)


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
    m = corpus.data.mentions
    m = m[m["entity_id"] == entity_id]
    if not _is_all(corpus, ids):
        m = m[m["article_id"].isin(ids)]
    return (
        m.groupby(["surface", "kind"])
        .size()
        .rename("n")
        .reset_index()
        .sort_values("n", ascending=False, ignore_index=True)
    )


def quotes(corpus: Corpus, ids: pd.Index, *, speaker_id: str | None = None) -> pd.DataFrame:
    """Quotations in the filtered articles (of one speaker if given): speaker_id, speaker,
    speaker_text, text, article_id, title, source, published."""
    q = corpus.data.quotes
    if speaker_id is not None:
        q = q[q["speaker_id"] == speaker_id]
    if not _is_all(corpus, ids):
        q = q[q["article_id"].isin(ids)]
    arts = corpus.articles.set_index("article_id")[["title", "source", "published"]]
    out = q.join(arts, on="article_id")
    out["speaker"] = out["speaker_id"].map(corpus.catalog["name"])
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
    return out[cols].reset_index(drop=True)


def entity_articles(corpus: Corpus, ids: pd.Index, entity_id: str) -> pd.DataFrame:
    """The filtered articles that mention the entity, with how often: article_id, published,
    source, title, n_mentions."""
    m = mentions_in(corpus, ids)
    n = m.loc[m["entity_id"] == entity_id, "article_id"].value_counts()
    arts = corpus.articles[corpus.articles["article_id"].isin(n.index)]
    table = arts.assign(n_mentions=arts["article_id"].map(n).astype("int64"))
    table = table.sort_values(
        ["n_mentions", "published"], ascending=[False, False], na_position="last"
    )
    return table[["article_id", "published", "source", "title", "n_mentions"]].reset_index(
        drop=True
    )


# -- one article ------------------------------------------------------------------------------


def article_mentions(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """The article's mentions (knowledge-base events included) with their entity's name
    and type, in reading order."""
    m = corpus.mentions.drop(columns=["type", "published"])
    m = m[m["article_id"] == article_id]
    m = m.join(corpus.catalog[["name", "type"]], on="entity_id")
    return m.sort_values(["start", "end"], ignore_index=True)


def article_events(corpus: Corpus, article_id: str) -> pd.DataFrame:
    ev = corpus.data.events
    ev = ev[ev["article_id"] == article_id]
    cols = [
        "name",
        "type",
        "entity_id",
        "trigger",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "evidence",
        "start",
        "end",
    ]
    return ev[cols].sort_values("start", ignore_index=True)


def article_quotes(corpus: Corpus, article_id: str) -> pd.DataFrame:
    q = corpus.data.quotes
    q = q[q["article_id"] == article_id]
    q = q.assign(speaker=q["speaker_id"].map(corpus.catalog["name"]))
    return q[["speaker", "speaker_text", "text", "speaker_id", "start", "end"]].sort_values(
        "start", ignore_index=True
    )


# -- co-occurrence ----------------------------------------------------------------------------


def n_units(corpus: Corpus, ids: pd.Index, level: str) -> int:
    """Sentences (or articles) in the filtered articles: the N of the association measures."""
    if level == "article":
        return len(ids)
    sents = corpus.data.sentences
    return len(sents) if _is_all(corpus, ids) else int(sents["article_id"].isin(ids).sum())


def _named(corpus: Corpus, frame: pd.DataFrame, *cols: str) -> pd.DataFrame:
    out = frame.copy()
    for col in cols:
        out[f"{col}_name"] = out[col].map(corpus.names)
        out[f"{col}_type"] = out[col].map(corpus.types)
    return out


def cooccurrence(
    corpus: Corpus,
    ids: pd.Index,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 2,
) -> pd.DataFrame:
    """Pairs of entities in the same sentence or article: source, target, counts, PMI,
    NPMI, and each side's name and type (cooccur.pair_table)."""
    pairs = cooccur.pair_table(
        corpus.mentions,
        n_units=n_units(corpus, ids, level),
        ids=None if _is_all(corpus, ids) else ids,
        level=level,
        types=types,
        min_count=min_count,
    )
    return _named(corpus, pairs, "source", "target")


def partners(
    corpus: Corpus,
    ids: pd.Index,
    entity_id: str,
    *,
    level: str = "sentence",
    types: Sequence[str] = (),
    min_count: int = 1,
) -> pd.DataFrame:
    """Who and what appears with one entity: partner, its name and type, counts, PMI, NPMI."""
    table = cooccur.partner_table(
        corpus.mentions,
        entity_id,
        n_units=n_units(corpus, ids, level),
        ids=None if _is_all(corpus, ids) else ids,
        level=level,
        types=types,
        min_count=min_count,
    )
    return _named(corpus, table, "partner")


def pair_sentences(
    corpus: Corpus,
    ids: pd.Index,
    source: str,
    target: str,
    *,
    level: str = "sentence",
    limit: int = 200,
) -> pd.DataFrame:
    """The sentences behind a pair (see cooccur.pair_units), with their articles."""
    units = cooccur.pair_units(
        corpus.mentions, source, target, ids=None if _is_all(corpus, ids) else ids, level=level
    )
    return sentences_for(corpus, units, limit=limit)


def timeline_table(
    kb: pd.DataFrame, volume: pd.DataFrame, series: pd.DataFrame, points: pd.DataFrame
) -> pd.DataFrame:
    """The timeline's four layers as one long table (its CSV): layer, date, date_end,
    entity_id, name, type, value (articles for marks and volume, mentions otherwise)."""
    cols = ["layer", "date", "date_end", "entity_id", "name", "type", "value"]
    frames = [
        pd.DataFrame(
            {
                "layer": "knowledge-base event",
                "date": kb["date_start"],
                "date_end": kb["date_end"],
                "entity_id": kb["entity_id"],
                "name": kb["name"],
                "type": kb["type"],
                "value": kb["n_articles"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "articles",
                "date": volume["period"],
                "date_end": None,
                "entity_id": None,
                "name": "articles published",
                "type": None,
                "value": volume["n_articles"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "entity mentions",
                "date": series["period"],
                "date_end": None,
                "entity_id": series["entity_id"],
                "name": series["name"],
                "type": series["type"],
                "value": series["n_mentions"],
            }
        ),
        pd.DataFrame(
            {
                "layer": "event mentions",
                "date": points["date_start"],
                "date_end": points["date_end"],
                "entity_id": points["entity_id"],
                "name": points["name"],
                "type": points["type"],
                "value": points["n_mentions"],
            }
        ),
    ]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)


def event_table(corpus: Corpus, ids: pd.Index) -> pd.DataFrame:
    """The event mentions of the filtered articles (the events table, with titles)."""
    ev = corpus.data.events
    if not _is_all(corpus, ids):
        ev = ev[ev["article_id"].isin(ids)]
    arts = corpus.articles.set_index("article_id")[["title", "source", "published"]]
    cols = [
        "event_id",
        "article_id",
        "entity_id",
        "name",
        "type",
        "trigger",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "place",
        "evidence",
    ]
    return ev[cols].join(arts, on="article_id").reset_index(drop=True)


def rank_partners(partners: pd.DataFrame, *, min_count: int = 2, top: int = 15) -> pd.DataFrame:
    """The strongest partners by NPMI among those seen at least `min_count` times (all
    when none is): the frame partners_bar draws (name, type, value, n_pair, …)."""
    kept = partners[partners["n_pair"] >= min_count]
    if kept.empty:
        kept = partners
    ranked = kept.sort_values(["npmi", "n_pair"], ascending=[False, False]).head(top)
    return (
        ranked.rename(columns={"partner_name": "name", "partner_type": "type"})
        .assign(value=ranked["npmi"])
        .reset_index(drop=True)
    )
