"""Bodies named only by their kind and what they do, which no file holds: no id from their sound.

Russian news names many bodies by a kind noun and common words: "Комитет по международным делам",
"Центр стратегических оценок и прогнозов", "Киевский райсуд", "Малазийские авиалинии", "Донецкая
ОГА". Such a name is a description translated word by word in every other language (the
Foreign Affairs Committee, Malaysia Airlines), so the Latin letters of its Russian sound
("komitet-po-mezhdunarodnym-delam") name it in no table and never meet the English side's
entity: a false organisation. A body with a name of its own keeps its slug: a proper name, a
Latin or unknown word or an abbreviation other than a kind's ("Фонд РМ", "Нергиз Холдинг",
"Российский Диалог", "Украэрорух").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.text import parses
from lib.engine.russian.translit import to_english
from lib.ids import slug

# Lemmas of the nouns that say what kind of body a name is.
KIND_NOUNS = frozenset({
    "центр", "комитет", "комиссия", "совет", "суд", "райсуд", "горсуд", "администрация",
    "управление", "департамент", "служба", "министерство", "минздрав", "институт", "фонд",
    "авиалиния", "авиакомпания", "партия", "корпорация", "палата", "собрание", "штаб",
    "командование", "академия", "ассоциация", "агентство", "организация", "объединение",
})  # fmt: skip
# Ukrainian abbreviations of a kind of administration: regional, district, city, military.
KIND_ABBREVIATIONS = frozenset({"ОГА", "РГА", "ГГА", "ОВА", "ГВА"})
_WORD = re.compile(r"[^\s\-\u2013\u2014]+")  # words; a dash between them, spaced or not, is no word
PROPER = {"Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}


def _head_is_a_kind(words: Sequence[str]) -> bool:
    """The first noun (or kind abbreviation) of the name is a kind of body."""
    for word in words:
        if word in KIND_ABBREVIATIONS:
            return True
        found = parses(word.lower())
        if found and found[0].tag.POS == "NOUN":
            return found[0].normal_form.replace("ё", "е") in KIND_NOUNS
    return False


def _common(word: str, first: bool) -> bool:
    """A word of a description, by its first reading: a preposition or conjunction, an
    adjective (capitalised too: "Донецкая", "Киевский"), a kind noun, a kind's abbreviation, or
    a known common noun, capitalised only as the name's first word."""
    if word in KIND_ABBREVIATIONS:
        return True
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    found = parses(word.lower())
    if not found:
        return False
    reading = found[0]
    if reading.tag.POS in ("PREP", "CONJ", "ADJF", "PRTF"):
        return True
    if reading.normal_form.replace("ё", "е") in KIND_NOUNS:
        return True
    if word[:1].isupper() and not first:
        return False
    return reading.is_known and not PROPER & reading.tag.grammemes


def described_only(normal: str) -> bool:
    """Whether a body's nominative is a kind noun and common words, no name of its own."""
    words = _WORD.findall(normal)
    return (
        bool(words)
        and _head_is_a_kind(words)
        and all(_common(w, i == 0) for i, w in enumerate(words))
    )


def drop_described_bodies(mentions: list, known: set[str] | dict) -> list:
    """The mentions less the organisations whose id is only the sound of a described name no
    file holds (`known`: the gazetteer's entity ids)."""
    return [
        m
        for m in mentions
        if not (
            m.type == "org"
            and m.entity_id not in known
            and m.entity_id == f"org:{slug(to_english(m.normal))}"
            and described_only(m.normal)
        )
    ]
