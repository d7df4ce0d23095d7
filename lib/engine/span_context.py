"""What the words around an entity span say it is, a place aside (lib.engine.place_context):
pure predicates on spaCy spans.

News names a place and an actor with the same word ("the summit in London", "London said"),
and the small model's label does not always tell a title, a treaty or a weapon from a name.
The words around the span do:
- words of an office before the head of a title ("Defence" in "Defence Minister"), a surname
  after a personal title, an occupation or an outlet's possessive ("Rep. Jordan", "host Sean
  Hannity", "NBC's Lester Holt"), a rank cut before its full stop ("Army Col");
- a slice of a treaty's name, a weapon's name, a level of a court, a building after a
  preposition of place, a family ("the Clintons"), the start of a longer name ("Republic of").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from lib.engine.body_head_nouns import BODY_HEAD_NOUNS
from lib.engine.doc_words import holds_any, word_ids
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.news_words import (
    FIELD_NOUNS,
    GENERIC_BODIES,
    HEADLINE_VERBS,
    INSTITUTION_NOUNS,
    LOCATIVE_WORDS,
    NON_ORG_HEADS,
    PERSONAL_TITLES,
    RANK_ABBREVIATIONS,
    REGION_ADJECTIVES,
    ROLE_HEADS,
    SHIP_PREFIXES,
    THING_NOUNS,
    TITLE_WORDS,
    VESSEL_NOUNS,
)
from lib.engine.resolve import GIVEN_NAMES
from lib.engine.thing_names import names_a_thing
from lib.engine.vessel_lists import in_vessel_list
from lib.names import normalise_surface

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
    return span.end < len(doc) and doc[span.end].text == "." and f"{last.lower_}." in TITLE_WORDS


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
    institution = any(t.lower_ in INSTITUTION_NOUNS | BODY_HEAD_NOUNS for t in words) or any(
        t.is_upper and len(t) > 1 for t in words
    )  # "the head of the Turkish Defense Industry Secretariat": a body's head noun
    if institution or not words:
        return False
    if not span.ent_id_ and _office_phrase(words):
        return True  # "Permanent Representative", "Allied Heads of State and Government"
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


# Words of an office's name besides the title words: its holders in the plural ("Heads of
# State and Government", "Foreign Ministers") and the joints of the phrase. A "Staff" is a
# body ("the General Staff").
_OFFICE_PHRASE_WORDS = (
    (TITLE_WORDS - {"staff"}) | {f"{w}s" for w in ROLE_HEADS} | {"of", "and", "government"}
)


def _office_phrase(words: list) -> bool:
    """Every word of the span belongs to an office's name, one of them its head."""
    return all(t.lower_ in _OFFICE_PHRASE_WORDS for t in words) and any(
        t.lower_.removesuffix("s") in ROLE_HEADS for t in words
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


# The endings of adjectives made from names of regions and peoples ("Atlantic", "Olympic",
# "Balkan", "Eurasian", "Nordic"), and the nouns of a kind of place a house style may
# capitalise after one ("the small Balkan State").
_ADJECTIVE_ENDING = re.compile(r"[a-z](?:ic|an|ean|ian|ern)$")
_PLACE_KIND_NOUNS = {"state", "states", "nation", "nations", "country", "countries", "city",
                     "region"}  # fmt: skip
_NOT_QUALIFIED = {"magazine", "newspaper", "daily", "weekly", "website", "reported", "reports",
                  "said", "says", "wrote", "writes"}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "our", "his", "her"}


