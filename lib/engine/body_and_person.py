"""A body's span that runs on into a person's name: two entities, not one.

News copy puts a person after the body they speak for, with or without a role noun between
("according to Estonian Ministry of Defence spokesperson Andres Sang", "the Regional Air
Defense Systems Directorate Mustafa Alper DENİZ", "acting PM of Crimea Sergei Aksyonov"), and
the small model takes the whole run of capitalised words for one organisation: the person is
lost and a body no one named is made. The person's part is told by a lower-case role noun
before it, by a given name the gazetteer's people or the US census know, or by a surname in
capitals after a capitalised given name (official lists write surnames so). The body's part
is then read as any span; a person's name never ends a body's name ("the John F. Kennedy
Center" ends with its noun). Pure functions of a span."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.blocks import doc_text
from lib.engine.body_head_nouns import lone_head_noun, typed_by_head_noun
from lib.engine.captions import in_picture_credit
from lib.engine.common_words import word_zipf
from lib.engine.gazetteer import Gazetteer
from lib.engine.hyphen_places import hyphenated_places
from lib.engine.hyphenated_surnames import hyphenated_surnames
from lib.engine.lower_case_surnames import people_with_lower_case_surnames
from lib.engine.name_kinds import spans_the_model_missed
from lib.engine.news_words import (
    INSTITUTION_NOUNS,
    OFFICE_NOUNS,
    PERSONAL_TITLES,
    RANK_ABBREVIATIONS,
    STATE_BODY_HEADS,
    TITLE_WORDS,
)
from lib.engine.office_abbreviations import (
    people_after_office_abbreviations,
    without_office_abbreviations,
)
from lib.engine.role_phrase_people import people_after_role_phrases
from lib.engine.russian.census_names import given_name_share
from lib.engine.span_context import OCCUPATION_WORDS
from lib.engine.state_body_spans import bodies_through_states
from lib.engine.transcript_speakers import role_labels, transcript_speakers
from lib.engine.unit_names import SUB_UNIT_ECHELONS

# Lower-case nouns of a post or an occupation standing between a body and its person.
ROLE_NOUNS = OFFICE_NOUNS | OCCUPATION_WORDS | {"official", "officer", "member", "expert"}

# A given name as common as this in the US census (per cent of people) may be one ("Andres"
# 0.034); a word more frequent in English than this (Zipf) is taken for the word ("Summer",
# "Will", "Grant", "Marine" of Marine Le Pen) unless the census makes it a common given name
# ("Mark" 0.94, "Joe" 0.33).
_MIN_SHARE = 0.01
_MAX_ZIPF = 4.5
_COMMON_GIVEN_SHARE = 0.1


def _gazetteer_given_names(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the gazetteer's people ('Sergei' of Sergei Lavrov)."""
    return gaz.index("people's given names", _given_names)


