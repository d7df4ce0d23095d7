"""A text cut off in the middle of a word ("…ранее Столтенбе"): the search corpus stores
pages up to a length, so the last word of a text that ends without closing punctuation is
unfinished. It is never a new entity; the start of a name the article names is that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# What a finished text ends with: a full stop, a closing quotation mark or bracket.
CLOSING = set(".!?…»\"”)]'")


def cut_last_word(mentions: Sequence[Mention], text: str, gaz: RussianGazetteer) -> list[Mention]:
    """The mentions, with one over the unfinished last word of the text renamed to the
    article's entity whose name it starts, or dropped when it would be a new entity."""
    end = len(text.rstrip())
    if not end or text[end - 1] in CLOSING or not text[end - 1].isalnum():
        return list(mentions)
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
