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
- a meeting spoken of as new or next ("нового заседания", "в ближайшие две недели") is one
  to come, never the one of the week before;
- an event to come is not linked from a sentence that makes it wait on a condition ("как
  только все ратифицируют протокол, станет 30-м членом"): the outcome is not settled yet; in
  an undated article, no pattern of a sentence of the future with a condition ("намерен лишить
  Турцию F-35, если она получит С-400") is linked;
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
  ("…от приобретения С-400. Комплексы начнут поступать в республику в следующем году").
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
from lib.engine.eventkb import DURING, EVENTS_DIR
from lib.engine.events import EventMention
from lib.engine.russian.dates import _MONTH, WEEKDAYS, DateMention, month_number
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.text import parses, phrase_key

RUSSIAN_KB = EVENTS_DIR / "kb_ru.csv"
FUTURE = re.compile(
    r"\b(?:пройд[её]т|пройдут|состоится|состоятся|состояться|будет|будут|предстоящ\w*|намечен\w*|"
    r"планиру\w*|готов(?:ит|ят)ся|подготовк\w+\s+к|созыв\w*|запланирован\w*|накануне саммита|собира\w*ся|намерен\w*|ближайш\w*|"
    r"ратифицир\w*|ратификаци\w*|нов(?:ое|ого|ом|ому|ым)\s+(?:заседани|встреч|созыв|саммит)\w*|"
    r"следующ\w+\s+(?:заседани|встреч|саммит)\w*|в скором времени|"
    r"(?:хо(?:чет|тят|тели)|стрем\w+)\s+(?:организовать|устроить|провести)|"
    r"(?:инициатив|предложени|предлож)\w*\s+(?:провести|созвать|собрать))\b",
    re.IGNORECASE,
)
PATTERN_SPAN = 10  # tokens per term of a pattern: its terms lie within this many times (n - 1) + 6
DURING_DAYS = 31  # a #during pattern: the sentence's or the publication's date this near
RECENT_DAYS = 7  # a pattern with no date of its own: an event of the week before publication
SLACK_DAYS = 1  # a day and month without a year fits a one-day event this many days either side
NEXT_DAYS = 45  # spoken of as to come, with no date: the first such event after publication
# A sentence that makes what is to come wait on a condition ("как только все ратифицируют
# протокол, станет 30-м членом", "для вступления протокол должен быть ратифицирован") speaks
# of an outcome not yet settled: no event after publication is linked from it.
CONDITION = re.compile(
    r"\b(?:как только|при условии|в случае(?! с)|если|должн[аоы]? быть|необходимо)\b",
    re.IGNORECASE,
)
# A date right after a verb of saying dates the saying, not the event ("заявил 20 марта, что
# учения «Запад-2017» будут…").
SPEECH = re.compile(
    r"\b(?:заяви\w*|сообщи\w*|сказа\w*|отмети\w*|подчеркну\w*|рассказа\w*|объяви\w*|"
    r"напомни\w*|добави\w*|поясни\w*|призва\w*|написа\w*)\s*,?\s*$",
    re.IGNORECASE,
)

# "двухдневный саммит": the number of days an event lasts, which picks among the events one
# phrase fits (the one-day Brussels meeting of 2017, the two-day summit of 2018).
DURATION = re.compile(
    r"\b(одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|десяти)дневн", re.IGNORECASE
)
DAYS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
        "шести": 6, "семи": 7, "десяти": 10}  # fmt: skip

YEAR_SUFFIX = re.compile(r"(?<=[^\W\d])-(?:19|20)\d\d$")

Key = tuple[str, ...]


@dataclass(frozen=True)
class KBEvent(eventkb.KnownEvent):
    """A knowledge-base event (id, name, type, days: eventkb.KnownEvent) with its Russian forms."""

    aliases: tuple[Key, ...]
    patterns: tuple[tuple[tuple[Key, ...], ...], ...]  # terms, each a tuple of alternatives
    absent: tuple[frozenset[Key], ...] = ()  # per pattern: phrases that must not be there
    during: frozenset[str] = frozenset()  # "alias" and/or pattern indexes marked #during


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def parse_pattern(text: str) -> tuple[tuple[Key, ...], ...]:
    return tuple(
        tuple(phrase_key(alt) for alt in term.split("/") if alt.strip())
        for term in text.replace(DURING, "").split(" + ")
        if term.strip() and not term.strip().startswith("-")
    )


def _absent(text: str) -> frozenset[Key]:
    """The phrases of a pattern's `-a/b` terms: one word each, or several in a row ("-выход
    России": Russia's withdrawal, not any withdrawal)."""
    return frozenset(
        phrase_key(alt)
        for term in text.split(" + ")
        if term.strip().startswith("-")
        for alt in term.strip()[1:].split("/")
        if phrase_key(alt)
    )


def _event(event: eventkb.KBEvent, row: dict) -> KBEvent:
    aliases = _split(row["aliases"])
    patterns = [(t, parse_pattern(t)) for t in _split(row["patterns"])]
    patterns = [(t, p) for t, p in patterns if len(p) > 1]
    during = {str(i) for i, (t, _) in enumerate(patterns) if DURING in t}
    if any(DURING in a for a in aliases):
        during.add("alias")
    return KBEvent(
        event.event_id,
        event.name,
        event.type,
        event.start,
        event.end,
        tuple(phrase_key(a.replace(DURING, "")) for a in aliases if a.replace(DURING, "").strip()),
        tuple(p for _, p in patterns),
        tuple(_absent(t) for t, _ in patterns),
        frozenset(during),
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
        _event(event, forms[event.event_id]) for event in english if event.event_id in forms
    )


@cache
def event_words(russian: Path = RUSSIAN_KB) -> frozenset[tuple[str, ...]]:
    """The abbreviations kb_ru.csv names treaty events by ("ДРСМД", "РСМД", "ДСНВ"): a treaty, not an
    organisation, when the NER takes one for a body."""
    if not Path(russian).exists():
        return frozenset()
    treaties = {e.event_id for e in eventkb.load_kb() if e.type == "treaty"}
    with Path(russian).open(encoding="utf-8", newline="") as handle:
        cells = [
            r["aliases"] + "|" + r["patterns"]
            for r in csv.DictReader(handle)
            if r["event_id"].strip() in treaties
        ]
    words = re.findall(r"(?<![\w-])[А-ЯЁ]{3,}(?![\w-])", " ".join(cells))
    return frozenset(phrase_key(w) for w in words)


def _at(key: Key, lemmas: Sequence[str], i: int) -> bool:
    """The key's lemmas at token i; a token "juncture-2018" is also "juncture" (a name with its
    year joined by a hyphen), so "Trident Juncture-2018" is Trident Juncture and "Запад-2017"
    still Запад-2017."""
    return all(
        lemma == k or YEAR_SUFFIX.sub("", lemma) == k or _reflexive(lemma) == k
        for k, lemma in zip(key, lemmas[i : i + len(key)], strict=True)
    )


def _reflexive(lemma: str) -> str | None:
    """A reflexive verb's lemma without -ся ("присоединиться" -> "присоединить"): "Крым
    присоединился к России" tells what "присоединить Крым" does."""
    return lemma[:-2] if len(lemma) > 5 and lemma.endswith(("ться", "тись")) else None


def _find(key: Key, lemmas: Sequence[str]) -> int:
    n = len(key)
    for i in range(len(lemmas) - n + 1):
        if _at(key, lemmas, i):
            return i
    return -1


def _find_all(key: Key, lemmas: Sequence[str]) -> list[int]:
    n = len(key)
    return [i for i in range(len(lemmas) - n + 1) if _at(key, lemmas, i)]


def _place(
    pattern: tuple[tuple[Key, ...], ...], lemmas: Sequence[str], present: set[str]
) -> tuple[int, int] | None:
    """The tightest (first, last) tokens where every term of the pattern is met, each term
    by the occurrence nearest the first term's, if close enough (PATTERN_SPAN)."""
    hits = [
        [
            (i, i + len(alt))
            for alt in term
            if alt and alt[0] in present
            for i in _find_all(alt, lemmas)
        ]
        for term in pattern
    ]
    if not all(hits):
        return None
    best = None
    for anchor in hits[0]:
        spots = [anchor] + [min(h, key=lambda s: abs(s[0] - anchor[0])) for h in hits[1:]]
        first, last = min(s for s, _ in spots), max(e for _, e in spots)
        if last - first <= PATTERN_SPAN * (len(pattern) - 1) + 6 and (
            best is None or last - first < best[1] - best[0]
        ):
            best = (first, last)
    return best


def _candidates(
    sentence: Sentence, events: Sequence[KBEvent]
) -> list[tuple[int, int, KBEvent, str]]:
    """(first token, last token, event, how) for every alias or full pattern; `how` is
    "alias" or "pattern", with " #during" when the form found is so marked."""
    lemmas = [t.lemma for t in sentence.tokens]
    # a phrase whose first lemma is not in the sentence is not searched
    present = set(lemmas) | {YEAR_SUFFIX.sub("", lemma) for lemma in lemmas}
    present |= {r for lemma in lemmas if (r := _reflexive(lemma))}
    found = []
    for event in events:
        for alias in event.aliases:
            i = _find(alias, lemmas) if alias and alias[0] in present else -1
            if i >= 0:
                marked = " " + DURING if "alias" in event.during else ""
                found.append((i, i + len(alias), event, "alias" + marked))
                break
        else:
            # a plain pattern before a #during one: it links whatever the day
            order = sorted(range(len(event.patterns)), key=lambda n: str(n) in event.during)
            for n in order:
                pattern = event.patterns[n]
                if not all(any(alt and alt[0] in present for alt in term) for term in pattern):
                    continue
                if n < len(event.absent) and any(
                    key[0] in present and _find(key, lemmas) >= 0 for key in event.absent[n]
                ):
                    continue
                place = _place(pattern, lemmas, present)
                if place is not None:
                    marked = " " + DURING if str(n) in event.during else ""
                    found.append((*place, event, "pattern" + marked))
                    break
    return found


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
    day = event.start - slack
    while day <= event.end + slack:
        if day.month == month and first <= day.day <= last:
            return True
        day += timedelta(days=1)
    return False


def _weekday(d: DateMention) -> int | None:
    """The weekday of a date left unresolved ("в четверг" in an undated article)."""
    if d.date_start is not None:
        return None
    text = d.text.lower()
    return next((n for stem, n in WEEKDAYS.items() if stem in text), None)


def _during(event: KBEvent, check: DateMention | None, published: date | None) -> bool:
    """A #during form: the sentence's date, else the publication day, within DURING_DAYS; a
    date without a year ("25 ноября") when it is the event's day and month."""
    near = timedelta(days=DURING_DAYS)
    if check is not None and check.date_start is None and _DAY_MONTH.match(check.text.strip()):
        return _day_month_fits(event, check)
    if check is not None and check.date_start is not None:
        end = check.date_end or check.date_start
        return check.date_start <= event.end + near and event.start - near <= end
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
) -> list[EventMention]:
    """The knowledge-base events an article speaks of, at most one row per event and
    sentence, with the date expression that dates them."""
    events = load_events() if events is None else events
    out: list[EventMention] = []
    for n, sentence in enumerate(sentences):
        raw = _candidates(sentence, events)
        raw += _told_before(sentences, n, text, events, {e for _, _, e, _ in raw})
        if not raw:
            continue
        own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
        checked = [
            d
            for d in own_dates
            if not SPEECH.search(text[max(sentence.start, d.start - 30) : d.start])
        ]
        future = bool(FUTURE.search(text[sentence.start : sentence.end])) or _future_verb(sentence)
        conditional = bool(CONDITION.search(text[sentence.start : sentence.end]))
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
            start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
            mine = _own_dates(own_dates, sentence, first)
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
            fits = [
                e for e in group if _fits(e, check, published, future or named_one, conditional)
            ]
            if named_one and check is None and published is not None and not future:
                fits = [e for e in fits if e.start <= published + timedelta(NEXT_DAYS)]
            if not fits and len(by_distance) > 1:  # another date of the sentence may be its
                for other in by_distance[1:]:
                    fits = [e for e in group if _fits(e, other, published, future, conditional)]
                    if fits:
                        nearest = check = other
                        break
            dating = found if second else named
            yearless = check is None or (second and check.date_start is None)
            if yearless and dating and not how.startswith("alias"):
                # no date of its own, or one without a year: the sentence's named event dates it
                years = {y for e in dating for y in range(e.start.year, e.end.year + 1)}
                fits = [e for e in fits if years & set(range(e.start.year, e.end.year + 1))]
            if len(fits) > 1 and yearless and found:
                fits = _beside(sentence, linked, found, fits)
            if DURING in how:
                fits = [e for e in fits if _during(e, check, published)]
            if len(fits) > 1 and lasting:
                days = DAYS[lasting[1].lower()]
                fits = [e for e in fits if (e.end - e.start).days + 1 == days]
            if len(fits) > 1 and check is not None and (day := _weekday(check)) is not None:
                fits = [e for e in fits if e.start.weekday() == day]
            if len(fits) > 1 and future and published is not None:
                coming = sorted(
                    (e for e in fits if published < e.start <= published + timedelta(NEXT_DAYS)),
                    key=lambda e: e.start,
                )
                fits = coming[:1]  # a meeting to come is the next one, or none known
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


