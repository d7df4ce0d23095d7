"""Cyrillic names in Latin letters, and the keys that let a Russian spelling meet an
English one ("Столтенберг" -> "Stoltenberg", "Захарова" -> "Zakharova").

The transliteration is cyrtranslit's Russian table. Its spellings are not the English
press's (it writes "Zaharova", "Sergej", "SHojgu"), so names are compared by a key that
forgets what the two conventions write differently: kh/h, ts/c/k, y/j/i, doubled letters
(ch is kept apart as q).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import cyrtranslit
import iuliia
from nicknames import name_triplets
from rapidfuzz import fuzz

from lib.engine.russian.census_names import census_surnames, given_name_share
from lib.engine.russian.english_surnames import english_surname
from lib.engine.russian.places import english_city
from lib.engine.russian.russian_transcription import (
    english_given_name_spelt,
    english_surname_spelt,
    spelt_as_english_surname,
)
from lib.engine.russian.text import parses
from lib.ids import slug

GIVEN_NAMES_FILE = "given_names_ru.csv"
_NON_LETTERS = re.compile(r"[^a-z]+")
_KEY_RULES = (
    ("shch", "sh"),
    ("shh", "sh"),
    ("dzh", "j"),
    ("cz", "c"),
    ("ch", "q"),
    ("kh", "h"),
    ("zh", "j"),
    ("ts", "c"),
    ("tz", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("w", "v"),
    ("c", "k"),
)
_VOWEL_GLIDES = re.compile(r"[yji]")
_DOUBLES = re.compile(r"(.)\1+")


def to_latin(text: str) -> str:
    """'Игорь Воронченко' -> 'Igor Voronchenko'; 'Эрдоган' -> 'Erdogan' (cyrtranslit, with
    its apostrophes for ь and э dropped and each word capitalised as written)."""
    latin = cyrtranslit.to_latin(text, "ru").replace("'", "")
    words = re.split(r"(\s+|-)", latin)
    return "".join(w[:1] + w[1:].lower() if w[:1].isupper() else w for w in words)


def latin_slug(text: str) -> str:
    """The id slug of a Russian name: 'Игорь Воронченко' -> 'igor-voronchenko'."""
    return slug(to_latin(text))


def name_key(word: str) -> str:
    """A spelling-insensitive key of one Latin or Cyrillic name:
    'Zakharova', 'Захарова' -> 'zaharova'; 'Shoigu', 'Шойгу' -> 'shogu'."""
    latin = to_latin(word) if re.search(r"[\u0400-\u04ff]", word) else word
    key = _NON_LETTERS.sub("", slug(latin))
    for old, new in _KEY_RULES:
        key = key.replace(old, new)
    key = key[:1] + _VOWEL_GLIDES.sub("", key[1:])
    return _DOUBLES.sub(r"\1", key)


# --- English-press spellings -------------------------------------------------------------
# cyrtranslit writes "Aleksej Chalyj", "Zaharova": fine for keys, not for the ids an English
# reader meets. The ids of people, places and bodies no gazetteer holds are written in
# iuliia's "wikipedia" schema, the practical transcription of the English press (-ий/-ый ->
# -y, й -> y, х -> kh, ж -> zh, ц -> ts, е -> ye at the start: "Aleksey Chaly",
# "Yevgeny"), and a given name by its English equivalent where it has one ("Вальтер" ->
# Walter, "Джон" -> John: data/gazetteer/given_names_ru.csv).


def to_english(text: str) -> str:
    """'Алексей Чалый' -> 'Aleksey Chaly'; 'Мурахтин' -> 'Murakhtin' (iuliia's wikipedia
    schema, with its apostrophes dropped)."""
    return iuliia.WIKIPEDIA.translate(text).replace("’", "").replace("'", "")


@cache
def given_name_table(path: Path | None = None) -> dict[str, str]:
    """Russian given names -> their English equivalents ("вальтер" -> "Walter")."""
    path = path or Path(__file__).resolve().parents[3] / "data" / "gazetteer" / GIVEN_NAMES_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["ru"].strip().lower(): row["en"].strip() for row in csv.DictReader(handle)}


def english_given_name(
    word: str, known: dict[str, str] | None = None, foreign: bool = False
) -> str:
    """'Вальтер' -> 'Walter'; 'Франк-Вальтер' -> 'Frank-Walter' (the table, else the names the
    gazetteer pairs in both languages, else an English given name that sounds the same,
    else the transcription). `foreign`: the person's surname is no Russian one."""
    parts = []
    for part in word.split("-"):
        lower = part.lower()
        parts.append(
            given_name_table().get(lower)
            or (known or {}).get(lower)
            or _english_given_heard(part, foreign)
        )
    return "-".join(parts)


