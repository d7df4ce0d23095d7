"""Acronyms an article defines for a system, a plan or an approach, not for a body: "the
European Phased Adaptive Approach (EPAA)", "the Readiness Action Plan (RAP)", "the Aegis
Ashore Missile Defence System (AAMDS)", and in lower case "the anti-ballistic missile defence
system (ABMD)", "light armored vehicles equipment (LAV)".

An acronym takes the kind of the words it abbreviates in the same article: the model reads it
alone as a body ("the implementation of the RAP"), but it is the thing's short name. News copy
spells an acronym either with the thing's head noun ("Readiness Action Plan" -> RAP) or
without it, the head left after the spelt words ("missile defence system (ABMD)": the
system's kind is no letter of it). A body's name heads none of these nouns ("Missile Defense
Agency (MDA)", "the Nuclear Threat Initiative (NTI)": an initiative may be an NGO, so it is
not here). Pure functions of an article's blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lib.engine.blocks import Block
from lib.engine.document_acronyms import SMALL_WORDS, bracketed_acronyms, spelling_words
from lib.engine.news_words import INSTITUTION_NOUNS, STATE_BODY_HEADS

# Head nouns of a system, a plan or a doctrine of action (a treaty's or a law's are in
# lib.engine.document_acronyms). "Systems" with a capital is left out: "BAE Systems" and
# "General Atomics Aeronautical Systems" are firms.
THING_HEADS = {
    "system", "approach", "plan", "programme", "program", "strategy", "capability",
    "concept", "shield", "defence", "defense", "equipment", "vehicle", "vehicles", "missile",
    "missiles", "weapon", "weapons",
}  # fmt: skip

# Up to ten words (capitalised, or all in lower case) and the small words between them
# before an acronym in brackets.
_NAMED = re.compile(r"((?:[\w'’-]+\s+){1,10})\(([A-Z]{2,8})s?\)")


def _spelt_before_head(words: list[str], acronym: str) -> bool:
    """The acronym spells the words of a thing's name, with or without its head noun."""
    if not words or words[-1].lower() not in THING_HEADS:
        return False
    if words[-1] == "Systems":
        return False  # a firm's name ("BAE Systems")
    for end in (len(words), len(words) - 1):  # "Action Plan (RAP)"; "defence system (ABMD)"
        content = spelling_words(words[:end], acronym, SMALL_WORDS)
        if content and not any(w.lower() in INSTITUTION_NOUNS | STATE_BODY_HEADS for w in content):
            return True
    return False


def thing_acronyms(blocks: Iterable[Block]) -> set[str]:
    """The acronyms an article defines right after the name of a system, a plan, an approach
    or a piece of equipment."""
    found = set()
    for words, acronym in bracketed_acronyms(blocks, _NAMED):
        # the name is in one case throughout: capitalised words, or lower-case ones
        capitalised = [w for w in words if w.lower() not in SMALL_WORDS]
        if _spelt_before_head(words, acronym) and (
            all(w[0].isupper() for w in capitalised[-len(acronym) :])
            or all(w.islower() for w in words[-len(acronym) - 1 :])
        ):
            found.add(acronym)
    return found
