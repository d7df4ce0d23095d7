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

Further rules, by kind:
- a pattern's n terms lie within PATTERN_SPAN × (n − 1) + 6 tokens ("Черногория … (thirty
  words) … вступления" is not "the accession of Montenegro"); a term written `-a/b` lists
  words or phrases that must be absent from the sentence ("приглашение" makes it the
  invitation; "выход России" makes Russia's withdrawal of 2019 its suspension, not the end);
- a pattern or alias marked `#during` (a generic name: "выборы президента России") links
  only when the sentence's date or the publication day lies within DURING_DAYS of the event;
- a date without a year ("2 февраля" in an undated article) fits only an event whose days
  include that day and month;
- an event named by its alias, the one event of that name, may lie up to NEXT_DAYS after
  publication (the summit of the coming weeks), and dates the sentence's other candidates
  that have no date of their own ("На саммите НАТО в Варшаве одобрили размещение
  батальонов" is the decision of 2016, not the deployment of 2017);
- a duration ("двухдневный саммит") picks among the events one phrase fits those that
  last that many days, and a weekday left unresolved ("открывается в четверг", undated)
  those that open on that weekday;
- "последний"/"прошлый"/"предыдущий" before a phrase several past events fit, with no date
  of its own, picks the latest held before publication ("на последнем саммите НАТО в
  Брюсселе" in December 2018: the 2018 summit, not the 2017 meeting);
- a meeting spoken of as new or next ("нового заседания", "в ближайшие две недели") is one
  to come, never the one of the week before; one agreed or decided ahead ("договорились
  созвать совет", "договоренность о созыве заседания") is the next within COMING_DAYS;
- a paper named after the event, told signed ("подписан протокол о вступлении Черногории"), is
  an earlier step, not the event, unless the event's own forms name that paper;
- a month without a year ("в декабре прошлого года" on an undated page) fits a #during form of
  an event of that month;
- an event to come is not linked from a sentence that makes it wait on a condition ("как
  только все ратифицируют протокол, станет 30-м членом"): the outcome is not settled yet; in
  an undated article, no pattern of a sentence of the future with a condition (also "после
  того, как протокол будет ратифицирован", "после того как все ратифицируют", "В противном
  случае США пообещали выйти") ("намерен лишить Турцию F-35, если она получит С-400") is
  linked, nor of one that lists by a pronoun the outcomes such a sentence before it weighs
  ("…страна столкнется с последствиями. К ним относятся …"; lib.engine.russian.event_moods);
- an act named as the object of plans ("не откажется от планов по закупке С-400") is still
  to come on the page's day, and one a stance is taken against ("выступает против исключения
  России из G8") is proposed, not done;
- a summit or meeting recalled by its city and its day or month ("На саммите 9 декабря 2019
  года в Париже") is the one the knowledge base holds there then
  (lib.engine.russian.meeting_places); a sentence framed by "До X" tells what came before X,
  so its dates are not X's unless written right after it;
- an undated page's range (the earliest and latest day its text allows) stands for its day:
  an event told as done after the latest is not linked, and a #during form holds when the
  whole range lies within DURING_DAYS of the event;
- a #during form over words an alias or another pattern of the sentence linked adds nothing
  ("саммит НАТО в Уэльсе" in July 2018 is Wales, not the summit of that month);
- an event's plain pattern is tried before its #during ones, so an undated page still links
  what a plain one says ("моряков, захваченных в Керченском проливе");
- a date written before "после", "накануне" or "перед X" dates the other event, not X
  ("Заседание состоится 13 июля, вскоре после саммита НАТО в Варшаве"), unless it agrees
  with X too ("в 2014 году после присоединения Крыма");
- a phrase several events fit, with no date of its own or one without a year, is the one of
  the year of an event the sentence links ("прибудет в Хельсинки после встречи НАТО в
  Брюсселе": the Brussels summit of 2018);
- a phrase several events fit, with no year of its own, written close after "после" + an event
  the sentence links is the first of them after it ("созыв Совета Россия — НАТО вскоре после
  саммита в Варшаве"), after "накануне"/"перед" + such an event the last before it;
- a head noun (заседание, договор, соглашение, орган) takes the name the sentence before gives
  ("…провести заседание совета НАТО-Россия». «Заседание состоится 13 июля…»); a generic noun
  of an arms deal (комплексы, поставки) takes the weapon and buyer the sentence before names
  ("…от приобретения С-400. Комплексы начнут поступать в республику в следующем году");
  a bare "договор"/"соглашение" takes the one treaty the article named, however far before
  (lib.engine.russian.told_before);
- a date that ends a term ("действуют до 31 июля 2018 года") is no date of the sentence's
  events; plans told by "планы + infinitive" are of what is to come;
- a pattern's act under a modal or a threat ("может отказать в продаже F-35", "грозит
  исключить") is not linked: it may come, it was not done ("мог быть отравлен", a modal in the
  past, doubts what was done, and is linked);
- a plural pronoun takes the words of the sentence before ("…продлил санкции против Крыма.
  Впервые их ввели в 2014 году"; lib.engine.russian.told_before), and a poison word the
  poisoning whose victim is named nearest (lib.engine.russian.victims).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from lib.engine.eventkb import DURING
from lib.engine.events import EventMention
from lib.engine.russian.dates import _MONTH, _MONTH_WORD, WEEKDAYS, DateMention, month_number
from lib.engine.russian.event_moods import (
    carried_condition,
    opposed,
    planned,
    possible,
    prevented,
    waits_on_condition,
)
from lib.engine.russian.event_patterns import (
    RUSSIAN_KB,
    KBEvent,
    candidates,
    event_words,
    load_events,
)
from lib.engine.russian.event_prospects import leaves_ahead
from lib.engine.russian.joining_frames import joining_step
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.meeting_places import held_there
from lib.engine.russian.text import parses
from lib.engine.russian.told_before import told_before
from lib.engine.russian.victims import poisoned_near
from lib.engine.russian.vote_options import vote_option
from lib.engine.weekday_dates import WeekdayDay, held_on

__all__ = ["FUTURE", "RUSSIAN_KB", "KBEvent", "event_words", "link_events", "load_events"]

FUTURE = re.compile(
    r"\b(?:пройд[её]т|пройдут|состоится|состоятся|состояться|будет|будут|предстоящ\w*|намечен\w*|"
    r"планиру\w*|готов(?:ит|ят)ся|подготовк\w+\s+к|созыв\w*|запланирован\w*|накануне саммита|собира\w*ся|намерен\w*|ближайш\w*|"
    r"ратифицир\w*|ратификаци\w*|нов(?:ое|ого|ом|ому|ым)\s+(?:заседани|встреч|созыв|саммит)\w*|"
    r"следующ\w+\s+(?:заседани|встреч|саммит)\w*|в скором времени|"
    r"(?:хо(?:чет|тят|тели)|стрем\w+)\s+(?:организовать|устроить|провести)|"
    r"(?:по)?обеща(?:л|ла|ли|ет|ют)\s+(?:[\w-]+\s+){0,2}?\w+(?:ть|ти)|"
    r"(?:инициатив|предложени|предлож)\w*\s+(?:провести|созвать|собрать)|"
    r"план(?:ы|ами|ах|ов|ам)?\s+(?:[\w-]+\s+){0,2}?(?:\w+(?:ть|ти)|по\s+\w+ени\w*))\b",
    re.IGNORECASE,
)
# A meeting agreed or decided ahead ("договорились созвать совет", "договоренность о созыве
# заседания", "решили провести заседание"): settled, to come, and further ahead than a hope
# (COMING_DAYS).
AGREED = re.compile(
    r"\b(?:договорил\w*|договоренност\w*|решил\w*|решени\w*|согласил\w*)\s+(?:о\s+)?"
    r"(?:провести|созвать|собрать|проведени\w*|созыв\w*)",
    re.IGNORECASE,
)
Bounds = tuple[date | None, date | None]  # an undated page's earliest and latest day
DURING_DAYS = 31  # a #during pattern: the sentence's or the publication's date this near
RECENT_DAYS = 7  # a pattern with no date of its own: an event of the week before publication
SLACK_DAYS = 1  # a day and month without a year fits a one-day event this many days either side
NEXT_DAYS = 45  # spoken of as to come, with no date: the first such event after publication
# a meeting of a recurring kind (one phrase, several events) agreed or decided ahead (AGREED) is
# the next of them, held within a season of the page's day ("договорились созвать совет
# Россия-НАТО" in February: the meeting of April)
COMING_DAYS = 92
# A date right after a verb of saying dates the saying, not the event ("заявил 20 марта, что
# учения «Запад-2017» будут…").
SPEECH = re.compile(
    r"\b(?:заяви\w*|сообщи\w*|сказа\w*|отмети\w*|подчеркну\w*|рассказа\w*|объяви\w*|"
    r"напомни\w*|добави\w*|поясни\w*|призва\w*|написа\w*)\s*,?\s*$",
    re.IGNORECASE,
)

# A date that ends a term ("санкции … действуют до 31 июля 2018 года") dates the measure it
# ends, not the events the sentence tells ("в ответ на возвращение Крыма"); "с 1 до 5 мая" is
# a span, and its own.
TERM_END = re.compile(r"(?<!\d)(?<!\d\s)\bдо\s*$", re.IGNORECASE)

# "двухдневный саммит": the number of days an event lasts, which picks among the events one
# phrase fits (the one-day Brussels meeting of 2017, the two-day summit of 2018).
DURATION = re.compile(
    r"\b(одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|десяти)дневн", re.IGNORECASE
)
DAYS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
        "шести": 6, "семи": 7, "десяти": 10}  # fmt: skip

_DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)(?:\s*[-–—]\s*(?P<day2>[0-3]?\d))?\s+{_MONTH}")


def _day_month_fits(event: KBEvent, d: DateMention) -> bool:
    """A date without a year ("2 февраля") fits an event whose days include its day and
    month in some year; any other unresolved date says nothing against it."""
    match = _DAY_MONTH.match(d.text.strip())
    month = month_number(match["month"]) if match else None
    if match is None or month is None:
        return True
    first, last = int(match["day"]), int(match["day2"] or match["day"])
    # a one-day event, a day either side: Moscow's date of an evening in Washington, an
    # agency's slip of a day (a meeting of several days is told by its own days)
    slack = timedelta(days=SLACK_DAYS if event.start == event.end else 0)
    if d.weekday is not None:  # "в воскресенье, 9 июня": only a year where 9 June is a Sunday
        told = WeekdayDay(d.weekday, month, first)
        return first == last and held_on(event.start, event.end, told, slack=slack.days)
    day = event.start - slack
    while day <= event.end + slack:
        if day.month == month and first <= day.day <= last:
            return True
        day += timedelta(days=1)
    return False


def _month_only(d: DateMention) -> int | None:
    """The month of a date left unresolved that names a month and no day ("в декабре прошлого
    года" in an undated article)."""
    match = _MONTH_WORD.search(d.text)
    return month_number(match[0]) if match and not re.search(r"\d", d.text) else None


def _months(event: KBEvent) -> set[int]:
    day, months = event.start, set()
    while day <= event.end and len(months) < 12:
        months.add(day.month)
        day += timedelta(days=1)
    return months


def _weekday(d: DateMention) -> int | None:
    """The weekday of a date left unresolved ("в четверг" in an undated article)."""
    if d.date_start is not None:
        return None
    text = d.text.lower()
    return next((n for stem, n in WEEKDAYS.items() if stem in text), None)


# "последний", "прошлый", "предыдущий" just before an event's words: the latest one held.
LAST_HELD = {"последний", "прошлый", "предыдущий"}


def _last_held(sentence: Sentence, first: int) -> bool:
    """Whether a word of "the last one" stands among the two tokens before the phrase."""
    return any(t.lemma in LAST_HELD for t in sentence.tokens[max(0, first - 2) : first])


def _during(
    event: KBEvent, check: DateMention | None, published: date | None, bounds: Bounds = (None, None)
) -> bool:
    """A #during form: the sentence's date, else the publication day, within DURING_DAYS; a
    date without a year ("25 ноября") when it is the event's day and month; on an undated page,
    the days its text dates it in (`bounds`) when they all lie that near."""
    near = timedelta(days=DURING_DAYS)
    if check is not None and check.date_start is None and _DAY_MONTH.match(check.text.strip()):
        return _day_month_fits(event, check)
    if check is not None and check.date_start is None and (month := _month_only(check)):
        return month in _months(event)  # "в декабре прошлого года", undated: that month
    if check is not None and check.date_start is not None:
        end = check.date_end or check.date_start
        return check.date_start <= event.end + near and event.start - near <= end
    if published is None and None not in bounds:
        return event.start - near <= bounds[0] and bounds[1] <= event.end + near
    return published is not None and event.start - near <= published <= event.end + near


def _overlaps(event: KBEvent, d: DateMention) -> bool:
    if d.date_start is None:
        return _day_month_fits(event, d)
    end = d.date_end or date.max
    return d.date_start <= event.end and event.start <= end


def link_events(
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    mentions: Sequence[Mention],
    text: str,
    published: date | None,
    events: Sequence[KBEvent] | None = None,
    *,
    bounds: Bounds = (None, None),
) -> list[EventMention]:
    """The knowledge-base events an article speaks of, at most one row per event and
    sentence, with the date expression that dates them. An undated page's `bounds` (the
    earliest and latest day its text dates it to, lib.engine.russian.article.infer_date) stand
    for its day: an event told as done that began after the latest is not its news, and a
    generic #during form holds when every day of the range lies near the event."""
    events = load_events() if events is None else events
    # the last day the page may have been written: its own, else the latest its text allows
    latest = published if published is not None else bounds[1]
    out: list[EventMention] = []
    for n, sentence in enumerate(sentences):
        spans = [(d.start, d.end) for d in dates if sentence.start <= d.start < sentence.end]
        raw = candidates(sentence, events, dates=spans)
        # an event found only by a #during form (a year left to the page) may still take its
        # year or name from the sentence before
        raw += told_before(sentences, n, text, events, {e for _, _, e, h in raw if DURING not in h})
        people = [
            (m.start, m.end)
            for m in mentions
            if m.type == "person" and m.sentence_id == sentence.sentence_id
        ]
        raw += poisoned_near(sentences, n, events, {e for _, _, e, _ in raw}, people)
        # "На саммите 9 декабря 2019 года в Париже": the one summit held there that day
        here = [m for m in mentions if m.sentence_id == sentence.sentence_id]
        sentence_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
        known = {e for _, _, e, _ in raw}
        raw += [r for r in held_there(sentence, events, here, sentence_dates) if r[2] not in known]
        if not raw:
            continue
        own_dates = [
            d
            for d in dates
            if sentence.start <= d.start < sentence.end
            and not TERM_END.search(text[max(sentence.start, d.start - 30) : d.start])
        ]
        checked = [
            d
            for d in own_dates
            if not SPEECH.search(text[max(sentence.start, d.start - 30) : d.start])
        ]
        future = _speaks_ahead(text, sentence)
        conditional = waits_on_condition(text, sentence, _future_verb(sentence))
        if carried_condition(sentences, n, text, lambda s: _speaks_ahead(text, s)):
            # "…если X, страна столкнется с последствиями. К ним относятся …": its outcomes too
            future = conditional = True
        agreed = bool(AGREED.search(text[sentence.start : sentence.end]))
        lasting = DURATION.search(text[sentence.start : sentence.end])
        groups: dict[tuple[int, int, str], list[KBEvent]] = {}
        for first, last, event, how in sorted(raw, key=lambda r: _rank(r[3])):
            groups.setdefault((first, last, how), []).append(event)
        named: list[KBEvent] = []  # events named by their alias in this sentence
        linked: list[tuple[int, int]] = []  # token spans linked so far in this sentence
        found: list[KBEvent] = []  # events linked in this sentence, however named
        # a second pass: a phrase several events fit, with no date of its own, is the one of
        # the year of an event the sentence links ("прибудет в Хельсинки после встречи НАТО в
        # Брюсселе": the Brussels meeting of 2018)
        passes = [(key, group, 0) for key, group in groups.items()]
        passes += [(key, group, 1) for key, group in groups.items()]
        for (first, last, how), group, second in passes:
            if (first, last) in linked or (second and not found):
                continue
            if conditional and future and published is None and not how.startswith("alias"):
                continue  # undated: a plan waiting on a condition is not known to have happened
            if DURING in how and any(first < b and a < last for a, b in linked):
                continue  # "саммит НАТО в Уэльсе": the named summit, not the one of the month
            if not how.startswith("alias") and possible(sentence, first, last):
                continue  # "может отказать в продаже F-35": a threat, not the act
            if prevented(sentence, first, last) or opposed(sentence, first, last):
                continue  # "с целью помешать вступлению страны в НАТО": an aim, not the act
            if joining_step(sentence, first, last):
                continue  # "парламент поддержал вступление в НАТО": a step, not the accession
            group = [e for e in group if not _document(sentence, first, last, e)]
            # "не откажется от планов по закупке С-400": to come on the page's day
            group = [
                e
                for e in group
                if not planned(sentence, first, last, _forms(e))
                or (published is not None and e.start > published)
            ]
            if vote_option(sentence, first, last):  # "за присоединение Крыма проголосовало 93%"
                group = [e for e in group if e.type in ("referendum", "election")]
            group = [e for e in group if e not in found]  # one row per event and sentence
            if not group:
                continue  # "протокол о вступлении Черногории": the paper, not the accession
            start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
            mine = _own_dates(own_dates, sentence, first, last)
            if any(
                _overlaps(e, d) for e in group for d in own_dates if d not in mine and d.date_start
            ):
                mine = own_dates  # "в 2014 году после присоединения Крыма": its year too
            nearest = min(mine, key=lambda d: abs(d.start - start), default=None)
            by_distance = sorted(
                (d for d in checked if d in mine), key=lambda d: abs(d.start - start)
            )
            check = by_distance[0] if by_distance else None
            named_one = how.startswith("alias") and len(group) == 1
            fits = [e for e in group if _fits(e, check, latest, future or named_one, conditional)]
            if named_one and check is None and latest is not None and not future:
                fits = [e for e in fits if e.start <= latest + timedelta(NEXT_DAYS)]
            if not fits and len(by_distance) > 1:  # another date of the sentence may be its
                for other in by_distance[1:]:
                    fits = [e for e in group if _fits(e, other, latest, future, conditional)]
                    if fits:
                        nearest = check = other
                        break
            if (
                check is None
                and not how.startswith("alias")
                and leaves_ahead(sentence, first, last)
            ):
                # "Вашингтон выйдет из договора": a withdrawal announced, not yet taken
                fits = [e for e in fits if e.type != "treaty" or _begun(e, published)]
            coming_after = published if future else None
            fits = _within_bounds(fits, own_dates, sentence, last, coming_after)
            dating = found if second else named
            yearless = check is None or (second and check.date_start is None)
            if yearless and dating and not how.startswith("alias"):
                # no date of its own, or one without a year: the sentence's named event dates it
                years = {y for e in dating for y in range(e.start.year, e.end.year + 1)}
                fits = [e for e in fits if years & set(range(e.start.year, e.end.year + 1))]
            if len(fits) > 1 and yearless and found:
                fits = _beside(sentence, linked, found, fits)
            if DURING in how:
                fits = [e for e in fits if _during(e, check, published, bounds)]
            if len(fits) > 1 and lasting:
                days = DAYS[lasting[1].lower()]
                fits = [e for e in fits if (e.end - e.start).days + 1 == days]
            if len(fits) > 1 and check is not None and (day := _weekday(check)) is not None:
                fits = [e for e in fits if e.start.weekday() == day]
            if len(fits) > 1 and future and published is not None:
                ahead = COMING_DAYS if agreed else NEXT_DAYS
                coming = sorted(
                    (e for e in fits if published < e.start <= published + timedelta(ahead)),
                    key=lambda e: e.start,
                )
                fits = coming[:1]  # a meeting to come is the next one, or none known
            past = not future and len(group) > 1
            if past and check is None and published is not None and _last_held(sentence, first):
                # "на последнем саммите НАТО в Брюсселе": the latest of them held before the page
                held = [e for e in fits if e.start <= published]
                fits = [max(held, key=lambda e: e.start)] if held else []
            elif (len(fits) > 1 or past) and check is None and published is not None:
                # a meeting of a recurring kind told as done with no date of its own is the one
                # of the week before the page, even where only one such meeting came before it
                recent = [
                    e
                    for e in fits
                    if published - timedelta(days=RECENT_DAYS) <= e.start <= published
                ]
                fits = recent
            if len(fits) != 1:
                continue
            event = fits[0]
            linked.append((first, last))
            found.append(event)
            if how.startswith("alias"):
                named.append(event)
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


# "вскоре после саммита", "накануне саммита": the phrase after these is of a time just
# before the event the sentence dates, so a date before the word is not its own.
BEFORE_WORDS = {"после", "накануне", "перед"}


def _aside(d: DateMention, sentence: Sentence, first: int, last: int) -> bool:
    """A date inside brackets the phrase at tokens first..last stands outside of ("Юбилейный
    саммит НАТО в Лондоне (70 лет с момента подписания договора в 1949 году)"): the aside's
    date, not the phrase's."""
    tokens = sentence.tokens
    k = next((i for i, t in enumerate(tokens) if t.start <= d.start < t.end), None)
    if k is None:
        return False
    opened = next((i for i in range(k - 1, -1, -1) if tokens[i].text in "()"), None)
    closed = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in "()"), None)
    if opened is None or closed is None or tokens[opened].text != "(" or tokens[closed].text != ")":
        return False
    return not (opened < first and last <= closed)


def _own_dates(
    dates: Sequence[DateMention], sentence: Sentence, first: int, last: int | None = None
) -> list[DateMention]:
    """The dates of the sentence that may be the phrase's at tokens `first` to `last`: after
    "после X", "накануне X", a date written before that word dates the other event ("Заседание
    состоится 13 июля, вскоре после саммита НАТО в Варшаве"); so does one written before "в
    связи с X", "из-за X", "в ответ на X" (CAUSES); and one written after the phrase's "до X",
    "перед X", "накануне X", "после X" is X's ("провести заседание совета до саммита в Варшаве
    8-9 июля": the summit's days, the bound of the meeting)."""
    if last is not None:
        dates = [d for d in dates if not _after_bound(d, sentence, last)]
        dates = [d for d in dates if not _aside(d, sentence, first, last)]
    if last is not None and first > 0 and sentence.tokens[first - 1].lemma == "до":
        # "До переговоров в Гамбурге Трамп и Путин … говорили по телефону: первый раз – 14
        # ноября 2016 года": the sentence tells what came before X; only a date right after
        # the phrase ("до саммита в Варшаве 8-9 июля") is X's
        after = sentence.tokens[min(last, len(sentence.tokens) - 1)]
        return [d for d in dates if sentence.tokens[first].start <= d.start <= after.end]
    lemmas = [t.lemma for t in sentence.tokens[max(0, first - 2) : first]]
    at = next((i for i, lemma in enumerate(lemmas) if lemma in BEFORE_WORDS), None)
    if at is not None:
        word = sentence.tokens[max(0, first - 2) + at]
        return [d for d in dates if d.start > word.start]
    if first > 0 and sentence.tokens[first - 1].lemma == "за":
        # "извинения 27 июля за сбитый Су-24": the act apologised for, thanked or punished for
        # is the cause; a date before "за" is the reply's
        return [d for d in dates if d.start > sentence.tokens[first - 1].start]
    window = max(0, first - 5)
    lemmas = [t.lemma for t in sentence.tokens[window:first]]
    for cause in CAUSES + IMPLEMENTING:
        at = next(
            (i for i in range(len(lemmas)) if tuple(lemmas[i : i + len(cause)]) == cause), None
        )
        if at is not None:
            word = sentence.tokens[window + at]
            return [d for d in dates if d.start > word.start]
    return list(dates)


# Words after an event's phrase that name another event as its bound ("до саммита"); "до"
# before a number is a date range's end ("с 1 до 5 июля").
BOUNDS = BEFORE_WORDS | {"до"}


def _after_bound(d: DateMention, sentence: Sentence, last: int) -> bool:
    """A date after a bound word that follows the phrase ending at token `last`."""
    return _bound_word(d, sentence, last) is not None


def _bound_word(d: DateMention, sentence: Sentence, last: int) -> str | None:
    """The bound word ("до", "перед", "накануне", "после") between the phrase ending at token
    `last` and the date, followed by a noun, not a number; None for none."""
    tokens = sentence.tokens
    return next(
        (
            tokens[k].lemma
            for k in range(last, len(tokens))
            if tokens[k].lemma in BOUNDS
            and k + 1 < len(tokens)
            and not tokens[k + 1].text[:1].isdigit()
            and tokens[k].end <= d.start
        ),
        None,
    )


def _within_bounds(
    fits: list[KBEvent],
    dates: Sequence[DateMention],
    sentence: Sentence,
    last: int,
    coming_after: date | None = None,
) -> list[KBEvent]:
    """The events that keep the bound another event's date sets ("провести заседание до
    саммита 8-9 июля": a meeting held before 8 July; "после саммита 8-9 июля": after 9 July);
    one to come (`coming_after`, the page's day of a sentence of the future) after that day."""
    bounded = False
    for d in dates:
        word = _bound_word(d, sentence, last)
        if word is None or d.date_start is None:
            continue
        bounded = True
        if word == "после":
            fits = [e for e in fits if e.start > (d.date_end or d.date_start)]
        else:
            fits = [e for e in fits if e.end < d.date_start]
    if bounded and coming_after is not None:
        fits = [e for e in fits if e.start > coming_after]
    return fits


# "высланных 31 марта в связи с делом Скрипаля", "ответ 5 февраля на выход США": the event
# after these is the cause, so a date written before them is the consequence's.
CAUSES = (("в", "связь", "с"), ("из", "-", "за"), ("в", "ответ", "на"))
# "подвести итоги в декабре 2019 года в рамках, установленных минскими договоренностями",
# "сообщил 6 июля: … выполнения минских соглашений": an agreement or decision named as the
# frame of what is done later; a date written before these dates the doing, not the signing.
IMPLEMENTING = (("выполнение",), ("реализация",), ("соблюдение",), ("исполнение",), ("рамка",))


def _beside(
    sentence: Sentence,
    linked: Sequence[tuple[int, int]],
    found: Sequence[KBEvent],
    fits: list[KBEvent],
) -> list[KBEvent]:
    """Of the events one phrase fits, with no date of its own, the first after the event the
    sentence names after "после" ("созыв Совета Россия — НАТО вскоре после саммита в Варшаве":
    the council's next meeting), the last before the one it names after "накануне"/"перед"."""
    for (first, _), other in zip(linked, found, strict=True):
        words = {t.lemma for t in sentence.tokens[max(0, first - 3) : first]}
        if "после" in words:
            return sorted((e for e in fits if e.start > other.end), key=lambda e: e.start)[:1]
        if words & {"накануне", "перед"}:
            return sorted((e for e in fits if e.end < other.start), key=lambda e: e.start)[-1:]
    return fits


# A paper named after the event it prepares, told signed ("подписан протокол о вступлении
# Черногории в НАТО", "подписали заявку на вступление"): the event's words are the paper's title,
# the signing an earlier step, not the event. A form that holds the noun itself ("договор о
# принятии Крыма", "подписать протокол") is the paper's own event.
DOCUMENTS = {"протокол", "заявка", "законопроект", "проект"}
# approving or submitting it is a step of the same kind ("одобрили приложение к протоколу о
# присоединении", "подал заявку на присоединение к России");
# a ratification is left to the date check, the sets label it both ways (h2-04 and h16-07)
SIGNING = {"подписать", "подписывать", "подписание", "подпись", "одобрить", "одобрять",
           "подать", "подавать"}  # fmt: skip


def _document(sentence: Sentence, first: int, last: int, event: KBEvent) -> bool:
    """A document noun with "о"/"на" before a word of the phrase at tokens first..last
    (DOCUMENTS) in a sentence that signs it (SIGNING), when the event's own forms do not name
    that paper."""
    lemmas = [t.lemma for t in sentence.tokens]
    if not SIGNING & set(lemmas):
        return False
    papers = {
        lemmas[i]
        for i in range(max(0, first - 2), max(0, last - 2))
        if lemmas[i] in DOCUMENTS and lemmas[i + 1] in {"о", "об", "на"}
    }
    if not papers:
        return False
    return not papers & _forms(event)


def _forms(event: KBEvent) -> set[str]:
    """The lemmas of the event's aliases and patterns."""
    forms = {w for key in event.aliases for w in key}
    return forms | {w for p in event.patterns for term in p for alt in term for w in alt}


def _begun(event: KBEvent, published: date | None) -> bool:
    """Whether the event had begun by the publication day (a day's slip allowed)."""
    return published is not None and event.start <= published + timedelta(days=SLACK_DAYS)


def _rank(how: str) -> int:
    """Aliases first, then patterns, #during forms last."""
    return 0 if how.startswith("alias") else 2 if DURING in how else 1


def _speaks_ahead(text: str, sentence: Sentence) -> bool:
    """Whether the sentence speaks of what is to come (FUTURE, AGREED, a verb in the future)."""
    said = text[sentence.start : sentence.end]
    return bool(FUTURE.search(said)) or bool(AGREED.search(said)) or _future_verb(sentence)


def _future_verb(sentence: Sentence) -> bool:
    """A verb in the future tense ("обернется", "станет"): the sentence speaks of what is to
    come (pymorphy3's first parse of a word it knows)."""
    for token in sentence.tokens:
        found = parses(token.text.lower()) if token.text.isalpha() else ()
        if (
            found
            and found[0].is_known
            and found[0].tag.POS == "VERB"
            and found[0].tag.tense == "futr"
        ):
            return True
    return False


PLAN_DAYS = 31  # a month announced ahead may end this many days before the event starts


def _target(event: KBEvent, d: DateMention) -> bool:
    """A month announced ahead that ends at most PLAN_DAYS before the event starts."""
    end = d.date_end or d.date_start
    return d.precision == "month" and end < event.start <= end + timedelta(days=PLAN_DAYS)


def _fits(
    event: KBEvent,
    nearest: DateMention | None,
    published: date | None,
    future: bool,
    conditional: bool = False,
) -> bool:
    """Whether the event agrees with the sentence's date, else the publication day (on an
    undated page the latest day its text allows, if any); one to come only from a sentence of
    the future that sets no condition on it."""
    if nearest is not None and nearest.date_start is not None:
        # its own date says when, past or to come; a month announced ahead is a target, which
        # the event may miss by weeks ("В январе начнется дислокация": it began in February)
        return _overlaps(event, nearest) or (future and not conditional and _target(event, nearest))
    if nearest is not None and not _day_month_fits(event, nearest):
        return False
    if published is None or event.start <= published:
        return True
    return future and not conditional
