"""A state's body after "свой" belongs to the state that is the clause's subject: "Российская
Федерация официально объявила об участии своих Вооружённых Сил" names Russia's armed forces,
"Турция отозвала своего посла" no body. Only a body written as a name (capitalised): in lower
case "свои вооруженные силы" are the forces a state has, no institution named.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import NAMED_ONLY, NATIONAL_BODIES, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.phrases import body_entity

_LENGTHS = sorted({len(key) for key in NATIONAL_BODIES}, reverse=True)
OWN = "свой"


def own_bodies(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with a capitalised body after "свой" given the state named before it in
    its sentence (the last one, by its name)."""
    added: list[Mention] = []
    for sentence in sentences:
        tokens = sentence.tokens
        lemmas = [t.lemma for t in tokens]
        for i, token in enumerate(tokens[:-1]):
            if token.lemma != OWN or not tokens[i + 1].is_capitalised:
                continue
            n = next(
                (n for n in _LENGTHS if tuple(lemmas[i + 1 : i + 1 + n]) in NATIONAL_BODIES), 0
            )
            key = tuple(lemmas[i + 1 : i + 1 + n])
            if not n or key in NAMED_ONLY:
                continue
            start, end = tokens[i + 1].start, tokens[i + n].end
            if any(m.start < end and start < m.end for m in [*mentions, *added]):
                continue  # "своего МИД Турции": a state of its own after it
            states = [
                m for m in mentions
                if m.sentence_id == sentence.sentence_id and m.type == "country"
                and m.kind == "name" and m.end <= token.start
            ]  # fmt: skip
            if not states:
                continue
            entity = body_entity((states[-1].entity_id, key), gaz)
            added.append(
                mention_of(entity, "name", "ORG", start, end, text, sentence, text[start:end])
            )
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
