"""Russian text whose Windows-1251 bytes were read as Latin-1 ('Ñåðãåé Áîáûëåâ/ÒÀÑÑ' for
'Сергей Бобылев/ТАСС'): a Russian agency's stock caption often carries its Russian twin after
the English one, and a scraper that took the page for Latin-1 turns it into words made only of
accented capitals and small letters. In Windows-1251 every Cyrillic letter is a byte from 0xC0
to 0xFF (and 'Ё', 'ё' are 0xA8, 0xB8), which Latin-1 reads as 'À' … 'ÿ', '¨', '¸'; no language
written in Latin letters has two words in a row of three such letters and no plain one, so a run
of them is such a twin. It is cut, not decoded: it says again, in Russian, what the English
caption before it says, and the English extraction cannot read Russian inside an English page.
Pure functions of the line."""

from __future__ import annotations

import re

_WORD = r"[\u00c0-\u00ff\u00a8\u00b8]+"

# Words of those letters with what stands between them in a caption (spaces, stops, commas,
# slashes, day numbers), and the stop and the year that close it.
_RUN = re.compile(
    rf"(?<![A-Za-z]){_WORD}(?:[\s\d.,:;/\"'()\u2013\u2014-]+{_WORD})+[\s\d.,:;/]*(?![A-Za-z])"
)


def cut_mojibake(line: str) -> tuple[str, list[str]]:
    """The line without its runs of Cyrillic read as Latin-1 (two words of three letters or
    more), and the runs cut."""
    if line.isascii():
        return line, []
    cut: list[str] = []

    def drop(m: re.Match) -> str:
        if sum(len(w) >= 3 for w in re.findall(_WORD, m.group())) < 2:
            return m.group()
        cut.append(m.group().strip())
        return " "

    text = _RUN.sub(drop, line)
    return (" ".join(text.split()) if cut else line), cut
