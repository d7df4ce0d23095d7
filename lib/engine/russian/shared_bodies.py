"""Two or more states' adjectives sharing one body's noun are one body per state: "истребители
бельгийских и шведских ВВС" names Belgium's air force as well as Sweden's, "российского и
турецкого МИД" both ministries. The phrase matcher gives the body to the adjective right
before it; the adjectives coordinated before that ("и", a comma) get theirs here. So do the
states after a body the gazetteer names with its first state ("вооружёнными силами Франции и
Великобритании": the row "Вооружённые силы Франции" took the first state with it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.gazetteer import NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence
from lib.engine.russian.phrases import body_entity
from lib.engine.russian.text import phrase_key

COORDINATION = {"и", ","}


def coordinated_bodies(
    mentions: list[Mention], sentences: Sequence[Sentence], gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a body added for each state adjective coordinated before the one
    that owns a body ("бельгийских и шведских ВВС")."""
    by_id = {s.sentence_id: s for s in sentences}
    demonyms = {
        m.end: m for m in mentions if m.type == "country" and m.kind == "demonym"
    }  # by where each ends
    added = []
    for body in mentions:
        words = phrase_key(body.surface) if body.type == "org" else ()
        key = words[1:] if words[1:] in NATIONAL_BODIES else words
        if key not in NATIONAL_BODIES or body.sentence_id not in by_id:
            continue
        tokens = by_id[body.sentence_id].tokens
        if key is words:  # "шведских ВВС": the adjective is a mention of its own before it
            owner = _just_before(body.start, tokens, demonyms)
        else:  # "турецкого МИД": the gazetteer's phrase holds the adjective
            owner = replace(body, entity_id=f"country:{body.code}")
        if owner is None or f"country:{body.code}" != owner.entity_id:
            continue
        while (other := _coordinated(owner, tokens, demonyms)) is not None:
            entity = body_entity((other.entity_id, key), gaz)
            added.append(
                replace(other, entity_id=entity.entity_id, type="org", kind="name",
                        name=entity.name, label="ORG", code=entity.code, normal=body.normal)
            )  # fmt: skip
            owner = other
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _just_before(start: int, tokens: Sequence, demonyms: dict[int, Mention]) -> Mention | None:
    """The demonym whose last token is the token right before `start`."""
    at = next((i for i, t in enumerate(tokens) if t.start == start), None)
    return demonyms.get(tokens[at - 1].end) if at else None


def _coordinated(owner: Mention, tokens: Sequence, demonyms: dict[int, Mention]) -> Mention | None:
    """The demonym before `owner` across "и" or a comma."""
    at = next((i for i, t in enumerate(tokens) if t.start == owner.start), None)
    if not at or at < 2 or tokens[at - 1].lemma not in COORDINATION:
        return None
    return demonyms.get(tokens[at - 2].end)


def bodies_of_states_after(
    mentions: list[Mention], sentences: Sequence[Sentence], gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a body added for the state after "и" that follows a body the
    gazetteer names with its state ("Минобороны России и Турции": Turkey's ministry too). A
    place whose body the gazetteer names ("МИД Южной Осетии и Абхазии") becomes that body: the
    place is inside the body's name, as a state's name is not (the state stays mentioned)."""
    by_id = {s.sentence_id: s for s in sentences}
    owners = {
        m.start: m for m in mentions if m.type in ("country", "location") and m.kind == "name"
    }
    added, taken = [], set()
    for named in mentions:
        body = _body_and_state(named, gaz)
        if body is None or named.sentence_id not in by_id:
            continue
        tokens = by_id[named.sentence_id].tokens
        at = next((i for i, t in enumerate(tokens) if t.start >= named.end), None)
        if at is None or at + 1 >= len(tokens) or tokens[at].lemma != "и":
            continue
        other = owners.get(tokens[at + 1].start)
        if other is None or other.entity_id == f"country:{named.code}":
            continue
        if other.type == "location":
            known = gaz.national_bodies.get((other.entity_id, body))
            if known is None:
                continue
            taken.add(id(other))
            entity = gaz.entities[known]
        else:
            entity = body_entity((other.entity_id, body), gaz)
        added.append(
            replace(other, entity_id=entity.entity_id, type="org", kind="name",
                    name=entity.name, label="ORG", code=entity.code, normal=named.normal)
        )  # fmt: skip
    kept = [m for m in mentions if id(m) not in taken]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _body_and_state(named: Mention, gaz: RussianGazetteer) -> tuple[str, ...] | None:
    """The body's words of an organisation named as a body and its state ("Вооружённые силы
    Франции": вооружённые силы), where the gazetteer gives that pair this organisation."""
    if named.type != "org":
        return None
    words = phrase_key(named.surface)
    for body in NATIONAL_BODIES:
        state = gaz.aliases.get(words[len(body) :]) if words[: len(body)] == body else None
        if (
            state is not None
            and state.entity_id.startswith(("country:", "location:"))
            and gaz.national_bodies.get((state.entity_id, body)) == named.entity_id
        ):
            return body
    return None
