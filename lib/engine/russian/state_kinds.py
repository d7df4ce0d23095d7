"""A state called by the noun of its kind ("министерство иностранных дел королевства", "МИД
княжества"): a kingdom is a state whose official name says so (the Netherlands, Belgium, the
United Kingdom, Spain, Norway, Saudi Arabia, …), a principality likewise (Monaco,
Liechtenstein), as ISO 3166 (pycountry) writes their official names. "страны",
"республики" and "государства" fit any state.
"""

from __future__ import annotations

from functools import cache

# The noun in the genitive, as it follows a body, and the word of the official name it needs.
_KIND_WORDS = {"королевства": "kingdom", "княжества": "principality"}


@cache
def _official_name(code: str) -> str:
    try:
        import pycountry
    except ImportError:
        return ""
    country = pycountry.countries.get(alpha_3=code)
    return (getattr(country, "official_name", "") or getattr(country, "name", "")).lower()


def fits_state_noun(country_id: str, noun: str) -> bool:
    """Whether the state of `country_id` ("country:NLD") can be called `noun` ("королевства")."""
    word = _KIND_WORDS.get(noun.lower())
    return word is None or word in _official_name(country_id.removeprefix("country:"))