def _english_given_heard(part: str, foreign: bool) -> str:
    """A given name no table holds: the English one of its sound, else the transcription,
    else (of a foreign person, where that is no census given name: "Ник" is not "Nik"; a
    "Rudolf" stays) the census given name Russian writes so ("Nick")."""
    name = _english_given_by_sound(part, foreign) or to_english(part)
    if foreign and given_name_share(name) == 0:
        return english_given_name_spelt(part) or name
    return name


# Letters of Russian's transcription that no English spelling has: "Джессика" (Dzhessika) and
# "Херман" (Kherman) of a foreign person are an English name heard, whatever the dictionary.
_RUSSIAN_DIGRAPHS = re.compile(r"dzh|kh|zh")


@cache
def _given_sounds() -> dict[str, tuple[str, ...]]:
    """English given names (the nicknames package's) by their sound key."""
    names = {t.name1 for t in name_triplets()} | {t.name2 for t in name_triplets()}
    index: dict[str, list[str]] = {}
    for name in sorted(names):
        index.setdefault(sound_key(name), []).append(name)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _english_given_by_sound(word: str, foreign: bool = False) -> str | None:
    """'Венди' -> 'Wendy': a foreign given name the Russian dictionary does not hold, as the
    English given name of the same sound closest to its transcription. Names the dictionary
    holds ("Майк", "Рекс") are left to the table: their sound fits too many English names."""
    if len(word) < 4:
        return None
    if _known_given_name(word) and not (
        foreign and _RUSSIAN_DIGRAPHS.search(to_english(word).lower())
    ):
        return None
    candidates = _given_sounds().get(sound_key(word), ())
    if not candidates:
        return None
    latin = to_english(word).lower()
    top = max(fuzz.ratio(name, latin) for name in candidates)
    if top < 60:  # "Дуайт" and "Dot" share a key, not a name
        return None
    # of the spellings about as close, the commonest ("Стефани": Stephanie, not Stephani)
    near = [n for n in candidates if fuzz.ratio(n, latin) >= top - NEAR_SPELLING]
    best = max(near, key=lambda name: (given_name_share(name), fuzz.ratio(name, latin), name))
    if _final_vowel(best) != _final_vowel(latin):
        return None  # "Никола" is not "Nikole": a final vowel tells a name apart
    return best[:1].upper() + best[1:]


NEAR_SPELLING = 10  # fuzz points within which two spellings are equally near a transcription


def _final_vowel(name: str) -> str:
    """The vowel a name ends with as heard: "-ie" and "-y" are Russian "-и" (Stephanie)."""
    return re.sub(r"(?:ie|y)$", "i", name)[-1:]


def _known_given_name(word: str) -> bool:
    return any("Name" in p.tag.grammemes and p.is_known for p in parses(word.lower()))


