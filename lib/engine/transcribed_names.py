"""A person's name written in another transcription of the same Cyrillic name: "Andrei
Parubiy" for the gazetteer's "Andriy Parubiy", "Viktor Yanukovich" for "Viktor Yanukovych",
"Alexander Turchinov" for "Oleksandr Turchynov". Outlets transcribe Russian and Ukrainian
names from either language and by their own house rules, so the given name's and the
surname's vowels, their "-iy"/"-ei"/"-ey" and "-ich"/"-ych" endings vary; the sounds do not
(lib.engine.russian.translit.sound_key)."""

from __future__ import annotations

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.resolve import name_words
from lib.engine.russian.translit import sound_key

# Gazetteer people by the sound of their given name and surname, built once per gazetteer
# (a process loads one; the table keeps it to tell it from another at the same id).


def _sound(name: str) -> tuple[str, str] | None:
    words = name_words(name)
    if len(words) < 2 or len(words[-1]) < 4:
        return None  # a short surname sounds like too many others
    return sound_key(words[0]), sound_key(words[-1])


def _people_by_sound(gaz: Gazetteer) -> dict[tuple[str, str], set[str]]:
    return gaz.index("people by sound", _by_sound)


def _by_sound(gaz: Gazetteer) -> dict[tuple[str, str], set[str]]:
    table: dict[tuple[str, str], set[str]] = {}
    for surface, (entity_id, kind) in gaz.names.items():
        if kind == "name" and entity_id.startswith("person:") and (key := _sound(surface)):
            table.setdefault(key, set()).add(entity_id)
    return table


def transcribed_person(surface: str, gaz: Gazetteer) -> Entry | None:
    """The one gazetteer person whose given name and surname sound as this full name's do."""
    key = _sound(surface)
    if key is None or len(key[1]) < 4:
        return None
    people = _people_by_sound(gaz).get(key, set())
    return gaz.entries[next(iter(people))] if len(people) == 1 else None
