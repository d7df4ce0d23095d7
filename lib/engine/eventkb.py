"""The event knowledge base (data/events/kb.csv), the word classes its patterns use
(data/events/classes.csv) and the trigger lexicon, loaded and checked.

Formats are documented in data/events/README.md. Users may pass their own KB files too;
rows of later files replace rows of earlier ones with the same event_id.

A pattern's terms are of three sorts once read:
- word terms ("summit", "@shoot-down" expanded to its class's words): matched by the
  pipeline's phrase matcher, and every one must occur in the sentence;
- context terms, holding an entity id ("country:TUR") and perhaps words: satisfied by a
  mention of the entity linked in the sentence ("Turkey", "Turkish", "Ankara") or one of
  the words; "!" terms: none of their alternatives may occur in the sentence;
- "#during": the pattern holds only when the sentence's date, or the publication date,
  falls within the event's dates (widened by NEAR_DAYS);
- "#recent": the same for the sentence's date, but a publication date may also lie in the
  year after the event: "the presidential election" is the last one held;
- "#announced": the pattern tells a step the event announced: told in the future ("Washington
  will withdraw from the treaty"), it is the announcement in the six weeks after it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from lib.paths import DATA_DIR

EVENTS_DIR = DATA_DIR / "events"
DEFAULT_KB = EVENTS_DIR / "kb.csv"
TRIGGERS = EVENTS_DIR / "triggers.csv"
CLASSES = EVENTS_DIR / "classes.csv"
KB_COLUMNS = (
    "event_id",
    "name",
    "type",
    "date_start",
    "date_end",
    "place",
    "participants",
    "aliases",
    "patterns",
    "reference",
)

Pattern = tuple[tuple[str, ...], ...]  # word terms, each a tuple of alternatives

# "country:TUR", "person:sergei-skripal", "org:nato", "location:crimea": an entity id
ENTITY_ALTERNATIVE = re.compile(r"^(?:person|country|org|location):[\w.-]+$")
# A verb and its particle or infinitive around an object: "ordered … to leave" is met by "ordered
# 23 Russian diplomats to leave", "pull … out" by "pull the U.S. out" (up to GAP_WORDS words).
GAP = "…"
GAP_WORDS = 4
DURING = "#during"
RECENT = "#recent"
ANNOUNCED = "#announced"
# News speaks of an event a day or two before it starts ("leaders gather in Warsaw") and
# of a summit as "the NATO meeting" the day after it ends; a publication date off by a day
# (another time zone) is common too.
NEAR_DAYS = 2


# How news refers back (or ahead) to a treaty it names elsewhere in the article: "the
# agreement", "a landmark nuclear arms treaty with Russia", "a Cold-War era treaty with Russia".
TREATY_REFERENCES = (
    "the treaty",
    "the agreement",
    "the deal",
    "the pact",
    "the accord",
    "this treaty",
    "that treaty",
    "this agreement",
    "nuclear treaty",
    "nuclear deal",
    "nuclear pact",
    "nuclear agreement",
    "nuke treaty",
    "arms treaty",
    "arms control treaty",
    "arms control pact",
    "missile treaty",
    "treaty with russia",
    "treaty with moscow",
    "treaty with the soviet union",
    "agreement with russia",
    "deal with russia",
    "pact with russia",
)


# How news refers back to a law it names elsewhere in the article ("CAATSA … Lawmakers argued
# that the law, passed in 2017, ought to be applied"): the law's noun with an article.
LAW_REFERENCES = (
    "the law",
    "this law",
    "that law",
    "the act",
    "the legislation",
    "the sanctions law",
    "the sanctions legislation",
)


# How news refers back to a weapon system it names by its code elsewhere in the article ("the
# S-400 … The initial parts of the system were delivered to Ankara in July", "the missile
# systems, delivered by Russia last summer"), and to the first of its deliveries ("the first
# batch arrived at Murted").
SYSTEM_REFERENCES = (
    "the first batch",
    "the first shipment",
    "the first parts",
    "the initial parts",
    "the first components",
    "the system",
    "the systems",
    "the missile system",
    "the missile systems",
    "the missiles",
    "the air defence system",
    "the air defense system",
    "the air defence systems",
    "the air defense systems",
    "the russian system",
    "the russian systems",
)

# A weapon's code, alone or with its name: "s-400", "s400s", "s-400 triumf".
_WEAPON_CODE = re.compile(r"^[a-z]{1,3}-?\d{2,3}s?(?: [a-z]+)?$")


def paper_references(term: Sequence[str]) -> tuple[str, ...]:
    """The references that may stand for a pattern's term where the article names its paper: a
    treaty's ("inf/inf treaty/intermediate-range": "the treaty", "the agreement") or a law's
    ("caatsa/countering america's adversaries through sanctions act": "the law", "the act"),
    or its weapon system, a term of a code's forms only ("s-400/s400": "the system")."""
    if any(alt.endswith(" treaty") for alt in term):
        return TREATY_REFERENCES
    if any(alt.endswith(" act") for alt in term):
        return LAW_REFERENCES
    if term and all(_WEAPON_CODE.match(alt) for alt in term):
        return SYSTEM_REFERENCES
    return ()


