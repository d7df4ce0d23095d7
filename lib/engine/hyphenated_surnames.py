"""A person's name with a double-barrelled surname ("Louisa Brooke-Holland", "Jane
Smith-Jordan"): one person, the whole name. The tokenizer cuts it at the hyphen and the model
reads the first part as the person ("Louisa Brooke-") and the second, when it is a country's
or a place's name, as that place ("Holland" linked to the Netherlands).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lib.engine.blocks import doc_text

# Cheap test first: most blocks have no capitalised word glued by a hyphen to another.
_GLUED = re.compile(r"\b[A-Z][a-z'\u2019]+-[A-Z][a-z'\u2019]+\b")


def hyphenated_surnames(doc: Doc) -> list[Span]:
    """The model's people whose span stops at a hyphen glued to a capitalised word ('Louisa
    Brooke-' + 'Holland'), as PERSON spans that take the word in."""
    if not _GLUED.search(doc_text(doc)):
        return []
    found = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ != "PERSON" or len(ent) < 3 or end >= len(doc):
            continue
        hyphen, after = doc[end - 1], doc[end]
        if (
            hyphen.text == "-"
            and not hyphen.whitespace_
            and not doc[end - 2].whitespace_
            and after.is_title
            and after.is_alpha
        ):
            found.append(Span(doc, ent.start, end + 1, label="PERSON"))
    return found
