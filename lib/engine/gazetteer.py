"""The field's gazetteers (data/gazetteer/*.csv) as lookup tables.

Countries with their names, demonyms, capitals and seats of power; the organisations,
people, roles and news outlets of NATO–Russia coverage. The formats are documented in
data/gazetteer/README.md; users add rows there, not here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import us

from lib.ids import slug
from lib.paths import DATA_DIR

T = TypeVar("T")

GAZETTEER_DIR = DATA_DIR / "gazetteer"


@dataclass(frozen=True)
class Entry:
    """One known entity: its canonical id, type, display name and attributes."""

    entity_id: str  # "country:RUS", "org:nato", "person:jens-stoltenberg"
    type: str  # person | country | org | location
    name: str
    code: str | None = None  # ISO 3166 alpha-3 for countries (and national bodies' country)
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RoleSpell:
    role: str
    person_id: str
    start: date | None
    end: date | None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Gazetteer:
    """Surface form -> (entity, kind) tables, built once from the CSV files."""

    entries: dict[str, Entry] = field(default_factory=dict)
    # Exact, case-sensitive surface forms: "Russia", "Russian Federation", "NATO", "Jens Stoltenberg".
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (entity_id, kind)
    # Lower-case phrases that refer to an org only if it is named in the same article.
    references: dict[str, str] = field(default_factory=dict)  # "the alliance" -> org id
    # Reference phrase -> the organisations whose naming lets it stand besides its own body's:
    # the body's house ("the Security Council" once the United Nations is named).
    houses: dict[str, frozenset[str]] = field(default_factory=dict)
    # Lower-case phrases that refer to the holder of a role: "nato chief" -> role.
    role_references: dict[str, str] = field(default_factory=dict)
    role_spells: list[RoleSpell] = field(default_factory=list)
    # Outlet aliases (as written in datelines, site names, metadata) -> canonical outlet name.
    sources: dict[str, str] = field(default_factory=dict)
    source_domains: dict[str, str] = field(default_factory=dict)
    # Surname -> person ids in the gazetteer with that surname.
    surnames: dict[str, list[str]] = field(default_factory=dict)
    # US states (locations) by their AP abbreviation ("Ky.", "Calif.") and postal code ("KY"):
    # read only where the model found a place there, never matched in running text.
    us_states: dict[str, str] = field(default_factory=dict)
    # A capital's spellings, lower case -> the one it is listed under (capital_spellings.csv):
    # a capital used as a place is one place under each spelling ("Kiev", "Kyiv").
    capital_spellings: dict[str, str] = field(default_factory=dict)
    # Names that are none of the entity types (laws, programmes, treaties, speeches, diseases,
    # religions, vehicles), lower case -> what they are ("obamacare" -> "programme").
    not_entities: dict[str, str] = field(default_factory=dict)
    # Names of military equipment (aircraft, NATO reporting names, makers, vehicles, missiles),
    # as written -> their kind; none is an entity, but most are also words or surnames, so
    # only the words around one make it the thing (lib.engine.equipment_names).
    equipment: dict[str, str] = field(default_factory=dict)
    # Indexes the reading modules build from these tables ("people by sound"), kept with the
    # gazetteer so that each is built once and goes with it (see `index`).
    _indexes: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def index(self, name: str, build: Callable[[Gazetteer], T]) -> T:
        """The index `name`, built by `build` from this gazetteer the first time it is asked."""
        if name not in self._indexes:
            self._indexes[name] = build(self)
        return self._indexes[name]

    def lookup(self, surface: str) -> tuple[Entry, str] | None:
        """The entity and mention kind for an exact surface form, if known."""
        hit = self.names.get(surface)
        if hit is None:
            return None
        return self.entries[hit[0]], hit[1]

    def capital_place(self, name: str, country: str | None) -> Entry:
        """A capital of `country` used as a place, under the spelling it is listed by."""
        name = self.capital_spellings.get(name.lower(), name)
        return Entry(f"location:{slug(name)}", "location", name, code=country)

    def holders(self, role: str, *, on: date | None = None) -> list[str]:
        return sorted({s.person_id for s in self.role_spells if s.role == role and s.holds_on(on)})

    def canonical_source(self, name: str | None) -> str | None:
        """The outlet's canonical name for any alias, domain or spelling; None if unknown."""
        if not name:
            return None
        key = name.strip()
        return (
            self.sources.get(key)
            or self.sources.get(key.lower())
            or self.source_domains.get(key.lower().removeprefix("www."))
        )

    @property
    def site_names(self) -> list[str]:
        """Every outlet alias, for spotting datelines and site-name suffixes in text."""
        return sorted({k for k in self.sources if k[:1].isupper()})

    @property
    def place_names(self) -> frozenset[str]:
        """Every name of a place and of a capital, for telling a dateline's place."""
        return self.index("place names", _place_names)


