"""The Timeline's questions: the knowledge-base events in a range, the events found in the
articles by their resolved dates, and the articles that speak of an event.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from lib.queries import eventcounts, rowgroups
from lib.queries.categorical import category_codes
from lib.queries.corpus import Corpus, article_columns, is_all, rows_in
from lib.queries.overview import top_entities
from lib.queries.periods import in_days, overlaps, period_start, spans
from lib.queries.sentences import with_sentences

TIMELINE_DEFAULT = (date(2015, 11, 24), date(2019, 12, 4))  # Su-24 downing .. London meeting
SPAN_QUANTILES = (0.005, 0.995)  # a corpus's span: a stray date (a "2050" typo) does not count


def corpus_span(corpus: Corpus) -> tuple[date, date] | None:
    """The days the corpus's dated articles cover, a stray date or two at either end left
    out; None when no article has a known publication day."""
    days = corpus.published.dropna().to_numpy()
    if len(days) == 0:
        return None
    low, high = np.quantile(days.astype("datetime64[D]").astype(np.int64), SPAN_QUANTILES,
                            method="inverted_cdf")  # fmt: skip
    return (
        pd.Timestamp(np.datetime64(int(low), "D")).date(),
        pd.Timestamp(np.datetime64(int(high), "D")).date(),
    )


def covers(span: tuple[date, date], share_inside: float, window: tuple[date, date]) -> bool:
    """Whether a corpus covers the window: its span holds the window, or most of its
    dated articles lie in it."""
    return (span[0] <= window[0] and span[1] >= window[1]) or share_inside >= 0.5


def timeline_window(
    corpus: Corpus, *, window: tuple[date, date] = TIMELINE_DEFAULT
) -> tuple[date, date]:
    """The Timeline's range when no date filter is set: the Su-24 → London window when the
    corpus covers it (or has no dates), else the corpus's own span (a corpus of 2022 opens
    on 2022, not on an empty chart)."""

    def compute() -> tuple[date, date]:
        span = corpus_span(corpus)
        if span is None:
            return window
        days = corpus.published.dropna()
        inside = float(days.between(pd.Timestamp(window[0]), pd.Timestamp(window[1])).mean())
        return window if covers(span, inside, window) else span

    return corpus.derived(f"timeline-window-{window}", compute)


def kb_marks(
    corpus: Corpus, ids: pd.Index, *, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Knowledge-base events overlapping the range, with how many of the articles speak of
    each: entity_id, name, type, date_start, date_end, place, n_articles."""
    kb = corpus.data.kb_events.copy()
    first, last = spans(kb["date_start"], kb["date_end"])
    mask = overlaps(first, last, start, end)
    kb = kb[mask].assign(date_start=first[mask], date_end=last[mask])
    ev = corpus.data.events
    rows = rows_in(corpus, "events", ids) & ev["entity_id"].notna().to_numpy()
    linked = pd.DataFrame(
        {
            "entity": category_codes(ev["entity_id"])[rows],
            "article": corpus.article_codes("events")[rows],
        }
    ).drop_duplicates()
    counts = np.bincount(linked["entity"], minlength=len(ev["entity_id"].cat.categories))
    n = pd.Series(counts, index=ev["entity_id"].cat.categories.astype(object))
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
    cols = ["entity_id", "name", "type", "date_start", "date_end", "n_mentions", "n_articles"]
    first, _ = corpus.event_dates
    art = corpus.article_codes("events")
    mask = corpus.article_mask(ids)[art] & in_days(first.to_numpy(), start, end)
    if not mask.any():
        return pd.DataFrame(columns=cols)
    groups = corpus.derived(f"event-groups-{freq}", lambda: event_groups(corpus, freq))
    found, n_mentions, n_articles = eventcounts.count(groups, mask)
    grouped = pd.DataFrame(
        {
            "key": groups.keys[found],
            "date_start": groups.starts[found],
            "date_end": groups.ends[found],
            "n_mentions": n_mentions,
            "n_articles": n_articles,
        }
    )
    key = grouped["key"].to_numpy()
    is_kb = key >= 0
    entity_ids = ev["entity_id"].cat.categories.to_numpy(dtype=object)
    type_names = np.append(ev["type"].cat.categories.to_numpy(dtype=object), "event")
    kb_kind = dict(
        zip(corpus.data.kb_events["entity_id"], corpus.data.kb_events["type"], strict=True)
    )
    grouped["entity_id"] = np.where(is_kb, entity_ids[np.where(is_kb, key, 0)], None)
    other_type = type_names[np.where(is_kb, 0, -2 - key)]  # -1 (no type) picks "event"
    names = corpus.entity_values(grouped["entity_id"], "name")
    grouped["name"] = np.where(is_kb, names, other_type + " (not in the knowledge base)")
    grouped["type"] = np.where(is_kb, grouped["entity_id"].map(kb_kind), other_type)
    return grouped[cols].sort_values(["date_start", "name"], ignore_index=True)


