"""One entity span of the spaCy pipeline -> its mentions of canonical entities (usually one; two
for a compound such as "Ankara-Moscow").

- a span the gazetteer knows gets its entity and its kind (name, demonym, capital, seat); a
  capital or seat used as a place ("the summit in London", "Warsaw, Poland") is a location, not
  the state (lib.engine.place_context.is_locative); used as an actor ("dialogue with Moscow") it
  stands for the state;
- compounds of two known names ("Ankara-Moscow", "US-Russia") are two mentions, and so are
  surnames joined by a hyphen ("the Biden-Putin meeting");
- names as outlets write them (issue 15): typography around a name is not part of it
  (lib.engine.span_names), title-case headlines are split at their verbs, names in capitals are
  the same names; title words, laws, programmes, buildings and designations ("S-400") are not
  organisations; US states are places, by name or abbreviation ("Ky.", "R-KY").
Each mention records how its surface reached its entity (Mention.link). The mentions of an
article are linked to each other in lib.engine.article_links.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pycountry
from spacy.tokens import Span

from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.body_and_person import entity_spans
from lib.engine.city_names import is_unlisted_city, seat_of_bodies
from lib.engine.compound_mentions import (
    compound_mentions,
    double_barrelled,
    people_compound,
    two_known_people,
)
from lib.engine.diplomatic_posts import post_owner
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.hashtags import handle_holder
from lib.engine.law_names import slice_of_law_name
from lib.engine.lower_case_names import compass_region, lower_case_body
from lib.engine.mentions import Mention
from lib.engine.name_kinds import (
    COMPANY_SUFFIXES,
    acronym_before_title,
    adjective_of_office,
    after_company_noun,
    after_publication_noun,
    before_firm_head,
    common_word_as_name,
    extend_to_training_ground,
    firm_apposition,
    in_quoted_law_title,
    in_royal_title,
    is_street_address,
    name_after_portfolio,
    names_a_law,
    speaker_after_quote,
)
from lib.engine.name_lookup import gazetteer_hit
from lib.engine.name_parts import inside_possessed_body, inside_station, is_armed_force, ministry_of
from lib.engine.named_places import place_named_before_head
from lib.engine.news_words import (
    GENERIC_BODIES,
    INSTITUTION_NOUNS,
    LOCATIVE_WORDS,
    STATE_BODY_HEADS,
)
from lib.engine.nlp import COMMON_NAME_WORDS, REFERENCES_KEY
from lib.engine.party_members import party_of_members
from lib.engine.peoples import names_peoples
from lib.engine.place_context import (
    after_located,
    after_place_noun,
    at_place_of_country,
    before_document_head,
    before_region_noun,
    before_site_noun,
    before_training_ground,
    from_to_route,
    is_dateline_agency,
    is_dateline_place,
    is_locative,
    one_word_after_place_preposition,
    place_in_apposition,
    place_in_event_name,
    placed_by_preposition,
    station_name,
)
from lib.engine.place_country_pairs import place_then_country
from lib.engine.place_lists import in_list_of_places, names_a_region
from lib.engine.region_adjectives import region_adjective, region_of_modifier, region_of_people
from lib.engine.relatives import after_kinship_noun, family_name_before, shared_family_name
from lib.engine.span_context import (
    adjective_and_field,
    adjective_in_noun_phrase,
    after_occupation,
    after_outlet_possessive,
    after_personal_title,
    before_expert_apposition,
    before_rank_stop,
    before_thing_noun,
    between_day_and_year,
    compass_adjective,
    cut_before_name,
    in_title_case_line,
    is_building,
    is_court_level,
    is_family,
    is_part_of_title,
    is_title_fragment,
    military_as_adjective,
    missile_defence,
    name_with_lower_first_word,
    names_a_ship,
    names_a_weapon,
    opens_with_personal_title,
    person_of_administration,
    prefix_of_adjective,
    speaker_called_he_or_she,
)
from lib.engine.span_names import (
    bracketed_given_name,
    clean_bounds,
    display_case,
    extend_cut_name,
    extend_ministry_of,
    extend_office_of,
    extend_royal_title,
    extend_unit_ordinal,
    split_headline,
    stated_role,
    strip_headline_verbs,
    strip_title,
)
from lib.engine.surname_places import surname_typed_a_place
from lib.engine.thing_names import not_an_entity
from lib.engine.transcribed_names import transcribed_person
from lib.engine.transcript_speakers import speaker_label
from lib.engine.unknown_acronyms import acronym_of_a_body, in_capitals_run
from lib.engine.us_places import after_its_city, us_state
from lib.ids import slug
from lib.names import normalise_surface

LINKED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


TYPE_FOR_LABEL = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}


_COMPOUND_SPLIT = re.compile(r"\s*[-\u2013\u2014/]\s*")


def span_mentions(span: Span, *, gaz: Gazetteer, block: Block, sentence_id: int) -> list[Mention]:
    """Mentions in one entity span (usually one; two for a compound like 'Ankara-Moscow')."""
    label = span.label_
    if label not in LINKED_LABELS:
        return []
    base = dict(sentence_id=sentence_id, section=block.section, label=label)
    doc = span.doc
    if inside_station(span, gaz) or inside_possessed_body(span, gaz):
        return []  # "Norton" of "RAF Brize Norton": the station's mention holds it

    def make(
        entry: Entry,
        kind: str,
        sub: Span,
        role: str | None = None,
        *,
        bounds: tuple[int, int] | None = None,
        link: str = "text",
    ) -> Mention:
        if kind in ("capital", "seat") and (is_locative(sub) or seat_of_bodies(sub)):
            entry, kind = _place_for_capital(entry, sub.text, gaz), "name"
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

    if label in ("PERSON", "ORG", "FAC", "GPE", "LOC") and names_a_ship(span):
        return []  # "USS Donald Cook", "the gunboat Berdyansk": a ship, named after a person
    if (place := place_named_before_head(span, gaz)) is not None:
        return span_mentions(place, gaz=gaz, block=block, sentence_id=sentence_id)  # "Lenin square"
    family = shared_family_name(span, gaz) if label == "PERSON" else None
    if family or (label in ("PERSON", "ORG", "GPE", "LOC") and after_kinship_noun(span)):
        # "Sergei Skripal and his daughter, Yulia": Yulia Skripal, never a place; "Sergei and
        # Yulia Skripal": Sergei Skripal, not the Sergei named before
        family = family or family_name_before(span)
        full = f"{span.text} {family}" if family else span.text
        hit = gazetteer_hit(gaz, full)
        entry = (
            hit[0]
            if hit and hit[0].type == "person"
            else Entry(f"person:{slug(full)}", "person", full)
        )
        return [make(entry, "name", span, link="article" if family else "text")]
    if (
        label in ("PERSON", "ORG")
        and (parts := split_headline(span))
        or (label in ("GPE", "LOC") and (parts := place_then_country(span, gaz)))
    ):  # "Trump Slams Putin", "Gdansk Poland": two names in one span
        return [
            m
            for part in parts
            for m in span_mentions(part, gaz=gaz, block=block, sentence_id=sentence_id)
        ]

    if label in ("PERSON", "ORG") and (whole := name_with_lower_first_word(span, gaz)):
        return [make(whole[0], whole[1], whole[2], link="gazetteer")]  # "enhanced Forward …"
    if label in ("ORG", "GPE") and (named := bracketed_given_name(span)) is not None:
        return span_mentions(named, gaz=gaz, block=block, sentence_id=sentence_id)
    if label == "ORG" and (
        named := person_of_administration(span, gaz) or name_after_portfolio(span)
    ):
        return span_mentions(named, gaz=gaz, block=block, sentence_id=sentence_id)
    if label != "PERSON" and (
        (after_personal_title(span) and span[0].is_title)
        or after_occupation(span, gaz)
        or before_expert_apposition(span, gaz)
        or after_outlet_possessive(span, gaz)
        or opens_with_personal_title(span)
        or (label == "ORG" and speaker_called_he_or_she(span, gaz))
        or (label in ("ORG", "GPE") and speaker_after_quote(span, gaz))
        or surname_typed_a_place(span, gaz)  # "the poisoning of Skripal"
    ):
        # "Rep. Jordan", "Mr. French", "Mr. Trump": a surname, whatever the model or the
        # gazetteer took it for.
        return span_mentions(
            Span(doc, span.start, span.end, label="PERSON", kb_id=span.kb_id_),
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
        if is_armed_force(entry) and (station := station_name(span)) is not None:
            # "from RAF Lossiemouth": the air force's station, a place of its own
            place = Entry(f"location:{slug(station.text)}", "location", station.text)
            return [make(place, "name", station)]
        if entry.type == "org" and military_as_adjective(span):
            # "a Turkish military statement": the nationality, not the armed forces
            if (country := _demonym(span[0].text, gaz)) is None:
                return []
            return [make(gaz.entries[country], "demonym", span[:1], link="gazetteer")]
        if entry.type == "org" and (is_part_of_title(span) or adjective_in_noun_phrase(span, gaz)):
            return []  # "Vice" (the outlet's alias) in "Vice President"; "the Atlantic alliance"
        if entry.type in ("location", "country") and in_royal_title(span):
            return []  # "the Prince of Wales": a royal's title, not the place
        if dict(entry.attributes).get("kind") == "sea" and after_place_noun(span):
            # "the port of Kerch": the town that the strait is named after
            town = Entry(f"location:{slug(span.text)}", "location", span.text, code=entry.code)
            return [make(town, "name", span)]
        if kind == "capital" and before_document_head(span):
            return []  # "the Vienna Document": a treaty's name, not Austria acting
        if entry.type in ("org", "location") and (body := lower_case_body(span, gaz)):
            # "the UN security council", "Russia's Black Sea fleet": the longer body, its
            # head words in lower case (the sea in the fleet's name is no place of the story)
            return [make(body[0], body[1], span, bounds=body[2], link="gazetteer")]
        if entry.type == "country" and (body := lower_case_body(span, gaz)):
            # "Ukraine's navy", "the United States armed forces": the state and its body
            return [
                make(entry, kind, span, link="gazetteer"),
                make(body[0], body[1], span, bounds=body[2], link="gazetteer"),
            ]
        if entry.type == "location" and (region := compass_region(span, gaz)):
            return [make(region[0], region[1], span, bounds=region[2], link="gazetteer")]
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
    if label == "ORG" and (
        is_title_fragment(span, gaz) or adjective_of_office(span) or in_quoted_law_title(span)
    ):
        return []  # "National Security" of "National Security Adviser", "Transatlantic"
    if label in ("PERSON", "ORG") and (acronym := acronym_before_title(span)) is not None:
        body = Span(doc, acronym.start, acronym.end, label="ORG")  # "LANDCOM Commander"
        return span_mentions(body, gaz=gaz, block=block, sentence_id=sentence_id)
    if (
        label == "PERSON"
        and len(span) > 1
        and _demonym(span[0].text, gaz)
        and (in_title_case_line(span) or is_part_of_title(span[1:]))
    ):
        # "Russian Fighter Planes" in a title-case headline, "Macedonian Foreign" before
        # "Minister" (in prose a name may open with such a word: "Rep. French Hill")
        entity_id = _demonym(span[0].text, gaz)
        return [make(gaz.entries[entity_id], "demonym", span[:1], link="gazetteer")]
    if cut_before_name(span):
        return []  # "Republic of" before "Georgia": the rest of the name is the mention
    span = (
        extend_royal_title(extend_cut_name(span))
        if label == "PERSON"
        else extend_unit_ordinal(extend_ministry_of(extend_office_of(span, label), label), label)
    )
    span = extend_to_training_ground(span)  # "Nowa" of "the Nowa Deba training ground"
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

    if label in ("LOC", "GPE", "ORG") and (body := lower_case_body(core, gaz)):
        owner = post_owner(core)  # "the Ecuadorian Embassy": its state is mentioned too
        hit = gazetteer_hit(gaz, owner.text) if owner is not core else None
        state = [make(*hit, owner, link="gazetteer")] if hit and hit[0].type == "country" else []
        return [*state, make(body[0], body[1], core, bounds=body[2])]  # "Russia's Baltic fleet"
    if label in ("LOC", "GPE") and (region := region_of_modifier(core, gaz)):
        return named(region)  # "Baltic air policing": the Baltic states; "Baltic coast": the sea
    if (place := place_with_article(core, surface, gaz)) is not None:
        # "based in The Hague", "met at the Hague": the city, never a surname's bearer
        entry, kind, whole = place
        return [make(entry, kind, whole, link="gazetteer")]
    state = us_state(core, surface, gaz)
    if state is not None:
        # "Washington, D.C.": the model's second span names the city the first one did
        return [] if after_its_city(core, gaz.entries[state]) else named(gaz.entries[state])
    hit = gazetteer_hit(gaz, surface) or handle_holder(core, gaz)  # "@Dimitrov_Nikola"
    if hit is not None and not (
        (label == "PERSON" and hit[0].type != "person" and after_personal_title(span))
        or (label in ("LOC", "GPE") and hit[0].type == "org" and in_common_words(surface))
    ):
        return named(*hit)

    parts = [p for p in _COMPOUND_SPLIT.split(surface) if p]
    if label == "PERSON" and double_barrelled(surface):  # "Louisa Brooke-Holland"
        parts = [surface]
    if label == "PERSON" and len(parts) == 1 and two_known_people(surface.split(), gaz):
        # "Trump Putin meeting", "gave Trump Germany": two names, not one "Trump Putin"
        return compound_mentions(core, surface.split(), gaz=gaz, make=make)
    if len(parts) > 1 and all(gazetteer_hit(gaz, p) for p in parts):
        return compound_mentions(core, parts, gaz=gaz, make=make)
    if len(parts) > 1 and people_compound(parts, gaz):
        # "the Biden-Putin meeting": surnames joined by a hyphen are the people, each of them
        return compound_mentions(core, parts, gaz=gaz, make=make)

    if label in ("ORG", "GPE", "LOC", "FAC", "EVENT") and (place := place_in_event_name(core)):
        # "the Sochi Olympics", "the Warsaw Summit": the event is its own thing; the place
        # inside it is where it was held
        hit = gazetteer_hit(gaz, place.text)
        if hit is not None and hit[0].type in ("country", "location"):
            entry = (
                hit[0] if hit[0].type == "location" else _place_for_capital(hit[0], place.text, gaz)
            )
        else:
            entry = Entry(f"location:{slug(place.text)}", "location", place.text)
        return [make(entry, "name", place)]
    if hyphen_prefixed_common_word(core):
        return []  # "trans-Atlantic", "Euro-Atlantic": an adjective, not the ocean or the outlet
    if label == "ORG" and region_adjective(core, gaz):
        return []  # "European Allies": a region's adjective and its noun, no organisation
    if label in ("PERSON", "ORG", "GPE", "LOC") and names_peoples([t.text for t in core]):
        label = "NORP"  # "Chechens and Tatars", "Balts": peoples, not a body or a person
    if label == "NORP" and after_place_noun(core) and _demonym(surface, gaz) is None:
        label = "GPE"  # "the city of Toruń": a place the model took for a people
    if label == "NORP" and (party := party_of_members(core, gaz)):
        return named(party)  # "Republican senators": the party of its members
    if label == "NORP":  # "European leaders": the region; religions, parties: no entity here
        return named(region) if (region := region_of_people(core, gaz)) else []
    if not_an_entity(core, surface, label, gaz) or is_family(core, surface, label, gaz):
        return []
    if (label in ("PERSON", "GPE", "LOC") and common_word_as_name(core, gaz)) or (
        label == "PERSON" and names_a_law(core)
    ):
        return []  # "a Trojan horse", "we will Remind", "Martial Law"
    if (
        label == "ORG"
        and len(core) == 2
        and core[1].lower_ in GENERIC_BODIES
        and (country := _demonym(core[0].text, gaz))
    ):
        # "the Russian Government": the state acting, named by its demonym
        return [make(gaz.entries[country], "demonym", core[:1], link="gazetteer")]
    if label == "ORG" and (surface.lower() in GENERIC_BODIES or is_court_level(core, surface)):
        return []
    if label == "ORG" and (
        slice_of_law_name(core)
        or _is_reference_word(surface, gaz)
        or before_rank_stop(core)
        or before_thing_noun(core)
        or missile_defence(surface)
        or prefix_of_adjective(core)
        or compass_adjective(core)
        or adjective_and_field(core, gaz)
    ):
        return []  # a slice of a treaty's name; "the Alliance" (references resolve it)
    if label in ("ORG", "GPE", "LOC") and adjective_in_noun_phrase(core, gaz):
        return []  # "the crucial Atlantic alliance", "the Olympic city of Sochi"
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
    if label == "PERSON" and (entry := transcribed_person(surface, gaz)) is not None:
        return named(entry)  # "Andrei Parubiy": the gazetteer's Andriy Parubiy
    entity_type = TYPE_FOR_LABEL[label]
    if entity_type == "org" and (
        is_building(core, surface) or from_to_route(core) or is_street_address(core)
    ):
        entity_type = "location"  # "in the Oval Office": a place, whatever the model said
    if label == "PERSON" and before_firm_head(core) and surface not in gaz.surnames:
        entity_type = "org"  # "the Sevmash shipyard": a person owns no bare "the X shipyard"
    if entity_type in ("person", "location") and (
        after_company_noun(core) or after_publication_noun(core) or firm_apposition(doc, core.end)
    ):
        entity_type = "org"  # "offshore contractor Allseas", "the daily Gazeta Wyborcza"
    if entity_type == "person" and one_word_after_place_preposition(core):
        entity_type = "location"  # "troops at Tapa since March": a person is not "at" a word
    if entity_type in ("org", "person") and (
        after_place_noun(core)
        or after_located(core)
        or before_training_ground(core)
        or before_region_noun(core)
        or before_site_noun(core)
        or place_in_apposition(core)
        or at_place_of_country(core)
        or placed_by_preposition(core)
        or (core.text.isupper() and is_dateline_place(core) and not speaker_label(core, label))
        or is_unlisted_city(core, gaz, label=label)
        or names_a_region(core)
        or in_list_of_places(core, gaz)
    ):
        entity_type = "location"  # "the Siberian city of Omsk", "the Hatay region"
    if (
        entity_type == "location"
        and acronym_of_a_body(surface, gaz)
        and not (is_dateline_place(core) or in_capitals_run(core))
    ):
        entity_type = "org"  # "the NRA annual meeting": no place goes by unlisted initials
    name = display_case(surface, "GPE" if entity_type == "location" else label)
    if not slug(name):
        return []
    entry = Entry(f"{entity_type}:{slug(name)}", entity_type, name)
    mention = make(entry, "name", core, role if entity_type == "person" else None, bounds=bounds)
    if (
        entity_type == "org"
        and (core[-1].lower_ in STATE_BODY_HEADS or ministry_of(core))
        and (country := _demonym(core[0].text, gaz)) is not None
    ):
        # "the Lithuanian National Defence Ministry", "the Lithuanian Ministry of Defence": a
        # state's body names the state
        return [make(gaz.entries[country], "demonym", core[:1], link="gazetteer"), mention]
    if (
        entity_type == "org"
        and len(core) == 3
        and core[-1].text in COMPANY_SUFFIXES
        and (country := _demonym(core[0].text, gaz)) is not None
    ):
        # "the Swiss Allseas Group": the firm's nationality before its registered name
        firm = normalise_surface(doc_text(doc)[core[1].idx : bounds[1]])
        entry = Entry(f"org:{slug(firm)}", "org", firm)
        return [make(gaz.entries[country], "demonym", core[:1], link="gazetteer"),
                make(entry, "name", core[1:], bounds=(core[1].idx, bounds[1]))]  # fmt: skip
    return [mention]


def block_mentions(
    block: Block, *, gaz: Gazetteer
) -> tuple[list[Mention], list[tuple[int, str, int, int]]]:
    """Entity mentions and descriptive references in one block."""
    sent_of = sentence_index(block.doc)
    mentions = []
    for span in entity_spans(block.doc, gaz):
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


def _demonym(word: str, gaz: Gazetteer) -> str | None:
    """The country whose demonym the word is ("Russian"), or None."""
    entity_id, kind = gaz.names.get(word, (None, None))
    if entity_id is None and len(word) > 3 and word.isupper():
        entity_id, kind = gaz.names.get(word.title(), (None, None))  # "THE BRITISH GOVERNMENT"
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


def _place_for_capital(entry: Entry, surface: str, gaz: Gazetteer) -> Entry:
    # one place under each spelling: "Kiev" is "Kyiv"
    return gaz.capital_place(display_case(normalise_surface(surface), "GPE"), entry.code)


# A lower-case word glued to a capitalised one where a space or a stop was lost ("turn
# backNATO called", "Russia as well asEurope Indeed").
_GLUED = re.compile(r"^[a-z]{2,}(?=[A-Z])")
# A name run into the next one where a line break was lost ("Alexei NavalnyGermany briefed").
_GLUED_NAMES = re.compile(r"^[A-Z][a-z]{2,}(?=[A-Z][a-z])")


# Particles that names glue to the capital after them ("Joe diGenova", "Bill deBlasio").
_NAME_PARTICLES = {"di", "de", "da", "du", "del", "della", "des", "la", "le", "van", "von",
                   "al", "el", "ben", "bin", "mac", "dos", "das"}  # fmt: skip


def glued_mentions(span: Span, gaz: Gazetteer, make) -> list[Mention] | None:
    """A span holding a glued word is text run together, not a name: the capitalised part is
    the mention when the gazetteer knows it ('NATO' of 'backNATO'), else there is none."""
    for token in span:
        glue = _GLUED.match(token.text) or _GLUED_NAMES.match(token.text)
        if glue is None or glue.group() in _NAME_PARTICLES:
            continue
        rest = token.text[glue.end() :]
        hit = gazetteer_hit(gaz, rest)
        if hit is None or (glue.group()[0].isupper() and hit[0].type == "person"):
            # "NavalnyGermany" splits before a known place or body only ("McDonald" stays)
            return [] if glue.group()[0].islower() else None
        start = token.idx + glue.end()
        found = [make(*hit, span, bounds=(start, start + len(rest)), link="gazetteer")]
        before = doc_text(span.doc)[span.start_char : start]
        if glue.group()[0].isupper() and (left := gazetteer_hit(gaz, before)):
            found.insert(0, make(*left, span, bounds=(span.start_char, start), link="gazetteer"))
        return found
    return None


def in_common_words(surface: str) -> bool:
    """An outlet named in common words ("Atlantic") that the model, once the ruler released
    it (nlp.FalseFriendRelease), read as a place: the ocean, not the magazine."""
    return all(w in COMMON_NAME_WORDS for w in surface.lower().removeprefix("the ").split())


def place_with_article(span: Span, surface: str, gaz: Gazetteer) -> tuple[Entry, str, Span] | None:
    """'The Hague' written with its article, a capital or place whose name holds 'The':
    the gazetteer's place (the span with its article), read before any surname the bare word
    is ('Hague')."""
    doc, i = span.doc, span.start - 1
    if i < 0 or doc[i].lower_ != "the":
        return None
    hit = gaz.lookup("The " + surface)
    if hit is None or hit[0].type not in ("country", "location"):
        return None
    return hit[0], hit[1], doc[i : span.end]


def hyphen_prefixed_common_word(span: Span) -> bool:
    """'trans-Atlantic', 'Euro-Atlantic': a prefix glued by a hyphen to a common word that an
    outlet is named in makes an adjective ('a trans-Atlantic alliance'), no name."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) == 3
        and words[1].text in ("-", "\u2013")
        and not words[0].whitespace_
        and not words[1].whitespace_
        and words[2].lower_ in COMMON_NAME_WORDS
    )