def _given_names(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(
        e.name.split()[0]
        for e in gaz.entries.values()
        if e.type == "person" and len(e.name.split()) > 1
    )


def is_given_name(word: str, gaz: Gazetteer) -> bool:
    share = given_name_share(word)
    return (word in _gazetteer_given_names(gaz) or share >= _MIN_SHARE) and (
        word_zipf(word) < _MAX_ZIPF or share >= _COMMON_GIVEN_SHARE
    )


def _known_person(name: str, gaz: Gazetteer) -> bool:
    hit = gaz.lookup(name)
    return hit is not None and hit[0].type == "person"


def _name_word(token) -> bool:
    return token.is_alpha and (token.is_title or (token.is_upper and len(token) > 2))


def _person_part(span: Span, gaz: Gazetteer) -> int | None:
    """Where a person's name of two or three words starts at the end of the span, if one
    does; the words before it must hold a body's or place's name."""
    for size in (3, 2):
        start = span.end - size
        if start <= span.start:
            continue
        words = span.doc[start : span.end]
        if not all(_name_word(t) for t in words) or words[0].lower_ in _BODY_WORDS:
            continue
        if any(t.lower_ in _BODY_WORDS for t in words):
            continue
        # a surname in capitals, not an acronym ("the Provisional IRA")
        capitals_surname = (
            words[-1].is_upper and len(words[-1]) > 3 and all(t.is_title for t in words[:-1])
        )
        if (words[0].is_title and is_given_name(words[0].text, gaz)) or capitals_surname:
            return start
    return None


# Words of a body's, a unit's, a prize's or a building's name, never of a person's ("St.
# Joseph Catholic Church", "the Gracie Awards").
_BODY_WORDS = (
    INSTITUTION_NOUNS
    | STATE_BODY_HEADS
    | SUB_UNIT_ECHELONS
    | {"directorate", "space", "defense", "defence", "division", "regiment", "corps", "church",
       "cathedral", "school", "college", "hospital", "award", "awards", "prize", "club",
       "museum", "library", "hall", "airport", "station", "base", "camp", "fort", "street"}
)  # fmt: skip


_TITLES = TITLE_WORDS | RANK_ABBREVIATIONS | {t.lower() for t in PERSONAL_TITLES}


def _title_word(word: str) -> bool:
    bare = word.rstrip(".")
    return any(w in _TITLES for w in (word, bare, f"{bare}."))


def body_and_person(span: Span, gaz: Gazetteer) -> tuple[Span, Span] | None:
    """An organisation's span split into the body's (or place's) part and the person's."""
    if span.label_ != "ORG" or len(span) < 3 or span.ent_id_ or gaz.lookup(span.text):
        return None
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].is_lower and doc[k].lower_ in ROLE_NOUNS:
            person = doc[k + 1 : span.end]
            body = doc[span.start : k]
            if (
                2 <= len(person) <= 3
                and all(_name_word(t) for t in person)
                and any(t.is_title or t.is_upper for t in body)
            ):
                return Span(doc, span.start, k, label="ORG"), Span(
                    doc, k + 1, span.end, label="PERSON"
                )
            return None
    start = _person_part(span, gaz)
    if start is None:
        return None
    body = doc[span.start : start]
    if not any(t.is_title or t.is_upper for t in body):
        return None  # "the Gracie Awards": no body's name before the person's
    if all(_title_word(t.lower_) for t in body):
        return None  # "Det Insp Laura Finch": a person with a title, read as one span
    return Span(doc, span.start, start, label="ORG"), Span(doc, start, span.end, label="PERSON")


def entity_spans(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The spans to read mentions from (the model's and those it missed): each as it is, or
    its body's and person's parts. A picture desk signing a picture inside the line ("… |
    Saul Loeb/AFP/Getty Images North Korea …") is the credit's, not a mention."""
    out = []
    missed = people_after_role_phrases(doc, is_given=lambda word: is_given_name(word, gaz))
    missed += people_with_lower_case_surnames(
        doc,
        is_given=lambda word: is_given_name(word, gaz),
        is_known_person=lambda name: _known_person(name, gaz),
        zipf=word_zipf,
    )
    given_of = {s.start for s in missed}  # "Donald" of "Donald trump": the longer span holds it
    whole = bodies_through_states(doc)  # "the Ministry of Defense of" + "Turkey"
    speakers = transcript_speakers(doc, is_given=lambda word: is_given_name(word, gaz))
    places = hyphenated_places(doc)  # "Rostov-on-Don": the place, not a person "Rostov"
    places += hyphenated_surnames(doc)  # "Louisa Brooke-Holland": no place "Holland"
    # "JUAN GONZÁLEZ:" is no place, "HOST:" no body, "Rostov" of "Rostov-on-Don" no person
    taken = {i for s in [*speakers, *places] for i in range(s.start, s.end)} | role_labels(doc)
    titled = people_after_office_abbreviations(doc)  # "Ciolos" of "PM Ciolos"
    named = {i for s in titled for i in range(s.start, s.end)}
    ents = [
        typed_by_head_noun(whole.get(e.start, e))  # "the Russian Embassy": a body, never a place
        for e in (without_office_abbreviations(e, titled) for e in doc.ents)
        if e is not None
        and not (len(e) == 1 and e.start in given_of)
        and not lone_head_noun(e)
        and not taken.intersection(range(e.start, e.end))
        and not named.intersection(range(e.start, e.end))
    ]
    for span in [*ents, *speakers, *places, *titled, *spans_the_model_missed(doc), *missed]:
        if in_picture_credit(doc_text(doc), span.start_char, span.end_char):
            continue
        parts = body_and_person(span, gaz)
        out.extend(parts if parts is not None else (span,))
    return out
