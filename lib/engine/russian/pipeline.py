"""The Russian extraction step: cleaned text in, the rows of the project's tables out.

`extract(text, sections, published)` reads one cleaned article (blocks separated by a blank
line, as lib.engine.clean and lib.engine.russian.clean write it) and returns its sentences, mentions,
date expressions, knowledge-base events and quotations; `extract_page(raw)` cleans a raw
Russian page first. Everything is pure: same input, same output; the models (natasha NER,
pymorphy3, the gazetteers) are loaded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from lib.engine.events import EventMention
from lib.engine.quotes import Quote
from lib.engine.russian.abbreviations import defined_abbreviations, spelled_names
from lib.engine.russian.administration_heads import administration_heads
from lib.engine.russian.aircraft_makers import planes_by_maker
from lib.engine.russian.award_titles import award_titles
from lib.engine.russian.bodies import bodies_of_the_named_state, keep_named_bodies
from lib.engine.russian.chamber_periphrases import chamber_periphrases
from lib.engine.russian.cities_for_states import cities_for_states
from lib.engine.russian.clean import CleanedPage, clean_page
from lib.engine.russian.compass_regions import compass_regions
from lib.engine.russian.compound_names import compound_names
from lib.engine.russian.convention_names import convention_names
from lib.engine.russian.dates import DateMention, find_dates
from lib.engine.russian.declined_names import declined_full_names
from lib.engine.russian.described_bodies import drop_described_bodies
from lib.engine.russian.english_common_words import english_common_words
from lib.engine.russian.eponyms import eponyms
from lib.engine.russian.events import KBEvent, event_words, link_events
from lib.engine.russian.family_names import plural_family_names
from lib.engine.russian.gazetteer import RussianGazetteer, load_gazetteer
from lib.engine.russian.general_staffs import general_staffs
from lib.engine.russian.given_names_alone import given_names_alone
from lib.engine.russian.heads_of_many import heads_of_many
from lib.engine.russian.homonyms import homonymous_bodies
from lib.engine.russian.initials import initialled_names
from lib.engine.russian.joint_owner import bodies_of_a_joint_owner
from lib.engine.russian.kin_given_names import kin_given_names
from lib.engine.russian.latin_countries import latin_countries
from lib.engine.russian.latin_things import latin_things
from lib.engine.russian.leaders_armies import leaders_armies
from lib.engine.russian.link import Mention, Sentence, sentence_mentions
from lib.engine.russian.mastheads import masthead_names
from lib.engine.russian.misread import reread
from lib.engine.russian.misspelt_people import misspelt_people
from lib.engine.russian.named_things import name_parts
from lib.engine.russian.ner import tag_blocks
from lib.engine.russian.outlet_domains import outlet_domains
from lib.engine.russian.outlet_editions import outlet_editions
from lib.engine.russian.outlet_initials import outlet_initials
from lib.engine.russian.own_bodies import own_bodies
from lib.engine.russian.page_state_bodies import page_state_bodies
from lib.engine.russian.people import (
    estonian_people,
    family_given_names,
    finnish_people,
    german_people,
    latin_spelled_people,
    latvian_people,
    lithuanian_people,
    merge_people,
    polish_people,
    romanian_people,
    scandinavian_people,
    south_slavic_people,
    turkish_people,
    ukrainian_people,
)
from lib.engine.russian.people_over_places import people_over_places
from lib.engine.russian.place_nominatives import place_nominatives
from lib.engine.russian.places_in_body_names import places_in_body_names
from lib.engine.russian.programme_titles import programme_titles
from lib.engine.russian.quoted_bodies import quoted_bodies
from lib.engine.russian.quotes import find_quotes
from lib.engine.russian.reporting import reporting_outlets
from lib.engine.russian.shared_bodies import bodies_of_states_after, coordinated_bodies
from lib.engine.russian.sites import named_by_kind
from lib.engine.russian.story_bodies import story_bodies
from lib.engine.russian.text import sentence_spans, tokenize
from lib.engine.russian.titles import resolve_titles
from lib.engine.russian.truncated import cut_last_word
from lib.engine.russian.universities import universities_in_english


@dataclass
class Extraction:
    """One article's rows. Offsets are into the text given to `extract`."""

    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def blocks_of(text: str) -> list[tuple[str, int, int]]:
    """Sections for a text that comes without them: the first block is the title, the next
    the lede, the rest body."""
    blocks, offset = [], 0
    for i, part in enumerate(text.split("\n\n")):
        if part.strip():
            section = "title" if i == 0 else "lede" if i == 1 else "body"
            blocks.append((section, offset, offset + len(part)))
        offset += len(part) + 2
    return blocks


def split_sentences(text: str, sections: Sequence[tuple[str, int, int]]) -> list[Sentence]:
    sentences = []
    for section, start, end in sections:
        for s, e in sentence_spans(text, start, end):
            sentences.append(Sentence(len(sentences), s, e, section, tuple(tokenize(text, s, e))))
    return sentences


@dataclass
class Reading:
    """What an article's text says whatever its date: sentences, named mentions (people
    merged), and the role phrases and references still to resolve."""

    text: str
    sections: list[tuple[str, int, int]]
    sentences: list[Sentence]
    mentions: list[Mention]
    roles: list
    references: list


