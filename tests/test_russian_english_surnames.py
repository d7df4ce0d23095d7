"""An English surname Russian writes by sound, written back as the English surname of that
sound (issue 18; lib.engine.russian.english_surnames): "Роудс" is Rhodes, "Уоррен" Warren,
where the person's surname is foreign and one common census surname of its sound is close to
the transcription; a Russian surname, a key several common surnames share and a short key
stay as transcribed. Sentences written for these tests in the agencies' style."""

import pytest

from lib.engine.russian.english_surnames import english_surname, heard_spellings
from lib.engine.russian.translit import sound_key
from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Об этом заявил бывший заместитель советника президента США Бен Роудс.",
            {"person:ben-rhodes"},
        ),
        (
            "Как сообщил представитель Пентагона Стивен Уоррен, удары продолжатся.",
            {"person:stephen-warren"},
        ),
        ("Британский министр Питер Гришем прибыл в Таллин.", {"person:peter-grisham"}),
        ("Советник премьер-министра Великобритании Джон Салливан.", {"person:john-sullivan"}),
        # the given name too: of "Stephani" and "Stephanie", the common spelling
        (
            "Представитель Госдепартамента Стефани Уоррен ответила на вопросы.",
            {"person:stephanie-warren"},
        ),
    ],
)
def test_an_english_surname_heard_is_written_back(text, expected):
    assert ids(text, "person:") == expected


def test_a_russian_surname_stays_as_transcribed():
    # "Греф" sounds like the census's Graf, but the spelling is too far to be that name
    assert ids("Глава Сбербанка Герман Греф выступил на форуме.", "person:") == {
        "person:german-gref"
    }


def test_the_surname_of_a_person_with_no_english_given_name_stays_as_transcribed():
    # "Мелони" sounds like Maloney: an Italian's is his own, an American's the English one
    assert ids("Об этом заявил министр Италии Маттео Мелони.", "person:") == {
        "person:matteo-meloni"
    }
    assert ids("Об этом заявил сенатор Кевин Мелони.", "person:") == {"person:kevin-maloney"}


def test_a_key_two_common_surnames_share_stays_as_transcribed():
    # "Грин": Green and Greene are both common; the transcription is no guess between them
    assert ids("Посол США Томас Грин вручил верительные грамоты.", "person:") == {
        "person:thomas-grin"
    }


@pytest.mark.parametrize(
    ("latin", "expected"),
    [
        ("Rouds", "Rhodes"),  # a long "o" before a silent "e": Роудс
        ("Worren", "Warren"),
        ("Dzhons", "Jones"),  # Russian's "дж" is the English j
        ("Prays", "Price"),  # a final "ce" is "с"
        ("Smit", "Smith"),  # "Smit" is a census surname too, but a thousand times rarer
        ("Mattis", None),  # a census surname as it is: no Mathis
        ("Mur", None),  # a three-letter key: Moore, Muir, Mayer
        ("Grin", None),  # Green and Greene
        ("Gref", None),  # Graf shares the key, not the spelling
        ("Rahmon", None),  # the "х" Russian writes: no Ramon
        ("Groysman", None),  # the "й" of a diphthong: no Grossman
        ("Makey", None),  # English "-ey" is Russian "-и": no Mackey
        ("Bruun", None),  # a doubled vowel: no Brown
        ("Orban", None),  # Russian "о" is an English "o": no Urban
        ("Salman", None),  # and an English "o" Russian "о": no Salmon
    ],
)
def test_english_surname(latin, expected):
    assert english_surname(latin, sound_key) == expected


def test_heard_spellings_drop_what_english_does_not_say():
    assert heard_spellings("rhodes") == {"rouds"}
    assert heard_spellings("brown") == {"brown", "braun"}
    assert heard_spellings("lewis") == {"luis"}
    assert heard_spellings("mackey") == {"macki"}