def adjective_in_noun_phrase(span: Span, gaz: Gazetteer) -> bool:
    """'Eastern European NATO states', 'the crucial Atlantic alliance', 'the Olympic city of
    Sochi', 'the small Balkan State': adjectives of a region or a people inside a noun
    phrase, qualifying the noun after them, no name of their own."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if not words or any(not t.is_alpha for t in words):
        return False
    if len(words) >= 2 and all(
        t.lower_ in COMPASS_ADJECTIVES | REGION_ADJECTIVES
        or gaz.names.get(t.text, (None, None))[1] == "demonym"
        for t in words
    ):
        return True  # "Eastern European", "Central Asian"
    if len(words) == 2 and words[1].lower_ in _PLACE_KIND_NOUNS:
        words, noun = words[:1], words[1]
    else:
        noun = doc[span.end] if span.end < len(doc) else None
    if len(words) != 1 or not _ADJECTIVE_ENDING.search(words[0].text) or noun is None:
        return False
    if (
        not (noun.is_alpha and (noun.is_lower or noun.i < span.end))
        or noun.lower_ in _NOT_QUALIFIED
    ):
        return False  # "the liberal Atlantic magazine", "the Atlantic reported": the outlet
    i = span.start
    after_adjective = (
        i >= 2 and doc[i - 1].is_lower and doc[i - 1].is_alpha and doc[i - 2].lower_ in _DETERMINERS
        and doc[i - 1].lower_ not in _DETERMINERS
    )  # fmt: skip
    kind_of = (
        noun.lower_ in _PLACE_KIND_NOUNS | {"town", "port", "resort"}
        and noun.i + 1 < len(doc)
        and doc[noun.i + 1].lower_ == "of"
    )  # "the Olympic city of Sochi"
    return after_adjective or kind_of


# Small words a law's title keeps in lower case: "Adversaries through Sanctions Act".
_SMALL_WORDS_OF_TITLES = {"in", "of", "for", "through", "to", "and", "against", "on", "the"}


def before_law_head(span: Span) -> bool:
    """'Nuclear Forces' in 'Intermediate-range Nuclear Forces Treaty': the model's span stops
    before the last word of a treaty's or law's name; the slice is not an organisation."""
    doc, j = span.doc, span.end
    if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "Nuclear Forces (INF) Treaty"
    elif j < len(doc) and doc[j].text == ")" and span.start > 0 and doc[span.start - 1].text == "(":
        j += 1  # the acronym itself: "(INF) treaty"
    if span[-1].lower_ in ("'s", "’s") or (j < len(doc) and doc[j].lower_ in ("'s", "’s")):
        # "Countering America's Adversaries Through Sanctions Act": the law's name goes on
        # past a possessive, in title case, to its head
        j += span[-1].lower_ not in ("'s", "’s")
        while (
            j < min(len(doc) - 1, span.end + 10)  # a title of ten words at most
            and (doc[j].is_title or doc[j].lower_ in _SMALL_WORDS_OF_TITLES)
            and doc[j].lower_ not in NON_ORG_HEADS
        ):
            j += 1
    # "the Intermediate-range Nuclear Forces (INF) treaty": a treaty's head in lower case too
    return (
        j < len(doc)
        and doc[j].lower_ in NON_ORG_HEADS
        and (doc[j].is_title or doc[j].lower_ in ("treaty", "accord", "accords", "protocol"))
    )


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
    "house", "zoo", "mall", "street", "avenue", "boulevard", "park", "stadium", "arena",
    "embankment", "market",
}  # fmt: skip


def is_building(span: Span, surface: str) -> bool:
    """'in the Oval Office', 'aboard Air Force One' (a vehicle is dropped as not an entity
    through the gazetteer): a name after a place preposition ending in a building noun."""
    if surface.split()[-1].lower() not in BUILDING_NOUNS or len(surface.split()) < 2:
        return False
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i - 1].lower_ == "according":
        return False  # "according to the … Control Center": a source, a body
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
    holds a ship's prefix, or follows one, names a ship; so does a name in apposition to a
    vessel noun ('the tugboat Yana Kapu', 'the gunboats Berdyansk and Nikopol') and one right
    after "aboard" ('a helicopter aboard Northumberland': navies drop the prefix)."""
    doc, i = span.doc, span.start - 1
    if not holds_any(doc, _SHIP_WORD_IDS):  # no prefix, "aboard" or vessel noun in the block
        return span.label_ == "PERSON" and names_a_thing(span)
    return (
        any(t.text in SHIP_PREFIXES for t in span)
        or (i >= 0 and doc[i].text in SHIP_PREFIXES)
        or (i >= 0 and doc[i].lower_ in ("aboard", "onboard") and not span.ent_id_)
        or (
            not span.ent_id_.startswith("country:")
            and (after_vessel_noun(span) or in_vessel_list(span))
        )
        or (span.label_ == "PERSON" and names_a_thing(span))  # "the Ronald Reagan carrier"
    )


_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}

# The words a ship's name is known by in names_a_ship (a prefix, "aboard", a vessel noun): a
# block without any of them names no ship but by names_a_thing.
_SHIP_PREFIX_IDS = word_ids(SHIP_PREFIXES)
_SHIP_WORD_IDS = _SHIP_PREFIX_IDS | word_ids(
    VESSEL_NOUNS | {"aboard", "onboard", "carrier", "carriers"}
)