# Words around "the Hill" that make it the outlet The Hill: a source of a report.
ATTRIBUTION_BEFORE = {"told", "tells", "telling", "via", "with", "according"}


ATTRIBUTION_AFTER = {"reported", "reports", "said", "says", "wrote", "writes", "obtained",
                     "newspaper", "reporter", "columnist", "journalist", "noted", "first"}  # fmt: skip


# Prepositions before "the Hill" that make it a place: Capitol Hill.
PLACE_BEFORE = LOCATIVE_WORDS | {"on", "to", "from", "off", "through", "onto"}


def _names_by_last_word(gaz: Gazetteer) -> dict[str, set[str]]:
    """The gazetteer's names of two words or more, capitalised, by their last word."""
    last: dict[str, set[str]] = defaultdict(set)
    for name, (entity_id, kind) in gaz.names.items():
        words = name.split()
        if kind == "name" and len(words) > 1 and words[0][:1].isupper() and words[0] != "The":
            last[words[-1]].add(entity_id)
    return last


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
    owners = gaz.index("names by their last word", _names_by_last_word).get(surface, set())
    return gaz.entries[next(iter(owners))] if len(owners) == 1 else None


def _is_reference_word(surface: str, gaz: Gazetteer) -> bool:
    """'Alliance' in 'The Alliance said': a descriptive reference in capitals, which the
    reference matcher links to the body the article names (or to none)."""
    lower = surface.lower()
    if lower.startswith("the "):
        lower = lower[4:]
    return f"the {lower}" in gaz.references
