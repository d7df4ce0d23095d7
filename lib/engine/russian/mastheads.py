"""A page's masthead and closing credit read as mentions: the site's name or logo over the
title ("Интерфакс-Украина", "БЕЛ Ł РУС", "Новая газета. Балтия"), a byline in Latin letters the
model takes for a body ("Mayya Gavasheli"), the outlet a reposted text ends with ("… за его
принятие. РБК").

A sentence that is nothing but one organisation's name, among the page's first sentences or
as its last, names the page's source, not anything the article speaks of: its mentions are
dropped. The same name in the article's prose stays a mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.link import Mention, Sentence

FIRST_SENTENCES = 2  # the masthead stands over the title or is the title line itself
_WORD = re.compile(r"\w")


def masthead_names(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], text: str
) -> list[Mention]:
    """The mentions without those of a sentence that is only an organisation's name at the
    page's top or end."""
    if not sentences:
        return list(mentions)
    edges = [*sentences[:FIRST_SENTENCES], sentences[-1]]
    dropped: set[int] = set()
    for sentence in edges:
        inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
        if not inside or any(m.type != "org" for m in inside):
            continue
        if len({m.entity_id for m in inside}) != 1:
            continue
        rest = list(text[sentence.start : sentence.end])
        for m in inside:
            rest[m.start - sentence.start : m.end - sentence.start] = " " * (m.end - m.start)
        if not _WORD.search("".join(rest)):
            dropped.update(id(m) for m in inside)
    return [m for m in mentions if id(m) not in dropped]
