"""Knowledge-base events in Russian text ("уничтожение Су-24", "саммит НАТО в Лондоне",
"заседание Совета Россия — НАТО", "присоединение Крыма"), with their dates checked.

The events, their names, types and dates are data/events/kb.csv's; their Russian aliases
and patterns are data/events/kb_ru.csv's, in the same syntax (`|` between aliases, a
pattern's terms joined by ` + `, alternatives by `/`), matched on lemma sequences so that
any case fits ("об уничтожении Су-24", "на саммите НАТО в Лондоне").

A candidate is linked when the dates agree: an event that starts after the publication
day is not spoken of as past; a date expression in the same sentence must overlap the
event; where one phrase fits several events (the NATO–Russia Council meetings share a
pattern) the sentence's date, else the publication day (the meeting of that week), picks
one, or nothing is linked.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from lib.engine import eventkb
from lib.engine.eventkb import EVENTS_DIR
from lib.engine.russian.dates import DateMention
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.text import phrase_key

RUSSIAN_KB = EVENTS_DIR / "kb_ru.csv"
FUTURE = re.compile(
    r"\b(?:пройд[её]т|состоится|состоятся|состояться|будет|будут|предстоящ\w*|намечен\w*|"
    r"планиру\w*|запланирован\w*|накануне саммита)\b",
    re.IGNORECASE,
)
RECENT_DAYS = 7  # a pattern with no date of its own: an event of the week before publication
NEXT_DAYS = 45  # spoken of as to come, with no date: the first such event after publication
# A date right after a verb of saying dates the saying, not the event ("заявил 20 марта, что
# учения «Запад-2017» будут…").
SPEECH = re.compile(
    r"\b(?:заяви\w*|сообщи\w*|сказа\w*|отмети\w*|подчеркну\w*|рассказа\w*|объяви\w*|"
    r"напомни\w*|добави\w*|поясни\w*|призва\w*|написа\w*)\s*,?\s*$",
    re.IGNORECASE,
)

Key = tuple[str, ...]


@dataclass(frozen=True)
class KBEvent:
    event_id: str
    name: str
    type: str
    start: date
    end: date
    aliases: tuple[Key, ...]
    patterns: tuple[tuple[tuple[Key, ...], ...], ...]  # terms, each a tuple of alternatives

    @property
    def entity_id(self) -> str:
        return f"event:{self.event_id}"


@dataclass(frozen=True)
class EventMention:
    """One row of the events table (docs/data.md), less the ids the pipeline gives."""

    sentence_id: int
    start: int
    end: int
    entity_id: str | None
    name: str
    type: str
    trigger: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_text: str | None
    place: str | None
    participants: tuple[str, ...]
    evidence: str


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def parse_pattern(text: str) -> tuple[tuple[Key, ...], ...]:
    return tuple(
        tuple(phrase_key(alt) for alt in term.split("/") if alt.strip())
        for term in text.split(" + ")
        if term.strip()
    )


@cache
def load_events(
    kb: tuple[eventkb.KBEvent, ...] | None = None, russian: Path = RUSSIAN_KB
) -> tuple[KBEvent, ...]:
    """The knowledge base's events (lib.engine.eventkb: kb.csv and the run's own files) that
    have Russian forms in kb_ru.csv, in the knowledge base's order."""
    english = kb if kb is not None else eventkb.load_kb()
    if not Path(russian).exists():
        return ()
    with Path(russian).open(encoding="utf-8", newline="") as handle:
        forms = {r["event_id"].strip(): r for r in csv.DictReader(handle)}
    unknown = sorted(set(forms) - {e.event_id for e in english})
    if unknown:
        raise ValueError(f"{russian}: events not in the knowledge base: {unknown}")
    return tuple(
        KBEvent(
            event.event_id,
            event.name,
            event.type,
            event.start,
            event.end,
            tuple(phrase_key(a) for a in _split(forms[event.event_id]["aliases"])),
            tuple(
                p
                for p in (parse_pattern(t) for t in _split(forms[event.event_id]["patterns"]))
                if len(p) > 1
            ),
        )
        for event in english
        if event.event_id in forms
    )


