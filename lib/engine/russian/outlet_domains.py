"""An outlet named by its web address in the text's prose: "сообщает delfi.lt", "пишет rbc.ru".
The model reads no name in a lower-case address; the address's name before its top-level domain
is the outlet's own name in Latin letters, so an outlet the gazetteer holds by that name is the
one meant ("delfi.lt": Delfi, "unian.net": UNIAN). An address no outlet of the gazetteer has is
an outlet where the prose cites it as one: after a verb of reporting or an outlet's noun ("пишет
newsru.com", "сообщает интернет-издание timekids-gps.ru"); its id keeps the domain
(org:newsru-com), as the sets key an outlet written with its domain (heldout20's decision).
Elsewhere ("Подробнее читайте на utro.ru", "на сайте kremlin.ru", "Источник: rbc.ru") it stays
unread, as an address inside a link ("https://…/…") does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.gazetteer import slug
from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of

# A bare address: a Latin name, a full stop, a country's or a generic top-level domain, with
# no slash, "@", "www." or further dots around it (a link's host and path are chrome).
_DOMAIN = re.compile(
    r"(?<![\w./@:-])(?P<name>[A-Za-z][A-Za-z0-9-]{1,30})\.(?:ru|ua|lt|lv|ee|by|kz|md|ge|az|am"
    r"|pl|de|com|net|org|info|eu|tv|fm)(?![\w/@-]|\.\w)"
)


def outlet_domains(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with the gazetteer's outlets named by a bare web address added."""
    added: list[Mention] = []
    for sentence in sentences:
        for found in _DOMAIN.finditer(text, sentence.start, sentence.end):
            start, end = found.span()
            if any(m.start < end and start < m.end for m in [*mentions, *added]):
                continue
            alias = gaz.aliases.get((found["name"].lower(),))
            entity = gaz.entities.get(alias.entity_id) if alias is not None else None
            if entity is None and _cited(sentence, start):
                name = text[start:end]
                entity = Entity(f"org:{slug(name)}", "org", name, None, (("kind", "media"),))
            if entity is None or ("kind", "media") not in entity.attributes:
                continue
            normal = text[start:end]
            added.append(mention_of(entity, "name", "ORG", start, end, text, sentence, normal))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


# What cites an outlet by its address: a verb of reporting ("пишет", "сообщает", "передают",
# "напоминает") or an outlet's noun ("интернет-издание", "портал") right before it
CITING = {"писать", "сообщать", "передавать", "напоминать", "издание", "интернет-издание", "портал"}


def _cited(sentence: Sentence, start: int) -> bool:
    """Whether the word right before the address cites it as an outlet."""
    before = [t for t in sentence.tokens if t.end <= start][-1:]
    return bool(before) and before[0].lemma in CITING
