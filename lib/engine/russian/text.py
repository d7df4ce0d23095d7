"""Russian text at the word level: tokens with character offsets, lemmas, sentences.

Lemmas come from pymorphy3 (its dictionaries ship in `pymorphy3-dicts-ru`), first parse,
out of context, lower case, "ё" written "е" (lib.names.russian_lemma, which the dashboard's
word counts use too). The same function lemmatises the text and the
alias files, so "Соединённых Штатов" and the alias "Соединённые Штаты" meet at the same
key ("соединить штат") whatever the case the text puts them in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.names import morph_analyzer, russian_lemma

# A word (letters, optionally "-24" or "-2017" glued on: "Су-24", "Запад-2017", "С-400"),
# a number, or any other single non-space character.
_TOKEN = re.compile(r"[^\W\d_]+(?:-\d+)?|\d+(?:[.,:]\d+)*|\S", re.UNICODE)
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-"})
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Token:
    start: int  # character offsets into the text, end exclusive
    end: int
    text: str
    lemma: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


analyzer = morph_analyzer  # pymorphy3's, one per process (lib.names)


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy3's analyses of one word, cached (a word out of the dictionary costs ~1 ms)."""
    return tuple(analyzer().parse(word))


def fold(word: str) -> str:
    """Lower case, "ё" as "е", every dash as "-"."""
    return word.lower().replace("ё", "е").translate(_DASHES)


# Cyrillic letters that look like Latin ones, as a Latin word typed on a Russian keyboard
# carries them ("Juncturе" with a Cyrillic "е").
_HOMOGLYPHS = str.maketrans("аеорсухкмтвн", "aeopcyxkmtbh")
LATIN = re.compile(r"[a-z]")


def unmix(folded: str) -> str:
    """A folded word mostly in Latin letters with Cyrillic look-alikes, all in Latin."""
    if LATIN.search(folded) and CYRILLIC.search(folded):
        latin = sum(c.isascii() for c in folded)
        if latin * 2 > len(folded):
            return folded.translate(_HOMOGLYPHS)
    return folded


_NUMBERED = re.compile(r"([^\W\d_]{4,})(-\d+)")


# The other way round: Latin or Greek letters that look like Cyrillic ones inside a Russian
# word, as the agencies' pages carry them ("Демирa" with a Latin "a") and word-spun copies
# plant them ("Ростοве" with a Greek omicron), which split or hide a name.
_LOOKALIKES = str.maketrans(
    "aeopcyxkAEOPCYXKBMHTαεορτυχκΑΒΕΗΚΜΟΡΤΥΧ",
    "аеорсухкАЕОРСУХКВМНТаеортухкАВЕНКМОРТУХ",
)
_MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z\u0391-\u03a9\u03b1-\u03c9])(?=\w*[\u0400-\u04ff])\w+\b")


def cyrillic_lookalikes(text: str) -> str:
    """The text with every mostly Cyrillic word written in Cyrillic alone; the same length."""

    def fold_word(m: re.Match) -> str:
        word = m.group()
        cyrillic = len(CYRILLIC.findall(word))
        return word.translate(_LOOKALIKES) if cyrillic * 2 > len(word) else word

    return _MIXED_WORD.sub(fold_word, text)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """'Путина' -> 'путин', 'России' -> 'россия', 'НАТО' -> 'нато', 'Су-24' -> 'су-24',
    'Juncturе' (a Cyrillic е) -> 'juncture'."""
    folded = unmix(fold(word))
    if (named := _NUMBERED.fullmatch(folded)) and CYRILLIC.search(folded):
        # a name with its number or year glued on is declined in its word ("Анакондой-2016",
        # "Северного потока-2"): the word's lemma, the number kept
        return russian_lemma(named[1]) + named[2]
    if not CYRILLIC.search(folded) or not folded.isalpha():
        return folded
    return russian_lemma(folded)  # the same lemma as Compare's word counts


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets into `text`."""
    stop = len(text) if end is None else end
    tokens = [
        Token(m.start(), m.end(), m.group(), lemma(m.group()))
        for m in _TOKEN.finditer(text, start, stop)
    ]
    for k in range(2, len(tokens)):
        if _ordinal_ending(tokens[k - 2], tokens[k - 1], tokens[k]):
            tokens[k] = Token(tokens[k].start, tokens[k].end, tokens[k].text, ORDINAL)
    for k in range(1, len(tokens)):
        if (town := _town_in_instrumental(tokens, k)) is not None:
            tokens[k] = Token(tokens[k].start, tokens[k].end, tokens[k].text, town)
    return tokens


# Prepositions that govern the instrumental, never the locative: "под Донецком", "с Минском" is
# the town's noun, not the adjective "донецкий"/"минский" its form shares (which needs "в", "на").
_INSTRUMENTAL = frozenset({"под", "с", "со", "над", "перед", "за", "между"})


def _town_in_instrumental(tokens: list[Token], k: int) -> str | None:
    """The place noun's lemma of a capitalised word after an instrumental preposition (or
    coordinated after such a place: "между Москвой и Минском") that reads first as an
    adjective's locative, else None."""
    word, before = tokens[k], tokens[k - 1].text.lower()
    if not word.is_capitalised or not word.text.lower().endswith("ом"):
        return None
    coordinated = before == "и" and k > 1 and tokens[k - 2].is_capitalised
    if before not in _INSTRUMENTAL and not coordinated:
        return None
    found = parses(word.text.lower())
    if not found or found[0].tag.POS != "ADJF":
        return None
    town = next((p for p in found if "Geox" in p.tag and "ablt" in p.tag), None)
    return fold(town.normal_form) if town is not None else None


