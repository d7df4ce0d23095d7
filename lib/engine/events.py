"""Event mentions in an article: knowledge-base events however phrased, and other events
signalled by a trigger word, each with its date resolved against the publication date.

How an article is read, in order:
1. candidates: knowledge-base aliases ("Crimea's reunification with Russia"), KB patterns
   whose terms all occur in one sentence ("summit" + "Warsaw"), and trigger words
   (summit, talks, interview, sanctions, …; "said" only with a date: "said Friday");
2. each candidate's date expression: the date the model found nearest to it in the same
   sentence ("last year", "on 3 December", "Friday"), or "the same day" after a dated one;
3. the publication date, where the article has none, is inferred from what the candidates
   imply (lib.engine.pubdate.infer_publication): "the downing of the Russian plane last year" is
   the Su-24 downing of 2015, so the article is from 2016;
4. relative dates are resolved against that anchor (lib.engine.timexp), and a KB candidate is
   linked only if its dates agree with the text; where a phrase fits several KB events
   (NATO summits in Brussels in 2017 and 2018) the dates decide, or nothing is linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Span

from lib.engine.entities import Block, Mention, sentence_index
from lib.engine.eventkb import KBEvent
from lib.engine.nlp import EVENTS_KEY
from lib.engine.pubdate import Constraint
from lib.engine.timexp import Anchor, DateRange, resolve

# Words that make a sentence speak of what is to come: an event mentioned in it has not
# happened yet at publication.
FUTURE = re.compile(
    r"\b(will|'ll|shall|ahead of|upcoming|forthcoming|to be held|scheduled|is set to|are set to|"
    r"plans? to|planned|next (?:week|month|year)|run-up to|preparations? for|preparing for|due to (?:meet|hold|take))\b",
    re.IGNORECASE,
)
# A trigger is a noun when a determiner, a name or an adjective stands before it, or a
# preposition after it: "the summit", "NATO summit", "military exercises", "talks with".
_BEFORE_NOUN = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "next",
    "last",
    "upcoming",
    "recent",
    "first",
    "second",
    "new",
    "joint",
    "'s",
    "’s",
}
_AFTER_NOUN = {
    "of",
    "in",
    "on",
    "with",
    "between",
    "against",
    "at",
    "over",
    "by",
    "for",
    "to",
    "among",
}
RELATIVE_DAY = re.compile(r"\b(?:the )?same day\b", re.I)


@dataclass
class Candidate:
    """One possible event mention before dates are settled."""

    sentence_id: int
    start: int  # article offsets of the evidence
    end: int
    trigger: str
    type: str
    kb: tuple[KBEvent, ...] = ()  # knowledge-base events it may be (several = ambiguous)
    evidence: str = ""
    future: bool = False
    definite: bool = False  # "the summit", "this meeting": may refer back to an event named before
    date_text: str | None = None
    date_span: tuple[int, int] | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    needs_date: bool = False


@dataclass(frozen=True)
class EventMention:
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


@dataclass
class _Sentence:
    sentence_id: int
    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)
    dates: list[tuple[int, int, str]] = field(default_factory=list)  # article offsets, text


def _sentences(blocks: Sequence[Block], text: str) -> list[_Sentence]:
    """The article's sentences that hold an event span (alias, pattern term or trigger),
    with those spans and the date expressions in each. Only these can hold an event."""
    sentences = []
    for block in blocks:
        doc, sent_of = block.doc, sentence_index(block.doc)
        own: dict[int, _Sentence] = {}
        for span in doc.spans.get(EVENTS_KEY, []):
            n = sent_of[span.start]
            if n not in own:
                start, end = (block.offset + char for char in sent_of.chars[n])
                own[n] = _Sentence(block.first_sentence_id + n, start, end, text[start:end])
            own[n].spans.append(span)
        if not own:
            continue
        for ent in doc.ents:
            if ent.label_ == "DATE" and (n := sent_of[ent.start]) in own:
                start, text = _with_preposition(ent)
                own[n].dates.append((block.offset + start, block.offset + ent.end_char, text))
        sentences.extend(own[n] for n in sorted(own))
    return sentences


def _with_preposition(ent: Span) -> tuple[int, str]:
    """'2014' after 'Since' is 'Since 2014': the preposition changes what the date means."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("since", "until", "before", "after", "by", "from"):
        return before.idx, ent.doc.text[before.idx : ent.end_char]
    return ent.start_char, ent.text


