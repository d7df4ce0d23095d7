"""Two of a state's bodies joined by "и" with the state written once: the genitive owns both.
"специалисты министерства иностранных дел и министерства обороны РФ" names Russia's foreign
ministry as well as its defence ministry; "министерство национальной обороны Турции и генштаб
ВС" Turkey's general staff as well as its ministry. The phrase matcher gives the state to the
body beside it; the other body, bare, gets it here.

Not after a head of a body ("министра иностранных дел и министра обороны РФ": roles, resolved
as roles), and not a body with a state of its own after it ("генштаб ВС Турции").
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import NAMED_ONLY, NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import body_entity
from lib.engine.russian.text import phrase_key

_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)
HEADS = {"глава", "министр", "руководитель", "замглавы", "заместитель", "начальник", "министерство"}
FORCES = ("вс",)  # "генштаб ВС": the state's forces whose staff it is, named by the owner


def bodies_of_a_joint_owner(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with the bare body joined by "и" to a state's body given that state."""
    by_id = {s.sentence_id: s for s in sentences}
    added: list[Mention] = []
    for named in mentions:
        if named.type != "org" or not named.code or named.sentence_id not in by_id:
            continue
        if not any(phrase_key(named.surface)[:n] in NATIONAL_BODIES for n in _LENGTHS):
            continue
        sentence = by_id[named.sentence_id]
        state = f"country:{named.code}"
        if state not in gaz.entities:
            continue
        states = {m.start: m.end for m in mentions if m.type == "country"}
        for first, last, key in _joined(named, sentence.tokens, states):
            tokens = sentence.tokens
            start, end = tokens[first].start, tokens[last - 1].end
            if any(m.start < end and start < m.end for m in [*mentions, *added]):
                continue
            entity = body_entity((state, key), gaz)
            normal = text[start:end]
            added.append(mention_of(entity, "name", "ORG", start, end, text, sentence, normal))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _joined(
    named: Mention, tokens: Sequence, states: dict[int, int]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The token spans (first, last) and body keys of the bare bodies joined to `named` by
    "и": the one before it and the one after it (past the state's name that closes `named`
    where the mention leaves it out: "министерство национальной обороны | Турции")."""
    lemmas = [t.lemma for t in tokens]
    first = next((i for i, t in enumerate(tokens) if t.start >= named.start), None)
    end = named.end
    while (after := next((t for t in tokens if t.start > end), None)) is not None and (
        after.start in states and after.start - end <= 1
    ):
        end = states[after.start]
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    found = []
    if first is not None and first >= 2 and lemmas[first - 1] == "и":
        for n in _LENGTHS:
            at = first - 1 - n
            key = tuple(lemmas[at : first - 1]) if at >= 0 else ()
            if key in NATIONAL_BODIES and key not in NAMED_ONLY:
                if at == 0 or lemmas[at - 1] not in HEADS:
                    found.append((at, first - 1, key))
                break
    if last + 1 < len(tokens) and lemmas[last] == "и":
        for n in _LENGTHS:
            key = tuple(lemmas[last + 1 : last + 1 + n])
            if len(key) == n and key in NATIONAL_BODIES and key not in NAMED_ONLY:
                end = last + 1 + n
                if lemmas[end : end + 1] == list(FORCES):
                    end += 1  # "генштаб ВС": the owner's forces
                if end >= len(tokens) or not tokens[end].is_capitalised or lemmas[end] == "и":
                    found.append((last + 1, end, key))
                break
    return found
