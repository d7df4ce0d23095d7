"""One-word names after an article ("the Zizzi restaurant", "the Buk missile system", "the
Iskander complexes", "the Welsh city", "the Bill passes"), which the model takes for people.
English puts no article before a person's bare name: "the" before a name makes it the
modifier of a noun (a venue, a weapon, a programme named after someone or something) or a
thing's own name. A person the article names in full ("the Watling report" after Jack
Watling) or the gazetteer knows ("the Trump administration") is linked before this step and
stays; an unknown one-word "person" written so, anywhere in the article, is no person there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.gazetteer import Gazetteer
from lib.engine.mentions import Mention
from lib.ids import slug

_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w-])(?:the|a|an)[ \u00a0]+$", re.IGNORECASE)


def _preceded_by_article(m: Mention, texts: Sequence[tuple[int, str]]) -> bool:
    for offset, text in texts:
        if offset <= m.start <= offset + len(text):
            before = text[max(0, m.start - offset - 12) : m.start - offset]
            return bool(_ARTICLE_BEFORE.search(before))
    return False


def _unknown_one_word_person(m: Mention, gaz: Gazetteer) -> bool:
    return (
        m.type == "person"
        and m.link == "text"
        and m.entity_id not in gaz.entries
        and " " not in m.name.strip()
        and m.entity_id.split(":", 1)[-1] == slug(m.name)
    )


def without_attributive_names(
    mentions: list[Mention], texts: Sequence[tuple[int, str]], *, gaz: Gazetteer
) -> list[Mention]:
    """The mentions without the unknown one-word people the article writes after "the", "a"
    or "an" (texts: each block's offset in the article and its text)."""
    things = {
        m.entity_id
        for m in mentions
        if _unknown_one_word_person(m, gaz) and _preceded_by_article(m, texts)
    }
    if not things:
        return mentions
    return [m for m in mentions if not (m.entity_id in things and m.type == "person")]
