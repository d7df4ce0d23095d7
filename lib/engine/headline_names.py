"""Phrases of a title-case headline that the model takes for names: in "Turkey Shoots Down
Russian Jet" every word is capitalised, so "Russian Jet" looks like a name. A phrase there
whose words the article's body writes in lower case ("a Russian military jet"), apart from
function words and the names of states and their peoples, is common words, not a name; so is a
phrase the rest of the article never writes, in any case, nor ends a name of its own with its
last word ("Obama Boots", "Largest Drill", "Trump Sets Confrontational Tone": the model read
a verb, a superlative or a preposition of the headline into a name). A one-word name of a
title-case title that the prose never writes with its capital is the headline's common word
too ("Putin Condemns Attack", "Trump Pulls Out", "Russian Fleet Tracks Its Movement")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import hash_string

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.gazetteer import Gazetteer
from lib.engine.mentions import Mention
from lib.engine.news_words import NON_ORG_HEADS
from lib.ids import slug

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def title_case_sentences(blocks: Iterable[Block]) -> set[int]:
    """The ids of the sentences written in title case, as headlines are: their longer words
    all capitalised (function words may stay in lower case)."""
    found: set[int] = set()
    for b in blocks:
        text = doc_text(b.doc)
        for i, (start, end) in enumerate(sentence_index(b.doc).chars):
            words = [w for w in _WORD.findall(text[start:end]) if len(w) > 3]
            words = [w for w in words if w.lower() not in STOP_WORDS]
            if len(words) > 2 and all(w[0].isupper() for w in words):
                found.add(b.first_sentence_id + i)
    return found


def headline_sentences(blocks: Iterable[Block]) -> set[int]:
    """The ids of the sentences written as headlines: in title case anywhere, and every
    sentence of the title block, whose first word is capitalised by its place in sentence case
    ("Coast guard seizes three boats")."""
    found = title_case_sentences(blocks)
    for b in blocks:
        if b.section == "title":
            found.update(b.first_sentence_id + i for i in range(len(sentence_index(b.doc).chars)))
    return found


def is_headline_phrase(mention: Mention, body_words: set[int], gaz: Gazetteer) -> bool:
    """A mention of more than one word, unknown to the gazetteer, in a person's or a body's
    type, each of whose words is a function word, a state's or people's name, or a word the
    body writes in lower case; at least one of them the last."""
    if mention.entity_id in gaz.entries or mention.type not in ("person", "org"):
        return False
    words = _WORD.findall(mention.surface)
    if len(words) < 2:
        return False
    common = 0
    for word in words:
        if hash_string(word.lower()) in body_words:
            common += 1
        elif word.lower() not in STOP_WORDS and word not in gaz.names:
            return False
    return common > 0


def text_outside(blocks: Iterable[Block], headlines: set[int]) -> str:
    """The article's text outside its title-case sentences, one sentence a line."""
    parts = []
    for b in blocks:
        text = doc_text(b.doc)
        for i, (start, end) in enumerate(sentence_index(b.doc).chars):
            if b.first_sentence_id + i not in headlines:
                parts.append(text[start:end])
    return "\n".join(parts)


def told_below(mention: Mention, prose: str, gaz: Gazetteer) -> Mention | None:
    """A mention of the article's title, written in title case, as the rest of the article
    (`prose`) confirms it. Known names, one-word names and places stand. A person's or a
    body's name of more than one word stands if the prose writes it, in any case, or ends a
    name with its last word capitalised ("Savchenko" of "Pilot Nadiya Savchenko"); else it is
    cut after its longest opening of two words or more the prose confirms so ("Nadiya
    Savchenko" of "Nadiya Savchenko Freed": the model read the headline's verb into it); else
    it is words of the headline, no name (None: "Obama Boots", "Largest Drill", "Trump Sets
    Confrontational Tone"). A country's name ending it after a verb confirms nothing ("Obama
    Sanctions Russia"). A real name of a headline is told again below it."""
    if mention.entity_id in gaz.entries or mention.type not in ("person", "org"):
        return mention
    words = list(_WORD.finditer(mention.surface))
    if len(words) < 2 or not prose.strip():
        return mention  # a page of one headline has nothing to confirm it by
    for n in range(len(words), 1, -1):
        if _confirmed([w.group() for w in words[:n]], prose, gaz):
            if n == len(words):
                return mention
            if words[n - 1].group().lower() in NON_ORG_HEADS:
                return None  # "United States Sanctions" of "… Sanctions Turkey": no body
            surface = mention.surface[: words[n - 1].end()]
            key = f"{mention.type}:{slug(surface)}"
            return replace(mention, end=mention.start + len(surface), surface=surface,
                           entity_id=key, name=surface)  # fmt: skip
    return None


def _confirmed(words: list[str], prose: str, gaz: Gazetteer) -> bool:
    phrase = r"\W+".join(re.escape(w) for w in words)
    if re.search(phrase, prose, re.IGNORECASE):
        return True
    if _object_country(words, gaz):
        return False  # "Obama Sanctions Russia": the prose's "Russia" confirms the country only
    return re.search(rf"\b{re.escape(words[-1])}\b", prose) is not None


def _object_country(words: list[str], gaz: Gazetteer) -> bool:
    """A headline phrase ending in a country's name after a word other than a function word
    ("… Sanctions Turkey", not "Bank of Russia"): the country is the headline verb's object."""
    hit = gaz.lookup(words[-1])
    return (
        len(words) > 2
        and hit is not None
        and hit[0].type == "country"
        and words[-2].lower() not in STOP_WORDS
    )


def headline_mentions(
    mentions: list[Mention], blocks: list[Block], *, body_words: set[int], gaz: Gazetteer
) -> list[Mention]:
    """The mentions less the common words of headlines the model took for names, and those of
    the title cut to the name the prose confirms (is_headline_phrase, told_below,
    lone_headline_word). `body_words`: the hashes of the words the body writes in lower case."""
    headlines = headline_sentences(blocks)
    if not headlines:
        return mentions
    prose = text_outside(blocks, headlines)
    title_case = title_case_sentences(b for b in blocks if b.section == "title")
    out = []
    for m in mentions:
        if m.sentence_id not in headlines:
            out.append(m)
        elif is_headline_phrase(m, body_words, gaz):
            continue
        elif m.section != "title":
            out.append(m)
        elif m.sentence_id in title_case and lone_headline_word(m, prose, gaz):
            continue
        elif kept := told_below(m, prose, gaz):
            out.append(kept)
    return out


def lone_headline_word(mention: Mention, prose: str, gaz: Gazetteer) -> bool:
    """A one-word person or body of a title-case title, unknown to the gazetteer, that the
    prose below never writes with its capital: the headline's verb, object or adverb the model
    took for a name ("Attack" of "Putin Condemns Attack", "Out" of "Trump Pulls Out"). A name
    of the headline is told again below it ("Watling Warns …": "Jack Watling said")."""
    if mention.entity_id in gaz.entries or mention.type not in ("person", "org"):
        return False
    words = _WORD.findall(mention.surface)
    if len(words) != 1 or not prose.strip() or mention.surface.isupper():
        return False  # an acronym is no common word; a page of one headline has no prose
    if words[0] in gaz.surnames or gaz.lookup(words[0]) is not None:
        return False  # "Putin Condemns …": a known name, linked later
    return re.search(rf"\b{re.escape(words[0])}\b", prose) is None
