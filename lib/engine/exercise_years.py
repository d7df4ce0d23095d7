"""An exercise's year is part of its name. Exercises recur under one code name ("Anakonda"
every two years, "Zapad" every four), and news names each with its year: "Anakonda-2018",
"Zapad-81", "Zapad 2013". An article that writes the code name with years, none of them a
knowledge-base row's, tells those years' exercises, also where it names the code alone ("the
“Anakonda” exercise" under the headline "Anakonda-2018 will devour Poland"): such an exercise
is no event of the knowledge base. An article that writes the row's year anywhere, with the
code name or not ("Zapad-2017 was bigger than Zapad-2013", "September 2017's Zapad exercise …
like Zapad-2009"), leaves its bare code names to the date check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from lib.engine.eventkb import KBEvent

# An alias that is a code name and a year, or "exercise" and a code name.
CODE_NAME = re.compile(r"^(?:exercise |operation )?([a-z][a-z ]*?)(?:[\s-]+\d{2,4})?$")


def code_names(aliases: Iterable[str]) -> set[str]:
    """The code names of an exercise's aliases: "anakonda" of "anakonda-2016"."""
    return {m.group(1) for a in aliases if (m := CODE_NAME.match(a.lower()))}


@cache
def _with_year(code: str) -> re.Pattern:
    """The code name followed by a year of four or two digits, perhaps after a closing quote
    ("Anakonda-2018", "Zapad-81", "“Anakonda” 2018", "Anakonda16"), not a count ("Zapad 12,700
    troops")."""
    words = r"[\s-]+".join(re.escape(w) for w in code.split())
    return re.compile(rf"\b{words}[\"”’']?[\s-]?(\d{{4}}|\d{{2}})\b(?![,.]\d)", re.IGNORECASE)


def _year(digits: str) -> int:
    if len(digits) == 4:
        return int(digits)
    return 1900 + int(digits) if int(digits) > 50 else 2000 + int(digits)


def named_years(event: KBEvent, text: str) -> set[int]:
    """The years the article writes with the exercise's code names."""
    return {
        _year(m.group(1))
        for code in code_names(event.aliases)
        for m in _with_year(code).finditer(text)
    }


def of_their_years(candidates: Sequence, text: str) -> list:
    """The candidates less the exercises the article names only with other years."""
    other: dict[str, bool] = {}

    def another_years(event: KBEvent) -> bool:
        if event.event_id not in other:
            years = named_years(event, text) if event.type == "exercise" else set()
            own = re.search(rf"(?<!\d){event.start.year}(?!\d)", text) is not None
            other[event.event_id] = bool(years) and event.start.year not in years and not own
        return other[event.event_id]

    out = []
    for cand in candidates:
        if any(another_years(e) for e in cand.kb):
            kept = tuple(e for e in cand.kb if not another_years(e))
            ids = {e.event_id for e in kept}
            cand = replace(cand, kb=kept, during=cand.during & ids, recent=cand.recent & ids)
        out.append(cand)
    return out
