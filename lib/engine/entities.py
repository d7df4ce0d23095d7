"""spaCy spans -> mentions of canonical entities (people, countries, organisations, places).

Within one article:
- a span the gazetteer knows gets its entity and its kind (name, demonym, capital, seat);
- a capital or seat used as a place ("the summit in London", "Warsaw, Poland") is a
  location, not the state; used as an actor ("dialogue with Moscow") it stands for the state;
- people are merged by name: "Putin", "President Putin" and "Vladimir Putin" are one
  person; a lone surname that the small model labelled ORG or GPE ("Stoltenberg said")
  is the person of that surname named in the article;
- titles before a name are kept as roles ("NATO Secretary General Jens Stoltenberg"), and
  a role used alone ("the NATO chief said") is a mention of the person holding it in
  that article; "the alliance" is NATO only where NATO is named;
- compounds of two known names ("Ankara-Moscow", "US-Russia") are two mentions;
- names as outlets write them (issue 15): typography around a name is not part of it
  (clean_bounds, lib.names.normalise_surface), title-case headlines are split at their verbs,
  names in capitals are the same names; a short form is the person or organisation the
  article names in full (merge_people, merge_organisations) or its country's body of that
  name ("the Army"); title words, laws, programmes and buildings are not organisations;
  US states are places, and a country's name inside a longer name or after a personal title
  is not the country (places_shared_with_us_states for Georgia). Each mention records how
  its surface reached its entity (Mention.link, linked_from).
Across the corpus, lib.engine.resolve links short forms and name variants and builds the
entities table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import pycountry
from spacy.attrs import IS_LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.nlp import COMMON_NAME_WORDS, REFERENCES_KEY
from lib.engine.resolve import GIVEN_NAMES
from lib.ids import slug
from lib.names import ENTITY_TYPES, normalise_surface  # noqa: F401 (ENTITY_TYPES: re-exported)

LINKED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


TYPE_FOR_LABEL = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}


# Words that introduce a place rather than an actor: "in Warsaw", "at the Kremlin".
LOCATIVE_WORDS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "via",
    "into",
    "throughout",
    "within",
}


# "to" introduces a place only after a word of travel: "a visit to Moscow", not "talk to Moscow".
TRAVEL_WORDS = {
    "visit",
    "visits",
    "visited",
    "visiting",
    "trip",
    "travel",
    "travelled",
    "traveled",
    "flew",
    "fly",
    "flight",
    "flights",
    "journey",
    "return",
    "returned",
    "went",
    "came",
    "moved",
    "arrived",
    "headed",
    "sent",
    "deployed",
    "route",
    "road",
    "way",
}


# Titles and honorifics that news puts before a name; stripped from the name, kept as role.
TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "commander",
    "director",
    "head",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "deputy",
    "premier",
    "king",
    "queen",
    "prince",
    "pope",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "gen.",
    "adm.",
    "admiral",
    "colonel",
    "col.",
    "lt.",
    "major",
    "foreign",
    "defense",
    "defence",
    "state",
    "national",
    "security",
    "adviser",
    "advisor",
    "speaker",
    "governor",
    "mayor",
    "lawmaker",
    "former",
    "acting",
    "top",
    "diplomat",
    "counterpart",
    "officer",
    "first",
    "army",
    "staff",
    "lieutenant",
    "sergeant",
    "captain",
    "press",
    "emir",
    "sheikh",
    "crown",
    "supreme",
    "allied",
    "high",
    "permanent",
    "member",
}


ROLE_HEADS = {
    "president",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "commander",
    "director",
    "head",
    "leader",
    "chairman",
    "chairwoman",
    "senator",
    "deputy",
    "premier",
    "king",
    "queen",
    "prince",
    "pope",
    "adviser",
    "advisor",
    "speaker",
    "governor",
    "mayor",
    "admiral",
    "representative",
    "emir",
    "sacEUR".lower(),
}


# Headlines are written in title case, so the small model takes the verb next to a name for
# part of it: "Shoigu Warns of Response", "Kremlin Says Putin Has No Plans to Meet Biden".
# A span's first or last word from this list is dropped when the rest is still a name.
HEADLINE_VERBS = {
    "say", "says", "said", "warn", "warns", "warned", "urge", "urges", "urged", "tell", "tells",
    "call", "calls", "vow", "vows", "slam", "slams", "claim", "claims", "accuse", "accuses",
    "deny", "denies", "insist", "insists", "hail", "hails", "reject", "rejects", "admit",
    "admits", "blame", "blames", "meet", "meets", "visit", "visits", "threaten", "threatens",
    "praise", "praises", "condemn", "condemns", "criticize", "criticizes", "criticise",
    "criticises", "welcome", "welcomes", "ask", "asks", "agree", "agrees", "confirm",
    "confirms", "announce", "announces", "expect", "expects", "speak", "speaks", "mulls",
    "seek", "seeks", "defend", "defends", "tout", "touts", "blast", "blasts", "mock",
    "mocks", "pledge", "pledges", "push", "pushes", "rip", "rips", "knock", "knocks",
    "begin", "begins", "target", "targets", "targeting", "launch", "launches", "sign",
    "signs", "join", "joins", "expel", "expels", "suspend", "suspends", "quit", "quits",
    "send", "sends", "shoot", "shoots", "downs", "hosts", "holds", "kicks", "opens",
    "arrives", "leaves", "pulls", "scraps", "ditches", "snubs", "skips", "eyes", "weighs",
    "want", "wants", "needs", "fears", "sees", "plans", "backs", "withdraw", "withdraws",
    "intercept", "intercepts", "scramble", "scrambles", "seize", "seizes", "storm", "storms",
    "brought", "shot", "down",
}  # fmt: skip


# Words of an office that the model sometimes tags alone as an ORG ("Defence" in "Defence
# Minister Sergei Shoigu"): such a span followed by an office word is part of a title.
OFFICE_QUALIFIERS = {
    "defence", "defense", "foreign", "interior", "finance", "economy", "justice", "health",
    "trade", "energy", "prime", "deputy", "vice", "state", "home", "first", "national",
    "security", "homeland", "special", "attorney", "press", "assistant", "principal",
}  # fmt: skip


_COMPOUND_SPLIT = re.compile(r"\s*[-\u2013\u2014/]\s*")


@dataclass(frozen=True)
class Mention:
    """One mention in an article, before corpus-wide canonicalisation."""

    start: int  # character offsets into the article's cleaned text
    end: int
    surface: str
    sentence_id: int
    section: str
    entity_id: str
    type: str
    kind: str  # name | demonym | capital | seat | title | reference
    name: str  # canonical name (gazetteer) or best name from the text
    label: str  # what the model or rule said: PERSON, ORG, GPE, NORP, LOC, FAC, ORGREF, ROLE
    role: str | None = None  # title stated before a person's name
    code: str | None = None
    # How the surface reached its entity (docs/data.md, mentions.link): "gazetteer" (a name
    # the gazetteer knows), "text" (the name as written), "article" (a short form linked to
    # the fuller name the article gives), "corpus" (linked across the corpus).
    link: str = "text"
    linked_from: str | None = None  # the entity the surface would be on its own, if linked


@dataclass(frozen=True)
class Block:
    """One processed block of an article: its section, where it starts, its Doc."""

    section: str
    offset: int
    doc: Doc
    first_sentence_id: int


_TEXT_KEY = "lens_text"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: spaCy rebuilds Doc.text from its tokens on every read, and
    linking reads it for every mention (a fifth of the per-article time on real pages)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keeps the text a doc was made from (spaCy's tokenizer loses no character), so that
    doc_text need not join it again from the tokens."""
    doc.user_data[_TEXT_KEY] = text


def strip_title(span: Span) -> tuple[str | None, Span]:
    """'President Putin' -> ('President', Putin); titles inside a PERSON span."""
    i = span.start
    while i < span.end - 1 and span.doc[i].lower_ in TITLE_WORDS | {"the"}:
        i += 1
    title = span.doc[span.start : i].text if i > span.start else None
    return title, span.doc[i : span.end]


def stated_role(span: Span) -> str | None:
    """The title written just before a name: 'NATO Secretary General', "Turkey's President"."""
    doc, i = span.doc, span.start - 1
    words: list[int] = []
    while i >= 0 and len(words) < 6:
        token = doc[i]
        if token.text in ("'s", "'", "-") or (
            token.is_alpha and (token.is_title or token.is_upper)
        ):
            words.append(i)
            i -= 1
            continue
        if token.lower_ in ROLE_HEADS and not words:  # lower-case "president Putin"
            words.append(i)
            i -= 1
            continue
        break
    while words and doc[words[-1]].text in ("'s", "'", "-"):
        words.pop()
    if not words:
        return None
    tokens = [doc[j] for j in reversed(words)]
    if not any(t.lower_ in ROLE_HEADS for t in tokens):
        return None
    return doc[tokens[0].i : tokens[-1].i + 1].text


