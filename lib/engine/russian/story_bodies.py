"""A body called by its kind alone, in any case, on a page telling the story it belongs to:
"контактная группа", "Контактной группы", "контактной группой в составе …" on a page about the
settlement in Donbas (Ukraine named, and Minsk, the OSCE or the separatist republics) is the
Trilateral Contact Group, the one contact group of that story, as the pages write it once in
full and then short, or only short. "Международная контактная группа" and a contact group "по"
another matter ("по Сирии") are others.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of

# (the kind's lemmas, the body, the ids the page must all name, the ids of which it must name
# one: the story)
STORY_BODIES = (
    (
        ("контактный", "группа"),
        "org:trilateral-contact-group",
        frozenset({"country:UKR"}),
        frozenset({"location:minsk", "org:osce", "location:donetsk", "location:luhansk",
                   "location:donbass"}),
    ),
)  # fmt: skip
# A qualifier before the kind that makes it another body ("международная контактная группа").
OTHER_QUALIFIERS = frozenset({"международный", "европейский", "арабский", "африканский"})
# After "по", the matter must be the story's own ("контактной группы по Донбассу").
STORY_MATTERS = frozenset({"украина", "донбасс", "урегулирование"})
MATTER_REACH = 6  # tokens after "по" in which the matter is named


def story_bodies(
    mentions: list[Mention], sentences: Sequence[Sentence], text: str, gaz: RussianGazetteer
) -> list[Mention]:
    """The mentions with each body of STORY_BODIES added where its kind's words stand alone on
    a page naming its story."""
    named = {m.entity_id for m in mentions}
    out = list(mentions)
    for kind, body, needs, story in STORY_BODIES:
        if body not in gaz.entities or not needs <= named or not story & named:
            continue
        for sentence in sentences:
            out += _kind_alone(sentence, kind, gaz.entities[body], text, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _kind_alone(sentence: Sentence, kind, entity, text: str, found: list[Mention]):
    tokens, n = sentence.tokens, len(kind)
    lemmas = [t.lemma for t in tokens]
    for i in range(len(tokens) - n + 1):
        if tuple(lemmas[i : i + n]) != kind:
            continue
        first, last = tokens[i], tokens[i + n - 1]
        if i and lemmas[i - 1] in OTHER_QUALIFIERS:
            continue
        after = lemmas[i + n : i + n + 1 + MATTER_REACH]
        if after[:1] == ["по"] and not STORY_MATTERS & set(after):
            continue
        if any(m.start < last.end and first.start < m.end for m in found):
            continue  # inside a name already read ("Трехсторонняя контактная группа")
        yield mention_of(entity, "name", "ORG", first.start, last.end, text, sentence,
                         text[first.start : last.end])  # fmt: skip
