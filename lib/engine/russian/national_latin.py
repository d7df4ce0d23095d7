"""Latvian, Lithuanian and Turkish names as Russian writes them by sound, back in their own
Latin: "Раймондс Вейонис" is Raimonds Vējonis, "Ингрида Шимоните" Ingrida Šimonite, "Джавит
Чаглар" Cavit Çağlar (the ids drop the diacritics, as the English press mostly does:
person:cavit-caglar).
"""

from __future__ import annotations

import re

from lib.engine.russian.translit import written_back

_VOWELS = set("аеёиоуыэюя")

# Latvian letters as Russian writes them: their "j" is Russian "й" ("я", "ю", "е" after a vowel
# or at the start are "ja", "ju", "je"), the diphthongs "ai"/"ei" are "ай"/"ей", "c" is "ц",
# "h" "х", "š"/"ž"/"č" "ш"/"ж"/"ч", a soft "ņ"/"ļ" "нь"/"ль".
_LATVIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip
_LATVIAN_SOFT = {"н": "ņ", "л": "ļ"}


def _latvian_letter(word: str, i: int) -> str:
    ch, before = word[i], word[i - 1] if i else ""
    after = word[i + 1 : i + 2]
    if ch == "й" and before in ("а", "е") and after not in _VOWELS:
        return "i"  # "Раймондс": Raimonds
    if ch == "е" and i == 0:
        return "je"  # "Екабс": Jēkabs (their "e" at the start is Russian "э": "Эдгарс")
    if ch in _LATVIAN_SOFT and after == "ь":
        return _LATVIAN_SOFT[ch]  # "Кариньш": Kariņš
    return _LATVIAN.get(ch, ch)


def _latvian_word(n: int, word: str, latin: str) -> str:
    """A man's Latvian name always ends in "-s" or "-š" in the nominative ("Raimonds",
    "Rinkēvičs"); Russian often drops it ("Раймонд Бергманис", "Эдгар Ринкевич"): a word that
    ends in a consonant gets it back."""
    if word[-1:] not in _VOWELS and word[-1:] not in ("с", "ш", "ь", "й"):
        return latin + "s"
    return latin


def latvian_name(normal: str) -> str:
    """A Latvian person's name in the nominative, written back in Latvian."""
    return written_back(normal, _latvian_letter, _latvian_word)


# A Latvian man's surname as Russian writes it keeps the nominative "-s"/"-š" ("Бергманис",
# "Кариньш", "Ринкевичс"), which no Russian surname has.
LATVIAN_SURNAME = re.compile(r"(?:[^ауеиоыэяюё]с|ис|ус|ш)$")

# Turkish letters as Russian writes them: their "c" is "дж", "ç" "ч", "ş" "ш", "j" "ж", "y"
# "й", "ı" "ы", "ö"/"ü" "ё"/"ю" after a consonant, "ğ" mostly "г" or nothing ("Эрдоган"), a
# final "l" before a front vowel softened with "ь" ("Кемаль": Kemal).
_TURKISH = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ö", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "ş",
    "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "ü", "я": "ya",
}  # fmt: skip
_TURKISH_INITIAL = {"ю": "yu", "ё": "yo"}


def _turkish_letter(word: str, i: int) -> str:
    ch, before = word[i], word[i - 1] if i else ""
    if ch == "д" and word[i + 1 : i + 2] == "ж":
        return ""  # "дж" is their "c": the "ж" writes it
    if ch == "ж" and before == "д":
        return "c"
    if ch in _TURKISH_INITIAL and (i == 0 or before in _VOWELS or before == "ь"):
        return _TURKISH_INITIAL[ch]
    return _TURKISH.get(ch, ch)


def turkish_name(normal: str) -> str:
    """A Turkish person's name in the nominative, written back in Turkish."""
    return written_back(normal, _turkish_letter, lambda n, word, latin: latin)


# A Turkish surname in "-оглу" (oğlu, "son of"): "Чавушоглу".
TURKISH_SURNAME = re.compile(r"огл[уы]$")
# Turkish given names the Russian dictionary holds too, as names of Russia's own Muslim
# peoples ("Мехмет", "Наби", "Али"): beside Turkey with a surname of no post-Soviet ending
# ("Мехмет Шимшек", not "Али Абдуллаев") they are Turkish.
TURKISH_GIVEN = {
    "мехмет", "ахмет", "ахмед", "мустафа", "али", "наби", "хакан", "реджеп", "фатих", "омер",
    "ибрахим", "хасан", "хусейн", "исмаил", "юсуф", "мурат", "кемаль", "нуман", "бинали",
    "абдулла", "осман", "сулейман", "эмине", "айше", "фатма", "зейнеп", "мерве", "эрдем",
}  # fmt: skip