def strip_headline_verbs(span: Span) -> Span:
    """'Shoigu Warns' -> 'Shoigu', 'Meet Biden' -> 'Biden' (see HEADLINE_VERBS)."""
    start, end = span.start, span.end
    while end - start > 1 and span.doc[end - 1].lower_ in HEADLINE_VERBS:
        end -= 1
    while end - start > 1 and span.doc[start].lower_ in HEADLINE_VERBS:
        start += 1
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span


# Heads of titles that the office words go before, beside ROLE_HEADS: "Vice Chair",
# "Vice Adm.", "Vice Presidential nominee", "Deputy Chief of Staff".
TITLE_HEADS = ROLE_HEADS | {
    "chair", "chairs", "adm.", "adm", "admiral", "marshal", "presidential", "presidents",
    "ministers", "secretaries", "directors", "counsel", "attorney", "officer", "commanders",
}  # fmt: skip


def is_part_of_title(span: Span) -> bool:
    """'Defence' in 'Defence Minister Sergei Shoigu', 'Vice' in 'Vice-President Mike Pence',
    'Vice Adm. Frank Pandolfe' or 'Vice Chair Mark Warner': office words before the head of
    a title (a hyphen between them, as British copy writes it)."""
    doc = span.doc
    after = span.end
    if after + 1 < len(doc) and doc[after].text in ("-", "–") and not span[-1].whitespace_:
        after += 1
    return (
        after < len(doc)
        and doc[after].lower_ in TITLE_HEADS
        and all(t.lower_ in OFFICE_QUALIFIERS for t in span)
    )


def is_locative(span: Span) -> bool:
    """'in London', 'at the Kremlin', 'a visit to Moscow', 'Warsaw, Poland', 'Moscow-based':
    the place, not the government."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in LOCATIVE_WORDS:
        return True
    if (
        after_place_noun(span)
        or is_dateline_place(span)
        or before_meeting(span)
        or before_region_noun(span)
    ):
        return True
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in TRAVEL_WORDS:
        return True
    if from_to_route(span):
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:2] == ["-", "based"]:
        return True
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ == "GPE"


# "the city of Omsk", "the Siberian city of Omsk", "the northern town of Tapa": what follows
# "<place noun> of" is a place, whatever the model took it for.
PLACE_NOUNS = {"city", "town", "village", "port", "settlement", "township", "municipality"}


# "east of Tallinn", "just north of Kyiv", "the outskirts of Moscow": a bearing from a place.
BEARING_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs",
}  # fmt: skip


def after_place_noun(span: Span) -> bool:
    doc, i = span.doc, span.start - 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in PLACE_NOUNS | BEARING_WORDS
    )


# Nouns after a name that make it a region: "the Hatay region", "Latakia province", "the
# Damascus area".
REGION_NOUNS = {"region", "province", "district", "oblast", "governorate", "area", "areas",
                "outskirts", "suburbs"}  # fmt: skip


def before_region_noun(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in REGION_NOUNS


DATELINE_DASHES = {"-", "--", "\u2013", "\u2014", "\u2013\u2013", "\u2014\u2014"}


def is_dateline_place(span: Span) -> bool:
    """'WARSAW --', 'LONDON \u2014', 'BRUSSELS:', 'Kyiv \u2014' opening a paragraph: a dateline
    without an agency names where the story was filed, a place, not the government."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end : span.end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].lower_ in MONTHS and after[2].like_num:
        return True  # 'Brussels, July 12, 2019 (AFP) -': a dateline with its day, anywhere
    first = span.start
    if first > 0 and doc[first - 1].text == "(":
        first -= 1  # '( Baghdad –'
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return False
    nxt = doc[span.end].text
    return nxt in DATELINE_DASHES or (nxt == ":" and span.text.isupper())


def lower_case_body(span: Span, gaz: Gazetteer) -> tuple[Entry, str, tuple[int, int]] | None:
    """'Russian defense ministry', 'Turkish foreign ministry': a nationality and the lower-case
    words of one of its bodies the gazetteer names (up to three, the last an institution
    noun), with the name's character bounds."""
    doc = span.doc
    for n in (3, 2, 1):
        end = span.end + n
        if end > len(doc) or doc[end - 1].lower_ not in INSTITUTION_NOUNS:
            continue
        words = doc[span.end : end]
        if not all(t.is_alpha and t.is_lower for t in words) or before_a_noun(doc, end):
            continue  # "Ukrainian navy vessels": the vessels, of the navy
        hit = _gazetteer_hit(gaz, doc[span.start : end].text)
        if hit is not None and hit[0].type == "org":
            return hit[0], hit[1], (span.start_char, words[-1].idx + len(words[-1]))
    return None


def military_as_adjective(span: Span) -> bool:
    """'Turkish military officials said', 'a Turkish military statement': "military" is also
    an adjective, and a noun after it makes it one; the armed forces are the head only before
    a verb, a preposition or punctuation ('the Turkish military said', '… denied it')."""
    return span[-1].lower_ == "military" and before_a_noun(span.doc, span.end)


def before_a_noun(doc: Doc, i: int) -> bool:
    """The word at i is a lower-case noun the words before qualify ('navy vessels', 'military
    officials'), not a verb they are the subject of ('said', 'denied', 'says')."""
    if i >= len(doc):
        return False
    nxt = doc[i]
    return (
        nxt.is_alpha
        and nxt.is_lower
        and not nxt.is_stop
        and nxt.lower_ not in HEADLINE_VERBS
        and not nxt.lower_.endswith("ed")
    )


def is_dateline_agency(span: Span) -> bool:
    """'(AFP) -', '(Reuters) —': an agency in brackets before a dash signs a dateline, wherever
    the page left it; it names the outlet, not an organisation of the story."""
    doc = span.doc
    return (
        span.start > 0
        and span.end + 1 < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.end + 1].text in DATELINE_DASHES
    )


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
          "mar", "mar.", "apr", "apr.", "jun", "jul", "aug", "aug.", "sept", "sept.", "sep",
          "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec."}  # fmt: skip

# Meetings that a capital before them names the place of: "the London NATO summit".
MEETING_NOUNS = {"summit", "summits", "meeting", "meetings", "talks", "conference",
                 "gathering", "ceremony", "forum"}  # fmt: skip


def before_meeting(span: Span) -> bool:
    """'the London summit', 'the Warsaw NATO summit': the capital names where it meets."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 2) and doc[i].is_upper and doc[i].is_alpha:
        i += 1  # 'NATO'
    return i < len(doc) and doc[i].lower_ in MEETING_NOUNS


def one_word_after_place_preposition(span: Span) -> bool:
    """A single unknown word the model took for a person, right after 'in', 'at' or 'near'
    and not a possessive ('in Tapa', 'at Tapa base'): news puts people 'with' someone, places
    'in' or 'at' them."""
    doc, i = span.doc, span.start - 1
    return (
        len(span) == 1
        and i >= 0
        and doc[i].lower_ in {"in", "at", "near", "outside"}
        and not (span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'"})
    )


def before_rank_stop(span: Span) -> bool:
    """'Army Col' in 'Army Col. Steve Warren': a service and a rank cut before its full
    stop, the title of the name that follows, not an organisation."""
    doc, last = span.doc, span[-1]
    return (
        span.end < len(doc)
        and doc[span.end].text == "."
        and f"{last.lower_}." in TITLE_WORDS
    )


def before_law_head(span: Span) -> bool:
    """'Nuclear Forces' in 'Intermediate-range Nuclear Forces Treaty': the model's span stops
    before the last word of a treaty's or law's name; the slice is not an organisation."""
    doc, j = span.doc, span.end
    if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "Nuclear Forces (INF) Treaty"
    return j < len(doc) and doc[j].is_title and doc[j].lower_ in NON_ORG_HEADS


def from_to_route(span: Span) -> bool:
    """'a flight from Tomsk to Moscow': both ends of a route are places."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "from":
        return span.end < len(doc) and doc[span.end].lower_ == "to"
    if i >= 2 and doc[i].lower_ == "to":
        return any(t.lower_ == "from" for t in doc[max(0, i - 5) : i - 1])
    return False


