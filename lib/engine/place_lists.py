"""Places the model took for people or bodies, told by the words that name a region or by the
list they stand in. Pure predicates on spaCy spans.

A region's own noun in its name ("Leningrad Oblast", "Krasnodar Krai") makes it a place
whatever the model said. News lists places together ("exercise areas near Lepel, Losvido,
Osipovichi", "Kaliningrad Oblast, Leningrad Oblast, and Pskov Oblast"): a small unknown name
in a list whose other members the model read as places is a place too, where nothing makes it
a person (a known given name or surname) — "Putin, Merkel and France" stays people and a state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.gazetteer import Gazetteer
from lib.engine.place_context import REGION_NOUNS
from lib.engine.resolve import GIVEN_NAMES

# A region's noun written capitalised after its name: place_context's region nouns but those
# that name no administrative unit ("district" of a city, "area"), and the nouns of other states'
# units.
REGION_SUFFIXES = (REGION_NOUNS - {"district", "area", "areas", "outskirts", "suburbs"}) | {
    "krai", "kray", "okrug", "raion", "rayon", "voivodeship", "county", "canton",
}  # fmt: skip

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# What joins the members of a list: commas, "and", "or", a spaced dash before its items.
LIST_JOINS = {",", "and", "or", "–", "—", "-"}


def names_a_region(span: Span) -> bool:
    """'Leningrad Oblast', 'Pskov Oblast', 'the Kurdistan Region': a name ending in a region's
    capitalised noun, with a name before it."""
    last = span[-1]
    return len(span) >= 2 and last.text[:1].isupper() and last.lower_ in REGION_SUFFIXES


def in_list_of_places(span: Span, gaz: Gazetteer) -> bool:
    """A one-word name no person carries (no known given name or surname, no acronym), in a
    list with a member the model took for a place ('Lepel, Ruzhany, Losvido and Osipovichi')."""
    if len(span) != 1 or not span[0].is_alpha or span[0].is_upper or _personal(span[0].text, gaz):
        return False
    return any(m.label_ in PLACE_LABELS or names_a_region(m) for m in _list_members(span.doc, span))


def _personal(word: str, gaz: Gazetteer) -> bool:
    return word.lower() in GIVEN_NAMES or word in gaz.surnames or not word[:1].isupper()


def _list_members(doc: Doc, span: Span) -> list[Span]:
    """The other entity spans joined to `span` by list words, on both sides, in one sentence."""
    members: list[Span] = []
    starts = {e.start: e for e in doc.ents}
    ends = {e.end: e for e in doc.ents}
    left = span.start
    while (j := _skip_joins(doc, left - 1, -1)) is not None and (e := ends.get(j + 1)):
        members.append(e)
        left = e.start
    right = span.end
    while (j := _skip_joins(doc, right, 1)) is not None and (e := starts.get(j)):
        members.append(e)
        right = e.end
    return members


def _skip_joins(doc: Doc, i: int, step: int) -> int | None:
    """The index past one to three list words from `i` in direction `step`, if there are any
    and no sentence boundary between."""
    k, n = i, 0
    while 0 <= k < len(doc) and doc[k].lower_ in LIST_JOINS and n < 3:
        if step > 0 and doc[k].is_sent_start:
            return None
        k, n = k + step, n + 1
    if n == 0 or not 0 <= k < len(doc) or (step > 0 and doc[k].is_sent_start):
        return None
    return k
