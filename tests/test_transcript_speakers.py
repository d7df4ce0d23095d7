"""The speakers of a transcript (lib.engine.transcript_speakers): a name in capitals opening a
line before a colon is a person of the page, whatever the model typed it, and the short name
the others call him by links to him. Labels that name no one, and a dateline's place before a
colon, stay what they are. Pages written for these tests in the style of broadcast and press
conference transcripts (not copied from any page)."""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "broadcast.txt": """Allies weigh the summit

ROSA MARTÍNEZ: This is the evening report. We turn now to the alliance's meeting in Brussels.

KAREN HOLLOWAY: We are joined by Michael McFaul, the former US ambassador to Russia.

MICHAEL McFAUL: Thanks, Karen. The Kremlin wants the allies divided.

ROSA MARTÍNEZ: And, Karen, what did the Pentagon say?

SPECIAL COVERAGE: The summit

READ MORE: Allies and Moscow
""",
    "presser.txt": """Press conference by the NATO Secretary General

JENS STOLTENBERG: Good afternoon. We have just finished a meeting of the NATO-Russia Council.

MODERATOR: We will take questions.

QUESTION: Did Russia agree to more talks?

JENS STOLTENBERG: Russia did not agree, but we remain open.
""",
    "radio.txt": """The alliance at seventy

HOST: Leaders of the alliance meet today.

PRESIDENT DONALD TRUMP: The allies have to pay more.

BRUSSELS: The leaders arrived on Tuesday evening.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_speakers_in_capitals_are_people_and_their_short_names_link_to_them(pages):
    assert found(pages, "broadcast.txt", "person") == {
        "Rosa Martínez", "Karen Holloway", "Michael McFaul"
    }  # fmt: skip
    rows = pages[(pages["file"] == "broadcast.txt") & (pages["surface"] == "Karen")]
    assert rows["entity_id"].tolist() == ["person:karen-holloway", "person:karen-holloway"]
    # the labels of other stories and sections name no one
    assert found(pages, "broadcast.txt", "location") == {"Brussels"}
    assert found(pages, "broadcast.txt", "org") == {"US Department of Defense"}


def test_a_press_conference_speaker_is_the_listed_person(pages):
    rows = pages[(pages["file"] == "presser.txt") & (pages["type"] == "person")]
    assert rows["entity_id"].tolist() == ["person:jens-stoltenberg", "person:jens-stoltenberg"]


def test_a_speaker_with_a_title_or_a_role_and_a_dateline_before_a_colon(pages):
    assert found(pages, "radio.txt", "person") == {"Donald Trump"}
    assert found(pages, "radio.txt", "location") == {"Brussels"}
    assert found(pages, "radio.txt", "org") == set()  # "HOST:" is a part, not a body
