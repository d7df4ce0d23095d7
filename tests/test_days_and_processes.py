"""Names of no entity (data/gazetteer/not_entities.csv): a time zone written short ("9 p.m.
ET"), a holiday ("by Easter"), a process ("Brexit talks"). The small model types them as people
or places; a corpus of US news had "ET", "Easter" and "Brexit" among its people. A page written
for this test in the style of US wire copy."""

from __future__ import annotations

from tests.conftest import found


def test_holidays_time_zones_and_brexit_are_no_entities(extract):
    pages = extract(
        {
            "days.txt": """Talks set to resume after the holidays

The vote is set for 9 p.m. ET on Tuesday. Trump wants churches full by Easter, and Brexit talks resume after Christmas. Theresa May will speak in Brussels after Thanksgiving.
"""
        }
    )
    assert found(pages, "days.txt", "person") == {"Donald Trump", "Theresa May"}
    assert found(pages, "days.txt", "location") == {"Brussels"}
    assert found(pages, "days.txt", "org") == set()
    assert found(pages, "days.txt", "country") == set()
