"""Bodies of the field the Russian press names by a long Russian form, in capitals or lower case,
or by their seat: NATO's Afghanistan mission ("Международные силы содействия безопасности",
"(ISAF)" after them) and the White House's National Security Council ("Совет национальной
безопасности при Белом доме") (issue 18, round orgs4: missed in heldout16, heldout20 and
heldout22). Rows of data/gazetteer with both languages' forms. Sentences written for these
tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    "text",
    [
        "Грузинские военные служили в Международных силах содействия безопасности в Афганистане "
        "(ISAF) до 2014 года.",
        "В операции международных сил содействия безопасности участвовали эстонские саперы.",
        "Командование МССБ сообщило о передаче базы афганской армии.",
    ],
)
def test_natos_afghanistan_mission_by_its_russian_forms(text):
    assert "org:isaf" in ids(text, "org:")


@pytest.mark.parametrize(
    "text",
    [
        "Заявление опубликовал Совет национальной безопасности при Белом доме.",
        "Об этом сообщили в «Твиттере» Совета национальной безопасности Белого дома.",
    ],
)
def test_the_white_houses_security_council_by_its_seat(text):
    assert "org:us-nsc" in ids(text, "org:")


def test_the_mission_and_its_bracketed_initials_are_one_body():
    text = "Он служил в Международных силах содействия безопасности (ISAF) два года."
    assert ids(text, "org:") == {"org:isaf"}
