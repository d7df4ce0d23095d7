"""Whether an entity span is a place: pure predicates on spaCy spans.

News names a place and an actor with the same word ("the summit in London", "London said").
A capital or seat used as a place is a location, not the state: after a preposition of place
or a word of travel ("in Warsaw", "a visit to Moscow"), before a meeting ("the London summit")
or a region noun, after a place or site noun ("the city of Omsk", "the Zokniai air base"), in
an apposition ("Deveselu, a former Soviet base"), inside an event's name ("the Warsaw Summit"),
on a route ("left Brussels for London"), in a dateline ("WARSAW --", "( Baghdad –").
"""

from spacy.tokens import Span

from lib.engine.capital_roles import (
    in_list_of_capitals,
    place_by_words_around,
    stands_for_government,
)
from lib.engine.news_words import (
    LOCATIVE_WORDS,
)


def is_locative(span: Span) -> bool:
    """'in London', 'at the Kremlin', 'a visit to Moscow', 'Warsaw, Poland', 'Moscow-based':
    the place, not the government."""
    if stands_for_government(span):
        return False  # "the leadership in Moscow", "within Moscow's sphere of influence"
    if place_by_words_around(span):
        return True  # "evacuated to Berlin", "flew over Warsaw", "Berlin's Charite Hospital"
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ in ("the", "#"):
        i -= 1  # "in the capital", a post's "negotiations in #Vienna"
    if i >= 0 and doc[i].lower_ in LOCATIVE_WORDS:
        return True
    if i >= 0 and doc[i].is_lower and doc[i].lower_ in COMPASS_WORDS:
        return True  # "northern Damascus", "eastern Kyiv": a part of the city, a place
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ == "outside":
        return True  # "Douma outside of Damascus" ("out of Moscow" is as often its word)
    if (
        i >= 0
        and doc[i].lower_ == "for"
        and any(
            t.lower_ in DEPARTURE_WORDS | {"headed", "heading", "heads", "bound", "departed"}
            for t in doc[max(0, i - 5) : i]
        )
    ):
        return True  # "as he left the White House for Brussels": where he went
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
    if i >= 1 and doc[i].lower_ == "from" and from_where_one_stands(doc, i):
        return True  # "Jane Doe reports from The Hague", "flown in from Washington"
    if from_to_route(span) or before_building_noun(span):
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:2] == ["-", "based"]:
        return True
    # "Warsaw, Poland": the city and its state ("Washington, London or Berlin" is a list of
    # governments: another capital after the comma)
    nxt = span.end
    return (
        nxt + 1 < len(doc)
        and doc[nxt].text == ","
        and doc[nxt + 1].ent_type_ == "GPE"
        and not in_list_of_capitals(span)
    )


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
    "heading",
    "heads",
    "transferred",
    "travelling",
    "traveling",
    "returning",
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
    if (
        i >= 1
        and doc[i].lower_ == "capital"
        and (doc[i - 1].lower_ == "the" or doc[i - 1].is_title)
    ):
        return True  # "an air base in the capital Ankara", "the Turkish capital Ankara"
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in PLACE_NOUNS | BEARING_WORDS | REGION_NOUNS
        and doc[i - 1].lower_ not in ("area", "areas")
    )


# Nouns of military and transport sites written after a name: "the Zokniai air base",
# "Deveselu base", "the Hmeimim airbase".
SITE_NOUNS = {"base", "airbase", "airfield", "airport", "garrison", "barracks", "naval",
              "harbour", "harbor", "range", "port"}  # fmt: skip


def before_site_noun(span: Span) -> bool:
    doc, j = span.doc, span.end
    while (
        j < span.end + 2
        and j < len(doc)
        and doc[j].lower_ in ("air", "military", "naval", "army")
        and doc[j].is_lower
    ):
        j += 1  # "the Murted military air base"
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in SITE_NOUNS


# Buildings and quarters of a city that its name qualifies ("a Berlin hospital", "the Brussels
# headquarters of the alliance", "a Moscow suburb"): the city itself, not its government (a
# court or a ministry of a capital acts for the state and is not here).
CITY_BUILDING_NOUNS = {"hospital", "hospitals", "clinic", "headquarters", "airport", "airports",
                       "hotel", "hotels", "suburb", "suburbs", "neighbourhood", "neighborhood",
                       "street", "streets", "apartment", "flat", "restaurant", "station",
                       "prison", "jail", "morgue", "home"}  # fmt: skip