def after_vessel_noun(span: Span) -> bool:
    """The span is a vessel's name: after a vessel noun, maybe in quotes, or after another
    such name and 'and' ('gunboats Berdyansk and Nikopol'). (A state after one is the
    subject of a clause on the noun, 'the warships Turkey sent': names_a_ship keeps it.)"""
    doc, j = span.doc, span.start - 1
    while j >= 0:
        if (
            doc[j].text in _QUOTES
            or (  # "warship the Admiral Grigorovich"
                doc[j].lower_ == "the" and j == span.start - 1 and not span.ent_id_
            )
            # a rank the model left out of the name: "the carrier Admiral Kuznetsov"
            or (j == span.start - 1 and doc[j].is_title and doc[j].lower_ in TITLE_WORDS)
        ):
            j -= 1
            continue
        if doc[j].lower_ in VESSEL_NOUNS or _carrier(doc, j):
            return True
        if doc[j].lower_ not in ("and", ",") or j == 0:
            return False
        j -= 1  # over "and": the name before must be a vessel's too
        while j >= 0 and doc[j].text in _QUOTES:
            j -= 1
        if j < 0 or not (doc[j].is_alpha and doc[j].is_title):
            return False
        while j >= 0 and doc[j].is_alpha and doc[j].is_title:
            j -= 1


def _carrier(doc, j: int) -> bool:
    """'aircraft carrier', 'helicopter carrier': a vessel; 'the flag carrier' is an airline."""
    before = doc[j - 1].lower_ if j > 0 else ""
    return doc[j].lower_ in ("carrier", "carriers") and before in ("aircraft", "helicopter")


def _capitalised(token) -> bool:
    """A word of a ship's name: 'Fort', 'McHenry', 'St' (is_title misses 'McHenry')."""
    return token.is_alpha and token.text[0].isupper() and not token.is_upper


def ship_names(docs) -> set[str]:
    """The names of the ships an article names with their prefix or a vessel noun, in lower
    case, and the last word of each ('donald cook', 'cook'): the short forms the article then
    calls the ship by ('the Donald Cook', 'the Cook's commander', 'the Berdyansk')."""
    names: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            if not names_a_ship(ent):
                continue
            words = [t.lower_ for t in ent if _capitalised(t) and t.text not in SHIP_PREFIXES]
            if words:
                names.update({" ".join(words), words[-1]})
        for token in doc if holds_any(doc, _SHIP_PREFIX_IDS) else ():
            if token.text not in SHIP_PREFIXES:
                continue
            words = []
            for nxt in doc[token.i + 1 : token.i + 5]:
                if not _capitalised(nxt):
                    break
                words.append(nxt.lower_)
            if words:
                names.update({" ".join(words), words[-1]})
    return names


def before_thing_noun(span: Span) -> bool:
    """'the Aegis Ashore site', 'the F-35 Joint Strike Fighter program', 'the National Army
    Day parade': a name before a lower-case noun of a system, site, programme or parade
    names that thing, not a body."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in THING_NOUNS


def missile_defence(surface: str) -> bool:
    """'NATO's Ballistic Missile Defence': a defence against missiles is a system, whatever
    it is called, not a body (the Ministry of Defence ends in 'Defence' after 'of')."""
    words = surface.lower().split()
    if words and words[-1] in ("system", "systems"):
        words = words[:-1]  # "Air and Missile Defense Systems": the systems of that defence
    return words[-2:] in (["missile", "defence"], ["missile", "defense"])


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


def adjective_and_field(span: Span, gaz: Gazetteer) -> bool:
    """'European Security', 'American Defense': an adjective of a nation or a region and a
    field of policy in capitals, no body's name."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 2 or words[1].lower_ not in FIELD_NOUNS:
        return False
    first = words[0]
    return (
        first.lower_ in REGION_ADJECTIVES or gaz.names.get(first.text, (None, None))[1] == "demonym"
    )


