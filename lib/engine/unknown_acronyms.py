"""An acronym in capitals that no list holds as a place is a body's name, not a place's.

The small model often types an organisation's acronym as a place ("the NRA annual meeting",
"the CBO said"): a corpus of US politics had the NRA among its most mentioned places. Places
written as acronyms are few and listed: states and countries by their codes, the gazetteer's
places ("DPR"), a city's own ("NYC"), the former states (pycountry's historic countries: "GDR",
"USSR"). A word of a line in capitals ("THE HAGUE, Netherlands —") is no acronym.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from spacy.tokens import Span

from lib.engine.city_names import is_city_name
from lib.engine.gazetteer import Gazetteer

_ACRONYM = re.compile(r"[A-Z]{3,6}")


@cache
def _former_states() -> frozenset[str]:
    """Initials of states that no longer exist ("GDR", "USSR")."""
    names = set()
    for state in pycountry.historic_countries:
        words = re.findall(r"[A-Z][a-z]+", state.name)
        names.add("".join(w[0] for w in words if w not in ("Of", "The", "And")))
    return frozenset(n for n in names if n)


def acronym_of_a_body(surface: str, gaz: Gazetteer) -> bool:
    """Whether a surface typed as a place is an acronym in capitals that no list of places
    holds: then it names a body."""
    if not _ACRONYM.fullmatch(surface) or gaz.lookup(surface) is not None:
        return False
    return not (
        surface in gaz.us_states or surface in _former_states() or is_city_name(surface)
    )  # "MOSCOW —", "TARTU —": a dateline's city in capitals


def in_capitals_run(span: Span) -> bool:
    """'HAGUE' of 'THE HAGUE, Netherlands —': a word of a line in capitals, not an acronym."""
    doc = span.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) >= 2 for t in around)
