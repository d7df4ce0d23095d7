"""A state's body named with its state after "of" (issue 15, eval/kinds/english-orgs5-mechanisms.md;
lib.engine.state_body_spans, name_lookup._state_body_variant), on short pages written for these
tests in the style of agency copy and machine translations (not copied from any page): the model
ends "the Ministry of National Defense of Turkey" at the "of", and the cut span read as the start
of the state's name; the body runs through its state, the state stays a mention, and a body the
gazetteer knows by its demonym ("Russian Ministry of Defence") is that body. Look-alikes: "the
Republic of Georgia" (a state's long name), "the Foreign Minister of Turkey" (an office)."""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "turkey.txt": """S-400 parts delivered

President Erdogan said that the Ministry of National Defense of Turkey will determine where the system is placed.
""",
    "belarus.txt": """Drills under way

All of the channels only relayed information released by the Ministry of Defense of the Republic of Belarus, the report said.
""",
    "known.txt": """Drills end

The Ministry of Defence of Russia said on Friday that the drills were over.
""",
    "lookalikes.txt": """Ministers meet

The Foreign Minister of Turkey met officials from the Republic of Georgia on Monday.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_a_body_cut_before_its_state_runs_through_it(pages):
    assert found(pages, "turkey.txt", "org") == {"Ministry of National Defense of Turkey"}
    assert found(pages, "turkey.txt", "country") == {"TUR"}
    assert found(pages, "belarus.txt", "org") == {"Ministry of Defense of the Republic of Belarus"}
    assert found(pages, "belarus.txt", "country") == {"BLR"}


def test_a_known_body_named_with_its_state_is_the_gazetteers(pages):
    assert found(pages, "known.txt", "org") == {"Russian Defence Ministry"}
    assert found(pages, "known.txt", "country") == {"RUS"}


def test_a_states_long_name_and_an_office_make_no_body(pages):
    assert found(pages, "lookalikes.txt", "org") == set()
    assert found(pages, "lookalikes.txt", "country") == {"TUR", "GEO"}
