"""A dateline's place followed by its day (lib.engine.place_context.day_follows; issue 15,
eval/kinds/english-commonwords-mechanisms.md), on short pages written for these tests in the
style of agency copy (not copied from any page): "Washington [US], May 4 (ANI):",
"Washington, 21 December 2019 (dpa) –" open the story with where it was filed, a place, not
the government; a capital that opens a sentence of prose with a day later in it stays the
state ("Moscow, which held its parade on May 9, said …")."""

from __future__ import annotations

import pytest

from tests.conftest import found

PAGES = {
    "ani.txt": """Pentagon to drop Turkey from F-35 programme

Washington [US], May 4 (ANI): The Pentagon is planning to remove Turkey from the F-35 programme over its purchase of the Russian S-400 system, officials said.
""",
    "dpa.txt": """Trump signs pipeline sanctions into law

Washington, 21 December 2019 (dpa) – President Donald Trump signed a defence bill on Friday that imposes sanctions on firms laying the Nord Stream 2 pipeline.
""",
    "prose.txt": """Kremlin rejects talks offer

Moscow, which held its Victory Day parade on May 9, said on Tuesday it saw no reason to talk to the alliance.
""",
}


@pytest.fixture(scope="module")
def pages(extract):
    return extract(PAGES)


def test_a_dateline_place_before_its_day_is_the_place(pages):
    assert found(pages, "ani.txt", "location") == {"Washington"}
    assert found(pages, "ani.txt", "country") == {"USA", "TUR", "RUS"}  # "[US]" names the state
    assert found(pages, "dpa.txt", "location") == {"Washington"}
    assert found(pages, "dpa.txt", "country") == set()
    assert found(pages, "dpa.txt", "person") == {"Donald Trump"}


def test_a_capital_opening_prose_with_a_day_stays_the_state(pages):
    assert found(pages, "prose.txt", "country") == {"RUS"}
    assert found(pages, "prose.txt", "location") == set()
