"""A surface looked up in the gazetteer as outlets write its names: in any case when it has
more than one word, with or without full stops ("F.B.I.", "U.S"), in a dateline's capitals,
with a number in figures ("Group of 8"), its members' noun after it ("Group of 7 Nations"),
"Northern" for "North", a sea of "the X and Y Seas", without its spaces ("Skynews"), an agency's acronym in title case
("Efe"), without its diacritics ("Camp Ādaži")."""

from __future__ import annotations

import unicodedata

from lib.engine.gazetteer import Entry, Gazetteer


def gazetteer_hit(gaz: Gazetteer, surface: str) -> tuple[Entry, str] | None:
    """The gazetteer's entry and kind of a surface as outlets write it, or None."""
    hit = gaz.lookup(surface)
    if hit is None and " " in surface:
        # Multi-word names are safe to match without case: "north atlantic treaty organization".
        hit = (
            gaz.lookup(surface.title()) or gaz.lookup(surface.upper()) or _folded_hit(gaz, surface)
        )
    if hit is None and "." in surface:
        # House styles with full stops: "F.B.I." for FBI; "U.S" (a full stop lost) for U.S.
        hit = gaz.lookup(surface + ".") or gaz.lookup(surface.replace(".", ""))
    if hit is None and len(surface) > 3 and surface.isupper():
        # Capitals of a dateline or a shouted headline: "WASHINGTON", "RUSSIA".
        hit = gaz.lookup(surface.title())
    if hit is None and not surface.isascii() and (plain := without_marks(surface)) != surface:
        # "Camp Ādaži", "Šiauliai": outlets write a foreign name with its marks or without
        # them, and the gazetteer lists the plain spelling ("Camp Adazi")
        hit = gazetteer_hit(gaz, plain)
    if hit is None:
        hit = _variant_hit(gaz, surface)
    return hit


def _spaceless_orgs(gaz: Gazetteer) -> dict[str, str]:
    """The gazetteer's organisations of several words, by their words run together."""
    return {
        name.replace(" ", "").lower(): name
        for name, (entity_id, kind) in gaz.names.items()
        if kind == "name" and " " in name and entity_id.startswith("org:")
    }


def _folded_hit(gaz: Gazetteer, surface: str) -> tuple[Entry, str] | None:
    """A multi-word name in another mix of cases than the gazetteer's: "Baltic States" for
    "Baltic states", "Black sea" for "Black Sea"."""
    name = gaz.index("multi-word names by folded case", _folded_names).get(surface.casefold())
    return gaz.lookup(name) if name is not None else None


def _folded_names(gaz: Gazetteer) -> dict[str, str]:
    folded: dict[str, str] = {}
    for name in gaz.names:
        if " " in name:
            folded.setdefault(name.casefold(), name)
    return folded


# Letters that carry no combining mark to strip ("Elbląg" decomposes, "Łódź"'s Ł does not).
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d",
                                "Đ": "D", "ß": "ss"})  # fmt: skip