# A lower-case word glued to a capitalised one where a space or a stop was lost ("turn
# backNATO called", "Russia as well asEurope Indeed").
_GLUED = re.compile(r"^[a-z]{2,}(?=[A-Z])")
# Particles that names glue to the capital after them ("Joe diGenova", "Bill deBlasio").
_NAME_PARTICLES = {"di", "de", "da", "du", "del", "della", "des", "la", "le", "van", "von",
                   "al", "el", "ben", "bin", "mac", "dos", "das"}  # fmt: skip


def glued_mentions(span: Span, gaz: Gazetteer, make) -> list[Mention] | None:
    """A span holding a glued word is text run together, not a name: the capitalised part is
    the mention when the gazetteer knows it ('NATO' of 'backNATO'), else there is none."""
    for token in span:
        glue = _GLUED.match(token.text)
        if glue is None or glue.group() in _NAME_PARTICLES:
            continue
        rest = token.text[glue.end() :]
        hit = _gazetteer_hit(gaz, rest)
        if hit is None:
            return []
        start = token.idx + glue.end()
        return [make(hit[0], hit[1], span, bounds=(start, start + len(rest)), link="gazetteer")]
    return None


# Nouns after a weapon's name: "a Buk missile", "the Iskander system".
WEAPON_NOUNS = {"missile", "missiles", "system", "systems", "launcher", "launchers", "rocket",
                "rockets", "warhead", "drone", "drones", "jet", "jets", "bomber", "bombers",
                "fighter", "fighters", "tank", "tanks", "helicopter", "helicopters"}  # fmt: skip


def names_a_weapon(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in WEAPON_NOUNS


def between_day_and_year(span: Span) -> bool:
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].like_num
        and doc[span.end].like_num
        and len(doc[span.end]) == 4
    )


