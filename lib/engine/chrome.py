"""The corpus-level chrome step: after NLP, over the per-article records of the whole corpus,
take out what is outlet chrome rather than coverage, and keep it apart.

- repeated text (lib.engine.repeats): mentions, quotes and events in sentences that recur
  word for word across many articles of one source, under different headlines;
- an outlet naming itself (lib.engine.own_outlet): mentions of the article's own outlet.

Nothing is lost: every record taken out is a row of the `dropped` table, with the reason and
its evidence. The per-article records (and the cache behind them) are not changed, so adding
articles re-decides what repeats without running NLP again on the articles already done.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib import store
from lib.engine import own_outlet, repeats
from lib.engine.gazetteer import Gazetteer

REPEATED = "repeated text"
OWN_OUTLET = "own outlet"


def merged_spans(chrome: pd.DataFrame) -> pd.DataFrame:
    """Runs of consecutive chrome sentences of an article as one span (a quotation may run
    over two of them): article_id, start, end, evidence."""
    if chrome.empty:
        return pd.DataFrame(columns=["article_id", "start", "end", "evidence"])
    chrome = chrome.sort_values(["article_id", "sentence_id"])
    same = (chrome["article_id"] == chrome["article_id"].shift()) & (
        chrome["sentence_id"] - chrome["sentence_id"].shift() == 1
    )
    run = (~same).cumsum()
    return (
        chrome.assign(run=run.to_numpy())
        .groupby("run", sort=False)
        .agg(
            article_id=("article_id", "first"),
            start=("start", "min"),
            end=("end", "max"),
            evidence=("evidence", "first"),
        )
        .reset_index(drop=True)
    )


def _dropped_rows(
    frame: pd.DataFrame, table: str, *, entity: str, surface: str, reason: str, evidence
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": frame["article_id"].to_numpy(),
            "table": table,
            "entity_id": frame[entity].to_numpy(),
            "surface": frame[surface].to_numpy(),
            "sentence_id": frame["sentence_id"].to_numpy(),
            "start": frame["start"].to_numpy(),
            "end": frame["end"].to_numpy(),
            "reason": reason,
            "evidence": np.asarray(evidence, dtype=object),
        },
        columns=store.SCHEMAS["dropped"].names,
    )


def drop_chrome(
    parts: dict[str, pd.DataFrame],
    *,
    gaz: Gazetteer,
    rule: repeats.RepeatRule = repeats.DEFAULT_RULE,
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The per-article records less repeated text and own-outlet mentions, and the records
    taken out (the `dropped` table)."""
    articles, mentions = parts["articles"], parts["mentions"]
    spans = repeats.repeated_spans(articles, rule)
    chrome = repeats.chrome_sentences(spans, parts["sentences"])
    chrome = chrome.assign(
        evidence=[
            f"in {n} articles of {s}" if isinstance(s, str) else f"in {n} articles"
            for n, s in zip(chrome["n_articles"], chrome["source"], strict=True)
        ]
    )
    dropped, out = [], dict(parts)

    # mentions: in a chrome sentence, else naming the article's own outlet
    key = ["article_id", "sentence_id"]
    located = mentions[key].merge(chrome[[*key, "evidence"]], on=key, how="left")
    repeated = located["evidence"].notna().to_numpy()
    outlet = own_outlet.own_outlet_mentions(articles, mentions, gaz=gaz).to_numpy()
    own = ~repeated & pd.notna(outlet)
    dropped.append(
        _dropped_rows(
            mentions[repeated],
            "mentions",
            entity="entity_id",
            surface="surface",
            reason=REPEATED,
            evidence=located["evidence"].to_numpy()[repeated],
        )
    )
    dropped.append(
        _dropped_rows(
            mentions[own],
            "mentions",
            entity="entity_id",
            surface="surface",
            reason=OWN_OUTLET,
            evidence=[f"the article's outlet: {o}" for o in outlet[own]],
        )
    )
    out["mentions"] = mentions[~(repeated | own)]

    # quotes and events: wholly inside a run of chrome sentences
    runs = merged_spans(chrome)
    for table, entity, surface in (
        ("quotes", "speaker_id", "text"),
        ("events", "entity_id", "trigger"),
    ):
        frame = parts[table]
        where = repeats.inside_spans(frame, runs).to_numpy()
        inside = where >= 0
        dropped.append(
            _dropped_rows(
                frame[inside],
                table,
                entity=entity,
                surface=surface,
                reason=REPEATED,
                evidence=runs["evidence"].to_numpy()[where[inside]],
            )
        )
        out[table] = frame[~inside]
    frames = [d for d in dropped if len(d)]
    table = (
        pd.concat(frames, ignore_index=True) if frames else store.empty_table("dropped")
    ).sort_values(["article_id", "start", "table"], kind="stable", ignore_index=True)
    return out, table


def summary(dropped: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Records dropped, by reason and table: for the run's manifest."""
    counts = dropped.groupby(["reason", "table"]).size()
    return {
        reason: {table: int(n) for (r, table), n in counts.items() if r == reason}
        for reason in sorted(set(counts.index.get_level_values(0)))
    }
