"""A knowledge-base event told as a prospect: a step nobody schedules (a treaty's end, an
accession, sanctions, a deployment, an expulsion) spoken of in the future or under a modal
("the US will withdraw from the treaty", "Montenegro may become the 29th member", "a move
that could trigger new U.S. sanctions", "threatening sanctions", "urged Russia not to annex
Crimea") has not happened when the page
tells it; only a step already taken by the publication date may be meant ("We will suspend
our participation in the G-8", quoted the day after the decision).

Events that are held on a date fixed ahead (summits, meetings, exercises, elections,
referendums) are news before they happen: "ahead of Wednesday's NATO summit" is the summit.
A future with a date of its own ("the treaty will end on 2 August") tells a step fixed ahead,
and is read like them; a modal ("may join in mid-2017") is not, whatever its date.
"""

from __future__ import annotations

import re

# Types whose events are fixed ahead: told in the future, they are still the event.
SCHEDULED_TYPES = frozenset({"summit", "meeting", "exercise", "election", "referendum"})

# A modal or a threat over the clause that holds the pattern's words: what may come, whoever
# says so. "could have", "may have" doubt what was done, and do not count. Lower case only:
# "Theresa May expels 23 diplomats" names a person.
_MODAL = re.compile(
    r"\b(?:could|may|might)\b(?!\s+(?:not\s+)?have\b)"
    r"|\b[Tt]hreat(?:en|ens|ened|ening)\b(?!\s+to\b)|\b[Tt]hreats?\s+of\b"
    # a threat to take a step ("American threats to kick the NATO nation out of the F-35
    # program"), not a threat to someone: the step's verb after "to"
    r"|\b[Tt]hreats?\s+to\s+(?:kick|expel|remove|exclude|oust|boot|cut|ban|block|bar|suspend|"
    r"impose|sanction|punish|withdraw|pull|quit|leave|end|halt|stop|cancel|freeze|deny)\b"
)
# A step someone is urged or warned (not) to take ("urged Russia not to annex Crimea", "warned
# Moscow against annexing"): asked for, not done. It ends where the asked verb starts.
_ASKED = re.compile(
    r"\bnot\s+to\s+(?=\w)"
    r"|\b(?:urg(?:e|es|ed|ing)|warn(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?)"
    r"\s+(?:\w+\s+){1,3}?(?:against|to)\s+(?=\w)"
)
# A future that waits on a condition ("told Turkey that it will be cut off from the F-35
# program if it buys Russian air defenses"): a warning of what may come, even when told.
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# "would" reports a future: like "will", the step is to come unless a saying announced it.
_WOULD = re.compile(r"\bwould\b(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
# Where a clause opens: a future or modal word before it governs another clause.
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
# A verb of telling in the past before the future word: a decision announced ("Pompeo announced
# that the United States would suspend its obligations", "Turkey would be removed from the
# programme, Lord announced") is the step taken, told with the future it fixes.
_TOLD = re.compile(
    r"\b(?:said|announced|declared|told|confirmed|stated|decided|vowed|pledged|unveiled|"
    r"ordered|agreed)\b",
    re.IGNORECASE,
)


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding sentence offset `start` opens."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text[:start])]
    return breaks[-1] if breaks else 0


def _reaches(text: str, at: int, end: int) -> bool:
    """Whether the clause of the word at `at` runs on to the pattern's last word: "prime
    minister of what will be called North Macedonia, hailed the signing of the protocol" closes
    the future's clause first."""
    return _CLAUSE_BREAK.search(text, at, end) is None


def is_prospect(
    event_type: str,
    text: str,
    start: int,
    end: int,
    futures: list[tuple[int, int]],
    *,
    dated: bool,
) -> bool:
    """Whether a pattern's words at [start, end) of a sentence (offsets in it, as are
    `futures`, its future words) tell an unscheduled step still to come: under a modal, or
    in the future with no date of its own and no saying that announced it."""
    if event_type in SCHEDULED_TYPES:
        return False
    lo = _clause_start(text, start)
    if any(_reaches(text, m.start(), end) for m in _MODAL.finditer(text, lo, end)):
        return True
    if any(start <= m.end() < end for m in _ASKED.finditer(text, lo, end)):
        return True  # the asked verb is the pattern's own: "not to annex" + Crimea
    if dated:
        return False
    ahead = [a for a, _ in futures if lo <= a < end and _reaches(text, a, end)]
    ahead += [m.start() for m in _WOULD.finditer(text, lo, end) if _reaches(text, m.start(), end)]
    return any(
        _CONDITION.search(text, a) is not None
        or (
            not _TOLD.search(text, _clause_start(text, a), a)
            and not _step_as_subject(text, start, a)
        )
        for a in ahead
    )


# The step's own noun, definite, as the subject of the future word: "the sanctions also will
# end charter flights" tells what a measure taken will do, not a measure to come.
_SUBJECT = re.compile(r"\bthe\s+([a-z][a-z-]*)(?:\s+(?:also|now|still|soon))?\s+$", re.IGNORECASE)


def _step_as_subject(text: str, start: int, at: int) -> bool:
    """Whether "the" + a word of the pattern's own stands right before the future word at
    `at`, inside the pattern's words."""
    found = _SUBJECT.search(text, start, at)
    return found is not None and found.start() >= start
