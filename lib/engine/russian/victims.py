"""A knowledge-base poisoning told by its diagnosis or its symptoms, with its victim named in a
sentence near and not in the same phrase ("Диагноз: отравлен. Немецкие врачи нашли в организме
Навального следы токсического вещества"; "Симптомы отравления ингибиторами холинэстеразы
исчезают. Состояние Навального остается тяжелым").

News follows a poisoning for weeks through the doctors' words, and these name the poison, not the
poisoning: the victim is the patient the sentences around speak of. A poisoning's victim is the
first term of its kb_ru.csv patterns ("Навальный + отравление", "Скрипаль/Скрипаля + …").
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.engine.russian.event_patterns import KBEvent, find_all
from lib.engine.russian.link import Sentence

# Lemmas of the words that tell a poisoning by its poison or diagnosis ("отравлен",
# "отравляющим веществом", "следы токсического вещества", "ингибиторами холинэстеразы",
# "«Новичком»").
POISON_WORDS = {
    "отравление", "отравить", "отравленный", "отравлять", "отравляющий", "яд", "токсический",
    "токсичный", "ингибитор", "холинэстераза", "новичок",
}  # fmt: skip
NEAR = 2  # sentences either side where the victim may be named
POISONING = "poisoning"  # the knowledge base's type of these events


def _victims(event: KBEvent) -> set[tuple[str, ...]]:
    """The victim's names: the first term of each of the event's patterns."""
    return {alt for pattern in event.patterns for alt in pattern[0] if alt}


def _named(sentence: Sentence, events: Sequence[KBEvent]) -> set[KBEvent]:
    lemmas = [t.lemma for t in sentence.tokens]
    return {e for e in events if any(find_all(key, lemmas) for key in _victims(e))}


def poisoned_near(
    sentences: Sequence[Sentence],
    n: int,
    events: Sequence[KBEvent],
    known: set[KBEvent],
    people: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, KBEvent, str]]:
    """The poisoning a poison word of sentence n tells, whose victim that sentence or the
    nearest sentence within NEAR names; nothing when two victims are named as near, or when the
    sentence names another person ("отравление Литвиненко" is his)."""
    tokens = sentences[n].tokens
    hits = [i for i, t in enumerate(tokens) if t.lemma in POISON_WORDS]
    poisonings = [e for e in events if e.type == POISONING]
    if not hits or not poisonings or known & set(poisonings):
        return []
    # "отравления Литвиненко": the poisoning of the person named right after the word
    if any(
        i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
        and tokens[i + 1].lemma not in POISON_WORDS  # "отравлен Новичком": the poison's name
        for i in hits
    ):
        return []
    # the people the sentence names (their character spans), less a poison's name the NER read
    # as one ("отравлена Новичком")
    poisons = [(tokens[i].start, tokens[i].end) for i in hits]
    names_person = any(not any(a < e and s < b for s, e in poisons) for a, b in people)
    for distance in range(NEAR + 1):
        near = {n - distance, n + distance} & set(range(len(sentences)))
        named = set().union(*(_named(sentences[k], poisonings) for k in near))
        if distance == 0 and not named and names_person:
            return []  # a person the sentence names, not a victim of the knowledge base's
        if len(named) > 1:
            return []
        if named:
            first = hits[0]
            return [(first, first + 1, named.pop(), "pattern near its victim")]
    return []
