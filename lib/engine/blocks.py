"""An article's blocks as the spaCy pipeline made them (Block: its section, where it starts in
the article's text, its Doc), and what is read once per Doc and kept on it: its text
(doc_text) and its sentences (sentence_index)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Block:
    """One processed block of an article: its section, where it starts, its Doc."""

    section: str
    offset: int
    doc: Doc
    first_sentence_id: int


_TEXT_KEY = "lens_text"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: spaCy rebuilds Doc.text from its tokens on every read, and
    linking reads it for every mention (a fifth of the per-article time on real pages)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keeps the text a doc was made from (spaCy's tokenizer loses no character), so that
    doc_text need not join it again from the tokens."""
    doc.user_data[_TEXT_KEY] = text


class SentenceIndex:
    """A doc's sentences, read once: token index -> sentence number (by bisection over the
    sentences' first tokens), and each sentence's character bounds in the doc."""

    def __init__(self, starts: list[int], chars: list[tuple[int, int]] | None = None):
        self.starts = starts
        self.chars = chars or []

    def __getitem__(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)

    def __len__(self) -> int:
        return len(self.starts)


def sentence_index(doc: Doc) -> SentenceIndex:
    """The doc's sentence index, computed once per doc: every step of an article's analysis
    asks for sentences, and walking doc.sents each time made Span objects by the thousand."""
    index = doc.user_data.get("sentence_index")
    if index is None:
        bounds = [(sent.start, sent.start_char, sent.end_char) for sent in doc.sents]
        index = doc.user_data["sentence_index"] = SentenceIndex(
            [b[0] for b in bounds], [(b[1], b[2]) for b in bounds]
        )
    return index
