"""The event knowledge base (data/events/kb.csv) and the trigger lexicon, loaded and checked.

Formats are documented in data/events/README.md. Users may pass their own KB files too;
rows of later files replace rows of earlier ones with the same event_id.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from lib.paths import DATA_DIR

EVENTS_DIR = DATA_DIR / "events"
DEFAULT_KB = EVENTS_DIR / "kb.csv"
TRIGGERS = EVENTS_DIR / "triggers.csv"
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

Pattern = tuple[tuple[str, ...], ...]  # terms, each a tuple of alternatives


@dataclass(frozen=True)
class KBEvent:
    event_id: str
    name: str
    type: str
    start: date
    end: date
    place: str
    participants: tuple[str, ...]
    aliases: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    reference: str

    @property
    def entity_id(self) -> str:
        return f"event:{self.event_id}"


@dataclass(frozen=True)
class Trigger:
    phrase: str
    type: str
    needs_date: bool


def parse_pattern(text: str) -> Pattern:
    """'summit/leaders meeting + london' -> (('summit', 'leaders meeting'), ('london',))."""
    terms = tuple(
        tuple(alt.strip().lower() for alt in term.split("/") if alt.strip())
        for term in text.split("+")
    )
    return tuple(t for t in terms if t)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_kb_file(path: Path) -> list[KBEvent]:
    """One KB file; a bad row raises an error naming the file, the line and the problem."""
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
            patterns = tuple(p for p in (parse_pattern(t) for t in _split(row["patterns"])) if p)
            events.append(
                KBEvent(
                    event_id=row["event_id"].strip(),
                    name=row["name"].strip(),
                    type=row["type"].strip(),
                    start=start,
                    end=end,
                    place=row["place"].strip(),
                    participants=tuple(_split(row["participants"])),
                    aliases=tuple(a.lower() for a in _split(row["aliases"])),
                    patterns=patterns,
                    reference=row["reference"].strip(),
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
