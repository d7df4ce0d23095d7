"""Quotations and their speakers, on short news texts written for the purpose."""

from __future__ import annotations

import pytest

TEXTS = {
    "before.txt": (
        'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov told reporters: "NATO expansion is '
        'a direct threat to our security."'
    ),
    "verb_first.txt": (
        '"We will respond to any provocation," said Kremlin spokesman Dmitry Peskov.\n\n'
        '"There can be no talk of dialogue while troops gather on our border."'
    ),
    "pronoun.txt": (
        "German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. Merkel said the "
        'talks were difficult.\n\n"This is not a new Cold War, but trust is gone," she said.'
    ),
    "scare.txt": 'Putin dismissed the "threat" from NATO as an invention of Western media.',
    "office.txt": (
        'Jens Stoltenberg met allied ministers. "Deterrence keeps us safe," the NATO Secretary '
        "General said."
    ),
    "nobody.txt": 'Posters in Kiev read: "Stop the war now, before it is too late."',
}


@pytest.fixture(scope="module")
def quotes(process_texts):
    return process_texts(TEXTS).quotes


def said(quotes, file):
    rows = quotes[quotes["file"] == file].sort_values("start")
    return [
        (r.speaker_id if isinstance(r.speaker_id, str) else None, r.text) for r in rows.itertuples()
    ]


def test_speaker_named_before_the_quote(quotes):
    assert said(quotes, "before.txt") == [
        ("person:sergey-lavrov", "NATO expansion is a direct threat to our security.")
    ]


def test_said_before_the_name_and_a_continuing_paragraph(quotes):
    assert said(quotes, "verb_first.txt") == [
        ("person:dmitry-peskov", "We will respond to any provocation,"),
        (
            "person:dmitry-peskov",
            "There can be no talk of dialogue while troops gather on our border.",
        ),
    ]


def test_pronoun_is_the_last_person_who_spoke(quotes):
    # Putin is named after Merkel, but Merkel is the one who "said".
    assert said(quotes, "pronoun.txt") == [
        ("person:angela-merkel", "This is not a new Cold War, but trust is gone,")
    ]


def test_scare_quotes_are_not_quotations(quotes):
    assert said(quotes, "scare.txt") == []


def test_office_title_resolves_to_the_holder_named_in_the_article(quotes):
    assert said(quotes, "office.txt") == [("person:jens-stoltenberg", "Deterrence keeps us safe,")]


def test_unattributed_quote_is_kept_without_a_speaker(quotes):
    assert said(quotes, "nobody.txt") == [(None, "Stop the war now, before it is too late.")]
