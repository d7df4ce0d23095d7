"""English names as Russian practical transcription writes them, and back: "Rowley" is
Роули, "Bailey" Бейли, "Pritchard" Притчард, "Nick" Ник.

Russian writes an English name by rule, from its spelling as English says it: "ai"/"ay"/"ey"
are "ей", "ow" "оу" or "ау", "ea"/"ee"/"ie" "и", a final "-y"/"-ey" "-и", "w" "у", "th" "т"
or "с", "j" "дж", "h" "х", a vowel before a consonant and a silent final "e" long ("White" is
Уайт), "-shire" "-шир", a doubled consonant doubled. So the rules run FORWARD, from each
census name (lib.engine.russian.census_names) to the few Russian spellings it can have, and
a Russian name is looked up among them. No link beats a wrong one: a spelling two common
names share, a short one, and a name past the common ranks leave the transcription.
"""

from __future__ import annotations

import re
from functools import cache

from lib.engine.russian.census_names import GIVEN_NAMES, SURNAMES, census_table

# (pattern at the position, the Russian spellings of what it matches), first match wins: the
# longest spellings first. "V" is any English vowel letter, "C" any consonant one.
_V, _C = "aeiouy", "bcdfghjklmnpqrstvwxz"
_MAGIC_E = rf"(?=[{_C}]es?$)"  # a vowel before one consonant and a final silent "e": long
_RULES = tuple(
    (re.compile(pattern), options)
    for pattern, options in (
        (r"shire$", ("шир",)),  # Wiltshire
        (rf"(?<=[{_C}])le$", ("л",)),  # Pringle
        (r"(?<=[^aeiouy])ey$|(?<=[^aeiouy])ie$|(?<=[^aeiouy])y$", ("и",)),  # Bailey, Kelly
        (rf"(?<=[{_C}])ore(?=s?$)", ("ор",)),  # Whitmore: Уитмор
        (r"ove(?=s?$)", ("ав", "ов")),  # Breedlove, Love: Бридлав, Лав
        (r"(?<=[bcdfgklmnprstvz])ham$", ("хэм", "ем", "гем")),  # Oldham, Nottingham: -ем
        (r"al(?=k)", ("о",)),  # Walker, Falkner: Уокер, Фокнер
        (r"a(?=l[ltd])", ("о", "а")),  # Hall, Baldwin, Talbot: Холл, Болдуин, Толбот
        (rf"(?<=[{_C}])e(?=s?$)", ("",)),  # the silent final "e" (Rhodes, Blake)
        (r"(?<=[ay])es$", ("з", "с")),  # Hayes, Mayes: Хейз, Мейс
        # past the first syllable the vowel is mostly unstressed, short: Wallace is Уоллес
        (rf"(?:(?<=[aeiouy][{_C}])|(?<=[aeiouy][{_C}]{{2}}))a{_MAGIC_E}", ("ей", "а", "э")),
        (rf"a{_MAGIC_E}", ("ей",)),
        # a first syllable's open "a" is long or short: Baker, Mason; Davis, Cameron
        (r"(?:(?<=^[^aeiouy])|(?<=^[^aeiouy]{2}))a(?=[bcdfgklmnprstvz][aeiouy])", ("э", "а", "ей")),
        (rf"i{_MAGIC_E}|y{_MAGIC_E}", ("ай",)),
        (rf"o{_MAGIC_E}", ("оу", "о")),  # Rhodes is Роудс, Jones Джонс
        (rf"u{_MAGIC_E}", ("ю", "у")),
        (r"w(?=oo)", ("в",)),  # Wood, Woodward: Вуд, Вудворд
        (r"^wh|^w(?=[aeiouy])", ("у",)),  # White, Warren
        (r"^wr", ("р",)),
        (r"^kn", ("н",)),
        (r"(?<=w)a(?=r|l)", ("о",)),  # Warren, Walsh: Уоррен, Уолш
        (r"(?<=w)a(?![aeiouy])", ("о", "а", "э")),
        (r"(?<=w)e(?![aeiouy])", ("э",)),
        (r"(?<=w)o(?![aeiouy])", ("о", "а")),
        (r"^ma?c[ck]", ("макк",)),  # McCain, McKenzie: Маккейн, Маккензи
        (r"^ma?c", ("мак",)),  # McGarry, MacGregor: Макгарри, Макгрегор
        (r"igh", ("ай",)),  # Wright: Райт
        (r"tch", ("тч", "ч")),  # Pritchard, Mitchell
        (r"sch", ("ш", "ск")),
        (r"ch", ("ч", "к")),
        (r"sh", ("ш",)),
        (r"th", ("т", "с")),
        (r"ph", ("ф",)),
        (r"gh(?![aeiouy])", ("",)),  # Wright
        (r"ck", ("к",)),
        (r"qu", ("кв",)),
        (r"dg(?=e)", ("дж",)),
        (r"tz", ("ц",)),
        (r"x", ("кс",)),
        (r"c(?=[eiy])", ("с",)),
        (r"c", ("к",)),
        (r"g(?=[eiy])", ("г", "дж")),
        (r"j", ("дж",)),
        (r"^h|(?<=[aeiouy])h(?=[aeiouy])", ("х",)),
        (r"h", ("",)),  # John, Graham: unsaid after a vowel
        (r"^y(?=[aeiou])", ("й",)),  # Young: Янг
        (r"(?<=[aeiouy])s(?=[aeiouy])", ("с", "з")),
        (r"ai|ay", ("ей",)),
        (r"ei|ey", ("ей", "и", "ай")),
        (r"ea", ("и", "е")),  # Beale, Pearce: Бил, Пирс; Bell, Beall: Белл
        (r"ee|ie", ("и",)),
        (r"oa", ("оу", "о")),
        (r"oo", ("у",)),
        (r"ou", ("ау", "у", "оу", "а")),  # Young: Янг
        (r"ow", ("оу", "ау")),  # Rowley, Brown
        (r"au|aw", ("о",)),
        (r"oi|oy", ("ой",)),
        (r"ew", ("ью", "у")),  # Lewis: Льюис
        (r"ue", ("ю", "у")),
        (r"[iu]r(?=[bcdfghjklmnpqstvwxz])", ("ер", "ир", "ур")),  # Kirby: Кёрби (ё is е)
        (r"(?<=l)u", ("ю", "у", "а")),  # Rosenblum: Розенблюм
        (r"^e", ("э",)),
        (r"^a", ("э", "а")),
        (r"a", ("а", "э")),
        (r"e", ("е",)),
        (r"i", ("и",)),  # short where no silent "e" or "gh" makes it long: Whitford
        (r"o", ("о",)),  # "Cannon" is Кэннон, never Кэннан
        (r"u", ("а", "у")),  # Russell: Рассел
        (r"y", ("и", "ай")),
        (r"w", ("у", "в")),  # Caldwell: Колдуэлл; Edwards: Эдвардс
        (r"ng", ("нг",)),
        (r"s", ("с",)),
        (r"z", ("з",)),
    )
)
_LETTERS = dict(zip("bdfgklmnprtv", "бдфгклмнпртв", strict=True))
MAX_SPELLINGS = 48  # a name's spellings, its likeliest first


