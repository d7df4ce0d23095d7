"""The speakers of a transcript: a person's name in capitals opening a line, before a colon.

Broadcast transcripts, press conferences and interviews print who speaks before each turn:
"AMY GOODMAN: We turn now to …", "JENS STOLTENBERG: Good afternoon.", "STEVE INSKEEP, HOST:",
"PRESIDENT DONALD TRUMP: …". In capitals, the model misses the name or takes it for a place
("JUAN GONZÁLEZ" a city); the speaker is a person of the page, and the short name the others
call him by ("Thanks, Amy") needs him found to be linked. A label that names no one
("MODERATOR:", "QUESTION:", "SPECIAL COVERAGE:", "READ MORE:", initials "JB:") is left: the
name must open with a given name once a title ("PRESIDENT", "SEN.", "DR.") is set aside.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span

from lib.engine.blocks import doc_text
from lib.engine.doc_words import positions_of, token_array, word_ids

# Titles a label may put before the name ("PRESIDENT DONALD TRUMP:", "DR. JILL STEIN:").
TITLES = frozenset({
    "president", "vice", "former", "prime", "minister", "foreign", "secretary", "general",
    "gen", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "dr", "mr",
    "mrs", "ms", "judge", "justice", "ambassador", "speaker", "admiral", "adm", "col", "lt",
    "capt", "sgt", "rev", "state", "defense", "defence", "nato", "un", "us", "u.s.",
})  # fmt: skip
_MAX_WORDS = 7
# Labels of a turn that name a part, not a person ("HOST:", "MODERATOR:", "Q:"): the model
# takes some for a body.
ROLE_LABELS = frozenset({
    "host", "byline", "anchor", "moderator", "question", "answer", "q", "a", "reporter",
    "correspondent", "announcer", "narrator", "interviewer", "guest", "caller", "audience",
    "participant", "translator", "interpreter", "spokesperson", "spokesman", "spokeswoman",
})  # fmt: skip
_ROLE_LABEL_IDS = word_ids(ROLE_LABELS)


def _capitals(token) -> bool:
    """A word written in capitals: "GOODMAN", "GONZÁLEZ", "McFAUL", "O'BRIEN", "DR."."""
    letters = [c for c in token.text if c.isalpha()]
    lower = [c for c in letters if c.islower()]
    return len(letters) >= 1 and (not lower or token.text[:2] == "Mc" and len(lower) == 1)


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _line_openers(doc: Doc):
    """The first token of each line (found from the doc's spaces, not by walking every word)."""
    if not len(doc):
        return []
    spaces = np.flatnonzero(token_array(doc, IS_SPACE)).tolist()
    starts = [0, *(i + 1 for i in spaces if "\n" in doc[i].text and i + 1 < len(doc))]
    return [doc[i] for i in starts if not doc[i].is_space]


def transcript_speakers(doc: Doc, is_given: Callable[[str], bool]) -> list[Span]:
    """Each speaker label's name, a PERSON span over its name words (without the title and
    the role after a comma); `is_given` says whether a word (title case) is a given name."""
    if ":" not in doc_text(doc):
        return []  # no label in the block: most blocks
    found = []
    for token in _line_openers(doc):
        if not (token.is_alpha and _capitals(token)):
            continue
        end = token.i
        while end < len(doc) and end - token.i < _MAX_WORDS and doc[end].text not in (":", ","):
            if not (_capitals(doc[end]) or doc[end].text in (".", "-")):
                break
            end += 1
        if end >= len(doc) or doc[end].text not in (":", ","):
            continue
        if doc[end].text == "," and not _role_then_colon(doc, end + 1):
            continue
        start = token.i
        while start < end and doc[start].text.strip(".").lower() in TITLES:
            start += 1
        while start < end and doc[start].text in (".", "-"):
            start += 1
        words = [t for t in doc[start:end] if t.is_alpha]
        if 2 <= len(words) <= 4 and is_given(words[0].text.title()):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _role_then_colon(doc: Doc, i: int) -> bool:
    """', HOST:', ', BYLINE:': a role in capitals, then the colon."""
    j = i
    while j < len(doc) and j - i < 4 and _capitals(doc[j]) and doc[j].is_alpha:
        j += 1
    return j > i and j < len(doc) and doc[j].text == ":"


def speaker_label(span: Span, label: str) -> bool:
    """A person's span of two words or more in capitals before a label's colon (or its ", ROLE:"):
    a transcript's speaker, not a dateline's place ("BRUSSELS:")."""
    doc = span.doc
    return (
        label == "PERSON"
        and sum(t.is_alpha for t in span) >= 2
        and all(_capitals(t) for t in span if t.is_alpha)
        and span.end < len(doc)
        and (
            doc[span.end].text == ":"
            or doc[span.end].text == ","
            and _role_then_colon(doc, span.end + 1)
        )
    )


def role_labels(doc: Doc) -> set[int]:
    """The tokens of a turn's role label ("HOST:" opening a line, ", BYLINE:" after a name)."""
    if ":" not in doc_text(doc):
        return set()
    return {
        t.i
        for t in (doc[i] for i in positions_of(doc, _ROLE_LABEL_IDS))
        if t.lower_ in ROLE_LABELS
        and _capitals(t)
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text == ":"
        and (_opens_line(doc, t.i) or t.i > 0 and doc[t.i - 1].text == ",")
    }