# Lithuanian letters as Russian writes them: their "š", "ž", "č" are "ш", "ж", "ч", their "c"
# "ц", "ch" "х", "j" "й" (and the "j" of "ja", "ju", "jo" at a word's start or after a vowel:
# "Юозас" is Juozas, "Эгидиюс" Egidijus); the "i" that softens a consonant before a vowel
# ("-ius", "-ia", "-io") is the "ю", "я", "ё" after it; "ai"/"ei" are "ай"/"ей".
_LITHUANIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
_LITHUANIAN_IOTATED = {"ю": "ju", "я": "ja", "ё": "jo"}


def _baltic_letters(table: dict[str, str], iotated: dict[str, str], iotating: set[str]):
    """A letter function for a Baltic language whose "j" Russian writes as "й": a "й" after a
    vowel and before a consonant is a diphthong's "i" ("Айварас": Aivaras, "Луйк": Luik), and
    "ю", "я", "ё" at a word's start or after one of `iotating` carry their "j"."""

    def letter(word: str, i: int) -> str:
        ch, before = word[i], word[i - 1] if i else ""
        after = word[i + 1 : i + 2]
        if ch == "й" and before in _VOWELS and after not in _VOWELS:
            return "i"
        if ch in iotated and (i == 0 or before in iotating):
            return iotated[ch]  # "Юозас": Juozas, "Эгидиюс": Egidijus
        return table.get(ch, ch)

    return letter


_lithuanian_letter = _baltic_letters(_LITHUANIAN, _LITHUANIAN_IOTATED, set("аеиоуэ"))


def lithuanian_name(normal: str) -> str:
    """A Lithuanian person's name in the nominative, written back in Lithuanian."""
    return written_back(normal, _lithuanian_letter, lambda n, word, latin: latin)


# Estonian letters as Russian writes them: their "ü", "ä", "ö", "õ" are "ю", "я", "ё", "ы" after a
# consonant ("Пятс": Päts, "Тыныс": Tõnis), and "ju", "ja", "jo" at a word's start or after a
# vowel ("Юри": Jüri keeps its ü, "Кая": Kaja); their "h" is "х", "ts" "ц", "š"/"ž" "ш"/"ж",
# "j" "й" ("Луйк": Luik, a diphthong's "i" before a consonant).
_ESTONIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ö", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "tš", "ш": "š", "щ": "štš",
    "ъ": "", "ы": "õ", "ь": "", "э": "e", "ю": "ü", "я": "ä",
}  # fmt: skip
_ESTONIAN_IOTATED = {"ю": "jü", "я": "ja", "ё": "jo"}


_estonian_letter = _baltic_letters(_ESTONIAN, _ESTONIAN_IOTATED, _VOWELS | {"ь"})


def estonian_name(normal: str) -> str:
    """An Estonian person's name in the nominative, written back in Estonian."""
    return written_back(normal, _estonian_letter, lambda n, word, latin: latin)


# Finnish letters as Russian writes them, as Estonian's ("ä", "ö" are "я", "ё" after a consonant:
# "Сипиля" is Sipilä, "Ниинистё" Niinistö; "h" is "х": "Хаависто"), but Finnish has no "õ" and
# its "y" is the "ю" after a consonant ("Кюёсти": Kyösti), its "ju" the "ю" at a word's start
# or after a vowel ("Юха": Juha, "Юсси": Jussi).
_FINNISH = {**_ESTONIAN, "ю": "y", "ы": "y"}
_FINNISH_IOTATED = {"ю": "ju", "я": "ja", "ё": "jo"}
_finnish_letter = _baltic_letters(_FINNISH, _FINNISH_IOTATED, _VOWELS | {"ь"})


def finnish_name(normal: str) -> str:
    """A Finnish person's name in the nominative, written back in Finnish."""
    return written_back(normal, _finnish_letter, lambda n, word, latin: latin)


# Swedish, Norwegian and Danish letters as Russian writes them: as Finnish's, "ё" their "ö"/"ø"
# ("Сёрейде": Søreide, written "ö", which an id keeps as "o" where it drops "ø"), "й" their "j"
# ("Йонас": Jonas, "Йонсон": Jonson), "х" their "h" ("Хультквист"), "кс" their "ks"
# ("Фредериксен": Frederiksen, not the transliteration's "x").
_SCANDINAVIAN = {**_FINNISH, "ш": "sh", "щ": "shch", "ч": "ch", "ж": "zh"}
_scandinavian_letter = _baltic_letters(_SCANDINAVIAN, _FINNISH_IOTATED, _VOWELS | {"ь"})


def scandinavian_name(normal: str) -> str:
    """A Swede's, Norwegian's or Dane's name in the nominative, written back in their Latin."""
    return written_back(normal, _scandinavian_letter, lambda n, word, latin: latin)
