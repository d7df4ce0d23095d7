"""A place named in hyphenated parts with a particle ("Rostov-on-Don", "Stratford-upon-Avon",
"Komsomolsk-on-Amur", "Frankfurt-am-Main", "Mar-a-Lago"): one place, the whole name. The
tokenizer cuts it at the hyphens and the small model reads the first part alone, as a person
("Rostov", "Stratford") or a body, or misses it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# The particles of such names: "on", "upon", "am" (on the river), "sur", "en", "a" (of
# Mar-a-Lago), "na" (Rostov-na-Donu). Not "de": people's names take it too ("Jean-de-Dieu").
PARTICLES = frozenset({"on", "upon", "am", "an", "sur", "en", "a", "na", "under"})


def hyphenated_places(doc: Doc) -> list[Span]:
    """Every Name-particle-Name run of tokens, as a GPE span."""
    found = []
    for i in range(len(doc) - 4):
        first, dash, particle, dash2, last = doc[i : i + 5]
        if (
            first.is_title
            and first.is_alpha
            and dash.text == "-"
            and dash2.text == "-"
            and particle.lower_ in PARTICLES
            and particle.is_lower
            and last.is_title
            and last.is_alpha
            and not dash.whitespace_
            and not particle.whitespace_
            and not first.whitespace_
            and not dash2.whitespace_
        ):
            found.append(Span(doc, i, i + 5, label="GPE"))
    return found
