"""Names the gazetteer knows that news writes with some of their words in lower case: a
body's head words ("the Russian defense ministry", "the UN security council", "Russia's Black
Sea fleet"), a region's compass word ("eastern Europe"). The model and the case-sensitive
ruler read only the capitalised part ("Russian", "Black Sea", "Europe"), which is another
entity; the whole is the name."""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.diplomatic_posts import diplomatic_post, post_owner
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.name_lookup import gazetteer_hit
from lib.engine.news_words import INSTITUTION_NOUNS, ROLE_HEADS
from lib.engine.span_context import before_a_noun
from lib.ids import slug


def lower_case_body(span: Span, gaz: Gazetteer) -> tuple[Entry, str, tuple[int, int]] | None:
    """'Russian defense ministry', 'Turkish foreign ministry', "Russia's Black Sea fleet",
    "Ukraine's navy", 'the United States armed forces': a nationality or a place, its
    possessive too, and the lower-case words of one of its bodies the gazetteer names (up to
    three, the last an institution noun, a role noun may follow: 'foreign ministry
    spokeswoman'), with the name's character bounds; a state's defence, foreign or interior
    ministry the gazetteer does not list is made up by its name (_state_ministry)."""
    doc = span.doc
    if (state := _country_of(post_owner(span), gaz)) and (demonyms := _demonyms(gaz).get(state)):
        post = diplomatic_post(span, gaz.entries[state], demonyms[0], gaz)
        if post is not None:
            return post  # "the Russian embassy in Washington", "the U.S. Embassy"
    first = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
    owners = [span.text, *_demonyms(gaz).get(span.ent_id_.partition("|")[0], ())]
    for n in (3, 2, 1):
        end = first + n
        if end > len(doc) or doc[end - 1].lower_ not in INSTITUTION_NOUNS:
            continue
        words = doc[first:end]
        possessive = first > span.end  # "Russia's Defense Ministry": any case after it
        if not all(t.is_alpha for t in words) or not (words[0].is_lower or possessive):
            continue
        if (
            before_a_noun(doc, end)
            and doc[end].lower_ not in ROLE_HEADS
            and words[-1].lower_ not in _ONLY_BODIES
        ):
            continue  # "Ukrainian navy vessels": the vessels, of the navy
        if words[-1].lower_ == "parliament" and _names_a_chamber(doc, span.start, end):
            continue  # "the upper house of the Russian parliament": the chamber is told
        # "the Russian foreign Ministry", "the UN security council": house styles and
        # translations write a body's head words in lower case
        titled = " ".join(t.text.title() for t in words)
        hit = gazetteer_hit(gaz, doc[span.start : end].text) if first == span.end else None
        for owner in owners:
            hit = hit or gazetteer_hit(gaz, f"{owner} {titled}")
        hit = hit or _state_ministry(_country_of(span, gaz), words.text, gaz)
        if hit is not None and hit[0].type == "org":
            return hit[0], hit[1], (span.start_char, words[-1].idx + len(words[-1]))
    return None


def _country_of(span: Span, gaz: Gazetteer) -> str:
    """The country id of a state's name or demonym, as the ruler set it or the model left it
    ('Turkish' labelled NORP by the model alone); '' for any other span."""
    if span.ent_id_.startswith("country:"):
        return span.ent_id_.partition("|")[0]
    hit = gaz.lookup(span.text)
    return hit[0].entity_id if hit is not None and hit[0].type == "country" else ""


_CHAMBERS = {"house", "chamber"}


