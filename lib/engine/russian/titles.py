"""Role phrases ("генсек НАТО") and references ("альянс") of one Russian article resolved
once the article is read and its day known: a role before a name is that person's, alone it
is the holder on the publication day; a reference counts where its organisation is named.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import PhraseMatch


def resolve_titles(
    mentions: list[Mention],
    roles: list[tuple[PhraseMatch, Sentence]],
    references: list[tuple[PhraseMatch, Sentence]],
    text: str,
    gaz: RussianGazetteer,
    published: date | None,
    *,
    undated_day: date | None = None,
) -> list[Mention]:
    """Role phrases: written just before a person's name, they are that mention's role;
    alone ("генсек НАТО заявил"), they are a mention of the holder on the publication day (on
    an undated page: the holder the article names, else the holder on `undated_day`, the day of
    the latest event it tells, else today's). References ("альянс") count where their
    organisation is named in the article."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    out = list(mentions)
    for m, sentence in roles:
        start, end = sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end
        phrase = text[start:end]
        after = next((p for p in people if p.start >= end), None)
        if after is not None and not text[end : after.start].strip(" ,"):
            out[out.index(after)] = replace(after, role=m.role)
            continue
        holders = gaz.holders(m.role, published or undated_day)
        if published is None:  # undated: the role's holder the article names, if one
            ever = {s.person_id for s in gaz.english.role_spells if s.role == m.role}
            named_holders = sorted(ever & {p.entity_id for p in people})
            holders = named_holders if len(named_holders) == 1 else holders
        if len(holders) == 1:
            entity = gaz.entities[holders[0]]
            if any(
                o.type == "org" and start <= o.start and o.end <= end and o.code != entity.code
                for o in out
            ):
                continue  # "глава Минобороны" of another state's article: not Russia's minister
            out.append(
                mention_of(entity, "title", "ROLE", start, end, text, sentence, phrase, m.role)
            )
    named = {m.entity_id for m in out if m.kind == "name"}
    for m, sentence in references:
        if m.reference in named:
            start, end = sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end
            entity = gaz.entities[m.reference]
            out.append(
                mention_of(
                    entity, "reference", "ORGREF", start, end, text, sentence, text[start:end]
                )
            )
    return sorted(out, key=lambda x: (x.start, x.end, x.entity_id))
