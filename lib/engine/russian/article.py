"""One Russian article through the engine: its page cleaned into the English side's
`CleanedArticle`, its date, and its extraction in the shape of the per-article records
(lib.engine.per_article.ArticleAnalysis), so that lib.engine.per_chunk writes the same
tables for both languages.

A Russian article with no stated date is dated the way an English one is
(lib.engine.pubdate): the knowledge-base events it speaks of as past and the dates it gives
with their year in a sentence told as done (lib.engine.russian.page_dates) give the earliest
day, "в прошлом году" with a dated event the year, the page clock the latest day; an
agency dateline without a year ("ЛОНДОН, 4 дек — РИА Новости.") then gives the day when
exactly one such day lies in that range.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from lib.engine import clean, eventkb
from lib.engine.events import published_in_year
from lib.engine.per_article import ArticleAnalysis, event_mentions_as_entities
from lib.engine.pubdate import Constraint, InferredDate, infer_publication
from lib.engine.russian.clean import clean_page
from lib.engine.russian.dates import find_dates, month_number
from lib.engine.russian.events import FUTURE, KBEvent, link_events, load_events
from lib.engine.russian.gazetteer import RussianGazetteer, load_gazetteer
from lib.engine.russian.link import Sentence
from lib.engine.russian.page_dates import dated_clauses
from lib.engine.russian.pipeline import Reading, complete, read
from lib.engine.undated_window import field_span, window

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LAST_YEAR = re.compile(r"(?:прошлом|минувшем|прошедшем)\s+году", re.IGNORECASE)
_CLOCK_DAY = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d{2})\b")
_DAY_MONTH = re.compile(r"(?P<d>[0-3]?\d)\s+(?P<m>[а-яё]+\.?)", re.IGNORECASE)


def clean_article(raw: str, *, title: str | None = None) -> clean.CleanedArticle:
    """A Russian page as lib.engine.clean.CleanedArticle: title, lede and body blocks, the
    dateline (place, date as written, outlet), the page clock and the dropped chrome.
    A title given by metadata heads the article; the page's first block then is its lede
    unless it repeats that title."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    page = clean_page(_ZERO_WIDTH.sub("", text))
    blocks = [clean.Block(section, page.text[s:e]) for section, s, e in page.sections]
    given = " ".join(title.split()) if title and title.strip() else None
    if given:
        if blocks and blocks[0].text == given:
            blocks = blocks[1:]
        sections = ["lede"] + ["body"] * max(len(blocks) - 1, 0)
        blocks = [
            clean.Block("title", given),
            *(clean.Block(s, b.text) for s, b in zip(sections, blocks, strict=True)),
        ]
    dateline = page.dateline
    return clean.CleanedArticle(
        blocks=blocks,
        title=blocks[0].text if blocks and blocks[0].section == "title" else None,
        dateline=dateline.text.rstrip(" .") if dateline else None,
        dateline_place=dateline.place if dateline else None,
        dateline_date=dateline.date_text if dateline else None,
        agency=dateline.outlet if dateline else None,
        page_clock=page.page_clock,
        removed=[clean.RemovedLine(0, line, kind) for kind, line in page.dropped],
    )


def dateline_day(text: str | None) -> date | None:
    """The day of a dateline that writes its year ("3 декабря 2019"); None without one."""
    if not text:
        return None
    return next((d.date_start for d in find_dates(text) if d.precision == "day"), None)


def clock_constraint(page_clock: str | None) -> Constraint | None:
    """A Russian page clock ("12:37 04.12.2019", day first) is when the page was shown: the
    article is no later."""
    m = _CLOCK_DAY.search(page_clock or "")
    if not m:
        return None
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Constraint(None, day, f"page clock '{page_clock}': shown on {day}", strength=1)


def _event_constraints(reading: Reading, events: Sequence[KBEvent]) -> list[Constraint]:
    """What the knowledge-base events of an undated article say about its date."""
    by_id = {e.entity_id: e for e in events}
    sentences = {s.sentence_id: s for s in reading.sentences}
    found = []
    text, sections = reading.text, reading.sections
    undated = [d for _, s, e in sections for d in find_dates(text, None, s, e)]
    for e in link_events(reading.sentences, undated, reading.mentions, text, None, events):
        event = by_id.get(e.entity_id)
        if event is None:
            continue
        sentence = sentences[e.sentence_id]
        said = f"'{e.trigger}'" + (f" ({e.date_text})" if e.date_text else "")
        if e.date_text and _LAST_YEAR.search(e.date_text) and event.start.year == event.end.year:
            found.append(published_in_year(said, event, event.start.year + 1))
        elif not FUTURE.search(reading.text[sentence.start : sentence.end]):
            found.append(
                Constraint(
                    event.start,
                    None,
                    f"{said} is {event.name} of {event.start}, spoken of as past",
                    strength=2,
                )
            )
    return found


