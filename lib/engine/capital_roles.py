"""Whether a capital stands for its government or is the place, by the words around it
(issue 15, eval/kinds/english-orgs5-mechanisms.md), beyond the preposition before it
(lib.engine.place_context.is_locative):

- the government: a governing or reacting noun before "in" ("the leadership in Moscow", "the
  new government in Kyiv", "its allies in Washington", "anger in the Kremlin"); a possessive
  that owns no place ("within Moscow's sphere of influence", "hit at Washington's closest
  partners"); the agent of a participle joined by a hyphen ("Moscow-annexed Crimea",
  "Kremlin-backed rebels"); one capital of a list of capitals ("how Washington, London or
  Berlin would react");
- the place: where someone is taken or flies ("evacuated to Berlin", "flew over Warsaw"),
  the capital of a state named by a possessive ("the Baltic state's capital Vilnius"), a
  building or site it owns ("Berlin's Charite Hospital"), a verb of lying somewhere
  ("Helsinki lies two hours by ferry from Tallinn").
"""

from __future__ import annotations

from spacy.tokens import Span

from lib.engine.gazetteer import load_gazetteer

# Nouns of those who govern or speak for a state: "in <capital>" after them names where the
# government sits, the government itself ("the leadership in Moscow will analyse …").
# "Officials in Vilnius said" stays the place (tests/test_english_round4.py): officials of
# any body or state may speak there.
GOVERNING_NOUNS = {"government", "governments", "leadership", "authorities",
                   "regime", "administration", "rulers", "allies", "partners",
                   "policymakers", "policy-makers", "establishment", "elites", "elite"}  # fmt: skip

# A reaction "in <capital>" is the government's ("sparked anger in the Kremlin").
REACTION_NOUNS = {"anger", "alarm", "concern", "concerns", "fury", "outrage", "dismay",
                  "irritation", "consternation", "unease", "jitters", "relief", "displeasure",
                  "indignation", "frustration", "annoyance", "disappointment",
                  "suspicion"}  # fmt: skip

POSSESSIVES = {"'s", "\u2019s", "'"}

# Nouns of what a city holds: after "<capital>'s" (within four words) the city owns a place
# ("in Moscow's Red Square", "Berlin's Charite Hospital"), not an interest or a partner.
CITY_PLACE_NOUNS = {"hospital", "clinic", "airport", "airports", "square", "street", "streets",
                    "avenue", "centre", "center", "suburb", "suburbs", "outskirts", "district",
                    "districts", "neighbourhood", "neighborhood", "metro", "subway", "station",
                    "prison", "jail", "court", "courthouse", "cathedral", "church", "mosque",
                    "park", "stadium", "hotel", "palace", "museum", "university", "zoo",
                    "cemetery", "embassy", "bridge", "port", "harbour", "harbor", "base",
                    "airbase", "quarter", "residents", "mayor"}  # fmt: skip

# Verbs of being taken somewhere: "to <capital>" after them is the place ("was evacuated to
# Berlin", "were airlifted to Moscow").
TAKEN_TO_WORDS = {"evacuated", "airlifted", "flown", "taken", "brought", "rushed", "driven",
                  "transported", "relocated", "moved", "escorted", "extradited", "deported",
                  "shipped", "towed", "delivered", "invited", "welcomed"}  # fmt: skip

# Verbs of sending and the people they send ("sent a delegation to Minsk", "deploy troops to
# Vilnius"): the city is where they go.
SENDING_WORDS = {"send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatches",
                 "deploy", "deployed", "deploys", "deploying", "fly", "flew", "flies"}  # fmt: skip
SENT_PEOPLE = {"officials", "official", "delegation", "delegations", "envoy", "envoys", "diplomats",
               "negotiators", "team", "teams", "experts", "troops", "soldiers", "observers",
               "representatives", "inspectors", "ministers", "minister", "advisers"}  # fmt: skip

# Words of flight: "over <capital>" after them is the airspace, a place ("a jet flew over
# Warsaw", "flights over Moscow"); "a row over Moscow's claims" is not.
FLIGHT_WORDS = {"flew", "fly", "flying", "flies", "flown", "flight", "flights", "overflight",
                "overflights", "airspace", "skies", "sky", "circled", "circling", "hovered",
                "hovering", "soared", "planes", "jets", "aircraft", "drones", "drone"}  # fmt: skip

# Verbs that put a city somewhere: "Helsinki lies two hours by ferry from Tallinn".
LYING_WORDS = {"lies", "lay", "sits", "sat", "stands", "borders"}


