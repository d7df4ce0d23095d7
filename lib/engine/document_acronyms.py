"""Acronyms an article defines for a document it names: a law, a treaty, an accord ("the
Countering America's Adversaries Through Sanctions Act (CAATSA)", "the Strategic Arms
Reduction Treaty (START)"). The model reads such an acronym alone as a body ("as required under
CAATSA"); it is the document's short name, not an organisation of this dashboard."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lib.engine.blocks import Block, doc_text

# The last word of a document's name (lib.engine.news_words.NON_ORG_HEADS has the wider set of
# things a name may head; these are the ones written out and then shortened to initials).
DOCUMENT_HEADS = {"act", "bill", "treaty", "agreement", "accord", "law", "protocol", "doctrine"}

# Up to ten capitalised words (and the small words between them) before an acronym in brackets.
_NAMED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|to|for|on|through)\s+)*){1,10})\(([A-Z]{2,8})\)"
)
SMALL_WORDS = {"of", "the", "and", "to", "for", "on"}  # left out of a name's initials


def spelling_words(words: list[str], acronym: str, small: set[str]) -> list[str] | None:
    """The last words before an acronym, `small` words left out, when their initials spell it
    ("Countering America's Adversaries Through Sanctions Act" -> "CAATSA"); else None."""
    content = [w for w in words if w.lower() not in small][-len(acronym) :]
    spelt = len(content) == len(acronym) and "".join(w[0] for w in content).upper() == acronym
    return content if spelt else None


def document_acronyms(blocks: Iterable[Block]) -> set[str]:
    """The acronyms defined right after a document's name whose initials spell them."""
    return {
        acronym
        for words, acronym in bracketed_acronyms(blocks, _NAMED)
        if words
        and words[-1].lower() in DOCUMENT_HEADS
        and spelling_words(words, acronym, SMALL_WORDS)
    }


def bracketed_acronyms(
    blocks: Iterable[Block], named: re.Pattern
) -> Iterator[tuple[list[str], str]]:
    """Each acronym in brackets `named` finds (group 2), with the words before it (group 1,
    split at spaces and hyphens)."""
    for b in blocks:
        text = doc_text(b.doc)
        if "(" not in text:
            continue
        for m in named.finditer(text):
            yield [w for w in re.split(r"[\s-]+", m.group(1).strip()) if w], m.group(2)


def spells(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of the name's words, in order ("CDC": Centers for
    Disease Control and Prevention; "HUD": Department of Housing and Urban Development), or the
    name holds it as a word ("ZTE Corp"). A name the model cut short ("International
    Development" for USAID) or a word in capitals ("HOUSE") spells nothing."""
    words = [w for w in re.split(r"[\s\-,./]+", name) if w]
    if acronym in words:
        return True
    letters = iter(w[0].upper() for w in words)
    return len(words) > 1 and all(ch in letters for ch in acronym)
