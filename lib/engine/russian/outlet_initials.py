"""An outlet cited by the initials of its title: "пишет ЕП" (Европейская правда), "«НИ» писали"
(Новые известия, on its own page). The Russian-language press shortens its own titles so; a
foreign outlet's transliterated title is no source of initials ("ДС" is no Daily Sabah). The
initials are read only in a citing slot: after a verb of reporting or a correspondent's noun, or
before a verb of reporting as its subject; the one outlet of the region's press whose Russian
title of two to four words has those initials is the one cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import QUOTES

# The states whose press writes its titles in Cyrillic, so that the press shortens them.
CYRILLIC_PRESS = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "MDA"}
INITIALS = re.compile(r"^[А-ЯЁЄІЇ]{2,4}$")
CITING = {"передавать", "сообщать", "сообщить", "писать", "написать", "цитировать",
          "информировать", "корреспондент"}  # fmt: skip

_INDEX: dict[int, tuple[dict[str, set[str]], RussianGazetteer]] = {}


def _initials(gaz: RussianGazetteer) -> dict[str, set[str]]:
    """Initials -> the region's outlets whose Russian title has them ("ни": Novye Izvestia)."""
    if (known := _INDEX.get(id(gaz))) is not None and known[1] is gaz:
        return known[0]
    found: dict[str, set[str]] = {}
    for key, alias in gaz.aliases.items():
        entry = gaz.entities.get(alias.entity_id)
        if entry is None or entry.type != "org" or entry.code not in CYRILLIC_PRESS:
            continue
        if dict(entry.attributes).get("kind") != "media" or not 2 <= len(key) <= 4:
            continue
        if all(w.isalpha() and not w.isascii() for w in key):
            found.setdefault("".join(w[0] for w in key), set()).add(alias.entity_id)
    _INDEX[id(gaz)] = (found, gaz)
    return found


def outlet_initials(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a cited outlet's initials given the outlet (a mention the model made of
    them replaced, none added over a known name)."""
    index = _initials(gaz)
    out = list(mentions)
    for sentence in sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            owners = index.get(token.text.lower(), set()) if INITIALS.match(token.text) else set()
            if len(owners) != 1 or not _cited(tokens, i):
                continue
            inside = [m for m in out if m.start < token.end and token.start < m.end]
            if any(m.entity_id in gaz.entities for m in inside):
                continue  # a name the gazetteer knows
            entity = gaz.entities[next(iter(owners))]
            found = mention_of(
                entity, "name", "ORG", token.start, token.end, text, sentence, token.text
            )
            out = [m for m in out if m not in inside] + [replace(found, link="gazetteer")]
    return sorted(out, key=lambda m: (m.start, m.end))


def _cited(tokens: Sequence, i: int) -> bool:
    """Initials at token i after a verb of reporting or a correspondent ("пишет ЕП",
    "корреспондент «НИ»"), or before one as its subject ("«НИ» писали")."""
    k = i - 1
    while k >= 0 and tokens[k].text in QUOTES:
        k -= 1
    if k >= 0 and tokens[k].lemma in CITING:
        return True
    k = i + 1
    while k < len(tokens) and tokens[k].text in QUOTES:
        k += 1
    return k < len(tokens) and tokens[k].lemma in CITING - {"корреспондент"}
