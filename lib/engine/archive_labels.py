"""The subject of an archive page's label: "Posts tagged as Peter Pau", "Tagged: Brussels",
"Category Archives: Crimea". A tag or category page gathers the stories filed under one
name, which the label gives in place of a headline; the cleaning takes the label out as
chrome (data/boilerplate.csv, "archive label"), but its name is what the page is about, a
name of the page as a headline's (the sets label it gold: a person in heldout21, a city in
heldout19). A label in lower case ("Tag Archives: biggest") names nothing; an author's
archive names the writer, whose byline stays chrome. Pure functions of the removed lines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lib.engine.clean import Block, RemovedLine

_LABEL = re.compile(
    r"^(?:(?:posts|articles|stories|entries)\s+tagged(?:\s+(?:as|with|under))?\s*:?"
    r"|tagged\s*:|(?:tag|category)\s+archives?\s*:)\s*(?P<subject>.+?)\s*$",
    re.I,
)

# A name: one to four capitalised words ("Peter Pau", "Brussels", "Kerch Strait").
_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}")


def label_subject(line: str) -> str | None:
    """The name an archive page's label files its stories under, or None."""
    m = _LABEL.match(line.strip())
    if m is None or not _NAME.fullmatch(m["subject"].strip("'\"")):
        return None
    return m["subject"].strip("'\"")


def archive_subjects(removed: Iterable[RemovedLine]) -> list[Block]:
    """The names of the archive labels the cleaning removed, as caption blocks, once each."""
    names = {
        name: None
        for line in removed
        if line.reason == "archive label" and (name := label_subject(line.text))
    }
    return [Block("caption", name) for name in names]