def before_building_noun(span: Span) -> bool:
    doc, j = span.doc, span.end
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in CITY_BUILDING_NOUNS


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
    """'the London summit', 'the Warsaw NATO summit', 'a Helsinki news conference': the
    capital names where it meets."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 2) and doc[i].is_upper and doc[i].is_alpha:
        i += 1  # 'NATO'
    if i + 1 < len(doc) and doc[i].lower_ in ("news", "press"):
        i += 1  # 'a Helsinki news conference', 'the Brussels press briefing'
        return doc[i].lower_ in MEETING_NOUNS | {"briefing"}
    return i < len(doc) and doc[i].lower_ in MEETING_NOUNS


# Verbs of leaving a place: the capital after one is the place, not the state.
DEPARTURE_WORDS = {"left", "leave", "leaving", "leaves", "departed", "departing"}


# Words before "from" that make what follows it where someone stands or came from: reporting,
# watching or briefing ("a briefing from Baghdad", "monitoring the summit from Washington"),
# or travel, with "in" or "back" between ("flown in from Washington"); "a call from" and "a
# letter from" bring the government's word.
FROM_STANDING_WORDS = {"reports", "reporting", "live", "briefing", "briefed", "monitoring",
                       "watching", "watched", "broadcasting", "speaking"}  # fmt: skip


# Words of coming back or arriving: "from" after them tells where the journey began ("the
# order came from Moscow" brings the government's word: "came" is not here).
ARRIVAL_WORDS = {"arrived", "arriving", "returned", "returning", "travelled", "traveled",
                 "travelling", "traveling"}  # fmt: skip


def from_where_one_stands(doc, i: int) -> bool:
    """Whether "from" at token i follows a word of reporting or watching (three words back
    at most, in its clause) or of travel (with "in", "back" or "out" between)."""
    j = i - 1
    if j >= 1 and doc[j].lower_ in ("in", "back", "out"):
        j -= 1
    if doc[j].lower_ in FROM_TRAVEL_WORDS | ARRIVAL_WORDS:
        return True
    for token in doc[max(0, i - 4) : i]:
        if token.lower_ in FROM_STANDING_WORDS:
            return not any(t.is_punct for t in doc[token.i + 1 : i])
    return False


# Lower-case words a route's destination may open with ("from Moscow to the border").
ROUTE_OPENERS = {"the", "a", "an", "its", "their", "northern", "southern", "eastern", "western",
                 "central"}  # fmt: skip


_ROUTE_NOUNS = {"route", "road", "highway", "railway", "motorway", "corridor"}


def from_to_route(span: Span) -> bool:
    """'a flight from Tomsk to Moscow', 'he left Brussels for London', 'the Sestokai-Rukla
    route': both ends of a route are places."""
    doc, i = span.doc, span.start - 1
    j = span.end if span[-1].text not in ("-", "–") else span.end - 1
    if (  # "the Sestokai-Rukla route": a place joined by a hyphen to another before the route
        j + 2 < len(doc)
        and doc[j].text in ("-", "–")
        and doc[j + 1].ent_type_ in ("GPE", "LOC")
        and doc[j + 1].ent_iob_ == "B"
        and doc[j + 2].lower_ in _ROUTE_NOUNS
    ):
        return True
    if i >= 1 and doc[i].text in ("-", "–") and span.end < len(doc):
        return doc[span.end].lower_ in _ROUTE_NOUNS  # its other end: "the Adazi-Riga route"
    if (
        i >= 2
        and doc[i].lower_ == "for"
        and doc[i - 2].lower_ in DEPARTURE_WORDS
        and doc[i - 1].ent_type_ in ("GPE", "LOC")
    ):
        return True
    if i >= 0 and doc[i].lower_ == "from":
        # "from Tomsk to Moscow"; "pressure from Washington to scrap the deal" is no route: a
        # destination opens with a capital, an article or a bearing, never a lower-case verb
        end = span.end
        return (
            end + 1 < len(doc)
            and doc[end].lower_ == "to"
            and (not doc[end + 1].is_lower or doc[end + 1].lower_ in ROUTE_OPENERS)
        )
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


# Words of travel before "from" that make what follows it where the travel began ("by ferry
# from Kiel", "flown in from Tartus"); "a visit from" and "a call from" bring people.
FROM_TRAVEL_WORDS = {"ferry", "ferries", "flight", "flights", "flew", "flown", "train", "trains",
                     "sailed", "drove", "shipped", "airlifted", "transported", "route", "road"}  # fmt: skip


