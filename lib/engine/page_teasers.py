"""Teasers of stories on a page: a headline with the first lines of its story. Below a story
they promote another one (an aggregator's teaser of another section) and are chrome; above the
story's headline, on a tag, topic or author page, they are the page's own stories, told in
sentences, and are text. What tells them from the page's chrome is their prose (a menu, a
ticker or a block of related links is a run of short lines without a sentence) and the names
they share with the story (a promotion of another page shares none). The lines are the
cleaning's (lib.engine.clean): objects with number, text, kind and reason."""

from __future__ import annotations

from lib.engine.line_shape import is_headline_like, is_sentence_like, words


def capitalised_words(text: str) -> set[str]:
    """A text's capitalised words by their first five letters: the names it holds."""
    return {w.lower()[:5] for w in words(text) if len(w) > 3 and w[:1].isupper()}


def drop_teaser_tail(lines: list, start) -> None:
    """A headline of another story below the story's last paragraph, and its first lines (an
    aggregator's teaser of another section: "Now No. 1, Osaka wins …" / "Kvitova was 21 …"):
    the teaser shares no capitalised word with the story above it."""
    text = [
        ln for ln in lines if ln.kind == "text" and start is not None and ln.number > start.number
    ]
    heads = [  # a headline, longer than a subheading ("Marines on the march")
        i for i, ln in enumerate(text) if is_headline_like(ln.text) and len(words(ln.text)) >= 6
    ]
    if not heads or not 1 <= len(text) - heads[-1] - 1 <= 2:
        return
    tail = text[heads[-1] :]
    if not all(is_sentence_like(ln.text) for ln in tail[1:]):
        return
    story = " ".join([start.text] + [ln.text for ln in text[: heads[-1]]])
    if not capitalised_words(" ".join(ln.text for ln in tail)) & capitalised_words(story):
        for ln in tail:
            ln.kind, ln.reason = "chrome", "teaser of another story"


_MAX_TEASER_PARAGRAPHS = 3


def page_teasers(header: list, story: str) -> set[int]:
    """The numbers of the lines above a story's headline that are teasers of the page's own
    stories: a paragraph of prose (a sentence of ten words and more) that names what the
    story names, and the line right above it when it reads as its title."""
    names = capitalised_words(story)
    keep: set[int] = set()
    prose = 0
    for i, ln in enumerate(header):
        if (
            len(words(ln.text)) >= 10
            and is_sentence_like(ln.text)
            and capitalised_words(ln.text) & names
        ):
            keep.add(ln.number)
            prose += 1
            if i > 0 and _is_title(header[i - 1].text):
                keep.add(header[i - 1].number)
    # A teaser is a paragraph or two under its title; more prose than a few teasers' above the
    # headline is a story whose start was misread (a transcript's "NAME (Fox News) -" taken
    # for a dateline), which this rule does not judge.
    return keep if prose <= _MAX_TEASER_PARAGRAPHS else set()


def _is_title(line: str) -> bool:
    """A headline in headline or sentence case: four words and more, no sentence, no label."""
    return len(words(line)) >= 4 and not is_sentence_like(line) and not line.endswith(":")
