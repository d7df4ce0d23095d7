"""A vote's option is not the act it names (the English side of
lib/engine/russian/vote_options.py). "The referendum in Crimea supporting the region's accession
to Russia", "the Crimeans' referendum on self-determination and reunification with Russia",
"voters backed joining Russia": the voters chose the annexation, nobody annexed anything in that
sentence; the sentence tells the referendum. An act's words after a word of voting and a word
that opens its option ("on", "supporting", "in favour of", "to"), in one clause, are the option
on the ballot; a parliament's vote on the act ("Crimea's parliament voted to join Russia") is a
step of the act itself and is left to the date check.
"""

from __future__ import annotations

import re

# A word of voting, then the option's opening word, then the act's words to the end of the
# stretch read (no clause break between).
_OPTION = re.compile(
    r"\b(?:referend(?:um|ums|a)|plebiscite|vote|votes|voted|voting|voters?|ballots?)\b"
    r"[^,;:.()\"“”]{0,60}?"
    r"\b(?:on|over|supporting|supported|backing|backed|in favou?r of|for|approving|endorsing|to)\b"
    r"[^,;:.()\"“”]{0,50}$",
    re.IGNORECASE,
)

# A parliament's or its members' vote: a step of the act, not a ballot's option.
_PARLIAMENT = re.compile(
    r"\b(?:parliament|parliaments|duma|lawmakers|legislators|legislature|deputies|mps|senators?|"
    r"senate|federation council|congress|rada|assembly|supreme council)\b",
    re.IGNORECASE,
)


# Events that are votes themselves: "voted for Trump in the 2016 presidential election" is it.
VOTES = frozenset({"referendum", "election"})


def vote_option(event_type: str, sentence: str, start: int, end: int) -> bool:
    """Whether an act's words at [start, end) of a sentence (its offsets) are the option of a
    vote told before them in their clause, by no parliament; a vote's own words never are."""
    if event_type in VOTES:
        return False
    return _OPTION.search(sentence[:end]) is not None and not _PARLIAMENT.search(sentence)