def opens_with_personal_title(span: Span) -> bool:
    """'Mr Pence', 'Ms Pierce', 'Det Insp Laura Finch' taken whole for a body: an honorific
    or a rank opening a span makes the name after it a person's."""
    i = span.start
    while i < span.end - 1 and span.doc[i].is_title and span.doc[i].lower_ in RANK_ABBREVIATIONS:
        i += 1
    if i > span.start:
        return span.doc[i].is_title and span.doc[i].lower_ not in RANK_ABBREVIATIONS
    return len(span) > 1 and span[0].text in PERSONAL_TITLES and span[1].is_title


SPEECH_VERBS = {"said", "says", "told", "added", "wrote", "tweeted", "stated", "noted"}
_HE_SHE = {"he", "she"}


def speaker_called_he_or_she(span: Span, gaz: Gazetteer) -> bool:
    """'Pierce said she wanted …', 'Nikola Dimitrov said on Twitter. He added: …': one to three
    capitalised words unknown to the gazetteer, the subject of a speech verb that the next
    words or the next sentence take up as 'he' or 'she', are a person (a body is 'it')."""
    doc, end = span.doc, span.end
    words = [t for t in span if t.lower_ != "the"]
    if not (1 <= len(words) <= 3 and all(t.is_alpha and t.is_title for t in words)):
        return False
    if words[-1].lower_ in INSTITUTION_NOUNS | GENERIC_BODIES or gaz.lookup(span.text):
        return False
    if end >= len(doc) or doc[end].lower_ not in SPEECH_VERBS:
        return False
    if end + 1 < len(doc) and doc[end + 1].lower_ in _HE_SHE:
        return True
    sent = doc[end].sent
    return sent.end < len(doc) and doc[sent.end].lower_ in _HE_SHE and doc[sent.end].is_title


def person_of_administration(span: Span, gaz: Gazetteer) -> Span | None:
    """'the Trump Administration' (in capitals by house style): a president's administration
    is the president acting, as 'the Trump administration' is in lower case. The name's
    words as a person's span, or None."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ != "administration":
        return None
    name = span.doc[words[0].i : words[-1].i]
    known = gaz.lookup(name.text)
    if not (
        (known is not None and known[0].type == "person")
        or len(gaz.surnames.get(name.text, [])) == 1
    ):
        return None
    return Span(span.doc, name.start, name.end, label="PERSON")


def name_with_lower_first_word(span: Span, gaz: Gazetteer) -> tuple[Entry, str, Span] | None:
    """'NATO's enhanced Forward Presence': a programme's own style writes its name's first
    word in lower case, and the model takes the rest for a person. A gazetteer name that the
    word before, capitalised, completes is that name (entry, kind, the whole span)."""
    doc, i = span.doc, span.start - 1
    if i < 0 or not (doc[i].is_alpha and doc[i].is_lower) or doc[i].is_stop:
        return None
    hit = gaz.lookup(f"{doc[i].text.capitalize()} {span.text}")
    if hit is None or hit[0].type not in ("org", "location"):
        return None
    return hit[0], hit[1], doc[i : span.end]


# Nouns of a person's expertise in an apposition after a name ("Jane Doe, a defence analyst
# at ...", "John Roe, a senior fellow with ..."): people, never organisations.
EXPERT_NOUNS = OCCUPATION_WORDS | {
    "expert", "fellow", "researcher", "scholar", "professor", "lecturer", "specialist",
}  # fmt: skip


def before_expert_apposition(span: Span, gaz: Gazetteer) -> bool:
    """'Jane Doe, a Russian military expert at Chatham House' labelled an organisation: two or
    three capitalised words unknown to the gazetteer, then an apposition 'a/an … expert/analyst
    /fellow' (a few qualifying words between), or the same after "is" as an author's note
    below an opinion piece writes it ('Jane Doe is a senior fellow at …'), are a person's name."""
    doc, j = span.doc, span.end
    if _name_shaped_words(span) is None or gaz.lookup(span.text) is not None:
        return False
    return (
        j + 2 < len(doc) and doc[j].lower_ in (",", "is", "was") and expert_noun_after(doc, j + 1)
    )


def expert_noun_after(doc: Doc, i: int) -> bool:
    """'a senior consulting fellow', 'an assistant professor' from doc[i]: an article, then
    a noun of expertise or occupation in lower case after at most three qualifying words."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
        return False
    for token in doc[i + 1 : i + 5]:
        if token.lower_ in EXPERT_NOUNS and token.is_lower:
            return True
        if not token.is_alpha or token.is_stop:
            return False
    return False