def read(
    text: str,
    sections: Sequence[tuple[str, int, int]] | None = None,
    gazetteer: RussianGazetteer | None = None,
) -> Reading:
    """The date-free part of the extraction (the NER is here: most of the time)."""
    gaz = gazetteer or load_gazetteer()
    sections = list(sections) if sections is not None else blocks_of(text)
    sentences = split_sentences(text, sections)
    ner = tag_blocks(text, [(s, e) for _, s, e in sections])
    mentions, roles, references = [], [], []
    for sentence in sentences:
        found, r, refs = sentence_mentions(sentence, ner, text, gaz)
        mentions += reporting_outlets(reread(found, sentence, text, gaz), sentence, text, gaz)
        roles += r
        references += refs
    mentions = people_over_places(mentions, ner, sentences, text, gaz)
    mentions = named_by_kind(name_parts(mentions, sentences, text, gaz), sentences, text, gaz)
    mentions = outlet_domains(outlet_editions(mentions, text, gaz), sentences, text, gaz)
    mentions = homonymous_bodies(mentions, sentences, gaz)  # "турецкий телеканал НТВ"
    mentions = outlet_initials(mentions, sentences, text, gaz)  # "пишет ЕП"
    mentions = place_nominatives(mentions, sentences, text, gaz)
    mentions = cities_for_states(mentions, sentences, gaz)  # "если Стамбул закончит поставку"
    mentions = universities_in_english(compass_regions(mentions, sentences, text, gaz), gaz)
    mentions = general_staffs(mentions, text, gaz)
    mentions = story_bodies(mentions, sentences, text, gaz)  # "контактная группа"
    mentions = bodies_of_the_named_state(mentions, sentences, text, gaz)
    mentions = page_state_bodies(mentions, sentences, text, gaz)
    mentions = quoted_bodies(mentions, sections, sentences, text, gaz)  # a leader's own ministry
    mentions = chamber_periphrases(mentions, sentences, text, gaz)
    mentions = coordinated_bodies(mentions, sentences, gaz)
    mentions = bodies_of_states_after(mentions, sentences, gaz)
    mentions = bodies_of_a_joint_owner(mentions, sentences, text, gaz)
    mentions = own_bodies(heads_of_many(mentions, text), sentences, text, gaz)
    mentions = spelled_names(defined_abbreviations(mentions, text, gaz), text)
    mentions = convention_names(english_common_words(mentions, text, gaz), text)
    mentions = latin_countries(programme_titles(mentions, text, gaz), gaz)
    mentions = compound_names(mentions, text)
    people = declined_full_names(eponyms(mentions, text), gaz)  # "Энтони Блинкена": Блинкен
    people = family_given_names(merge_people(people, gaz, text), gaz, text)
    people = kin_given_names(people, gaz, text)
    people = plural_family_names(given_names_alone(initialled_names(people, gaz), gaz), gaz)
    people = south_slavic_people(keep_named_bodies(people, gaz, event_words()), gaz)
    people = lithuanian_people(romanian_people(people, gaz, text), gaz)
    people = polish_people(ukrainian_people(people, text, gaz), gaz, text)
    people = german_people(people, gaz, text)
    people = turkish_people(estonian_people(latvian_people(people, gaz), gaz), gaz)
    people = scandinavian_people(finnish_people(people, gaz), gaz, text)
    people = latin_spelled_people(people, text, gaz)
    people = cut_last_word(people, text, gaz)
    people = masthead_names(people, sentences, text)
    people = places_in_body_names(drop_described_bodies(people, gaz.entities), text)
    people = latin_things(award_titles(people, text, gaz.entities), text, gaz.entities)
    people = leaders_armies(people, sentences, text, gaz)
    people = administration_heads(people, sentences, text, gaz)
    people = planes_by_maker(people, text)  # "малайзийский Boeing": the plane, no body
    return Reading(text, sections, sentences, people, roles, references)


def complete(
    reading: Reading,
    published: date | None,
    gazetteer: RussianGazetteer | None = None,
    events: Sequence[KBEvent] | None = None,
    *,
    undated_window: tuple[date, date] | None = None,
    bounds: tuple[date | None, date | None] = (None, None),
) -> Extraction:
    """The date-bound part: offices resolved to their holders on the day, dates, events,
    quotes. An undated page has its offices resolved in `undated_window`, the days its text
    dates it in (lib.engine.undated_window), never today: it speaks of its own time's holders;
    its events are checked against `bounds`, the earliest and latest day its text allows."""
    gaz = gazetteer or load_gazetteer()
    text, sections, sentences = reading.text, reading.sections, reading.sentences
    mentions = resolve_titles(
        reading.mentions, reading.roles, reading.references, text, gaz, published,
        undated_window=undated_window,
    )  # fmt: skip
    mentions = misspelt_people(mentions, gaz)
    dates = [d for _, s, e in sections for d in find_dates(text, published, s, e)]
    found = link_events(sentences, dates, mentions, text, published, events, bounds=bounds)
    triples = [(s.sentence_id, s.start, s.end) for s in sentences]
    quotes = find_quotes(text, sections, triples, mentions)
    return Extraction(sentences, mentions, dates, found, quotes)


def extract(
    text: str,
    sections: Sequence[tuple[str, int, int]] | None = None,
    published: date | None = None,
    gazetteer: RussianGazetteer | None = None,
    events: Sequence[KBEvent] | None = None,
) -> Extraction:
    """Sentences, mentions, dates, events and quotes of one cleaned Russian article.

    `sections` are (section, start, end) blocks of `text` (title, lede, body, caption);
    without them the blocks are the text's paragraphs. `published` anchors relative dates
    ("в пятницу") and the dates of role holders and events. `events`: the knowledge base's
    events with their Russian forms (lib.engine.russian.events.load_events).
    """
    gaz = gazetteer or load_gazetteer()
    return complete(read(text, sections, gaz), published, gaz, events)


def extract_page(raw: str, published: date | None = None) -> tuple[CleanedPage, Extraction]:
    """Clean a raw Russian page (lib.engine.russian.clean), then extract. Without `published`, the
    dateline's date with the year unknown anchors nothing: relative dates stay unresolved."""
    page = clean_page(raw)
    return page, extract(page.text, page.sections, published)
