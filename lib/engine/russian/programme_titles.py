"""A name right after a programme's noun is the programme's title: "В интервью программе Today
на радио Би-би-си", "в эфире передачи «Время покажет»", "ток-шоу Hardtalk". The model reads a
title in Latin letters or in quotes as an organisation or a place; the broadcaster is named
apart ("на радио Би-би-си") and stays.

Only names no gazetteer holds: a known body after the noun runs the programme ("программы
НАТО «Партнерство ради мира»", "программы Пентагона") and is a mention. Only a title in quotes
or in Latin letters: a Cyrillic name bare after "передача" is what is handed over ("после
передачи Курил", "передачи Крыма Украине").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# The noun in any case, then the title: quoted, or in Latin letters (_LATIN).
_PROGRAMME = re.compile(r"\b(?:[Пп]рограмм|[Пп]ередач|[Тт]ок-шоу|[Шш]оу|[Рр]убрик)[а-яё]*\s*$")
_QUOTE = re.compile(r"[«\"“„]$")
_LATIN = re.compile(r"^[A-Za-z]")


def programme_titles(
    mentions: Sequence[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions less the unknown bodies and places that title a programme."""
    return [
        m
        for m in mentions
        if m.type not in ("org", "location") or m.entity_id in gaz.entities or not _titled(m, text)
    ]


def _titled(m: Mention, text: str) -> bool:
    """Whether `m` is a title in quotes or in Latin letters right after a programme's noun."""
    before = text[max(0, m.start - 20) : m.start]
    quoted = _QUOTE.search(before) is not None
    noun = _PROGRAMME.search(before[:-1] if quoted else before)
    return noun is not None and (quoted or bool(_LATIN.match(m.surface)))
