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
- compounds of two known names ("Ankara-Moscow", "US-Russia") are two mentions.
Across the corpus, `canonical_tables` merges lone surnames into the one full name they
belong to and builds the entities table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

import pycountry
from spacy.attrs import IS_LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from lib.engine.gazetteer import Entry, Gazetteer
from lib.engine.nlp import REFERENCES_KEY
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
    "seek", "seeks",
}  # fmt: skip


# Words of an office that the model sometimes tags alone as an ORG ("Defence" in "Defence
# Minister Sergei Shoigu"): such a span followed by an office word is part of a title.
OFFICE_QUALIFIERS = {
    "defence", "defense", "foreign", "interior", "finance", "economy", "justice", "health",
    "trade", "energy", "prime", "deputy", "vice", "state", "home", "first",
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


@dataclass(frozen=True)
class Block:
    """One processed block of an article: its section, where it starts, its Doc."""

    section: str
    offset: int
    doc: Doc
    first_sentence_id: int


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


def is_part_of_title(span: Span) -> bool:
    """'Defence' in 'Defence Minister Sergei Shoigu': office words before an office head."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in ROLE_HEADS
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
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in TRAVEL_WORDS:
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after[:2] == ["-", "based"]:
        return True
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ == "GPE"


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
    return hit


def _place_for_capital(entry: Entry, surface: str) -> Entry:
    name = normalise_surface(surface)
    return Entry(f"location:{slug(name)}", "location", name, code=entry.code)


def span_mentions(span: Span, *, gaz: Gazetteer, block: Block, sentence_id: int) -> list[Mention]:
    """Mentions in one entity span (usually one; two for a compound like 'Ankara-Moscow')."""
    label = span.label_
    if label not in LINKED_LABELS:
        return []
    base = dict(sentence_id=sentence_id, section=block.section, label=label)

    def make(entry: Entry, kind: str, sub: Span, role: str | None = None) -> Mention:
        if kind in ("capital", "seat") and is_locative(sub):
            entry, kind = _place_for_capital(entry, sub.text), "name"
        return Mention(
            start=block.offset + sub.start_char,
            end=block.offset + sub.end_char,
            surface=sub.text,
            entity_id=entry.entity_id,
            type=entry.type,
            kind=kind,
            name=entry.name,
            role=role,
            code=entry.code,
            **base,
        )

    if span.ent_id_:  # set by a gazetteer ruler: "country:RUS|demonym"
        entity_id, _, kind = span.ent_id_.partition("|")
        return [
            make(
                gaz.entries[entity_id], kind, span, stated_role(span) if label == "PERSON" else None
            )
        ]

    if label == "ORG" and is_part_of_title(span):
        return []
    title, core = strip_title(span) if label == "PERSON" else (None, span)
    core = strip_headline_verbs(core) if label in ("PERSON", "ORG", "GPE") else core
    surface = normalise_surface(core.text)
    if not surface or not any(c.isalpha() for c in surface):
        return []
    core = _trim(core, surface)
    role = (stated_role(core) or title) if label in ("PERSON", "ORG", "GPE") else None

    hit = _gazetteer_hit(gaz, surface)
    if hit is not None:
        entry, kind = hit
        return [make(entry, kind, core, role if entry.type == "person" else None)]

    parts = [p for p in _COMPOUND_SPLIT.split(surface) if p]
    if len(parts) > 1 and all(_gazetteer_hit(gaz, p) for p in parts):
        return _compound_mentions(core, parts, gaz=gaz, make=make)

    if label == "NORP":
        return []  # groups that are not nationalities (religions, parties) are not entities here
    if label == "GPE" and (entry := _country_by_pycountry(surface)):
        return [make(entry, "name", core)]
    entity_type = TYPE_FOR_LABEL[label]
    entry = Entry(f"{entity_type}:{slug(surface)}", entity_type, surface)
    if not slug(surface):
        return []
    return [make(entry, "name", core, role if entity_type == "person" else None)]


def _trim(span: Span, surface: str) -> Span:
    """The sub-span whose text is `surface` (leading 'the' and possessive removed)."""
    if surface == span.text:
        return span  # nothing removed, most of the time
    start_char = span.start_char + span.text.find(surface)
    trimmed = span.doc.char_span(start_char, start_char + len(surface), alignment_mode="expand")
    return trimmed if trimmed is not None else span


def _compound_mentions(core: Span, parts: list[str], *, gaz: Gazetteer, make) -> list[Mention]:
    mentions, cursor = [], core.start_char
    for part in parts:
        start = core.doc.text.find(part, cursor)
        sub = core.doc.char_span(start, start + len(part), alignment_mode="expand")
        cursor = start + len(part)
        if sub is None:
            continue
        entry, kind = _gazetteer_hit(gaz, part)
        mentions.append(make(entry, kind, sub))
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
    mentions = merge_people(mentions, gaz=gaz)
    mentions += resolve_references(pending_refs, mentions, gaz=gaz, published=published)
    mentions.sort(key=lambda m: (m.start, m.end, m.entity_id))
    return _drop_same_span(mentions)


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


def merge_people(mentions: list[Mention], *, gaz: Gazetteer) -> list[Mention]:
    """Surnames and mislabelled surnames -> the full-name person of the article or gazetteer."""
    full_names: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and " " in m.name:
            full_names.setdefault(m.name.split()[-1], m)
            full_names.setdefault(m.surface.split()[-1], m)
    merged = []
    for m in mentions:
        unknown = m.entity_id.endswith(":" + slug(m.surface))
        single = " " not in m.surface
        if single and (m.type == "person" or unknown) and m.surface in full_names:
            person = full_names[m.surface]
            if person.entity_id != m.entity_id:
                m = replace(
                    m, entity_id=person.entity_id, type="person", name=person.name, code=person.code
                )
        elif (
            single
            and unknown
            and m.label in ("PERSON", "ORG", "GPE")
            and len(gaz.surnames.get(m.surface, [])) == 1
        ):
            entry = gaz.entries[gaz.surnames[m.surface][0]]
            m = replace(
                m, entity_id=entry.entity_id, type="person", name=entry.name, code=entry.code
            )
        merged.append(m)
    return merged


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
