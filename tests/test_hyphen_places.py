"""A place named in hyphenated parts with a particle is one place (lib.engine.hyphen_places):
the small model read "Rostov" of "Rostov-on-Don" as a person. A page written for this test in
the style of wire copy."""

from __future__ import annotations

from tests.conftest import found


def test_hyphenated_places_are_whole_places(extract):
    pages = extract(
        {
            "places.txt": """Envoys meet in the south

Ukraine's former president fled to Rostov-on-Don in February 2014. The envoys later met at Mar-a-Lago and in Stratford-upon-Avon. A well-to-do banker, Jean-de-Dieu Morel, hosted them.
"""
        }
    )
    assert found(pages, "places.txt", "location") == {
        "Rostov-on-Don", "Mar-a-Lago", "Stratford-upon-Avon"
    }  # fmt: skip
    assert "Rostov" not in found(pages, "places.txt", "person")
    assert "Jean-de-Dieu Morel" in found(pages, "places.txt", "person")
