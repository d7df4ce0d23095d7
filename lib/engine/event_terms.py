"""Where a knowledge-base pattern's terms are met in one sentence (lib.engine.event_candidates):

- word terms: the event matcher's spans (lib.engine.nlp), one occurrence of each, those
  nearest each other (`closest`); a treaty's name also by a reference to it ("the agreement",
  "a nuclear arms treaty with Russia") where the article names the treaty (`named_treaties`);
- context terms: a mention linked to one of the term's entities, or one of its words, alone or
  joined to another name by a hyphen ("U.S.-Russia ties"); absent terms: none of theirs
  (`context_holds`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from lib.engine.eventkb import ENTITY_ALTERNATIVE, GAP_WORDS, Context, names_treaty, split_at_gap
from lib.engine.mentions import Mention


def normalised(text: str) -> str:
    """Lower case, straight apostrophes, plain hyphens: the same length as the text, so
    offsets carry over."""
    return text.lower().translate(_NORMALISE)


_NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


@cache
def words_regex(words: tuple[str, ...], *, compounds: bool = False) -> re.Pattern | None:
    """The words of a term as whole words of normalised text; with `compounds`, also beside a
    hyphen (see _whole_or_named_compound, which decides)."""
    words = tuple(w for w in words if not ENTITY_ALTERNATIVE.match(w))
    if not words:
        return None
    alternatives = "|".join(_word_regex(w) for w in sorted(words, key=len, reverse=True))
    edge = r"\w" if compounds else r"[\w-]"
    return re.compile(rf"(?<!{edge})(?:{alternatives})(?!{edge})")


def _word_regex(word: str) -> str:
    """A word or phrase as a regex; a gap ("ordered … to leave") as one to GAP_WORDS words."""
    if (parts := split_at_gap(word)) is None:
        return re.escape(word)
    gap = rf"(?:\s+[^\s.,;:!?]+){{1,{GAP_WORDS}}}\s+"
    return re.escape(parts[0]) + gap + re.escape(parts[1])


def _whole_or_named_compound(text: str, start: int, end: int) -> bool:
    """A word stands alone, or joins another name by a hyphen ("U.S.-Russia ties",
    "Turkey-Russia talks", "Putin-Erdogan meeting": as the event matcher, which splits such
    compounds, reads them), not a common word ("Russia-backed", "anti-NATO")."""
    before = start == 0 or text[start - 1] != "-" or text[start - 2 : start - 1].isupper()
    after = end >= len(text) or text[end] != "-" or text[end + 1 : end + 2].isupper()
    return before and after


def _find_term(
    alternatives: tuple[str, ...], text: str, offset: int, in_sentence: list[Mention], near: int
) -> tuple[int, int, str] | None:
    """Where a context term is met in the sentence (article offsets and the text), nearest
    to `near`: a mention linked to one of its entity ids, or one of its words."""
    found = [(m.start, m.end, m.surface) for m in in_sentence if m.entity_id in alternatives]
    if (regex := words_regex(alternatives, compounds=True)) is not None:
        found.extend(
            (offset + m.start(), offset + m.end(), text[m.start() : m.end()])
            for m in regex.finditer(normalised(text))
            if _whole_or_named_compound(text, m.start(), m.end())
        )
    return min(found, key=lambda f: abs(f[0] - near)) if found else None


def context_holds(
    context: Context, text: str, offset: int, in_sentence: list[Mention], near: int
) -> list[tuple[int, int, str]] | None:
    """The places where each context term is met in the sentence `text` (which starts at
    `offset` of the article), or None when one is not or when a word or entity that must be
    absent is there."""
    if context.absent:
        if any(m.entity_id in context.absent for m in in_sentence):
            return None
        regex = words_regex(context.absent)
        if regex is not None and regex.search(normalised(text)):
            return None
    places = []
    for term in context.terms:
        place = _find_term(term, text, offset, in_sentence, near)
        if place is None:
            return None
        places.append(place)
    return places


def named_treaties(
    matched: dict[int, list[Span]], terms: Sequence[tuple[str, ...]], article: str
) -> dict[int, list[Span]]:
    """The terms met in the sentence, where a reference to a treaty ("the agreement", "a
    nuclear arms treaty with Russia") stands for the treaty's name only if the article names
    it by one of the term's own words (before or after: headlines and leads describe a treaty
    the next sentence names)."""
    out = {}
    for t, spans in matched.items():
        if names_treaty(terms[t]) and not any(normalised(s.text) in terms[t] for s in spans):
            regex = words_regex(terms[t])
            if regex is None or not regex.search(normalised(article)):
                continue
        out[t] = spans
    return out


def closest(matched: dict[int, list[Span]]) -> list[Span]:
    """One occurrence of each term: those nearest the rarest term's first, so that "NATO" +
    "meeting" in "during his meeting with NATO leaders, … the summit in Wales" is the meeting,
    not the summit further on."""
    rarest = min(matched.values(), key=len)[0]
    return [min(spans, key=lambda s: abs(s.start - rarest.start)) for spans in matched.values()]
