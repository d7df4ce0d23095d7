"""Abbreviations an article defines: "Redaktionsnetzwerk Deutschland (RND)", "Институт
изучения войны (ИИВ)" give the abbreviation in brackets after the full name, and the
abbreviation alone later in the same article ("Как пишет RND") is that organisation, not one of
its own; the words of a full name its abbreviation spells ("Организация по безопасности и
сотрудничеству в Европе (ОБСЕ)") name no place of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# "(RND)", "(ИИВ)": capitals only, two to eight, right after the name
DEFINED = re.compile(r"\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7})\s*\)$")
DEFINED_AFTER = re.compile(r"^\s*\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7})\s*\)")


def defined_abbreviations(
    mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """Every mention of an abbreviation the article defines after an organisation's full name
    as that organisation; an abbreviation the gazetteer knows as another body keeps its own."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "org":
            continue
        found = DEFINED.search(m.surface) or DEFINED_AFTER.match(text[m.end : m.end + 16])
        if found and found[1] != m.surface:
            defined.setdefault(found[1], m)
    out = []
    for m in mentions:
        full = defined.get(m.surface)
        if (
            full is not None
            and m.type == "org"
            and m.entity_id != full.entity_id
            and m.entity_id not in gaz.entities
        ):
            m = replace(m, entity_id=full.entity_id, name=full.name, code=full.code,
                        link="article", linked_from=full.surface)  # fmt: skip
        out.append(m)
    return out


# Short words a full name has that its abbreviation skips ("по", "и", "в" in ОБСЕ's)
SKIPPED = {"по", "и", "в", "во", "за", "о", "об", "на", "с", "со", "для", "of", "and", "the", "for"}
_ABBREVIATION = re.compile(r"\(\s*([A-ZА-ЯЁ]{2,8})\s*\)")


def spelled_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less those inside a full name that the abbreviation in brackets after it
    spells by its words' initials ("…сотрудничеству в Европе (ОБСЕ)": no Europe)."""
    spans = []
    for found in _ABBREVIATION.finditer(text):
        letters = found[1].lower()
        words = list(re.finditer(r"[\w-]+", text[max(0, found.start() - 200) : found.start()]))
        offset = max(0, found.start() - 200)
        k, start = len(letters), None
        for word in reversed(words):
            if word[0].lower() in SKIPPED:
                continue
            if k == 0 or word[0][:1].lower() != letters[k - 1]:
                break
            k, start = k - 1, offset + word.start()
        if k == 0 and start is not None:
            spans.append((start, found.start()))
    return [
        m
        for m in mentions
        if m.type == "org" or not any(s <= m.start and m.end <= e for s, e in spans)
    ]
