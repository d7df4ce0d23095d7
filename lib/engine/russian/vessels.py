"""Names of vessels and machines after their noun in Russian text ("эсминец «Дональд Кук»",
"эсминцем ВМС США Donald Cook", "истребители Eurofighter", "бронекатерам «Бердянск» и
«Никополь»"): no person or organisation, as "Air Force One" is none on the English side. A name
after a vessel's quoted name is its master's ("буксира «Яны Капу» Олег Мельничук")."""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.phrases import QUOTES
from lib.engine.russian.text import Token

VEHICLES = {"эсминец", "миноносец", "корабль", "фрегат", "крейсер", "авианосец", "корвет",
            "подлодка", "субмарина", "судно", "танкер", "истребитель", "самолёт", "самолет",
            "бомбардировщик", "вертолёт", "вертолет", "штурмовик", "беспилотник", "катер",
            "бронекатер", "буксир", "тральщик", "сторожевик", "ледокол",
            "сухогруз"}  # fmt: skip


def after_vehicle(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A vehicle noun before the span, with at most quotation marks and three capitalised words
    between ("эсминцем ВМС США Donald Cook"), or the vessels' list before it ("бронекатерам
    «Бердянск» и «Никополь»")."""
    before = [t for t in tokens if t.end <= start][::-1]
    after = next((t.text for t in tokens if t.start >= end), "")
    if before and before[0].text in QUOTES and after not in QUOTES:
        return False  # 'буксира «Яны Капу» Олег Мельничук': the name after the quote is a person's
    words, nearer = 0, None
    for token in before[:7]:
        if token.lemma in VEHICLES:
            return True
        if token.text in ("»", "”") and nearer not in ("и", ","):
            return False  # a quoted name closed before the span, with no list joining them
        if token.text[:1].isupper():
            words += 1
        elif token.text not in QUOTES | {"и", ","}:
            return False
        if words > 3:
            return False
        nearer = token.text
    return False