def english_name(normal: str, known: dict[str, str] | None = None) -> str:
    """A Russian person's name in the nominative as the English press writes it:
    'Франк-Вальтер Штайнмайер' -> 'Frank-Walter Shtaynmayer' (the link to the gazetteer's
    Steinmeier is `sound_key`'s job), 'Алексей Чалый' -> 'Alexei Chaly'."""
    words = normal.split()
    if len(words) < 2:
        return to_english(normal)
    # a surname Russian writes as it writes a common English one is foreign whatever its
    # ending ("Бейли", "Келли": Bailey, Kelly or Kelley, not a Georgian "-ли")
    foreign = not _NATIVE_SURNAME.search(words[-1].lower()) or spelt_as_english_surname(
        words[-1]
    )
    given = english_given_name(words[0], known, foreign)
    # an English given name ("Бен", "Стивен") tells an English surname; "Джорджа Мелони" is
    # Italian, and her surname no Maloney
    english = given_name_share(given.split("-")[0]) >= ENGLISH_GIVEN_SHARE
    name = " ".join([given, *(_surname(w, english=english) for w in words[1:])])
    return name if foreign else _RUSSIAN_INNER_Y.sub("i", name)


# A Russian name's "й" between "а", "е", "о" or "у" and a consonant is "i", as the gazetteer
# writes Russia's people (Suraikin, Shoigu) and their given names (Sergei, Nikolai, Alexei):
# "Айтеч Бижев" is Aitech Bizhev, not the transcription's Aytech. "ий" inside a name keeps the
# press's "iy" (Korniychuk), a final "-ой"/"-ый" its "-oy"/"-y" (Lozovoy).
_RUSSIAN_INNER_Y = re.compile(r"(?<=[aeouAEOU])y(?=[bcdfghjklmnpqrstvwxz])")


ENGLISH_GIVEN_SHARE = 0.01  # per cent of Americans: Ned, Dylan are; Boris, Haakon are not


def _surname(word: str, *, english: bool = True) -> str:
    """A surname as the English press writes it: a foreign one of an English-speaking person
    as the common English surname Russian writes so ('Брукс' -> 'Brooks': the exact spelling
    first), else the one of its sound ('Роудс' -> 'Rhodes'), else as transcribed."""
    latin = _transcribed(word)
    if not english:
        return latin
    if latin.startswith("Mc"):
        return english_surname_spelt(word) or latin  # "Маккензи": McKenzie
    if _NATIVE_SURNAME.search(word.lower()):
        return _spelt(word, latin) or latin  # "Бейли" as Russian writes Bailey
    return _spelt(word, latin) or english_surname(latin, sound_key) or latin


def _spelt(word: str, latin: str) -> str | None:
    """The census surname Russian writes as `word`, unless the transcription is a census
    surname itself ("Кеннан": Kennan, a surname as it is)."""
    return None if latin.lower() in census_surnames() else english_surname_spelt(word)


def _transcribed(word: str) -> str:
    """'Макконнелл' -> 'McConnell', 'Маккейн' -> 'McCeyn': the Scottish and Irish Mc- that
    Russian writes Макк-; 'Уорк' -> 'Work': the English W- that Russian writes У-."""
    if word.startswith("Макк") and len(word) > 5:
        return "McC" + to_english(word[4:])
    if re.match(r"У[оиэ]", word):  # English W- before a vowel: "Уорк" is Work, "Уилсон" Wilson
        return "W" + to_english(word[1:])
    if not _NATIVE_SURNAME.search(word.lower()):
        # Russian writes a foreign H as "х" ("Херманн", "Ханссен"): the English press's H; an
        # English x as "кс" after a vowel ("Максвелл", "Фокс"), -well as "-велл" ("Колдуэлл" is
        # Caldwell by its "уэ", "Максвелл" Maxwell by its "в")
        word = re.sub(r"(?<=[аеиоуыэюя])кс", "x", word.replace("Х", "H").replace("х", "h"))
        return re.sub(r"vell$", "well", to_english(word))
    return to_english(word)


# Surname endings of Russia's and its neighbours' names, whose "х" the English press writes
# "kh" (Khomchak, Khachaturyan, Khutsishvili); a surname without one is foreign.
_NATIVE_SURNAME = re.compile(
    r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой|ая)|[ыиоа]й|ая|[оеи]ва|[иы]на|ич|[ео]нко|[ую]к|[ая]к|ик|ец"
    r"|[иы]х|ян[ц]?|швили|дзе|ия|ава|ани|ли|ко|ло|ба|ха|[её]нок)$"
)


