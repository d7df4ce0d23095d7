"""What the words around a capitalised span the gazetteer does not know say of its kind (the
model's label aside): a firm after a noun of firms ("offshore contractor Allseas"), a speaker
between a quotation and a verb of saying, an address ("10 Downing Street"), the opening of a
title (a body's acronym before "Commander", an adjective before an office noun), a royal's
title ("the Prince of Wales"), or no name at all (an ordinary word in a place no name stands
in, a law's name). Pure predicates on spaCy spans."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lib.engine.city_names import is_city_name
from lib.engine.doc_words import holds_any, word_ids
from lib.engine.gazetteer import Gazetteer
from lib.engine.news_words import (
    GENERIC_BODIES,
    INSTITUTION_NOUNS,
    NON_ORG_HEADS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from lib.engine.outlets_by_medium import before_medium_noun, outlets_the_model_missed
from lib.engine.place_context import TRAINING_GROUNDS
from lib.engine.places_by_words_before import places_the_model_missed
from lib.engine.press_names import names_a_publication
from lib.engine.resolve import GIVEN_NAMES
from lib.engine.span_context import OCCUPATION_WORDS, SPEECH_VERBS, TITLE_HEADS
from lib.engine.unmarked_people import (
    described_people_the_model_missed,
    glossed_people_the_model_missed,
    speakers_the_model_missed,
)


def acronym_before_title(span: Span) -> Span | None:
    """'LANDCOM Commander', 'EUCOM Commander' taken for a person: a body's acronym before the
    head of a title is the title of the name around it; the acronym (returned) is the body,
    as it is after the head ('Name, Commander JWC')."""
    if (
        len(span) == 2
        and span[0].is_upper
        and span[0].is_alpha
        and len(span[0]) > 2
        and span[1].is_title
        and span[1].lower_ in TITLE_HEADS
    ):
        return span[:1]
    i = span.start - 1
    if (  # "Name, Commander JWC,": the acronym after a title's head is the body too
        span.label_ == "PERSON"
        and len(span) == 1
        and span[0].is_upper
        and span[0].is_alpha
        and 2 < len(span[0]) <= 6
        and i >= 0
        and span.doc[i].is_title
        and span.doc[i].lower_ in TITLE_HEADS
    ):
        return Span(span.doc, span.start, span.end, label="ORG")
    return None


# Portfolios that a title's "of" names before the holder's name ("Chief of Defence Haakon
# Bruun-Hanssen", "Chief of Staff John Roe"): the model runs the portfolio into the name.
_PORTFOLIOS = {"defence", "defense", "staff", "state", "naval", "army", "air"}


def name_after_portfolio(span: Span) -> Span | None:
    """'Defence Haakon Bruun-Hanssen' of "Chief of Defence Haakon Bruun-Hanssen" taken for a
    body: the words after the portfolio are the holder's name (returned as a person's span).
    'Swiss-Dutch company Allseas' taken for one body: the name after the lower-case noun of
    firms is the firm's (returned as an organisation's span)."""
    doc, i = span.doc, span.start - 1
    nouns = [t.i for t in span[1:-1] if t.is_lower and t.lower_ in COMPANY_NOUNS]
    if nouns and all(t.is_title or t.is_upper for t in doc[nouns[-1] + 1 : span.end]):
        return Span(doc, nouns[-1] + 1, span.end, label="ORG")
    if (
        len(span) >= 3
        and i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].is_title
        and doc[i - 1].lower_ in TITLE_HEADS
        and span[0].lower_ in _PORTFOLIOS
        and all(t.is_title or t.text in ("-", ".") or t.is_upper for t in span[1:])
    ):
        return Span(doc, span.start + 1, span.end, label="PERSON")
    return None


# Lower-case nouns of offices that a capitalised adjective opens ("Transatlantic coordinator
# Peter Beyer", "Arctic envoy", "Presidential spokesman").
_OFFICE_AFTER_ADJECTIVE = ROLE_HEADS | {"coordinator", "commissioner", "czar", "tsar",
                                        "negotiator", "rapporteur", "representative"}  # fmt: skip


def adjective_of_office(span: Span) -> bool:
    """'Transatlantic' of "Transatlantic coordinator Peter Beyer": one capitalised adjective
    before a lower-case office noun and the holder's name opens the office's title; it is no
    body."""
    doc, j = span.doc, span.end
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) == 1
        and re.search(r"[a-z](?:ic|al)$", words[0].text) is not None
        and j + 1 < len(doc)
        and doc[j].is_lower
        and doc[j].lower_ in _OFFICE_AFTER_ADJECTIVE
        and doc[j + 1].is_title
    )


# Lower-case nouns of firms before the firm's name ("offshore contractor Allseas", "the
# Italian company Saipem", "defence firm Rheinmetall").
COMPANY_NOUNS = {"company", "firm", "contractor", "operator", "manufacturer", "maker",
                 "shipbuilder", "conglomerate", "subsidiary", "giant", "carrier", "producer",
                 "supplier", "startup", "start-up", "lender", "insurer", "retailer"}  # fmt: skip
# Words that end a firm's registered name after its own one-word name ("Allseas Group",
# "Saipem SpA"); a state's firms are named in common words before "Company" or "Corporation"
# ("the Belarusian Arms Export Company"), the demonym part of the name.
COMPANY_SUFFIXES = {"Group", "Inc", "Inc.", "Ltd", "Ltd.", "AG", "SA", "SpA", "GmbH", "plc",
                    "PLC", "LLC", "NV", "BV", "ASA", "AB", "Oyj"}  # fmt: skip


def after_company_noun(span: Span) -> bool:
    """'offshore contractor Allseas', 'the Italian company Saipem': a name right after a
    lower-case noun of a firm, or after its seat's '-based', is the firm's, whatever the
    model took it for."""
    doc, i = span.doc, span.start - 1
    if _after_base(doc, span.start) and span[0].is_title:
        return True  # "the Switzerland-based Allseas"
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in COMPANY_NOUNS and span[0].is_title


# Lower-case nouns of publications before the title ("the daily Gazeta Wyborcza", "the weekly
# Der Spiegel", "the tabloid Bild").
PUBLICATION_NOUNS = {"daily", "weekly", "newspaper", "paper", "magazine", "tabloid", "journal",
                     "broadsheet", "monthly", "quarterly", "newsweekly"}  # fmt: skip


def after_publication_noun(span: Span) -> bool:
    """'the daily Gazeta Wyborcza', 'editor of New Eastern Europe', 'Editor-in-Chief of X': a
    title after a noun of a publication or its editor's title is the publication's, whatever
    the model took it for (a person, the region a magazine is named after); so is a title
    that holds a press word ('Dziennik Gazeta Prawna', lib.engine.press_names)."""
    if names_a_publication(span) or before_medium_noun(span):
        return True  # "Dziennik Gazeta Prawna", "RTBF broadcaster"
    doc, i = span.doc, span.start - 1
    if i < 0 or not span[0].is_title:
        return False
    if doc[i].is_lower and doc[i].lower_ in PUBLICATION_NOUNS:
        return True
    before = [t.lower_ for t in doc[max(0, i - 5) : i]]
    return doc[i].lower_ == "of" and (before[-1:] == ["editor"] or before[-5:-3] == ["editor", "-"])


# Modal verbs: the capitalised word after one ("we will Remind") is a verb, no name.
_MODALS = {"will", "would", "shall", "should", "can", "could", "must", "might"}
# Nouns of the kinds of states in the plural ("the two former Soviet Republics"): no one state.
_STATE_KIND_PLURALS = {"republics", "kingdoms", "states", "nations", "countries", "provinces",
                       "regions", "territories", "principalities", "emirates"}  # fmt: skip


def common_word_as_name(span: Span, gaz: Gazetteer) -> bool:
    """One capitalised ordinary word that the model took for a person or a place, in a
    position no name of either stands in: after an indefinite article and before the noun it
    qualifies ('a Trojan horse'), right after a modal verb ('we will Remind'), or a plural of
    a kind of state ('the former Soviet Republics'). A known surname stays: "an Obama
    administration effort"."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or not words[0].is_alpha:
        return False
    doc, i, j = span.doc, span.start - 1, span.end
    if words[0].lower_ in _STATE_KIND_PLURALS:
        return True
    if words[0].text in gaz.surnames:
        return False
    if i >= 0 and doc[i].lower_ in _MODALS and doc[i].is_lower:
        return True
    return (
        i >= 0
        and doc[i].lower_ in ("a", "an")
        and j < len(doc)
        and doc[j].is_lower
        and doc[j].is_alpha
        and not doc[j].is_stop
    )


