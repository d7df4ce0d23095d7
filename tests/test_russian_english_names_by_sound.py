"""An English name Russian writes by sound, written back as the English press spells it
(issue 18, pooled round: foreign names by sound recurred in eleven sets;
lib.engine.russian.translit): a given name whose transcription has a digraph no English
spelling has ("Дж", "Х": Dzhessika) is the English name of its sound when the surname is
foreign, and a foreign surname's "кс" after a vowel is x, its final "-велл" -well. Sentences
written for these tests in the agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом заявила представитель Пентагона Джессика Фокс.", {"person:jessica-fox"}),
        ("Об этом заявил представитель Госдепартамента Хэнк Максвелл.", {"person:hank-maxwell"}),
        ("Об этом сообщил аналитик Дженнифер Бакстер.", {"person:jennifer-baxter"}),
    ],
)
def test_an_english_name_heard_is_written_as_the_english_press_writes_it(text, expected):
    assert ids(text, "person:") == expected


def test_a_russian_persons_name_keeps_its_transcription():
    # a Russian surname: the given name stays as Russian is transcribed, "kh" and all
    assert ids("Заявление сделал писатель Захар Прилепин.", "person:") == {"person:zakhar-prilepin"}
