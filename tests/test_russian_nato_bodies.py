"""NATO's maritime command, standing naval groups and its office in Moscow by their Russian
names (issue 18, pooled round: NATO bodies the gazetteer lacked were missed in three sets). The
group's ordinal is part of its name; "НАТО" or "натовской" beside it still names NATO.
Sentences written for these tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Эсминец стал флагманом Первой постоянной военно-морской группы НАТО.",
            {"org:nato", "org:snmg1"},
        ),
        (
            "Море покинул флагман второй натовской постоянной военно-морской группы (SNMG2).",
            {"org:nato", "org:snmg2"},
        ),
        (
            "Тральщики Второй постоянной противоминной группы НАТО вошли в порт.",
            {"org:nato", "org:snmcmg2"},
        ),
        (
            "Об этом сообщило Объединенное военно-морское командование НАТО.",
            {"org:nato", "org:nato-allied-maritime-command"},
        ),
        (
            "Об этом заявил глава информационного бюро НАТО в Москве.",
            {"org:nato-information-office"},
        ),
    ],
)
def test_natos_bodies_by_their_russian_names(text, expected):
    assert ids(text, "org:") == expected