def names_treaty(term: Sequence[str]) -> bool:
    """Whether a pattern's term is a treaty's, a law's or a weapon system's name: a reference
    ("the treaty", "the law", "the system") may stand for it where the article names it
    (paper_references)."""
    return bool(paper_references(term))


@dataclass(frozen=True)
class Context:
    """What a pattern asks of its sentence beyond its word terms."""

    terms: tuple[tuple[str, ...], ...] = ()  # each: entity ids and/or words, any of them
    absent: tuple[str, ...] = ()  # entity ids and/or words of which none may occur
    during: bool = False  # only when a date of the text or the publication fits the event
    recent: bool = False  # (with during) a publication date in the year after it fits too
    announced: bool = False  # the step announced: told in the future, the announcement

    def __bool__(self) -> bool:
        return bool(self.terms or self.absent or self.during or self.announced)


@dataclass(frozen=True)
class KnownEvent:
    """What every language reads of a knowledge-base event: which it is and its days. The
    English record (KBEvent) adds its place, participants and English forms; the Russian one
    (lib.engine.russian.events.KBEvent) its Russian forms."""

    event_id: str
    name: str
    type: str
    start: date
    end: date

    @property
    def entity_id(self) -> str:
        return f"event:{self.event_id}"


@dataclass(frozen=True)
class KBEvent(KnownEvent):
    place: str
    participants: tuple[str, ...]
    aliases: tuple[str, ...]
    patterns: tuple[Pattern, ...]  # the word terms of each pattern
    reference: str
    # parallel to `patterns`: the context each pattern asks for (none for plain patterns)
    contexts: tuple[Context, ...] = ()


@dataclass(frozen=True)
class Trigger:
    phrase: str
    type: str
    needs_date: bool


def _alternative(alt: str) -> str:
    alt = alt.strip()
    return alt if ENTITY_ALTERNATIVE.match(alt.lstrip("!")) else alt.lower()


def split_at_gap(alt: str) -> tuple[str, str] | None:
    """The words before and after an alternative's gap ("ordered … to leave"), or None
    without one. Raises ValueError for a gap without words on both sides, or two gaps."""
    if GAP not in alt:
        return None
    before, _, after = alt.partition(GAP)
    if not before.strip() or not after.strip() or GAP in after:
        raise ValueError(f"a gap '{GAP}' needs words on both sides, once: {alt!r}")
    return before.strip(), after.strip()


def split_pattern(
    text: str, classes: dict[str, tuple[str, ...]]
) -> tuple[tuple[tuple[str, ...], ...], Context]:
    """A pattern as written -> its word terms (for the phrase matcher) and its context.
    Raises ValueError (with the reason) for an unknown class, an empty term, a "#" term
    other than #during, #recent and #announced, or a pattern without a word term."""
    words: list[tuple[str, ...]] = []
    terms: list[tuple[str, ...]] = []
    absent: list[str] = []
    during = recent = announced = False
    for raw in text.split("+"):
        raw = raw.strip()
        if not raw:
            raise ValueError(f"empty term in pattern {text!r}")
        if raw == ANNOUNCED:
            announced = True
            continue
        if raw.startswith("#"):
            if raw not in (DURING, RECENT):
                raise ValueError(
                    f"unknown term {raw!r} in pattern {text!r}: "
                    f"only {DURING}, {RECENT} or {ANNOUNCED}"
                )
            during, recent = True, recent or raw == RECENT
            continue
        negative = raw.startswith("!")
        alternatives = [_alternative(a) for a in raw.lstrip("!").split("/")]
        if any(not a for a in alternatives):
            raise ValueError(f"empty alternative in term {raw!r} of pattern {text!r}")
        expanded: list[str] = []
        for alt in alternatives:
            if alt.startswith("@"):
                if alt[1:] not in classes:
                    raise ValueError(
                        f"unknown word class {alt!r} in pattern {text!r}: "
                        f"classes are {sorted(classes)} (data/events/classes.csv)"
                    )
                expanded.extend(classes[alt[1:]])
            else:
                expanded.append(alt)
        expanded = list(dict.fromkeys(verb_paradigm(expanded)))
        for alt in expanded:
            split_at_gap(alt)
        if negative:
            absent.extend(expanded)
        elif any(ENTITY_ALTERNATIVE.match(a) for a in expanded):
            terms.append(tuple(expanded))
        else:
            words.append(tuple(expanded))
    if not words:
        raise ValueError(
            f"pattern {text!r} has no term of words only: one is needed to find the sentence"
        )
    absent = list(dict.fromkeys(absent))
    return tuple(words), Context(tuple(terms), tuple(absent), during, recent, announced)


def _verb_forms(base: str) -> tuple[str, str, str]:
    """A regular English verb's -s, -ed and -ing forms."""
    if base.endswith("e") and not base.endswith("ee"):
        return base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return base + "es", base + "ed", base + "ing"
    return base + "s", base + "ed", base + "ing"