def native_surname(surname: str) -> bool:
    """A surname with an ending of Russian and the other post-Soviet surnames ("Липаев",
    "Шевченко", "Саакашвили")."""
    return _NATIVE_SURNAME.search(surname.lower()) is not None


# --- a phonetic key for names across the two scripts ------------------------------------
_SOUND_RULES = (
    (r"^sht", "st"),  # German St-, Sp- as Russian writes them: Штайнмайер, Шпан
    (r"^shp", "sp"),
    (r"tsch", "ch"),
    (r"sch", "sh"),
    (r"tch", "ch"),
    (r"shch", "sh"),
    (r"dzh", "j"),
    (r"dj", "j"),  # "Srdjan", "Djukanovic": Срджан, Джуканович
    (r"zh", "z"),  # Ž, Ş, Š lose their marks in English: "Dusko" is Душко
    (r"kh", "h"),
    (r"sh", "s"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"ck", "k"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"q", "k"),
    (r"ic$", "ich"),  # Serbo-Croatian -ić: "Markovic" is Маркович
    (r"ch", "C"),
    (r"t[sz]", "C"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"C", "c"),
    (r"(?<=[aeiouy])h(?![aeiouy])", ""),  # "Abdullah", "John"
    (r"(?<=[aeiouy])j(?=[aeiouy])", "y"),  # "Vujanovic": Вуянович
    (r"[aeiouy]+", "a"),
    (r"(.)\1+", r"\1"),
)
_SOUND_COMPILED = tuple((re.compile(a), b) for a, b in _SOUND_RULES)


def sound_key(word: str) -> str:
    """A coarse phonetic key of one name word in either script, for linking a Russian
    spelling to the English one it stands for: consonants as they sound, every run of
    vowels one 'a'. 'Steinmeier', 'Штайнмайер' -> 'stanmar'; 'Markovic', 'Маркович' ->
    'markavac'; 'Shannon', 'Шэннон' -> 'sanan'."""
    latin = to_english(word) if re.search(r"[\u0400-\u04ff]", word) else word
    key = _NON_LETTERS.sub("", slug(latin))
    for pattern, replacement in _SOUND_COMPILED:
        key = pattern.sub(replacement, key)
    return key


# Serbian, Croatian, Montenegrin, Bosnian, Slovene and Macedonian names as Russian writes
# them, back to their own Latin spelling, which the English press keeps (diacritics aside):
# "Миливое Катнич" -> "Milivoje Katnić", "Игор Лукшич" -> "Igor Lukšić". "дж" is đ, which the
# English press writes "dj" (Djukanović); a given name in "-ой"/"-ое" is their "-oje". Russian "е" after
# a vowel is their "je", "ль"/"нь" their "lj"/"nj", a surname's "-ич" their "-ić".
_SOUTH_SLAVIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šć",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяaeiou")


def written_back(
    normal: str, letter: Callable[[str, int], str], finish: Callable[[int, str, str], str]
) -> str:
    """A name Russian writes by sound, back in its own Latin: each word letter by letter
    (`letter(word, i)`: the Latin of the word's i-th letter, the word in lower case), then
    `finish(n, word, latin)` for what depends on the whole n-th word, then capitalised
    (each part of a hyphenated word)."""
    out = []
    for n, word in enumerate(normal.split()):
        lower = word.lower()
        text = finish(n, lower, "".join(letter(lower, i) for i in range(len(lower))))
        out.append("-".join(part[:1].upper() + part[1:] for part in text.split("-")))
    return " ".join(out)


def _south_slavic_letter(word: str, i: int) -> str:
    ch, prev = word[i], word[i - 1] if i else ""
    if ch == "ж" and prev == "д":
        return "j"  # "дж" is their đ, the English press's "dj" (the "д" is "d" already)
    if ch == "е" and prev in _VOWELS:
        return "je"
    if ch == "ь" and prev in "лнд":
        return "j"  # "ль", "нь" their lj, nj; "дь" before a vowel their đ ("Дьордье": Djordje)
    if ch in "юяеё" and prev == "ь":
        return _SOUTH_SLAVIC[ch][-1]  # the soft sign wrote the "j": "Сербольюб" is -ljub
    return _SOUTH_SLAVIC.get(ch, ch)


