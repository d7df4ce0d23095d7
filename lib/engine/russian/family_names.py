"""A family name in the plural names the family: "дом Скрипалей", "дело Скрипалей" are Sergei
and Yulia Skripal, "семья Байденов" Joe and Hunter Biden, as a reader takes it.

The surname's mention is linked to one person of that name; in the plural it is every person of
the gazetteer who bears it (the family the news follows). The plural is told by the Russian
declension of the surname: a soft stem's "-и", "-ей", "-ям", "-ями", "-ях" ("Скрипаль"), a
hard stem's "-ы", "-ов", "-ам", "-ами", "-ах" ("Байден"), the "-ы", "-ых" of a surname in
"-ов", "-ев", "-ин" and the "-ые", "-ых" of one declined as an adjective ("Навальный").
"""

from __future__ import annotations

from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

_SOFT = ("и", "ей", "ям", "ями", "ях")
_HARD = ("ы", "ов", "ам", "ами", "ах")
_HUSHING = ("и", "ей", "ам", "ами", "ах")  # after ж, ш, ч, щ, and "и" after г, к, х
_POSSESSIVE = ("ы", "ых", "ым", "ыми")  # "Петровы", "Петровых"
_ADJECTIVAL = ("ые", "ых", "ым", "ыми", "ие", "их", "им", "ими")


def plural_forms(surname: str) -> set[str]:
    """'Скрипаль' -> {'скрипали', 'скрипалей', …}: the plural of a Russian surname's
    declension, lower case."""
    s = surname.lower()
    if s.endswith("ь"):
        return {s[:-1] + e for e in _SOFT}
    if s.endswith(("ий", "ый", "ой")):
        return {s[:-2] + e for e in _ADJECTIVAL}
    if s.endswith(("ов", "ев", "ин", "ын")):
        return {s + e for e in _POSSESSIVE}
    if s[-1:] in "жшчщ":
        return {s + e for e in _HUSHING}
    if s[-1:] in "гкх":
        return {s + e for e in ("и", "ов", "ам", "ами", "ах")}
    if s[-1:] and s[-1] not in "аеёиоуыэюя":
        return {s + e for e in _HARD}
    return set()  # "Обама", "Кеннеди": no plural of their own


def families(gaz: RussianGazetteer) -> dict[str, list[str]]:
    """Russian surname -> the gazetteer's people who bear it, where more than one does."""
    bearers: dict[str, list[str]] = {}
    for pid, surname in gaz.russian_surnames.items():
        if surname.isalpha() and surname[:1].isupper():
            bearers.setdefault(surname, []).append(pid)
    return {s: sorted(p) for s, p in bearers.items() if len(p) > 1}


def plural_family_names(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """The mentions, a family name in the plural followed by a mention of each other bearer."""
    known = families(gaz)
    out = []
    for m in mentions:
        out.append(m)
        if m.type != "person" or " " in m.surface.strip():
            continue
        surname = gaz.russian_surnames.get(m.entity_id)
        if surname not in known or m.surface.lower() not in plural_forms(surname):
            continue
        for pid in known[surname]:
            if pid != m.entity_id:
                entity = gaz.entities[pid]
                out.append(replace(m, entity_id=pid, name=entity.name, code=entity.code))
    return out
