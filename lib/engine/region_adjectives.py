"""A region's adjective as news writes it: 'European diplomats', 'Eastern European
governments', 'European Allies', 'Central and Northern European member states'. The
adjective is no entity (the sample corpus's and round six's rule: 'Eastern European
countries' name no region), and a capitalised plural noun after it does not make it an
organisation."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.mentions import Mention

_COMPASS = {"eastern", "western", "northern", "southern", "central"}


def is_region_adjective(word: str, gaz: Gazetteer) -> bool:
    """'European' (Europe), 'Asian' (Asia): an adjective of a region the gazetteer knows."""
    for cut in (2, 1):
        hit = gaz.lookup(word[:-cut]) if word.endswith("an") else None
        if hit is not None and hit[0].type == "location":
            return True
    return False


def region_adjective(span: Span, gaz: Gazetteer) -> bool:
    """Whether the span is a region's adjective, with compass words and 'and' before it
    ('Central and Northern European'), alone or before one capitalised plural noun
    ('European Allies'); 'American Airlines' is not (America is no region of the
    gazetteer)."""
    k = span.start
    while k < span.end and (span.doc[k].lower_ in _COMPASS or span.doc[k].lower_ == "and"):
        k += 1
    if k >= span.end or not is_region_adjective(span.doc[k].text, gaz):
        return False
    rest = span.doc[k + 1 : span.end]
    return not rest or (len(rest) == 1 and rest[0].is_title and rest[0].lower_.endswith("s"))


# Nouns of a sea's shore and waters: "the Russian Baltic coast" is on the Baltic Sea.
_SHORE_NOUNS = {"coast", "coasts", "coastline", "shore", "shores", "waters", "seabed", "seaboard"}
# Heads of the names a modifier opens: a sea or a group of states ("Baltic Sea", "Baltic
# states"), never a name of its own ("West Virginia", "Camp Adazi").
_REGION_HEADS = {"sea", "states", "countries", "nations", "republics", "region"}
_MEMBER_HEADS = {"state", "country", "nation", "republic"}


def region_of_modifier(span: Span, gaz: Gazetteer) -> Entry | None:
    """A word that is no place's name alone but opens the gazetteer's names of a sea or a
    group of states ('Baltic' of 'Baltic Sea' and 'Baltic states'), before a lower-case noun
    ('Baltic air policing', 'the Russian Baltic coast'): the sea or the region that noun speaks
    of, a shore's or waters' noun the sea's, any other the land's."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_title or gaz.lookup(span.text) is not None:
        return None
    if span.end >= len(doc) or not (doc[span.end].is_alpha and doc[span.end].is_lower):
        return None
    if doc[span.end].lower_ in _REGION_HEADS | _MEMBER_HEADS:
        # "Nordic nations": a group's own name, which the gazetteer lists or not; "the Nordic
        # country": one of its members
        return None
    opened = {
        hit[0]
        for head in _REGION_HEADS
        for written in (head, head.title())
        if (hit := gaz.names.get(f"{span.text} {written}")) and hit[0].startswith("location:")
    }
    sea = doc[span.end].lower_ in _SHORE_NOUNS
    fits = [e for e in sorted(opened) if (("kind", "sea") in gaz.entries[e].attributes) == sea]
    return gaz.entries[fits[0]] if len(fits) == 1 else None


# Nouns of the people and markets of a region ("European leaders", "European consumers",
# "a European security official"), its forces ("U.S. and European troops"), its own defence
# and land ("European defence", "the European continent"): the region itself acting or
# affected, as "Europe" is. A region's states and allies ("European countries", "European
# allies") stay no entity: the gold files hold them both ways.
_PEOPLE_NOUNS = {"leader", "leaders", "diplomat", "diplomats", "official", "officials",
                 "politician", "politicians", "consumer", "consumers", "customer", "customers",
                 "market", "markets", "investor", "investors", "public", "voters", "troops",
                 "defence", "defense", "continent"}  # fmt: skip


def region_of_people(span: Span, gaz: Gazetteer) -> Entry | None:
    """'European' of 'European leaders' or 'a European security official': the region whose
    adjective it is, before a noun of its people or markets (one lower-case word may stand
    between); None otherwise."""
    doc, j = span.doc, span.end
    if len(span) == 1 and span.text.endswith("ans") and is_region_adjective(span.text[:-1], gaz):
        return _region_of(span.text[:-1], gaz)  # "millions of Europeans": the region's people
    if len(span) != 1 or not is_region_adjective(span.text, gaz):
        return None
    if j + 1 < len(doc) and doc[j].is_lower and doc[j + 1].lower_ in _PEOPLE_NOUNS:
        j += 1
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in _PEOPLE_NOUNS:
        return None
    return _region_of(span.text, gaz)


def _region_of(adjective: str, gaz: Gazetteer) -> Entry | None:
    """The region of its adjective ('European' -> Europe)."""
    for cut in (2, 1):
        hit = gaz.lookup(adjective[:-cut])
        if hit is not None and hit[0].type == "location":
            return hit[0]
    return None


def without_union_people(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """In an article that names the EU or one of its bodies ("European Commission"), its
    "European leaders" are the Union's, which the article names: the region read from their
    adjective (region_of_people) goes."""
    if not any(m.entity_id == "org:eu" or m.name.startswith("European ") for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.type == "location" and " " not in m.surface and is_region_adjective(m.surface, gaz)
        )
    ]