# An ordinal written in figures declines in its ending ("6-й флот", "6-го флота", "6-му
# флоту"): every ending has one lemma, so an alias written in one case meets the others.
ORDINAL = "й"
_ORDINAL_ENDINGS = frozenset(
    {"й", "го", "ого", "его", "му", "ому", "ему", "м", "ом", "ем", "ым", "им", "ая", "ой", "ую",
     "я", "е", "ое", "ее", "х", "ых", "их", "ми", "ыми", "ими", "ий", "ый", "ые", "ие"}
)  # fmt: skip


def _ordinal_ending(number: Token, dash: Token, ending: Token) -> bool:
    return (
        number.text.isdigit()
        and dash.text == "-"
        and number.end == dash.start
        and dash.end == ending.start
        and ending.text.lower() in _ORDINAL_ENDINGS
    )


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lemma sequence an alias is matched by: 'Совет Россия — НАТО' ->
    ('совет', 'россия', '-', 'нато')."""
    return tuple(t.lemma for t in tokenize(phrase))


def other_readings(phrase: str) -> list[tuple[str, ...]]:
    """The phrase's keys under the other readings of one of its adjectives: pymorphy3 reads an
    alias's nominative "Большая" as the comparative "больший", while the text's "большой
    двадцатки" gives "большой"; a name of two words or more is matched under either."""
    key = phrase_key(phrase)
    if len(key) < 2:
        return []
    keys = []
    for i, token in enumerate(tokenize(phrase)):
        readings = {fold(p.normal_form) for p in parses(token.text.lower()) if p.tag.POS == "ADJF"}
        keys += [key[:i] + (other,) + key[i + 1 :] for other in sorted(readings - {key[i]})]
    return keys


# A sentence also ends where a page glued the next one to it without a space
# ("…в Москве.Министр обороны…", "…в Белом доме.«Покупка…", "…президента США.Причина…"): a
# word of three lower-case letters or more, or an abbreviation in capitals, its stop, a
# capitalised word, perhaps opening a quotation; never an initial ("В.Путин") or an
# abbreviation ("г.Москва", "им.Ленина").
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[»\"”)]*\s+(?=[«\"—–(\-]?\s*[A-ZА-ЯЁ0-9])"
    r"|(?<=[а-яё]{3}[.!?…])(?=[«\"]?[А-ЯЁ][а-яё])"
    r"|(?<=[А-ЯЁ]{2}[.!?…])(?=[«\"]?[А-ЯЁ][а-яё]{2})"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:т|г|гг|им|см|ст|н|ул|ок|тыс|млн|млрд|руб|долл|с|пос)|\b[А-ЯЁA-Z])\.$"
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of one block as (start, end) offsets into `text`, trailing spaces excluded.

    A sentence ends at . ! ? … (and a closing quote) before a capital, a digit, an opening
    quote or a dash; not after an initial ("В. Путин") or a common abbreviation ("г.").
    """
    stop = len(text) if end is None else end
    spans, begin = [], start
    for m in _SENTENCE_END.finditer(text, start, stop):
        if _ABBREVIATIONS.search(text[max(begin, m.start() - 6) : m.start()]):
            continue
        spans.append((begin, m.start()))
        begin = m.end()
    if text[begin:stop].strip():
        spans.append((begin, begin + len(text[begin:stop].rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]
