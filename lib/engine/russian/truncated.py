"""A text cut off in the middle of a word ("…ранее Столтенбе"): the search corpus stores
pages up to a length, so the last word of a text that ends without closing punctuation, in a
last paragraph of prose after others or alone after a paragraph that ends as prose does, is
unfinished. It is never a new entity; the start of a name the article names is that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# What a finished text ends with: a full stop, a closing quotation mark or bracket.
CLOSING = set(".!?…»\"”)]'")
# A page cut off: the text has paragraphs before the last, and the last runs on like prose.
MIN_WORDS = 4


def cut_last_word(mentions: Sequence[Mention], text: str, gaz: RussianGazetteer) -> list[Mention]:
    """The mentions, with one over the unfinished last word of the text renamed to the
    article's entity whose name it starts, or dropped when it would be a new entity."""
    end = len(text.rstrip())
    if not end or text[end - 1] in CLOSING or not text[end - 1].isalnum():
        return list(mentions)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    # the first words of a paragraph cut off, after a paragraph that ends as prose does
    # ("…об их реальных планах.\n\nРазъясне", "…проверке соблюдению.\n\nВ результате Со")
    lone = len(paragraphs) >= 2 and paragraphs[-2].rstrip()[-1:] in CLOSING
    if len(paragraphs) < 2 or (len(paragraphs[-1].split()) < MIN_WORDS and not lone):
        return list(mentions)  # a headline alone ("Эрдоган собрал турецкий Совбез") is whole
    out = []
    for m in mentions:
        if m.end != end or m.entity_id in gaz.entities:
            out.append(m)
            continue
        stem = m.surface.split()[-1].lower()
        whole = {
            o.entity_id: o
            for o in mentions
            if o is not m
            and o.type == m.type
            and any(w.lower().startswith(stem) for w in o.surface.split())
        }
        if len(whole) == 1:
            other = next(iter(whole.values()))
            out.append(replace(m, entity_id=other.entity_id, name=other.name, normal=other.normal))
    return out
