"""One-word "names" that are common words of English: "Turnout was 83%", "Realistically, …",
the headline "Attendee removed from room", "in intel community's conclusion".

English capitalises every word at the start of a sentence, after a colon or an opening quote,
and in a title-case headline; the small model reads a frequent noun or adverb there as a
person or a body. A name keeps its capital where nothing else capitalises it ("said Tom
Brown", "oil major Shell"); a common word never does. So a one-word person or body that the
gazetteer does not know, that is a frequent word of the language (its Zipf frequency in
wordfreq's English list), and that the article never writes with its capital outside those
places, nor inside a longer name, is a common word, not a name. A word that is also a US
surname or given name, or a word of a gazetteer person's name, stays a person ("Price said",
"Xi" of Xi Jinping): one mention of a surname may open every sentence it is in.

wordfreq folds case, so the frequency alone cannot tell "turnout" from "Trump"; the places the
article capitalises the word in do.

An acronym the article spells out in lower-case words before it ("unmanned aerial vehicles
(UAV)", "improvised explosive devices (IEDs)") abbreviates a common noun: a thing, no
body, wherever the article uses it.

A compass point alone ("threats from the East and the South", "the worst East-West crisis") is a
direction or a flank, no place; the places named by one are in the gazetteer ("the West" of
the alliance's politics, "Eastern Europe", "the Middle East"). Pure functions of an article's
blocks and mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.document_acronyms import document_acronyms, spelling_words
from lib.engine.gazetteer import Gazetteer
from lib.engine.headline_names import title_case_sentences
from lib.engine.mentions import Mention
from lib.engine.name_lookup import without_marks
from lib.engine.news_words import INSTITUTION_NOUNS, STATE_BODY_HEADS
from lib.engine.russian.census_names import census_surnames, given_name_share
from lib.engine.span_context import SPEECH_VERBS
from lib.engine.thing_acronyms import thing_acronyms
from lib.ids import slug

# Zipf frequency of a word (log10 of its uses per billion words) above which a one-word name
# written only where every word is capitalised is taken for the word. Measured on the English
# excerpt sets and 600 dev-corpus pages (eval/kinds/english-commonwords-mechanisms.md).
MIN_ZIPF = 2.5

# Tokens that may stand before a sentence's first word without making it a mid-sentence word:
# quotation marks, brackets, bullets and dashes that open a line.
_OPENERS = {'"', "“", "‘", "'", "(", "[", "•", "-", "–", "—", "*", "·"}


# What follows a speaker or an owner, never a common word ("Turnout said"): a verb of saying,
# the possessive.
_SPEAKER_OR_OWNER = SPEECH_VERBS | {"'s", "’s"}


# "unmanned aerial vehicles (UAV)", "surface-to-air missiles (SAMs)": the words before an
# acronym in brackets, in lower case (hyphens split words).
_SPELT_OUT = re.compile(r"(?<![\w-])((?:[a-z]+[\s-]+){1,8})\(([A-Z]{2,6})s?\)")
_FUNCTION_WORDS = {"of", "to", "and", "the", "for", "in", "on"}


def common_noun_acronyms(blocks: Iterable[Block]) -> set[str]:
    """The acronyms the article defines by common nouns in lower case before them, whose
    initials spell them ("unmanned aerial vehicles (UAV)" -> "UAV"). A body written in lower
    case ("the ministry of foreign affairs (MFA)") has a noun of institutions among them."""
    found = set()
    for b in blocks:
        text = doc_text(b.doc)
        if "(" not in text:
            continue
        for m in _SPELT_OUT.finditer(text):
            acronym = m.group(2)
            words = [w for w in re.split(r"[\s-]+", m.group(1).strip())]
            content = spelling_words(words, acronym, _FUNCTION_WORDS)
            if content and not any(w in INSTITUTION_NOUNS | STATE_BODY_HEADS for w in content):
                found.add(acronym)
    return found


_COMPASS_POINTS = {"north", "south", "east", "west"}


def is_compass_point(mention: Mention, gaz: Gazetteer) -> bool:
    """A place the gazetteer does not know named by compass points alone ("the East",
    "East-West")."""
    if mention.type != "location" or mention.entity_id in gaz.entries:
        return False
    words = mention.surface.lower().removeprefix("the ").replace("-", " ").split()
    return bool(words) and all(w in _COMPASS_POINTS for w in words)


@lru_cache(maxsize=1 << 14)
def word_zipf(word: str) -> float:
    """The Zipf frequency of a word in wordfreq's English list (0 when it is not listed)."""
    return zipf_frequency(word.lower(), "en")


