"""A person's name as the press misspells or shortens it, linked to the person it names:
- a full name a letter or two away, word for word, from a person the article names or the
  gazetteer knows ("Russian President Vlaidmir Putin", "Recep Tayip Ergodan"): wire copy,
  translations and small outlets misspell foreign names, and every other word stays right;
- the given names of a gazetteer person without the surname ("Recep Tayyip");
- a Chinese or Korean leader's family name written alone ("President Xi"): those names put
  the family name first, so the surname index of the gazetteer (the last word) misses it;
- a surname the gazetteer gives to relatives ("Biden": Joe and his son Hunter) where only
  one of them ever held an office: the press writes the office-holder by surname alone and
  names a relative in full.
Runs on one article's mentions once the article's own short forms are linked."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from lib.engine.gazetteer import Gazetteer
from lib.engine.mentions import Mention
from lib.engine.resolve import GIVEN_NAMES
from lib.engine.russian.census_names import census_table
from lib.ids import slug
from lib.names import normalise_surface

# Countries whose people's names put the family name first ("Xi Jinping", "Kim Jong Un").
FAMILY_NAME_FIRST = {"CHN", "TWN", "PRK", "KOR"}


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """English given names and the US census's first names: a word of these is a name of its
    own ("Ivana" beside "Ivanka"), never a misspelling of another."""
    census = census_table("dist.male.first").keys() | census_table("dist.female.first").keys()
    return GIVEN_NAMES | frozenset(census)


def _words(name: str) -> tuple[str, ...]:
    """The words of a name, a hyphenated one's parts apart ('Kim Jong-il' is three words, so
    that 'il' and 'un' differ as two-letter words, not as two letters of 'jong-il')."""
    return tuple(normalise_surface(name).casefold().replace(".", ". ").replace("-", " ").split())


def misspelling_of(variant: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether `variant` is `name` misspelt: as many words, each with the same first letter,
    at least one word the same, a word of six letters or fewer one edit away (a swap of
    two letters is one), a longer word two, and no changed given name a name of its own."""
    if len(variant) != len(name) or len(name) < 2 or variant == name:
        return False
    same = 0
    for k, (v, n) in enumerate(zip(variant, name, strict=True)):
        if v == n:
            same += 1
            continue
        if v[0] != n[0] or OSA.distance(v, n) > (2 if min(len(v), len(n)) >= 7 else 1):
            return False
        if k < len(name) - 1 and v in known_given_names():
            return False
    return same > 0


def _is_own(m: Mention, gaz: Gazetteer) -> bool:
    return m.entity_id not in gaz.entries and m.entity_id.split(":", 1)[-1] == slug(m.name)


class _People:
    """The gazetteer's people, indexed for the look-ups of this module: their names by shape
    (number of words, first letter of the last word), their leading given names, the family
    names written first, and who held an office."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.by_shape: dict[tuple[int, str], list[tuple[str, tuple[str, ...]]]] = {}
        self.by_prefix: dict[tuple[str, ...], set[str]] = {}
        self.family_first: dict[str, set[str]] = {}
        for name, (entity_id, kind) in gaz.names.items():
            if kind != "name" or not entity_id.startswith("person:"):
                continue
            words = _words(name)
            if len(words) < 2:
                continue
            self.by_shape.setdefault((len(words), words[-1][0]), []).append((entity_id, words))
            for k in range(2, len(words)):
                self.by_prefix.setdefault(words[:k], set()).add(entity_id)
            if gaz.entries[entity_id].code in FAMILY_NAME_FIRST:
                self.family_first.setdefault(words[0], set()).add(entity_id)
        self.holders = frozenset(s.person_id for s in gaz.role_spells)


def _people_of(gaz: Gazetteer) -> _People:
    return gaz.index("people by name variant", _People)


def _target_of(m: Mention, full: dict[str, tuple], gaz: Gazetteer) -> str | None:
    words, people = _words(m.name), _people_of(gaz)
    if len(words) >= 2 and m.type == "person":
        same_shape = people.by_shape.get((len(words), words[-1][0]), ())
        hits = {e for e, name in same_shape if misspelling_of(words, name)}
        hits |= {e for e, name in full.items() if e != m.entity_id and misspelling_of(words, name)}
        if not hits:  # the given names alone: "Recep Tayyip"
            hits = people.by_prefix.get(words, set())
        return next(iter(hits)) if len(hits) == 1 else None
    if len(words) != 1 or m.label in ("NORP", "ORGREF", "ROLE"):
        return None
    first = people.family_first.get(words[0], set())
    if len(first) == 1:
        return next(iter(first))
    relatives = gaz.surnames.get(normalise_surface(m.surface).title(), [])
    holders = [e for e in relatives if e in people.holders]
    return holders[0] if len(relatives) > 1 and len(holders) == 1 else None


def link_person_variants(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """Mentions of a misspelt, given-names-only, family-name-first or shared-surname person
    moved to the person they name (link "article"; linked_from keeps the name as written)."""
    own = {m.entity_id: m for m in mentions if m.type == "person" and _is_own(m, gaz)}
    # a known surname the model typed a body or a place ("Biden" of "the Biden-Putin
    # meeting" as ORG): only the one-word look-ups below apply to it
    own |= {
        m.entity_id: m
        for m in mentions
        if m.type in ("org", "location")
        and m.label in ("PERSON", "ORG", "GPE")
        and _is_own(m, gaz)
        and normalise_surface(m.surface).title() in gaz.surnames
    }
    if not own:
        return mentions
    counts = Counter(m.entity_id for m in mentions)
    full = {
        e: _words(m.name) for e, m in own.items() if m.type == "person" and len(_words(m.name)) >= 2
    }
    remap: dict[str, Mention | str] = {}
    for entity_id, m in own.items():
        target = _target_of(m, full, gaz)
        if target is None or (target in own and counts[target] <= counts[entity_id]):
            continue  # between two spellings of the article, the one written more often
        remap[entity_id] = target
    if not remap:
        return mentions
    out = []
    for m in mentions:
        target = remap.get(m.entity_id)
        if target is not None and target in gaz.entries:
            entry = gaz.entries[target]
            m = replace(m, entity_id=target, type="person", name=entry.name, code=entry.code,
                        link="article", linked_from=m.linked_from or m.entity_id)  # fmt: skip
        elif target is not None:
            t = own[target]
            m = replace(m, entity_id=target, name=t.name, code=t.code, link="article",
                        linked_from=m.linked_from or m.entity_id)  # fmt: skip
        out.append(m)
    return out