def infer_date(
    reading: Reading,
    *,
    page_clock: str | None,
    dateline_date: str | None,
    gaz: RussianGazetteer,
    events: Sequence[KBEvent],
) -> InferredDate | None:
    """The range an undated Russian article was published in, narrowed to a day by its
    dateline's day and month when exactly one such day lies in the range."""
    constraints = _event_constraints(reading, events) + dated_clauses(
        reading.text, reading.sentences
    )
    if clock := clock_constraint(page_clock):
        constraints.append(clock)
    inferred = infer_publication(constraints)
    m = _DAY_MONTH.fullmatch((dateline_date or "").strip())
    if inferred is None or inferred.day or not m or not (inferred.earliest and inferred.latest):
        return inferred
    month = month_number(m["m"])
    days = []
    for year in range(inferred.earliest.year, inferred.latest.year + 1):
        try:
            day = date(year, month, int(m["d"])) if month else None
        except ValueError:
            day = None
        if day is not None and inferred.earliest <= day <= inferred.latest:
            days.append(day)
    if len(days) != 1:
        return inferred
    why = f"dateline '{dateline_date}' falls on {days[0]} in {inferred.earliest}…{inferred.latest}"
    return InferredDate(days[0], days[0], (*inferred.evidence, why))


def analyse_article(
    text: str,
    sections: Sequence[tuple[str, int, int]],
    *,
    published: date | None,
    page_clock: str | None,
    dateline_date: str | None,
    gazetteer_dir: Path,
    kb: Sequence[eventkb.KBEvent],
) -> tuple[list[Sentence], ArticleAnalysis]:
    """One cleaned Russian article -> its sentences and its mentions (knowledge-base events
    among them, as on the English side), events, quotes and inferred date."""
    gaz = load_gazetteer(Path(gazetteer_dir))
    events = load_events(tuple(kb))
    reading = read(text, sections, gaz)
    inferred = None
    if published is None:
        inferred = infer_date(
            reading, page_clock=page_clock, dateline_date=dateline_date, gaz=gaz, events=events
        )
    day = published or (inferred.day if inferred else None)
    # an undated page's events are read against the range its text dates it to
    bounds = (inferred.earliest, inferred.latest) if inferred and day is None else (None, None)
    result = complete(reading, day, gaz, events, bounds=bounds)
    by_id = {e.entity_id: e for e in events}
    if day is None and reading.roles:
        # undated: its offices are held by their holders of the day of the latest event it
        # tells (news is written in its events' days: the Turkish premier the day the Su-24 was
        # shot down is Davutoglu, though his successor took office within the year), else of
        # the earliest day its text allows; with no evidence, of the field's time (never today's)
        told = [by_id[e.entity_id].start for e in result.events if e.entity_id in by_id]
        bound = max(told) if told else (inferred.earliest or inferred.latest if inferred else None)
        days = window(bound, bound) if bound else field_span(events)
        result = complete(reading, day, gaz, events, undated_window=days, bounds=bounds)

    def section_of(offset: int) -> str:
        return next((s for s, a, b in sections if a <= offset < b), "body")

    # A linked event's row carries the knowledge base's dates, as on the English side
    # (lib.engine.events.settle); the date expression stays in date_text.
    found = [
        replace(
            e,
            place=_place_in(e, result.mentions),
            date_start=by_id[e.entity_id].start,
            date_end=by_id[e.entity_id].end,
            date_precision="day",
        )
        if e.entity_id in by_id
        else replace(e, place=_place_in(e, result.mentions))
        for e in result.events
    ]
    mentions = sorted(
        [*result.mentions, *event_mentions_as_entities(found, section_of)],
        key=lambda m: (m.start, m.end),
    )
    return result.sentences, ArticleAnalysis(mentions, found, result.quotes, inferred)


def _place_in(event, mentions) -> str | None:
    """The place an event's own words name ("саммит НАТО в Лондоне": location:london)."""
    return next(
        (
            m.entity_id
            for m in mentions
            if m.type == "location" and event.start <= m.start and m.end <= event.end
        ),
        None,
    )
