"""Place spans the NER finds that name no place, when no gazetteer row holds them.

- a state of the past ("СССР", "Советский Союз", "бомбежки Югославии в 1999 году": neither a
  place nor a country of today) and the East as a bloc or a direction ("на Западе и на
  Востоке"; the West as a bloc is the gazetteer's location:west);
- an adjective alone, whose noun another adjective takes ("Восточной" of "Восточной и Южной
  Европы");
- an adjective before a noun that describes an area rather than naming it: a vague space, one
  of a region's states ("на евразийском пространстве", "очередная Балканская страна"), or a
  stretch of land or water told by its region's or its sea's adjective ("в Черноморском
  регионе", "порты Азово-Черноморского бассейна", "на Азовском побережье", "в Азово-Керченской
  акватории"). Russian capitalises the adjective of such a description as it does a name's;
  the ones the field uses as names are gazetteer rows ("Балтийский регион" is the Baltics,
  "Арктический регион" the Arctic) and are linked before this is asked.

Administrative units ("Калининградская область", "Забайкальский край", "Йонавский район")
are places and are not listed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.text import parses, phrase_key

NOT_PLACES = {
    ("ссср",),
    ("советский", "союз"),
    ("югославия",),
    ("чехословакия",),
    ("гдр",),
    ("восток",),
}
# Nouns after an adjective that describe an area, no name of one.
DESCRIPTIVE_NOUNS = {
    "пространство", "страна", "государство",  # a vague space, one of a region's states
    "регион", "бассейн", "побережье", "акватория",  # a stretch of land or water
}  # fmt: skip


def names_no_place(words: Sequence[str]) -> bool:
    """Whether a place span the gazetteer does not hold names no place."""
    if phrase_key(" ".join(words)) in NOT_PLACES:
        return True
    if any(lemma in DESCRIPTIVE_NOUNS for lemma in phrase_key(words[-1])[-1:]):
        return True
    return len(words) == 1 and any(p.tag.POS == "ADJF" for p in parses(words[0].lower())[:1])
