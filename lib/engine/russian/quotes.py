"""Direct quotations in Russian news and who said them.

Russian writes a quotation in «ёлочки» (or "straight quotes"), with the attribution after a
dash: «…», — сказал Песков; «…», — заявил он; or before a colon: Лавров заявил: «…»; or
as "… цитирует Грушко ТАСС". The speaker is the person mention in the attribution (a name
or an office: "генсек НАТО"), or, for a pronoun ("он", "она"), the person who last spoke.
The record, the shortest quotation and the last speaker are the English side's
(lib.engine.quotes); the attribution and the speech verbs are Russian.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lib.engine.quotes import MIN_WORDS, Quote, last_speaker, sentence_of
from lib.engine.russian.link import Mention

SPEECH_VERBS = (
    r"сказал|сказала|заявил|заявила|заявили|отметил|отметила|подчеркнул|подчеркнула|добавил|"
    r"добавила|сообщил|сообщила|указал|указала|пояснил|пояснила|констатировал|заключил|"
    r"считает|полагает|уверен|уверена|написал|написала|говорится|цитирует|цитируют|передает|"
    r"передаёт|признал|признала|предупредил|предупредила|напомнил|напомнила|ответил|ответила|"
    r"заверил|заверила|убежден|убеждена|подытожил|резюмировал|высказался|выразил|говорит|"
    r"сказано|уточнил|уточнила|рассказал|рассказала"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(он|она|они)\b", re.IGNORECASE)
_STRAIGHT = re.compile(r'"([^"\n]+?)"')


def guillemet_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost «…» pairs in text[start:end] (nested «» inside a quotation are part of it)."""
    spans, depth, opened = [], 0, 0
    for i in range(start, end):
        ch = text[i]
        if ch == "«":
            if depth == 0:
                opened = i + 1
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i))
    return spans


def _attribution(
    text: str, q_start: int, q_end: int, block: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the speaker is named: after the quotation ('», — сказал он') or before it
    ('Лавров заявил: «')."""
    after = text[q_end + 1 : min(block[1], q_end + 160)]
    m = re.match(r"\s*[,.!?]?\s*[-–—]\s*", after)
    if m:
        clause = re.split(r"[.!?]\s|\s[-–—]\s", after[m.end() :] + " ", maxsplit=1)[0]
        if _VERB.search(clause):
            s = q_end + 1 + m.end()
            return s, s + len(clause)
    clause = re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]
    if _VERB.search(clause[:80]) and re.match(r"\s*[,—–-]", after):
        return q_end + 1, q_end + 1 + len(clause)
    before = text[block[0] : q_start - 1]
    last = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    if last and _VERB.search(last) and re.search(r"[:,]\s*$", last):
        return q_start - 1 - len(last), q_start - 1
    return None


def _verb_around(text: str) -> Callable[[Mention], bool]:
    """A speech verb right after the person or right before it: Russian puts the verb first
    as often as not ("заявил Песков")."""
    return lambda m: bool(
        _VERB.match(text[m.end : m.end + 25].lstrip(" ,"))
        or _VERB.search(text[max(0, m.start - 25) : m.start])
    )


def find_quotes(
    text: str,
    sections: Sequence[tuple[str, int, int]],
    sentences: Sequence[tuple[int, int, int]],
    mentions: Sequence[Mention],
) -> list[Quote]:
    """Every direct quotation of three words or more, with its speaker where it can be told."""
    quotes: list[Quote] = []
    for _section, b_start, b_end in sections:
        spans = guillemet_spans(text, b_start, b_end) or [
            (m.start(1), m.end(1)) for m in _STRAIGHT.finditer(text, b_start, b_end)
        ]
        for q_start, q_end in spans:
            body = text[q_start:q_end]
            if len(body.split()) < MIN_WORDS:
                continue
            where = _attribution(text, q_start, q_end, (b_start, b_end))
            speaker_id = speaker_text = None
            if where is not None:
                people = [
                    m
                    for m in mentions
                    if m.type == "person" and where[0] <= m.start and m.end <= where[1]
                ]
                if people:
                    speaker_id, speaker_text = people[0].entity_id, people[0].surface
                elif pronoun := _PRONOUN.search(text, where[0], where[1]):
                    speaker_id = last_speaker(mentions, quotes, q_start, spoke=_verb_around(text))
                    speaker_text = pronoun.group(0)
            quotes.append(
                Quote(
                    q_start, q_end, body, speaker_id, speaker_text, sentence_of(sentences, q_start)
                )
            )
    return quotes
