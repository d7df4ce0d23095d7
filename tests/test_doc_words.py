"""lib.engine.doc_words: the per-block test that lets the token scans pass over blocks without
their words (issue 15, throughput). The scans must still find what they find in a block that
holds the words: sentences written for these tests in the style of wire copy."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from lib.engine.doc_words import holds_any, word_ids
from lib.engine.name_kinds import spans_the_model_missed
from lib.engine.span_context import ship_names

NLP = spacy.blank("en")


def _without_entities(text: str, **labels: str):
    """A doc whose tokens the model left outside any entity, but the words given a label."""
    doc = NLP(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
    return doc


def test_words_are_found_in_any_case_and_pairs_by_their_first_word():
    doc = NLP("Sailors aboard the USS Donald Cook watched the Italian Company barge.")
    assert holds_any(doc, word_ids({"uss"}))
    assert holds_any(doc, word_ids({"COMPANY"}))
    assert holds_any(doc, word_ids({("aboard", "ship")}))
    assert not holds_any(doc, word_ids({("training", "ground"), "shipyard"}))
    assert not holds_any(NLP(""), word_ids({"the"}))


def test_scans_find_names_in_a_block_that_holds_their_words():
    doc = _without_entities(
        "Pipes laid by the Italian company Saipem reached the Drawsko Pomorskie training "
        "ground, where Herman Van Rompuy spoke.",
        Italian="NORP",
    )
    found = [(s.text, s.label_) for s in spans_the_model_missed(doc)]
    assert found == [
        ("Saipem", "ORG"),
        ("Herman Van Rompuy", "PERSON"),
        ("Drawsko Pomorskie", "LOC"),
    ]


def test_scans_find_nothing_in_a_block_without_their_words():
    doc = _without_entities("Pipes laid by Saipem reached Drawsko Pomorskie, said Van Rompuy.")
    assert spans_the_model_missed(doc) == []


def test_ship_names_by_prefix_and_by_vessel_noun():
    with_prefix = _without_entities("The HMS Defender sailed past Crimea.", Crimea="GPE")
    with_noun = NLP("Russia seized the tugboat Yana Kapu.")
    with_noun.ents = [Span(with_noun, 4, 6, label="PERSON")]
    assert ship_names([with_prefix]) == {"defender"}
    assert ship_names([with_noun]) == {"yana kapu", "kapu"}
    assert ship_names([NLP("Russia seized three boats near Kerch.")]) == set()
