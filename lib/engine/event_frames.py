"""Frames around a knowledge-base pattern's words that make them tell no event done (step 1
of lib.engine.events, read by lib.engine.event_candidates): a threat or readiness ("stand
ready to impose sanctions"), a prospect ("invited Montenegro to become the 29th member"), a
headline's speaker taken for an actor ("…: Russia warns"), a refusal or negation ("has yet to
apologise"). An alias in such a frame still names the event: only patterns are read so.
"""

from __future__ import annotations

import re

# A frame of threat or readiness: what a pattern's words tell after it has not happened ("We
# remain ready to impose sectoral sanctions", "threatened to expel").
# The verb may be a contraction, an adverb may stand before "ready", and a quotation may open
# before "to" ("it's also ready \"to intensify …").
_THREAT = re.compile(
    r"(?:\b(?:remains?|stands?|is|are|be)|['’](?:s|re))(?: (?:also|still|now|fully))? (?:ready|prepared)"
    r" [\"“'‘]?to\b|\bthreat(?:en|ens|ened|ening) to\b",
    re.IGNORECASE,
)


# A frame of prospect: an invitation to join, an expectation that talks be completed, a
# bid to join tell a step before the event, not the event ("NATO invited Montenegro to
# become its 29th member", "he expected the accession talks to be completed next year").
_PROSPECT = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\b[^.;:]{0,60}?"
    r"\bto (?:become|join)\b"
    r"|\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?)\b[^.;:]{0,60}?"
    r"\bto be (?:completed|concluded|finali[sz]ed|wrapped up)\b"
    r"|\b(?:bid|bids|aspires?|aspirations?|hopes?|hoping|seeks?|seeking|wants?) to join\b",
    re.IGNORECASE,
)

# A clause set off after a name ("Montenegro, which NATO invited to join in 2015, became the
# 29th member") tells what came before the main clause, not a prospect of it.
_ASIDE = re.compile(r",\s*(?:which|who|whom)\b[^,]*$", re.I)

# How far before a pattern's words a frame of prospect may end and still govern them.
_PROSPECT_REACH = 60


# A verb of speaking right after a headline's last piece: that piece is who speaks of the
# event, not one of its actors.
_SPEAKS = re.compile(
    r"\s+(?:warns?|says?|said|tells?|claims?|slams?|denies|responds?|vows?|threatens?|"
    r"condemns?|reacts?)\b",
    re.IGNORECASE,
)


def threatened(text: str, start: int) -> bool:
    """Whether a frame of threat or readiness stands before a pattern's words (sentence
    offsets): "ready to intensify actions including … sanctions" is not (yet) done."""
    return _THREAT.search(text[:start]) is not None


def in_prospect(text: str, start: int, end: int) -> bool:
    """Whether a frame of prospect opens before a pattern's words end, with its clause
    reaching them: what the words tell is still to come."""
    return any(
        m.start() < end
        and m.end() > start - _PROSPECT_REACH
        and not _ASIDE.search(text[: m.start()])
        for m in _PROSPECT.finditer(text)
    )


def speaker_piece(text: str, start: int, end: int) -> bool:
    """Whether a headline's pattern ends on its speaker ("US-UK-France air strikes in Syria:
    Russia warns"): the last piece is who speaks, not an actor."""
    return ": " in text[start:end] and _SPEAKS.match(text[end:]) is not None


# A frame of refusal or negation right before a word of the pattern: the act it governs was not
# done ("Erdogan has yet to apologise", "Ankara does not want to apologise", "refused to expel").
_NOT_DONE = re.compile(
    r"(?:\b(?:has|have|had)\s+yet\s+to|\b(?:refus|declin)\w*\s+to|"
    r"\bnot\s+(?:want|wish|intend|plan)\w*\s+to|\b(?:would|will|did|does|do|has|have|had)\s+not|"
    r"\b(?:wouldn|won|didn|doesn|don|hasn|haven|hadn)['’]t|\bnever)\s+$",
    re.IGNORECASE,
)


def not_done(text: str, starts: list[int]) -> bool:
    """Whether a frame of refusal or negation stands right before one of the pattern's words
    (their sentence offsets): "has yet to apologise for downing the jet" tells no apology, and
    still tells the downing."""
    return any(_NOT_DONE.search(text[:start]) for start in starts)


def tells_no_event(text: str, start: int, end: int) -> bool:
    """Whether a pattern's words at [start, end) of a sentence stand in a frame that makes
    them tell no event done."""
    return (
        speaker_piece(text, start, end) or threatened(text, start) or in_prospect(text, start, end)
    )


# The determiner or possessive that may open a clause before an event's name, its subject.
_OPENS_SUBJECT = re.compile(r"^\s*(?:(?:the|this|that|its|their|[\w-]+['’]s)\s+)?$", re.I)
# "will" or "shall" after the subject's noun phrase (no clause break between).
_WILL = re.compile(r"^[^,;:()\"“”]{0,80}?\b(?:will|shall)\b", re.I)
_BREAK = re.compile(r"[,;:()\"“”]|\s[-–—]\s")


def subject_of_future(text: str, start: int, end: int) -> bool:
    """Whether an event named at [start, end) of a sentence opens its clause as the subject of
    "will": "The referendum in Crimea supporting the region's accession to Russia will sharpen
    old conflicts" tells what the referendum does, held or to come; the dates decide
    (lib.engine.events), where a future word elsewhere in a sentence tells the event ahead."""
    opens = max((m.end() for m in _BREAK.finditer(text, 0, start)), default=0)
    return bool(_OPENS_SUBJECT.match(text[opens:start]) and _WILL.match(text[end:]))