def _south_slavic_word(n: int, word: str, latin: str) -> str:
    if n == 0 and word.endswith("ой"):
        latin = latin[:-2] + "oje"  # "Миливой" as "Миливое" (already "-oje"): Milivoje
    if word.endswith("ич"):
        latin = latin[:-2] + "ić"
    return latin


def south_slavic_name(normal: str) -> str:
    """A South Slavic person's name in the nominative, written back in its own Latin."""
    return written_back(normal, _south_slavic_letter, _south_slavic_word)


# Romanian and Moldovan names as Russian writes them, back to their own Latin (diacritics
# aside, as the English press writes them): "Дачиан Чолош" -> "Dacian Ciolos". Russian "ч"
# is their "c" before e/i and "ci" before the other vowels, "к"/"г" before e/i their
# "ch"/"gh", "ш" their "ș" (s), "ц" their "ț" (t), "ж" their "j", "х" their "h", "э" their
# "ă" (a).
_ROMANIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "t", "ш": "s", "щ": "st",
    "ъ": "", "ы": "i", "ь": "", "э": "a", "ю": "iu", "я": "ia",
}  # fmt: skip
_FRONT = set("еи")  # "э" is their "ă", a back vowel: "Киртоакэ" is Chirtoacă, not -cha


def _romanian_letter(word: str, i: int) -> str:
    ch, after = word[i], word[i + 1] if i + 1 < len(word) else ""
    if ch == "ч":
        return "c" if after in _FRONT else "ci"
    if ch in "кг" and after in _FRONT:
        return _ROMANIAN[ch] + "h"
    if ch in "яю" and i and word[i - 1] == "й":
        return _ROMANIAN[ch][1:]  # "йя" is one "i" before the vowel: "Майя" is Maia
    return _ROMANIAN.get(ch, ch)


def romanian_name(normal: str) -> str:
    """A Romanian or Moldovan person's name in the nominative, written back in its Latin."""
    return written_back(
        normal, _romanian_letter, lambda n, word, latin: latin.replace("cii", "ci")
    )


# Ukrainian names as Russian writes them, in the state's own transliteration (the Cabinet of
# Ministers' table of 2010, which Ukrainian passports and the English press follow): "Игорь
# Воронченко" is Ihor Voronchenko. Russian "г" is their "h", "и" their "y"; the given names
# Russian and Ukrainian share in other forms ("Игорь" — Ігор, "Александр" — Олександр) by
# their Ukrainian form.
_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "e", "ё": "io", "ж": "zh", "з": "z",
    "и": "y", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# A word's first letter: Ukrainian "Є" is Russian "Е" there (their own "Е" opens only loans,
# which Russian writes "Э": "Едуард" is "Эдуард"), so "Ермак" is Yermak.
_UKRAINIAN_INITIAL = {"й": "y", "ю": "yu", "я": "ya", "ё": "yo", "е": "ye"}
UKRAINIAN_GIVEN = {
    "александр": "Oleksandr", "алексей": "Oleksii", "андрей": "Andrii", "анатолий": "Anatolii",
    "богдан": "Bohdan", "василий": "Vasyl", "виктор": "Viktor", "виталий": "Vitalii",
    "владимир": "Volodymyr", "вячеслав": "Viacheslav", "геннадий": "Hennadii",
    "георгий": "Heorhii", "григорий": "Hryhorii", "дмитрий": "Dmytro", "евгений": "Yevhen",
    "игорь": "Ihor", "илья": "Illia", "кирилл": "Kyrylo", "михаил": "Mykhailo",
    "николай": "Mykola", "олег": "Oleh", "павел": "Pavlo", "петр": "Petro", "пётр": "Petro",
    "сергей": "Serhii", "степан": "Stepan", "тарас": "Taras", "юрий": "Yurii",
    "ярослав": "Yaroslav", "анна": "Hanna", "елена": "Olena", "екатерина": "Kateryna",
    "ирина": "Iryna", "наталья": "Nataliia", "наталия": "Nataliia", "ольга": "Olha",
    "татьяна": "Tetiana", "юлия": "Yuliia",
    # Where Ukrainian writes "і" for the Russian form's "и", "е" or "о" (Леонід, Іван,
    # Світлана, Федір, Гліб, Яків) or "ій" for its "ей" (Матвій), the letters above go wrong.
    "леонид": "Leonid", "иван": "Ivan", "никита": "Mykyta", "константин": "Kostiantyn",
    "артем": "Artem", "артём": "Artem", "семен": "Semen", "семён": "Semen", "федор": "Fedir",
    "фёдор": "Fedir", "глеб": "Hlib", "яков": "Yakiv", "валерий": "Valerii",
    "аркадий": "Arkadii", "арсений": "Arsenii", "матвей": "Matvii", "тимофей": "Tymofii",
    "мария": "Mariia", "виктория": "Viktoriia", "лидия": "Lidiia", "светлана": "Svitlana",
    "надежда": "Nadiia", "вера": "Vira", "ксения": "Kseniia", "анастасия": "Anastasiia",
    "софия": "Sofiia",
}  # fmt: skip


