"""A relative called by a kinship word and a given name alone ("Сергей Скрипаль. … его дочь
Юлия"), in the sentence after the person named: the gazetteer person of that given name in
that person's family (same surname).

Russian news names a relative by the kinship word and the given name once it has named the
family's head in full, often in the next sentence, so family_given_names (the same sentence
only) leaves the given name as a new person ("person:yuliya"). The kinship word ties the name
to the person named last before it; the gazetteer must hold one relative of that given name.
"""

from __future__ import annotations

from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.people import lone_given_name, relatives_named
from lib.engine.russian.text import parses
from lib.engine.russian.translit import name_key

KIN = {
    "дочь", "сын", "жена", "супруга", "муж", "супруг", "брат", "сестра", "отец", "мать",
    "вдова", "внук", "внучка", "племянник", "племянница", "дочка",
}  # fmt: skip
SENTENCES_BACK = 2  # the family's head named in this sentence or the two before it


def _after_kin_word(m: Mention, text: str) -> bool:
    """The given name comes right after a kinship word ("дочь Юлия", "дочери Юлии")."""
    words = text[max(0, m.start - 30) : m.start].split()
    if not words:
        return False
    last = words[-1].strip(",").lower()
    return any(p.normal_form in KIN for p in parses(last))


def kin_given_names(mentions: list[Mention], gaz: RussianGazetteer, text: str) -> list[Mention]:
    """Every lone given name no file knows, after a kinship word, as the one gazetteer person
    of that given name who shares the surname of the person named last before it."""
    linked = [m for m in mentions if m.type == "person" and m.entity_id in gaz.entities]
    out = []
    for m in mentions:
        if lone_given_name(m, gaz) and _after_kin_word(m, text):
            before = [
                o
                for o in linked
                if o.start < m.start and m.sentence_id - SENTENCES_BACK <= o.sentence_id
            ]
            head = max(before, key=lambda o: o.start) if before else None
            if head is not None:
                surname = name_key(gaz.entities[head.entity_id].name.split()[-1])
                relatives = relatives_named(m.normal, {surname}, gaz, besides=head.entity_id)
                if len(relatives) == 1:
                    target = gaz.entities[next(iter(relatives))]
                    m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out
