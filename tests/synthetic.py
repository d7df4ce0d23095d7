"""A small synthetic corpus in the data contract's tables, with events, quotes and the
event knowledge base filled in, for the dashboard's tests (independent of the extraction).

Articles are written in a light markup: `[NATO|org:nato]` is a mention of org:nato,
`{the downing of the Russian jet|event:su24-downing-2015|2015-11-24}` an event mention
(with its resolved date, or no date), `<<…>>|person:x` a quotation of person x. Each
list item is one sentence.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd

from lib import store

ENTITIES = {
    "org:nato": ("org", "NATO", None, ["NATO", "the alliance"], []),
    "country:RUS": ("country", "Russia", "RUS", ["Russia", "Moscow", "Kremlin"], []),
    "country:TUR": ("country", "Turkey", "TUR", ["Turkey", "Ankara"], []),
    "country:USA": ("country", "United States", "USA", ["US", "Washington"], []),
    "country:GBR": ("country", "United Kingdom", "GBR", ["UK", "London"], []),
    "person:jens-stoltenberg": (
        "person",
        "Jens Stoltenberg",
        None,
        ["Jens Stoltenberg", "Stoltenberg"],
        ["NATO Secretary General"],
    ),
    "person:vladimir-putin": (
        "person",
        "Vladimir Putin",
        "RUS",
        ["Vladimir Putin", "Putin"],
        ["Russian President"],
    ),
    "person:recep-tayyip-erdogan": (
        "person",
        "Recep Tayyip Erdogan",
        "TUR",
        ["Erdogan"],
        ["Turkish President"],
    ),
    "person:donald-trump": (
        "person",
        "Donald Trump",
        "USA",
        ["Donald Trump", "Trump"],
        ["US President"],
    ),
    "location:london": ("location", "London", "GBR", ["London"], []),
}

KB = [
    (
        "su24-downing-2015",
        "Downing of the Russian Su-24 by Turkey",
        "military incident",
        date(2015, 11, 24),
        date(2015, 11, 24),
        "Turkey–Syria border",
    ),
    (
        "nato-summit-warsaw-2016",
        "NATO Warsaw summit",
        "summit",
        date(2016, 7, 8),
        date(2016, 7, 9),
        "Warsaw, Poland",
    ),
    (
        "trump-putin-helsinki-2018",
        "Trump–Putin summit in Helsinki",
        "summit",
        date(2018, 7, 16),
        date(2018, 7, 16),
        "Helsinki, Finland",
    ),
    (
        "nato-leaders-meeting-london-2019",
        "NATO leaders' meeting in London",
        "summit",
        date(2019, 12, 3),
        date(2019, 12, 4),
        "London, United Kingdom",
    ),
    (
        "crimea-annexation-2014",
        "Annexation of Crimea by Russia",
        "conflict",
        date(2014, 2, 27),
        date(2014, 3, 18),
        "Crimea, Ukraine",
    ),
]

# (file, source, published, sentences)
ARTICLES = [
    (
        "a01.txt",
        "Sputnik",
        date(2015, 11, 25),
        [
            "[Turkey|country:TUR] shot down a [Russian|country:RUS] jet near the Syrian border.",
            "[Vladimir Putin|person:vladimir-putin] called {the downing of the Russian jet|event:su24-downing-2015|2015-11-24} a stab in the back.",
            "[NATO|org:nato] called for calm after [Erdogan|person:recep-tayyip-erdogan] defended the decision.",
        ],
    ),
    (
        "a02.txt",
        "Reuters",
        date(2015, 11, 26),
        [
            "[Jens Stoltenberg|person:jens-stoltenberg] said [NATO|org:nato] stands in solidarity with [Turkey|country:TUR].",
            "<<We stand in solidarity with Turkey>>|person:jens-stoltenberg, [Stoltenberg|person:jens-stoltenberg] told reporters.",
            "[Russia|country:RUS] and [Turkey|country:TUR] traded accusations over {the downing|event:su24-downing-2015|2015-11-24}.",
        ],
    ),
    (
        "a03.txt",
        "Sputnik",
        date(2016, 7, 10),
        [
            "[NATO|org:nato] leaders met at {the Warsaw summit|event:nato-summit-warsaw-2016|2016-07-08}.",
            "[Jens Stoltenberg|person:jens-stoltenberg] said the alliance seeks dialogue with [Russia|country:RUS].",
            "<<NATO poses no threat to Russia>>|person:jens-stoltenberg, he said.",
        ],
    ),
    (
        "a04.txt",
        "RT",
        date(2016, 7, 12),
        [
            "[Moscow|country:RUS] criticised [NATO|org:nato] over {the Warsaw summit|event:nato-summit-warsaw-2016|2016-07-08}.",
            "[Vladimir Putin|person:vladimir-putin] said dialogue with [NATO|org:nato] is possible.",
        ],
    ),
    (
        "a05.txt",
        "Reuters",
        date(2018, 7, 17),
        [
            "[Donald Trump|person:donald-trump] met [Vladimir Putin|person:vladimir-putin] at {the Helsinki summit|event:trump-putin-helsinki-2018|2018-07-16}.",
            "[Trump|person:donald-trump] praised [Putin|person:vladimir-putin] and criticised [NATO|org:nato] allies.",
            "<<Our relationship has never been worse>>|person:donald-trump, [Trump|person:donald-trump] wrote before the meeting.",
        ],
    ),
    (
        "a06.txt",
        "Sputnik",
        date(2018, 7, 18),
        [
            "[Putin|person:vladimir-putin] and [Trump|person:donald-trump] discussed arms control in Helsinki.",
            "[Russia|country:RUS] and the [US|country:USA] agreed to continue the dialogue.",
        ],
    ),
    (
        "a07.txt",
        "Reuters",
        date(2019, 12, 4),
        [
            "[NATO|org:nato] leaders gathered in [London|location:london] for {the London meeting|event:nato-leaders-meeting-london-2019|2019-12-03}.",
            "[Jens Stoltenberg|person:jens-stoltenberg] said [Russia|country:RUS] remains a challenge.",
            "[Donald Trump|person:donald-trump] and [Erdogan|person:recep-tayyip-erdogan] met on the sidelines.",
        ],
    ),
    (
        "a08.txt",
        "RT",
        date(2019, 12, 5),
        [
            "[Moscow|country:RUS] dismissed {the London meeting|event:nato-leaders-meeting-london-2019|2019-12-03} as a show.",
            "[Vladimir Putin|person:vladimir-putin] said [NATO|org:nato] is a relic of the Cold War.",
            "<<NATO is a relic>>|person:vladimir-putin, [Putin|person:vladimir-putin] said.",
        ],
    ),
    (
        "a09.txt",
        "Sputnik",
        None,
        [
            "[Stoltenberg|person:jens-stoltenberg] and [Putin|person:vladimir-putin] spoke of dialogue after {talks|None|}.",
            "[Russia|country:RUS] welcomed {the annexation of Crimea|event:crimea-annexation-2014|2014-03-18} anniversary.",
        ],
    ),
    (
        "a10.txt",
        "Reuters",
        date(2017, 3, 1),
        [
            "An article about <script>alert(1)</script> and <img src=x onerror=alert(1)> in [NATO|org:nato] networks.",
            "[Russia|country:RUS] denied any involvement.",
        ],
    ),
]

_TOKEN = re.compile(
    r"\[([^\]|]+)\|([^\]]+)\]|\{([^}|]+)\|([^}|]+)\|([^}]*)\}|<<(.+?)>>\|(person:[a-z-]+)"
)


def _parse(sentences: list[str]):
    """Text, sentences, mentions, events, quotes of one article from the markup."""
    text = ""
    sents, ments, events, quotes = [], [], [], []
    for sid, raw in enumerate(sentences):
        if text:
            text += " "
        start = len(text)
        pos = 0
        for m in _TOKEN.finditer(raw):
            text += raw[pos : m.start()]
            a = len(text)
            if m.group(1):
                surface, entity = m.group(1), m.group(2)
                text += surface
                ments.append((entity, sid, a, len(text), surface))
            elif m.group(3):
                phrase, entity, day = m.group(3), m.group(4), m.group(5)
                text += phrase
                events.append(
                    (
                        None if entity == "None" else entity,
                        sid,
                        a,
                        len(text),
                        phrase,
                        date.fromisoformat(day) if day else None,
                    )
                )
            else:
                quote, speaker = m.group(6), m.group(7)
                text += f'"{quote}"'
                quotes.append((speaker, quote, sid, a + 1, a + 1 + len(quote)))
            pos = m.end()
        text += raw[pos:]
        sents.append((sid, start, len(text)))
    return text, sents, ments, events, quotes


def make_dataset(
    articles: list | None = None, *, entities: dict = ENTITIES, kb: list = KB
) -> store.Dataset:
    """The tables of `articles` (file, source, published, sentences in the markup above;
    ARTICLES by default, tests/search_corpus.py and tests/hostile.py have others), with
    `entities` (id -> type, name, code, aliases, roles) and the knowledge base `kb`."""
    articles = articles or ARTICLES
    kb_types = {"event:" + k[0]: k for k in kb}
    rows = {name: [] for name in ("articles", "sentences", "mentions", "events", "quotes")}
    for i, (file, source, published, sentences) in enumerate(articles):
        aid = f"{i + 1:016x}"
        text, sents, ments, events, quotes = _parse(sentences)
        title = f"Story {i + 1}: " + text[sents[0][1] : sents[0][2]][:70]
        rows["articles"].append(
            {
                "article_id": aid,
                "path": f"synthetic/{file}",
                "row": None,
                "format": "txt",
                "language": "en",
                "source": source,
                "source_basis": "metadata",
                "title": title,
                "lede": None,
                "published": published,
                "published_basis": "metadata" if published else "unknown",
                "published_text": str(published) if published else None,
                "page_clock": None,
                "dateline": None,
                "url": None,
                "n_words": len(text.split()),
                "text": text,
                "sections": [{"section": "body", "start": 0, "end": len(text)}],
                "extra": [],
            }
        )
        for sid, a, b in sents:
            rows["sentences"].append(
                {"article_id": aid, "sentence_id": sid, "start": a, "end": b, "section": "body"}
            )
        for entity, sid, a, b, surface in ments:
            rows["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": entity,
                    "sentence_id": sid,
                    "start": a,
                    "end": b,
                    "surface": surface,
                    "kind": "name",
                    "section": "body",
                    "label": "X",
                    "role": None,
                }
            )
        for n, (entity, sid, a, b, phrase, day) in enumerate(events):
            known = kb_types.get(entity or "")
            rows["events"].append(
                {
                    "event_id": f"{aid}:{n}",
                    "article_id": aid,
                    "entity_id": entity,
                    "name": known[1] if known else phrase,
                    "type": known[2] if known else "meeting",
                    "trigger": phrase.split()[-1],
                    "date_start": day,
                    "date_end": day,
                    "date_precision": "day" if day else None,
                    "date_text": phrase if day else None,
                    "place": None,
                    "participants": [],
                    "sentence_id": sid,
                    "start": a,
                    "end": b,
                    "evidence": "synthetic",
                }
            )
        for speaker, quote, sid, a, b in quotes:
            rows["quotes"].append(
                {
                    "article_id": aid,
                    "speaker_id": speaker,
                    "speaker_text": speaker.split("-")[-1].title(),
                    "text": quote,
                    "sentence_id": sid,
                    "start": a,
                    "end": b,
                }
            )
    mentions = pd.DataFrame(rows["mentions"])
    counts = mentions.groupby("entity_id").agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    entity_table = pd.DataFrame(
        [
            {
                "entity_id": eid,
                "type": t,
                "name": name,
                "code": code,
                "aliases": aliases,
                "roles": roles,
                "org_kind": None,
                "in_gazetteer": True,
                "n_mentions": int(counts.loc[eid, "n_mentions"]) if eid in counts.index else 0,
                "n_articles": int(counts.loc[eid, "n_articles"]) if eid in counts.index else 0,
            }
            for eid, (t, name, code, aliases, roles) in entities.items()
        ]
    )
    kb_events = pd.DataFrame(
        [
            {
                "entity_id": f"event:{k}",
                "name": name,
                "type": t,
                "date_start": a,
                "date_end": b,
                "place": place,
                "participants": [],
                "reference": name,
            }
            for k, name, t, a, b, place in kb
        ]
    )
    frames = {
        "articles": pd.DataFrame(rows["articles"]),
        "sentences": pd.DataFrame(rows["sentences"]),
        "entities": entity_table,
        "mentions": mentions,
        "events": pd.DataFrame(rows["events"]),
        "quotes": pd.DataFrame(rows["quotes"]),
        "kb_events": kb_events,
    }
    for name, frame in frames.items():  # columns added to the contract later: null here
        for column in store.SCHEMAS[name].names:
            if column not in frame.columns:
                frame[column] = None
    typed = {name: store.to_arrow(name, frame).to_pandas() for name, frame in frames.items()}
    return store.Dataset(**typed, manifest={"corpus": ["synthetic"]}, problems=[])


def write_dataset(out_dir: Path) -> Path:
    store.write_dataset(make_dataset(), out_dir)
    return out_dir


def article_id(file: str) -> str:
    return f"{[a[0] for a in ARTICLES].index(file) + 1:016x}"
