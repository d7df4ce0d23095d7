"""A name right after a programme's noun is the programme's title: "В интервью программе Today
на радио Би-би-си", "в эфире передачи «Время покажет»", "ток-шоу Hardtalk". The model reads a
title in Latin letters or in quotes as an organisation or a place; the broadcaster is named
apart ("на радио Би-би-си") and stays.

Only names no gazetteer holds: a known body after the noun runs the programme ("программы
НАТО «Партнерство ради мира»", "программы Пентагона") and is a mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# The noun in any case, then the title (quoted or not).
_PROGRAMME = re.compile(
    r"\b(?:[Пп]рограмм|[Пп]ередач|[Тт]ок-шоу|[Шш]оу|[Рр]убрик)[а-яё]*\s*[«\"“„]?$"
)


def programme_titles(
    mentions: Sequence[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions less the unknown bodies and places that title a programme."""
    return [
        m
        for m in mentions
        if m.type not in ("org", "location")
        or m.entity_id in gaz.entities
        or not _PROGRAMME.search(text[max(0, m.start - 20) : m.start])
    ]