def may_be_common_word(mention: Mention, gaz: Gazetteer, *, min_zipf: float = MIN_ZIPF) -> bool:
    """A mention of one word in a person's or a body's type, made by the model from its own
    text (unknown to the gazetteer, no known name or surname), written in lower case or with
    its first letter only capitalised, that is a frequent word of English. An acronym
    ("NATO", "MPS") or a word with inner capitals ("McCain") is no common word."""
    surface = mention.surface
    if mention.type not in ("person", "org") or mention.label in ("ORGREF", "ROLE"):
        return False
    if not surface.isalpha() or not (surface.islower() or surface.istitle()):
        return False
    if mention.entity_id in gaz.entries or mention.entity_id != f"{mention.type}:{slug(surface)}":
        return False
    word = surface[:1].upper() + surface[1:]
    if gaz.lookup(word) is not None or gaz.lookup(surface) is not None:
        return False
    if word in _people_words(gaz):
        return False  # "Xi" of "Xi Jinping": a known person's name, whichever word it is
    if mention.type == "person" and _census_name(surface):
        return False  # "Price", "Rice", "Brendan": names of people that are also words
    return word_zipf(surface) >= min_zipf


def _census_name(word: str) -> bool:
    """A US surname or given name ("Price", "Brendan"), with or without its marks ("Zoë")."""
    folded = without_marks(word).lower()
    return folded in census_surnames() or given_name_share(folded) > 0


def _people_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the gazetteer's people's names and aliases."""
    return gaz.index("words of people's names", _words_of_people)


def _words_of_people(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(
        w
        for surface, (entity_id, _) in gaz.names.items()
        if entity_id.startswith("person:")
        for w in surface.split()
    )


def capitalised_as_a_name(word: str, blocks: Iterable[Block], headlines: set[int]) -> bool:
    """Whether the article writes `word` ("Turnout") as a name: with its capital somewhere
    nothing else capitalises it (not a sentence's first word after any opening quote, bracket
    or bullet, not after a colon, not in a title-case headline: `headlines`, sentence ids),
    before another capitalised word outside a headline ("House Speaker Paul Ryan", "Greenpeace
    USA"), or as a speaker or an owner ("Apple said", "Shell's exit"): a common word that opens
    a sentence is followed by words in lower case."""
    key = hash_string(word)
    for b in blocks:
        doc = b.doc
        if not len(doc):
            continue
        where = (doc.to_array([ORTH]) == key).nonzero()[0]
        if len(where) == 0:
            continue
        sents = sentence_index(doc)
        for i in where.tolist():
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and after.lower_ in _SPEAKER_OR_OWNER:
                return True
            n = sents[i]
            if b.first_sentence_id + n in headlines:
                continue
            if not _opens_sentence(doc, i, sents.starts[n]):
                return True
            if (
                after is not None
                and after.is_alpha
                and after.text[0].isupper()
                and sents[after.i] == n
            ):
                return True
    return False


def _opens_sentence(doc: Doc, i: int, sent_start: int) -> bool:
    """Token i is its sentence's first word, or the first after a colon."""
    if i > 0 and doc[i - 1].text == ":":
        return True
    return all(doc[j].text in _OPENERS or doc[j].is_space for j in range(sent_start, i))


def common_word_mentions(
    mentions: list[Mention],
    blocks: list[Block],
    *,
    gaz: Gazetteer,
    min_zipf: float = MIN_ZIPF,
) -> list[Mention]:
    """The mentions less the one-word persons and bodies that are common words of English,
    written with a capital only where every word has one (may_be_common_word,
    capitalised_as_a_name), less the acronyms of common nouns read as bodies
    (common_noun_acronyms) or of a law, a treaty, a system or a plan named in full
    (document_acronyms, thing_acronyms), and the
    compass points read as places (is_compass_point). A word that is part of a longer name
    the article gives ("Brown" of "Tom Brown") stays."""
    mentions = [m for m in mentions if not is_compass_point(m, gaz)]
    if any(m.type == "org" and m.surface.removesuffix("s").isupper() for m in mentions):
        things = common_noun_acronyms(blocks) | document_acronyms(blocks) | thing_acronyms(blocks)
        mentions = [
            m
            for m in mentions
            if not (
                m.type == "org"
                and m.surface.removesuffix("s") in things
                and m.entity_id not in gaz.entries
            )
        ]
    candidates = [m for m in mentions if may_be_common_word(m, gaz, min_zipf=min_zipf)]
    if not candidates:
        return mentions
    in_names = {w.lower() for m in mentions if " " in m.surface for w in m.surface.split()}
    headlines = title_case_sentences(blocks)
    common: set[str] = set()
    for surface in {m.surface for m in candidates}:
        word = surface[:1].upper() + surface[1:]
        if surface.lower() not in in_names and not capitalised_as_a_name(word, blocks, headlines):
            common.add(surface)
    drop = {id(m) for m in candidates if m.surface in common}
    return [m for m in mentions if id(m) not in drop]
