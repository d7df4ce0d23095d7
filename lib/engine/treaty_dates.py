"""Years that date a treaty, not the event told beside it.

A treaty of the cold war or after is named with the year it was signed: "the 1987
Intermediate-Range Nuclear Forces (INF) treaty", "the INF treaty, signed in 1987", "the
Open Skies Treaty, which was signed in 1992". A withdrawal from it, its suspension or its end
happen decades later: the year names the treaty and dates no event of the sentence.
"""

from __future__ import annotations

import re

# A year before a treaty's name ("the 1987 Intermediate-range Nuclear Forces (INF) Treaty",
# "the 1992 Open Skies treaty"): capitalised words or an abbreviation in brackets, then the
# paper's noun; "treaty" in lower case too, as wire copy writes it after a full name.
_YEAR_BEFORE_NAME = re.compile(
    r"^\s+(?:(?:[A-Z][\w-]*|\([A-Z]+\))(?:,\s*or\s+[A-Z]+,)?\s+){1,6}"
    r"(?:Treaty|treaty|Agreements?|Accords?|Act|Convention|Document)\b"
)

# A year after a treaty's noun and its signing ("the INF treaty, signed in 1987", "the pact
# that Reagan and Gorbachev signed in 1987"): the signing's year, a clause about the treaty.
_SIGNED_BEFORE_YEAR = re.compile(
    r"\b(?:treaty|pact|accord)\b[^.;:]{0,80}?\bsigned(?:\s+by\s+[^.;:,]{1,60}?)?\s+in\s+$",
    re.IGNORECASE,
)


def names_treaty(year: str, before: str, after: str) -> bool:
    """Whether a bare year (`year`, as written) between `before` and `after` in its sentence
    is a treaty's: before the treaty's name, or after a treaty's noun and "signed in"."""
    if not year.isdigit():
        return False
    return bool(_YEAR_BEFORE_NAME.match(after) or _SIGNED_BEFORE_YEAR.search(before))
