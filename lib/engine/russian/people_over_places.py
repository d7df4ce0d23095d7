"""A person whose given name is a place's name: "Братислава Дикич", "Виктория Хименес" are
people, not Bratislava and Victoria.

The gazetteer's phrases are matched before the model's spans, so a given name that spells a
capital or a country takes the place and leaves the surname after it unread. Where the model
read the two words as one person's name and the word after the place is a capitalised word no
phrase covers (the surname), the name is the person's: the place goes, the person is read as
the model's other people are. A place the model's person span merely touches, or one it
covers whole ("Вашингтон"), stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.gazetteer import Entity, RussianGazetteer
from lib.engine.russian.link import Mention, Sentence, mention_of
from lib.engine.russian.ner import NERSpan
from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.person_lookup import link_person
from lib.engine.russian.translit import english_name
from lib.ids import slug


def people_over_places(
    mentions: list[Mention],
    ner: Sequence[NERSpan],
    sentences: Sequence[Sentence],
    text: str,
    gaz: RussianGazetteer,
) -> list[Mention]:
    """The mentions, each place that opens a person's name the model found replaced by that
    person."""
    out = list(mentions)
    for span in ner:
        if span.label != "PER":
            continue
        inside = [m for m in out if span.start <= m.start and m.end <= span.end]
        words = text[span.start : span.end].split()
        if (
            len(inside) != 1
            or inside[0].type not in ("country", "location")
            or inside[0].start != span.start
            or len(words) < 2
            or not _surname_after(text[inside[0].end : span.end])
        ):
            continue
        place = inside[0]
        sentence = next(s for s in sentences if s.sentence_id == place.sentence_id)
        normal = inflect_nominative(words, person=True)
        person = _person(normal, gaz)
        found = mention_of(person, "name", "PERSON", span.start, span.end, text, sentence, normal)
        out[out.index(place)] = found
    return out


def _surname_after(rest: str) -> bool:
    """Only capitalised words after the place, as a surname is written."""
    words = rest.split()
    return bool(words) and all(w[:1].isupper() and w.isalpha() for w in words)


def _person(normal: str, gaz: RussianGazetteer) -> Entity:
    pid = link_person(normal.split(), gaz)
    if pid is not None:
        return gaz.entities[pid]
    latin = english_name(normal, gaz.given_names)
    return Entity(f"person:{slug(latin)}", "person", latin)