def names_a_law(span: Span) -> bool:
    """'Martial Law', 'the Magnitsky Act' taken for a person: a name whose last word heads
    the name of a law, a doctrine or a plan, and whose first is no given name, is that law's
    ('Jude Law' keeps his)."""
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    return (
        len(words) >= 2 and words[-1].lower_ in NON_ORG_HEADS and words[0].lower_ not in GIVEN_NAMES
    )


# Royal titles of a place ("the Prince of Wales", "the Duke of Edinburgh"): a person's title.
_ROYAL_TITLES = {"prince", "princess", "duke", "duchess", "earl", "countess", "marquess"}


def in_royal_title(span: Span) -> bool:
    doc, i = span.doc, span.start - 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in _ROYAL_TITLES
        and doc[i - 1].is_title
    )


def speaker_after_quote(span: Span, gaz: Gazetteer) -> bool:
    """'…to a terrorist", Bozdag said.': one capitalised word unknown to the gazetteer between
    a closing quotation and a verb of saying is the speaker, a person (a body after a quote
    is "the ministry said", or named in full); so is one after a quotation and its verb at the
    sentence's end ('… or do not want," added Sacks.'), and one the model took for a place
    that opens a sentence before the verb ('Youngblood said the suspect …': a town GeoNames
    does not list; known places are the gazetteer's)."""
    doc, i, j = span.doc, span.start - 1, span.end
    if len(span) != 1 or not (span[0].is_alpha and span[0].is_title) or gaz.lookup(span.text):
        return False
    if span[0].lower_ in INSTITUTION_NOUNS | GENERIC_BODIES:
        return False
    verb_after = j < len(doc) and doc[j].lower_ in SPEECH_VERBS
    if (
        i >= 1
        and doc[i].lower_ in SPEECH_VERBS
        and doc[i - 1].text in _QUOTE_MARKS | {","}
        and (j >= len(doc) or doc[j].text in (".", ","))
    ):
        return True
    if span.label_ == "GPE" and span[0].is_sent_start and verb_after:
        return not is_city_name(span.text) and not (
            span[0].lower_.endswith("s") and doc[j].lower_ != "says"
        )
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].text in {'"', "”", "’", "'"} and verb_after


