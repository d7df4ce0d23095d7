"""Frames that make the words of joining an alliance (the `join-alliance` class of
data/events/classes.csv: "accession", "join", "membership", ...) tell a step towards the
accession or a prospect of it, not the accession itself (step 1 of lib.engine.events, read by
lib.engine.event_candidates for aliases and patterns alike):

- a paper or a step named after it: "the protocol on the accession of Montenegro", "a
  referendum on joining NATO", "the NATO accession protocol", "a membership invite",
  "admission criteria";
- a prospect: "the expected accession", "potential member states", "reforms to become NATO's
  30th member", "warns Montenegro not to join", "preparing to join", "opposes Montenegro
  joining";
- a hypothesis, or a future that waits on a condition: "a NATO accession of Montenegro would
  not change the balance", "will become NATO's 29th member after all member countries approve
  the protocol".

News tells each step of an enlargement (invitation, talks, protocol, ratifications) in the words
of the accession; only the accession told as done is the event. An event whose own forms name
the paper ("accession protocol") is that paper's event, and the frame does not hold for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from lib.engine.eventkb import KBEvent, load_classes

# A paper or a step whose subject is the accession: "protocol on the accession of", "a
# referendum on joining", "signed an accord on Wednesday to join" (up to three words between).
_PAPER_BEFORE = re.compile(
    r"\b(protocols?|resolutions?|bills?|laws?|applications?|initiatives?|ratification|requests?|"
    r"bids?|invitations?|referend(?:um|ums|a)|talks|negotiations|accords?|agreements?)"
    r"\s+(?:on|of|for|about|to|over)\s+(?:[\w'’.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The accession's word as the first half of a step's name: "accession protocol", "membership
# invite", "admission criteria", "accession talks".
_STEP_AFTER = re.compile(
    r"^\s+(protocols?|invit\w*|bids?|applications?|talks|negotiations|criteria|action plan|"
    r"process|requests?|referend\w*|aspirations?|prospects?|hopes?)\b",
    re.IGNORECASE,
)
# A prospect's adjective before the word: "the expected accession", "potential member states".
_PROSPECT_BEFORE = re.compile(
    r"\b(?:expected|potential|prospective|future|would-be|aspiring|eventual|possible|planned)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A verb of prospect or of opposing in the word's clause: "to become NATO's 30th member",
# "warns Montenegro not to join", "preparing to join", "opposes Montenegro joining".
_AIM_BEFORE = re.compile(
    r"\b(?:to become|not to|oppos\w+|block\w*|veto\w*|prevent\w*|prepar\w+)\b[^.;:,]{0,40}$",
    re.IGNORECASE,
)
# A hypothesis ("would not change", "could join"); lower case only: "May" is a month.
_HYPOTHESIS = re.compile(r"\b(?:would|could|might|may)\b")
# A verb of saying before the modal makes it a future in the past, an announcement ("Stoltenberg
# said Montenegro would formally join on Monday"), which the date check reads as told ahead.
_SAID = re.compile(
    r"\b(?:said|says|say|announced|announces|told|tells|added|confirmed|stated|declared)\b",
    re.IGNORECASE,
)
# A future that waits on a condition: "will become … after all member countries approve", "once
# the ratifications are complete"; "after the ceremony on Friday" is only its time.
_WILL = re.compile(r"\bwill\b", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?:after|once|as soon as|if|pending|provided)\s+(?:all|every|each)\b"
    r"|\b(?:once|if|pending|provided)\s+(?:the|its|it)\b",
    re.IGNORECASE,
)
# How far after a pattern's last word a hypothesis still governs it ("A NATO accession of
# Montenegro would not change …").
_HYPOTHESIS_REACH = 20


@cache
def _join_regex() -> re.Pattern | None:
    words = load_classes().get("join-alliance", ())
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # and the new member's rank, which the rows write beside the class ("the 29th member")
    return re.compile(rf"(?<![\w-])(?:{alternatives}|\d\d(?:st|nd|rd|th))(?![\w-])", re.I)


@cache
def _own_words(event: KBEvent) -> frozenset[str]:
    """Every word of the event's aliases and pattern words: a paper it names is its own."""
    phrases: list[str] = list(event.aliases)
    phrases += [alt for pattern in event.patterns for term in pattern for alt in term]
    return frozenset(w for p in phrases for w in p.lower().split())


def _stem(noun: str) -> str:
    return noun.lower().removesuffix("s")


def _is_own(noun: str, own: frozenset[str]) -> bool:
    return _stem(noun) in {_stem(w) for w in own}


def joining_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the words of joining an alliance stand in text[start:end] (offsets of text)."""
    regex = _join_regex()
    if regex is None:
        return []
    return [(start + m.start(), start + m.end()) for m in regex.finditer(text[start:end])]


def in_joining_step(
    text: str, pieces: Iterable[tuple[int, int]], start: int, end: int, event: KBEvent
) -> bool:
    """Whether a mention at [start, end) of the sentence `text`, whose words of joining stand
    at `pieces` (sentence offsets), tells a step or a prospect of the accession rather than
    the accession: see the module's docstring."""
    own = _own_words(event)
    words: Sequence[tuple[int, int]] = [w for a, b in pieces for w in joining_words(text, a, b)]
    for a, b in words:
        before, after = text[:a], text[b:]
        paper = _PAPER_BEFORE.search(before)
        if paper and not _is_own(paper.group(1), own):
            return True
        step = _STEP_AFTER.match(after)
        if step and not _is_own(step.group(1), own):
            return True
        if _PROSPECT_BEFORE.search(before) or _AIM_BEFORE.search(before):
            return True
    if not words:
        return False
    modal = _HYPOTHESIS.search(text[start : end + _HYPOTHESIS_REACH])
    if modal and not _SAID.search(text[: start + modal.start()]):
        return True
    return bool(_WILL.search(text[:end]) and _CONDITION.search(text[end:]))
