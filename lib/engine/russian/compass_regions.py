"""A region told by a compass point and a larger place: "государств Северной Европы", "на
востоке Европы", "в Центральной Азии". The region is the gazetteer's own place (Northern
Europe, Eastern Europe, Central Asia), not the larger place the model found in its last word.

The English gazetteer's names decide: "Northern" + "Europe" is a region only where a row
names "Northern Europe" so; a compass word before any other place ("в южной Франции", "на
севере Сирии") leaves that place as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence

# The compass adjective ("Северной Европы") and the part noun after "на"/"в" ("на севере
# Европы") both name the region; English writes both "Northern Europe" and "North Africa".
COMPASS = {
    "северный": ("Northern", "North"),
    "южный": ("Southern", "South"),
    "восточный": ("Eastern", "East"),
    "западный": ("Western", "West"),
    "центральный": ("Central",),
    "север": ("Northern", "North"),
    "юг": ("Southern", "South"),
    "восток": ("Eastern", "East"),
    "запад": ("Western", "West"),
    "центр": ("Central",),
}
PART_NOUNS = {"север", "юг", "восток", "запад", "центр"}
PREPOSITIONS = {"на", "в"}


def compass_regions(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a place that a compass word before it narrows to a known region
    ("Северной Европы": location:northern-europe) replaced by that region, over both words."""
    by_id = {s.sentence_id: s for s in sentences}
    out = []
    for m in mentions:
        sentence = by_id.get(m.sentence_id)
        region = _region(m, sentence, gaz) if sentence is not None else None
        if region is not None:
            entity_id, start = region
            entity = gaz.entities[entity_id]
            m = replace(
                m, entity_id=entity_id, name=entity.name, start=start, surface=text[start : m.end]
            )
        out.append(m)
    return out


def _region(m: Mention, sentence: Sentence, gaz: RussianGazetteer) -> tuple[str, int] | None:
    """The known region and its start, where the word before the place is a compass word."""
    if m.type != "location" or m.kind != "name":
        return None
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    if not at:
        return None
    word, place_id = tokens[at - 1], m.entity_id
    english = COMPASS.get(word.lemma)
    if english is None:
        return None
    if word.lemma in PART_NOUNS and (at < 2 or tokens[at - 2].lemma not in PREPOSITIONS):
        return None  # "восток Европы" with no "на": a subject, not where something is
    place = gaz.entities[place_id].name if place_id in gaz.entities else None
    for adjective in english if place else ():
        found, _ = gaz.english.names.get(f"{adjective} {place}", (None, None))
        if (
            found
            and found.startswith("location:")
            and found != m.entity_id
            and found in gaz.entities
        ):
            return found, word.start
    return None
