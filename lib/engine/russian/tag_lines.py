"""A page's tags on one line with topic words among the names: "Дональд Трамп Джо Байден США
санкции президент общество политика". The tags are names and nouns side by side: no verb, no
preposition or conjunction joins them and no punctuation parts them, which no sentence and no
headline of that length lacks. (Tags that are all capitalised are lib.engine.russian.clean's
`tags` pattern.)
"""

from __future__ import annotations

import re

from lib.engine.russian.text import parses

MIN_WORDS = 6  # shorter runs of nouns are headlines and menu items ("Новости Мира")
_PUNCTUATION = re.compile(r"[.,;:!?«»\"“”„()\[\]—–…]")
_WORD = re.compile(r"^[А-ЯЁа-яёA-Za-z][\w-]*$")
# A tag is a noun, or an adjective used as one ("военные"); a word of another part of speech
# (a verb in any form, a preposition, a conjunction) joins words into a phrase.
_TAG = {"NOUN", "ADJF"}


def tag_line(line: str) -> bool:
    """A line of tags: six or more words, capitalised names among lower-case nouns the Russian
    dictionary knows, and no punctuation, figure or joining word."""
    words = line.split()
    if len(words) < MIN_WORDS or _PUNCTUATION.search(line):
        return False
    if not all(_WORD.match(w) for w in words):
        return False
    lower = [w for w in words if w[:1].islower()]
    if not lower or len(lower) == len(words):
        return False  # tags name someone or something; all capitalised is clean's own pattern
    return all(_noun(w) for w in lower) and not any(_joining(w) for w in words if w not in lower)


def _noun(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].is_known and found[0].tag.POS in _TAG


def _joining(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].is_known and found[0].tag.POS not in _TAG | {None}
