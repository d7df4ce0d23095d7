"""One organisation written two ways in one article, read from the words between its
mentions: an acronym defined beside the name ('Turkish Defense Industries (SSB)'), a sister
agency named by an agency's name and a country's ('Interfax-Ukraine'). Pure functions on an
article's mentions and its blocks' text."""

from __future__ import annotations

import re
from dataclasses import replace

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.mentions import Mention
from lib.ids import slug
from lib.names import normalise_surface


def _linked(m: Mention, target: Mention | Entry) -> Mention:
    return replace(
        m,
        entity_id=target.entity_id,
        type=target.type,
        name=target.name,
        code=target.code,
        link="article",
        linked_from=m.linked_from or m.entity_id,
    )


def _text_between(texts: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The article's text between two offsets of one block, or None."""
    for offset, text in texts:
        if offset <= start <= end <= offset + len(text):
            return text[start - offset : end - offset]
    return None


# How news defines an acronym beside a name: "Name (ACR)", "Name (Name in its language, ACR)",
# "ACR, or the Name".
_ACRONYM_AFTER = re.compile(r"\s*\((?:[^()\n]{1,80},\s*)?([A-Z]{2,6})\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,6}),\s+or\s+(?:the\s+)?$")


def defined_acronyms(
    mentions: list[Mention], texts: list[tuple[int, str]], *, gaz: Gazetteer
) -> list[Mention]:
    """An organisation's acronym the article defines beside its name is the same body: every
    mention of either is the one named first ('Turkish Defense Industries (SSB)', 'SSB, or the
    Presidency of Defense Industries'). An acronym the gazetteer knows is its own body ('…
    Black Sea Fleet (EU)': a list's note of who sanctioned him)."""
    orgs = sorted((m for m in mentions if m.type == "org" and m.label != "ORGREF"),
                  key=lambda m: m.start)  # fmt: skip
    parent: dict[str, str] = {}

    def root(e: str) -> str:
        while parent.get(e, e) != e:
            e = parent[e]
        return e

    by_surface = {
        normalise_surface(m.surface): m.entity_id for m in orgs if m.entity_id not in gaz.entries
    }
    for m in orgs:
        if m.surface.isupper():
            continue
        for offset, text in texts:
            if offset <= m.start <= m.end <= offset + len(text):
                after = _ACRONYM_AFTER.match(text, m.end - offset)
                before = _ACRONYM_BEFORE.search(
                    text[max(0, m.start - offset - 20) : m.start - offset]
                )
                for found in (after, before):
                    other = found and by_surface.get(found.group(1))
                    if other and root(other) != root(m.entity_id):
                        parent[root(other)] = root(m.entity_id)
    if not parent:
        return mentions
    first_of: dict[str, Mention] = {}
    for o in orgs:
        first_of.setdefault(root(o.entity_id), o)
    return [
        _linked(m, first)
        if m.type == "org"
        and (first := first_of.get(root(m.entity_id))) is not None
        and first.entity_id != m.entity_id
        else m
        for m in mentions
    ]


def outlets_with_a_country(
    mentions: list[Mention], texts: list[tuple[int, str]], *, gaz: Gazetteer
) -> list[Mention]:
    """'Interfax-Ukraine', 'Interfax-Azerbaijan': an agency's name joined by a hyphen to a
    country's is one outlet of its own (a sister agency), neither the agency nor the country."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "org"
            and m.type in ("country", "location")
            and _kind(prev.entity_id, gaz) == "media"
            and _text_between(texts, prev.end, m.start) in ("-", "–")
        ):
            name = f"{normalise_surface(prev.surface)}-{normalise_surface(m.surface)}"
            entry = Entry(f"org:{slug(name)}", "org", name)
            out[-1] = replace(prev, entity_id=entry.entity_id, name=name, code=None,
                              link="text", end=m.end, surface=name)  # fmt: skip
            continue
        out.append(m)
    return out


def _kind(entity_id: str, gaz: Gazetteer) -> str | None:
    entry = gaz.entries.get(entity_id)
    return dict(entry.attributes).get("kind") if entry else None


# Words of a medium after an outlet's name, which a second mention leaves out ("Haberturk TV"
# and then "Haberturk said").
MEDIUM_WORDS = {"tv", "television", "radio", "channel", "news", "online", "daily", "agency"}


def outlets_without_medium(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """An organisation's one-word name the model made that is an outlet's name in the
    article less its medium word ('Haberturk' of 'Haberturk TV') is that outlet."""
    longer: dict[str, Mention] = {}
    for m in mentions:
        words = normalise_surface(m.name).split()
        if m.type == "org" and len(words) == 2 and words[1].lower() in MEDIUM_WORDS:
            longer.setdefault(words[0].lower(), m)
    if not longer:
        return mentions
    return [
        _linked(m, full)
        if m.type == "org"
        and m.entity_id not in gaz.entries
        and (full := longer.get(normalise_surface(m.name).lower())) is not None
        and full.entity_id != m.entity_id
        else m
        for m in mentions
    ]
