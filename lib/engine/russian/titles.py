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
from lib.engine.undated_window import held_within


def resolve_titles(
    mentions: list[Mention],
    roles: list[tuple[PhraseMatch, Sentence]],
    references: list[tuple[PhraseMatch, Sentence]],
    text: str,
    gaz: RussianGazetteer,
    published: date | None,
    *,
    undated_window: tuple[date, date] | None = None,
) -> list[Mention]:
    """Role phrases: written just before a person's name, they are that mention's role;
    alone ("генсек НАТО заявил"), they are a mention of the holder on the publication day (on
    an undated page: the holder the article names, else the one person who held the office in
    `undated_window`, the days its text dates it in (lib.engine.undated_window); never today's). References ("альянс") count where their
    organisation is named in the article."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    out = list(mentions)
    stated = stated_holders(roles, people, text, gaz)
    for m, sentence in roles:
        start, end = sentence.tokens[m.first].start, sentence.tokens[m.last - 1].end
        phrase = text[start:end]
        after = _named_after(end, people, text)
        if after is not None:
            out[out.index(after)] = replace(after, role=m.role)
            continue
        holders = (
            gaz.holders(m.role, published)
            if published is not None
            else held_within(gaz.english.role_spells, m.role, undated_window)
        )
        if stated.get(m.role):  # the article's own holder, as the English side reads it
            named = {p.entity_id for p in people}
            holders = sorted(stated[m.role] | (set(holders) & named))
        elif published is None:  # undated: the role's holder the article names, if one
            ever = {s.person_id for s in gaz.english.role_spells if s.role == m.role}
            named_holders = sorted(ever & {p.entity_id for p in people})
            holders = named_holders if len(named_holders) == 1 else holders
        if len(holders) == 1 and holders[0] not in gaz.entities:
            held = next(p for p in people if p.entity_id == holders[0])
            out.append(replace(held, start=start, end=end, surface=phrase, kind="title",
                               label="ROLE", normal=phrase, role=m.role,
                               sentence_id=sentence.sentence_id))  # fmt: skip
        elif len(holders) == 1:
            entity = gaz.entities[holders[0]]
            if any(
                o.type == "org"
                and start <= o.start
                and o.end <= end
                and o.code is not None  # a state's body; NATO's or the EU's says nothing
                and o.code != entity.code
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


def _named_after(end: int, people: list[Mention], text: str) -> Mention | None:
    """The person named right after a role phrase that ends at `end` ("генсек НАТО Йенс
    Столтенберг"), if one."""
    after = next((p for p in people if p.start >= end), None)
    return after if after is not None and not text[end : after.start].strip(" ,") else None


def stated_holders(
    roles: list[tuple[PhraseMatch, Sentence]],
    people: list[Mention],
    text: str,
    gaz: RussianGazetteer,
) -> dict[str, set[str]]:
    """Role -> the people the article names right after it ("госсекретаря Энтони Блинкена"):
    the article's own holders, which a role alone elsewhere in it names even where the
    gazetteer's dates hold another (its tables end in 2020) or know no one. A gazetteer person
    who never held the role ("секретарь Президента России Дмитрий Песков": the role is his
    chief's) states nothing."""
    ever = _ever_held(gaz)
    stated: dict[str, set[str]] = {}
    for m, sentence in roles:
        after = _named_after(sentence.tokens[m.last - 1].end, people, text)
        if after is None:
            continue
        if after.entity_id in gaz.entities and after.entity_id not in ever.get(m.role, set()):
            continue
        stated.setdefault(m.role, set()).add(after.entity_id)
    return stated


# by the gazetteer's id: (role -> everyone who ever held it, the gazetteer), built once
_EVER: dict[int, tuple[dict[str, set[str]], RussianGazetteer]] = {}


def _ever_held(gaz: RussianGazetteer) -> dict[str, set[str]]:
    if (known := _EVER.get(id(gaz))) is not None and known[1] is gaz:
        return known[0]
    ever: dict[str, set[str]] = {}
    for s in gaz.english.role_spells:
        ever.setdefault(s.role, set()).add(s.person_id)
    _EVER[id(gaz)] = (ever, gaz)
    return ever
