"""What a line of a scraped page reads as: prose (is_sentence_like), a headline or the text
of a link (is_headline_like), a name glossed with its role, a list of tags, a placeholder in
another script; and squeeze_spaces, which tidies what is left of a line after a cut.
Pure functions of the text."""

from __future__ import annotations

import re
from functools import lru_cache

_TERMINAL = re.compile(r"""[.!?…]["')\]]*$|[.!?]\s*["']\s*$""")


_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "nor",
        "the",
        "to",
        "with",
        "vs",
        "via",
        "over",
        "after",
        "about",
        "is",
        "are",
        "was",
        "be",
        "its",
        "it's",
        "their",
        "his",
        "her",
        "our",
    ]
)


@lru_cache(maxsize=4096)
def words(line: str) -> tuple[str, ...]:
    # cached: cleaning asks for the words of the same line up to five times (its shape tests)
    return tuple(_WORD.findall(line))


def capitalised_share(line: str) -> float:
    """Share of content words that start upper case: high in headlines, low in prose."""
    content = [w for w in words(line) if w.lower() not in _STOPWORDS and len(w) > 1]
    if not content:
        return 0.0
    return sum(w[0].isupper() for w in content) / len(content)


def is_sentence_like(line: str) -> bool:
    """Prose: ends like a sentence, or is long and mostly lower case."""
    n = len(words(line))
    if n >= 4 and _TERMINAL.search(line):
        return True
    return n >= 14 and capitalised_share(line) < 0.5


# A sentence's end inside a paragraph: a stop after a lower-case word, a number or a quote.
_INNER_STOP = re.compile(r"(?<=[a-z\d)\"'\u201d][.!?])\s+(?=\S)")


def holds_sentences(line: str) -> bool:
    """A paragraph of sentences whose last lost its full stop (a machine translation, a
    transcript, a scrape cut at a link: "… adviser John Bolton headed for Russia. In Moscow he
    will meet Foreign Minister Sergei Lavrov"): a first sentence of six words and more, five
    of them lower-case words (its verbs and nouns, where a headline's are capitalised), in
    English (two of its small words), and a last piece of four words and more, two of them in
    lower case. A teaser's age ("… in the Baltic. 3 hours ago") is shorter, a caption's credit
    ("… in Afghanistan. Associated Press") has no lower-case word."""
    parts = _INNER_STOP.split(line)
    if len(parts) < 2 or not _TERMINAL.search(parts[0]):
        return False
    first, last = parts[0], parts[-1]
    lower = [w for w in words(first) if w[0].islower()]
    english = sum(w in _STOPWORDS for w in lower)  # an embedded post in Turkish has none
    return (
        len(words(first)) >= 6
        and len(lower) - english >= 5
        and english >= 2
        # the unstopped end is a clause, not a caption's credit ("… Afghanistan. Associated Press")
        and len(words(last)) >= 4
        and sum(w[0].islower() for w in words(last)) >= 2
    )


_LEAD_IN = re.compile(r"\b[a-z][\w'-]*:$")


# A speaker's caption above the words said, as a TV report's page writes it: "Jane Doe,
# Ambassador of Estonia to Belarus:" (a name of two or three words in title case, a comma, the
# role). A transcript's tag in capitals ("JANE DOE, HOST:") stays the transcript's.
_SPEAKER_CAPTION = re.compile(
    r"^(?P<first>[A-Z][a-z][\w'\u2019.-]*)(?: [A-Z][a-z][\w'\u2019.-]*){1,2}, [^:]{3,160}:$"
)


def is_lead_in(line: str) -> bool:
    """'Stoltenberg warmly welcomed the new member:', the sentence that introduces an embedded
    post or a quotation ends in a colon after a lower-case word; a label ("Read more:",
    "BRUSSELS/MOSCOW:") is a word or two, a headline's last word is capitalised. A longer
    sentence may close on a name ("Lavrov, speaking from the Hague, said no-one can be
    expelled from the G8:", "… alongside Stoltenberg in London, Trump:"): its lower-case
    words, not its last one, tell it from a label in headline case. A speaker's caption ('Jane
    Doe, Ambassador of Estonia to Belarus:') introduces the words said as well."""
    text = line.rstrip()
    if not text.endswith(":"):
        return False
    if (m := _SPEAKER_CAPTION.match(text)) and m["first"].lower() not in _STOPWORDS:
        return True  # not "In Pennsylvania, for example:"
    n = len(words(line))
    lower = [w for w in words(line) if w[0].islower() and w.lower() not in _STOPWORDS]
    if _LEAD_IN.search(text):
        return n >= 6 and len(lower) >= 2
    return n >= 10 and len(lower) >= 3


