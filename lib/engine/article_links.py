"""The mentions of one article linked to each other (lib.engine.span_mentions finds them, span
by span):
- a one-word name of the model's that the article's body also writes in lower case is a
  common word of a headline ("Dialogue"), not a name; so is a frequent word of English the
  article capitalises only where every word is capitalised (lib.engine.common_words);
- people are merged by name: "Putin", "President Putin" and "Vladimir Putin" are one
  person; a lone surname that the small model labelled ORG or GPE ("Stoltenberg said")
  is the person of that surname named in the article (merge_people);
- a short form of an organisation is the fuller name the article gives, or its country's
  body of that name ("the Army") (merge_organisations); a name typed two ways in one article
  is of the type most of its mentions have (unify_types);
- a role used alone ("the NATO chief said") is a mention of the person holding it in that
  article; "the alliance" is NATO only where NATO is named (resolve_references);
- a country whose name is also a US state's ("Georgia") is the state where the sentence
  speaks of US state politics (places_shared_with_us_states); a people living across
  borders stands for its state only where the state is named (peoples_across_borders).
Each link a mention takes is recorded on it (Mention.link, linked_from). Across the corpus,
lib.engine.resolve links short forms and name variants and builds the entities table.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from spacy.attrs import IS_LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from lib.engine.acronym_definitions import acronyms_defined_otherwise
from lib.engine.attributive_names import without_attributive_names
from lib.engine.blocks import Block, doc_text, sentence_index
from lib.engine.common_words import common_word_mentions
from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.headline_names import headline_mentions
from lib.engine.mentions import Mention
from lib.engine.nlp import REFERENCES_KEY
from lib.engine.org_variants import (
    defined_acronyms,
    outlets_with_a_country,
    outlets_without_medium,
)
from lib.engine.person_variants import link_person_variants
from lib.engine.span_context import ship_names
from lib.engine.span_mentions import block_mentions
from lib.ids import slug
from lib.names import normalise_surface


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
    mentions = common_word_mentions(mentions, blocks, gaz=gaz)  # "Turnout was 83%"
    if any(m.entity_id not in gaz.entries and m.type in ("person", "org") for m in mentions):
        # "Russian Jet" in "Turkey Shoots Down Russian Jet": common words of a headline
        body_words = _lower_case_words(b.doc for b in blocks if b.section != "title")
        mentions = headline_mentions(mentions, blocks, body_words=body_words, gaz=gaz)
    mentions = _headline_short_places(mentions, gaz)
    if ships := ship_names(b.doc for b in blocks):
        # "the Donald Cook", "the Cook's commander": the ship named before with its prefix
        mentions = [
            m
            for m in mentions
            if m.entity_id in gaz.entries
            or normalise_surface(m.surface).lower().removeprefix("the ") not in ships
        ]
    mentions = peoples_across_borders(mentions)
    mentions = _station_short_forms(mentions)
    mentions = unify_types(mentions, gaz=gaz)
    mentions = merge_people(mentions, gaz=gaz)
    mentions = link_person_variants(mentions, gaz=gaz)  # "Vlaidmir Putin", "President Xi"
    mentions = merge_organisations(mentions, gaz=gaz)
    texts = [(b.offset, doc_text(b.doc)) for b in blocks]
    mentions = without_attributive_names(mentions, texts, gaz=gaz)  # "the Zizzi restaurant"
    mentions = acronyms_defined_otherwise(mentions, texts, gaz=gaz)  # "… Prosperity (AFP)"
    mentions = defined_acronyms(mentions, texts, gaz=gaz)
    mentions = outlets_with_a_country(mentions, texts, gaz=gaz)
    mentions = outlets_without_medium(mentions, gaz=gaz)
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
        and not (mention.surface.islower() and mention.link == "gazetteer")  # "told the dpa"
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


def _station_short_forms(mentions: list[Mention]) -> list[Mention]:
    """'crews at Coningsby' after 'from RAF Coningsby': the station the article named with
    its air force's acronym (place_context.station_name), called by its own name."""
    stations = {
        m.name.split(" ", 1)[1]: m
        for m in mentions
        if m.type == "location" and " " in m.name and m.name.split(" ", 1)[0].isupper()
    }
    return [
        _linked(m, stations[m.name], "article")
        if m.type in ("location", "org") and m.name in stations
        else m
        for m in mentions
    ]


