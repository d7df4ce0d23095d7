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
# Nouns of the people, governments and times a person heads or lends a name to ("the Bush
# administration", "the Castro brothers", "the Cruz campaign", "the Bush years", "a
# Bush-era program"): there the name stands for its bearer, as readers count it.
_BEARERS_NOUN = re.compile(
    r"^(?:['’]s)?[ \u00a0-](?:administrations?|government|regime|dictatorship|presidency|"
    r"premiership|campaign|camp|team|cabinet|family|families|clan|dynasty|brothers|sisters|"
    r"household|years|era|led|backed|appointed)\b",
    re.IGNORECASE,
)


def _preceded_by_article(m: Mention, texts: Sequence[tuple[int, str]]) -> bool:
    """'the Zizzi restaurant', not 'the Bush administration' (_BEARERS_NOUN)."""
    for offset, text in texts:
        if offset <= m.start <= offset + len(text):
            before = text[max(0, m.start - offset - 12) : m.start - offset]
            after = text[m.end - offset : m.end - offset + 20]
            return bool(_ARTICLE_BEFORE.search(before)) and not _BEARERS_NOUN.match(after)
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
