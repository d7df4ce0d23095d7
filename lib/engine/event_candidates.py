"""The event candidates of an article (steps 1 and 2 of lib.engine.events): every possible
event mention of its sentences, with the date expression as written.

- knowledge-base aliases and patterns, matched by the pipeline (lib.engine.nlp, EVENTS_KEY):
  a pattern holds when all its word terms and context terms (an entity linked in the
  sentence, or one of its words) are met in one sentence, and none of its absent ones
  (lib.engine.event_terms), not
  after a frame of threat or readiness ("stand ready to impose") nor inside one of prospect
  ("invited Montenegro to become the 29th member"), nor with a headline's
  speaker as a piece ("…: Russia warns"); one mention per stretch of text and event
  (_resolve_overlaps);
- trigger words used as nouns ("the summit", "NATO summit", "talks with"), not inside a name
  and not over a KB candidate; a trigger that needs a date ("said") only with one;
- each candidate takes the nearest date expression of its sentence that names a time ("in
  decades" does not), not one that stands nearer another event named by its words, dates a
  saying before it, names a treaty ("the 1987 INF Treaty", "the treaty, signed in 1987";
  lib.engine.treaty_dates), qualifies a noun after it ("a March 4 attack"), is a deadline ("by March 2020") or dates the other side of a phrase of
  cause ("in retaliation for the attack on April 7"); a future word of the sentence outside a clause of the past makes it
  future; the place after it ("summit in London") and the sentence's actors are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.event_frames import not_done, subject_of_future, tells_no_event
from lib.engine.event_prospects import is_prospect
from lib.engine.event_terms import closest, context_holds, named_treaties
from lib.engine.eventkb import Context, KBEvent
from lib.engine.events import RELATIVE_DAY, Candidate, during_only, plain_events
from lib.engine.exercise_years import of_their_years
from lib.engine.joining_frames import in_joining_step
from lib.engine.mentions import Mention
from lib.engine.nlp import EVENTS_KEY
from lib.engine.timexp import Anchor, resolve
from lib.engine.treaty_dates import names_treaty
from lib.engine.vote_options import vote_option

# Words that make a sentence speak of what is to come: an event mentioned in it has not
# happened yet at publication.
FUTURE = re.compile(
    r"\b(will|'ll|shall|ahead of|upcoming|forthcoming|to be held|scheduled|is set to|are set to|"
    r"plans? to|planned|next (?:week|month|year)|run-up to|preparations? for|preparing for|due to (?:meet|hold|take)|"
    r"(?:agreed|decided) to (?:hold|convene))\b",
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


# A clause that tells what came before: a future word outside it ("Britain will expel 23
# diplomats …, after Moscow ignored … a nerve agent used against a former double agent")
# does not make its events future.
_PAST_CLAUSE = re.compile(r"\b(?:after|since|because|following|over|when)\b", re.I)


# An event that is the object of "after", "since" or "following" came before what the clause
# tells, whatever tense the clause is in.
_PAST_OBJECT = re.compile(
    r"\b(?:after|since|following)\s+(?:the|a|an|its|their|his|her|this|that)\s+$", re.I
)


# What may stand between a verb of saying and the date it takes: "said on Monday", "told
# MPs on Monday", "told reporters in Brussels on Friday" (no clause break).
_SAID_THEN_DATE = re.compile(r"^[^,;:.!?\"“”]{0,40}$")


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
    with those spans and the date expressions in each. Only these can hold an event. A
    trigger that needs a date ("said") counts only in a sentence with one: without it, it
    is no event, and news has a "said" in most sentences."""
    sentences = []
    for block in blocks:
        doc = block.doc
        spans = doc.spans.get(EVENTS_KEY)
        if not spans:
            continue
        sent_of = sentence_index(doc)
        dates: dict[int, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                dates.setdefault(sent_of[ent.start], []).append(ent)
        own: dict[int, _Sentence] = {}
        for span in spans:
            n = sent_of[span.start]
            if n not in dates and _needs_date(span.label_):
                continue
            if n not in own:
                start, end = (block.offset + char for char in sent_of.chars[n])
                own[n] = _Sentence(block.first_sentence_id + n, start, end, text[start:end])
            own[n].spans.append(span)
        for n in sorted(own):
            for ent in dates.get(n, ()):
                start, written = _with_preposition(ent)
                own[n].dates.append((block.offset + start, block.offset + ent.end_char, written))
            sentences.append(own[n])
    return sentences


def _needs_date(label: str) -> bool:
    return label.startswith("TRIGGER|") and label.endswith("|date")


def _with_preposition(ent: Span) -> tuple[int, str]:
    """'2014' after 'Since' is 'Since 2014': the preposition changes what the date means."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("since", "until", "before", "after", "by", "from"):
        return before.idx, doc_text(ent.doc)[before.idx : ent.end_char]
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


def _kb_candidates(
    sentence: _Sentence,
    kb_by_id: dict[str, KBEvent],
    offset_of,
    in_sentence: list[Mention],
    article: str,
) -> list[Candidate]:
    """Aliases and patterns of KB events in one sentence (see _resolve_overlaps)."""
    found: list[Candidate] = []
    terms: dict[tuple[str, int], dict[int, list[Span]]] = {}
    for span in sentence.spans:
        kind, _, rest = span.label_.partition("|")
        if kind == "ALIAS" and rest in kb_by_id:
            event = kb_by_id[rest]
            a, b = (x - sentence.start for x in offset_of(span))
            if in_joining_step(sentence.text, [(a, b)], a, b, event):
                continue  # "the protocol on the accession of Montenegro to NATO"
            if vote_option(event.type, sentence.text, a, b):
                continue  # "a referendum on the accession of Crimea": the referendum's
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
            terms.setdefault((event_id, int(pattern)), {}).setdefault(int(term), []).append(span)
    for (event_id, pattern), matched in terms.items():
        event = kb_by_id.get(event_id)
        if event is None:
            continue
        matched = named_treaties(matched, event.patterns[pattern], article)
        if len(matched) != len(event.patterns[pattern]):
            continue
        context = event.contexts[pattern] if pattern < len(event.contexts) else Context()
        if len(matched) + len(context.terms) < 2:
            continue  # one word alone would link every mention of it
        pieces = [(*offset_of(s), s.text) for s in closest(matched)]
        places = context_holds(
            context, sentence.text, sentence.start, in_sentence, near=pieces[0][0]
        )
        if places is None:
            continue
        pieces = sorted(dict.fromkeys(pieces + places))
        start = min(p[0] for p in pieces)
        end = max(p[1] for p in pieces)
        if tells_no_event(sentence.text, start - sentence.start, end - sentence.start):
            continue  # "ready to impose sanctions", "invited to become the 29th member"
        if not_done(sentence.text, [p[0] - sentence.start for p in pieces]):
            continue  # "Erdogan has yet to apologise"
        if vote_option(event.type, sentence.text, 0, end - sentence.start):
            continue  # "the referendum supporting the region's accession": the referendum's
        at = [(p[0] - sentence.start, p[1] - sentence.start) for p in pieces]
        if in_joining_step(sentence.text, at, start - sentence.start, end - sentence.start, event):
            continue  # "a referendum on joining NATO", "the expected accession of Montenegro"
        words = " + ".join(p[2] for p in pieces)
        found.append(
            Candidate(
                sentence.sentence_id,
                start,
                end,
                words,
                event.type,
                (event,),
                f"pattern '{words}'",
                during=frozenset({event_id}) if context.during else frozenset(),
                recent=frozenset({event_id}) if context.recent else frozenset(),
                announced=frozenset({event_id}) if context.announced else frozenset(),
            )
        )
    return _resolve_overlaps(found, {m.surface for m in in_sentence if m.type == "person"})


def _is_alias(cand: Candidate) -> bool:
    return cand.evidence.startswith("alias")


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve_overlaps(candidates: list[Candidate], people: set[str]) -> list[Candidate]:
    """One mention per stretch of text and event:
    - an alias inside a longer alias is the longer one ("caatsa" in "caatsa sanctions on
      turkey"); aliases that overlap otherwise are one mention that may be either event;
    - a pattern overlapping an alias of the same event is that alias;
    - patterns over the same words (rows that share a pattern: NATO summits in Brussels,
      NATO-Russia Council meetings) are one mention that may be any of their events, and
      overlapping patterns of one event are one mention;
    - patterns of different events over different words are two mentions ("Putin signed a
      treaty absorbing Crimea" is the treaty and the annexation), except that words telling
      an incident are that incident, not the long war or campaign around it ("a Russian
      warplane near the Syrian border" is the Su-24 downing, not the intervention in Syria)."""
    aliases = [c for c in candidates if _is_alias(c)]
    aliases.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for cand in aliases:
        if kept and cand.start < kept[-1].end:
            last = kept[-1]
            if cand.end <= last.end and (cand.end - cand.start) < (last.end - last.start):
                continue
            kept[-1] = replace(
                last, kb=tuple(dict.fromkeys([*last.kb, *cand.kb])), end=max(last.end, cand.end)
            )
        else:
            kept.append(cand)
    patterns: list[Candidate] = []
    for cand in sorted(
        _general_yields(c for c in candidates if not _is_alias(c)),
        key=lambda c: (c.start, -(c.end - c.start)),
    ):
        same = next(
            (
                n
                for n, p in enumerate(patterns)
                if (p.start, p.end) == (cand.start, cand.end)
                or (_overlap(p, cand) and set(p.kb) & set(cand.kb))
            ),
            None,
        )
        if same is None:
            patterns.append(cand)
            continue
        p = patterns[same]
        patterns[same] = replace(
            p,
            kb=tuple(dict.fromkeys([*p.kb, *cand.kb])),
            start=min(p.start, cand.start),
            end=max(p.end, cand.end),
            # an event linked by a pattern with no date condition needs none
            during=(p.during | cand.during) - (plain_events(p) | plain_events(cand)),
            recent=(p.recent | cand.recent) - (plain_events(p) | plain_events(cand)),
            announced=p.announced | cand.announced,
        )
    patterns = [
        p
        for p in patterns
        if not any(_overlap(p, a) and set(p.kb) & set(a.kb) for a in kept)
        and not (_long(p) and any(_overlap(p, q) and not _long(q) for q in patterns if q is not p))
        and not any(_narrower(p, q, people) for q in patterns)
    ]
    return sorted(kept + patterns, key=lambda c: (c.start, c.end))


def _general_yields(patterns: Iterable[Candidate]) -> list[Candidate]:
    """A pattern that links only by the days ("NATO" + "meeting", #during) gives up the events
    that an overlapping pattern names by their own words ("the summit in Wales"): "during his
    meeting with NATO leaders, … the pledge made at the summit in Wales in 2014" tells this
    week's meeting and the Wales summit, not one event that may be either."""
    patterns = list(patterns)
    named = [c for c in patterns if not during_only(c)]
    out = []
    for cand in patterns:
        if during_only(cand):
            kb = tuple(
                e for e in cand.kb if not any(_overlap(cand, q) and e in q.kb for q in named)
            )
            if not kb:
                continue
            cand = replace(cand, kb=kb)
        out.append(cand)
    return out


def _narrower(p: Candidate, q: Candidate, people: set[str]) -> bool:
    """p's words are q's less a person, within q: "Withdrawal + Nuclear Treaty" (the treaty's
    end) inside "Trump + Withdrawal + Nuclear Treaty" (Trump's announcement) is the event whose
    actor the sentence names. (Other words make two events: "Putin signed a treaty absorbing
    Crimea" is the treaty and the annexation.)"""
    p_words, q_words = set(p.trigger.split(" + ")), set(q.trigger.split(" + "))
    return (
        q.start <= p.start and p.end <= q.end and p_words < q_words and q_words - p_words <= people
    )


def _long(cand: Candidate) -> bool:
    """All the candidate's events last more than a year (a war, a campaign)."""
    return all((e.end - e.start).days > 366 for e in cand.kb)


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


def _is_future(cand: Candidate, futures: list[tuple[int, int]], sentence: _Sentence) -> bool:
    """Whether a future word of the sentence ("will", "ahead of", "next week") speaks of the
    candidate: no "after", "since", "because", … stands between them."""
    if _PAST_OBJECT.search(sentence.text[: cand.start - sentence.start]):
        return False  # "tourism, halted after the downing of a jet in November, will resume"
    for start, end in futures:
        a, b = (end, cand.start) if end <= cand.start else (cand.end, start)
        if b <= a or not _PAST_CLAUSE.search(
            sentence.text[a - sentence.start : b - sentence.start]
        ):
            return True
    return False


def _said_dates(sentence: _Sentence, offset_of) -> dict[tuple[int, int], int]:
    """Dates that follow a verb of saying closely ("told MPs on Monday", "said Friday"):
    date span -> where the verb ends. They date the saying, not an event told after it."""
    verbs = [
        offset_of(span)
        for span in sentence.spans
        if span.label_.startswith("TRIGGER|statement|") and not _after_determiner(span)
    ]
    claimed = {}
    for start, end, _ in sentence.dates:
        for _, verb_end in verbs:
            if verb_end <= start and _SAID_THEN_DATE.match(
                sentence.text[verb_end - sentence.start : start - sentence.start]
            ):
                claimed[(start, end)] = verb_end
    return claimed


def _after_determiner(span: Span) -> bool:
    """'the declared pledge', 'a stated aim': a participle used as an adjective says nothing."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _DETERMINERS


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}


# Words that make what follows the events of a series: "previous Zapad exercises", "past
# NATO summits".
_GENERIC_BEFORE = re.compile(r"\b(?:previous|past|earlier|prior|such)\s+$", re.I)


# A date after an article or a possessive qualifies the noun it opens ("a March 4 nerve agent
# attack", "the Nov. 24 downing"): it dates that noun, not an event told before it.
_ATTRIBUTIVE_DATE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)


# A deadline says when something is to be done by, not when the event told happened ("would
# be removed from the programme by March 2020").
_DEADLINE = re.compile(r"\b(?:by|until|no later than)\s+(?:the\s+end\s+of\s+)?$", re.I)

# A phrase of cause joins two events, each with its own day: "NATO suspended … yesterday in
# protest at its annexation of Crimea", "strikes … in retaliation for the attack … on April 7".
_CAUSE = re.compile(
    r"\b(?:in|as an?) (?:retaliation for|response to|reaction to|protest (?:at|against|over))\b",
    re.I,
)


# An event that is the object of a phrase of cause ("As a response to Russia's annexation of
# Crimea, G7 leaders agreed on Monday …"): the phrase runs to the next comma or semicolon, and a
# date outside it belongs to the clause that answers, not to the cause.
_CAUSE_OPENS = re.compile(_CAUSE.pattern + r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _cause_phrase(cand: Candidate, sentence: _Sentence) -> tuple[int, int] | None:
    """Where the phrase of cause holding the candidate as its object runs (article offsets)."""
    opened = _CAUSE_OPENS.search(sentence.text[: cand.start - sentence.start])
    if opened is None:
        return None
    rest = sentence.text[cand.end - sentence.start :]
    close = re.search(r"[,;]", rest)
    end = cand.end + close.start() if close else sentence.end
    return sentence.start + opened.start(), end


def _attach_dates(cands: list[Candidate], sentence: _Sentence, said: dict) -> None:
    """Each candidate takes the nearest date expression of its sentence (within a clause's
    reach), but not one that dates a saying before it, nor, for a KB event, one that stands
    nearer another ("the summit in Warsaw in July 2016, the answer to the annexation of
    Crimea": July 2016 is the summit's; a trigger keeps it: "during the summit on 3 December,
    Trump said" dates the saying)."""
    # events named by their own words; a pattern that links only by the date takes none
    named = [c for c in cands if c.kb and not during_only(c)]
    for cand in cands:
        best = None
        cause = _cause_phrase(cand, sentence)
        for start, end, text in sentence.dates:
            if not _names_a_time(text, sentence.text[end - sentence.start :]):
                continue  # "the largest drills in decades", "the 29th member": no day of it
            bound = start - _opening_preposition(sentence.text[: start - sentence.start])
            if cand.kb and any(_nearer(other, cand, bound, end) for other in named):
                continue  # the date of another event, named nearer it
            if cause is not None and not (cause[0] <= start and end <= cause[1]):
                continue  # the date of the clause that answers the cause, not the cause's
            if names_treaty(
                text,
                sentence.text[: start - sentence.start],
                sentence.text[end - sentence.start :],
            ):
                continue  # "the 1987 INF treaty", "signed in 1987": the treaty's year
            if start >= cand.end and _ATTRIBUTIVE_DATE.search(
                sentence.text[: start - sentence.start]
            ):
                continue  # "the expulsion … in response to a March 4 attack": the attack's day
            if text.lower().startswith(("by ", "until ")) or _DEADLINE.search(
                sentence.text[: start - sentence.start]
            ):
                continue
            between = (
                sentence.text[cand.start - sentence.start : start - sentence.start]
                if start >= cand.start
                else sentence.text[end - sentence.start : cand.start - sentence.start]
            )
            if _CAUSE.search(between):
                continue  # the date of the other event of a cause phrase
            verb_end = said.get((start, end))
            if (
                verb_end is not None
                and not cand.needs_date
                and not (verb_end <= cand.start and cand.end <= start)
            ):
                continue  # "told MPs on Monday [that] … the poisoning": Monday is the telling
            distance = start - cand.end if start >= cand.end else cand.start - end
            if distance <= 60 and (best is None or distance < best[0]):
                best = (distance, start, end, text)
        if best is not None:
            cand.date_text, cand.date_span = best[3], (best[1], best[2])


# Any day will do: an expression that names a time resolves against it.
_SOME_DAY = Anchor.day(date(2000, 6, 15))


def _names_a_time(text: str, after: str) -> bool:
    """Whether a date expression of the model names a time at all: "in decades", "for
    years" and the ordinal of "the 29th member" do not, and leave the event its true date.
    An offset ("two days after a referendum") does: the time of its event from another's."""
    return (
        resolve(text, _SOME_DAY) is not None
        or RELATIVE_DAY.search(text) is not None
        or _OFFSET.match(after) is not None
        or _OFFSET_WORD.search(text) is not None
    )


_OFFSET = re.compile(r"\s*(?:after|before|earlier|later|ago|prior)\b", re.I)
_OFFSET_WORD = re.compile(r"\b(?:after|before|earlier|later|ago|prior)\s*$", re.I)


# A preposition opens a date's phrase and binds it to what stands before ("the summit in
# Warsaw in June 2016 to the annexation": June 2016 is the summit's).
_DATE_PREPOSITION = re.compile(r"\b(?:in|on|at|during|of|from|since)\s+$", re.I)


def _opening_preposition(before: str) -> int:
    found = _DATE_PREPOSITION.search(before)
    return len(found.group(0)) if found else 0


def _distance(cand: Candidate, start: int, end: int) -> int:
    return start - cand.end if start >= cand.end else max(cand.start - end, 0)


def _nearer(other: Candidate, cand: Candidate, start: int, end: int) -> bool:
    """Whether another candidate, apart from this one, stands nearer a date."""
    if other is cand or _overlap(other, cand) or _overlap_span(other, start, end):
        return False
    return _distance(other, start, end) < _distance(cand, start, end)


def _overlap_span(cand: Candidate, start: int, end: int) -> bool:
    return cand.start < end and start < cand.end


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
        futures = [
            (sentence.start + m.start(), sentence.start + m.end())
            for m in FUTURE.finditer(sentence.text)
        ]
        kb_cands = _kb_candidates(sentence, kb_by_id, offset_of, in_sentence, text)
        covered = [(c.start, c.end) for c in kb_cands if not during_only(c)]
        cands = kb_cands + _trigger_candidates(sentence, covered, names, offset_of)
        _attach_dates(cands, sentence, _said_dates(sentence, offset_of))
        _attach_entities(cands, in_sentence, text)
        for cand in cands:
            cand.future = _is_future(cand, futures, sentence)
            a, b = cand.start - sentence.start, cand.end - sentence.start
            cand.either_tense = cand.future and subject_of_future(sentence.text, a, b)
            if cand.kb and not _is_alias(cand):
                at = [(x - sentence.start, y - sentence.start) for x, y in futures]
                cand.prospect = is_prospect(
                    cand.type, sentence.text, a, b, at, dated=bool(cand.date_text)
                )
            if cand.kb and _GENERIC_BEFORE.search(text[: cand.start]):
                cand.kb = ()  # "previous Zapad exercises": the series, not one of them
        candidates.extend(c for c in cands if not c.needs_date or c.date_text)
    return sorted(of_their_years(candidates, text), key=lambda c: c.start)
