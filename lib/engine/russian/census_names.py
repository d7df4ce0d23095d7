"""English names by how common they are: the US Census 1990's surname and given-name tables
(`dist.all.last`, `dist.male.first`, `dist.female.first`), shipped in the `names` package's
wheel, so nothing is downloaded at run time."""

from __future__ import annotations

from functools import cache
from importlib import resources

PACKAGE = "names"
SURNAMES = "dist.all.last"
GIVEN_NAMES = ("dist.male.first", "dist.female.first")


@cache
def census_table(name: str) -> dict[str, tuple[float, int]]:
    """One table: name (lower case) -> (share of the US population in per cent, rank)."""
    text = resources.files(PACKAGE).joinpath(name).read_text(encoding="ascii")
    table = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[0].isalpha():
            table[fields[0].lower()] = (float(fields[1]), int(fields[3]))
    return table


def census_surnames() -> dict[str, tuple[float, int]]:
    """88,799 surnames: 'smith' -> (1.006, 1)."""
    return census_table(SURNAMES)


def given_name_share(name: str) -> float:
    """How common a given name is, men's and women's together ('stephanie' -> 0.128)."""
    return sum(census_table(table).get(name.lower(), (0.0, 0))[0] for table in GIVEN_NAMES)
