"""Consistency checks for the curated gazetteer CSVs in data/gazetteer/.

The files are loaded with the plain csv module so that these tests do not depend
on the extraction code that consumes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

GAZ = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

HEADERS = {
    "countries.csv": ["iso3", "name", "aliases", "demonyms", "capitals", "seats"],
    "organisations.csv": ["org_id", "name", "aliases", "references", "kind", "country"],
    "people.csv": ["person_id", "name", "aliases", "roles", "country"],
    "roles.csv": ["role", "references"],
    "sources.csv": ["source", "aliases", "domains", "country", "ownership"],
}
ID_COLUMN = {
    "countries.csv": "iso3",
    "organisations.csv": "org_id",
    "people.csv": "person_id",
    "roles.csv": "role",
    "sources.csv": "source",
}
MULTI_COLUMNS = {
    "countries.csv": ["aliases", "demonyms", "capitals", "seats"],
    "organisations.csv": ["aliases", "references"],
    "people.csv": ["aliases", "roles"],
    "roles.csv": ["references"],
    "sources.csv": ["aliases", "domains"],
}
ORG_KINDS = {
    "military alliance",
    "intergovernmental",
    "government body",
    "armed forces",
    "intelligence",
    "media",
    "think tank",
    "political party",
    "militant group",
    "company",
    "ngo",
    "court",
    "university",
    "research institute",
}
OWNERSHIP = {"state", "public", "private"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ROLE_SPAN = re.compile(
    r"^(?P<role>[^@|]+)@(?P<start>\d{4}-\d{2}-\d{2}):(?P<end>\d{4}-\d{2}-\d{2})?$"
)
DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
# Offices that several people hold at the same time; all others must not overlap.
MULTI_HOLDER_ROLES = {
    "Russian Deputy Foreign Minister",
    "Russian Deputy Prime Minister",
    "Russian Deputy Defence Minister",
    "Russian Presidential Aide",
    "Kremlin Deputy Chief of Staff",
}
CUTOFF = dt.date(2024, 12, 31)


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(GAZ / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def items(cell: str) -> list[str]:
    return cell.split("|") if cell else []


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return load("countries.csv")[1]


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, str]]:
    return load("organisations.csv")[1]


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return load("people.csv")[1]


@pytest.fixture(scope="module")
def roles() -> list[dict[str, str]]:
    return load("roles.csv")[1]


@pytest.fixture(scope="module")
def sources() -> list[dict[str, str]]:
    return load("sources.csv")[1]


@pytest.fixture(scope="module")
def iso3s(countries) -> set[str]:
    return {r["iso3"] for r in countries}


def parse_roles(cell: str) -> list[tuple[str, dt.date, dt.date | None]]:
    out = []
    for span in items(cell):
        m = ROLE_SPAN.match(span)
        assert m, f"bad role span {span!r}"
        start = dt.date.fromisoformat(m["start"])
        end = dt.date.fromisoformat(m["end"]) if m["end"] else None
        out.append((m["role"], start, end))
    return out


# --- file format ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_exact(name):
    header, rows = load(name)
    assert header == HEADERS[name]
    assert rows, f"{name} has no rows"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_rows_well_formed(name):
    header, rows = load(name)
    for r in rows:
        assert None not in r, f"{name}: extra fields in {r}"
        assert all(v is not None for v in r.values()), f"{name}: missing fields in {r}"
        for col, val in r.items():
            assert val == val.strip(), f"{name}: whitespace around {col}={val!r}"
            assert "\n" not in val and "\t" not in val
        for col in MULTI_COLUMNS[name]:
            parts = items(r[col])
            assert all(p and p == p.strip() for p in parts), (
                f"{name}: empty/padded item in {col}={r[col]!r}"
            )
            assert len(parts) == len(set(parts)), f"{name}: duplicate item in {col}={r[col]!r}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_ids_unique_and_present(name):
    _, rows = load(name)
    ids = [r[ID_COLUMN[name]] for r in rows]
    assert all(ids)
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids in {name}: {dupes}"


@pytest.mark.parametrize(
    "name", ["countries.csv", "organisations.csv", "people.csv", "sources.csv"]
)
def test_name_is_first_alias(name):
    _, rows = load(name)
    name_col = "source" if name == "sources.csv" else "name"
    for r in rows:
        assert r[name_col], r
        assert items(r["aliases"])[:1] == [r[name_col]], (
            f"{name}: aliases of {r[name_col]!r} must start with the name"
        )


# --- countries -----------------------------------------------------------------------


def test_every_iso3_is_valid(countries):
    valid = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    bad = [r["iso3"] for r in countries if r["iso3"] not in valid]
    assert not bad


def test_all_pycountry_countries_and_kosovo_present(iso3s):
    missing = {c.alpha_3 for c in pycountry.countries} - iso3s
    assert not missing
    assert "XKX" in iso3s


def test_country_strings_not_claimed_twice(countries):
    owner: dict[str, set[str]] = defaultdict(set)
    for r in countries:
        for col in ("aliases", "demonyms", "capitals", "seats"):
            for s in items(r[col]):
                owner[s].add(r["iso3"])
    clashes = {s: sorted(o) for s, o in owner.items() if len(o) > 1}
    assert not clashes


def test_country_string_in_one_column_only(countries):
    for r in countries:
        seen: dict[str, str] = {}
        for col in ("aliases", "demonyms", "capitals", "seats"):
            for s in items(r[col]):
                assert s not in seen, f"{r['iso3']}: {s!r} in both {seen[s]} and {col}"
                seen[s] = col


def test_country_aliases_are_not_lowercase_words(countries):
    for r in countries:
        for col in ("aliases", "demonyms", "capitals", "seats"):
            for s in items(r[col]):
                assert any(ch.isupper() for ch in s), (
                    f"{r['iso3']}: {col} {s!r} has no capital letter"
                )


def test_no_leading_the(countries, orgs, people):
    allowed = {"the States", "The Hague"}
    for rows, cols in (
        (countries, ("name", "aliases", "demonyms", "capitals", "seats")),
        (orgs, ("name", "aliases")),
        (people, ("name", "aliases")),
    ):
        for r in rows:
            for col in cols:
                for s in items(r[col]):
                    if s in allowed:
                        continue
                    assert not s.lower().startswith("the "), f"leading 'the' in {s!r}"


def test_country_alias_not_an_org_alias(countries, orgs):
    country_strings = {
        s
        for r in countries
        for col in ("aliases", "demonyms", "capitals", "seats")
        for s in items(r[col])
    }
    org_aliases = {s for r in orgs for s in items(r["aliases"])}
    assert not country_strings & org_aliases


def test_country_spot_checks(countries):
    by = {r["iso3"]: r for r in countries}
    rus = by["RUS"]
    assert rus["name"] == "Russia"
    assert "Russian" in items(rus["demonyms"])
    assert "Moscow" in items(rus["capitals"])
    assert "Kremlin" in items(rus["seats"])
    assert "Russian Federation" in items(rus["aliases"])
    usa = by["USA"]
    assert {"U.S.", "United States", "US", "USA", "America"} <= set(items(usa["aliases"]))
    assert "American" in items(usa["demonyms"])
    assert "White House" in items(usa["seats"])
    assert "Washington" in items(usa["capitals"])
    assert "Pentagon" not in items(usa["seats"])
    tur = by["TUR"]
    assert tur["name"] == "Turkey"
    assert "Ankara" in items(tur["capitals"])
    assert {"Türkiye", "Turkiye"} <= set(items(tur["aliases"]))
    assert "Turkish" in items(tur["demonyms"])
    gbr = by["GBR"]
    assert {"UK", "Britain"} <= set(items(gbr["aliases"]))
    assert "British" in items(gbr["demonyms"])
    assert "Downing Street" in items(gbr["seats"])
    assert by["NLD"]["capitals"] == "Amsterdam|The Hague"
    assert by["UKR"]["name"] == "Ukraine" and {"Kyiv", "Kiev"} <= set(items(by["UKR"]["capitals"]))
    assert by["XKX"]["name"] == "Kosovo"
    assert by["KOR"]["name"] == "South Korea" and by["PRK"]["name"] == "North Korea"
    assert "Czechia" in items(by["CZE"]["aliases"])
    assert "Macedonia" in items(by["MKD"]["aliases"])


# Capital and demonym of the NATO members, the former Soviet states and the major powers.
KEY_FACTS = {
    "ALB": ("Tirana", "Albanian"),
    "BEL": ("Brussels", "Belgian"),
    "BGR": ("Sofia", "Bulgarian"),
    "CAN": ("Ottawa", "Canadian"),
    "HRV": ("Zagreb", "Croatian"),
    "CZE": ("Prague", "Czech"),
    "DNK": ("Copenhagen", "Danish"),
    "EST": ("Tallinn", "Estonian"),
    "FRA": ("Paris", "French"),
    "DEU": ("Berlin", "German"),
    "GRC": ("Athens", "Greek"),
    "HUN": ("Budapest", "Hungarian"),
    "ISL": ("Reykjavik", "Icelandic"),
    "ITA": ("Rome", "Italian"),
    "LVA": ("Riga", "Latvian"),
    "LTU": ("Vilnius", "Lithuanian"),
    "LUX": ("Luxembourg City", "Luxembourger"),
    "MNE": ("Podgorica", "Montenegrin"),
    "NLD": ("Amsterdam", "Dutch"),
    "MKD": ("Skopje", "Macedonian"),
    "NOR": ("Oslo", "Norwegian"),
    "POL": ("Warsaw", "Polish"),
    "PRT": ("Lisbon", "Portuguese"),
    "ROU": ("Bucharest", "Romanian"),
    "SVK": ("Bratislava", "Slovak"),
    "SVN": ("Ljubljana", "Slovenian"),
    "ESP": ("Madrid", "Spanish"),
    "TUR": ("Ankara", "Turkish"),
    "GBR": ("London", "British"),
    "USA": ("Washington", "American"),
    "ARM": ("Yerevan", "Armenian"),
    "AZE": ("Baku", "Azerbaijani"),
    "BLR": ("Minsk", "Belarusian"),
    "GEO": ("Tbilisi", "Georgian"),
    "KAZ": ("Astana", "Kazakh"),
    "KGZ": ("Bishkek", "Kyrgyz"),
    "MDA": ("Chisinau", "Moldovan"),
    "RUS": ("Moscow", "Russian"),
    "TJK": ("Dushanbe", "Tajik"),
    "TKM": ("Ashgabat", "Turkmen"),
    "UKR": ("Kyiv", "Ukrainian"),
    "UZB": ("Tashkent", "Uzbek"),
    "CHN": ("Beijing", "Chinese"),
    "JPN": ("Tokyo", "Japanese"),
    "IND": ("New Delhi", "Indian"),
    "SYR": ("Damascus", "Syrian"),
    "IRN": ("Tehran", "Iranian"),
    "IRQ": ("Baghdad", "Iraqi"),
    "ISR": ("Jerusalem", "Israeli"),
    "SAU": ("Riyadh", "Saudi"),
    "LBN": ("Beirut", "Lebanese"),
    "JOR": ("Amman", "Jordanian"),
    "EGY": ("Cairo", "Egyptian"),
    "SWE": ("Stockholm", "Swedish"),
    "FIN": ("Helsinki", "Finnish"),
    "CHE": ("Bern", "Swiss"),
    "AUT": ("Vienna", "Austrian"),
    "SRB": ("Belgrade", "Serbian"),
    "BOL": ("Sucre", "Bolivian"),
}


@pytest.mark.parametrize("iso3", sorted(KEY_FACTS))
def test_key_capitals_and_demonyms(countries, iso3):
    row = next(r for r in countries if r["iso3"] == iso3)
    capital, demonym = KEY_FACTS[iso3]
    assert capital in items(row["capitals"])
    assert demonym in items(row["demonyms"])


# --- organisations -------------------------------------------------------------------


def test_org_fields(orgs, iso3s):
    for r in orgs:
        assert SLUG.match(r["org_id"]), r["org_id"]
        assert r["kind"] in ORG_KINDS, (r["org_id"], r["kind"])
        assert r["country"] == "" or r["country"] in iso3s, (r["org_id"], r["country"])
        for ref in items(r["references"]):
            assert ref == ref.lower(), f"{r['org_id']}: reference {ref!r} must be lower case"


def test_org_aliases_and_references_unique(orgs):
    for col in ("aliases", "references"):
        owner: dict[str, set[str]] = defaultdict(set)
        for r in orgs:
            for s in items(r[col]):
                owner[s].add(r["org_id"])
        clashes = {s: sorted(o) for s, o in owner.items() if len(o) > 1}
        assert not clashes, col


def test_org_spot_checks(orgs):
    by = {r["org_id"]: r for r in orgs}
    nato = by["nato"]
    assert nato["name"] == "NATO" and nato["kind"] == "military alliance" and nato["country"] == ""
    assert "North Atlantic Treaty Organization" in items(nato["aliases"])
    assert "the alliance" in items(nato["references"])
    assert "the bloc" not in items(nato["references"])
    assert "the bloc" in items(by["eu"]["references"])
    assert "NRC" in items(by["nato-russia-council"]["aliases"])
    assert {"ISIL", "ISIS", "IS", "Daesh"} <= set(items(by["isil"]["aliases"]))
    assert {"DPA", "dpa", "German Press Agency"} <= set(items(by["dpa"]["aliases"]))
    assert by["dpa"]["country"] == "DEU"
    assert by["gmf"]["country"] == "USA" and "GMF" in items(by["gmf"]["aliases"])
    dod = by["us-dod"]
    assert dod["name"] == "US Department of Defense" and "Pentagon" in items(dod["aliases"])
    assert "General Staff" in items(by["russian-general-staff"]["aliases"])
    assert by["fsb"]["country"] == "RUS" and by["sputnik"]["country"] == "RUS"
    assert not any(r["name"] == "Kremlin" or "Kremlin" in items(r["aliases"]) for r in orgs)


# --- people and roles ----------------------------------------------------------------


def test_people_fields(people, iso3s):
    for r in people:
        assert SLUG.match(r["person_id"]), r["person_id"]
        assert r["country"] == "" or r["country"] in iso3s, (r["person_id"], r["country"])
        surname = r["name"].split()[-1]
        assert surname not in items(r["aliases"]), (
            f"{r['person_id']}: bare surname {surname!r} as alias"
        )


def test_people_aliases_unique(people):
    owner: dict[str, set[str]] = defaultdict(set)
    for r in people:
        for s in items(r["aliases"]):
            owner[s].add(r["person_id"])
    clashes = {s: sorted(o) for s, o in owner.items() if len(o) > 1}
    assert not clashes


def test_role_dates_parse_and_are_ordered(people):
    for r in people:
        for role, start, end in parse_roles(r["roles"]):
            assert start <= CUTOFF, (r["person_id"], role, start)
            if end is not None:
                assert start <= end, (r["person_id"], role, start, end)


def test_every_person_role_is_in_roles_csv(people, roles):
    known = {r["role"] for r in roles}
    used = {role for r in people for role, _, _ in parse_roles(r["roles"])}
    assert not used - known


def test_role_references(roles):
    owner: dict[str, set[str]] = defaultdict(set)
    for r in roles:
        refs = items(r["references"])
        assert refs, f"role {r['role']!r} has no references"
        for ref in refs:
            assert ref == ref.lower(), f"{r['role']}: reference {ref!r} must be lower case"
            owner[ref].add(r["role"])
    clashes = {s: sorted(o) for s, o in owner.items() if len(o) > 1}
    assert not clashes


def test_role_spot_checks(roles):
    by = {r["role"]: set(items(r["references"])) for r in roles}
    assert {
        "nato chief",
        "nato head",
        "nato secretary general",
        "nato secretary-general",
        "nato boss",
        "alliance chief",
        "alliance's secretary general",
        "secretary general of nato",
    } <= by["NATO Secretary General"]
    assert {"russian president", "russian leader", "kremlin chief", "russian head of state"} <= by[
        "Russian President"
    ]
    assert {"us president", "u.s. president", "american president"} <= by["US President"]
    for role in (
        "Russian Foreign Minister",
        "Kremlin Spokesman",
        "Turkish President",
        "Russian Defence Minister",
        "US Secretary of State",
        "US Defense Secretary",
        "German Chancellor",
        "French President",
        "UK Prime Minister",
        "Ukrainian President",
        "Russian Foreign Ministry Spokeswoman",
        "Chief of the Russian General Staff",
        "SACEUR",
        "NATO Deputy Secretary General",
        "EU foreign policy chief",
    ):
        assert role in by, role


def test_single_holder_offices_do_not_overlap(people):
    spans: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for r in people:
        for role, start, end in parse_roles(r["roles"]):
            spans[role].append((start, end or dt.date.max, r["person_id"]))
    for role, lst in spans.items():
        if role in MULTI_HOLDER_ROLES:
            continue
        lst.sort()
        for (s1, e1, p1), (s2, e2, p2) in zip(lst, lst[1:], strict=False):
            assert s2 >= e1, f"{role}: {p1} ({s1}..{e1}) overlaps {p2} ({s2}..{e2})"


def test_people_spot_checks(people):
    by = {r["name"]: r for r in people}
    js = by["Jens Stoltenberg"]
    assert js["person_id"] == "jens-stoltenberg"
    assert any(
        role == "NATO Secretary General" and start == dt.date(2014, 10, 1)
        for role, start, _ in parse_roles(js["roles"])
    )
    putin = by["Vladimir Putin"]
    assert putin["country"] == "RUS"
    assert any(
        role == "Russian President" and end is None for role, _, end in parse_roles(putin["roles"])
    )
    assert "Sergei Lavrov" in items(by["Sergey Lavrov"]["aliases"])
    assert {"Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"} <= set(
        items(by["Volodymyr Zelensky"]["aliases"])
    )
    assert "Erdoğan" in items(by["Recep Tayyip Erdogan"]["aliases"])
    for name in (
        "Donald Trump",
        "Barack Obama",
        "Angela Merkel",
        "Emmanuel Macron",
        "Sergei Shoigu",
        "Dmitry Peskov",
        "Maria Zakharova",
        "Valery Gerasimov",
        "Xi Jinping",
        "Bashar al-Assad",
    ):
        assert name in by, name


# --- sources -------------------------------------------------------------------------


def test_source_fields(sources, iso3s):
    for r in sources:
        assert r["country"] in iso3s, (r["source"], r["country"])
        assert r["ownership"] in OWNERSHIP, (r["source"], r["ownership"])
        doms = items(r["domains"])
        assert doms, r["source"]
        for d in doms:
            assert DOMAIN.match(d), (r["source"], d)


def test_source_aliases_and_domains_unique(sources):
    for col in ("aliases", "domains"):
        owner: dict[str, set[str]] = defaultdict(set)
        for r in sources:
            for s in items(r[col]):
                owner[s].add(r["source"])
        clashes = {s: sorted(o) for s, o in owner.items() if len(o) > 1}
        assert not clashes, col


def test_source_spot_checks(sources):
    by = {r["source"]: r for r in sources}
    assert "sputniknews.com" in items(by["Sputnik"]["domains"])
    assert by["Sputnik"]["ownership"] == "state" and by["Sputnik"]["country"] == "RUS"
    for name in ("RT", "TASS", "RIA Novosti", "Xinhua", "Anadolu Agency"):
        assert by[name]["ownership"] == "state", name
    for name in ("BBC News", "NPR", "Deutsche Welle"):
        assert by[name]["ownership"] == "public", name
    assert {"AP", "Associated Press"} <= set(items(by["Associated Press"]["aliases"]))
    assert "Agence France-Presse" in items(by["AFP"]["aliases"])
    assert "nytimes.com" in items(by["The New York Times"]["domains"])
