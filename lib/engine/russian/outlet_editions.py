"""An outlet's edition is an outlet of its own: "РБК-Украина", "Интерфакс-Украина",
"«Коммерсантъ FM»", "«Новая газета — Балтия»", "Sputnik Беларусь" are not RBC, Interfax,
Kommersant, Novaya Gazeta or Sputnik, and their edition word is part of the title, not a
mention of Ukraine or the Baltics.

The gazetteer's outlet is extended over its edition word where the page writes the two as one
title: glued by a hyphen, inside one pair of quotation marks, or a Latin title followed by a
country's name that closes the clause. The edition's id is the English side's: the outlet's
English name and the edition's (a country's English name, a word in Latin letters as written,
any other word transliterated), so that "РБК-Украина" is `org:rbc-ukraine`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.text import phrase_key
from lib.engine.russian.translit import to_english
from lib.ids import slug

# What joins the edition to the title: a hyphen with no space ("РБК-Украина"), a dash between
# spaces ("Новая газета — Балтия"), a space ("Коммерсантъ FM", "Sputnik Беларусь").
_EDITION = re.compile(r"(?P<join>-|\s[—–-]\s|\s)(?P<word>[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*)")
_OPEN = '«"“„'
_CLOSE = '»"”“'
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")
# Words in Latin capitals that name a medium's kind, not a place: "FM", "TV", "24".
_MEDIUM = re.compile(r"^(?:FM|TV|ТВ|Радио|Daily)$")


def outlet_editions(mentions: Sequence[Mention], text: str, gaz: RussianGazetteer) -> list[Mention]:
    """The mentions with each outlet's edition read as one outlet, its edition word's own
    mention (a country, a place) dropped."""
    out, covered = [], []
    for m in mentions:
        edition = _edition(m, text, gaz)
        if edition is None:
            out.append(m)
            if _media(m, gaz):
                covered.append((m.start, m.end))  # "РБК-Украина" the gazetteer holds whole
            continue
        end, english = edition
        entity_id = f"org:{slug(f'{m.name} {english}')}"
        known = gaz.entities.get(entity_id)
        name = known.name if known else f"{m.name}-{english}"
        out.append(replace(m, end=end, surface=text[m.start : end], entity_id=entity_id, name=name))
        covered.append((m.end, end))
    return [
        m for m in out if _media(m, gaz) or not any(s <= m.start and m.end <= e for s, e in covered)
    ]


def _media(m: Mention, gaz: RussianGazetteer) -> bool:
    entity = gaz.entities.get(m.entity_id)
    return m.type == "org" and entity is not None and dict(entity.attributes).get("kind") == "media"


def _edition(m: Mention, text: str, gaz: RussianGazetteer) -> tuple[int, str] | None:
    """(end of the edition word, its English) where an outlet's title goes on with one."""
    if not _media(m, gaz):
        return None
    found = _EDITION.match(text, m.end)
    if found is None:
        return None
    word, join = found["word"], found["join"]
    quoted = (
        m.start > 0 and text[m.start - 1] in _OPEN and text[found.end() : found.end() + 1] in _CLOSE
    )
    country = _country(word, gaz)
    latin_title = (
        m.surface.isascii() and country is not None and _CLAUSE_END.match(text, found.end())
    )
    if not (join == "-" or quoted or latin_title):
        return None
    if join != "-" and country is None and not _MEDIUM.match(word) and not quoted:
        return None
    if word.isascii():
        return found.end(), word
    return found.end(), country or to_english(word)


def _country(word: str, gaz: RussianGazetteer) -> str | None:
    """A country's English name where the word is the country's Russian name."""
    alias = gaz.aliases.get(phrase_key(word))
    if alias is None or alias.kind != "name" or not alias.entity_id.startswith("country:"):
        return None
    return gaz.entities[alias.entity_id].name