def placed_by_preposition(span: Span) -> bool:
    """A short name that a preposition puts in a place, whatever the model took it for: after
    "near" ("a base near Moray"); ending in a site's noun ("in Tapa Garrison"); after a site's
    noun and "in" or "at" ("the airport in Karmelava"); after a named body or a bracketed
    acronym and "in" ("Allied Command Operations (SHAPE) in Mons"); after travel and "from"
    ("by ferry from Kiel")."""
    doc, i = span.doc, span.start - 1
    if len(span) > 3 or i < 1 or (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")):
        return False
    prep, before = doc[i].lower_, doc[i - 1]
    if prep in ("in", "at", "near", "from") and span[-1].lower_ in SITE_NOUNS:
        return True  # "in Tapa Garrison", "from Amari Air Base": a site by its capitalised noun
    if len(span) > 2:
        return False
    if prep == "near":
        return True
    if prep in ("in", "at") and (
        before.lower_ in SITE_NOUNS | PLACE_NOUNS | {"station"}
        or before.text == ")"
        or (before.ent_type_ in ("ORG", "FAC") and before.ent_iob_ != "O")
    ):
        return True
    return prep == "from" and before.lower_ in FROM_TRAVEL_WORDS


# What follows the place of a dateline: a dash, or the bullet of a Singapore or Malaysian
# paper ("MOSCOW \u2022 Russian President …").
DATELINE_DASHES = {"-", "--", "\u2013", "\u2014", "\u2013\u2013", "\u2014\u2014", "\u2022"}


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
    if first > 0 and doc[first - 1].text in ("ST.", "St."):
        first -= 1  # 'ST. PETERSBURG, Russia >>'
    elif first > 1 and doc[first - 1].text == "." and doc[first - 2].text in ("ST", "St"):
        first -= 2
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return False
    nxt = doc[span.end].text
    if nxt == "(" and span.text.isupper():
        return True  # 'WASHINGTON (UrduPoint News / Sputnik - 18th July, 2019) Turkey's …'
    if _caps_run_into_sentence(span):
        return True  # 'WASHINGTON President Donald Trump said …': the dash lost
    if day_follows(doc, span.end):
        return True  # 'Washington [US], May 4 (ANI):', 'Moscow (Sputnik) Apr 12, 2015'
    if caps_dateline(span):
        return True
    if nxt == ":" and not span.text.isupper():
        # 'The Hague: President Barack Obama and …': a place before a paragraph of prose (a
        # short line, 'Moscow: NATO a threat', is a headline's speaker)
        rest = doc[span.end + 1 : span.end + 13]
        return len(rest) == 12 and rest[0].is_title and "\n" not in rest.text
    after_comma = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    return (
        nxt in DATELINE_DASHES
        or nxt == ":"
        or (nxt == "," and after_comma == "(")  # 'BRUSSELS, (Reuters) –'
        or (nxt.startswith("/") and (nxt[1:2].isupper() or after_comma[:1].isupper()))
    )  # 'Yerevan /Mediamax/.': the outlet between slashes


def _caps_run_into_sentence(span: Span) -> bool:
    """'WASHINGTON President Donald Trump said …', 'NEW YORK The alliance …': a place in
    capitals (four letters and more: 'US President …' is the country's office) run into the
    sentence that follows it, whose next word is capitalised but not in capitals (a headline
    in capitals goes on in them) and whose next line-free words hold one in lower case."""
    doc, j = span.doc, span.end
    letters = span.text.replace(" ", "").replace(".", "")
    if not (letters.isupper() and letters.isalpha() and len(letters) >= 4) or j >= len(doc):
        return False
    nxt, rest = doc[j], doc[j : j + 8]
    return (
        nxt.is_title
        and not nxt.is_upper
        and "\n" not in span.text_with_ws
        and any(t.is_lower and t.is_alpha for t in rest)
        and not any("\n" in t.text for t in rest)
    )


def day_follows(doc, j: int) -> bool:
    """Whether the day of a dateline follows token j, before any word in lower case or the
    line's end: a month's name beside a number, after the place's country or the agency in
    brackets ('[US], May 4 (ANI):', ', 21 December 2019 (dpa) –', ' (AFP) May 25, 2017').
    Prose names a day only after a word in lower case ('Moscow on May 9 said …')."""
    window = doc[j : j + 8]
    for k, token in enumerate(window):
        if "\n" in token.text or (token.is_alpha and token.is_lower):
            return False
        if token.lower_ in MONTHS and (
            (k + 1 < len(window) and window[k + 1].like_num) or (k > 0 and window[k - 1].like_num)
        ):
            return True
    return False


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


def at_place_of_country(span: Span) -> bool:
    """'at Coleman Worksite, Germany', 'near Tapa, Estonia': a name after a preposition of
    place and before its country after a comma is a place, whatever the model took it for."""
    doc, i, j = span.doc, span.start - 1, span.end
    return (
        i >= 0
        and doc[i].lower_ in {"in", "at", "near", "outside"}
        and j + 1 < len(doc)
        and doc[j].text == ","
        and doc[j + 1].ent_type_ == "GPE"
    )


# Compass adjectives in lower case before a city: the part of it, a place.
COMPASS_WORDS = {"northern", "southern", "eastern", "western", "central", "northeastern",
                 "northwestern", "southeastern", "southwestern", "downtown", "suburban"}  # fmt: skip


def caps_dateline(span: Span) -> bool:
    """'HERTFORD, ENGLAND - DECEMBER 04:', 'ST. PETERSBURG, Russia >>': a place in capitals
    and its country opening a paragraph before a dash are a dateline, wherever the model
    read a body or a date in them. (The caller checks the paragraph start.)"""
    doc, j = span.doc, span.end
    if not span.text.replace(".", "").replace(" ", "").isupper() or len(span.text) < 3:
        return False
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    for token in doc[j + 1 : j + 5]:
        if token.text in DATELINE_DASHES or token.text in (">>", ">", "\u00bb"):
            return True
        if not (token.is_alpha and token.text[0].isupper()):
            return False
    return False


# Participles that put what follows them on the map: "located near Orzysz", "based outside
# Tapa", "stationed in Rukla".
LOCATED_WORDS = {"located", "based", "stationed", "situated", "deployed", "headquartered"}


def after_located(span: Span) -> bool:
    """'the battle group, located near Orzysz': a name after a participle of location and a
    preposition of place is the place, whatever the model took it for."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1 and doc[i].lower_ in LOCATIVE_WORDS | {"on"} and doc[i - 1].lower_ in LOCATED_WORDS
    )


# Nouns of the places armies train on, after a name ("the Drawsko Pomorskie training ground",
# "the Adazi training area", "the Yavoriv proving ground").
TRAINING_GROUNDS = {("training", "ground"), ("training", "grounds"), ("training", "area"),
                    ("training", "range"), ("proving", "ground"), ("firing", "range"),
                    ("test", "site"), ("testing", "ground")}  # fmt: skip


def before_training_ground(span: Span) -> bool:
    doc, j = span.doc, span.end
    return j + 1 < len(doc) and (doc[j].lower_, doc[j + 1].lower_) in TRAINING_GROUNDS


# Words before a station that make it the place flown from, to or at ("from RAF Lossiemouth",
# "landed at RAF Akrotiri", "out of RAF Brize Norton").
_STATION_APPROACH = LOCATIVE_WORDS | {"from", "to", "of"}


def station_name(force: Span) -> Span | None:
    """'RAF Lossiemouth', 'RAF Brize Norton in Oxfordshire': an air force's acronym opens the
    name of one of its stations, a place, when capitalised words follow it where a place
    stands (after 'from', 'at', 'to', or before 'in X', ', X'); 'RAF Typhoons intercept' in a
    headline stays the air force and its jets. The station's span, or None."""
    doc, end = force.doc, force.end
    if len(force) != 1 or not force.text.isupper():
        return None
    while end < len(doc) and end - force.end < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == force.end:
        return None
    station = doc[force.start : end]
    i = force.start - 1
    approached = i >= 0 and doc[i].lower_ in _STATION_APPROACH
    if i >= 1 and doc[i].lower_ in ("and", "or", ","):
        # "from RAF Lossiemouth and RAF Coningsby": a second station of one list
        approached = any(
            doc[j].text == force.text and station_name(doc[j : j + 1]) is not None
            for j in range(max(0, i - 4), i)
        )
    placed = (
        end + 1 < len(doc)
        and (doc[end].lower_ in ("in", "near") or doc[end].text == ",")
        and doc[end + 1].is_title
    ) or (end < len(doc) and doc[end].lower_ in SITE_NOUNS)  # "the RAF Lossiemouth base"
    return station if approached or placed else None
