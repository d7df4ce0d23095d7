"""What an undated Russian page's own dates say of when it was written, as on the English
side (lib.engine.page_dates): a date given with its year ("в феврале 2020 года", "6 февраля
2019 года") in a sentence told as done is a lower bound of the page's date. A sentence that
speaks of what is to come, a date given as a limit ("до 2021 года", "к маю") and a bare year
are no evidence."""

from __future__ import annotations

import re

from lib.engine.page_dates import told_as_done
from lib.engine.pubdate import Constraint
from lib.engine.russian.dates import find_dates
from lib.engine.russian.events import FUTURE
from lib.engine.russian.link import Sentence

# Words that tell a dated step still to come, beside the future words of FUTURE.
_AHEAD = re.compile(
    r"\b(?:ожида\w*|истека\w*|истечёт|истечет|должн\w*|мо(?:жет|гут)|могл[аио]?|"
    r"бы|срок\w*|намерева\w*|наде\w+ся|рассчитыва\w*)\b",
    re.I,
)
# A limit or a span's start told before the date.
_LIMIT = re.compile(r"\b(?:до|к|по|с|со|начиная с|не позднее)\s+$", re.I)
_PRECISE = {"day", "month"}


def dated_clauses(text: str, sentences: list[Sentence]) -> list[Constraint]:
    """A lower bound of the page's date for every date it gives with its year in a sentence
    told as done."""
    out = []
    for sentence in sentences:
        said = text[sentence.start : sentence.end]
        if FUTURE.search(said) or _AHEAD.search(said):
            continue
        for d in find_dates(text, None, sentence.start, sentence.end):
            if d.date_start is None or d.precision not in _PRECISE:
                continue  # no anchor: only a date that names its year resolves
            if _LIMIT.search(text[max(sentence.start, d.start - 15) : d.start]):
                continue
            out.append(told_as_done(d.text, d.date_start))
    return out
