"""Place spans the NER finds that name no place, when no gazetteer row holds them.

- a state of the past ("СССР", "Советский Союз", "бомбежки Югославии в 1999 году": neither a
  place nor a country of today) and the East as a bloc or a direction ("на Западе и на
  Востоке"; the West as a bloc is the gazetteer's location:west);
- an adjective alone, whose noun another adjective takes ("Восточной" of "Восточной и Южной
  Европы");
- an adjective before a noun of a vague space or of one of a region's states ("на евразийском
  пространстве", "очередная Балканская страна");
- an adjective before a noun that describes a stretch of land or water by its region's or its
  sea's adjective ("в Черноморском регионе", "порты Азово-Черноморского бассейна", "на Азовском
  побережье", "в Азово-Керченской акватории"), when neither a gazetteer row nor a known place's
  name near it ("Калининградский регион": Kaliningrad, "Донбасский регион": Donbass) names it.
  Russian capitalises the adjective of such a description as it does a name's; the ones the
  field uses as names are gazetteer rows ("Балтийский регион" is the Baltics, "Арктический
  регион" the Arctic).

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
# Nouns after an adjective: a vague space, one of a region's states.
VAGUE_NOUNS = {"пространство", "страна", "государство"}
# Nouns after an adjective that describe a stretch of land or water, no name of one.
AREA_NOUNS = {"регион", "бассейн", "побережье", "акватория"}


def names_no_place(words: Sequence[str]) -> bool:
    """Whether a place span the gazetteer does not hold names no place."""
    if phrase_key(" ".join(words)) in NOT_PLACES:
        return True
    if _last_lemma(words) in VAGUE_NOUNS:
        return True
    return len(words) == 1 and any(p.tag.POS == "ADJF" for p in parses(words[0].lower())[:1])


def describes_an_area(words: Sequence[str]) -> bool:
    """Whether a place span no row and no known place's name links is an area's description."""
    return len(words) > 1 and _last_lemma(words) in AREA_NOUNS


def _last_lemma(words: Sequence[str]) -> str:
    return next(iter(phrase_key(words[-1])[-1:]), "")