def _names_a_chamber(doc, start: int, end: int) -> bool:
    """Whether the parliament from token start to end is named as the whole one of its
    chambers is part of ("the upper house of the Russian parliament", "the Russian
    parliament's upper house"), where the chamber, not the parliament, is spoken of."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _CHAMBERS:
        return True
    after = [t.lower_ for t in doc[end : end + 3]]
    return len(after) == 3 and after[0] in ("'s", "’s") and after[2] in _CHAMBERS


# Heads of a body only: what follows is the body's ("a defence ministry official", "the
# foreign ministry statement"), where "navy vessels" or "army trucks" are things of the body.
_ONLY_BODIES = {"ministry", "parliament"}

# The ministries every state has, by the word news puts before "ministry", and its name.
_PORTFOLIOS = {"defence": "Defence", "defense": "Defence", "foreign": "Foreign",
               "interior": "Interior"}  # fmt: skip


def national_body(country_id: str, words: str, gaz: Gazetteer) -> tuple[Entry, str] | None:
    """The body of a state told by its head words ('defence ministry', 'parliament'): the
    gazetteer's by the state's demonym ('Russian Defence Ministry'), else the one every state
    has (_state_ministry)."""
    titled = words.title()
    for demonym in _demonyms(gaz).get(country_id, ()):
        hit = gazetteer_hit(gaz, f"{demonym} {titled}")
        if hit is not None and hit[0].type == "org":
            return hit
    return _state_ministry(country_id, words, gaz)


def _state_ministry(country_id: str, words: str, gaz: Gazetteer) -> tuple[Entry, str] | None:
    """'the Turkish defense ministry', "Belarus's defence ministry", 'the Montenegro
    parliament' where the gazetteer lists no such body of that state: every state has a
    defence, a foreign and an interior ministry and a parliament, named here as the gazetteer
    names those it lists ('Russian Defence Ministry'); a parliament the gazetteer lists under
    another name ('Parliament of Montenegro') is that one."""
    portfolio, _, head = words.lower().partition(" ")
    demonyms = _demonyms(gaz).get(country_id, ())
    if not demonyms:
        return None
    code = gaz.entries[country_id].code
    if words.lower() == "parliament":
        listed = _parliaments(gaz).get(country_id)
        name = f"{demonyms[0]} Parliament"
        entry = listed or Entry(f"org:{slug(name)}", "org", name, code=code)
        return entry, "name"
    if head != "ministry" or portfolio not in _PORTFOLIOS:
        return None
    name = f"{demonyms[0]} {_PORTFOLIOS[portfolio]} Ministry"
    return Entry(f"org:{slug(name)}", "org", name, code=code), "name"


def _parliaments(gaz: Gazetteer) -> dict[str, Entry]:
    """A state's body the gazetteer names a parliament ('Parliament of Montenegro', 'UK
    Parliament'), by the state's id."""

    def build(gaz: Gazetteer) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for surface, (entity_id, kind) in gaz.names.items():
            entry = gaz.entries[entity_id]
            if kind == "name" and entry.type == "org" and entry.code and "Parliament" in surface:
                found.setdefault(f"country:{entry.code}", entry)
        return found

    return gaz.index("parliament by country", build)


def _demonyms(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """A country's demonyms by its id ('country:UKR' -> 'Ukrainian', ...): "Ukraine's navy"
    is the body the gazetteer names 'Ukrainian Navy'."""
    return gaz.index("demonyms by country", _demonyms_by_country)


def _demonyms_by_country(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for surface, (entity_id, kind) in gaz.names.items():
        if kind == "demonym" and surface[:1].isupper() and not surface.endswith("s"):
            found.setdefault(entity_id, []).append(surface)
    return {k: tuple(v) for k, v in found.items()}


# Compass words a region's name opens with, which house styles write in lower case.
_COMPASS = {"eastern", "western", "northern", "southern", "central"}


def compass_region(span: Span, gaz: Gazetteer) -> tuple[Entry, str, tuple[int, int]] | None:
    """'eastern Europe', 'central Europe': a compass word in lower case before a region whose
    capitalised form the gazetteer knows as a region of its own ('Eastern Europe') is that
    region (entry, kind, the name's character bounds), not the whole of it."""
    doc, i = span.doc, span.start - 1
    if i < 0 or not doc[i].is_lower or doc[i].lower_ not in _COMPASS:
        return None
    hit = gaz.lookup(f"{doc[i].text.title()} {span.text}")
    if (
        hit is None
        or hit[0].type != "location"
        or hit[0].entity_id == span.ent_id_.partition("|")[0]
    ):
        return None
    return hit[0], hit[1], (doc[i].idx, span.end_char)
