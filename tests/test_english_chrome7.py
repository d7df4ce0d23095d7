"""Page text lost as chrome and chrome kept as text (issue 15, branch english-chrome7,
eval/kinds/english-chrome7-mechanisms.md), on short pages written for these tests in the style
of agency copy, tag pages and briefing notes (not copied from any page).

- An agency dateline ("BRUSSELS (Sputnik) -", "MOSCOW, March 3 (TASS) -") names the outlet,
  which goes, and the place the story was filed, which stays: once, as a place.
"""

from __future__ import annotations

import pytest

from lib.engine.clean import clean_article
from tests.conftest import found

PAGES = {
    "caps.txt": """NATO ministers to discuss eastern flank

BRUSSELS (Sputnik) - NATO defence ministers will discuss the alliance's eastern flank on Thursday, a spokesperson said.
""",
    "dated.txt": """Kremlin says talks with alliance are frozen

MOSCOW, March 3 (TASS) - The Kremlin said on Tuesday that its contacts with the alliance remained frozen, Dmitry Peskov told reporters.
""",
    "country.txt": """Ukraine asks allies for air defence

KIEV, Ukraine (AP) - Ukraine's foreign minister asked NATO allies for more air defence systems on Friday.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_an_agency_dateline_gives_its_place_once(pages):
    assert found(pages, "caps.txt", "location") == {"Brussels"}
    assert found(pages, "caps.txt", "org") == {"NATO"}  # Sputnik is the outlet, no body
    assert found(pages, "dated.txt", "location") == {"Moscow"}
    assert found(pages, "dated.txt", "country") == {"RUS"}  # "The Kremlin said"
    moscow = pages[(pages["file"] == "dated.txt") & (pages["name"] == "Moscow")]
    assert len(moscow) == 1


def test_a_dateline_country_is_the_place_s_address_not_a_second_place(pages):
    assert found(pages, "country.txt", "location") == {"Kyiv"}  # listed under its spelling
    assert found(pages, "country.txt", "country") == {"UKR"}
    assert found(pages, "country.txt", "org") == {"NATO"}


def test_the_cleaned_text_keeps_the_place_and_drops_the_agency():
    cleaned = clean_article(PAGES["dated.txt"], site_names=["TASS"])
    assert cleaned.dateline == "MOSCOW, March 3 (TASS)" and cleaned.agency == "TASS"
    assert cleaned.blocks[1].text.startswith("MOSCOW \u2014 The Kremlin said on Tuesday")
    assert "TASS" not in cleaned.blocks[1].text
