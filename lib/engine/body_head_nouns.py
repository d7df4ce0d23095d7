"""A name whose last word is a body's head noun is a body, whatever the model typed it
(issue 15, eval/kinds/english-orgs5-mechanisms.md): "the Russian Embassy in Poland" (a place
to the model), "the Russian Mission to NATO" (a building), "PLA Academy" (a place after "from"),
"the Justice Department" (a person). No person's or place's name ends in "Embassy", "Ministry",
"Committee", "Agency", "Academy" or "Airlines"; such a name is the body (a place named after
one ends in its own noun: "Embassy Row", "Parliament Square"). The head noun alone, capitalised
as translations and house styles write it ("the Agency interlocutor", "this Republic", "the
Pact"), names no body of its own: the article's references
resolve "the Alliance", the gazetteer the nouns that are names ("Congress", "Senate").
"""

from __future__ import annotations

from spacy.tokens import Span

# Head nouns of bodies, written capitalised as the last word of their names. "Centre",
# "House", "Office" and "Hall" also end buildings' names, "Union" and "Federation" states'
# ("the Soviet Union", "the Russian Federation"): they are left out.
BODY_HEAD_NOUNS = {"embassy", "embassies", "mission", "ministry", "ministries", "department",
                   "committee", "subcommittee", "commission", "agency", "council", "academy",
                   "institute", "association", "secretariat", "directorate", "corporation",
                   "airlines", "airways", "bureau", "inspectorate", "regiment", "brigade",
                   "battalion", "command", "society"}  # fmt: skip


def typed_by_head_noun(span: Span) -> Span:
    """The span as a body where the model typed a place or a person ending in a body's head
    noun; the span itself otherwise."""
    if span.label_ not in ("GPE", "LOC", "FAC", "PERSON") or len(span) < 2:
        return span
    last = span[-1]
    if not (last.is_title and last.lower_ in BODY_HEAD_NOUNS):
        return span
    return Span(span.doc, span.start, span.end, label="ORG", kb_id=span.kb_id_)


# Common nouns of bodies and polities that the model takes for a name when capitalised alone.
# "Parliament" alone is the UK's in British copy (a name there), and stays.
LONE_HEAD_NOUNS = BODY_HEAD_NOUNS | {"alliance", "republic", "pact", "covenant",
                                     "government", "bloc", "assembly", "federation", "union",
                                     "delegation", "party", "state", "kingdom"}  # fmt: skip


def lone_head_noun(span: Span) -> bool:
    """'Agency', 'the Pact', 'this Republic': a body's or a polity's noun alone, which the
    ruler does not know as a name."""
    words = [t for t in span if t.lower_ not in ("the", "this", "that")]
    return (
        len(words) == 1
        and not span.ent_id_
        and words[0].is_title
        and words[0].lower_ in LONE_HEAD_NOUNS
        and span.label_ in ("ORG", "GPE", "LOC", "NORP")
    )