def russian_spellings(name: str) -> set[str]:
    """'rowley' -> {'роули', 'раули', …}: the Russian spellings an English name can have."""
    name = name.lower()
    spellings, i = [""], 0
    while i < len(name):
        i, options = _step(name, i)
        spellings = [s + o for s in spellings for o in options][:MAX_SPELLINGS]
    return {re.sub("йа", "я", re.sub("йу", "ю", s)) for s in spellings if s}


def _step(name: str, i: int) -> tuple[int, tuple[str, ...]]:
    """Where the first rule that fits at i ends, and its Russian spellings."""
    for pattern, options in _RULES:
        if (m := pattern.match(name, i)) and m.end() > i:
            return m.end(), options
    return i + 1, (_LETTERS.get(name[i], ""),)


def spelling_key(russian: str) -> str:
    """What two Russian spellings of one name may write differently: э/е, ё/е, ь. A doubled
    letter is kept, as Russian keeps it: "Клемм" is Klemm, no Clem."""
    return russian.lower().replace("ё", "е").replace("э", "е").replace("ь", "").replace("ъ", "")


@cache
def _index(tables: tuple[str, ...], max_rank: int) -> dict[str, tuple[tuple[str, float], ...]]:
    """Spelling key -> the census names (and their shares) Russian may write so, commonest
    first."""
    shares: dict[str, float] = {}
    for table in tables:
        for name, (share, rank) in census_table(table).items():
            if rank <= max_rank:
                shares[name] = shares.get(name, 0.0) + share
    index: dict[str, dict[str, float]] = {}
    for name, share in shares.items():
        for spelling in russian_spellings(name):
            index.setdefault(spelling_key(spelling), {})[name] = share
    return {k: tuple(sorted(v.items(), key=lambda p: (-p[1], p[0]))) for k, v in index.items()}


MIN_LETTERS = 4  # "Мур", "Рис": three letters fit Moore and Muir, Rees and Reese
# the press's English surnames are common ones; a spelling that must match exactly can go
# past english_surnames' 5,000 ("Розенблюм": Rosenblum, rank 6,631)
SURNAME_RANK = 10000
GIVEN_RANK = 1500  # of each census list of given names
# a second name of the spelling this common makes it ambiguous: Green and Greene, Fisher and
# Fischer, Reed and Reid are all written Грин, Фишер, Рид
RIVAL_SHARE = 0.2


def _written_back(russian: str, tables: tuple[str, ...], rank: int, min_letters: int) -> str | None:
    if len(russian) < min_letters:
        return None
    names = _index(tables, rank).get(spelling_key(russian), ())
    if not names:
        return None
    (best, share), rivals = names[0], names[1:]
    if rivals and rivals[0][1] >= RIVAL_SHARE * share:
        return None  # "Грин": Green and Greene, both common
    if best.startswith("mc"):
        return "Mc" + best[2:3].upper() + best[3:]  # the census's "mcdonald": McDonald
    return best[:1].upper() + best[1:]


def spelt_as_english_surname(russian: str) -> bool:
    """'Келли': Russian writes Kelly and Kelley so, whichever this one is."""
    return len(russian) >= MIN_LETTERS and spelling_key(russian) in _index(
        (SURNAMES,), SURNAME_RANK
    )


def english_surname_spelt(russian: str) -> str | None:
    """'Роули' -> 'Rowley', 'Притчард' -> 'Pritchard': the one common census surname Russian
    writes so, else None."""
    return _written_back(russian, (SURNAMES,), SURNAME_RANK, MIN_LETTERS)


def english_given_name_spelt(russian: str) -> str | None:
    """'Ник' -> 'Nick', 'Дилан' -> 'Dylan': the one common census given name Russian writes so
    (a given name is short: three letters are enough), else None."""
    return _written_back(russian, GIVEN_NAMES, GIVEN_RANK, 3)
