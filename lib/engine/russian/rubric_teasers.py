"""Another story's headline under its rubric, alone at the foot of a page: "Военное обозрение:
Эрдоган назвал российские С-400 самой мощной системой ПВО в мире", "Bloomberg: ЕС может …".

Sites close an article with a link to one more story, its rubric or source before a colon and
its headline after, with no full stop. A related-headline list of two or more lines is
clean._related_tail's; this reads the one such line a page ends with. The words before the
colon name (a rubric, an outlet, a speaker) and hold no verb: "Он заявил: Россия …" is a
quotation the page was cut in, and stays.
"""

from __future__ import annotations

import re

from lib.engine.russian.text import parses

# rubric or source (one to three words), colon, a capitalised headline of four words or more
_RUBRIC_LINE = re.compile(
    r"^(?P<rubric>[A-ZА-ЯЁ][\w.-]*(?:\s+[\w.«»\"-]+){0,2}):\s+(?P<headline>[A-ZА-ЯЁ«\"].*)$"
)
MIN_HEADLINE_WORDS = 4
MAX_LENGTH = 160  # as clean._is_headline: a headline, not a paragraph
_CLOSING = (".", "!", "?", "…", "»", '"', "”", ")", ":", ";")
_VERBS = {"VERB", "INFN", "PRTS", "GRND"}


def rubric_teaser(line: str) -> bool:
    """A headline under its rubric: "Rubric: Headline" with no closing punctuation, the rubric
    of one to three words with no verb, the headline of MIN_HEADLINE_WORDS words or more."""
    line = line.strip()
    if len(line) >= MAX_LENGTH or line.endswith(_CLOSING):
        return False
    m = _RUBRIC_LINE.match(line)
    if m is None or len(m["headline"].split()) < MIN_HEADLINE_WORDS:
        return False
    return not any(
        parses(w.lower())[0].tag.POS in _VERBS
        for w in m["rubric"].split()
        if w.isalpha() and parses(w.lower())
    )
