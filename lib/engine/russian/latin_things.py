"""A Latin name told once as a ship's, a vehicle's or an exercise's is that thing wherever the
article names it: no organisation.

Russian pages keep a warship's, a vehicle's and an exercise's own Latin name after the navy's
prefix or the Russian noun ("эсминцев — USS Donald Cook и USS Roosevelt", "флагман шестого
флота США Mount Whitney", "транспортер-амфибия PTS", "учения НАТО Anakonda"), then repeat
it bare ("Donald Cook с бортовым номером 75 вошел в состав флота"), where the model reads a body.
A name the files hold ("корабли Royal Navy") stays what they say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A navy's prefix, or a ship's, a vehicle's or an exercise's noun in any case (a hyphenated
# one too: "транспортер-амфибия") with its owner after it (its initials or "НАТО", after up to
# two words: "флагман шестого флота США"), then the Latin name (up to three capitalised words).
_TOLD = re.compile(
    r"(?:\b(?:USS|HMS|HMCS|HNLMS|FGS|TCG|ORP|ITS|ESPS)"
    r"|\b(?:[Ээ]смин|[Фф]регат|[Кк]орабл|[Кк]рейсер|[Аа]вианос|[Кк]орвет|[Уу]чени|[Мм]ан[её]вр"
    r"|[Фф]лагман|[Тт]ральщик|[Дд]есантн\w+\s+корабл|[Тт]ранспорт[её]р|[Бб]ронетранспорт[её]р"
    r"|[Бб]ронемашин|[Тт]анкер|[Сс]удн|[Сс]удов|[Сс]ухогруз|[Кк]онтейнеровоз|[Бб]уксир|[Лл]едокол"
    r"|[Тт]раулер|[Пп]аром)[а-яё]*(?:-[а-яё]+)?"
    r"(?:(?:\s+[а-яё]+){0,2}\s+(?:ВМС\s+)?(?:НАТО|США|[А-ЯЁ]{2,5}))?)"
    r"\s+[«\"“]?([A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+){0,2})"
)


# A vessel's new name, told after its noun in the same sentence ("танкере Neyma, название
# которого сменили на Nika Spirit", "судно переименовали в Sea Star").
_RENAMED = re.compile(
    r"\b(?:[Тт]анкер|[Сс]удн|[Сс]ухогруз|[Кк]онтейнеровоз|[Бб]уксир|[Кк]орабл|[Лл]едокол|[Пп]аром)"
    r"[^.!?\n]{0,80}?(?:\b(?:сменил[аи]?|изменил[аи]?)\s+на|переименова[а-яё]*\s+в)"
    r"\s+[«\"“]?([A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+){0,2})"
)


def latin_things(mentions: Sequence, text: str, known: set[str] | dict) -> list:
    """The mentions less the organisations no file holds (`known`: the gazetteer's ids) whose
    words are a ship's or an exercise's Latin name the article tells as such."""
    things = {m[1] for m in _TOLD.finditer(text)} | {m[1] for m in _RENAMED.finditer(text)}
    if not things:
        return list(mentions)
    return [
        m
        for m in mentions
        if m.type != "org"
        or m.entity_id in known
        or not any(m.surface == t or m.surface in t.split(" ", 1)[-1:] for t in things)
    ]
