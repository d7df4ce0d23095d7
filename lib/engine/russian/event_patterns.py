"""The Russian forms of the knowledge base's events (data/events/kb_ru.csv) and where they
stand in a sentence: aliases and patterns matched on lemma sequences, so that any case fits
("об уничтожении Су-24", "на саммите НАТО в Лондоне"). The syntax: `|` between aliases, a
pattern's terms joined by ` + `, alternatives by `/`, a term `-a/b` lists words or phrases
that must be absent from the sentence, `#during` marks a generic form; a pattern's n terms lie
within PATTERN_SPAN × (n − 1) + 6 tokens. A pattern's verb is met by its nouns of action too
("приостановить" by "приостановление", lib.engine.russian.verbal_nouns).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lib.engine import eventkb
from lib.engine.eventkb import DURING, EVENTS_DIR
from lib.engine.russian.link import Sentence
from lib.engine.russian.state_compounds import with_state_compounds
from lib.engine.russian.text import tokenize
from lib.engine.russian.verbal_nouns import nouns_of
from lib.engine.russian.year_from_page import without_year

RUSSIAN_KB = EVENTS_DIR / "kb_ru.csv"
PATTERN_SPAN = 10  # tokens per term of a pattern: its terms lie within this many times (n - 1) + 6
YEAR_SUFFIX = re.compile(r"(?<=[^\W\d])-(?:19|20)\d\d$")

Key = tuple[str, ...]


@dataclass(frozen=True)
class KBEvent(eventkb.KnownEvent):
    """A knowledge-base event (id, name, type, days: eventkb.KnownEvent) with its Russian forms."""

    aliases: tuple[Key, ...]
    patterns: tuple[tuple[tuple[Key, ...], ...], ...]  # terms, each a tuple of alternatives
    absent: tuple[frozenset[Key], ...] = ()  # per pattern: phrases that must not be there
    during: frozenset[str] = frozenset()  # "alias" and/or pattern indexes marked #during
    place: str = ""  # kb.csv's place ("Paris, France"): where a meeting or summit was held
    participants: tuple[str, ...] = ()  # kb.csv's main actors ("person:vladimir-putin")


def phrase_key(phrase: str) -> Key:
    """The lemma sequence a form of kb_ru.csv is matched by, a state's joining form read as its
    adjective as in the text (lib.engine.russian.state_compounds: "российско-украинская война")."""
    tokens = tokenize(phrase)
    return tuple(with_state_compounds(tokens, [t.lemma for t in tokens]))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


# A state written in full wherever its short name is accepted ("президента Российской
# Федерации", "Соединенные Штаты Америки"): each form of kb_ru.csv with a short name gets these.
FULL_NAMES: dict[str, tuple[Key, ...]] = {
    "россия": (("российский", "федерация"),),
    "рф": (("российский", "федерация"),),
    "сша": (("соединить", "штат", "америка"), ("соединить", "штат")),
}

# The field's other words for a summit, wherever kb_ru.csv says "саммит": "итоговая
# декларация встречи в верхах", "встреча на высшем уровне лидеров стран-союзников".
SUMMIT_WORDS: dict[str, tuple[Key, ...]] = {
    "саммит": (("встреча", "в", "верх"), ("встреча", "на", "высокий", "уровень")),
}
SAME_MEANING = FULL_NAMES | SUMMIT_WORDS


def with_full_names(keys: Sequence[Key]) -> tuple[Key, ...]:
    """The keys, and each with a state's short name written in full (FULL_NAMES) and a summit
    in the field's other words (SUMMIT_WORDS)."""
    out = list(keys)
    for key in keys:
        for i, lemma in enumerate(key):
            out += [key[:i] + full + key[i + 1 :] for full in SAME_MEANING.get(lemma, ())]
    return tuple(dict.fromkeys(out))


def with_year_apart(keys: Sequence[Key]) -> tuple[Key, ...]:
    """The keys, and each name glued to its year written with a space or nothing between
    ("Восток-2018" as "Восток 2018", "Восток2018"), as the agencies also write it."""
    out = list(keys)
    for key in keys:
        for i, lemma in enumerate(key):
            if YEAR_SUFFIX.search(lemma):
                name, year = lemma.rsplit("-", 1)
                out.append(key[:i] + (name, year) + key[i + 1 :])
    return tuple(dict.fromkeys(out))


def with_verbal_nouns(keys: Sequence[Key]) -> tuple[Key, ...]:
    """The keys, and each with a verb written as its noun of action ("приостановить" →
    "приостановление"; lib.engine.russian.verbal_nouns): the agencies nominalise."""
    out = list(keys)
    for key in keys:
        for i, lemma in enumerate(key):
            out += [key[:i] + (noun,) + key[i + 1 :] for noun in nouns_of(lemma)]
    return tuple(dict.fromkeys(out))