def _own_dates(dates: Sequence[DateMention], sentence: Sentence, first: int) -> list[DateMention]:
    """The dates of the sentence that may be the phrase's at token `first`: after "после X",
    "накануне X", a date written before that word dates the other event ("Заседание состоится
    13 июля, вскоре после саммита НАТО в Варшаве"); so does one written before "в связи с X",
    "из-за X", "в ответ на X" (CAUSES)."""
    lemmas = [t.lemma for t in sentence.tokens[max(0, first - 2) : first]]
    at = next((i for i, lemma in enumerate(lemmas) if lemma in BEFORE_WORDS), None)
    if at is not None:
        word = sentence.tokens[max(0, first - 2) + at]
        return [d for d in dates if d.start > word.start]
    window = max(0, first - 5)
    lemmas = [t.lemma for t in sentence.tokens[window:first]]
    for cause in CAUSES:
        at = next(
            (i for i in range(len(lemmas)) if tuple(lemmas[i : i + len(cause)]) == cause), None
        )
        if at is not None:
            word = sentence.tokens[window + at]
            return [d for d in dates if d.start > word.start]
    return list(dates)


# "высланных 31 марта в связи с делом Скрипаля", "ответ 5 февраля на выход США": the event
# after these is the cause, so a date written before them is the consequence's.
CAUSES = (("в", "связь", "с"), ("из", "-", "за"), ("в", "ответ", "на"))


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


