"""Russian names put in the nominative: "Владимиром Путиным" -> "Владимир Путин", "Юлию
Скрипаль" -> "Юлия Скрипаль", "Министерства обороны Турции" -> "Министерство обороны
Турции" (pymorphy3's parses, with the rules for foreign names it does not know).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.engine.russian.text import parses

_NOMINATIVE = {"nomn"}


def inflect_nominative(words: Sequence[str], *, person: bool) -> str:
    """'Владимиром Путиным' -> 'Владимир Путин'; 'Министерства обороны Турции' ->
    'Министерство обороны Турции' (a person's every word; else up to the first noun)."""
    if person and (agreed := _agreed_name(words)) is not None:
        return agreed
    out = []
    head_done = False
    woman = person and _indeclinable_woman(words)
    for i, word in enumerate(words):
        if head_done or not word.isalpha():
            out.append(word)
            continue
        if woman and i == len(words) - 1:
            out.append(word)  # her surname does not decline: as written is the nominative
            continue
        found = list(parses(word))
        if person:
            named = [p for p in found if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
            found = named or found
            if woman:
                found = sorted(found, key=lambda p: p.tag.gender != "femn")
        if person and found[0].tag.number == "plur":
            out.append(word)  # a name is one person's: "Милош" is no plural of "милоша"
            continue
        form = found[0].inflect(_NOMINATIVE) if found[0].tag.case else None
        text = form.word if form else word
        out.append(_recase(text, word))
        if not person and found[0].tag.POS == "NOUN":
            head_done = True
    return " ".join(out)


_NAME_TAGS = {"Name", "Surn", "Patr"}


def _agreed_name(words: Sequence[str]) -> str | None:
    """A given name and the words after it (patronymic, surname) put in the nominative
    together: the given name's parses (pymorphy3's `Name`) tell the gender and the case, and
    every other word is read in that gender and case, by its `Surn`/`Patr`/`Name` parse
    first ("Константина Мурахтина" -> "Константин Мурахтин", not the woman's "Мурахтина";
    "Томасом Шэнноном" -> "Томас Шэннон"). A hyphenated given name agrees part by part
    ("Франком-Вальтером"). None where the first word is no given name, or no reading fits
    every word."""
    if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words[:1]):
        return None
    if _indeclinable_woman(words):
        return None  # "Юлию Скрипаль": the older rule knows her surname stays as written
    given = [
        p for part in words[0].split("-") for p in parses(part.lower()) if "Name" in p.tag.grammemes
    ]
    if not given:  # a foreign given name out of the dictionary ("Митчу"): its noun guesses
        given = [
            p
            for p in parses(words[0].split("-")[0].lower())
            if p.tag.POS == "NOUN"
            and p.tag.number == "sing"
            and p.tag.gender in ("masc", "femn")
            # a foreign name in "-и" does not decline ("Мехди", "Хайди"): no "-ь" noun's case
            and not (p.word.endswith("и") and p.normal_form.endswith("ь"))
        ]
    readings = []
    for p in given:
        key = (p.tag.gender, p.tag.case)
        if p.tag.case and key not in readings:
            readings.append(key)
    fixed = bool(given) and all("Fixd" in p.tag.grammemes for p in given)
    if fixed and _instrumental_after(words):
        # "Энтони Блинкеном": the given name does not decline, the surname tells the case
        readings = [("masc", "ablt"), *readings]
    if given and not any(p.is_known for p in given):
        # a foreign man's name in -а declines as a woman's ("Николой Димитровым"): the guess
        # says femn, the surname may say masc
        readings = [
            r for g, c in readings for r in ((g, c), ("masc", c))[: 2 if g == "femn" else 1]
        ]
        readings = list(dict.fromkeys(readings))
    bare = _bare_consonant_surname(words[-1])
    if (
        bare
        and words[0][-1:] in ("а", "я")
        and all(g == "masc" and c != "nomn" for g, c in readings)
    ):
        return " ".join(words)  # "Кая Каллас": her name as written, not Кай's genitive
    for gender, case in readings:
        if gender == "masc" and case != "nomn" and bare:
            continue  # a man's surname would decline with his given name: "Яна Лешкович" is hers
        out = []
        for i, word in enumerate(words):
            if not word.replace("-", "").isalpha() or (i == 0 and fixed):
                out.append(word)  # "Жозе", "Энтони": a given name that does not decline
                continue
            parts = [_part_nominative(part, gender, case) for part in word.split("-")]
            if any(x is None for x in parts):
                break
            out.append(
                "-".join(_recase(x, part) for x, part in zip(parts, word.split("-"), strict=True))
            )
        else:
            return " ".join(out)
    return None


# A man's name in the instrumental after a consonant ("Блинкеном", "Мануэлом", "Шульцем"):
# no nominative of a surname ends so, unlike "-а" or "-у" ("Коста", "Кисида", "Шойгу").
_INSTRUMENTAL = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ом|ем)$")


