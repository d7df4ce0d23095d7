"""A country's adjective in Russian, for the countries aliases_ru.csv gives none: "Малайзия" ->
"малайзийский", "Иордания" -> "иорданский", "Пакистан" -> "пакистанский". Russian news names a
state by its adjective as often as by its name ("малайзийский Boeing", "иорданские военные"),
and the adjective counts for the state as the hand-written ones do. Candidates are made from
the name by the regular patterns and kept only where the Russian dictionary (pymorphy3) holds
the adjective, so an irregular one ("Куба" -> "кубинский") is simply not guessed.
"""

from __future__ import annotations

from collections.abc import Iterable

from lib.engine.russian.text import parses

# Name ending -> the endings of its adjective ("Малайз|ия" -> "малайз|ийский").
_PATTERNS = (
    ("ия", ("ийский", "ский", "ьский")),
    ("ея", ("ейский",)),
    ("ья", ("ьский",)),
    ("ка", ("канский",)),  # "Мексика" -> "мексиканский" ("Куба" is not "кубанский": Kuban's)
    ("а", ("ский",)),
    ("я", ("ский", "йский")),
    ("", ("ский", "ийский", "ьский", "анский")),
)


def adjective_of(name: str) -> str | None:
    """The dictionary's adjective of a one-word country name, or None."""
    if " " in name or "-" in name or not name.isalpha():
        return None
    lower = name.lower()
    for ending, adjective_endings in _PATTERNS:
        if not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)]
        for adjective in (stem + a for a in adjective_endings):
            if any(
                p.is_known and p.tag.POS == "ADJF" and p.normal_form == adjective
                for p in parses(adjective)
            ):
                return adjective
        if ending:
            break  # the first pattern whose ending fits decides
    return None


def derived_adjectives(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(entity id, Russian name) pairs -> {adjective: entity id}, for adjectives of one
    country only."""
    found: dict[str, set[str]] = {}
    for eid, name in names:
        if (adjective := adjective_of(name)) is not None:
            found.setdefault(adjective, set()).add(eid)
    return {a: next(iter(ids)) for a, ids in found.items() if len(ids) == 1}