# Head nouns that speak of an event named in the sentence before ("…провести заседание совета
# НАТО-Россия». «Заседание состоится 13 июля…»; "…из Договора о РСМД. … приостановить участие
# в договоре"): they take that name.
HEAD_NOUNS = {"заседание", "договор", "соглашение", "орган"}
# Generic nouns a step of an arms deal is told by when the sentence before named the weapon
# and its buyer ("…Турция не отказывается от приобретения С-400. Комплексы начнут поступать в
# республику в следующем году"): they take the sentence before whole.
DEAL_NOUNS = {"комплекс", "поставка"}


def _told_before(
    sentences: Sequence[Sentence], n: int, text: str, events: Sequence[KBEvent], known: set
) -> list[tuple[int, int, KBEvent, str]]:
    """What a head noun of sentence n completes with the name the sentence before gives, else
    the two before when they share its paragraph (a bare "договор" after "…выйти из Договора
    о РСМД. Об этом говорится в заявлении. …прекращение действия договора")."""
    if n == 0:
        return []
    found = _carried(sentences[n - 1], sentences[n], events, known)
    if found or n < 2 or "\n" in text[sentences[n - 2].end : sentences[n].start]:
        return found
    first, second = sentences[n - 2], sentences[n - 1]
    both = Sentence(second.sentence_id, first.start, second.end, first.section,
                    first.tokens + second.tokens)  # fmt: skip
    return _carried(both, sentences[n], events, known)


