"""Two or more names the model read as one ("Ankara-Moscow", "Trump Putin meeting", "the
Biden-Putin meeting"): the mentions of each name, linked by the gazetteer or, for a surname
alone, to its one bearer."""

from __future__ import annotations

import re

from spacy.tokens import Span

from lib.engine.blocks import doc_text
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.mentions import Mention
from lib.engine.name_lookup import gazetteer_hit
from lib.ids import slug


def two_known_people(words: list[str], gaz: Gazetteer) -> bool:
    """Two surnames of two people the gazetteer knows, each of one person only, or such a
    surname and a country's name ("gave Trump Germany", a translation's words run together)."""
    if len(words) != 2 or len(first := gaz.surnames.get(words[0], [])) != 1:
        return False
    second, hit = gaz.surnames.get(words[1], []), gaz.names.get(words[1], ("", ""))
    a_country = hit[0].startswith("country:") and hit[1] == "name"
    return (len(second) == 1 and first != second) or a_country


def double_barrelled(surface: str) -> bool:
    """'Louisa Brooke-Holland': a given name, then a surname of two names joined by a hyphen
    without spaces, one person's name (read by the model as one), not two things ('the
    Biden-Putin meeting' has no given name before its hyphen, 'Rasmussen - Holland' spaces)."""
    words = surface.split()
    return (
        len(words) >= 2
        and re.fullmatch(r"[A-Z][a-z'\u2019]+-[A-Z][a-z'\u2019]+", words[-1]) is not None
    )


def people_compound(parts: list[str], gaz: Gazetteer) -> bool:
    """Every part a person's name or a surname the gazetteer knows."""
    hits = [gazetteer_hit(gaz, p) for p in parts]
    return all(
        (h and h[0].type == "person") or (h is None and p in gaz.surnames)
        for p, h in zip(parts, hits, strict=True)
    )


def compound_mentions(core: Span, parts: list[str], *, gaz: Gazetteer, make) -> list[Mention]:
    mentions, cursor = [], core.start_char
    for part in parts:
        start = doc_text(core.doc).find(part, cursor)
        sub = core.doc.char_span(start, start + len(part), alignment_mode="expand")
        cursor = start + len(part)
        if sub is None:
            continue
        hit = gazetteer_hit(gaz, part)
        if hit is None:  # a surname: its one bearer, else the article's own use decides
            bearers = gaz.surnames.get(part, [])
            entry = (
                gaz.entries[bearers[0]]
                if len(bearers) == 1
                else Entry(f"person:{slug(part)}", "person", part)
            )
            link = "gazetteer" if len(bearers) == 1 else "text"
            mentions.append(make(entry, "name", sub, link=link))
            continue
        mentions.append(make(hit[0], hit[1], sub, link="gazetteer"))
    return mentions