def _ukrainian_letter(word: str, i: int) -> str:
    ch = word[i]
    if i == 0 and ch in _UKRAINIAN_INITIAL:
        return _UKRAINIAN_INITIAL[ch]
    if ch == "и" and word[i + 1 : i + 2] == "й" and i + 2 < len(word):
        return "i"  # "Корнийчук" is their "Корнійчук" (Korniichuk); a final "-ий" is "-yi"
    if ch == "е" and i and word[i - 1] in "аеиоуыэюяьъ":
        return "ie"  # their "є" after a vowel or a soft sign: "Макеенко" is Макеєнко (Makeienko)
    return _UKRAINIAN.get(ch, ch)


def ukrainian_name(normal: str) -> str:
    """A Ukrainian person's name Russian writes in its Russian form, in Ukraine's Latin."""
    return written_back(
        normal,
        _ukrainian_letter,
        _ukrainian_word,
    )


def _ukrainian_word(n: int, word: str, latin: str) -> str:
    """A given name by its Ukrainian form; a surname's "-ица" is their "-иця" (Ukrainian
    writes the suffix soft: вулиця, столиця, Синиця, where Russian has улица, столица)."""
    if n == 0:
        return UKRAINIAN_GIVEN.get(word, latin).lower()
    return latin[:-4] + "ytsia" if word.endswith("ица") else latin


# German names as Russian writes them by sound, back in their own Latin: "Штеффен Зайберт"
# is Steffen Seibert. German "St"/"Sp"
# at the start are Russian "Шт"/"Шп", "sch" "ш", "z" "ц", "ei" "ай", "w" "в", an "s" before a
# vowel "з", a "ch" after a vowel "х".
_GERMAN = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "ö", "ж": "j", "з": "s",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ü", "я": "ja",
}  # fmt: skip


def _german_letter(word: str, i: int) -> str:
    ch, before = word[i], word[i - 1] if i else ""
    if i == 0 and ch == "ш" and word[1:2] in ("т", "п"):
        return "s"  # "Штеффен": Steffen, "Шпан": Spahn
    if ch == "й" and before == "а":
        return "i"  # "ай": their "ei" (the "а" is written "e" below)
    if ch == "а" and word[i + 1 : i + 2] == "й" and word[i + 2 : i + 3] not in _VOWELS:
        return "e"
    if ch == "х" and (i == 0 or before not in _VOWELS):
        return "h"  # "Хайко": Heiko
    if ch == "ю" and (i == 0 or before in _VOWELS):
        return "ju"  # their "jü", "ju" ("Юрген": Jürgen, "Юлия": Julia), not "ü" alone
    if ch == "я" and before == "и":
        return "a"  # "ия" is their "ia" ("Юлия": Julia, "Мария": Maria)
    return _GERMAN.get(ch, ch)


