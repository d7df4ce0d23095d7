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

The alliance's size, given in the present, bounds the page both ways: "the alliance consists
of 29 countries" is written between Montenegro's accession (5 June 2017) and North
Macedonia's (27 March 2020), which tells the Brussels summit of 2018 from that of 2017.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from datetime import date, timedelta

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.event_candidates import FUTURE
from lib.engine.pubdate import Constraint
from lib.engine.timexp import resolve
from lib.paths import DATA_DIR

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


# The alliance's size dates a page: "NATO's 29 members" is written between Montenegro's
# accession and North Macedonia's.
NATO_MEMBERS = DATA_DIR / "geo" / "nato_members.csv"


def _nato_sizes() -> dict[int, date]:
    """The alliance's size -> the day it was reached (the next size's day ends it), from the
    members' accession days (data/geo/nato_members.csv, which the Map reads too)."""
    with NATO_MEMBERS.open(encoding="utf-8", newline="") as rows:
        joined = [date.fromisoformat(row["joined"]) for row in csv.DictReader(rows)]
    return {sum(d <= day for d in joined): day for day in sorted(set(joined))}


NATO_SIZES = _nato_sizes()
# The sizes read: the alliance's since 1999 (19, then 26 to 32)
_NUMBER = r"(19|2[6-9]|3[0-2])"
_MEMBERS = r"(?:member(?:s| states| countries| nations)?|countries|nations|allies|states)"
# A size told as a change or as then: "grew to", "expanded to", "then had", "from 28 to".
_CHANGE = re.compile(
    r"\b(?:gr[eo]wn?|expand\w*|enlarg\w*|r[io]sen?|increas\w*|went|had|then|became|from|to|"
    r"at the time)\b[^.;]*$",
    re.I,
)
# Only where the alliance is named: "all 28 member states" and "the 28-member bloc" are as often
# the EU's.
_SIZE = re.compile(
    rf"\b(?:NATO'?s?|alliance'?s?)\s+{_NUMBER}\s+(?:NATO\s+)?{_MEMBERS}\b"
    rf"|\ball\s+{_NUMBER}\s+(?:NATO\s+{_MEMBERS}|allies)\b"
    rf"|\b{_NUMBER}\s+NATO\s+{_MEMBERS}\b"
    rf"|\b{_NUMBER}-(?:member|nation|country|strong)\s+(?:alliance|NATO)\b"
    rf"|\b(?:NATO|alliance)\s+(?:now\s+)?(?:consists of|comprises|has|of)\s+{_NUMBER}\s+{_MEMBERS}\b",
    re.I,
)


def alliance_size(blocks: Sequence[Block]) -> list[Constraint]:
    """The range the page was written in, from the alliance's size it gives in the present
    ("NATO's 29 members", "the 30-member alliance"). A size told as reached or as then ("in 2004
    the alliance grew to 26 members", "when NATO had 16 members") or in a sentence that speaks
    of what is to come is of another time."""
    out = []
    sizes = sorted(NATO_SIZES)
    for block in blocks:
        doc = block.doc
        index = sentence_index(doc)
        text = doc_text(doc)
        for first, last in index.chars:
            sentence = text[first:last]
            if FUTURE.search(sentence) or _AHEAD.search(sentence):
                continue
            for m in _SIZE.finditer(sentence):
                if _CHANGE.search(sentence[max(0, m.start() - 40) : m.start()]):
                    continue
                size = int(next(g for g in m.groups() if g))
                if size not in NATO_SIZES:
                    continue  # never the alliance's size: "our 27 NATO allies" (all but the US)
                later = [NATO_SIZES[k] for k in sizes if k > size]
                end = later[0] - timedelta(days=1) if later else None
                out.append(
                    Constraint(
                        NATO_SIZES[size],
                        end,
                        f"'{m.group(0)}': the alliance had {size} members from {NATO_SIZES[size]}",
                        strength=2,
                    )
                )
    return out


# How long after the event its headline tells a news page is written: the day's report and the
# follow-ups of the weeks after.
_HEADLINE_REACH = timedelta(days=31)
# A headline that relates its news to another time names that time's event as background:
# "Putin and Erdogan meet to mend ties after jet downing rift" is of the meeting, months on.
_RELATES = re.compile(
    r"\b(?:after|since|following|amid|despite|before|ahead of|over|anniversary|years?|ago|"
    r"remember\w*|recall\w*|once|still)\b",
    re.I,
)


def headline_event(blocks: Sequence[Block], candidates: Sequence) -> list[Constraint]:
    """An undated news page is written in the days of the event its headline tells with no
    date and no future ("US formally suspends INF arms treaty with Russia": within a month of
    1 February 2019), so the later steps its body's words also fit (the treaty's end that
    August) are not its news: where they would date the page later, the headline wins. A
    headline that relates its news to another time ("… after jet downing rift") says nothing.
    `candidates` are lib.engine.events.Candidate."""
    titles = {
        block.first_sentence_id + n
        for block in blocks
        if block.section == "title" and not _RELATES.search(doc_text(block.doc))
        for n in range(len(sentence_index(block.doc).chars))
    }
    out = []
    for cand in candidates:
        if cand.sentence_id not in titles or len(cand.kb) != 1 or cand.date_text:
            continue
        if cand.future or cand.during or cand.prospect:
            continue
        event = cand.kb[0]
        out.append(
            Constraint(
                event.start,
                event.end + _HEADLINE_REACH,
                f"headline '{cand.trigger}' tells {event.name} ({event.start}): published "
                f"in the month after it",
                strength=3,
            )
        )
    return out


def told_as_done(said: str, day: date) -> Constraint:
    """The page is no earlier than a day it tells as past (the Russian pages' too)."""
    return Constraint(day, None, f"'{said}' told as done: published after {day}", strength=2)