def event_groups(corpus: Corpus, freq: str | None) -> eventcounts.EventGroups:
    """The event mentions grouped as event_mentions shows them: one key per KB event, and
    one per type of the other events (-1: no type), whose days are made the first of their
    period when `freq` is given."""
    ev = corpus.data.events
    first, last = corpus.event_dates
    entity = category_codes(ev["entity_id"])
    linked = entity >= 0
    key = np.where(linked, entity, -2 - category_codes(ev["type"])).astype(np.int64)
    start, end = first.to_numpy().copy(), last.to_numpy().copy()
    if freq and (~linked).any():
        # the period of each distinct day (a few thousand), not of each mention (a million)
        codes, days = pd.factorize(start[~linked])
        periods = period_start(pd.Series(days), freq).to_numpy().astype(start.dtype)
        day = np.full(len(codes), np.datetime64("NaT"), dtype=start.dtype)
        day[codes >= 0] = periods[codes[codes >= 0]]
        start[~linked] = day
        end[~linked] = day
    return eventcounts.group_events(key, start, end, corpus.article_codes("events"))


def top_events(corpus: Corpus, ids: pd.Index, *, top: int = 10) -> pd.DataFrame:
    """The knowledge-base events most spoken of: same columns as `top_entities`."""
    return top_entities(corpus, ids, entity_type="event", top=top)


def event_articles(
    corpus: Corpus, ids: pd.Index, entity_id: str, *, limit: int = 1000
) -> pd.DataFrame:
    """The articles that speak of one event, with the evidence sentence: article_id, title,
    source, published, sentence, date_text."""
    ev = corpus.data.events
    event = ev["entity_id"]
    known = event.cat.categories.get_indexer([entity_id])
    rows = rowgroups.rows_with(category_codes(event), known[known >= 0])  # its rows only
    if not is_all(corpus, ids):
        rows = rows[corpus.article_mask(ids)[corpus.article_codes("events")[rows]]]
    ev = ev[["article_id", "sentence_id", "date_text"]].iloc[rows]
    ev = ev.drop_duplicates("article_id").head(limit)
    return with_sentences(corpus, ev.astype({"article_id": object, "date_text": object}))


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


def n_event_mentions(corpus: Corpus, ids: pd.Index) -> int:
    """The number of rows event_table has."""
    return int(rows_in(corpus, "events", ids).sum())


def event_table(corpus: Corpus, ids: pd.Index, *, limit: int | None = None) -> pd.DataFrame:
    """The event mentions of the filtered articles (the events table, with titles); the
    first `limit` only if given (a page shows a thousand of hundreds of thousands)."""
    rows = np.flatnonzero(rows_in(corpus, "events", ids))[:limit]
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
    ev = corpus.data.events[cols].iloc[rows].reset_index(drop=True)
    meta = article_columns(corpus, "events", rows, ["title", "source", "published"])
    return pd.concat([ev, meta], axis=1)
