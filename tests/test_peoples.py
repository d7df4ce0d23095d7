"""Peoples and faiths named in the plural are no person and no body (lib.engine.peoples): the
small model reads "Balts" as a person and "Chechens and Tatars" as a body. A common surname
whose stem is some language's name stays a person ("Salas"). A page written for this test in
the style of wire copy."""

from __future__ import annotations

import pytest

from lib.engine.peoples import names_peoples
from tests.conftest import found


@pytest.mark.parametrize(
    ("words", "peoples"),
    [
        (["Chechens"], True),
        (["Crimean", "Tatars"], True),
        (["Pashtuns", "and", "Uighurs"], True),
        (["Kurds"], True),  # Kurdish
        (["Latinos"], True),
        (["Salas"], False),  # a common surname
        (["Evans"], False),
        (["Americans"], False),  # a state's demonym: the gazetteer's, not this rule's
    ],
)
def test_names_peoples(words, peoples):
    assert names_peoples(words) is peoples


def test_peoples_are_no_person_and_no_body(extract):
    pages = extract(
        {
            "peoples.txt": """Minorities fear the new law

Chechens and Tatars joined the protest in Kazan on Sunday, while Balts and Slavs watched from abroad. Crimean Tatars boycotted the vote. Judge Esther Salas said the law was under review, and Salas asked for a hearing.
"""
        }
    )
    assert found(pages, "peoples.txt", "person") == {"Esther Salas"}
    assert found(pages, "peoples.txt", "org") == set()
