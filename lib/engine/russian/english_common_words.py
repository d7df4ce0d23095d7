"""Words of an English sentence inside a Russian page read as bodies: an embedded post's
opening verb ("Briefed @NATO allies on …"), a title's abbreviation ("Pres. Trump: …"), a
language switch ("English") after the last sentence of a paragraph.

English capitalises the first word of every sentence, so such a word carries a capital where a
Russian text would not; the model, reading it among Russian words, takes it for a name. A
one-word body the gazetteer does not hold, written in Latin letters with at most its first
letter a capital, that is a frequent word of English (its Zipf frequency in wordfreq's English
list) and opens its line or its sentence with no Russian word after it, is that word, not a
body. A Latin name in a Russian sentence ("Politico пишет", "передает Bellingcat") is followed
by Russian words or stands inside the sentence, and a name the page writes with its capital
inside a sentence elsewhere stays.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention

# The English side's threshold for a one-word name that is a common word
# (lib.engine.common_words.MIN_ZIPF, measured on the English sets).
MIN_ZIPF = 2.5
_WORD = re.compile(r"^[A-Z]?[a-z]+$")
# What may stand between a sentence's end, or a line's start, and its first word.
_OPENERS = " \t\"'«“„([@#*•-–—"
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄє]")


def english_common_words(
    mentions: list[Mention], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions without the one-word bodies that are common words of an English sentence."""
    return [m for m in mentions if not _english_word(m, text, gaz)]


def _english_word(m: Mention, text: str, gaz: RussianGazetteer) -> bool:
    if m.type != "org" or m.entity_id in gaz.entities or not _WORD.match(m.surface):
        return False
    if zipf_frequency(m.surface.lower(), "en") < MIN_ZIPF:
        return False
    if not _opens(text, m.start):
        return False
    if _CYRILLIC.match(_next_word(text, m.end)):
        return False  # "Politico сообщает": a Latin name in a Russian sentence
    return not _capitalised_inside(m.surface, text)


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens its line or follows a sentence's end."""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in "\n.!?:…"


def _next_word(text: str, end: int) -> str:
    """The first letter of the next word on the same line ("" at the line's end)."""
    rest = text[end:].split("\n", 1)[0]
    found = re.search(r"[^\W\d_]", rest)
    return found.group(0) if found else ""


def _capitalised_inside(word: str, text: str) -> bool:
    """Whether the page writes `word` with its capital inside a sentence somewhere, after a
    word in lower case: a name, as a common word never is."""
    capital = word[:1].upper() + word[1:]
    return re.search(rf"\b[a-zа-яё]+,?\s+{re.escape(capital)}\b", text) is not None