def verb_paradigm(alternatives: Sequence[str]) -> list[str]:
    """A term that lists a verb in two of its inflected forms holds all of them: news writes
    "we are suspending" where the KB wrote "suspend/suspended/suspends", and "apologizing"
    beside "apologised/apologizes". Nouns and verbs given in one form are left as written."""
    out = list(alternatives)
    for base in alternatives:
        if not base.isalpha():
            continue
        forms = _verb_forms(base)
        if sum(f in alternatives for f in forms) >= 2:
            out.extend(f for f in forms if f not in out)
    return out


def people_by_entity(
    words: Sequence[tuple[str, ...]], context: Context, participants: Sequence[str]
) -> tuple[tuple[tuple[str, ...], ...], Context]:
    """A word term holding a participant's surname ("erdogan" of person:recep-tayyip-erdogan)
    is met by any mention linked to that person too: "Erdoğan", "Yanukovich" and "the
    Turkish leader's" spellings are one person once linked. The term becomes a context term
    unless it is the pattern's last term of words (one is needed to find the sentence)."""
    surnames = {
        p.rsplit("-", 1)[-1]: p for p in participants if p.startswith("person:") and "-" in p
    }
    kept, terms = list(words), list(context.terms)
    for term in words:
        people = [surnames[alt] for alt in term if alt in surnames]
        if people and len(kept) > 1:
            kept.remove(term)
            terms.append((*people, *term))
    return tuple(kept), replace(context, terms=tuple(terms))


@cache
def load_classes(path: Path = CLASSES) -> dict[str, tuple[str, ...]]:
    """Word classes: name -> its words ("shoot-down" -> "shot down", "downed", ...)."""
    classes: dict[str, tuple[str, ...]] = {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if not line.startswith("#"))
        for line, row in enumerate(reader, start=2):
            name = (row.get("class") or "").strip()
            words = tuple(w.strip().lower() for w in (row.get("words") or "").split("|"))
            if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) or not all(words):
                raise ValueError(
                    f"{path}: row {line}: expected a class name (lower case, hyphens) and "
                    f"words joined by '|', got {name!r}: {row.get('words')!r}"
                )
            if name in classes:
                raise ValueError(f"{path}: row {line}: class {name!r} is defined twice")
            classes[name] = words
    return classes


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_kb_file(path: Path, classes: dict[str, tuple[str, ...]] | None = None) -> list[KBEvent]:
    """One KB file; a bad row raises an error naming the file, the line and the problem."""
    classes = load_classes() if classes is None else classes
    events = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in KB_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {missing}; expected {list(KB_COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            try:
                start = date.fromisoformat(row["date_start"].strip())
                end = date.fromisoformat((row["date_end"] or row["date_start"]).strip())
            except ValueError as exc:
                raise ValueError(
                    f"{path}:{line}: bad date in event {row['event_id']!r}: {exc}"
                ) from exc
            if end < start:
                raise ValueError(f"{path}:{line}: event {row['event_id']!r} ends before it starts")
            # A one-term pattern would link every mention of a place or a word: keep those that
            # name the event itself ("trident juncture"), which are written as aliases anyway.
            try:
                participants = tuple(_split(row["participants"]))
                read = [
                    people_by_entity(*split_pattern(t, classes), participants)
                    for t in _split(row["patterns"])
                ]
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: event {row['event_id']!r}: {exc}") from exc
            events.append(
                KBEvent(
                    event_id=row["event_id"].strip(),
                    name=row["name"].strip(),
                    type=row["type"].strip(),
                    start=start,
                    end=end,
                    place=row["place"].strip(),
                    participants=participants,
                    aliases=tuple(a.lower() for a in _split(row["aliases"])),
                    patterns=tuple(words for words, _ in read),
                    reference=row["reference"].strip(),
                    contexts=tuple(context for _, context in read),
                )
            )
    return events


@cache
def load_kb(paths: tuple[Path, ...] = (DEFAULT_KB,)) -> tuple[KBEvent, ...]:
    by_id: dict[str, KBEvent] = {}
    for path in paths:
        for event in read_kb_file(path):
            by_id[event.event_id] = event
    return tuple(by_id.values())


@cache
def load_triggers(path: Path = TRIGGERS) -> tuple[Trigger, ...]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple(
            Trigger(
                r["trigger"].strip().lower(), r["type"].strip(), r["needs_date"].strip() == "yes"
            )
            for r in rows
        )


def kb_table(events: Iterable[KBEvent]) -> pd.DataFrame:
    """The kb_events table of the data contract."""
    return pd.DataFrame(
        [
            {
                "entity_id": e.entity_id,
                "name": e.name,
                "type": e.type,
                "date_start": e.start,
                "date_end": e.end,
                "place": e.place,
                "participants": list(e.participants),
                "reference": e.reference,
            }
            for e in events
        ]
    )


def kb_paths(extra: Sequence[str | Path] = ()) -> tuple[Path, ...]:
    return (DEFAULT_KB, *(Path(p) for p in extra))
