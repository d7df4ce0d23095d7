"""English names Russian writes by its rules of practical transcription, written back as the
census name Russian writes so (issue 18; lib.engine.russian.russian_transcription): "ow" is
"оу", "ai"/"-ey" "ей"/"-и", "w" "у", "tch" "тч", so "Роули" is Rowley and "Ник" Nick. A Russian
name, a rare surname, a spelling two common surnames share and a transcription that is a
census name itself stay as transcribed. Sentences written for these tests in the agencies'
style."""

import pytest

from lib.engine.russian.russian_transcription import (
    english_given_name_spelt,
    english_surname_spelt,
    russian_spellings,
)
from lib.engine.russian.translit import english_name
from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both names: "Ник" is no census given name as transcribed ("Nik"), Nick is; "Бейли"
        # ends like a Georgian surname, but is spelt as Russian writes Bailey
        ("Об этом заявил командующий британскими силами Ник Бейли.", {"person:nick-bailey"}),
        ("Глава полиции Лондона Марк Роули сообщил о задержании.", {"person:mark-rowley"}),
        ("Представитель Пентагона Дилан Уайт заявил журналистам.", {"person:dylan-white"}),
        # a final "-ore" is "-ор"; Bushnell is past rank 5,000 but within 10,000
        ("Сенатор Кевин Уитмор посетил базу в Польше.", {"person:kevin-whitmore"}),
        ("Бывший посол Джеймс Бушнелл выступил с докладом.", {"person:james-bushnell"}),
    ],
)
def test_an_english_name_spelt_as_russian_writes_it_is_written_back(text, expected):
    assert ids(text, "person:") == expected


def test_russian_names_keep_their_transcription():
    text = "Спикер Гия Церетели и министр Денис Малюська встретились в Киеве."
    assert ids(text, "person:") == {"person:giya-tsereteli", "person:denis-malyuska"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Grenell is past the census's 5,000 commonest surnames
        ("Об этом сообщил посол США Ричард Гренелл.", {"person:richard-grenell"}),
        # Kelly and Kelley are both common: the given name is English, the surname no guess
        ("Ведущий Ник Келли задал вопрос.", {"person:nick-kelli"}),
        # Kennan is a census surname as transcribed: no Cannon
        ("Американский дипломат Джордж Кеннан предупреждал об этом.", {"person:george-kennan"}),
        # Rudolf is a census given name as it is: no Rudolph
        ("Генерал Рудольф Херманн прибыл в Вильнюс.", {"person:rudolf-hermann"}),
    ],
)
def test_a_rare_ambiguous_or_own_spelling_stays_as_transcribed(text, expected):
    assert ids(text, "person:") == expected


def test_russian_spellings_follow_practical_transcription():
    assert russian_spellings("rowley") == {"роули", "раули"}
    assert russian_spellings("wiltshire") == {"уилтшир"}
    assert russian_spellings("bailey") == {"бейли"}
    assert "притчард" in russian_spellings("pritchard")
    assert "джоунс" in russian_spellings("jones")
    assert russian_spellings("wright") == {"райт"}  # "gh" unsaid, "igh" long
    assert russian_spellings("macgregor") == {"макгрегор"}
    assert "вудворд" in russian_spellings("woodward")
    assert russian_spellings("walker") == {"уокер"}  # the "l" of "alk" unsaid
    assert "холл" in russian_spellings("hall")  # "a" before "ll" is "о"
    assert "каннингем" in russian_spellings("cunningham")  # "-ham" after a consonant "-гем"
    assert "бейкер" in russian_spellings("baker")  # a first syllable's open "a" may be long
    assert "бридлав" in russian_spellings("breedlove")  # a final "-ove" is "-ав"
    assert russian_spellings("hayes") == {"хейз", "хейс"}


def test_spellings_are_looked_up_with_their_doubled_letters_and_guards():
    assert english_surname_spelt("Притчард") == "Pritchard"
    assert english_surname_spelt("Клемм") is None  # Russian keeps the double: no Clem
    assert english_surname_spelt("Грин") is None  # Green and Greene
    assert english_surname_spelt("Иванов") is None
    assert english_given_name_spelt("Ник") == "Nick"
    assert english_given_name_spelt("Игорь") is None


@pytest.mark.parametrize(
    ("russian", "expected"),
    [
        # the exact Russian spelling comes before the sound key, whose nearest surnames are
        # another's ("Брукс": Breaux, "Стил": Still, "Ридли": Riddle)
        ("Кевин Брукс", "Kevin Brooks"),
        ("Кевин Стил", "Kevin Steele"),
        ("Кевин Ридли", "Kevin Ridley"),
        ("Кевин Джонс", "Kevin Jones"),  # a long "o" Russian may write "о": Джонс
        ("Кевин Макмиллан", "Kevin McMillan"),
        ("Кевин Маккейн", "Kevin McCain"),  # Mc- before c/k is "Макк-"
        ("Бен Уоллес", "Ben Wallace"),  # "-ace" past the first syllable is "-ес"
        ("Джейк Салливан", "Jake Sullivan"),  # "Дж" is j, "ей" a long a
    ],
)
def test_the_russian_spelling_is_looked_up_before_the_sound_key(russian, expected):
    assert english_name(russian) == expected
