"""What the words around an entity span say it is: pure predicates on spaCy spans.

News names a place and an actor with the same word ("the summit in London", "London said"),
and the small model's label does not always tell a title, a treaty or a weapon from a name.
The words around the span do:
- a capital or seat used as a place is a location, not the state: after a preposition of
  place or a word of travel ("in Warsaw", "a visit to Moscow"), before a meeting ("the London
  summit") or a region noun, in a dateline ("WARSAW --"), before its country ("Warsaw,
  Poland"), "Moscow-based" (is_locative);
- words of an office before the head of a title ("Defence" in "Defence Minister"), a surname
  after a personal title, an occupation or an outlet's possessive ("Rep. Jordan", "host Sean
  Hannity", "NBC's Lester Holt"), a rank cut before its full stop ("Army Col");
- a slice of a treaty's name, a weapon's name, a level of a court, a building after a
  preposition of place, a family ("the Clintons"), the start of a longer name ("Republic of").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lib.engine.gazetteer import Gazetteer
from lib.engine.news_words import (
    GENERIC_BODIES,
    HEADLINE_VERBS,
    INSTITUTION_NOUNS,
    LOCATIVE_WORDS,
    NON_ORG_HEADS,
    PERSONAL_TITLES,
    ROLE_HEADS,
    SHIP_PREFIXES,
    THING_NOUNS,
    TITLE_WORDS,
)
from lib.engine.resolve import GIVEN_NAMES
from lib.names import normalise_surface


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
    if i >= 0 and doc[i].lower_ in DEPARTURE_WORDS:
        return True  # "before he left Brussels for London": the place he left
    if from_to_route(span):
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:2] == ["-", "based"]:
        return True
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ == "GPE"


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


# "the city of Omsk", "the Siberian city of Omsk", "the northern town of Tapa": what follows
# "<place noun> of" is a place, whatever the model took it for.
PLACE_NOUNS = {"city", "town", "village", "port", "settlement", "township", "municipality"}


# "east of Tallinn", "just north of Kyiv", "the outskirts of Moscow": a bearing from a place.
BEARING_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs",
}  # fmt: skip


# Nouns after a name that make it a region: "the Hatay region", "Latakia province", "the
# Damascus area".
REGION_NOUNS = {"region", "province", "district", "oblast", "governorate", "area", "areas",
                "outskirts", "suburbs"}  # fmt: skip


def after_place_noun(span: Span) -> bool:
    """'the city of Omsk', 'the province of Hatay', 'east of Tallinn', and in apposition 'the
    capital, Tiraspol'."""
    doc, i = span.doc, span.start - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in PLACE_NOUNS | {"capital"}:
        return i >= 2 and doc[i - 2].lower_ in ("the", "its", "their", "country's", "region's")
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in PLACE_NOUNS | BEARING_WORDS | REGION_NOUNS
        and doc[i - 1].lower_ not in ("area", "areas")
    )


# Nouns of military and transport sites written after a name: "the Zokniai air base",
# "Deveselu base", "the Hmeimim airbase".
SITE_NOUNS = {"base", "airbase", "airfield", "airport", "garrison", "barracks", "naval",
              "harbour", "harbor", "range"}  # fmt: skip


def before_site_noun(span: Span) -> bool:
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].lower_ in ("air", "military", "naval", "army") and doc[j].is_lower:
        j += 1
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in SITE_NOUNS


# Nouns of places and sites that an apposition gives a name ("Deveselu, a former Soviet
# base", "Winfield House, a stately residence").
APPOSITION_PLACE_NOUNS = PLACE_NOUNS | SITE_NOUNS | REGION_NOUNS | {
    "residence", "estate", "resort", "island", "peninsula", "enclave", "exclave", "capital",
}  # fmt: skip


