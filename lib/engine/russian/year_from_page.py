"""A pattern's year read from the page's date. A kb_ru.csv pattern that asks for the event's year
("выборы + президент Украины + 2019", "секторальный + санкция + 2014") names a kind of event
held in other years too; the year tells which. A page of the event's own weeks tells it just as
well: "ЦИК объявил итоги выборов президента Украины" on 30 April 2019 is the 2019 election, as
"the Ukrainian presidential election" is on the English side (kb.csv writes it without the year,
and the date check decides). So each such pattern is also read without its year, as a `#during`
form: it holds when the sentence's date, or the page's, lies within DURING_DAYS of the event
(lib.engine.russian.events), and a page of years later, or an undated one, keeps the year.
"""

from __future__ import annotations

import re

Key = tuple[str, ...]
Term = tuple[Key, ...]

YEAR = re.compile(r"(?:19|20)\d\d")


def is_year_term(term: Term) -> bool:
    """Every alternative of the term is a bare year ("2019", "2019/2020")."""
    return bool(term) and all(len(key) == 1 and YEAR.fullmatch(key[0]) for key in term)


def without_year(pattern: tuple[Term, ...]) -> tuple[Term, ...] | None:
    """The pattern with its year terms left out, or None when it has no year term or would keep
    fewer than two terms (a single term links nothing)."""
    kept = tuple(term for term in pattern if not is_year_term(term))
    if len(kept) == len(pattern) or len(kept) < 2:
        return None
    return kept
