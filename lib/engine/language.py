"""The language of an article (ISO 639-1), with lingua restricted to the languages a corpus
of NATO–Russia coverage holds: the alliance's members and neighbours, Russia's and
Ukraine's neighbours, and the big languages of world news.

Lingua's models ship in its wheel. Articles are read in low-accuracy mode (trigrams only:
fast and about 80 MB, reliable above a hundred characters); a short text goes to the
high-accuracy detector. A text with fewer than three letters has no language (None).
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
SAMPLE = 3000  # an article's first characters are enough
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _detector(low_accuracy: bool):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LANGUAGES]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def detect_language(text: str) -> str | None:
    """'ru', 'en', 'uk', … for a text; None when it is too short to tell."""
    sample = text[:SAMPLE]
    if len(_LETTER.findall(sample)) < 3:
        return None
    found = _detector(len(sample) >= SHORT).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


def is_supported(language: str | None) -> bool:
    return language in SUPPORTED
