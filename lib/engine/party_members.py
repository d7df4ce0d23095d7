"""A party named by the adjective of its members (issue 15,
eval/kinds/english-bodies8-mechanisms.md): "Republican candidates", "Democratic senators", "a
Republican congressman". The model labels the adjective NORP, a people, which is no entity;
before a noun of the party's members it names the party the gazetteer lists as "<adjective>
Party". Before a person's name ("Republican Brian Kemp") or alone ("Democrats demanded") the
gold leaves it unlabelled, so it stays none."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import Entry, Gazetteer

# The nouns of a party's members and office seekers.
_MEMBER_NOUNS = {
    "candidate", "candidates", "senator", "senators", "lawmaker", "lawmakers", "legislator",
    "legislators", "congressman", "congressmen", "congresswoman", "congresswomen",
    "representative", "representatives", "nominee", "nominees", "governor", "governors",
    "leaders", "leadership", "members", "mps", "voters", "primary", "primaries",
}  # fmt: skip


def party_of_members(span: Span, gaz: Gazetteer) -> Entry | None:
    """The party whose members' adjective the one-word span is, before a noun of members."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].lower_ not in _MEMBER_NOUNS:
        return None
    hit = gaz.lookup(f"{span.text} Party")
    return hit[0] if hit is not None and hit[0].type == "org" else None
