"""A person's name the text misspells ("Столтенбег", "Дмитрий Пексов", "Жана Марка Эйро" for
Эро) linked to the gazetteer person it stands for, where the page supports that person: the
role written right before the name is one they hold or held ("Генсек НАТО Столтенбег",
"министра иностранных дел Франции Жана Марка Эйро"), or the page names them otherwise, by name
or by role ("Генсек НАТО заявил … Столтенбег добавил").

News pages drop, double, swap or change a letter of a foreign name, or write it by another ear,
and a fresh id ("person:stoltenbeg") splits one person in two. A near spelling alone is no
evidence: Russian surnames lie one letter apart by the thousand (Песков, Пешков; Иванов,
Ивашов), so the near person must be one the page has reason to name, only one may be that
near, a written given name must fit theirs, and a surname the Russian dictionary holds is a
name in its own right, never a slip.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import cache

from rapidfuzz import fuzz

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.people import one_slip
from lib.engine.russian.person_lookup import dictionary_surname
from lib.engine.russian.text import parses, phrase_key
from lib.engine.russian.translit import name_key, sound_key

# A slip in a name this long (letters, Cyrillic) is not chance where the role before it is
# the person's; a shorter name ("Эро") is one letter from many.
ROLE_LENGTH = 4
# Where only the page names the person elsewhere, the name must be longer (as
# people.MIN_SLIP_LENGTH, the Latin key of a lone surname one slip from a full name's).
PAGE_LENGTH = 6

# by the gazetteer's id: (person id -> surname spellings, the gazetteer)
_INDEXES: dict[int, tuple[dict[str, set[str]], RussianGazetteer]] = {}


def _surnames(gaz: RussianGazetteer) -> dict[str, set[str]]:
    """Every gazetteer person's surname spellings: the Russian alias's, in lower case, and the
    Latin keys of the English names' (translit.name_key)."""
    if (known := _INDEXES.get(id(gaz))) is not None and known[1] is gaz:
        return known[0]
    spellings: dict[str, set[str]] = defaultdict(set)
    for key, people in gaz.surname_keys.items():
        for pid in people:
            spellings[pid].add(key)
    for pid, surname in gaz.russian_surnames.items():
        spellings[pid] |= {surname.lower().replace("ё", "е")} | _case_forms(surname)
    _INDEXES[id(gaz)] = (dict(spellings), gaz)
    return _INDEXES[id(gaz)][0]


@cache
def _case_forms(surname: str) -> frozenset[str]:
    """The Russian surname in its every case ("Зеленского", "Столтенбергу"): a slip in an
    inflected form ("по словам Зеленскго") is one slip from the form, not from the
    nominative, and pymorphy3 cannot put a misspelt word in the nominative."""
    found = parses(surname.lower())
    surnames = [p for p in found if "Surn" in p.tag.grammemes] or list(found[:1])
    return frozenset(
        f.word.replace("ё", "е")
        for p in surnames[:1]
        for f in p.lexeme
        if f.tag.gender == p.tag.gender and f.tag.number == "sing"  # his, not his wife's
    )


def _near(written: list[str], spellings: set[str], min_length: int) -> bool:
    """One of the written forms one slip (a letter dropped, added, changed, or two swapped)
    from one of the spellings, in Cyrillic or in the Latin key."""
    for word in written:
        cyrillic = word.lower().replace("ё", "е")
        if len(cyrillic) < min_length:
            continue
        latin = name_key(word)
        if any(one_slip(cyrillic, s) or one_slip(latin, s) for s in spellings):
            return True
    return False


def _given_fits(given: list[str], pid: str, gaz: RussianGazetteer) -> bool:
    """The written given name fits one of the person's, by spelling or by sound (as
    person_lookup.link_person reads it), the first word or all of them joined (a hyphenated
    name written with a space: "Жан Марк" for Жан-Марк); an initial or no given name on file
    fits."""
    keys = gaz.given_keys.get(pid, set())
    if len(given[0].strip(".")) < 2 or not keys:
        return True
    for written in {given[0], "".join(given)}:
        key, sound = name_key(written), sound_key(written)
        if any(fuzz.ratio(key, g) >= 60 for g in keys) or any(
            fuzz.ratio(sound, g) >= 80 for g in gaz.given_sounds.get(pid, ())
        ):
            return True
    return False


# A case ending a name's last word may carry where pymorphy3 cannot read it: a short word
# ("Ким Чен Ыном", "Ына") or one out of the dictionary.
_CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею|а|я|у|ю|е)$")


def _alias_uninflected(group: list[Mention], gaz: RussianGazetteer) -> str | None:
    """The gazetteer person one of whose Russian names the written name is with a case ending
    on its last word ("С Ким Чен Ыном": Ким Чен Ын), if one."""
    found = set()
    for m in group:
        words = m.surface.split()
        if len(words) < 2:
            continue
        stem = _CASE_ENDING.sub("", words[-1])
        if stem == words[-1] or len(stem) < 2:
            continue
        alias = gaz.aliases.get(phrase_key(" ".join([*words[:-1], stem])))
        if alias is not None and alias.kind == "name" and alias.entity_id.startswith("person:"):
            found.add(alias.entity_id)
    return next(iter(found)) if len(found) == 1 else None


def misspelt_people(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """Every mention of a person no file knows, as the one gazetteer person whose surname the
    name misspells by one slip, among the holders (at any time) of the roles written before
    its mentions, else among the gazetteer people the page names by name or by role."""
    unlinked: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type == "person" and m.entity_id not in gaz.entities:
            unlinked[m.entity_id].append(m)
    if not unlinked:
        return mentions
    named = {m.entity_id for m in mentions if m.type == "person" and m.entity_id in gaz.entities}
    spellings = _surnames(gaz)
    renamed: dict[str, str] = {}
    for eid, group in unlinked.items():
        if (uninflected := _alias_uninflected(group, gaz)) is not None:
            renamed[eid] = uninflected
            continue
        words = max(group, key=lambda m: len(m.normal.split())).normal.split()
        if not words[-1].isalpha() or dictionary_surname(words[-1]):
            continue
        # as lemmatised and as written: a misspelt oblique form has no nominative
        written = list(dict.fromkeys([words[-1], *(m.surface.split()[-1] for m in group)]))
        roles = {m.role for m in group if m.role}
        holders = {s.person_id for s in gaz.english.role_spells if s.role in roles}
        found = {p for p in holders if _near(written, spellings.get(p, set()), ROLE_LENGTH)}
        if not found:
            found = {p for p in named if _near(written, spellings.get(p, set()), PAGE_LENGTH)}
        if len(words) > 1:
            found = {p for p in found if _given_fits(words[:-1], p, gaz)}
        if len(found) == 1:
            renamed[eid] = next(iter(found))
    out = []
    for m in mentions:
        if m.entity_id in renamed:
            target = gaz.entities[renamed[m.entity_id]]
            m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out
