"""A picture's credit in brackets that no desk list holds, closing a dated caption (issue 15,
eval/kinds/english-orgs5-mechanisms.md): "… after formal talks in New York on 28 September
2015 [PPIO]", "… during Exercise Trident Juncture 18 in Hjerkinn, Norway, Nov. 2, 2018 (DoD)".
A press office's or a service's short name in brackets right after the caption's last word,
with no stop before it, in a line that dates its picture, signs the picture: the line is a
caption (kept once where the page shows it twice), not a navigation line or a page footer.
After a stop the same brackets close a paragraph with its agency's tag ("… at the event.
(ANI)"), which is story text; a headline's label ("[VIDEO]", "(UPDATE)") is no credit.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"(?<=[\w,])\s+[(\[](?P<desk>[A-Z][A-Za-z&.]{1,9})[)\]]\s*$")

_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)

# A picture's day: "28 September 2015", "Nov. 2, 2018", "on April 19".
_DATED = re.compile(
    r"\b(?:\d{1,2}\s+(?:" + _MONTHS + r")|(?:" + _MONTHS + r")\s+\d{1,2})\b(?:,?\s+\d{4})?"
)

# Labels that headlines and links carry in brackets: no one signs a picture with them.
_LABELS = {"VIDEO", "VIDEOS", "PHOTO", "PHOTOS", "UPDATE", "UPDATED", "LIVE", "WATCH",
           "OPINION", "EXCLUSIVE", "ANALYSIS", "EDITORIAL", "PODCAST", "AUDIO", "MAP"}  # fmt: skip


def bracketed_credit(line: str) -> re.Match | None:
    """The bracketed signature closing a dated caption of eight words or more, or None."""
    m = _BRACKETED.search(line)
    if m is None or m["desk"].upper() in _LABELS:
        return None
    caption = line[: m.start()]
    return m if len(caption.split()) >= 8 and _DATED.search(caption) else None
