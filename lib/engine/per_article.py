"""One article's processed blocks -> its mentions, events, quotes and inferred date.

The order matters: people and places first (lib.engine.article_links), then events, which need the
entities of each sentence and settle the publication date, then quotes, which need the
people. Pure: no I/O, no spaCy loading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lib.engine import event_candidates, events, page_dates, quotes
from lib.engine.article_links import link_article
from lib.engine.blocks import Block, sentence_index
from lib.engine.eventkb import KBEvent
from lib.engine.gazetteer import Gazetteer
from lib.engine.mentions import Mention
from lib.engine.pubdate import InferredDate, clock_constraint, infer_publication
from lib.engine.region_adjectives import without_union_people
from lib.engine.state_descriptions import possessed_ministries
from lib.engine.timexp import Anchor
from lib.engine.title_years import title_year


@dataclass
class ArticleAnalysis:
    mentions: list[Mention]
    events: list[events.EventMention]
    quotes: list[quotes.Quote]
    inferred: InferredDate | None  # set only when the article had no stated date


def event_mentions_as_entities(found: Sequence[events.EventMention], section_of) -> list[Mention]:
    """Linked KB events as entity mentions, so co-occurrence and filters treat them alike."""
    return [
        Mention(
            start=e.start,
            end=e.end,
            surface=e.trigger,
            sentence_id=e.sentence_id,
            section=section_of(e.start),
            entity_id=e.entity_id,
            type="event",
            kind="name" if e.evidence.startswith("alias") else "pattern",
            name=e.name,
            label="EVENT",
        )
        for e in found
        if e.entity_id
    ]


def analyse_article(
    blocks: Sequence[Block],
    *,
    text: str,
    sections: Sequence[tuple[str, int, int]],
    published: date | None,
    page_clock: str | None,
    gaz: Gazetteer,
    kb: Sequence[KBEvent],
    title_line: str | None = None,
) -> ArticleAnalysis:
    mentions = without_union_people(link_article(blocks, gaz=gaz, published=published), gaz)
    mentions = possessed_ministries(blocks, mentions, gaz)  # "its defence ministry"
    candidates = event_candidates.find_candidates(blocks, mentions, kb, text=text)
    inferred = None
    if published is not None:
        anchor = Anchor.day(published)
    else:
        candidates = events.on_their_weekdays(candidates)
        constraints = [
            *events.constraints_from(candidates),
            *page_dates.dated_clauses(blocks),
            *page_dates.alliance_size(blocks),
            *page_dates.headline_event(blocks, candidates),
            *title_year(title_line, max((e.end.year for e in kb), default=date.today().year)),
        ]
        if clock := clock_constraint(page_clock):
            constraints.append(clock)
        inferred = infer_publication(constraints)
        anchor = Anchor(inferred.earliest, inferred.latest) if inferred else Anchor(None, None)
    found = events.settle(candidates, anchor)
    mentions = events.named_events_not_entities(mentions, found, kb)

    def section_of(offset: int) -> str:
        return next((s for s, a, b in sections if a <= offset < b), "body")

    sentences = sorted(
        {
            (b.first_sentence_id + i, b.offset + start, b.offset + end)
            for b in blocks
            for i, (start, end) in enumerate(sentence_index(b.doc).chars)
        }
    )
    said = quotes.find_quotes(text, sections, sentences, mentions)
    all_mentions = sorted(
        mentions + event_mentions_as_entities(found, section_of), key=lambda m: (m.start, m.end)
    )
    return ArticleAnalysis(all_mentions, found, said, inferred)