# A surname in -ов/-ев/-ин is declined as a surname, which the out-of-context first parse reads
# as other words by case ("Рябков" -> "рябок", "Рябковым" -> "рябков", "Рябкова" -> "рябкова").
SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")
SURNAME_ENDINGS = ("а", "у", "ым", "е")


def with_surname_forms(alternatives: Sequence[str]) -> list[Key]:
    """The keys of a term's alternatives, and a surname's (SURNAME) the keys of its case forms
    too, so that "Рябков" in kb_ru.csv meets "с Сергеем Рябковым"."""
    out = [phrase_key(alt) for alt in alternatives]
    for alt in alternatives:
        if SURNAME.fullmatch(alt.strip()):
            out += [phrase_key(alt.strip() + end) for end in SURNAME_ENDINGS]
    return list(dict.fromkeys(out))


def parse_pattern(text: str) -> tuple[tuple[Key, ...], ...]:
    return tuple(
        with_full_names(
            with_verbal_nouns(with_surname_forms([a for a in term.split("/") if a.strip()]))
        )
        for term in text.replace(DURING, "").split(" + ")
        if term.strip() and not term.strip().startswith("-")
    )


def _absent(text: str) -> frozenset[Key]:
    """The phrases of a pattern's `-a/b` terms: one word each, or several in a row ("-выход
    России": Russia's withdrawal, not any withdrawal)."""
    return frozenset(
        with_full_names(
            [
                phrase_key(alt)
                for term in text.split(" + ")
                if term.strip().startswith("-")
                for alt in term.strip()[1:].split("/")
                if phrase_key(alt)
            ]
        )
    )


def _event(event: eventkb.KBEvent, row: dict) -> KBEvent:
    aliases = _split(row["aliases"])
    patterns = [(t, parse_pattern(t)) for t in _split(row["patterns"])]
    patterns = [(t, p) for t, p in patterns if len(p) > 1]
    # a pattern's year may be the page's (lib.engine.russian.year_from_page): read without it,
    # in the event's weeks (#during)
    patterns += [
        (f"{DURING} {t}", kept)
        for t, p in patterns
        if DURING not in t and (kept := without_year(p)) is not None
    ]
    during = {str(i) for i, (t, _) in enumerate(patterns) if DURING in t}
    if any(DURING in a for a in aliases):
        during.add("alias")
    return KBEvent(
        event.event_id,
        event.name,
        event.type,
        event.start,
        event.end,
        with_year_apart(
            with_full_names(
                [
                    phrase_key(a.replace(DURING, ""))
                    for a in aliases
                    if a.replace(DURING, "").strip()
                ]
            )
        ),
        tuple(p for _, p in patterns),
        tuple(_absent(t) for t, _ in patterns),
        frozenset(during),
        getattr(event, "place", ""),
        tuple(getattr(event, "participants", ())),
    )


@cache
def load_events(
    kb: tuple[eventkb.KBEvent, ...] | None = None, russian: Path = RUSSIAN_KB
) -> tuple[KBEvent, ...]:
    """The knowledge base's events (lib.engine.eventkb: kb.csv and the run's own files) that
    have Russian forms in kb_ru.csv, in the knowledge base's order."""
    english = kb if kb is not None else eventkb.load_kb()
    if not Path(russian).exists():
        return ()
    with Path(russian).open(encoding="utf-8", newline="") as handle:
        forms = {r["event_id"].strip(): r for r in csv.DictReader(handle)}
    unknown = sorted(set(forms) - {e.event_id for e in english})
    if unknown:
        raise ValueError(f"{russian}: events not in the knowledge base: {unknown}")
    return tuple(
        _event(event, forms[event.event_id]) for event in english if event.event_id in forms
    )


@cache
def event_words(russian: Path = RUSSIAN_KB) -> frozenset[tuple[str, ...]]:
    """The abbreviations kb_ru.csv names treaty events by ("ДРСМД", "РСМД", "ДСНВ"): a treaty, not an
    organisation, when the NER takes one for a body."""
    if not Path(russian).exists():
        return frozenset()
    treaties = {e.event_id for e in eventkb.load_kb() if e.type == "treaty"}
    with Path(russian).open(encoding="utf-8", newline="") as handle:
        cells = [
            r["aliases"] + "|" + r["patterns"]
            for r in csv.DictReader(handle)
            if r["event_id"].strip() in treaties
        ]
    words = re.findall(r"(?<![\w-])[А-ЯЁ]{3,}(?![\w-])", " ".join(cells))
    return frozenset(phrase_key(w) for w in words)


def _at(key: Key, lemmas: Sequence[str], i: int) -> bool:
    """The key's lemmas at token i; a token "juncture-2018" is also "juncture" (a name with its
    year joined by a hyphen), so "Trident Juncture-2018" is Trident Juncture and "Запад-2017"
    still Запад-2017."""
    return all(
        lemma == k or YEAR_SUFFIX.sub("", lemma) == k or _reflexive(lemma) == k
        for k, lemma in zip(key, lemmas[i : i + len(key)], strict=True)
    )


