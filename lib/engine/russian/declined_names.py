"""One person under one id however his name is declined: "Энтони Блинкен", "Энтони Блинкена",
"Энтони Блинкену" in one article. A foreign given name that does not decline ("Энтони", "Джо",
"Хосе") leaves the case of the surname after it unread, so a surname no dictionary holds keeps
its ending and each case of it would be a person of its own. Where the article also writes the
name with the surname's stem alone, the declined forms are that name; without it, "Коста" and
"Кисида" stay as written (their nominative ends so)."""

from __future__ import annotations

from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# Case endings of a man's surname in a consonant (genitive, dative, instrumental, locative).
_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def declined_full_names(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """Mentions of a full name no file knows whose surname is another such mention's surname
    plus a case ending, with the same given name, take that mention's entity."""
    stems = {
        m.normal: m
        for m in mentions
        if m.type == "person" and m.entity_id not in gaz.entities and " " in m.normal
    }
    out = []
    for m in mentions:
        target = stems.get(_stem_name(m.normal)) if m.normal in stems else None
        if target is not None and target.entity_id != m.entity_id:
            m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out


def _stem_name(normal: str) -> str | None:
    given, _, surname = normal.rpartition(" ")
    for ending in _ENDINGS:
        stem = surname[: -len(ending)]
        if surname.endswith(ending) and len(stem) >= 3 and stem[-1] not in "аеёиоуыэюяй":
            return f"{given} {stem}"
    return None