def _place_names(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(
        name
        for name, (entity_id, kind) in gaz.names.items()
        if kind == "capital" or (kind == "name" and entity_id.startswith("location:"))
    )


def split_multi(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            if None in row or any(v is None for v in row.values()):
                raise ValueError(f"{path}: line {number}: wrong number of fields")
            yield row


def _parse_day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _add_name(gaz: Gazetteer, surface: str, entity_id: str, kind: str) -> None:
    # First claim wins: the files are ordered so the more specific entry comes first.
    gaz.names.setdefault(surface, (entity_id, kind))


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        iso3 = row["iso3"].strip()
        entry = Entry(f"country:{iso3}", "country", row["name"].strip(), code=iso3)
        gaz.entries[entry.entity_id] = entry
        for surface in [entry.name, *split_multi(row["aliases"])]:
            _add_name(gaz, surface, entry.entity_id, "name")
        for surface in split_multi(row["demonyms"]):
            _add_name(gaz, surface, entry.entity_id, "demonym")
        for surface in split_multi(row["capitals"]):
            _add_name(gaz, surface, entry.entity_id, "capital")
        for surface in split_multi(row["seats"]):
            _add_name(gaz, surface, entry.entity_id, "seat")


def _load_kinded(gaz: Gazetteer, path: Path, *, entity_type: str, id_column: str) -> None:
    """Organisations and locations: an id, a name, aliases, a country and a kind; an
    organisation also has reference phrases ("the alliance")."""
    for row in _rows(path):
        attrs = (("kind", row["kind"].strip()),) if row["kind"].strip() else ()
        entry = Entry(
            f"{entity_type}:{row[id_column].strip()}",
            entity_type,
            row["name"].strip(),
            code=row["country"].strip() or None,
            attributes=attrs,
        )
        gaz.entries[entry.entity_id] = entry
        for surface in [entry.name, *split_multi(row["aliases"])]:
            _add_name(gaz, surface, entry.entity_id, "name")
        for surface in _spelt_out(entry.name, split_multi(row["aliases"])):
            _add_name(gaz, surface, entry.entity_id, "name")
        for phrase in split_multi(row.get("references") or ""):
            gaz.references.setdefault(phrase.lower(), entry.entity_id)


def _spelt_out(name: str, aliases: list[str]) -> list[str]:
    """'United States Army Europe' for 'US Army Europe': press releases and official copy
    write the country of a US body in full, where the gazetteer lists the short form. Without
    the long form the ruler reads 'United States Army' (another alias) and leaves 'Europe'."""
    return [
        "United States " + surface.split(" ", 1)[1]
        for surface in [name, *aliases]
        if surface.startswith(("US ", "U.S. ")) and " " in surface
    ]


def _load_capital_spellings(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        for spelling in split_multi(row["spellings"]):
            gaz.capital_spellings[spelling.lower()] = row["name"].strip()


def _load_organisations(gaz: Gazetteer, path: Path) -> None:
    _load_kinded(gaz, path, entity_type="org", id_column="org_id")


def _load_locations(gaz: Gazetteer, path: Path) -> None:
    _load_kinded(gaz, path, entity_type="location", id_column="location_id")


def _load_people(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        entry = Entry(
            f"person:{row['person_id'].strip()}",
            "person",
            row["name"].strip(),
            code=row["country"].strip() or None,
        )
        gaz.entries[entry.entity_id] = entry
        for surface in [entry.name, *split_multi(row["aliases"])]:
            _add_name(gaz, surface, entry.entity_id, "name")
            gaz.surnames.setdefault(surface.split()[-1], [])
            if entry.entity_id not in gaz.surnames[surface.split()[-1]]:
                gaz.surnames[surface.split()[-1]].append(entry.entity_id)
        for spell in split_multi(row["roles"]):
            role, _, span = spell.partition("@")
            start, _, end = span.partition(":")
            gaz.role_spells.append(
                RoleSpell(
                    role.strip(),
                    entry.entity_id,
                    _parse_day(start.strip()),
                    _parse_day(end.strip()),
                )
            )


def _load_roles(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        role = row["role"].strip()
        for phrase in [role, *split_multi(row["references"])]:
            gaz.role_references.setdefault(phrase.lower(), role)


def _load_sources(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        name = row["source"].strip()
        for alias in [name, *split_multi(row["aliases"])]:
            gaz.sources.setdefault(alias, name)
            gaz.sources.setdefault(alias.lower(), name)
        for domain in split_multi(row["domains"]):
            gaz.source_domains.setdefault(domain.lower(), name)
        # Outlets are also organisations that articles mention ("told Reuters"). An outlet
        # the organisations already list under one of its names ("New York Times" for "The
        # New York Times") is that organisation: a leading "The" never makes a second id.
        aliases = [name, *split_multi(row["aliases"])]
        known = next(
            (
                hit[0]
                for alias in aliases
                for form in (alias, alias.removeprefix("The "))
                if (hit := gaz.names.get(form)) and hit[0].startswith("org:")
            ),
            None,
        )
        if known is not None:
            for alias in aliases:
                if len(alias) > 2 and alias[:1].isupper():
                    _add_name(gaz, alias, known, "name")
            continue
        org_id = f"org:{slug(name)}"
        if not any(e.type == "org" and e.name == name for e in gaz.entries.values()):
            gaz.entries.setdefault(
                org_id,
                Entry(
                    org_id,
                    "org",
                    name,
                    code=row["country"].strip() or None,
                    attributes=(("kind", "media"),),
                ),
            )
            for alias in [name, *split_multi(row["aliases"])]:
                if len(alias) > 2:
                    _add_name(gaz, alias, org_id, "name")


def _load_us_states(gaz: Gazetteer) -> None:
    """The US states (not the territories, which are ISO countries) as places, from the `us`
    package: the name in running text (where no country or capital claims it first:
    Georgia stays the country's, Washington the capital's), the AP abbreviation ("Ky.",
    "Calif.", "N.J.") and the postal code ("KY") where the model found a place."""
    for state in us.states.STATES:
        entry = Entry(
            f"location:{slug(state.name)}",
            "location",
            state.name,
            code="USA",
        )
        gaz.entries.setdefault(entry.entity_id, entry)
        _add_name(gaz, state.name, entry.entity_id, "name")
        for form in (state.ap_abbr, state.abbr):
            if form and form != state.name:
                gaz.us_states.setdefault(form, entry.entity_id)
                gaz.us_states.setdefault(form.rstrip("."), entry.entity_id)
    # The District of Columbia is the capital's own ground, not a state: its name and its
    # abbreviations are the capital's place, so that "Washington", "D.C." and "Washington
    # DC" are one city, not three.
    capital = gaz.capital_place("Washington", "USA")
    gaz.entries.setdefault(capital.entity_id, capital)
    _add_name(gaz, "District of Columbia", capital.entity_id, "name")
    for form in ("D.C.", "D.C", "DC"):
        gaz.us_states.setdefault(form, capital.entity_id)
    # New York City written short is New York, as the city and the state share their name
    for form in ("NYC", "N.Y.C."):
        gaz.us_states.setdefault(form, "location:new-york")


def _load_not_entities(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        gaz.not_entities.setdefault(row["name"].strip().lower(), row["what"].strip())


def _load_equipment(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        gaz.equipment.setdefault(row["name"].strip(), row["kind"].strip())


@cache
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """All gazetteer files of a directory; people before organisations before countries,
    so that a person's or organisation's full name is never read as a country word."""
    gaz = Gazetteer()
    loaders = [
        ("people.csv", _load_people),
        ("organisations.csv", _load_organisations),
        ("locations.csv", _load_locations),
        ("countries.csv", _load_countries),
        ("capital_spellings.csv", _load_capital_spellings),
        ("roles.csv", _load_roles),
        ("sources.csv", _load_sources),
        ("not_entities.csv", _load_not_entities),
        ("equipment.csv", _load_equipment),
    ]
    for file_name, loader in loaders:
        path = directory / file_name
        if path.exists():
            loader(gaz, path)
    _load_us_states(gaz)
    _find_houses(gaz)
    return gaz


def _find_houses(gaz: Gazetteer) -> None:
    """A body's house is an organisation whose name opens one of the body's names ("UN" of
    "UN Security Council"), where the reference phrase holds two words of the rest of that
    name ("the security council", not "the commission": one word may be any body's)."""
    names: dict[str, list[str]] = {}
    for surface, (entity_id, _) in gaz.names.items():
        names.setdefault(entity_id, []).append(surface)
    for phrase, body in gaz.references.items():
        words = set(phrase.lower().split())
        found = set()
        for surface in names.get(body, ()):
            parts = surface.split()
            for n in range(1, len(parts)):
                house = gaz.names.get(" ".join(parts[:n]))
                rest = {w.lower() for w in parts[n:]}
                if (
                    house
                    and house[0].startswith("org:")
                    and house[0] != body
                    and len(words & rest) >= 2
                ):
                    found.add(house[0])
        if found:
            gaz.houses[phrase] = frozenset(found)