def _instrumental_after(words: Sequence[str]) -> bool:
    return any(_INSTRUMENTAL.search(w.lower()) for w in words[1:])


def _part_nominative(word: str, gender: str | None, case: str) -> str | None:
    """One word of a name in the nominative, read in the given gender and case (an
    indeclinable "Келли" as it is); None where no parse of it fits."""
    if word.isupper() and len(word) > 1:
        return word  # "II", an abbreviation
    found = [
        p
        for p in parses(word.lower())
        if (p.tag.case == case and p.tag.number != "plur") or "Fixd" in p.tag.grammemes
    ]
    fits = [
        p for p in found if p.tag.gender is None or {gender, "ms-f"} & set(p.tag.grammemes) - {None}
    ]
    if not fits and case == "ablt" and gender == "masc" and word[-1:].lower() in "оуеиэю":
        return word  # "Жозе Мануэлом Баррозу": a man's instrumental ends in -м; this one stays
    if not fits:
        declined = any("Surn" in p.tag.grammemes and p.is_known for p in found) or (
            len(word) > 4 and _MAN_INSTRUMENTAL.search(word.lower()) is not None
        )  # "Димитровым", "Стояновым": a man's case, not a woman's indeclinable surname
        if case == "nomn" or (
            gender == "femn" and word[-1:].lower() not in set("аяеёоиуыэюй") and not declined
        ):
            return word  # a woman's surname in a consonant or "ь" does not decline
        return _strip_ending(word, gender, case)
    fits.sort(
        key=lambda p: (
            p.tag.number == "plur",
            not (_NAME_TAGS & set(p.tag.grammemes)),
            p.tag.POS != "NOUN",
        )
    )
    best = fits[0]
    if "Fixd" in best.tag.grammemes:
        return word
    form = best.inflect({"nomn", gender} if best.tag.POS == "ADJF" and gender else _NOMINATIVE)
    return form.word if form else None


def _bare_consonant_surname(word: str) -> bool:
    """A surname ending in a consonant, written in its own form: one the dictionary holds in
    the nominative ("Каллас"), or one it does not know that pymorphy3 can only read as an
    indeclinable guess ("Лешкович"). Not declined, so no man's in another case."""
    found = parses(word.lower())
    if word[-1:].lower() in set("аяеёоиуыэюйь"):
        return False
    if any(p.is_known for p in found):
        return any(
            p.is_known
            and "Surn" in p.tag.grammemes
            and p.tag.case == "nomn"
            and p.tag.gender == "masc"
            for p in found
        )
    return all("Fixd" in p.tag.grammemes or p.tag.case == "nomn" for p in found)


_MAN_INSTRUMENTAL = re.compile(r"(?:[ое]вым|[иы]ным|ским|цким)$")
_MAN_ENDINGS = {  # a foreign man's name out of the dictionary: case ending -> nominative
    "gent": (("я", "ь"), ("а", ""), ("ы", "а")),  # "Николы": Никола, a man's name in -а
    "accs": (("я", "ь"), ("а", ""), ("у", "а")),
    "datv": (("ю", "ь"), ("у", ""), ("е", "а")),
    "ablt": (("ем", "ь"), ("ом", ""), ("ой", "а")),
}


def _strip_ending(word: str, gender: str | None, case: str) -> str | None:
    """ "Скрипаля" (a man's, genitive) -> "Скрипаль": the ending of a declined foreign
    surname pymorphy3 does not know, taken off by the case the given name shows."""
    if gender != "masc":
        return None
    for ending, nominative in _MAN_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return None


def _indeclinable_woman(words: Sequence[str]) -> bool:
    """A given name out of the nominative that may be a man's or a woman's ("Юлию": Юлий's
    dative or Юлия's accusative) before a surname ending in a consonant or "ь" ("Скрипаль"),
    which declines for a man only: a woman ("Юлию Скрипаль" is Юлия Скрипаль)."""
    if len(words) < 2 or words[-1][-1:].lower() in set("аяеёоиуыэюй") or not words[-1].isalpha():
        return False
    given = [p for p in parses(words[0]) if "Name" in p.tag.grammemes]
    return len({p.tag.gender for p in given}) > 1 and not any(p.tag.case == "nomn" for p in given)


def _recase(new: str, old: str) -> str:
    if new.lower().replace("ё", "е") == old.lower().replace("ё", "е") and not any(
        p.is_known for p in parses(old.lower())
    ):
        return old  # "Хефферн", out of the dictionary: pymorphy3's guess "Хеффёрн" adds no letter
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
