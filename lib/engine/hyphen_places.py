"""A place named in hyphenated parts with a particle ("Rostov-on-Don", "Stratford-upon-Avon",
"Komsomolsk-on-Amur", "Frankfurt-am-Main", "Mar-a-Lago"): one place, the whole name. The
tokenizer cuts it at the hyphens and the small model reads the first part alone, as a person
("Rostov", "Stratford") or a body, or misses it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lib.engine.blocks import doc_text

# The particles of such names: "on", "upon", "am" (on the river), "sur", "en", "a" (of
# Mar-a-Lago), "na" (Rostov-na-Donu). Not "de": people's names take it too ("Jean-de-Dieu").
PARTICLES = frozenset({"on", "upon", "am", "an", "sur", "en", "a", "na", "under"})


# Found in the text first: most blocks have no such name, and a regex over the text is cheaper
# than a walk over every token.
_NAME = re.compile(rf"\b[A-Z][a-z]+-(?:{'|'.join(sorted(PARTICLES))})-[A-Z][a-z]+\b")


def hyphenated_places(doc: Doc) -> list[Span]:
    """Every Name-particle-Name run of tokens, as a GPE span."""
    if "-" not in doc_text(doc):
        return []
    found = []
    for m in _NAME.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), label="GPE")
        if span is not None:
            found.append(span)
    return found
