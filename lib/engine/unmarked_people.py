"""People the model left unmarked where the words around make the span a person's name:
the subject of a verb of saying that opens a sentence ("Reif said …", "Watling, an expert
at RUSI, said …"), and the name a fact box's item glosses with a role ("- Oleg Belov –
deputy speaker of …"). Wire copy names a speaker by surname alone after the first mention,
and a list of people under sanctions or in a delegation glosses each name after a dash; the
small model misses both when it has not seen the name, and the name of the note on the author
below an opinion piece ("Jane Doe is a senior fellow at …"). Pure functions of a spaCy Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lib.engine.doc_words import positions_of, sentence_starts, word_ids
from lib.engine.news_words import GENERIC_BODIES, INSTITUTION_NOUNS
from lib.engine.span_context import SPEECH_VERBS, expert_noun_after

# Bodies that speak with a singular verb and no article ("Police said"): no person.
_COLLECTIVES = {"police", "staff", "management", "intelligence", "security", "media"}
_BULLETS = {"-", "\u2022", "*", "\u00b7", "\u2013", "\u2014"}
_DASHES = {"-", "\u2013", "\u2014"}
_BULLET_IDS = word_ids(_BULLETS)


def _unmarked_word(token) -> bool:
    return (
        token.ent_iob_ == "O"
        and token.is_alpha
        and token.is_title
        and not token.is_stop
        and token.lower_ not in INSTITUTION_NOUNS | GENERIC_BODIES | _COLLECTIVES
    )


def speakers_the_model_missed(doc: Doc) -> list[Span]:
    """'Reif said the treaty …', 'Pingree says …', 'Watling, an expert at RUSI, said …': one
    capitalised word opening a sentence before a verb of saying, or before an apposition
    with "a"/"an" closed by a comma and that verb. A plural subject ("Officials said") ends
    in -s and takes "say": only "says" follows a word in -s here."""
    found = []
    for i in sentence_starts(doc):
        token = doc[i]
        if not _unmarked_word(token):
            continue
        j = token.i + 1
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an"):
            close = next(
                (k for k in range(j + 2, min(len(doc), j + 14)) if doc[k].text == ","), None
            )
            if close is None:
                continue
            j = close + 1
        if j >= len(doc) or doc[j].lower_ not in SPEECH_VERBS:
            continue
        if token.lower_.endswith("s") and doc[j].lower_ != "says":
            continue
        found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def described_people_the_model_missed(doc: Doc) -> list[Span]:
    """'Jane Doe is a senior fellow at …', as the note on the author below an opinion piece
    writes it: two or three capitalised words opening a sentence, none in an entity, then
    "is"/"was", an article and a noun of expertise or occupation (expert_noun_after)."""
    found = []
    for i in sentence_starts(doc):
        token = doc[i]
        if not _unmarked_word(token):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and _unmarked_word(doc[end]):
            end += 1
        if (
            end > token.i + 1
            and end < len(doc)
            and doc[end].lower_ in ("is", "was")
            and expert_noun_after(doc, end + 1)
        ):
            found.append(Span(doc, token.i, end, label="PERSON"))
    return found


def glossed_people_the_model_missed(doc: Doc) -> list[Span]:
    """'- Oleg Belov – deputy speaker of the regional parliament (EU)': after a line's bullet,
    two or three capitalised words, then a dash and a word in lower case, none of them in an
    entity, are a person glossed with a role (the names of such lists are Russian, Ukrainian,
    Turkish as often as English: no list of given names holds them)."""
    found = []
    for bullet in positions_of(doc, _BULLET_IDS):
        i = bullet + 1
        if not (i < len(doc) and _line_start(doc, bullet)):
            continue
        token = doc[i]
        if not _unmarked_word(token):
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and _unmarked_word(doc[end]):
            end += 1
        if (
            end > i + 1
            and end + 1 < len(doc)
            and doc[end].text in _DASHES
            and doc[end + 1].is_lower
        ):
            found.append(Span(doc, i, end, label="PERSON"))
    return found


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space
