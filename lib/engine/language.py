"""The language of an article (ISO 639-1), with lingua restricted to the languages a corpus
of NATO–Russia coverage holds: the alliance's members and neighbours, Russia's and
Ukraine's neighbours, and the big languages of world news.

Lingua's models ship in its wheel. Articles are read in low-accuracy mode (trigrams only:
fast and about 80 MB, reliable above a hundred characters) on a sample of their prose —
the first lines of forty characters or more, up to SAMPLE characters, so that page chrome
("Listen Live", a page clock) does not vote — and a short text goes to the high-accuracy
detector. A text with fewer than three letters has no language (None).

Lingua costs about a millisecond an article, a few per cent of an English article's
extraction; so a sample that is plainly English — at least twenty words, an eighth of them
English function words ("the", "of", "said"; English news runs at 15-40 %, other languages
of this field's news at 0-4 %) — is English without asking it.
"""

from __future__ import annotations

import re
from functools import cache

LANGUAGES = (
    *("en", "ru", "uk", "be", "bg", "sr", "mk", "kk", "de", "fr", "es", "it", "pt", "pl"),
    *("tr", "nl", "cs", "sk", "ro", "hu", "lt", "lv", "et", "fi", "sv", "da", "nb", "el"),
    *("ka", "hy", "az", "ar", "fa", "he", "zh", "ja"),
)
SUPPORTED = ("en", "ru")  # the languages the extraction reads
SHORT = 120  # below this many characters, the high-accuracy detector
SAMPLE = 300  # characters of prose are enough to tell
PROSE_LINE = 40  # shorter lines are headings, widgets and clocks more often than prose
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "said",
        "with",
        "was",
        "it",
        "as",
        "by",
        "at",
        "has",
        "be",
        "from",
        "its",
        "his",
        "are",
        "have",
        "an",
        "not",
        "this",
        "were",
        "would",
        "will",
        "who",
        "their",
    ]
)
ENGLISH_SHARE, ENGLISH_MIN_WORDS = 0.125, 20


def plainly_english(sample: str) -> bool:
    """Twenty words or more, most of them in Latin letters, an eighth of them English function
    words. (A Russian page quoting an English tweet has the words' share but not the script.)"""
    words = _WORD.findall(sample.lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    if 2 * sum(w.isascii() for w in words) <= len(words):
        return False
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words)


@cache
def _detector(low_accuracy: bool):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LANGUAGES]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


@cache
def language_name(code: str | None) -> str:
    """'ru' -> 'Russian'; the code itself for one lingua does not know."""
    if not code:
        return "unknown"
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except AttributeError:
        return code


def prose_sample(text: str, size: int = SAMPLE) -> str:
    """The first lines of prose of a text, up to `size` characters (the text's start when
    no line is long enough)."""
    picked, length = [], 0
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= PROSE_LINE:
            picked.append(line)
            length += len(line) + 1
            if length >= size:
                break
    return ("\n".join(picked) if picked else text)[:size]


def detect_language(text: str) -> str | None:
    """'ru', 'en', 'uk', … for a text; None when it is too short to tell."""
    sample = prose_sample(text)
    if plainly_english(sample):
        return "en"
    if len(_LETTER.findall(sample)) < 3:
        return None
    found = _detector(len(sample) >= SHORT).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


def is_supported(language: str | None) -> bool:
    return language in SUPPORTED