def in_title_case_line(span: Span) -> bool:
    """The span's sentence is written in title case, as headlines are: its longer words
    all capitalised (function words may stay in lower case: "Brought in from Russia")."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3 and not t.is_stop]
    return len(words) > 2 and all(t.text[0].isupper() for t in words)


def _demonym(word: str, gaz: Gazetteer) -> str | None:
    """The country whose demonym the word is ("Russian"), or None."""
    entity_id, kind = gaz.names.get(word, (None, None))
    return entity_id if kind == "demonym" else None


def _country_by_pycountry(name: str) -> Entry | None:
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    code = country.alpha_3
    return Entry(
        f"country:{code}",
        "country",
        getattr(country, "common_name", None) or country.name,
        code=code,
    )


def _gazetteer_hit(gaz: Gazetteer, surface: str) -> tuple[Entry, str] | None:
    hit = gaz.lookup(surface)
    if hit is None and " " in surface:
        # Multi-word names are safe to match without case: "north atlantic treaty organization".
        hit = gaz.lookup(surface.title()) or gaz.lookup(surface.upper())
    if hit is None and "." in surface:
        # House styles with full stops: "F.B.I." for FBI; "U.S" (a full stop lost) for U.S.
        hit = gaz.lookup(surface + ".") or gaz.lookup(surface.replace(".", ""))
    if hit is None and len(surface) > 3 and surface.isupper():
        # Capitals of a dateline or a shouted headline: "WASHINGTON", "RUSSIA".
        hit = gaz.lookup(surface.title())
    return hit


def _place_for_capital(entry: Entry, surface: str) -> Entry:
    name = display_case(normalise_surface(surface), "GPE")
    return Entry(f"location:{slug(name)}", "location", name, code=entry.code)


def span_mentions(span: Span, *, gaz: Gazetteer, block: Block, sentence_id: int) -> list[Mention]:
    """Mentions in one entity span (usually one; two for a compound like 'Ankara-Moscow')."""
    label = span.label_
    if label not in LINKED_LABELS:
        return []
    base = dict(sentence_id=sentence_id, section=block.section, label=label)
    doc = span.doc

    def make(
        entry: Entry,
        kind: str,
        sub: Span,
        role: str | None = None,
        *,
        bounds: tuple[int, int] | None = None,
        link: str = "text",
    ) -> Mention:
        if kind in ("capital", "seat") and is_locative(sub):
            entry, kind = _place_for_capital(entry, sub.text), "name"
        start, end = bounds or (sub.start_char, sub.end_char)
        return Mention(
            start=block.offset + start,
            end=block.offset + end,
            surface=doc_text(doc)[start:end],
            entity_id=entry.entity_id,
            type=entry.type,
            kind=kind,
            name=entry.name,
            role=role,
            code=entry.code,
            link=link,
            **base,
        )

    if label in ("PERSON", "ORG") and (parts := split_headline(span)):
        return [
            m
            for part in parts
            for m in span_mentions(part, gaz=gaz, block=block, sentence_id=sentence_id)
        ]

    if label != "PERSON" and (
        (after_personal_title(span) and span[0].is_title)
        or after_occupation(span, gaz)
        or after_outlet_possessive(span, gaz)
    ):
        # "Rep. Jordan", "Mr. French", "Mr. Trump": a surname, whatever the model or the
        # gazetteer took it for.
        return span_mentions(
            Span(doc, span.start, span.end, label="PERSON"),
            gaz=gaz,
            block=block,
            sentence_id=sentence_id,
        )
    if (
        label == "NORP"
        and (country := _demonym(span.text, gaz))
        and (body := lower_case_body(span, gaz)) is not None
    ):
        # "the Russian defense ministry said": the model left the body in lower case out
        return [
            make(gaz.entries[country], "demonym", span, link="gazetteer"),
            make(body[0], body[1], span, bounds=body[2], link="gazetteer"),
        ]
    if span.ent_id_:  # set by a gazetteer ruler: "country:RUS|demonym"
        entity_id, _, kind = span.ent_id_.partition("|")
        entry = gaz.entries[entity_id]
        if entry.type == "org" and is_dateline_agency(span):
            return []
        if entry.type == "org" and military_as_adjective(span):
            # "a Turkish military statement": the nationality, not the armed forces
            if (country := _demonym(span[0].text, gaz)) is None:
                return []
            return [make(gaz.entries[country], "demonym", span[:1], link="gazetteer")]
        if entry.type == "org" and is_part_of_title(span):
            return []  # "Vice" (the outlet's alias) in "Vice President"
        return [
            make(
                entry,
                kind,
                span,
                stated_role(span) if label == "PERSON" else None,
                link="gazetteer",
            )
        ]

    if (glued := glued_mentions(span, gaz, make)) is not None:
        return glued
    if label == "PERSON" and not any(c.isupper() for c in span.text):
        return []  # a name is capitalised: "editicon v-expandicon" is a row of icon names
    if (
        label == "PERSON"
        and len(span) == 1
        and (names_a_weapon(span) or between_day_and_year(span))
    ):
        return []  # "a Buk missile", "12 Temmuz 2019": a weapon's name, a foreign month
    if label == "ORG" and is_title_fragment(span, gaz):
        return []
    if (
        label == "PERSON"
        and len(span) > 1
        and _demonym(span[0].text, gaz)
        and in_title_case_line(span)
    ):
        # "Russian Fighter Planes" in a title-case headline (in prose a name may open with
        # such a word: "Rep. French Hill")
        entity_id = _demonym(span[0].text, gaz)
        return [make(gaz.entries[entity_id], "demonym", span[:1], link="gazetteer")]
    if cut_before_name(span):
        return []  # "Republic of" before "Georgia": the rest of the name is the mention
    if label == "PERSON":
        span = extend_cut_name(span)
    title, core = strip_title(span) if label == "PERSON" else (None, span)
    core = strip_headline_verbs(core) if label in ("PERSON", "ORG", "GPE") else core
    bounds = clean_bounds(core, label)
    if bounds is None:
        return []
    surface = normalise_surface(doc_text(doc)[bounds[0] : bounds[1]])
    if not surface or not any(c.isalpha() for c in surface):
        return []
    core = doc.char_span(*bounds, alignment_mode="expand") or core
    role = (stated_role(core) or title) if label in ("PERSON", "ORG", "GPE") else None

    def named(entry: Entry, kind: str = "name", link: str = "gazetteer") -> list[Mention]:
        return [make(entry, kind, core, role if entry.type == "person" else None,
                     bounds=bounds, link=link)]  # fmt: skip

    state = us_state(core, surface, gaz)
    if state is not None:
        return named(gaz.entries[state])
    hit = _gazetteer_hit(gaz, surface)
    if hit is not None and not (
        (label == "PERSON" and hit[0].type != "person" and after_personal_title(span))
        or (label in ("LOC", "GPE") and hit[0].type == "org" and in_common_words(surface))
    ):
        return named(*hit)

    parts = [p for p in _COMPOUND_SPLIT.split(surface) if p]
    if len(parts) > 1 and all(_gazetteer_hit(gaz, p) for p in parts):
        return _compound_mentions(core, parts, gaz=gaz, make=make)
    if len(parts) > 1 and _people_compound(parts, gaz):
        # "the Biden-Putin meeting": surnames joined by a hyphen are the people, each of them
        return _compound_mentions(core, parts, gaz=gaz, make=make)

    if label == "NORP":
        return []  # groups that are not nationalities (religions, parties) are not entities here
    if not_an_entity(surface, label, gaz) or is_family(core, surface, label, gaz):
        return []
    if label == "ORG" and (surface.lower() in GENERIC_BODIES or is_court_level(core, surface)):
        return []
    if label == "ORG" and (
        before_law_head(core) or _is_reference_word(surface, gaz) or before_rank_stop(core)
    ):
        return []  # a slice of a treaty's name; "the Alliance" (references resolve it)
    if label in ("GPE", "LOC") and len(surface) <= 2 and surface.isupper():
        return []  # a two-letter code the model took for a place ("AI"), not a place's name
    if label == "GPE" and (entry := _country_by_pycountry(surface)):
        return named(entry)
    if (
        label == "ORG"
        and len(core) > 1
        and (country := _demonym(core[0].text, gaz))
        and core[-1].lower_ not in INSTITUTION_NOUNS
        and in_title_case_line(core)
    ):
        # "Turkey Shoots Down Russian Military Jet": a nationality and the thing it qualifies
        return [make(gaz.entries[country], "demonym", core[:1], link="gazetteer")]
    if label == "ORG" and (entry := bare_short_name(core, surface, gaz)) is not None:
        return named(entry, link="article")
    entity_type = TYPE_FOR_LABEL[label]
    if entity_type == "org" and (is_building(core, surface) or from_to_route(core)):
        entity_type = "location"  # "in the Oval Office": a place, whatever the model said
    if entity_type == "person" and one_word_after_place_preposition(core):
        entity_type = "location"  # "troops at Tapa since March": a person is not "at" a word
    if entity_type in ("org", "person") and (after_place_noun(core) or before_region_noun(core)):
        entity_type = "location"  # "the Siberian city of Omsk", "the Hatay region"
    name = display_case(surface, label)
    if not slug(name):
        return []
    entry = Entry(f"{entity_type}:{slug(name)}", entity_type, name)
    return [make(entry, "name", core, role if entity_type == "person" else None, bounds=bounds)]


def in_common_words(surface: str) -> bool:
    """An outlet named in common words ("Atlantic") that the model, once the ruler released
    it (nlp.FalseFriendRelease), read as a place: the ocean, not the magazine."""
    return all(w in COMMON_NAME_WORDS for w in surface.lower().removeprefix("the ").split())


# Personal titles written before a surname ("Rep. Jordan", "Mr. French"): a country name after
# one of them is a person.
PERSONAL_TITLES = {
    "Rep.", "Rep", "Sen.", "Sen", "Gov.", "Gov", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
    "Dr.", "Dr", "Lt.", "Gen.", "Adm.", "Col.", "Sgt.", "Capt.", "Maj.", "Rev.", "Prof.",
    "Sir", "Lord", "Lady", "Dame", "Congressman", "Congresswoman", "Senator",
    "Representative", "Governor", "Judge", "Justice",
}  # fmt: skip

# Abbreviated titles the model takes for organisations: "AG Bill Barr", "VP Mike Pence".
TITLE_ABBREVIATIONS = {"AG", "VP", "IG", "SecDef", "SecState", "POTUS", "FLOTUS", "DNI"}

# Nouns that make a phrase the name of an institution rather than words of a title:
# "House Intelligence Committee Chairman", "FBI Director" (an acronym) vs "National
# Security Adviser", "Secretary of State".
INSTITUTION_NOUNS = {
    "department", "ministry", "committee", "council", "agency", "bureau", "service",
    "services", "court", "party", "commission", "administration", "office", "force",
    "forces", "army", "navy", "command", "assembly", "parliament", "congress", "senate",
    "house", "organization", "organisation", "union", "bank", "fund", "institute",
    "foundation", "corporation", "company", "group", "network", "news", "times", "post",
    "university", "center", "centre", "alliance", "staff", "chiefs", "guard",
}  # fmt: skip

# Last words of the names of laws, treaties, programmes, plans and speeches, which the model
# labels as organisations ("Affordable Care Act", "INF Treaty", "State of the Union Address").
NON_ORG_HEADS = {
    "act", "acts", "bill", "amendment", "treaty", "agreement", "accord", "accords",
    "doctrine", "plan", "program", "programme", "address", "protocol", "summit",
    "resolution", "law", "sanctions", "deal", "probe", "investigation", "report",
    "dossier", "memo", "hearing", "hearings", "election", "elections", "primary",
    "caucus", "caucuses", "debate", "convention", "rally", "scandal", "crisis", "war",
}  # fmt: skip

# A name governed by a place preposition and ending in one of these is a place, not an
# organisation: "in the Oval Office", "at the Rose Garden", "in the Situation Room".
BUILDING_NOUNS = {
    "office", "room", "building", "hall", "garden", "gardens", "lawn", "palace", "square",
    "airport", "hotel", "tower", "center", "centre", "base", "bridge", "chamber", "lodge",
    "house",
}  # fmt: skip

# Weapons, aircraft, flights and viruses written as letters and a number ("S-400", "F-16",
# "Su-24", "MH17", "COVID-19"): things, not organisations. Forums named so ("G7", "G20",
# "P5") are in the gazetteer, which is read first.
_DESIGNATION = re.compile(r"^[A-Za-z]{1,6}[- ]?\d+[A-Za-z]?$|^(?:\w+\s)*[A-Z]{1,6}-\d+\w*$")


def split_headline(span: Span) -> list[Span]:
    """'Trump Slams Putin' -> ['Trump', 'Putin']: a title-case headline glues names across a
    verb; a span holding a headline verb (or a title-case function word) inside is two
    names. Empty when there is nothing to split."""
    cut = [
        t.i
        for t in span[1:-1]
        if t.lower_ in HEADLINE_VERBS or (t.is_title and t.is_stop and t.lower_ != "of")
    ]
    if not cut:
        return []
    parts, start = [], span.start
    for i in [*cut, span.end]:
        if i > start:
            parts.append(Span(span.doc, start, i, label=span.label_))
        start = i + 1
    return parts


# Nouns of government that house styles capitalise ("a Cabinet meeting", "the
# Administration"): not names of one body when written alone.
GENERIC_BODIES = {"cabinet", "administration", "government", "regime", "opposition", "pac",
                  "super pac"}  # fmt: skip


# Levels of a court system ("U.S. District Court Judge Amy Berman Jackson", "a federal
# appeals court"): a kind of court, one of hundreds, unless its district or circuit follows
# ("District Court for the District of Columbia").
COURT_LEVELS = {"district court", "circuit court", "appeals court", "court of appeals",
                "federal court", "bankruptcy court", "superior court", "county court",
                "magistrate court", "state court", "high court"}  # fmt: skip


def is_court_level(span: Span, surface: str) -> bool:
    words = surface.lower().split()
    if words and words[0] in ("u.s.", "us", "federal", "the"):
        words = words[1:]
    if " ".join(words) not in COURT_LEVELS:
        return False
    doc = span.doc
    return not (span.end < len(doc) and doc[span.end].lower_ in ("for", "of", "in"))


# Words around "the Hill" that make it the outlet The Hill: a source of a report.
ATTRIBUTION_BEFORE = {"told", "tells", "telling", "via", "with", "according"}
ATTRIBUTION_AFTER = {"reported", "reports", "said", "says", "wrote", "writes", "obtained",
                     "newspaper", "reporter", "columnist", "journalist", "noted", "first"}  # fmt: skip
# Prepositions before "the Hill" that make it a place: Capitol Hill.
PLACE_BEFORE = LOCATIVE_WORDS | {"on", "to", "from", "off", "through", "onto"}
_LAST_WORDS: dict[int, dict[str, set[str]]] = {}


def bare_short_name(span: Span, surface: str, gaz: Gazetteer) -> Entry | None:
    """'the Hill' written with a small 'the', one word left of two names: the outlet 'The
    Hill' where it is a source ('told the Hill', 'the Hill reported'), the place or body of
    the one other gazetteer name it ends ('Capitol Hill') where a preposition of place or
    motion governs it ('on the Hill', 'sent to the Hill'); itself otherwise."""
    doc = span.doc
    i = span.start - 1
    if " " in surface or i < 0 or doc[i].text != "the":
        return None
    outlet = gaz.lookup("The " + surface)
    before = doc[i - 1].lower_ if i >= 1 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    attributed = before in ATTRIBUTION_BEFORE or after in ATTRIBUTION_AFTER
    if outlet is not None and outlet[0].type == "org" and attributed:
        return outlet[0]
    if before not in PLACE_BEFORE:
        return None
    last = _LAST_WORDS.get(id(gaz))
    if last is None:
        last = defaultdict(set)
        for name, (entity_id, kind) in gaz.names.items():
            words = name.split()
            if kind == "name" and len(words) > 1 and words[0][:1].isupper() and words[0] != "The":
                last[words[-1]].add(entity_id)
        _LAST_WORDS[id(gaz)] = last
    owners = last.get(surface, set())
    return gaz.entries[next(iter(owners))] if len(owners) == 1 else None


def cut_before_name(span: Span) -> bool:
    """'Republic of' in 'the Republic of Georgia', where the ruler took 'Georgia': a span
    ending in a function word before another entity is the start of that name."""
    doc = span.doc
    return (
        len(span) > 1
        and span[-1].lower_ in ("of", "the", "and", "for")
        and span.end < len(doc)
        and bool(doc[span.end].ent_type_)
    )


# Lower-case words of occupation written before a person's name ("Fox News host Sean
# Hannity", "adult film actress Stormy Daniels"): the name after one is a person's.
OCCUPATION_WORDS = {
    "host", "anchor", "correspondent", "reporter", "columnist", "commentator", "editor",
    "actress", "actor", "singer", "rapper", "comedian", "lawyer", "attorney", "aide",
    "adviser", "advisor", "spokesman", "spokeswoman", "strategist", "pollster", "donor",
    "billionaire", "businessman", "businesswoman", "candidate", "nominee", "activist",
    "analyst", "economist", "historian", "author", "journalist", "producer", "director",
    "star", "model",
}  # fmt: skip


def after_occupation(span: Span, gaz: Gazetteer) -> bool:
    """'host Sean Hannity' labelled an organisation: two or three capitalised words after a
    lower-case occupation or the head of a title ('Foreign Minister'), unknown to the
    gazetteer and not ending in a body's noun, are a person's name."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    return (
        span.label_ in ("ORG", "GPE", "LOC", "FAC")
        and not span.ent_id_
        and 2 <= len(words) <= 3
        and all(t.is_alpha and t.is_title for t in words)
        and span.start > 0
        and (
            (doc[span.start - 1].lower_ in OCCUPATION_WORDS and doc[span.start - 1].is_lower)
            or (  # "Latvian Foreign Minister Edgars Rinkevics": after the head of a title
                doc[span.start - 1].lower_ in ROLE_HEADS
                and words[-1].lower_ not in INSTITUTION_NOUNS | GENERIC_BODIES
            )
        )
        and gaz.lookup(span.text) is None
    )