def german_name(normal: str) -> str:
    """A German person's name as Russian writes it, back in German."""
    return written_back(normal, _german_letter, lambda n, word, latin: latin)


# A brand made of Latin words that Russian writes in Cyrillic with its inner capitals
# ("ИнфоРезист", "ЕвроМайдан"): each word back in its Latin, "ев" before a consonant the
# Latin "eu" (Европа, евро), an "s" inside a word "з", a first "Е" no "Ye".
_BRAND_RULES = (
    (re.compile(r"ев(?=[^аеёиоуыэюя]|$)"), "eu"),
    (re.compile(r"^е"), "e"),
    (re.compile(r"(?<=.)з"), "s"),  # a Latin "s" inside a word Russian hears as "з"
    (re.compile(r"(?<=[аеоу])й"), "i"),
    (re.compile(r"^ц(?=[еиы])"), "c"),  # the Latin "c" before e, i: "Цензор" is Censor
)
# Web domains Russian writes in Cyrillic ("Цензор.НЕТ").
_DOMAINS = {"нет": "net", "ру": "ru", "ком": "com", "юа": "ua"}


def brand_name(word: str) -> str:
    """'ИнфоРезист' -> 'InfoResist', 'ЕвроМайдан' -> 'EuroMaidan', 'КерчьИНФО' -> 'KerchInfo',
    'Цензор.НЕТ' -> 'Censor.net'."""
    name, dot, domain = word.partition(".")
    if dot and domain.lower() in _DOMAINS:
        return f"{brand_name(name)}.{_DOMAINS[domain.lower()]}"
    latin = []
    # a run of capitals is one word ("ИНФО" of "КерчьИНФО"), each other capital starts one
    for part in re.findall(r"[А-ЯЁ]{2,}(?![а-яё])|[А-ЯЁ][^А-ЯЁ]*", word) or [word]:
        if (city := english_city(part.capitalize(), to_english(part.capitalize()))) is not None:
            latin.append(city)  # "Пенза" of "ПензаИНФОРМ": the town's own English name
            continue
        lower = part.lower()
        for pattern, replacement in _BRAND_RULES:
            lower = pattern.sub(replacement, lower)
        text = to_english(lower)
        latin.append(text[:1].upper() + text[1:])
    return "".join(latin)


# Polish names as Russian writes them, back to their own Latin (diacritics aside, as the
# English press writes them): "Витольд Ващиковский" -> "Witold Waszczykowski", "Яцек
# Чапутович" -> "Jacek Czaputowicz". Their "w" is Russian "в", "sz"/"cz"/"szcz" "ш"/"ч"/"щ",
# "c" "ц", "ch" "х", "j" "й", a surname's "-ski"/"-cki" Russian "-ский"/"-цкий".
_POLISH = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "ż", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
    "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
_POLISH_INITIAL = {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"}


def _polish_letter(word: str, i: int) -> str:
    ch, before = word[i], word[i - 1] if i else ""
    if (i == 0 or before in _VOWELS) and ch in _POLISH_INITIAL:
        return _POLISH_INITIAL[ch]
    if ch == "и" and before and before in "шщчжц":
        return "y"  # their "y" after sz, cz, ż, c ("Ващиковский": Waszczykowski)
    if ch in "жш" and before and before in "бвгдкптх" and (i > 1 or before != "д"):
        # their "rz" after a consonant is said, and so written, with it: "ж" after a voiced one,
        # "ш" after a voiceless one ("Кшиштоф": Krzysztof, "Гжегож": Grzegorz, "Анджей": Andrzej)
        return "rz"
    return _POLISH.get(ch, ch)


def _polish_word(n: int, word: str, latin: str) -> str:
    """A surname's "-ский"/"-цкий" is their "-ski"/"-cki", "-ская" their "-ska"."""
    return re.sub(r"(?<=[sc]k)(?:ij|yj|aja)$", lambda m: "a" if m[0] == "aja" else "i", latin)


def polish_name(normal: str) -> str:
    """A Polish person's name in the nominative, written back in its Latin."""
    return written_back(normal, _polish_letter, _polish_word)