def _find(key: Key, lemmas: Sequence[str]) -> int:
    n = len(key)
    for i in range(len(lemmas) - n + 1):
        if tuple(lemmas[i : i + n]) == key:
            return i
    return -1


def _candidates(
    sentence: Sentence, events: Sequence[KBEvent]
) -> list[tuple[int, int, KBEvent, str]]:
    """(first token, last token, event, evidence) for every alias or full pattern."""
    lemmas = [t.lemma for t in sentence.tokens]
    present = set(lemmas)  # a phrase whose first lemma is not in the sentence is not searched
    found = []
    for event in events:
        for alias in event.aliases:
            i = _find(alias, lemmas) if alias and alias[0] in present else -1
            if i >= 0:
                found.append((i, i + len(alias), event, "alias"))
                break
        else:
            for pattern in event.patterns:
                if not all(any(alt and alt[0] in present for alt in term) for term in pattern):
                    continue
                spots = []
                for term in pattern:
                    hits = [
                        (i, i + len(alt))
                        for alt in term
                        if alt and alt[0] in present and (i := _find(alt, lemmas)) >= 0
                    ]
                    if not hits:
                        break
                    spots.append(min(hits))
                else:
                    first = min(s for s, _ in spots)
                    last = max(e for _, e in spots)
                    found.append((first, last, event, "pattern"))
                    break
    return found


def _overlaps(event: KBEvent, d: DateMention) -> bool:
    if d.date_start is None:
        return True
    end = d.date_end or date.max
    return d.date_start <= event.end and event.start <= end


def link_events(
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    mentions: Sequence[Mention],
    text: str,
    published: date | None,
    events: Sequence[KBEvent] | None = None,
) -> list[EventMention]:
    """The knowledge-base events an article speaks of, at most one row per event and
    sentence, with the date expression that dates them."""
    events = load_events() if events is None else events
    out: list[EventMention] = []
    for sentence in sentences:
        raw = _candidates(sentence, events)
        if not raw:
            continue
        own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
        checked = [
            d
            for d in own_dates
            if not SPEECH.search(text[max(sentence.start, d.start - 30) : d.start])
        ]
        future = bool(FUTURE.search(text[sentence.start : sentence.end]))
        groups: dict[tuple[int, int, str], list[KBEvent]] = {}
        for first, last, event, how in raw:
            groups.setdefault((first, last, how), []).append(event)
        for (first, last, how), group in groups.items():
            start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
            nearest = min(own_dates, key=lambda d: abs(d.start - start), default=None)
            by_distance = sorted(checked, key=lambda d: abs(d.start - start))
            check = by_distance[0] if by_distance else None
            fits = [e for e in group if _fits(e, check, published, future)]
            if not fits and len(by_distance) > 1:  # another date of the sentence may be its
                for other in by_distance[1:]:
                    fits = [e for e in group if _fits(e, other, published, future)]
                    if fits:
                        nearest = check = other
                        break
            if len(fits) > 1 and future and published is not None:
                coming = sorted(
                    (e for e in fits if published < e.start <= published + timedelta(NEXT_DAYS)),
                    key=lambda e: e.start,
                )
                fits = coming[:1] or fits
            if len(fits) > 1 and check is None and published is not None:
                recent = [
                    e
                    for e in fits
                    if published - timedelta(days=RECENT_DAYS) <= e.start <= published
                ]
                fits = recent
            if len(fits) != 1:
                continue
            event = fits[0]
            participants = tuple(
                sorted({m.entity_id for m in mentions if m.sentence_id == sentence.sentence_id})
            )
            dated = nearest if nearest is not None and nearest.date_start is not None else None
            out.append(
                EventMention(
                    sentence.sentence_id,
                    start,
                    end,
                    event.entity_id,
                    event.name,
                    event.type,
                    text[start:end],
                    dated.date_start if dated else None,
                    dated.date_end if dated else None,
                    dated.precision if dated else None,
                    nearest.text if nearest else None,
                    None,
                    participants,
                    f"{how} '{text[start:end]}'",
                )
            )
    return out


def _fits(
    event: KBEvent, nearest: DateMention | None, published: date | None, future: bool
) -> bool:
    if nearest is not None and nearest.date_start is not None:
        return _overlaps(event, nearest)  # its own date says when, past or to come
    return published is None or event.start <= published or future