def is_headline_like(line: str) -> bool:
    """A headline or link text: Title Case, no closing full stop, not too long."""
    n = len(words(line))
    if not 3 <= n <= 30 or line.rstrip("\"')").endswith("."):
        return False
    return capitalised_share(line) >= 0.6


def is_standfirst(line: str) -> bool:
    """'Obama says US and Europe united on imposing a cost on Russia over Ukraine': the summary
    under a headline, in sentence case and often without a full stop; a link's text is in
    headline case, a label ends in a colon, a kicker is a word or two."""
    return (
        len(words(line)) >= 6
        and not is_headline_like(line)
        and not line.endswith(":")
        and not re.search(r"[\u00b7|]", line)  # "Multimedia \u00b7 Galleries \u00b7 …": a menu
    )


_GLOSSED_NAME = re.compile(
    r"^[\s\u2022*\u00b7-]*(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+\s+[-\u2013\u2014]\s+(?:[A-Z]\w+\s+)?[a-z]"
)


def is_glossed_name(line: str) -> bool:
    """'• Dmitry Rogozin - Russian deputy PM (US)', 'Sergei Aksyonov – acting PM of Crimea': an
    item of a fact box, a name glossed with its role after a dash, not a link to a story
    (a link's text goes on as a headline does, capitalised after a dash)."""
    return _GLOSSED_NAME.match(line) is not None and not line.rstrip().endswith(("...", "\u2026"))


def is_tag_line(line: str) -> bool:
    """'Downing of Russian SU-24, NATO, Jens Stoltenberg, Turkey, Russia': a list of tags; and
    a row of hashtags ('#Crimea #External Affairs #Manmohan Singh #Russia')."""
    if line.lstrip().startswith("#"):
        tags = [t.strip() for t in line.split("#")[1:]]
        return len(tags) >= 3 and all(0 < len(t.split()) <= 4 and t[:1].isalnum() for t in tags)
    items = [i.strip() for i in line.split(",")]
    if len(items) < 4 or _TERMINAL.search(line):
        return False
    return all(0 < len(words(i)) <= 5 and i[:1].isupper() for i in items)


def is_run_of_titles(line: str) -> bool:
    """'IMF boss under investigation in fraud case Police chopper catches proposal Airlines
    on alert as eruption begins …': 45 words and more with no sentence punctuation, the shape of the
    titles of a block of links run into one line (clean_article reads it so only under a
    label of links: a long caption or a sentence scraped without its full stop has it too)."""
    return len(words(line)) >= 45 and not re.search(r"[.?;:…]", line)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


_ANY_LETTER = re.compile(r"[^\W\d_]")


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


_ASCII = re.compile(r"[\x00-\x7f]+")


def is_foreign_script(line: str) -> bool:
    """Mostly non-Latin letters: a widget placeholder in another language on an English page."""
    if line.isascii():
        return False
    # Count the ASCII letters by removing them (in C), and look letter by letter only at the
    # rest: one curly quote made this walk every letter of a whole article, three times.
    ascii_letters = len(line) - len(_ASCII_LETTERS.sub("", line))
    rest = _ASCII.sub("", line)
    letters = ascii_letters + len(_ANY_LETTER.findall(rest))
    if letters < 3:
        return False
    return (ascii_letters + len(_LATIN_LETTER.findall(rest))) / letters < 0.5


_MULTI_SPACE = re.compile(r" {2,}")


def squeeze_spaces(text: str) -> str:
    """Runs of spaces as one, and none at the ends: what is left of a line after a cut."""
    return _MULTI_SPACE.sub(" ", text).strip()


# English's commonest words: a line of English prose has some of them.
_ENGLISH_FUNCTION_WORDS = _STOPWORDS | {"is", "was", "are", "were", "has", "have", "had", "that",
                                        "this", "it", "its", "he", "she", "they", "will", "said",
                                        "not", "be", "been", "his", "her", "their", "we", "our"}  # fmt: skip


def is_other_latin_language(line: str) -> bool:
    """A sentence in another language written in Latin letters, pasted into an English page (an
    embedded tweet of a ministry, a quoted statement in the original): eight words or more,
    several with letters English does not use ('başladı', 'füze'), and none of English's
    commonest words. Names with accents in an English sentence ('Çavuşoğlu said') keep it."""
    if line.isascii():
        return False
    found = _WORD.findall(line)
    if len(found) < 8:
        return False
    accented = sum(1 for w in found if not w.isascii())
    if accented < 2:
        return False
    return not any(w.lower() in _ENGLISH_FUNCTION_WORDS for w in found)
