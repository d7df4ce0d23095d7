"""A plane called by its maker's name is the plane, not the maker: "малайзийский Boeing",
"самолет Boeing-777", "крушение «Боинга» под Донецком". Russian coverage of MH17 names the
airliner so in most sentences; the company ("компания Boeing заявила", "акции Boeing") is
the body. A maker's name is the plane where a model's number follows it, an adjective of
nationality, an airline, or a noun of aircraft or of a crash stands before it, or the crash's
verb ("сбит", "разбился") follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAKERS = {"org:boeing", "org:airbus", "org:embraer", "org:bombardier"}

# A model's number after the name: "Boeing 777", "Boeing-777", "«Боинг-777»", "Airbus A320".
_NUMBER_AFTER = re.compile(r"^[»\"”]?\s*[-‑–]?\s*[A-Z]?\d{3}")
# Before the name: an adjective in -ский/-ийский in any case ("малайзийского"), a noun of
# aircraft, or of a crash or a downing, in any case, with an opening quotation mark maybe.
_BEFORE = re.compile(
    r"(?:[а-яё]+ск(?:ий|ого|ому|им|ом|ая|ой|ую)|[Сс]амол[её]т[а-я]*|[Лл]айнер[а-я]*|"
    r"[Бб]орт[а-я]*|[Кк]рушени[а-я]+|[Кк]атастроф[а-я]+|[Гг]ибел[а-я]+|[Уу]ничтожени[а-я]+|"
    r"[Пп]адени[а-я]+|[Сс]бит[а-я]*|[Сс]бил[аи]?|[Уу]пал[аи]?|[Пп]оражен[а-я]*|[Рр]азбил[а-я]*)"
    r"\s+[«\"“]?$"
)
# After the name: the crash's verb ("был сбит", "разбился", "упал").
_CRASH_AFTER = re.compile(r"^[»\"”]?\s+(?:был\s+|была\s+)?(?:сбит|разбил|упал|потерпел)")


def planes_by_maker(mentions: Sequence, text: str) -> list:
    """The mentions less a maker's name that names a plane."""
    return [m for m in mentions if not (m.entity_id in MAKERS and _names_a_plane(m, text))]


def _names_a_plane(m, text: str) -> bool:
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 30]
    return bool(_NUMBER_AFTER.match(after) or _BEFORE.search(before) or _CRASH_AFTER.match(after))
