"""Event mentions in an article: knowledge-base events however phrased, and other events
signalled by a trigger word, each with its date resolved against the publication date.

How an article is read, in order:
1. candidates (lib.engine.event_candidates): knowledge-base aliases ("Crimea's reunification
   with Russia"), KB patterns whose terms all occur in one sentence ("summit" + "Warsaw"; an
   event verb or noun with the entities it needs: "shot down" + "warplane" + Turkey + Russia,
   however those are named), and trigger words (summit, talks, interview, sanctions, …;
   "said" only with a date: "said Friday");
2. each candidate's date expression (lib.engine.event_candidates): the date the model found
   nearest to it in the same sentence ("last year", "on 3 December", "Friday"), or "the same
   day" after a dated one; a date right after a verb of saying ("told MPs on Monday") dates
   the saying, not an event told after it;
3. the publication date, where the article has none, is inferred from what the candidates
   imply (constraints_from, then lib.engine.pubdate.infer_publication): "the downing of the
   Russian plane last year" is the Su-24 downing of 2015, so the article is from 2016; and
   from the dates it gives with their year in clauses told as done and the alliance's size
   it gives (lib.engine.page_dates);
4. relative dates are resolved against that anchor (lib.engine.timexp), and a KB candidate is
   linked only if its dates agree with the text (settle); where a phrase fits several KB
   events (NATO summits in Brussels in 2017 and 2018) the dates decide, or nothing is linked.
   A pattern marked #during ("the NATO meeting") links only when a date of the text, or the
   publication date, falls within the event's dates. An unscheduled step told as a prospect
   ("Montenegro will become the 29th member", "could trigger sanctions":
   lib.engine.event_prospects) links only an event already begun by the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lib.engine.eventkb import NEAR_DAYS, KBEvent, KnownEvent
from lib.engine.exercise_years import code_names
from lib.engine.mentions import Mention
from lib.engine.pubdate import Constraint
from lib.engine.timexp import WEEKDAYS, Anchor, DateRange, is_bare_weekday, resolve
from lib.engine.weekday_dates import english_weekday_day, held_on

# "the same day": the day of the dated candidate told before it.
RELATIVE_DAY = re.compile(r"\b(?:the )?same day\b", re.I)
_NEAR = timedelta(days=NEAR_DAYS)
# How long an event named without its year stays the last one held ("the presidential
# election" in the year after it; later the next one is in view).
_RECENT_REACH = timedelta(days=365)
# How far ahead "the meeting we have agreed to hold" may be: a meeting is announced weeks, not
# months, before it is held.
_NEXT_REACH = timedelta(days=45)
# How far ahead an event named by its own name may lie with no future word in its sentence:
# "Vostok 2018, billed as the biggest war games since the Cold War" two weeks before it is
# told ahead, since nothing held before bears that name.
_NAMED_REACH = timedelta(days=45)


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
    during: frozenset[str] = frozenset()  # KB events here only if a date fits (#during)
    recent: frozenset[str] = frozenset()  # of those, the ones that may be the last held (#recent)
    prospect: bool = False  # an unscheduled step told ahead or under a modal (event_prospects)
    announced: frozenset[str] = frozenset()  # KB events whose announced step it tells (#announced)
    either_tense: bool = False  # the subject of "will": held or to come (event_frames)


def during_only(cand: Candidate) -> bool:
    """Every event of the candidate is linked only if a date fits (#during)."""
    return bool(cand.kb) and not plain_events(cand)


def plain_events(cand: Candidate) -> set[str]:
    """The candidate's events linked with no date condition (not #during)."""
    return {e.event_id for e in cand.kb} - cand.during


@dataclass(frozen=True)
class EventMention:
    """One row of the events table (docs/data.md), less the ids the pipeline gives; the
    Russian events are of it too."""

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


def published_in_year(said: str, event: KnownEvent, year: int) -> Constraint:
    """A knowledge-base event spoken of as "last year" (or "this year"): the article is of
    `year`, the strongest evidence of its date. (The Russian articles' too.)"""
    return Constraint(
        date(year, 1, 1),
        date(year, 12, 31),
        f"{said} is {event.name} of {event.start:%Y}: published in {year}",
        strength=3,
    )


def constraints_from(candidates: Sequence[Candidate]) -> list[Constraint]:
    """What the article's unambiguous KB events imply about its publication date."""
    out = []
    for cand in candidates:
        if len(cand.kb) != 1 or cand.during or cand.prospect:
            continue  # ambiguous, linked only if the date fits (#during), or a prospect: no evidence
        event = cand.kb[0]
        said = f"'{cand.trigger}'" + (f" ({cand.date_text})" if cand.date_text else "")
        rel = (cand.date_text or "").lower()
        if same_or_last := re.search(r"\b(last|this) year\b", rel):
            # "last year" fixes the publication year as the event's + 1; "this year" as the event's.
            year = event.start.year + (same_or_last.group(1) == "last")
            out.append(published_in_year(said, event, year))
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
        elif cand.future and not cand.announced:
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


def on_their_weekdays(candidates: Sequence[Candidate]) -> list[Candidate]:
    """An undated page's candidates, each kept to the KB events one of whose days is the
    weekday and day its date names without a year ("started on Sunday, June 9": the exercise
    of a year where June 9 is a Sunday); lib.engine.weekday_dates."""
    out = []
    for cand in candidates:
        told = english_weekday_day(cand.date_text or "") if cand.kb else None
        if told is not None:
            kept = tuple(
                e for e in cand.kb if held_on(e.start, e.end, told, slack=int(e.start == e.end))
            )
            cand = replace(cand, kb=kept, during=cand.during & {e.event_id for e in kept})
        out.append(cand)
    return out


def _consistent(
    event: KBEvent,
    when: DateRange | None,
    anchor: Anchor,
    future: bool,
    *,
    during: bool = False,
    recent: bool = False,
    named: bool = False,
    prospect: bool = False,
    announced: bool = False,
) -> bool:
    if prospect and (anchor.latest is None or event.start > anchor.latest + _NEAR):
        return False  # "the US will withdraw from the treaty": not done when the page was written
    if recent and when is None:
        # "the presidential election", "the U.S. election": the last one, in the year after it
        return (
            anchor.earliest is not None
            and anchor.latest is not None
            and event.start - _NEAR <= anchor.earliest
            and anchor.latest <= event.end + _RECENT_REACH
        )
    if during:
        # "the NATO meeting": that event only in the days it was news
        first, last = event.start - _NEAR, event.end + _NEAR
        if when is not None:
            # a year is too long to tell which meeting of it "the NATO meeting" was
            return (
                (recent or when.precision != "year")
                and first <= (when.end or when.start)
                and when.start <= last
            )
        return (
            anchor.earliest is not None
            and anchor.latest is not None
            and first <= anchor.earliest
            and anchor.latest <= last
        )
    if when is not None:
        end = when.end or when.start
        return event.start <= end and when.start <= event.end
    ahead = _NAMED_REACH if named else _NEAR
    if anchor.latest is not None and not future and event.start > anchor.latest + ahead:
        return False  # spoken of as past, but it happened after the article was published
    # An announcement is told by the step it announced ("Bolton insisted Washington will
    # withdraw from the treaty", three days on) in the weeks it is news; months on, the same
    # words tell the next step taken towards it (the notice, the suspension).
    if announced and future and anchor.earliest is not None:
        return anchor.earliest <= event.end + _NAMED_REACH
    # A decision is reported in its own future words a day or two after it was taken ("We will
    # suspend our participation in the G-8", quoted the next day): the saying is the event.
    return not (anchor.earliest is not None and future and event.end + _NEAR < anchor.earliest)


def _choose_for(cand, told, anchor, *, named: bool):
    """_choose for one candidate and a date it tells."""
    return _choose(
        cand.kb,
        told,
        anchor,
        cand.future,
        cand.during,
        cand.recent,
        named=named,
        prospect=cand.prospect,
        announced=cand.announced,
    )


def _choose(
    events: tuple[KBEvent, ...],
    when: DateRange | None,
    anchor: Anchor,
    future: bool,
    during: frozenset[str] = frozenset(),
    recent: frozenset[str] = frozenset(),
    *,
    named: bool = False,
    prospect: bool = False,
    announced: frozenset[str] = frozenset(),
) -> KBEvent | None:
    fits = [
        e
        for e in events
        if _consistent(
            e,
            when,
            anchor,
            future,
            during=e.event_id in during,
            recent=e.event_id in recent,
            named=named,
            prospect=prospect,
            announced=e.event_id in announced,
        )
    ]
    if len(fits) == 1:
        return fits[0]
    if len(fits) > 1 and when is None and (today := _of_the_day(fits, anchor)) is not None:
        return today
    if len(fits) > 1 and anchor.earliest is not None and not future:
        # Of several past events that fit, a plain reference means the latest before publication.
        # A page dated only from below (by what it tells as past) is read as written within a
        # year of that: news tells what is recent, and the latest row of the knowledge base,
        # years on, is a guess ("the summit in Brussels" on a page that tells the Crimea
        # referendum as past is neither Brussels summit of 2017 and 2018).
        last = anchor.latest or anchor.earliest + _RECENT_REACH
        past = [e for e in fits if e.start <= last]
        if past and when is None and len({e.start.year for e in past}) == len(past):
            return max(past, key=lambda e: e.start)
    if len(fits) > 1 and anchor.earliest is not None and future and when is None:
        # Of several that fit, a plain reference to what is to come ("we have agreed to hold a
        # meeting of the NATO-Russia Council") means the next one, if it is near.
        ahead = sorted((e for e in fits if e.end >= anchor.earliest - _NEAR), key=lambda e: e.start)
        if ahead and ahead[0].start <= anchor.earliest + _NEXT_REACH:
            return ahead[0]
    return None


def _month_slip(events: tuple[KBEvent, ...], when: DateRange, anchor: Anchor) -> KBEvent | None:
    """The one event a day of the text names with its month slipped by one, on a page written in
    the days after it: "Putin and Trump met for the first time … in Hamburg on June 7" on a page
    of 10 July 2017 is the meeting of 7 July; the page's own date is its news."""
    day = anchor.exact
    if day is None or when.precision != "day" or when.end not in (None, when.start):
        return None
    fits = []
    for e in events:
        if abs((when.start.year - e.start.year) * 12 + when.start.month - e.start.month) != 1:
            continue
        try:
            meant = when.start.replace(year=e.start.year, month=e.start.month)
        except ValueError:  # "31 June"
            continue
        if e.start <= meant <= e.end and e.start - _NEAR <= day <= e.end + _SLIP_NEWS:
            fits.append(e)
    return fits[0] if len(fits) == 1 else None


# How long after an event a page is its news, whose date corrects a month slipped in the text.
_SLIP_NEWS = timedelta(days=7)


def _of_the_day(fits: list[KBEvent], anchor: Anchor) -> KBEvent | None:
    """Of several events one phrase fits, the one held on the publication day, told with no
    date: "Russia-NATO Council Meeting Begins in Brussels" on the day of one of three council
    meetings of that year is that day's meeting."""
    day = anchor.exact
    if day is None:
        return None
    held = [e for e in fits if e.start <= day <= e.end]
    return held[0] if len(held) == 1 else None


def _slipped(when: DateRange) -> DateRange:
    """A month the text gives beside an event's own name, allowed a month's slip: "the NATO
    Summit in Warsaw in June 2016" is the summit of 8 July, misdated by its writer; a name
    leaves no other event of another month to mean."""
    if when.precision != "month" or when.end is None:
        return when
    return DateRange(when.start - _MONTH_SLIP, when.end + _MONTH_SLIP, when.precision)


_MONTH_SLIP = timedelta(days=31)


def _held_on(events: tuple[KBEvent, ...], weekday: str) -> tuple[KBEvent, ...]:
    """The events one of whose days is that weekday ("on Wednesday")."""
    day = WEEKDAYS[weekday.split()[-1].lower()]
    return tuple(
        e
        for e in events
        if any(
            (e.start + timedelta(days=n)).weekday() == day
            for n in range(min((e.end - e.start).days + 1, 7))
        )
    )


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
        if len(cand.kb) == 1 and _consistent(
            cand.kb[0], None, anchor, cand.future, during=bool(cand.during), prospect=cand.prospect
        ):
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
    during_linked: list[tuple[int, int]] = []  # where a #during pattern linked its event
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
        if cand.kb and len(cand.kb) > 1 and when is None and is_bare_weekday(cand.date_text or ""):
            # "a summit in Brussels on Wednesday" on an undated page: of the summits held
            # there, the one held on a Wednesday
            cand = replace(cand, kb=_held_on(cand.kb, cand.date_text or "") or cand.kb)
        named = cand.evidence.startswith("alias")
        fit = _slipped(when) if when and named else when
        linked = _choose_for(cand, fit, anchor, named=named) if cand.kb else None
        if linked is None and cand.kb and cand.either_tense:
            # "The referendum … will sharpen old conflicts": what a held event will do
            linked = _choose_for(replace(cand, future=False), fit, anchor, named=named)
        if cand.kb and linked is None and when and is_bare_weekday(cand.date_text or ""):
            # "a meeting with Putin, Monday in Helsinki", told with no tense: the week after
            # publication may be meant as well as the week before, and the event's days decide.
            other = resolve(cand.date_text or "", anchor, future=not cand.future)
            linked = _choose_for(cand, other, anchor, named=named)
            when = other if linked else when
        if linked is None and cand.kb and when is not None:
            linked = _month_slip(cand.kb, when, anchor)
        back = None if cand.kb or linked else _refers_back(cand, earlier, when)
        if back is not None:
            linked, cand = (
                back,
                replace(cand, evidence=f"'the {cand.trigger}' refers back to {back.name}"),
            )
        if linked is None and during_only(cand):
            continue  # "NATO + meeting" outside the days of any NATO summit: the trigger stays
        if linked is not None and during_only(cand):
            during_linked.append((cand.start, cand.end))
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
    # a trigger inside a #during pattern that linked is that event ("the NATO meeting")
    return [
        m
        for m in mentions
        if m.entity_id is not None
        or not m.evidence.startswith("trigger")
        or not any(a <= m.start and m.end <= b for a, b in during_linked)
    ]


def named_events_not_entities(
    mentions: Sequence[Mention], found: Sequence[EventMention], kb: Sequence[KnownEvent]
) -> list[Mention]:
    """Drops the entity mentions that are a linked event's name: the span of an alias
    ('Anaconda-2016' read also as a body), and an exercise's code name alone or after
    'Operation'/'Exercise' ('the Anaconda exercise', 'Operation Anaconda'), once the article
    links the exercise."""
    spans = {(e.start, e.end) for e in found if e.entity_id and e.evidence.startswith("alias")}
    linked = {e.entity_id for e in found if e.entity_id}
    names: set[str] = set()
    for event in kb:
        if event.entity_id in linked and event.type == "exercise":
            aliases = getattr(event, "aliases", ())
            names.update(a.lower() for a in aliases)
            names.update(code_names(aliases))  # "anaconda" of "anaconda-2016"
    return [
        m
        for m in mentions
        if m.type == "event" or not ((m.start, m.end) in spans or _code_name(m.surface) in names)
    ]


_EXERCISE_WORDS = {"exercise", "exercises", "operation", "drills", "the"}


def _code_name(surface: str) -> str:
    words = surface.lower().replace("’", "'").removesuffix("'s").split()
    while words and words[0] in _EXERCISE_WORDS:
        words = words[1:]
    return " ".join(words)