def _before_in(span: Span) -> int:
    """The index of the word before "in (the) <span>", or -1."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i - 1 if i >= 1 and doc[i].lower_ == "in" else -1


# Words that make those before "in" visitors ("world leaders in London", "foreign officials in
# Moscow"): they are in the city, not its government.
VISITOR_WORDS = {"world", "foreign", "visiting", "fellow", "other", "allied"}


def governed_from(span: Span) -> bool:
    """'the leadership in Moscow', 'anger in the Kremlin': the government, not the place."""
    doc, i = span.doc, _before_in(span)
    if i < 0 or doc[i].lower_ not in GOVERNING_NOUNS | REACTION_NOUNS:
        return False
    return not (i >= 1 and doc[i - 1].lower_ in VISITOR_WORDS)


def owns_no_place(span: Span) -> bool:
    """'Moscow's sphere of influence', "Washington's closest partners": a possessive whose
    next words hold no place noun is the government's."""
    doc, j = span.doc, span.end
    if j >= len(doc) or doc[j].lower_ not in POSSESSIVES:
        return False
    return not any(t.lower_ in CITY_PLACE_NOUNS for t in doc[j + 1 : j + 5])


def agent_of_participle(span: Span) -> bool:
    """'Moscow-annexed Crimea', 'Kremlin-backed rebels', 'Washington-led coalition': the agent
    of what was done ('Moscow-based' is where it sits)."""
    doc, j = span.doc, span.end
    if j + 1 >= len(doc) or doc[j].text not in ("-", "\u2013") or doc[j].whitespace_:
        return False
    word = doc[j + 1].lower_
    return word.endswith("ed") and word not in ("based", "headquartered")


def _is_capital(name: str) -> bool:
    return load_gazetteer().names.get(name, ("", ""))[1] == "capital"


def in_list_of_capitals(span: Span) -> bool:
    """'how Washington, London or Berlin would react': a capital followed by a comma and
    another capital is one of several governments, not a city and its country."""
    doc, j = span.doc, span.end
    if not (j + 1 < len(doc) and doc[j].text == ","):
        return False
    nxt = next((e for e in doc.ents if e.start == j + 1), None)
    return nxt is not None and _is_capital(nxt.text)


# Words of a way back: "back to <capital>" after them is where one goes.
RETURN_WORDS = {"way", "trip", "journey", "return", "returned", "returning", "went", "go",
                "going", "came", "headed", "heading", "sent", "ride"}  # fmt: skip

# Nouns of a class of cities: a capital named as one of them ("European capitals such as
# Berlin and Warsaw could be targets", "many European cities, even Berlin") is a city.
CITY_CLASS_NOUNS = {"cities", "capitals", "towns"}
_INSTANCE_MARKERS = {"like", "including", "even", "notably", "especially"}


def named_among_cities(span: Span) -> bool:
    """'capitals such as Berlin and Warsaw', 'cities, even Berlin': the capital is named as an
    instance of a class of cities (other names, commas and 'and' may stand between)."""
    doc, k = span.doc, span.start - 1
    while (
        k > 0 and span.start - k < 12 and (doc[k].ent_type_ or doc[k].lower_ in (",", "and", "or"))
    ):
        k -= 1
    if k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
        k -= 1
    elif k < 1 or doc[k].lower_ not in _INSTANCE_MARKERS:
        return False
    k -= 1 + (k >= 2 and doc[k - 1].text == ",")
    return k >= 0 and doc[k].lower_ in CITY_CLASS_NOUNS


def stands_for_government(span: Span) -> bool:
    """A capital whose words make it the government, whatever preposition stands before it
    (a list of capitals is read where the comma would make "City, Country")."""
    return governed_from(span) or owns_no_place(span) or agent_of_participle(span)


def place_by_words_around(span: Span) -> bool:
    """'evacuated to Berlin', 'flew over Warsaw', "the Baltic state's capital Vilnius",
    "Berlin's Charite Hospital", 'Helsinki lies …': the place."""
    doc, i, j = span.doc, span.start - 1, span.end
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in TAKEN_TO_WORDS:
        return True
    if i >= 2 and doc[i].lower_ == "to" and doc[i - 1].lower_ in SENT_PEOPLE:
        # "will send senior officials to Vienna": people sent go to a place ("sent a letter to
        # Moscow" writes to its government)
        return any(t.lower_ in SENDING_WORDS for t in doc[max(0, i - 5) : i - 1])
    if i >= 1 and doc[i].lower_ == "over":
        return any(t.lower_ in FLIGHT_WORDS for t in doc[max(0, i - 6) : i])
    if i >= 2 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "back":
        # "fell ill on a flight back to Moscow", "on his way back to Kyiv"
        return any(t.lower_ in FLIGHT_WORDS | RETURN_WORDS for t in doc[max(0, i - 6) : i - 1])
    if named_among_cities(span):
        return True
    if i >= 2 and doc[i].lower_ == "capital" and doc[i - 1].lower_ in POSSESSIVES:
        return True  # "the Baltic state's capital Vilnius", "Ukraine's capital Kyiv"
    if j < len(doc) and doc[j].lower_ in POSSESSIVES:
        owned = doc[j + 1 : j + 5]
        return any(t.lower_ in CITY_PLACE_NOUNS for t in owned)
    return j < len(doc) and doc[j].lower_ in LYING_WORDS