def after_outlet_possessive(span: Span, gaz: Gazetteer) -> bool:
    """ "NBC's Lester Holt", "Fox News' Chad Pergram", "CNN's Jake Tapper": two or three
    capitalised words after an organisation's possessive, starting with an English given
    name and unknown to the gazetteer, are a person on its staff, not an organisation."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    i = span.start - 1
    return (
        span.label_ in ("ORG", "GPE", "LOC", "FAC")
        and not span.ent_id_
        and 2 <= len(words) <= 3
        and all(t.is_alpha and t.is_title for t in words)
        and words[0].lower_ in GIVEN_NAMES
        and i >= 1
        and doc[i].text in ("'s", "'", "’s", "’")
        and doc[i - 1].ent_type_ == "ORG"
        and gaz.lookup(span.text) is None
    )


def after_personal_title(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].text in PERSONAL_TITLES


def is_title_fragment(span: Span, gaz: Gazetteer) -> bool:
    """Words of an office the model labelled an organisation: 'Vice' in 'Vice President',
    'National Security' in 'National Security Adviser', 'State' in 'Secretary of State',
    'AG' in 'AG Bill Barr', 'Special Counsel'. An institution's name stays ('FBI Director',
    'House Intelligence Committee Chairman')."""
    doc = span.doc
    text = normalise_surface(span.text)
    if text in TITLE_ABBREVIATIONS or text.lower() in gaz.role_references:
        return True
    words = [t for t in span if t.is_alpha]
    institution = any(t.lower_ in INSTITUTION_NOUNS for t in words) or any(
        t.is_upper and len(t) > 1 for t in words
    )
    if institution or not words:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in ROLE_HEADS | {"adviser", "advisor"}:
        return True  # "National Security Adviser", "Homeland Security Secretary"
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in ROLE_HEADS


def clean_bounds(span: Span, label: str) -> tuple[int, int] | None:
    """The span's character bounds without what is not the name: a leading "the", a
    possessive, bullets and arrows before it, a dash, slash or ampersand after it ('Ted
    Cruz-', 'NEW YORK/'), the open bracket of a nickname cut off ('Robert (Bob' -> 'Robert'),
    or, where the nickname's bracket closes on a surname, the whole name ('Robert (Bob)
    Mueller'). An editor's brackets inside ('Mitch] McConnell') stay in the surface; the
    name is read without them (lib.names.normalise_surface)."""
    doc = span.doc
    text = span.text
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in "[\"'"):
        start += 1
    stop = re.search(r"[.!?][\"“”]\s*(?=[A-Z])|\s[-\u2013\u2014]\s", text[start:end])
    if stop:
        # 'NATO."We agreed': a space lost after a quotation; 'Sergei Aksyonov - acting PM':
        # a dash between spaces glosses the name, it does not go on with it
        end = start + stop.start()
    lead = re.match(r"(?:the|The|THE)\s+", text[start:])
    if lead and lead.end() < end - start:
        start += lead.end()
    open_paren = text.rfind("(")
    if open_paren > text.rfind(")"):
        tail = doc_text(doc)[span.end_char :]
        closing = re.match(r"[^()\n]{0,20}\)\s+([A-Z][\w'’-]+)", tail)
        if label == "PERSON" and closing:
            return span.start_char + start, span.end_char + closing.end()
        end = open_paren
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".]'\")"):
        end -= 1
    possessive = re.search(r"(?:['’]s?)$", text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while end > start and text[end - 1] in "]\"'" and text[:end].count("]") > text.count("["):
        end -= 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".])"):
        end -= 1
    if end <= start:
        return None
    return span.start_char + start, span.start_char + end


def extend_cut_name(span: Span) -> Span:
    """'Ted' of 'Ted Cruz-': the tokenizer keeps a dash glued to the word after a name, and
    the model stops before it. The capitalised word is part of the name."""
    doc = span.doc
    if (
        span.end < len(doc)
        and span[-1].whitespace_
        and re.fullmatch(r"[A-Z][a-z]+[-–—]", doc[span.end].text)
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def us_state(span: Span, surface: str, gaz: Gazetteer) -> str | None:
    """A US state written by its AP abbreviation ('Ky.', 'Calif.', 'R-Ky.') or, after a party
    letter or a city ('R-KY', 'Dallas, TX'), its postal code: never a country's code."""
    written = span.text.strip()
    entity_id = gaz.us_states.get(written) or gaz.us_states.get(surface)
    if entity_id is None:
        return None
    if "." in written or len(surface) > 2:
        return entity_id
    doc, i = span.doc, span.start
    party = i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].text in ("R", "D", "I")
    after_city = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC")
    return entity_id if party or after_city else None


_YEAR_SUFFIX = re.compile(
    r"(?:[\s-](?:19|20)\d\d|\s(?:drills?|exercises?|war games|maneuvers|manoeuvres))$"
)


def not_an_entity(surface: str, label: str, gaz: Gazetteer) -> bool:
    """Laws, programmes, treaties, speeches, diseases, religions and vehicles that the model
    labels as organisations or places (the gazetteer's not_entities.csv, the last word of a
    law's or plan's name, a designation such as 'S-400' or 'COVID-19', a '-care' programme)."""
    lower = surface.lower()
    if lower in gaz.not_entities or _YEAR_SUFFIX.sub("", lower) in gaz.not_entities:
        return True  # "Trident Juncture 2018", "Zapad-2017", "Zapad drills": an exercise
    if label == "PERSON" and any(c.isdigit() for c in surface):
        return True  # "Down Russian Su-24", "Russian S-400s": no one's name has a digit
    if label == "PERSON" and (lower in TITLE_WORDS or f"{lower}." in TITLE_WORDS):
        return True  # "Col" cut from "Army Col. Steve Warren": a title alone names no one
    if label not in ("ORG", "GPE", "LOC", "FAC"):
        return False
    last = lower.split()[-1]
    if label == "ORG" and (
        last in NON_ORG_HEADS or (lower.endswith("care") and not surface.isupper())
    ):
        return True
    last_word = surface.split()[-1]
    return any(
        _DESIGNATION.match(s) and any(c.isdigit() for c in s) for s in (surface, last_word)
    )  # "the Russian Su-24"


def is_family(span: Span, surface: str, label: str, gaz: Gazetteer) -> bool:
    """'the Clintons', 'the Bidens': a family is neither a person nor a place."""
    if " " in surface or not surface.endswith("s") or not surface[:1].isupper():
        return False
    if surface[:-1] in gaz.surnames:
        return True  # "while Skripals … survived": a known surname's plural, "the" or not
    doc = span.doc
    after_the = (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        or span.text.lower().startswith("the ")
    )
    if not after_the:
        return False
    return label == "PERSON" or surface[:-1] in gaz.surnames


def is_building(span: Span, surface: str) -> bool:
    """'in the Oval Office', 'aboard Air Force One' (a vehicle is dropped as not an entity
    through the gazetteer): a name after a place preposition ending in a building noun."""
    if surface.split()[-1].lower() not in BUILDING_NOUNS or len(surface.split()) < 2:
        return False
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_WORDS | {"from", "to", "outside"}


def _is_reference_word(surface: str, gaz: Gazetteer) -> bool:
    """'Alliance' in 'The Alliance said': a descriptive reference in capitals, which the
    reference matcher links to the body the article names (or to none)."""
    lower = surface.lower()
    if lower.startswith("the "):
        lower = lower[4:]
    return f"the {lower}" in gaz.references


def display_case(surface: str, label: str) -> str:
    """A name written in capitals ('PUTIN', 'MITCH McCONNELL', 'NEW YORK') in ordinary case,
    so that it is the same name as in running text; an organisation's acronym stays ('NATO')."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) < 4 or sum(c.islower() for c in letters) > 2:
        return surface
    if label == "ORG" and " " not in surface:
        return surface
    return " ".join(
        w[:1] + w[1:].lower() if w.isupper() and len(w) > 2 else w for w in surface.split()
    )


def _trim(span: Span, surface: str) -> Span:
    """The sub-span whose text is `surface` (leading 'the' and possessive removed)."""
    if surface == span.text:
        return span  # nothing removed, most of the time
    start_char = span.start_char + span.text.find(surface)
    trimmed = span.doc.char_span(start_char, start_char + len(surface), alignment_mode="expand")
    return trimmed if trimmed is not None else span


def _people_compound(parts: list[str], gaz: Gazetteer) -> bool:
    """Every part a person's name or a surname the gazetteer knows."""
    hits = [_gazetteer_hit(gaz, p) for p in parts]
    return all(
        (h and h[0].type == "person") or (h is None and p in gaz.surnames)
        for p, h in zip(parts, hits, strict=True)
    )


def _compound_mentions(core: Span, parts: list[str], *, gaz: Gazetteer, make) -> list[Mention]:
    mentions, cursor = [], core.start_char
    for part in parts:
        start = doc_text(core.doc).find(part, cursor)
        sub = core.doc.char_span(start, start + len(part), alignment_mode="expand")
        cursor = start + len(part)
        if sub is None:
            continue
        hit = _gazetteer_hit(gaz, part)
        if hit is None:  # a surname: its one bearer, else the article's own use decides
            bearers = gaz.surnames.get(part, [])
            entry = (
                gaz.entries[bearers[0]]
                if len(bearers) == 1
                else Entry(f"person:{slug(part)}", "person", part)
            )
            link = "gazetteer" if len(bearers) == 1 else "text"
            mentions.append(make(entry, "name", sub, link=link))
            continue
        mentions.append(make(hit[0], hit[1], sub, link="gazetteer"))
    return mentions


class SentenceIndex:
    """A doc's sentences, read once: token index -> sentence number (by bisection over the
    sentences' first tokens), and each sentence's character bounds in the doc."""

    def __init__(self, starts: list[int], chars: list[tuple[int, int]] | None = None):
        self.starts = starts
        self.chars = chars or []

    def __getitem__(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)

    def __len__(self) -> int:
        return len(self.starts)


def sentence_index(doc: Doc) -> SentenceIndex:
    """The doc's sentence index, computed once per doc: every step of an article's analysis
    asks for sentences, and walking doc.sents each time made Span objects by the thousand."""
    index = doc.user_data.get("sentence_index")
    if index is None:
        bounds = [(sent.start, sent.start_char, sent.end_char) for sent in doc.sents]
        index = doc.user_data["sentence_index"] = SentenceIndex(
            [b[0] for b in bounds], [(b[1], b[2]) for b in bounds]
        )
    return index


def block_mentions(
    block: Block, *, gaz: Gazetteer
) -> tuple[list[Mention], list[tuple[int, str, int, int]]]:
    """Entity mentions and descriptive references in one block."""
    sent_of = sentence_index(block.doc)
    mentions = []
    for span in block.doc.ents:
        mentions.extend(
            span_mentions(
                span,
                gaz=gaz,
                block=block,
                sentence_id=block.first_sentence_id + sent_of[span.start],
            )
        )
    references = []
    for ref in block.doc.spans.get(REFERENCES_KEY, []):
        references.append(
            (block.first_sentence_id + sent_of[ref.start], ref.label_, ref.start, ref.end)
        )
    return mentions, references


def link_article(
    blocks: Iterable[Block],
    *,
    gaz: Gazetteer,
    published: date | None = None,
) -> list[Mention]:
    """All mentions of one article, with people merged and references resolved."""
    blocks = list(blocks)
    mentions: list[Mention] = []
    pending_refs: list[tuple[Block, Span, int]] = []
    for block in blocks:
        found, _ = block_mentions(block, gaz=gaz)
        mentions.extend(found)
        sent_of = sentence_index(block.doc)
        for ref in block.doc.spans.get(REFERENCES_KEY, []):
            pending_refs.append((block, ref, block.first_sentence_id + sent_of[ref.start]))
    if any(_may_be_common_word(m) for m in mentions):
        body_words = _lower_case_words(b.doc for b in blocks if b.section != "title")
        mentions = [
            m
            for m in mentions
            if not (_may_be_common_word(m) and hash_string(m.surface.lower()) in body_words)
        ]
    mentions = peoples_across_borders(mentions)
    mentions = unify_types(mentions, gaz=gaz)
    mentions = merge_people(mentions, gaz=gaz)
    mentions = merge_organisations(mentions, gaz=gaz)
    mentions = places_shared_with_us_states(
        mentions, gaz=gaz, sentence_text=_sentence_texts(blocks)
    )
    mentions += resolve_references(pending_refs, mentions, gaz=gaz, published=published)
    mentions.sort(key=lambda m: (m.start, m.end, m.entity_id))
    return _drop_same_span(mentions)


# Demonyms that are also the names of peoples living as minorities in the field's countries:
# the Turkmen of Syria and Iraq (the Su-24 was downed over the Turkmen Mountain, "Turkmen
# rebels"). They stand for the state only in an article that names it.
PEOPLES_ACROSS_BORDERS = {"turkmen", "turkmens"}


def peoples_across_borders(mentions: list[Mention]) -> list[Mention]:
    """Drops the demonym of a people living across borders where its state is not named."""
    named = {m.entity_id for m in mentions if m.kind != "demonym"}
    return [
        m
        for m in mentions
        if not (
            m.kind == "demonym"
            and m.surface.lower() in PEOPLES_ACROSS_BORDERS
            and m.entity_id not in named
        )
    ]


def _sentence_texts(blocks: list[Block]):
    """sentence_id -> its text, read lazily (few articles ask)."""
    texts: dict[int, str] = {}

    def text(sentence_id: int) -> str:
        if not texts:
            for b in blocks:
                for i, (start, end) in enumerate(sentence_index(b.doc).chars):
                    texts[b.first_sentence_id + i] = doc_text(b.doc)[start:end]
        return texts.get(sentence_id, "")

    return text


def _may_be_common_word(mention: Mention) -> bool:
    """Could be a capitalised common word the model took for a name ('Dialogue' in a
    headline): unknown to the gazetteer and one word. It is one if the article's body also
    writes it in lower case."""
    return (
        " " not in mention.surface
        and mention.label not in ("ORGREF", "ROLE")
        and ":" in mention.entity_id
        and mention.entity_id.split(":", 1)[1] == slug(mention.surface)
    )


def _lower_case_words(docs: Iterable[Doc]) -> set[int]:
    """The words written all in lower case in these docs, as their string hashes (read from
    the token arrays, not token by token, and never turned back into strings: the set is
    needed for most articles, and only a few words are looked up in it)."""
    words: set[int] = set()
    for doc in docs:
        if len(doc):
            ids = doc.to_array([ORTH, IS_LOWER])
            words.update(ids[ids[:, 1] == 1, 0].tolist())
    return words


@lru_cache(maxsize=1 << 16)
def _clean_words(name: str) -> tuple[str, ...]:
    # cached: the merge steps ask for the words of the same few names thousands of times
    return tuple(normalise_surface(name).casefold().split())


def _nearest(candidates: list[Mention], at: int) -> Mention:
    """The candidate named last before `at`, else the first after it: the person or
    organisation a reader would take a short form for."""
    before = [c for c in candidates if c.start < at]
    return max(before, key=lambda c: c.start) if before else min(candidates, key=lambda c: c.start)


def _linked(m: Mention, target: Mention | Entry, link: str) -> Mention:
    return replace(
        m,
        entity_id=target.entity_id,
        type=target.type,
        name=target.name,
        code=target.code,
        link=link,
        linked_from=m.linked_from or m.entity_id,
    )


def _is_own_name(m: Mention, gaz: Gazetteer) -> bool:
    """Made from its own text by the model, not known to the gazetteer."""
    return m.entity_id not in gaz.entries and m.entity_id.endswith(":" + slug(m.name))


def unify_types(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """One multi-word name typed two ways in one article ("Sean Hannity" a person here, an
    organisation there) is of the type most of its mentions have (a person on a tie)."""
    types: dict[str, Counter] = defaultdict(Counter)
    # "Daniels said" (a person) beside "Stormy Daniels" typed as an organisation
    persons: set[str] = set()
    person_words = {
        _clean_words(m.surface)[0]
        for m in mentions
        if m.label == "PERSON" and len(_clean_words(m.surface)) == 1
    }
    for m in mentions:
        words = _clean_words(m.name)
        if (
            m.type in ("org", "location")
            and 1 < len(words) <= 3
            and words[-1] in person_words
            and _is_own_name(m, gaz)
        ):
            persons.add(slug(m.name))
            types[slug(m.name)]["person"] += 0
    for m in mentions:
        if " " in m.name and _is_own_name(m, gaz) and m.type in ("person", "org", "location"):
            types[slug(m.name)][m.type] += 1
    chosen = {
        key: "person" if key in persons else max(c, key=lambda t: (c[t], t == "person"))
        for key, c in types.items()
        if len(c) > 1 or key in persons
    }
    if not chosen:
        return mentions
    out = []
    for m in mentions:
        key = slug(m.name)
        if key in chosen and m.type != chosen[key] and _is_own_name(m, gaz):
            entry = Entry(f"{chosen[key]}:{key}", chosen[key], m.name)
            m = _linked(m, entry, "article")
        out.append(m)
    return out


def merge_people(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """Short forms of people -> the full name the article gives: a surname ("Barr", or
    "Trump" that the model labelled an organisation), a first name ("Hillary"), a family name
    written first ("Kim" for Kim Jong Un), a name in capitals ("PUTIN"). Where two people of
    the article share it, the one named last before it; where the article names nobody
    with it, the gazetteer's one person of that surname. Left as it is otherwise."""
    by_last: dict[str, list[Mention]] = defaultdict(list)
    by_first: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type == "person" and m.label not in ("ROLE",):
            for form in {m.name, normalise_surface(m.surface)}:
                words = _clean_words(form)
                if len(words) > 1:
                    by_last[words[-1]].append(m)
                    by_first[words[0]].append(m)
    # A country of the article that is only named, never by its demonym or capital ("Jordan"
    # where "Rep. Jim Jordan" is named): its name may be the person's surname.
    own_words = {m.entity_id for m in mentions if m.kind in ("demonym", "capital", "seat")}
    merged = []
    for m in mentions:
        words = _clean_words(m.surface)
        own = _is_own_name(m, gaz)
        country_word = (
            m.type == "country"
            and m.kind == "name"
            and m.entity_id not in own_words
            and m.surface[:1].isupper()
            and not m.surface.isupper()
        )
        if (
            len(words) == 1
            and m.label not in ("NORP", "ORGREF", "ROLE")
            and (m.type == "person" or own or (country_word and words[0] in by_last))
        ):
            key = words[0]
            candidates = by_last.get(key)
            if not candidates and normalise_surface(m.surface).title() not in gaz.surnames:
                # a first name; a known surname ("Trump") is never read as one
                candidates = by_first.get(key)
            known = [c for c in candidates or () if c.entity_id in gaz.entries]
            candidates = known or candidates  # "Donald Trump" before "Removing Trump" (a headline)
            if candidates:
                person = _nearest(candidates, m.start)
                if person.entity_id != m.entity_id:
                    m = _linked(m, person, "article")
            elif own and m.label in ("PERSON", "ORG", "GPE"):
                known = gaz.surnames.get(normalise_surface(m.surface), [])
                if len(known) == 1:
                    m = _linked(m, gaz.entries[known[0]], "gazetteer")
        merged.append(m)
    return merged


# Last words of an organisation's name that say what kind of body it is rather than which:
# "Fox" is Fox News, "Treasury" the Treasury Department.
GENERIC_TAILS = {"news", "department", "media", "corporation", "corp", "inc", "channel",
                 "network", "group", "company", "agency"}  # fmt: skip


def _head_in_other_name(name: str, gaz: Gazetteer) -> bool:
    """'Trump White House': its head 'House' belongs to a name of another kind ('White House',
    the seat of the US government), so 'House' is not a short form of it."""
    words = normalise_surface(name).split()
    return any(
        (hit := gaz.lookup(" ".join(words[i:]))) is not None and hit[0].type != "org"
        for i in range(1, len(words) - 1)
    )


def _home_country(mentions: list[Mention]) -> str | None:
    """The country an article is mostly about: the code most of its mentions carry (its
    name, demonym, capital, its places and national bodies), if one leads."""
    codes = Counter(m.code for m in mentions if m.code)
    top = codes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _national_body(words: list[str], home: str | None, gaz: Gazetteer) -> Entry | None:
    if home is None:
        return None
    found = [
        e
        for e in _org_heads(gaz).get(words[-1], ())
        if e.code == home and set(words) <= set(_clean_words(e.name))
    ]
    return found[0] if len(found) == 1 else None


_HEADS: dict[int, dict[str, list[Entry]]] = {}
_INITIALS: dict[int, dict[str, list[Entry]]] = {}
_NOT_INITIALS = {"of", "the", "and", "for", "on", "us", "u.s.", "uk", "u.k."}


def initials(name: str) -> str:
    """'US National Security Council' -> 'NSC', 'Department of Homeland Security' -> 'DHS':
    the capitals an acronym keeps (function words and a country's prefix dropped)."""
    words = [w for w in normalise_surface(name).replace("-", " ").split()]
    return "".join(
        w[0] for w in words if w.lower() not in _NOT_INITIALS and w[:1].isalpha()
    ).upper()


def _acronym_of(m: Mention, full: list[Mention], home: str | None, gaz: Gazetteer):
    """The organisation an acronym stands for: the one of the article's named organisations
    whose initials it is, else the one body of the article's country in the gazetteer."""
    text = normalise_surface(m.surface)
    if not (3 <= len(text) <= 6 and text.isupper() and text.isalpha()):
        return None
    named = {
        o.entity_id: o for o in full if o.entity_id != m.entity_id and initials(o.name) == text
    }
    if len(named) == 1:
        return next(iter(named.values()))
    if named or home is None:
        return None
    found = [e for e in _orgs_by(gaz, initials, _INITIALS).get(text, ()) if e.code == home]
    return found[0] if len(found) == 1 else None


def _orgs_by(gaz: Gazetteer, key, cache: dict) -> dict[str, list[Entry]]:
    """The gazetteer's organisations of more than one word by key(name), made once per
    gazetteer (kept in `cache`)."""
    index = cache.get(id(gaz))
    if index is None:
        index = defaultdict(list)
        for entry in gaz.entries.values():
            if entry.type == "org" and len(_clean_words(entry.name)) > 1:
                index[key(entry.name)].append(entry)
        cache[id(gaz)] = index
    return index


def _org_heads(gaz: Gazetteer) -> dict[str, list[Entry]]:
    """The gazetteer's organisations by the word a short form of them keeps (org_head)."""
    return _orgs_by(gaz, org_head, _HEADS)


def org_head(name: str) -> str:
    """The word a short form of an organisation keeps: 'Times' of 'New York Times', 'House'
    of 'US House of Representatives', 'Fox' of 'Fox News', 'Committee' of 'House Intelligence
    Committee'."""
    words = _clean_words(name)
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    if len(words) > 1 and words[-1] in GENERIC_TAILS:
        return words[-2]
    return words[-1] if words else ""


def merge_organisations(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """A short form of an organisation -> the fuller name the article gives: "Times" -> the
    New York Times, "Post" -> the Washington Post, "Fox" -> Fox News, "Intelligence
    Committee" -> the House Intelligence Committee, "House" -> the US House of
    Representatives. A bare "House" in an article about the US Congress (it names the
    Senate, the Congress or a representative) is the US House. Ambiguous: left alone."""
    full = [m for m in mentions if m.type == "org" and m.label != "ORGREF"]
    if not full:
        return mentions
    # The chambers of the US Congress an article speaks of: named, or by the titles of its
    # members ("Sen. Lindsey Graham", "Rep. Jim Jordan", "R-Ky."). A US article's bare
    # "House" is the House of Representatives unless it speaks of the Commons.
    chambers = set()
    for m in mentions:
        role = m.role or ""
        if m.entity_id == "org:us-senate" or role.startswith(("Sen.", "Senator", "Senate")):
            chambers.add("Senate")
        if m.entity_id == "org:us-house" or role.startswith(("Rep.", "Representative", "House")):
            chambers.add("House")
    home = _home_country(mentions)
    out = []
    for m in mentions:
        bare = _clean_words(m.surface)
        if (
            m.type == "org"
            and len(bare) == 1
            and not _is_own_name(m, gaz)
            and not any(
                o.entity_id == m.entity_id and len(_clean_words(o.surface)) > 1 for o in full
            )
        ):
            # "the Times" is the London paper's alias; after "The New York Times reported" it
            # is the New York Times. A bare head the gazetteer gives one paper is the paper
            # of that head the article names in full.
            others = [
                o
                for o in full
                if o.entity_id != m.entity_id
                and len(_clean_words(o.surface)) > 1
                and org_head(o.name) == bare[0]
            ]
            if len({o.entity_id for o in others}) == 1:
                m = _linked(m, others[0], "article")
        if m.type == "org" and m.label == "ORG" and _is_own_name(m, gaz):
            words = _clean_words(m.name)
            candidates = [
                o
                for o in full
                if o.entity_id != m.entity_id
                and len(_clean_words(o.name)) > len(words)
                and org_head(o.name) == words[-1]
                and set(words) <= set(_clean_words(o.name))
                and not _head_in_other_name(o.name, gaz)
            ]
            if len({c.entity_id for c in candidates}) == 1:
                m = _linked(m, _nearest(candidates, m.start), "article")
            elif not candidates and (national := _national_body(words, home, gaz)):
                # "the Army", "the House", "the Treasury" in an article about the US: the
                # country's body of that name in the gazetteer, where it has one only.
                m = _linked(m, national, "article")
            elif not candidates and words[-1] == "committee" and len(chambers) == 1:
                # "the Judiciary Committee" in an article about one chamber of Congress
                chamber = next(iter(chambers))
                if words[0] not in ("house", "senate") and not set(words) & PARTY_WORDS:
                    name = f"{chamber} {normalise_surface(m.name)}"
                    entry = Entry(f"org:{slug(name)}", "org", name)
                    m = _linked(m, entry, "article")
        out.append(m)
    # "NSC" in an article that names the National Security Council, or about the US: the one
    # body whose initials it is (read after the full names are linked to their entities)
    named = [o for o in out if o.type == "org" and o.label != "ORGREF"]
    return [
        _linked(m, acronym, "article")
        if m.type == "org"
        and m.label == "ORG"
        and _is_own_name(m, gaz)
        and (acronym := _acronym_of(m, named, home, gaz)) is not None
        else m
        for m in out
    ]


# A committee with one of these words is a party's ("Republican National Committee"), not a
# committee of a chamber of Congress.
PARTY_WORDS = {"national", "republican", "democratic", "campaign", "party", "congressional"}


# Words of US state politics around "Georgia": the state, not the country.
STATE_CUES = re.compile(
    r"\b(?:Gov\.|governor|county|counties|runoff|primary|primaries|voters?|ballots?|"
    r"polls?|Atlanta|Savannah|Sen\.|Rep\.|state of|statewide|legislature|district|"
    r"Democrats?|Republicans?|GOP|R-Ga|D-Ga|Ga\.|congressman|congresswoman|lawmakers?|"
    r"legislators?|delegation)",
)


def places_shared_with_us_states(
    mentions: list[Mention], *, gaz: Gazetteer, sentence_text
) -> list[Mention]:
    """A country whose name is also a US state's ("Georgia") is the state where the sentence
    speaks of US state politics (a governor, a county, voters, a party) or names other US
    states, and the article none of the country's own words (its demonym, its capital:
    "Georgian troops", "Tbilisi") nor its regions ("South Ossetia"); the country otherwise."""
    shared = {
        m.entity_id
        for m in mentions
        if m.type == "country"
        and m.kind == "name"
        and slug(m.name)
        and f"location:{slug(m.name)}" in gaz.entries
        and gaz.entries[f"location:{slug(m.name)}"].code == "USA"
    }
    if not shared:
        return mentions
    states = set(gaz.us_states.values())
    out = []
    for m in mentions:
        if m.entity_id in shared and m.kind == "name":
            own_words = any(
                o.entity_id == m.entity_id
                and o.kind in ("demonym", "capital", "seat")
                or (o.type == "location" and o.code == m.code and o.entity_id not in states)
                for o in mentions
            )
            other_states = any(
                o.entity_id in states and o.sentence_id == m.sentence_id for o in mentions
            )
            text = sentence_text(m.sentence_id)
            # "Fort Benning, Georgia", "Marietta, Georgia": a town's state
            after_town = any(
                o.type == "location" and o.code in (None, "USA") and 0 < m.start - o.end <= 2
                for o in mentions
            )
            if not own_words and (other_states or after_town or STATE_CUES.search(text)):
                state = gaz.entries[f"location:{slug(m.name)}"]
                m = replace(m, entity_id=state.entity_id, type="location", name=state.name,
                            code="USA", link="article", linked_from=m.entity_id)  # fmt: skip
        out.append(m)
    return out


def _role_key(gaz: Gazetteer, text: str | None) -> str | None:
    if not text:
        return None
    text = normalise_surface(text).lower()
    return gaz.role_references.get(text, text)


def resolve_references(
    refs: list[tuple[Block, Span, int]],
    mentions: list[Mention],
    *,
    gaz: Gazetteer,
    published: date | None,
) -> list[Mention]:
    """'the alliance' -> NATO if named in the article; 'the NATO chief' -> the article's
    holder of that office (stated in the text, or known to hold it on the article's date)."""
    named = {m.entity_id for m in mentions}
    people = {m.entity_id for m in mentions if m.type == "person"}
    stated = defaultdict(set)
    for m in mentions:
        if m.type == "person" and m.role:
            stated[_role_key(gaz, m.role)].add(m.entity_id)
    name_starts = {m.start for m in mentions if m.type == "person"}
    resolved = []
    for block, ref, sentence_id in refs:
        kind_label, _, target = ref.label_.partition("|")
        start, end = block.offset + ref.start_char, block.offset + ref.end_char
        if kind_label == "ORGREF":
            if target in named:
                entry = gaz.entries[target]
                resolved.append(
                    Mention(
                        start,
                        end,
                        ref.text,
                        sentence_id,
                        block.section,
                        target,
                        entry.type,
                        "reference",
                        entry.name,
                        "ORGREF",
                        code=entry.code,
                    )
                )
            continue
        # A title directly before a name is part of that mention, not a second one.
        after = ref.end
        while after < len(ref.doc) and ref.doc[after].is_space:
            after += 1
        if after < len(ref.doc) and block.offset + ref.doc[after].idx in name_starts:
            continue
        holders = stated.get(target.lower(), set()) | (
            set(gaz.holders(target, on=published)) & people
        )
        if len(holders) == 1:
            entry_id = holders.pop()
            person = next(m for m in mentions if m.entity_id == entry_id)
            resolved.append(
                Mention(
                    start,
                    end,
                    ref.text,
                    sentence_id,
                    block.section,
                    entry_id,
                    "person",
                    "title",
                    person.name,
                    "ROLE",
                    role=target,
                    code=person.code,
                )
            )
    return resolved


def _drop_same_span(mentions: list[Mention]) -> list[Mention]:
    seen, kept = set(), []
    for m in mentions:
        key = (m.start, m.end, m.entity_id)
        if key not in seen:
            seen.add(key)
            kept.append(m)
    return kept