# A street with its house number ("at 10 Downing Street", "1600 Pennsylvania Avenue"): an
# address, a place, whatever the model took it for.
_STREET_HEADS = {"street", "road", "avenue", "lane", "square", "boulevard", "place", "drive"}


def is_street_address(span: Span) -> bool:
    words = [t for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[0].like_num and words[-1].lower_ in _STREET_HEADS


def firms_the_model_missed(doc: Doc) -> list[Span]:
    """'the Italian company Saipem', 'defence firm Rheinmetall', 'the Swiss company of
    Allseas', 'Allseas, a Swiss-Dutch company': capitalised words right after a lower-case
    noun of firms (or its "of"), or before one in apposition, that no entity covers, as an
    organisation's span (the small model misses firms it has not seen; the noun says what
    they are)."""
    if not holds_any(doc, _COMPANY_NOUN_IDS | _BASED_ID):
        return []  # the noun of firms, before the name or in apposition: most blocks hold none
    found = []
    for token in doc:
        if token.ent_iob_ != "O" or (token.i > 0 and doc[token.i - 1].text[:1].isupper()):
            continue  # inside a capitalised run: its first word opens the name
        end = _capitalised_run_end(doc, token.i)
        if end == token.i:
            continue
        k = token.i - 1
        if k >= 1 and doc[k].lower_ == "of":
            k -= 1  # "the Swiss company of Allseas"
        noun = k >= 0 and doc[k].is_lower and doc[k].lower_ in COMPANY_NOUNS
        if noun or _after_base(doc, token.i) or firm_apposition(doc, end):
            found.append(Span(doc, token.i, end, label="ORG"))
    return found


# What follows a noun of firms that heads a phrase about one of its people.
_NOUNS_OF_ITS_PEOPLE = ROLE_HEADS | OCCUPATION_WORDS | {"'s", "’s", "executive", "official",
                                                       "officials", "employee", "boss"}  # fmt: skip


def _after_base(doc: Doc, i: int) -> bool:
    """'the Switzerland-based Allseas': a name right after its seat's '-based' is a firm's or
    a group's (a person's comes after a noun: 'the Moscow-based analyst Ivan Petrov'). The
    seat is a place's name: 'land-based AEGIS' is a system's."""
    return (
        i >= 3
        and doc[i - 1].lower_ == "based"
        and doc[i - 2].text in ("-", "–")
        and doc[i - 3].text[:1].isupper()
    )


def firm_apposition(doc: Doc, end: int) -> bool:
    """', a Swiss-Dutch company' or ', the Swiss-based company' after a name: an apposition
    whose head is a noun of firms (not a noun before one of its people: ', the company's
    chief executive', ', a company director'; nor after a function word: ', the CEO of the
    oil giant')."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for token in doc[end + 2 : end + 8]:
        if token.lower_ in COMPANY_NOUNS and token.is_lower:
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            return after not in _NOUNS_OF_ITS_PEOPLE
        if (token.is_punct and token.text not in ("-", "–")) or token.is_stop:
            return False  # ", the CEO of the Russian oil giant": a person of the firm
    return False


# Capitalised words after a noun of firms that name no firm (with the words of titles and
# the nouns of institutions: "the company Chairman", "the Government company"): days and months ("the company
# Monday"), pronouns and sentence openers after a full stop lost.
_NOT_FIRM_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "i", "the", "it", "he",
                   "she", "they", "we", "this", "that", "in", "on", "but", "and", "ceo",
                   "cfo", "coo", "cto", "boss", "founder", "owner"}  # fmt: skip
_NOT_A_FIRM_NAME = _NOT_FIRM_WORDS | TITLE_WORDS | INSTITUTION_NOUNS | GENERIC_BODIES


# Particles between a given name and a surname ("Herman Van Rompuy", "Ursula von der Leyen",
# "Frans de Vries"), in either case.
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos",
                  "ter", "ten", "le", "la"}  # fmt: skip


def people_the_model_missed(doc: Doc) -> list[Span]:
    """'Herman Van Rompuy' that the model left out: a given name, one or two name particles
    and a capitalised surname, none of them inside an entity, as a person's span."""
    if not (holds_any(doc, _PARTICLE_IDS) and holds_any(doc, _GIVEN_NAME_IDS)):
        return []
    found = []
    for token in doc:
        if not (token.is_title and token.lower_ in GIVEN_NAMES and token.ent_iob_ == "O"):
            continue
        j = token.i + 1
        while j < len(doc) and j - token.i <= 2 and doc[j].lower_ in NAME_PARTICLES:
            j += 1
        if (
            j > token.i + 1
            and j < len(doc)
            and doc[j].is_title
            and doc[j].is_alpha
            and all(t.ent_iob_ == "O" for t in doc[token.i : j + 1])
        ):
            found.append(Span(doc, token.i, j + 1, label="PERSON"))
    return found


# Lower-case nouns of a firm or its works after the firm's name ("the UralVagonZavod factory",
# "the Sevmash shipyard").
# ("works", "holding", "concern" are verbs or other nouns as often.)
FIRM_HEADS = {"factory", "plant", "shipyard", "refinery", "company", "firm",
              "conglomerate"}  # fmt: skip


def _names_before(
    doc: Doc, heads, head_ids: frozenset[int], *, openers=frozenset({"the"})
) -> list[tuple[int, int]]:
    """The runs of capitalised words after "the" (or another of `openers`), covered by no
    entity, right before a word (or a pair of words) of `heads` (`head_ids`: their word_ids):
    (start, end) token bounds."""
    if not (holds_any(doc, head_ids) and holds_any(doc, word_ids(openers))):
        return []
    found = []
    for token in doc[:-1]:
        if token.lower_ not in openers:
            continue
        end = _capitalised_run_end(doc, token.i + 1)
        if end == token.i + 1 or end >= len(doc) or not doc[end].is_lower:
            continue
        pair = (doc[end].lower_, doc[end + 1].lower_ if end + 1 < len(doc) else "")
        if doc[end].lower_ in heads or pair in heads:
            found.append((token.i + 1, end))
    return found


def spans_the_model_missed(doc: Doc) -> list[Span]:
    """Names the words around them make sure of where the model found none: firms after a
    noun of firms or before one of their works ("the UralVagonZavod factory"), people with a
    particle in their names, training grounds ("the Drawsko Pomorskie training ground") and
    air bases ("the Murted military air base")."""
    return [
        *firms_the_model_missed(doc),
        *outlets_the_model_missed(doc),
        *places_the_model_missed(doc),
        *(Span(doc, a, b, label="ORG") for a, b in _names_before(doc, FIRM_HEADS, _FIRM_HEAD_IDS)),
        *people_the_model_missed(doc),
        *speakers_the_model_missed(doc),
        *glossed_people_the_model_missed(doc),
        *described_people_the_model_missed(doc),
        *(
            Span(doc, a, b, label="LOC")
            for a, b in _names_before(doc, TRAINING_GROUNDS, _TRAINING_GROUND_IDS)
        ),
        *(
            Span(doc, a, b, label="LOC")
            for a, b in _names_before(doc, _AIR_BASES, _AIR_BASE_IDS, openers=_BEFORE_A_BASE)
        ),
    ]


# The lower-case nouns of an air base after its town's name ("the Murted military air base",
# "the Zokniai airbase", "at Murted military airport"): the town's name is the base's, a
# place, after "the" or a preposition of place ("flown to Murted military airbase").
_AIR_BASES = {"airbase", "airfield", ("air", "base"), ("military", "air"), ("military", "base"),
              ("naval", "base"), ("naval", "air"), ("military", "airbase"),
              ("military", "airport"), ("military", "airfield")}  # fmt: skip
_BEFORE_A_BASE = frozenset({"the", "at", "to", "from", "near", "in", "into", "towards"})


# The words each scan of spans_the_model_missed needs, to pass over a block that has none.
_COMPANY_NOUN_IDS = word_ids(COMPANY_NOUNS)
_BASED_ID = word_ids(["based"])
_PARTICLE_IDS = word_ids(NAME_PARTICLES)
_GIVEN_NAME_IDS = word_ids(GIVEN_NAMES)
_FIRM_HEAD_IDS = word_ids(FIRM_HEADS)
_TRAINING_GROUND_IDS = word_ids(TRAINING_GROUNDS)
_AIR_BASE_IDS = word_ids(_AIR_BASES)


def in_quoted_law_title(span: Span) -> bool:
    """'Energy Security' of 'the "Law for the Protection of Europe's Energy Security"': words
    inside a quoted title that opens with the head of a law's or a document's name ("Law",
    "Act", "Doctrine") are the title's, no body."""
    doc, i = span.doc, span.start - 1
    floor = span.sent.start
    while i >= floor and doc[i].text not in _QUOTE_MARKS:
        i -= 1
    if i < floor or doc[i].text in _CLOSING_QUOTES:
        return False
    if doc[i].text == '"' and sum(t.text == '"' for t in doc[floor : i + 1]) % 2 == 0:
        return False  # the straight quote that closes a quotation
    return i + 1 < span.start and doc[i + 1].is_title and doc[i + 1].lower_ in NON_ORG_HEADS


_CLOSING_QUOTES = {"”", "»", "’"}
_QUOTE_MARKS = {'"', "“", "«", "‘"} | _CLOSING_QUOTES


def before_firm_head(span: Span) -> bool:
    """'the Sevmash shipyard', 'the UralVagonZavod factory': a name after "the" and before a
    lower-case noun of a firm or its works names the firm."""
    doc, i, j = span.doc, span.start - 1, span.end
    return (
        i >= 0
        and doc[i].lower_ == "the"
        and j < len(doc)
        and doc[j].is_lower
        and doc[j].lower_ in FIRM_HEADS
    )


def extend_to_training_ground(span: Span) -> Span:
    """'Nowa' of "the Nowa Deba training ground": the model stops inside the name; the
    capitalised words up to the training ground's noun are all of it."""
    doc, j = span.doc, span.end
    while j < len(doc) and j < span.end + 3 and doc[j].is_title and doc[j].ent_iob_ == "O":
        j += 1
    if j > span.end and j + 1 < len(doc) and (doc[j].lower_, doc[j + 1].lower_) in TRAINING_GROUNDS:
        return Span(doc, span.start, j, label=span.label_)
    return span


def _capitalised_run_end(doc: Doc, start: int) -> int:
    """Where the run of capitalised words from `start` that the model left untagged, and that
    may name a firm, ends."""
    end = start
    while (
        end < len(doc)
        and doc[end].ent_iob_ == "O"
        and doc[end].is_alpha
        and doc[end].text[0].isupper()
        and doc[end].lower_ not in _NOT_A_FIRM_NAME
    ):
        end += 1
    return end
