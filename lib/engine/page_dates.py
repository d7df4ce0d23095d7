"""What an undated page's own dates say of when it was written.

A news page tells what has happened: a clause it dates in full and tells as done ("In February
2020, the parliament approved the decision", "the protocol was signed on 6 February 2019")
happened before the page was written, so the page is no earlier than that day. Its most recent
such clause is then a lower bound of its date, the same evidence a knowledge-base event told
as past gives (lib.engine.events.constraints_from); it is what lets an undated candidate whose
rows compete choose the one of the page's time ("North Macedonia joined NATO" on a page that
dates a step of 2020 is the accession of 2020, not the protocol of 2019).

A sentence that speaks of what is to come ("will be held on 11 July 2018", "expires in
February 2021") and a date given as a limit ("by 2024", "until July 2021") are no evidence:
the page may be written before them. A bare year ("in 2002") is too wide to date a page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.event_candidates import FUTURE
from lib.engine.pubdate import Constraint
from lib.engine.timexp import resolve

# Present-tense words that tell a dated step still to come, beside the future words of FUTURE.
_AHEAD = re.compile(
    r"\b(?:expected|expects?|due|expires?|deadline|set for|starts?|begins?|opens?|"
    r"intends?|hopes?|aims?|would|could|might)\b",
    re.I,
)
# A limit or a span's start told before the date: a target ("by July 2019"), a term ("until
# 2021"), "from March" (a plan's start as often as a past one).
_LIMIT = re.compile(r"\b(?:by|until|till|through|before|from|no later than)\s+(?:the\s+)?$", re.I)
_PRECISE = {"day", "month"}


def dated_clauses(blocks: Sequence[Block]) -> list[Constraint]:
    """A lower bound of the page's date for every date it gives in full in a sentence told as
    done."""
    out = []
    for block in blocks:
        doc = block.doc
        index = sentence_index(doc)
        text = doc_text(doc)
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            first, last = index.chars[index[ent.start]]
            sentence = text[first:last]
            if FUTURE.search(sentence) or _AHEAD.search(sentence):
                continue
            if _LIMIT.search(text[max(first, ent.start_char - 20) : ent.start_char]):
                continue
            when = resolve(ent.text)  # no anchor: only a date that names its year resolves
            if when is None or when.precision not in _PRECISE:
                continue
            out.append(told_as_done(ent.text, when.start))
    return out


def told_as_done(said: str, day: date) -> Constraint:
    """The page is no earlier than a day it tells as past (the Russian pages' too)."""
    return Constraint(day, None, f"'{said}' told as done: published after {day}", strength=2)