def without_marks(text: str) -> str:
    """'Camp Ādaži' -> 'Camp Adazi': the letters without their diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NUMBER_WORDS = dict(enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
))  # fmt: skip


# Plural nouns that describe the members of a group written after its name: "the Group of 7
# Nations", "the Group of Eight major industrial nations".
_MEMBER_NOUNS = {"nations", "countries", "states", "members", "economies"}


# A site's noun after the name of the town it stands in ("Rukla Garrison").
_SITE_SUFFIXES = {"garrison", "base", "airbase", "air base", "army base", "military base",
                  "barracks"}  # fmt: skip


def _unit_tail(words: list[str]) -> int:
    """How many of the last words name a unit of no name of its own ('Battle Group')."""
    if [w.lower() for w in words[-2:]] in (["battle", "group"], ["battle", "groups"]):
        return 2
    return int(words[-1].lower() in ("battalion", "battalions", "battlegroup", "battlegroups"))


def _by_name_end(gaz: Gazetteer, words: str) -> tuple[Entry, str] | None:
    """The one organisation whose name ends with these two words or more."""
    if " " not in words:
        return None
    ends = [
        name for name, (entity_id, kind) in gaz.names.items()
        if kind == "name" and entity_id.startswith("org:") and name.endswith(" " + words)
    ]  # fmt: skip
    return gaz.lookup(ends[0]) if len({gaz.names[n][0] for n in ends}) == 1 else None


def _variant_hit(gaz: Gazetteer, surface: str) -> tuple[Entry, str] | None:
    """A gazetteer name as outlets also write it: a number in figures ('Group of 8'), with
    its members' noun after it ('Group of 7 Nations'), 'Northern' for 'North' ('Northern
    Macedonia'), without its spaces ('Skynews'), an agency's acronym in title case ('Efe')."""
    words = surface.split()
    if any(w.isdigit() for w in words):
        spelt = " ".join(
            _NUMBER_WORDS[int(w)].title() if w.isdigit() and int(w) <= 20 else w for w in words
        )
        if spelt != surface and (hit := gazetteer_hit(gaz, spelt)):
            return hit
    while len(words) > 1 and words[-1] in ("news", "agency", "wire", "service"):
        words = words[:-1]  # "Efe news agency reported": the agency
        if len(words) == 1:
            return _variant_hit(gaz, words[0])
    if (hit := _state_body_variant(gaz, surface)) is not None:
        return hit
    if len(words) > 2 and words[-1].lower() in _MEMBER_NOUNS:
        hit = gazetteer_hit(gaz, " ".join(words[:-1]))
        if hit is not None and hit[0].type == "org":
            return hit
    if len(words) > 1 and words[-1] in ("Seas", "Straits"):
        # "the Baltic and Black Seas": two seas sharing one plural head word
        hit = gaz.lookup(surface[:-1])
        if hit is not None and hit[0].type == "location":
            return hit
    if len(words) in (2, 3) and " ".join(words[1:]).lower() in _SITE_SUFFIXES:
        # "Rukla Garrison", "Tapa Army Base": a garrison known by its town is that place
        hit = gaz.lookup(words[0])
        if hit is not None and hit[0].type == "location":
            return hit
    if (unit := _unit_tail(words)) and len(words) > unit:
        # "Forward Presence Battle Group", "eFP Battalion": the programme's unit is the
        # programme, named in full or by the end of its name
        rest = " ".join(words[:-unit])
        hit = gazetteer_hit(gaz, rest) or _by_name_end(gaz, rest)
        if hit is not None and hit[0].type == "org":
            return hit
    if len(words) > 1 and words[0] == "Northern":
        hit = gaz.lookup(" ".join(["North", *words[1:]]))
        if hit is not None:
            return hit
    if len(words) == 1 and surface.istitle() and 3 <= len(surface) <= 4:
        hit = gaz.lookup(surface.upper())
        if hit is not None and hit[0].type == "org":
            return hit
    if len(words) == 1 and len(surface) > 5:
        spaceless = gaz.index("organisations without spaces", _spaceless_orgs)
        if (name := spaceless.get(surface.lower())) is not None:
            return gaz.lookup(name)
    return None


def _first_demonyms(gaz: Gazetteer) -> dict[str, str]:
    """Each country's first capitalised demonym ('country:TUR' -> 'Turkish')."""
    out: dict[str, str] = {}
    for name, (entity_id, kind) in gaz.names.items():
        if kind == "demonym" and entity_id.startswith("country:") and name[:1].isupper():
            out.setdefault(entity_id, name)
    return out


def _state_body_variant(gaz: Gazetteer, surface: str) -> tuple[Entry, str] | None:
    """'Ministry of Defence of Russia', 'Ministry of Defense of the Republic of Belarus': a
    state's body with its state after 'of' is the gazetteer's '<demonym> <body>'."""
    parts = surface.split(" of ")
    for n in range(1, len(parts)):
        body, state = " of ".join(parts[:n]), " of ".join(parts[n:]).removeprefix("the ")
        entity_id, kind = gaz.names.get(state, ("", ""))
        if " " not in body.strip() or kind != "name" or not entity_id.startswith("country:"):
            continue
        demonym = gaz.index("first demonym of each country", _first_demonyms).get(entity_id)
        hit = gazetteer_hit(gaz, f"{demonym} {body}") if demonym else None
        return hit if hit is not None and hit[0].type == "org" else None
    return None
