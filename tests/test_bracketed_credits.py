"""A picture's credit in brackets that no desk list holds, closing a dated caption (issue 15,
eval/kinds/english-orgs5-mechanisms.md; lib.engine.bracketed_credits): the line is a caption,
kept once where the page shows it twice, and its names count; a video's credit after a stop
("(Video: Reuters)") signs the caption too. Look-alikes stay as they were: a paragraph closed
by its agency's tag after a stop ("(ANI)"), a headline's label ("[VIDEO]"), an undated line.
Pages written for these tests in the style of a president's site and a defence ministry's
news page (not copied from any page)."""

from __future__ import annotations

import pytest

from lib.engine.bracketed_credits import bracketed_credit
from lib.engine.clean import clean_article
from tests.conftest import found

TWICE = """Leaders meet at the UN

Russian President Vladimir Putin talks with Barack Obama after formal talks in New York on 28 September 2015 [PIO]

Russian President Vladimir Putin talks with Barack Obama after formal talks in New York on 28 September 2015 [PIO]

The two presidents discussed Syria and Ukraine for ninety minutes, the Kremlin said.
"""

FOOTER = """Allies train in Norway

More than 50,000 troops from 31 nations took part in the exercise, the alliance said on Friday.

Spanish soldiers demonstrate missile loading during the exercise in Hjerkinn, Norway, Nov. 2, 2018 (DoD)
"""


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Putin talks with Obama after formal talks in New York on 28 September 2015 [PIO]",
            "[PIO]",
        ),
        (
            "Soldiers load missiles during an exercise in Hjerkinn, Norway, Nov. 2, 2018 (DoD)",
            "(DoD)",
        ),
        ("The minister spoke to reporters after the meeting on Tuesday in Delhi. (ANI)", None),
        ("Trump and Putin meet in Helsinki for talks on July 16, 2018 [VIDEO]", None),
        ("Soldiers of the battle group train near the town of Adazi in Latvia (MOD)", None),
        ("Defence (MoD)", None),
    ],
)
def test_a_bracketed_signature_closes_a_dated_caption(line, credit):
    m = bracketed_credit(line)
    assert (m.group().strip() if m else None) == credit


def test_a_caption_shown_twice_is_kept_once():
    cleaned = clean_article(TWICE)
    captions = [b.text for b in cleaned.blocks if b.section == "caption"]
    assert captions == [
        "Russian President Vladimir Putin talks with Barack Obama after formal talks in New York"
        " on 28 September 2015"
    ]


def test_a_signed_caption_after_the_story_is_kept():
    cleaned = clean_article(FOOTER)
    assert [b.section for b in cleaned.blocks] == ["title", "body", "caption"]
    assert cleaned.blocks[-1].text.endswith("in Hjerkinn, Norway, Nov. 2, 2018")


def test_a_video_credit_after_a_stop_signs_the_caption():
    page = (
        "Trump meets Putin\n\nThe two leaders talked for two hours in Hamburg on Friday, officials"
        " said.\n\nPresident Trump and President Putin meet for the first time on the sidelines"
        " of the G20 summit. (Video: Reuters)\n"
    )
    cleaned = clean_article(page)
    assert cleaned.blocks[-1].section == "caption"
    assert cleaned.blocks[-1].text.endswith("sidelines of the G20 summit.")


@pytest.fixture(scope="module")
def pages(extract):
    return extract({"twice.txt": TWICE, "footer.txt": FOOTER})


def test_the_names_of_a_caption_shown_twice_count(pages):
    assert found(pages, "twice.txt", "person") == {"Vladimir Putin", "Barack Obama"}
    assert found(pages, "twice.txt", "location") == {"New York"}
    assert found(pages, "footer.txt", "location") == {"Hjerkinn"}
    assert found(pages, "footer.txt", "country") == {"NOR", "ESP"}