def _carried(
    before: Sentence, sentence: Sentence, events: Sequence[KBEvent], known: set[KBEvent]
) -> list[tuple[int, int, KBEvent, str]]:
    """The patterns a head noun of the sentence completes with the name the sentence before
    gives (HEAD_NOUNS; the whole sentence before for DEAL_NOUNS), over this sentence's tokens
    up to the pattern's end."""
    lemmas = {t.lemma for t in sentence.tokens}
    if not lemmas & (HEAD_NOUNS | DEAL_NOUNS):
        return []
    # the sentence before gives the name only: the words of the patterns' last terms (the
    # council's, the treaty's name), nothing else
    names = {lemma for e in events for p in e.patterns for alt in p[-1] for lemma in alt}
    named = tuple(t for t in before.tokens if t.lemma in names)
    if lemmas & DEAL_NOUNS:
        named = before.tokens  # the weapon and its buyer, wherever the sentence before has them
    joined = Sentence(sentence.sentence_id, before.start, sentence.end, sentence.section,
                      named + sentence.tokens)  # fmt: skip
    offset = len(named)
    return [
        (0, last - offset, event, how)
        for first, last, event, how in _candidates(joined, events)
        if how.startswith("pattern") and first < offset < last and event not in known
    ]


def _rank(how: str) -> int:
    """Aliases first, then patterns, #during forms last."""
    return 0 if how.startswith("alias") else 2 if DURING in how else 1


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
    """Whether the event agrees with the sentence's date, else the publication day; one to
    come only from a sentence of the future that sets no condition on it."""
    if nearest is not None and nearest.date_start is not None:
        # its own date says when, past or to come; a month announced ahead is a target, which
        # the event may miss by weeks ("В январе начнется дислокация": it began in February)
        return _overlaps(event, nearest) or (future and not conditional and _target(event, nearest))
    if nearest is not None and not _day_month_fits(event, nearest):
        return False
    if published is None or event.start <= published:
        return True
    return future and not conditional
