"""An acronym the gazetteer reads as one body that the article defines as another: "the
National Register of Citizens (NRC)" in Indian news is not the NATO-Russia Council, "the
Center for Immigration Studies (CIS)" not the Commonwealth of Independent States, "Americans
for Prosperity (AFP)" not the news agency. The article says what its letters stand for, and
its mentions of them are that body. A definition that names the gazetteer's body in other
words ("Islamic State in Iraq and Syria (ISIS)", "Organization for the Prevention of Chemical
Weapons (OPCW)") shares half its words with one of that body's names and changes nothing.
Pure functions of an article's mentions and text."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from lib.engine.document_acronyms import SMALL_WORDS, spells
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.mentions import Mention
from lib.ids import slug

# Up to eight capitalised words (and the small words between them) before an acronym in brackets.
_DEFINED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|on|to|in)\s+)*){1,8})\(([A-Z]{2,6})\)"
)
_SMALL = SMALL_WORDS | {"in"}


def _content_words(name: str) -> set[str]:
    """'Islamic Revolutionary Guards Corps' -> {'islamic', 'revolutionary', 'guard', 'corp'}."""
    return {
        w.casefold().removesuffix("s")
        for w in re.split(r"[\s\-]+", name)
        if w and w.casefold() not in _SMALL
    }


def spelt_name(words: list[str], acronym: str) -> str | None:
    """The shortest tail of the words before an acronym that starts with its first letter and
    spells it ('The conservative group Americans for Prosperity' -> 'Americans for
    Prosperity'), or None."""
    for k in range(1, len(words) + 1):
        tail = words[-k:]
        name = " ".join(tail)
        if tail[0].casefold() not in _SMALL and tail[0][0] == acronym[0] and spells(acronym, name):
            return name
    return None


def same_body(name: str, names: list[str]) -> bool:
    """Whether a name shares half the content words of one of a body's names."""
    words = _content_words(name)
    for other in names:
        theirs = _content_words(other)
        if words and theirs and 2 * len(words & theirs) >= min(len(words), len(theirs)):
            return True
    return False


def _names_by_entity(gaz: Gazetteer) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for surface, (entity_id, _) in gaz.names.items():
        names[entity_id].append(surface)
    for entity_id, entry in gaz.entries.items():
        names[entity_id].append(entry.name)
    return dict(names)


def bodies_defined_otherwise(text: str, gaz: Gazetteer) -> dict[str, Entry]:
    """Acronym -> the body the text defines it as, where the gazetteer reads those letters as
    another organisation."""
    names = gaz.index("names by entity", _names_by_entity)
    defined: dict[str, Entry] = {}
    for match in _DEFINED.finditer(text):
        acronym = match.group(2)
        hit = gaz.names.get(acronym)
        if hit is None or not hit[0].startswith("org:") or acronym in defined:
            continue
        name = spelt_name(match.group(1).split(), acronym)
        if name and not same_body(name, names.get(hit[0], [])):
            defined[acronym] = Entry(f"org:{slug(name)}", "org", name)
    return defined


def acronyms_defined_otherwise(
    mentions: list[Mention], texts: list[tuple[int, str]], *, gaz: Gazetteer
) -> list[Mention]:
    """The article's mentions of an acronym it defines as another body than the gazetteer's,
    linked to the body it defines."""
    defined: dict[str, Entry] = {}
    for _, text in texts:
        if "(" in text:
            for acronym, entry in bodies_defined_otherwise(text, gaz).items():
                defined.setdefault(acronym, entry)
    if not defined:
        return mentions
    out = []
    for m in mentions:
        entry = defined.get(m.surface)
        hit = gaz.names.get(m.surface)
        if entry is not None and m.type == "org" and hit is not None and m.entity_id == hit[0]:
            m = replace(m, entity_id=entry.entity_id, type="org", name=entry.name, code=None,
                        link="article", linked_from=m.linked_from or m.entity_id)  # fmt: skip
        out.append(m)
    return out
