"""Military equipment called by its name (data/gazetteer/equipment.csv: "Typhoon", the NATO
reporting name "Bear", the maker "Tupolev", the vehicle "Marder"), which the model takes for
a body or a person. Most of these names are also words or surnames ("Bear", "Abrams"), so a
name of the list is the thing only where the words around it say so: written in the plural
("two Typhoons", "also known as Blackjacks"), with a variant's letter ("Bear-F"), after a
model's code ("Tu-142 Bear", "Su-24 aircraft, or Fencer"), before a type's word in capitals
("Voyager Air-to-Air Refuelling", "the Russian Bear Aircraft") or in lower case ("Typhoon
jets", "British Typhoon fighters"). The model takes such a name for a place as often as for a
body ("Britain scrambles Typhoon jets")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from lib.engine.blocks import doc_text
from lib.engine.gazetteer import Gazetteer

# Words of an aircraft's or a vehicle's role that house styles capitalise after its name
# ("Ashore": the land-based variant of a ship's system, "Aegis Ashore").
TYPE_WORDS = {
    "aircraft", "fighter", "fighters", "jet", "jets", "bomber", "bombers", "tanker", "tankers",
    "refuelling", "refueling", "transport", "helicopter", "helicopters", "plane", "planes",
    "patrol", "tank", "tanks", "ifv", "ifvs", "apc", "apcs", "mbt", "mbts", "drone", "drones",
    "missile", "missiles", "vehicle", "vehicles", "interceptor", "interceptors", "warplane",
    "warplanes", "gunship", "gunships", "ashore",
}  # fmt: skip

# A model's code and its other name joined by "or" or a word of naming: "a Russian Su-24
# aircraft, or Fencer", "Tu-95 bombers, known as Bears".
_CODE_THEN_NAME = re.compile(
    r"\b[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]{0,2}(?:\s+[a-z]+)?,?\s+"
    r"(?:or|dubbed|called|codenamed|known\s+as)\s*$"
)

# A model's code written before the reporting name: "Tu-142 Bear", "Su-27 Flanker".
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]{0,2}\s*$")

# A model's code in one word: "S-400", "Su-27".
_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]{0,2}")

# A variant's letter after the name: "Bear-F", "Flanker-E", "Backfire-C".
_VARIANT = re.compile(r"^(?P<name>.+?)\s*[-\u2013]\s*[A-Z]{1,2}$")


def _plural_of(word: str, equipment: dict[str, str]) -> bool:
    """'Typhoons', 'Tornadoes', 'Blackjacks', 'Tupolevs': a listed name in the plural."""
    return any(
        word.endswith(s) and word[: -len(s)] in equipment for s in ("s", "es") if len(word) > 3
    )


# A state before a weapon's name, by its demonym or its capital: "Russian Iskanders", "the
# US offered Ankara Patriot missiles".
_OWNER_KINDS = ("demonym", "capital")


def _prefix_words(words: list[str], gaz: Gazetteer) -> bool:
    """The words before the name are a service's acronym, a nationality, a capital or the
    maker's name ('RAF', 'Russian', 'Ankara', 'Eurofighter')."""
    return all(
        w.isupper() or w in gaz.equipment or gaz.names.get(w, ("", ""))[1] in _OWNER_KINDS
        for w in words
    )


def names_equipment(span: Span, gaz: Gazetteer) -> bool:
    """The span is a piece of military equipment called by its name, no person nor body."""
    if not gaz.equipment:
        return False
    words = [t.text for t in span if t.lower_ != "the"]
    if not words:
        return False
    if len(words) <= 2 and _plural_of(words[-1], gaz.equipment) and _prefix_words(words[:-1], gaz):
        return True  # "the Typhoons shadowed", "RAF Typhoons", "also known as Blackjacks"
    if (m := _VARIANT.match(span.text)) and m["name"] in gaz.equipment:
        return True  # "Bear-F"
    if (
        len(words) > 1
        and words[-1] in gaz.equipment
        and all(_CODE.fullmatch(w) for w in words[:-1])
    ):
        return True  # "the S-400 Triumf", "Su-27 Flanker": the code and the name in one span
    first = next((i for i, w in enumerate(words) if w in gaz.equipment), None)
    if first is None:
        return False
    before = doc_text(span.doc)[max(0, span.start_char - 40) : span.start_char]
    if (
        first == 0
        and len(words) == 1
        and (_CODE_BEFORE.search(before[-12:]) or _CODE_THEN_NAME.search(before))
    ):
        return True  # "two Tu-142 Bear aircraft", "the Su-27 Flanker", "Su-24 aircraft, or Fencer"
    if words[-1] in gaz.equipment and _prefix_words(words[:-1], gaz) and _type_word_after(span):
        return True  # "Typhoon jets", "British Typhoon fighters", "Stryker vehicles"
    rest = [w.lower() for w in words[first + 1 :]]
    return (
        bool(rest)
        and _prefix_words(words[:first], gaz)
        and rest[-1] in TYPE_WORDS
        and all(w in TYPE_WORDS or "-" in w or w in ("-", "to", "air") for w in rest)
    )  # "Voyager Air-to-Air Refuelling", "the Russian Bear Aircraft"


# Lower-case words between a weapon's name and its type's word: "the Patriot air defense
# system", "the Iskander nuclear missiles", "Aegis missile defence systems".
_ROLE_MODIFIERS = {"air", "defense", "defence", "missile", "nuclear", "anti-aircraft",
                   "anti-missile", "ballistic", "cruise", "surface-to-air", "guided"}  # fmt: skip
_SYSTEM_WORDS = {"system", "systems", "complex", "complexes", "battery", "batteries",
                 "launcher", "launchers"}  # fmt: skip


def _type_word_after(span: Span) -> bool:
    """A type's word in lower case after the name, maybe after words of its role:
    "scrambles Typhoon jets", "the Patriot air defense system"."""
    doc, j = span.doc, span.end
    while (
        j < len(doc) and j < span.end + 3 and doc[j].is_lower and doc[j].lower_ in _ROLE_MODIFIERS
    ):
        j += 1
    if j >= len(doc) or not doc[j].is_lower:
        return False
    return doc[j].lower_ in TYPE_WORDS or (j > span.end and doc[j].lower_ in _SYSTEM_WORDS)
