"""Direct quotations and who said them.

News attributes a quotation next to it: '"…," Stoltenberg said', '"…", the NATO chief
said', '"…," he said', 'Lavrov told reporters: "…"', and in headlines 'NATO Chief Says …:
'I Believe in …''. The speaker is resolved to a canonical person through the article's
mentions: a name or an office ("the NATO chief") directly, a pronoun to the person who
last spoke (the last person followed by a speech verb, or the last quoted speaker). A quote
paragraph with no attribution right after an attributed one continues the same speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lib.engine.mentions import Mention

SPEECH_VERBS = (
    "said|says|say|told|tells|tell|stressed|stresses|added|adds|noted|notes|warned|warns|stated|states|"
    "explained|explains|emphasized|emphasised|emphasizes|emphasises|underlined|underscored|insisted|"
    "insists|argued|argues|claimed|claims|declared|declares|announced|announces|wrote|writes|tweeted|"
    "asked|asks|replied|continued|recalled|suggested|admitted|acknowledged|urged|urges|commented|"
    "remarked|pointed out|went on|according to"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_DOUBLE = re.compile(r'"([^"\n]+?)"')
_SINGLE = re.compile(r"(?<![\w])'([^'\n]+?)'(?![\w])")
_PRONOUN = re.compile(r"\b(he|she|they)\b", re.IGNORECASE)
MIN_WORDS = 3  # a shorter quoted phrase ("right" circumstances) is a scare quote, not a quotation


@dataclass(frozen=True)
class Quote:
    start: int  # article offsets of the quotation, quote marks excluded
    end: int
    text: str
    speaker_id: str | None
    speaker_text: str | None
    sentence_id: int


def _person_in(
    mentions: Sequence[Mention], start: int, end: int, *, nearest_to: int
) -> Mention | None:
    people = [m for m in mentions if m.type == "person" and start <= m.start and m.end <= end]
    return min(people, key=lambda m: abs(m.start - nearest_to)) if people else None


def last_speaker(
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    before: int,
    *,
    spoke: Callable[[Mention], bool],
) -> str | None:
    """The person who last spoke before `before`, for a pronoun's quotation: the last person
    mention that `spoke` finds a speech verb with, or the speaker of the previous quotation,
    whichever comes later; else the last person named. The Russian quotes use it too, with
    their own mentions (the same fields) and their own `spoke`."""
    best_pos, best_id = -1, None
    for m in mentions:
        if m.type != "person" or m.end > before or m.start <= best_pos:
            continue
        if spoke(m):
            best_pos, best_id = m.start, m.entity_id
    for q in quotes:
        if q.speaker_id and best_pos < q.start < before:
            best_pos, best_id = q.start, q.speaker_id
    if best_id is None:
        people = [m for m in mentions if m.type == "person" and m.end <= before]
        best_id = people[-1].entity_id if people else None
    return best_id


def _verb_after(text: str) -> Callable[[Mention], bool]:
    """A speech verb right after the person: "Stoltenberg said", "Lavrov told reporters"."""
    return lambda m: _VERB.match(text[m.end : m.end + 20].lstrip(" ,")) is not None


def sentence_of(sentences: Sequence[tuple[int, int, int]], offset: int) -> int:
    """The id of the sentence (sentence_id, start, end) an offset falls in; the last sentence's
    where none holds it, 0 without sentences."""
    for sentence_id, start, end in sentences:
        if start <= offset < end:
            return sentence_id
    return sentences[-1][0] if sentences else 0


def _attribution(
    text: str, q_start: int, q_end: int, block: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the speaker is named: after the quote ('," X said') or before it ('X said: "')."""
    after = text[q_end + 1 : min(block[1], q_end + 120)]
    cut = re.search(r"[.!?](?:\s|$)", after)
    clause = after[: cut.start()] if cut else after
    if _VERB.search(clause) and re.match(r"\s*[,;]?\s*[-\u2013\u2014]?\s*\S", clause):
        return q_end + 1, q_end + 1 + len(clause)
    before = text[block[0] : q_start - 1]
    last_sentence = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    if last_sentence and _VERB.search(last_sentence) and re.search(r"[:,]?\s*$", last_sentence):
        return q_start - 1 - len(last_sentence), q_start - 1
    return None


def find_quotes(
    text: str,
    sections: Sequence[tuple[str, int, int]],
    sentences: Sequence[tuple[int, int, int]],
    mentions: Sequence[Mention],
) -> list[Quote]:
    """Every direct quotation of an article with its speaker (None if it cannot be told)."""
    quotes: list[Quote] = []
    previous_paragraph_speaker: tuple[int, str | None] | None = None
    for section, b_start, b_end in sections:
        pattern = _SINGLE if section == "title" else _DOUBLE
        block_quotes = []
        for m in pattern.finditer(text, b_start, b_end):
            q_start, q_end = m.start(1), m.end(1)
            body = m.group(1).strip(" ,")
            if len(body.split()) < MIN_WORDS:
                continue
            where = _attribution(text, q_start, q_end, (b_start, b_end))
            speaker_id = speaker_text = None
            if where is not None:
                verb = _VERB.search(text, where[0], where[1])
                person = _person_in(mentions, *where, nearest_to=verb.start() if verb else q_end)
                if person is not None:
                    speaker_id, speaker_text = person.entity_id, person.surface
                elif pronoun := _PRONOUN.search(text, where[0], where[1]):
                    speaker_id, speaker_text = (
                        last_speaker(mentions, quotes, q_start, spoke=_verb_after(text)),
                        pronoun.group(0),
                    )
            elif previous_paragraph_speaker and previous_paragraph_speaker[0] == b_start:
                speaker_id, speaker_text = previous_paragraph_speaker[1], None
            quote = Quote(
                q_start,
                q_end,
                text[q_start:q_end],
                speaker_id,
                speaker_text,
                sentence_of(sentences, q_start),
            )
            block_quotes.append(quote)
            quotes.append(quote)
        if block_quotes and block_quotes[-1].speaker_id:
            # The next paragraph, if it opens with a quotation and names nobody, continues it.
            previous_paragraph_speaker = (b_end + 2, block_quotes[-1].speaker_id)
    return quotes
