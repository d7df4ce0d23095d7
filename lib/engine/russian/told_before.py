"""Event patterns completed with a name an article gave before: a head noun (заседание,
договор, соглашение, орган) takes the name the sentence before gives, or the two before in its
paragraph; a generic noun of an arms deal takes the weapon and buyer the sentence before names;
a plural pronoun takes the words of a pattern the sentence before holds ("ЕС продлил санкции
против Крыма. Впервые их ввели в 2014 году"); a bare treaty noun takes the one treaty the article
has named, however far before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lib.engine.russian.dates import _MONTH
from lib.engine.russian.event_patterns import KBEvent, Key, candidates, find_all
from lib.engine.russian.link import Sentence

# Head nouns that speak of an event named in the sentence before ("…провести заседание совета
# НАТО-Россия». «Заседание состоится 13 июля…»; "…из Договора о РСМД. … приостановить участие
# в договоре"): they take that name.
HEAD_NOUNS = {"заседание", "договор", "соглашение", "орган", "санкция"}
# Generic nouns a step of an arms deal is told by when the sentence before named the weapon
# and its buyer ("…Турция не отказывается от приобретения С-400. Комплексы начнут поступать в
# республику в следующем году"; "…первая партия С-400 поступила в Анкару. Сделка была
# заключена в 2017 году"): they take the sentence before whole.
DEAL_NOUNS = {"комплекс", "поставка", "сделка"}


def told_before(
    sentences: Sequence[Sentence], n: int, text: str, events: Sequence[KBEvent], known: set
) -> list[tuple[int, int, KBEvent, str]]:
    """What a head noun of sentence n completes with the name the sentence before gives, else
    the two before when they share its paragraph (a bare "договор" after "…выйти из Договора
    о РСМД. Об этом говорится в заявлении. …прекращение действия договора")."""
    if n == 0:
        return []
    found = _carried(sentences[n - 1], sentences[n], events, known)
    if not found and n >= 2 and "\n" not in text[sentences[n - 2].end : sentences[n].start]:
        first, second = sentences[n - 2], sentences[n - 1]
        both = Sentence(second.sentence_id, first.start, second.end, first.section,
                        first.tokens + second.tokens)  # fmt: skip
        found = _carried(both, sentences[n], events, known)
    found = found or _pronoun(sentences[n - 1], sentences[n], events, known)
    return found or _the_article_treaty(sentences, n, text, events, known)


# "их", "им", "ими", "они": a plural pronoun stands for a plural noun of the sentence before
# ("…продлил санкции против Крыма. Впервые их ввели в 2014 году").
PRONOUNS = {"они"}


def _pronoun(
    before: Sentence, sentence: Sentence, events: Sequence[KBEvent], known: set[KBEvent]
) -> list[tuple[int, int, KBEvent, str]]:
    """The patterns a plural pronoun of the sentence completes with the words of the patterns
    the sentence before holds (the noun it stands for and what names it), over this sentence's
    tokens up to the pattern's end."""
    if not any(t.lemma in PRONOUNS for t in sentence.tokens):
        return []
    words = {
        lemma for e in events for p in e.patterns for term in p for alt in term for lemma in alt
    }
    named = tuple(t for t in before.tokens if t.lemma in words)
    return _completed_by(named, sentence, before, events, known)


# A bare "договор"/"соглашение" in an article that has named one treaty, however far before,
# is that treaty ("Трамп объявил о выходе страны из соглашения", paragraphs after "Договор по
# открытому небу"); with two treaties named it is neither.
TREATY_NOUNS = {"договор", "соглашение"}


def _treaty_names(events: Sequence[KBEvent]) -> list[frozenset[Key]]:
    """The names of each treaty the patterns end with ("Договор по открытому небу/ДОН"), one
    set per treaty: the alternatives of a last term one of which is "договор …", merged where
    two terms share a name."""
    groups: list[set[Key]] = []
    for event in events:
        for pattern in event.patterns:
            names = {alt for alt in pattern[-1] if alt and alt not in ((n,) for n in TREATY_NOUNS)}
            if not any(a[0] == "договор" and len(a) > 1 for a in names):
                continue
            same = [g for g in groups if g & names]
            for g in same:
                groups.remove(g)
                names |= g
            groups.append(names)
    return [frozenset(g) for g in groups]


def _the_article_treaty(
    sentences: Sequence[Sentence], n: int, text: str, events: Sequence[KBEvent], known: set
) -> list[tuple[int, int, KBEvent, str]]:
    """What a bare treaty noun of sentence n completes with the one treaty the sentences
    before it name (TREATY_NOUNS)."""
    if not any(t.lemma in TREATY_NOUNS and t.text[:1].islower() for t in sentences[n].tokens):
        return []
    groups = _treaty_names(events)
    named: dict[int, tuple] = {}
    for sentence in sentences[:n]:
        lemmas = [t.lemma for t in sentence.tokens]
        for g, group in enumerate(groups):
            for key in group:
                for i in find_all(key, lemmas):
                    named[g] = tuple(sentence.tokens[i : i + len(key)])
    if len(named) != 1:
        return []
    sentence = sentences[n]
    name = Sentence(sentence.sentence_id, sentence.start, sentence.start, sentence.section,
                    next(iter(named.values())))  # fmt: skip
    # far from its name, "выход из договора" tells no step: only a pattern of three terms or
    # more (the act, the treaty and who announced it or when it takes effect) does, or the act
    # with its day written out ("после приостановления США действия договора 2 февраля"),
    # which the event's own day must then fit (lib.engine.russian.events)
    least = 2 if DAY.search(text[sentence.start : sentence.end]) else 3
    return _carried(name, sentence, [_long_patterns(e, least) for e in events], known)


DAY = re.compile(rf"\b[0-3]?\d\s+{_MONTH}", re.IGNORECASE)


def _long_patterns(event: KBEvent, least: int = 3) -> KBEvent:
    keep = [n for n, pattern in enumerate(event.patterns) if len(pattern) >= least]
    return replace(
        event,
        aliases=(),
        patterns=tuple(event.patterns[n] for n in keep),
        absent=tuple(event.absent[n] for n in keep),
        during=frozenset(str(i) for i, n in enumerate(keep) if str(n) in event.during),
    )


def _carried(
    before: Sentence, sentence: Sentence, events: Sequence[KBEvent], known: set[KBEvent]
) -> list[tuple[int, int, KBEvent, str]]:
    """The patterns a head noun of the sentence completes with the name the sentence before
    gives (HEAD_NOUNS; the whole sentence before for DEAL_NOUNS), over this sentence's tokens
    up to the pattern's end."""
    lemmas = {t.lemma for t in sentence.tokens}
    if not lemmas & (HEAD_NOUNS | DEAL_NOUNS):
        return []
    # the sentence before gives the name only: the words of the patterns' last terms (the
    # council's, the treaty's name), nothing else
    names = {lemma for e in events for p in e.patterns for alt in p[-1] for lemma in alt}
    named = tuple(t for t in before.tokens if t.lemma in names)
    if lemmas & DEAL_NOUNS:
        named = before.tokens  # the weapon and its buyer, wherever the sentence before has them
    return _completed_by(named, sentence, before, events, known)


def _completed_by(named: tuple, sentence: Sentence, before: Sentence, events, known) -> list:
    """The pattern matches that need the `named` tokens of the sentence before put in front of
    this one, as spans of this sentence (from its start), for events not already `known`."""
    joined = Sentence(sentence.sentence_id, before.start, sentence.end, sentence.section,
                      named + sentence.tokens)  # fmt: skip
    offset = len(named)
    return [
        (0, last - offset, event, how)
        for first, last, event, how in candidates(joined, events)
        if how.startswith("pattern") and first < offset < last and event not in known
    ]