def _headline_short_places(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Headlines drop words ("… scramble jets over Baltic"): a one-word place of the title
    that the gazetteer does not know, and that opens the one known place the story names in
    full ("the Baltic Sea"), is that place."""
    full: dict[str, dict[str, Mention]] = defaultdict(dict)
    for t in mentions:
        if t.section != "title" and t.type == "location" and t.entity_id in gaz.entries:
            first = t.surface.removeprefix("the ").split()[0]
            full[first][t.entity_id] = t
    out = []
    for m in mentions:
        whole = full.get(m.surface, {}) if m.section == "title" and " " not in m.surface else {}
        if m.type == "location" and m.entity_id not in gaz.entries and len(whole) == 1:
            m = _linked(m, next(iter(whole.values())), "article")
        out.append(m)
    return out


def _is_own_name(m: Mention, gaz: Gazetteer) -> bool:
    """Made from its own text by the model, not known to the gazetteer."""
    return m.entity_id not in gaz.entries and m.entity_id.endswith(":" + slug(m.name))


def _is_acronym(surface: str) -> bool:
    """'LANDCOM', 'NATO': one word of three capitals or more (a person's name in capitals is
    put in ordinary case, so the surface, not the name, tells)."""
    return len(surface) > 2 and " " not in surface and surface.isupper() and surface.isalpha()


def unify_types(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """One multi-word name or acronym typed two ways in one article ("Sean Hannity" a person
    here, an organisation there) is of the type most of its mentions have (a person on a
    tie); a one-word name the words around made a body is one throughout."""
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
        if (
            (" " in m.name or _is_acronym(m.surface))  # "LANDCOM can …"
            and _is_own_name(m, gaz)
            and m.type in ("person", "org", "location")
        ):
            types[slug(m.name)][m.type] += 1
    chosen = {
        key: "person" if key in persons else max(c, key=lambda t: (c[t], t == "person"))
        for key, c in types.items()
        if len(c) > 1 or key in persons
    }
    # "the Switzerland-based Allseas" beside "Allseas announced" typed a person: a one-word
    # name that the words around made a body against the model's label is that body
    chosen |= {
        slug(m.name): "org"
        for m in mentions
        if m.type == "org" and m.label in ("PERSON", "GPE") and " " not in m.name
        and _is_own_name(m, gaz)
    }  # fmt: skip
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
        settled = m.link == "article" and m.type == "person" and len(_clean_words(m.name)) > 1
        if (
            len(words) == 1
            and not settled  # "Sergei and Yulia Skripal": its sentence gave the family name
            and m.label not in ("NORP", "ORGREF", "ROLE")
            and not m.surface.lower().startswith("the ")  # "The Hague": a place, no surname
            and (m.type == "person" or own or (country_word and words[0] in by_last))
        ):
            key = words[0]
            candidates = by_last.get(key)
            if not candidates and normalise_surface(m.surface).title() not in gaz.surnames:
                # a first name; a known surname ("Trump") is never read as one
                candidates = by_first.get(key)
            known = [c for c in candidates or () if c.entity_id in gaz.entries]
            candidates = known or candidates  # "Donald Trump" before "Removing Trump" (a headline)
            if not candidates and m.type == "person" and own:
                candidates = _misspelt_surname(key, by_last)
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


def _misspelt_surname(word: str, by_last: dict[str, list[Mention]]) -> list[Mention] | None:
    """'Beluskonev' a sentence after 'General Oleg Belokonev': a lone surname of six letters or
    more, two edits or fewer from the surname of exactly one person the article names in
    full, with the same first letter, is that person misspelt (wire copy and translations
    spell a foreign name two ways)."""
    if len(word) < 6:
        return None
    near = [
        last
        for last in by_last
        if len(last) >= 6 and last[0] == word[0] and Levenshtein.distance(word, last) <= 2
    ]
    people = {c.entity_id for last in near for c in by_last[last]}
    return by_last[near[0]] if len(people) == 1 else None


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
    found = [e for e in _orgs_by(gaz, initials).get(text, ()) if e.code == home]
    return found[0] if len(found) == 1 else None


def _orgs_by(gaz: Gazetteer, key) -> dict[str, list[Entry]]:
    """The gazetteer's organisations of more than one word by key(name)."""

    def build(gaz: Gazetteer) -> dict[str, list[Entry]]:
        index = defaultdict(list)
        for entry in gaz.entries.values():
            if entry.type == "org" and len(_clean_words(entry.name)) > 1:
                index[key(entry.name)].append(entry)
        return index

    return gaz.index(f"organisations by {key.__name__}", build)


def _org_heads(gaz: Gazetteer) -> dict[str, list[Entry]]:
    """The gazetteer's organisations by the word a short form of them keeps (org_head)."""
    return _orgs_by(gaz, org_head)


def org_head(name: str) -> str:
    """The word a short form of an organisation keeps: 'Times' of 'New York Times', 'House'
    of 'US House of Representatives', 'Fox' of 'Fox News', 'Committee' of 'House Intelligence
    Committee'."""
    words = _clean_words(name)
    if joint := next((w for w in words[1:] if w in ("of", "to")), None):  # "Mission to NATO"
        return words[words.index(joint, 1) - 1]
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
            # "the Ministry of Defense" is the "Defense Ministry" in other words
            content = set(words) - {"of", "the"}
            candidates = [
                o
                for o in full
                if o.entity_id != m.entity_id
                and len(_clean_words(o.name)) > len(content)
                and {org_head(o.name), org_head(o.surface)} & {words[-1], org_head(m.name)}
                # the article's own spelling counts, for the head too: "defense ministry" after
                # "Russia's defense ministry" (the gazetteer's "Russian Defence Ministry"), "Air
                # Force" after "Russian Air Force" (the gazetteer's "Russian Aerospace Forces")
                and content <= set(_clean_words(o.name)) | set(_clean_words(o.surface))
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
        where = dict(
            start=block.offset + ref.start_char,
            end=block.offset + ref.end_char,
            surface=ref.text,
            sentence_id=sentence_id,
            section=block.section,
        )
        if kind_label == "ORGREF":
            if target in named or named & gaz.houses.get(ref.text.lower(), frozenset()):
                entry = gaz.entries[target]
                resolved.append(
                    Mention(
                        **where,
                        entity_id=target,
                        type=entry.type,
                        kind="reference",
                        name=entry.name,
                        label="ORGREF",
                        code=entry.code,
                    )
                )
                named.add(target)  # "the 15-member council" after "the Security Council"
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
                    **where,
                    entity_id=entry_id,
                    type="person",
                    kind="title",
                    name=person.name,
                    label="ROLE",
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