def _reflexive(lemma: str) -> str | None:
    """A reflexive verb's lemma without -ся ("присоединиться" -> "присоединить"): "Крым
    присоединился к России" tells what "присоединить Крым" does."""
    return lemma[:-2] if len(lemma) > 5 and lemma.endswith(("ться", "тись")) else None


def _find(key: Key, lemmas: Sequence[str]) -> int:
    n = len(key)
    for i in range(len(lemmas) - n + 1):
        if _at(key, lemmas, i):
            return i
    return -1


def find_all(key: Key, lemmas: Sequence[str]) -> list[int]:
    n = len(key)
    return [i for i in range(len(lemmas) - n + 1) if _at(key, lemmas, i)]


def _place(
    pattern: tuple[tuple[Key, ...], ...],
    lemmas: Sequence[str],
    present: set[str],
    inserted: frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """The tightest (first, last) tokens where every term of the pattern is met, each term
    by the occurrence nearest the first term's, if close enough (PATTERN_SPAN); the tokens of
    a date between the terms (`inserted`) are not counted ("введенных США в декабре прошлого
    года ограничений": the date set into the phrase lengthens it, not its distance)."""
    hits = [
        [
            (i, i + len(alt))
            for alt in term
            if alt and alt[0] in present
            for i in find_all(alt, lemmas)
        ]
        for term in pattern
    ]
    if not all(hits):
        return None
    best = None
    for anchor in hits[0]:
        spots = [anchor] + [min(h, key=lambda s: abs(s[0] - anchor[0])) for h in hits[1:]]
        first, last = min(s for s, _ in spots), max(e for _, e in spots)
        length = last - first - sum(1 for i in inserted if first <= i < last)
        if length <= PATTERN_SPAN * (len(pattern) - 1) + 6 and (
            best is None or last - first < best[1] - best[0]
        ):
            best = (first, last)
    return best


# "ограничения против подрядчиков", "рестрикции в отношении России": restrictions aimed at a
# target are sanctions, the agencies' other word for them; "ограничения на ввоз" are not.
RESTRICTIONS = {"ограничение", "рестрикция"}
AIMED = (("против",), ("в", "отношение"))
AIM_REACH = 4  # tokens after the noun where its target's preposition may stand


def as_sanctions(lemmas: Sequence[str]) -> list[str]:
    """The lemmas, a word of restrictions aimed "против"/"в отношении" someone read as
    "санкция" (RESTRICTIONS)."""
    out = list(lemmas)
    for i, lemma in enumerate(lemmas):
        if lemma in RESTRICTIONS and any(
            tuple(lemmas[j : j + len(aim)]) == aim
            for aim in AIMED
            for j in range(i + 1, min(len(lemmas), i + 1 + AIM_REACH))
        ):
            out[i] = "санкция"
    return out


def candidates(
    sentence: Sentence,
    events: Sequence[KBEvent],
    *,
    dates: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, KBEvent, str]]:
    """(first token, last token, event, how) for every alias or full pattern; `how` is
    "alias" or "pattern", with " #during" when the form found is so marked. `dates` are the
    text spans of the sentence's date expressions, which do not count in a pattern's reach."""
    inserted = frozenset(
        i
        for i, t in enumerate(sentence.tokens)
        if any(start <= t.start and t.end <= end for start, end in dates)
    )
    lemmas = as_sanctions(with_state_compounds(sentence.tokens, [t.lemma for t in sentence.tokens]))
    # a phrase whose first lemma is not in the sentence is not searched
    present = set(lemmas) | {YEAR_SUFFIX.sub("", lemma) for lemma in lemmas}
    present |= {r for lemma in lemmas if (r := _reflexive(lemma))}
    found = []
    for event in events:
        for alias in event.aliases:
            i = _find(alias, lemmas) if alias and alias[0] in present else -1
            if i >= 0:
                marked = " " + DURING if "alias" in event.during else ""
                found.append((i, i + len(alias), event, "alias" + marked))
                break
        else:
            # a plain pattern before a #during one: it links whatever the day
            order = sorted(range(len(event.patterns)), key=lambda n: str(n) in event.during)
            for n in order:
                pattern = event.patterns[n]
                if not all(any(alt and alt[0] in present for alt in term) for term in pattern):
                    continue
                if n < len(event.absent) and any(
                    key[0] in present and _find(key, lemmas) >= 0 for key in event.absent[n]
                ):
                    continue
                place = _place(pattern, lemmas, present, inserted)
                if place is not None:
                    marked = " " + DURING if str(n) in event.during else ""
                    found.append((*place, event, "pattern" + marked))
                    break
    return found
