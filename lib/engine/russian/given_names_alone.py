"""A given name alone that the article has named in full before: "Чарли Роули и Дон Стерджес …
Чарли и Дон" are the two people, not two new ones called Charli and Don.

Russian news calls private people (victims, witnesses, soldiers) by their given name once it
has named them in full, and a reader's reply addresses a politician so ("Уволят тебя скоро,
Майк"). The lone word is the one person named in full before it with that given name; where
two such people are named ("Сергей Скрипаль … Сергей Лавров … Сергей"), it is left as it is.
A surname alone is merge_people's, a relative's given name family_given_names'; this reads
only what those left unlinked.
"""

from __future__ import annotations

from dataclasses import replace

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention
from lib.engine.russian.translit import name_key


def given_names_alone(mentions: list[Mention], gaz: RussianGazetteer) -> list[Mention]:
    """Every lone given name no file knows, as the one person named in full before it with
    that given name."""
    full = [m for m in mentions if m.type == "person" and " " in m.normal]
    out = []
    for m in mentions:
        if m.type == "person" and " " not in m.normal and m.entity_id not in gaz.entities:
            key = name_key(m.normal)
            before = {
                o.entity_id: o
                for o in full
                if o.start < m.start and name_key(o.normal.split()[0]) == key
            }
            if len(before) == 1:
                target = next(iter(before.values()))
                m = replace(m, entity_id=target.entity_id, name=target.name, code=target.code)
        out.append(m)
    return out