def place_in_apposition(span: Span) -> bool:
    """'at Deveselu, a former Soviet base', 'Winfield House, a stately residence near London
    Zoo': an apposition of an indefinite article and a place noun (within four words) says
    the name is a place."""
    doc, j = span.doc, span.end
    if not (j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an")):
        return False
    for token in doc[j + 2 : j + 6]:
        if token.is_punct or token.lower_ in APPOSITION_STOPS:
            return False  # "Luis Camacho, a lawyer from the city of …": the head came before
        if token.lower_ in APPOSITION_PLACE_NOUNS and token.is_lower:
            return True
    return False


# Words that end the head of an apposition: what follows them qualifies it.
APPOSITION_STOPS = {"from", "of", "in", "near", "at", "on", "for", "with", "by", "to", "who",
                    "which", "that", "and", "or"}  # fmt: skip


def before_region_noun(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in REGION_NOUNS


# Meetings that a capital before them names the place of: "the London NATO summit".
MEETING_NOUNS = {"summit", "summits", "meeting", "meetings", "talks", "conference",
                 "gathering", "ceremony", "forum", "olympics", "games"}  # fmt: skip


# Heads of the names of events named after a place ("the Warsaw Summit", "the Sochi
# Olympics"): the place inside is where it was held.
EVENT_NAME_HEADS = {"summit", "olympics", "games"}


# Heads of the names of documents named after a place ("the Vienna Document", "the Minsk
# Declaration"): a treaty's name; the place inside is neither the state nor a mention.
DOCUMENT_HEADS = {"document", "declaration"}


def before_document_head(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in DOCUMENT_HEADS


def place_in_event_name(span: Span) -> Span | None:
    """'the Warsaw Summit', 'the Sochi Olympics', 'NATO Wales Summit': the one place word
    before the head of an event's or a document's name (a known organisation's acronym
    may stand before it), or None."""
    words = [t for t in span if t.lower_ != "the" and not t.like_num]
    if len(words) > 1 and words[0].is_upper and words[0].ent_id_.startswith("org:"):
        words = words[1:]
    if (
        len(words) != 2
        or words[1].lower_ not in EVENT_NAME_HEADS
        or words[1].i != words[0].i + 1
        or not (words[0].is_title and words[0].is_alpha and len(words[0]) > 2)
        or words[0].lower_ in GAMES_KINDS
    ):
        return None
    return span.doc[words[0].i : words[0].i + 1]


# Words that name a kind of games, not their place ("the Special Olympics", "the Winter
# Olympics", "the Invictus Games").
GAMES_KINDS = {"special", "winter", "summer", "youth", "paralympic", "olympic", "world",
               "asian", "invictus", "commonwealth", "european", "junior", "war", "hunger"}  # fmt: skip


def before_meeting(span: Span) -> bool:
    """'the London summit', 'the Warsaw NATO summit': the capital names where it meets."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 2) and doc[i].is_upper and doc[i].is_alpha:
        i += 1  # 'NATO'
    return i < len(doc) and doc[i].lower_ in MEETING_NOUNS


# Verbs of leaving a place: the capital after one is the place, not the state.
DEPARTURE_WORDS = {"left", "leaving", "leaves", "departed", "departing"}


def from_to_route(span: Span) -> bool:
    """'a flight from Tomsk to Moscow', 'he left Brussels for London': both ends of a route
    are places."""
    doc, i = span.doc, span.start - 1
    if (
        i >= 2
        and doc[i].lower_ == "for"
        and doc[i - 2].lower_ in DEPARTURE_WORDS
        and doc[i - 1].ent_type_ in ("GPE", "LOC")
    ):
        return True
    if i >= 0 and doc[i].lower_ == "from":
        return span.end < len(doc) and doc[span.end].lower_ == "to"
    if i >= 2 and doc[i].lower_ == "to":
        return any(t.lower_ == "from" for t in doc[max(0, i - 5) : i - 1])
    return False


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


DATELINE_DASHES = {"-", "--", "\u2013", "\u2014", "\u2013\u2013", "\u2014\u2014"}


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
          "mar", "mar.", "apr", "apr.", "jun", "jul", "aug", "aug.", "sept", "sept.", "sep",
          "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec."}  # fmt: skip


def is_dateline_place(span: Span) -> bool:
    """'WARSAW --', 'LONDON \u2014', 'BRUSSELS:', 'Kyiv \u2014' opening a paragraph: a dateline
    without an agency names where the story was filed, a place, not the government."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end : span.end + 3]
    if (
        len(after) == 3
        and after[0].text in (",", ".")
        and after[1].lower_ in MONTHS
        and after[2].like_num
    ):  # 'Brussels, July 12, 2019 (AFP) -', 'BRUSSELS. Feb 7 (Interfax) -': a dateline with its day
        return True
    first = span.start
    if first > 0 and doc[first - 1].text == "(":
        first -= 1  # '( Baghdad –'
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return False
    nxt = doc[span.end].text
    return nxt in DATELINE_DASHES or (nxt == ":" and span.text.isupper())


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


# Words of an office that the model sometimes tags alone as an ORG ("Defence" in "Defence
# Minister Sergei Shoigu"): such a span followed by an office word is part of a title.
OFFICE_QUALIFIERS = {
    "defence", "defense", "foreign", "interior", "finance", "economy", "justice", "health",
    "trade", "energy", "prime", "deputy", "vice", "state", "home", "first", "national",
    "security", "homeland", "special", "attorney", "press", "assistant", "principal",
}  # fmt: skip


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


def before_rank_stop(span: Span) -> bool:
    """'Army Col' in 'Army Col. Steve Warren': a service and a rank cut before its full
    stop, the title of the name that follows, not an organisation."""
    doc, last = span.doc, span[-1]
    return (
        span.end < len(doc)
        and doc[span.end].text == "."
        and f"{last.lower_}." in TITLE_WORDS
    )


def after_personal_title(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].text in PERSONAL_TITLES


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


def _name_shaped_words(span: Span) -> list[Token] | None:
    """The words of a span shaped like a person's name that the model labelled otherwise: two
    or three capitalised words (punctuation aside), labelled an organisation or a place, that
    no ruler matched. None for any other span."""
    words = [t for t in span if not t.is_punct]
    if (
        span.label_ in ("ORG", "GPE", "LOC", "FAC")
        and not span.ent_id_
        and 2 <= len(words) <= 3
        and all(t.is_alpha and t.is_title for t in words)
    ):
        return words
    return None


def after_occupation(span: Span, gaz: Gazetteer) -> bool:
    """'host Sean Hannity' labelled an organisation: two or three capitalised words after a
    lower-case occupation or the head of a title ('Foreign Minister'), unknown to the
    gazetteer and not ending in a body's noun, are a person's name."""
    doc = span.doc
    words = _name_shaped_words(span)
    i = span.start - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in ROLE_HEADS:
        i -= 1  # "Foreign minister, Nikola Dimitrov said": the title before a comma
    return (
        words is not None
        and i >= 0
        and (
            (doc[i].lower_ in OCCUPATION_WORDS and doc[i].is_lower)
            or (  # "Latvian Foreign Minister Edgars Rinkevics": after the head of a title
                doc[i].lower_ in ROLE_HEADS
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
    words = _name_shaped_words(span)
    i = span.start - 1
    return (
        words is not None
        and words[0].lower_ in GIVEN_NAMES
        and i >= 1
        and doc[i].text in ("'s", "'", "’s", "’")
        and doc[i - 1].ent_type_ == "ORG"
        and gaz.lookup(span.text) is None
    )


# Abbreviated titles the model takes for organisations: "AG Bill Barr", "VP Mike Pence".
TITLE_ABBREVIATIONS = {"AG", "VP", "IG", "SecDef", "SecState", "POTUS", "FLOTUS", "DNI"}


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
    # "Secretary of State", "Heads of State and Government", "Assistant Secretary General
    # for Defense Investment": the office's field after its head
    if i >= 1 and doc[i].lower_ == "of":
        head = doc[i - 1].lower_
        return head in ROLE_HEADS or head.removesuffix("s") in ROLE_HEADS
    # "for" after a title in capitals only ("Secretary General for …"): "representatives for
    # Kushner" are people acting for someone
    return (
        i >= 2
        and doc[i].lower_ == "for"
        and doc[i - 1].lower_ in ROLE_HEADS
        and doc[i - 1].is_title
        and doc[i - 2].is_title
    )


# Adjectives of the compass the model takes alone for a name ("the Eastern part of the
# Alliance"): before a lower-case noun they qualify it.
COMPASS_ADJECTIVES = {"eastern", "western", "northern", "southern", "central", "northeastern",
                      "northwestern", "southeastern", "southwestern"}  # fmt: skip


def compass_adjective(span: Span) -> bool:
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) == 1
        and words[0].lower_ in COMPASS_ADJECTIVES
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].is_alpha
    )


def before_law_head(span: Span) -> bool:
    """'Nuclear Forces' in 'Intermediate-range Nuclear Forces Treaty': the model's span stops
    before the last word of a treaty's or law's name; the slice is not an organisation."""
    doc, j = span.doc, span.end
    if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "Nuclear Forces (INF) Treaty"
    return j < len(doc) and doc[j].is_title and doc[j].lower_ in NON_ORG_HEADS


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


# A name governed by a place preposition and ending in one of these is a place, not an
# organisation: "in the Oval Office", "at the Rose Garden", "in the Situation Room".
BUILDING_NOUNS = {
    "office", "room", "building", "hall", "garden", "gardens", "lawn", "palace", "square",
    "airport", "hotel", "tower", "center", "centre", "base", "bridge", "chamber", "lodge",
    "house", "zoo",
}  # fmt: skip


def is_building(span: Span, surface: str) -> bool:
    """'in the Oval Office', 'aboard Air Force One' (a vehicle is dropped as not an entity
    through the gazetteer): a name after a place preposition ending in a building noun."""
    if surface.split()[-1].lower() not in BUILDING_NOUNS or len(surface.split()) < 2:
        return False
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_WORDS | {"from", "to", "outside"}


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


def names_a_ship(span: Span) -> bool:
    """'USS Donald Cook', 'the HMS Defender', a headline's 'Buzz USS Donald Cook': a span that
    holds a ship's prefix, or follows one, names a ship."""
    doc, i = span.doc, span.start - 1
    return any(t.text in SHIP_PREFIXES for t in span) or (i >= 0 and doc[i].text in SHIP_PREFIXES)


def ship_names(docs) -> set[str]:
    """The names of the ships an article names with their prefix, in lower case, and the last
    word of each ('donald cook', 'cook'): the short forms the article then calls the ship by
    ('the Donald Cook', 'the Cook's commander')."""
    names: set[str] = set()
    for doc in docs:
        for token in doc:
            if token.text not in SHIP_PREFIXES:
                continue
            words = []
            for nxt in doc[token.i + 1 : token.i + 5]:
                if not (nxt.is_alpha and nxt.is_title):
                    break
                words.append(nxt.lower_)
            if words:
                names.update({" ".join(words), words[-1]})
    return names


# Nouns of kinship: "his daughter, Yulia", "her husband Denis": the given name after one is
# the relative's, and in news the relative of a person just named carries the family name.
KINSHIP_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
                 "niece", "nephew", "cousin", "granddaughter", "grandson", "widow", "widower",
                 "stepdaughter", "stepson", "fiancee", "fiancée", "fiance", "fiancé"}  # fmt: skip


def after_kinship_noun(span: Span) -> bool:
    """'his daughter, Yulia', 'her husband Denis': a one-word name after a possessive and a
    noun of kinship names a person, the relative."""
    doc, i = span.doc, span.start - 1
    if len(span) != 1 or not span[0].is_title:
        return False
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 1 and doc[i].lower_ in KINSHIP_NOUNS and doc[i - 1].lower_ in ("his", "her")


def person_before(span: Span) -> Span | None:
    """The person named (in full) last before the span in its paragraph."""
    people = [e for e in span.doc.ents if e.label_ == "PERSON" and e.end <= span.start]
    people = [e for e in people if len(e) > 1 and all(t.is_title for t in e)]
    return people[-1] if people else None


def before_thing_noun(span: Span) -> bool:
    """'the Aegis Ashore site', 'the F-35 Joint Strike Fighter program', 'the National Army
    Day parade': a name before a lower-case noun of a system, site, programme or parade
    names that thing, not a body."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in THING_NOUNS
    )


def missile_defence(surface: str) -> bool:
    """'NATO's Ballistic Missile Defence': a defence against missiles is a system, whatever
    it is called, not a body (the Ministry of Defence ends in 'Defence' after 'of')."""
    return surface.lower().split()[-2:] in (["missile", "defence"], ["missile", "defense"])


# Combining forms written before a hyphen ("Euro-Atlantic", "Sino-Russian", "Anglo-French"):
# the first half of an adjective, no name of its own.
COMBINING_FORMS = {"euro", "anglo", "sino", "franco", "russo", "indo", "afro", "austro",
                   "greco", "judeo", "trans", "pan", "turco", "italo", "hispano"}  # fmt: skip


def prefix_of_adjective(span: Span) -> bool:
    doc, end = span.doc, span.end
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) == 1
        and words[0].lower_ in COMBINING_FORMS
        and end + 1 < len(doc)
        and doc[end].text in ("-", "\u2013")
        and not span[-1].whitespace_
    )
