"""The Kremlin's administration inside its head's role: "глава администрации президента Сергей
Иванов", "глава президентской администрации" name the body as "глава МИД" names the ministry
(heldout23's reading). Russian news writes its own president's administration so, with no state:
the body is Russia's where the role's holder follows or nothing does. A state after it
("администрации президента США") or a president ("администрации президента Трампа") makes it
another's, which the files hold by their own rows or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of

BODY = "org:russian-presidential-administration"
_HEAD = re.compile(
    r"\b(?:[Гг]лав[аеуы]|[Гг]лавой|[Рр]уководител[а-я]*)\s+"
    r"(?P<body>администраци[а-я]+\s+президента|президентской\s+администрации)(?![\w-])"
)
HEAD_OF_STATE = " President"


def administration_heads(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with the body inside "глава администрации президента" added as Russia's
    presidential administration where no state or president follows it."""
    if BODY not in gaz.entities:
        return mentions
    presidents = {s.person_id for s in gaz.english.role_spells if s.role.endswith(HEAD_OF_STATE)}
    out = list(mentions)
    for found in _HEAD.finditer(text):
        start, end = found.span("body")
        if any(m.start < end and start < m.end for m in out):
            continue
        after = next((m for m in sorted(out, key=lambda m: m.start) if m.start >= end), None)
        near = after is not None and not text[end : after.start].strip(" ,")
        if near and (after.type != "person" or after.entity_id in presidents):
            continue  # "администрации президента США", "… президента Трампа": another's
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        entity = gaz.entities[BODY]
        out.append(mention_of(entity, "name", "ORG", start, end, text, sentence,
                              text[start:end]))  # fmt: skip
    return sorted(out, key=lambda m: (m.start, m.end))