def _is_noun_use(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (
        before.lower_ in _BEFORE_NOUN
        or before.ent_type_
        or before.like_num
        or (before.is_alpha and before.text[0].isupper() and before.i > before.sent.start)
        or before.lower_.endswith(("al", "ic", "ary", "ed"))
    ):
        return True
    return after is not None and after.lower_ in _AFTER_NOUN


def _kb_candidates(sentence: _Sentence, kb_by_id: dict[str, KBEvent], offset_of) -> list[Candidate]:
    """Aliases and patterns of KB events in one sentence, grouped where they overlap."""
    found: list[Candidate] = []
    terms: dict[tuple[str, int], dict[int, Span]] = {}
    for span in sentence.spans:
        kind, _, rest = span.label_.partition("|")
        if kind == "ALIAS" and rest in kb_by_id:
            event = kb_by_id[rest]
            found.append(
                Candidate(
                    sentence.sentence_id,
                    *offset_of(span),
                    span.text,
                    event.type,
                    (event,),
                    f"alias '{span.text}'",
                )
            )
        elif kind == "TERM":
            event_id, pattern, term = rest.split("|")
            terms.setdefault((event_id, int(pattern)), {})[int(term)] = span
    for (event_id, pattern), matched in terms.items():
        event = kb_by_id.get(event_id)
        if event is None or len(matched) != len(event.patterns[pattern]) or len(matched) < 2:
            continue
        spans = list(matched.values())
        start = min(offset_of(s)[0] for s in spans)
        end = max(offset_of(s)[1] for s in spans)
        words = " + ".join(s.text for s in sorted(spans, key=lambda s: s.start))
        found.append(
            Candidate(
                sentence.sentence_id, start, end, words, event.type, (event,), f"pattern '{words}'"
            )
        )
    return _merge_overlaps(found)


def _merge_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping KB candidates are one mention that may be any of their events; an alias
    outranks a pattern."""
    merged: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if merged and cand.start < merged[-1].end:
            last = merged[-1]
            aliases = [e for e in last.kb if last.evidence.startswith("alias")]
            if last.evidence.startswith("alias") and not cand.evidence.startswith("alias"):
                continue  # the alias already names the event
            events = tuple(dict.fromkeys([*last.kb, *cand.kb]))
            merged[-1] = replace(
                last,
                kb=events if not aliases else tuple(dict.fromkeys([*aliases, *cand.kb])),
                end=max(last.end, cand.end),
            )
        else:
            merged.append(cand)
    return merged


def _trigger_candidates(
    sentence: _Sentence, covered: list[tuple[int, int]], names: list[tuple[int, int]], offset_of
) -> list[Candidate]:
    found = []
    for span in sentence.spans:
        kind, _, rest = span.label_.partition("|")
        if kind != "TRIGGER":
            continue
        event_type, _, needs = rest.partition("|")
        start, end = offset_of(span)
        if any(a <= start and end <= b for a, b in covered):
            continue
        if any(a < end and start < b for a, b in names):
            continue  # "Treaty" in "North Atlantic Treaty Organization" is part of a name
        if needs != "date" and len(span) == 1 and not _is_noun_use(span):
            continue
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        found.append(
            Candidate(
                sentence.sentence_id,
                start,
                end,
                span.text,
                event_type,
                evidence=f"trigger '{span.text}'",
                needs_date=needs == "date",
                definite=before in ("the", "this", "that"),
            )
        )
    return found


def _attach_dates(cands: list[Candidate], sentence: _Sentence) -> None:
    """Each candidate takes the nearest date expression of its sentence (within a clause's reach)."""
    for cand in cands:
        best = None
        for start, end, text in sentence.dates:
            distance = start - cand.end if start >= cand.end else cand.start - end
            if distance <= 60 and (best is None or distance < best[0]):
                best = (distance, start, end, text)
        if best is not None:
            cand.date_text, cand.date_span = best[3], (best[1], best[2])


# "summit in London", "talks with the Russian delegation in Geneva": the place after the
# trigger, perhaps after the parties it is held with.
_PLACE_LINK = re.compile(
    r"^\s*(?:(?:with|between|among|of)\s[^,.;:]{1,45}?\s)?(?:in|at|near|outside|off|over)\s+(?:the\s+)?$",
    re.I,
)


def _is_place_of(cand: Candidate, place: Mention, text: str) -> bool:
    """'the summit in London', 'the London summit', 'NATO Summit in Warsaw' (inside an alias)."""
    if cand.start <= place.start and place.end <= cand.end:
        return (
            re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", text[cand.start : place.start], re.I)
            is not None
        )
    if place.end <= cand.start:
        return cand.start - place.end <= 1  # "London summit"
    gap = text[cand.end : place.start]
    return len(gap) <= 60 and _PLACE_LINK.match(gap) is not None


def _attach_entities(cands: list[Candidate], in_sentence: list[Mention], text: str) -> None:
    actors = tuple(
        dict.fromkeys(m.entity_id for m in in_sentence if m.type in ("person", "country", "org"))
    )
    places = [m for m in in_sentence if m.type in ("location", "country") and m.kind == "name"]
    for cand in cands:
        cand.participants = actors
        near = [m for m in places if _is_place_of(cand, m, text)]
        if near:
            cand.place = near[0].entity_id


def find_candidates(
    blocks: Sequence[Block], mentions: list[Mention], kb: Sequence[KBEvent], *, text: str
) -> list[Candidate]:
    """Every possible event mention of an article, with its date expression as written."""
    kb_by_id = {e.event_id: e for e in kb}
    offsets = {id(b.doc): b.offset for b in blocks}

    def offset_of(span: Span) -> tuple[int, int]:
        base = offsets[id(span.doc)]
        return base + span.start_char, base + span.end_char

    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_id, []).append(m)
    candidates: list[Candidate] = []
    for sentence in _sentences(blocks, text):
        if not sentence.spans:
            continue  # no alias, pattern term or trigger: no event here
        in_sentence = by_sentence.get(sentence.sentence_id, [])
        names = [
            (m.start, m.end)
            for m in in_sentence
            if m.type in ("org", "person", "country", "location")
        ]
        future = bool(FUTURE.search(sentence.text))
        kb_cands = _kb_candidates(sentence, kb_by_id, offset_of)
        covered = [(c.start, c.end) for c in kb_cands]
        cands = kb_cands + _trigger_candidates(sentence, covered, names, offset_of)
        _attach_dates(cands, sentence)
        _attach_entities(cands, in_sentence, text)
        for cand in cands:
            cand.future = future
        candidates.extend(c for c in cands if not c.needs_date or c.date_text)
    return sorted(candidates, key=lambda c: c.start)


def constraints_from(candidates: Sequence[Candidate]) -> list[Constraint]:
    """What the article's unambiguous KB events imply about its publication date."""
    out = []
    for cand in candidates:
        if len(cand.kb) != 1:
            continue
        event = cand.kb[0]
        said = f"'{cand.trigger}'" + (f" ({cand.date_text})" if cand.date_text else "")
        rel = (cand.date_text or "").lower()
        if same_or_last := re.search(r"\b(last|this) year\b", rel):
            # "last year" fixes the publication year as the event's + 1; "this year" as the event's.
            year = event.start.year + (same_or_last.group(1) == "last")
            out.append(
                Constraint(
                    date(year, 1, 1),
                    date(year, 12, 31),
                    f"{said} is {event.name} of {event.start:%Y}: published in {year}",
                    strength=3,
                )
            )
        elif re.search(r"\byesterday\b", rel):
            day = event.start + timedelta(days=1)
            out.append(
                Constraint(
                    day,
                    day,
                    f"{said} is {event.name} ({event.start}): published the day after",
                    strength=3,
                )
            )
        elif cand.future:
            out.append(
                Constraint(
                    None,
                    event.start,
                    f"{said} is {event.name} ({event.start}), still to come",
                    strength=1,
                )
            )
        else:
            out.append(
                Constraint(
                    event.start,
                    None,
                    f"{said} is {event.name} ({event.start}), already past",
                    strength=2,
                )
            )
    return out


def _consistent(event: KBEvent, when: DateRange | None, anchor: Anchor, future: bool) -> bool:
    if when is not None:
        end = when.end or when.start
        return event.start <= end and when.start <= event.end
    if anchor.latest is not None and not future and event.start > anchor.latest:
        return False  # spoken of as past, but it happened after the article was published
    return not (anchor.earliest is not None and future and event.end < anchor.earliest)


def _choose(
    events: tuple[KBEvent, ...], when: DateRange | None, anchor: Anchor, future: bool
) -> KBEvent | None:
    fits = [e for e in events if _consistent(e, when, anchor, future)]
    if len(fits) == 1:
        return fits[0]
    if len(fits) > 1 and anchor.earliest is not None and not future:
        # Of several past events that fit, a plain reference means the latest before publication.
        past = [e for e in fits if anchor.latest is None or e.start <= anchor.latest]
        if past and when is None and len({e.start.year for e in past}) == len(past):
            return max(past, key=lambda e: e.start)
    return None


def _refers_back(cand: Candidate, earlier: list[KBEvent], when: DateRange | None) -> KBEvent | None:
    """'The summit agreed …' after 'the NATO summit in Warsaw': the one event of that type
    named before in the article, if its dates do not contradict the sentence's date."""
    if not cand.definite or cand.needs_date:
        return None
    same_type = list(dict.fromkeys(e for e in earlier if e.type == cand.type))
    if len(same_type) != 1:
        return None
    event = same_type[0]
    if when is not None and not (
        event.start <= (when.end or when.start) and when.start <= event.end
    ):
        return None
    return event


def _kb_years(candidates: Sequence[Candidate], anchor: Anchor) -> dict[int, int]:
    """Sentence -> the year of the one KB event linked there without doubt."""
    years: dict[int, set[int]] = {}
    for cand in candidates:
        if len(cand.kb) == 1 and _consistent(cand.kb[0], None, anchor, cand.future):
            years.setdefault(cand.sentence_id, set()).add(cand.kb[0].start.year)
    return {sid: ys.pop() for sid, ys in years.items() if len(ys) == 1}


def settle(candidates: Sequence[Candidate], anchor: Anchor) -> list[EventMention]:
    """Resolve dates against the anchor and link KB candidates whose dates agree."""
    mentions: list[EventMention] = []
    last_day: DateRange | None = None
    # A date without a year next to a linked KB event takes the event's year: "the NATO summit
    # in London on 3 December" is 3 December 2019 even when the article is undated.
    year_hint = _kb_years(candidates, anchor)
    earlier: list[KBEvent] = []  # KB events linked so far in the article, in reading order
    for cand in candidates:
        when = None
        if cand.date_text:
            if RELATIVE_DAY.search(cand.date_text) and last_day is not None:
                when = last_day
            else:
                when = resolve(cand.date_text, anchor, future=cand.future)
                if when is None and anchor.year is None and cand.sentence_id in year_hint:
                    year = year_hint[cand.sentence_id]
                    when = resolve(
                        cand.date_text,
                        Anchor(date(year, 1, 1), date(year, 12, 31)),
                        future=cand.future,
                    )
        linked = _choose(cand.kb, when, anchor, cand.future) if cand.kb else None
        back = None if cand.kb or linked else _refers_back(cand, earlier, when)
        if back is not None:
            linked, cand = (
                back,
                replace(cand, evidence=f"'the {cand.trigger}' refers back to {back.name}"),
            )
        if linked is not None:
            earlier.append(linked)
            start, end, precision = linked.start, linked.end, "day"
            name, event_type, entity_id = linked.name, linked.type, linked.entity_id
            evidence = cand.evidence
        else:
            if cand.kb and not cand.date_text and len(cand.kb) > 1:
                evidence = f"{cand.evidence}: could be {', '.join(e.event_id for e in cand.kb)}; no date decides"
            elif cand.kb:
                evidence = (
                    f"{cand.evidence}: dates do not fit {', '.join(e.event_id for e in cand.kb)}"
                )
            else:
                evidence = cand.evidence
            start, end = (when.start, when.end) if when else (None, None)
            precision = when.precision if when else None
            name, event_type, entity_id = cand.trigger, cand.type, None
            if cand.kb and not cand.date_text and all(e.type == cand.kb[0].type for e in cand.kb):
                event_type = cand.kb[0].type
        if when is not None and when.precision == "day" and when.start == when.end:
            last_day = when
        elif linked is not None and linked.start == linked.end:
            last_day = DateRange(linked.start, linked.end, "day")
        mentions.append(
            EventMention(
                sentence_id=cand.sentence_id,
                start=cand.start,
                end=cand.end,
                entity_id=entity_id,
                name=name,
                type=event_type,
                trigger=cand.trigger,
                date_start=start,
                date_end=end,
                date_precision=precision,
                date_text=cand.date_text,
                place=cand.place,
                participants=cand.participants,
                evidence=evidence,
            )
        )
    return mentions
