"""Places of the English-speaking countries that Russian writes by sound, back to their own
spelling (issue 18; lib.engine.russian.english_places_by_sound): "Уилтшир" is Wiltshire,
"Суиндон" Swindon. Places Russian names its own way, and names of several words, are left to
the gazetteer and GeoNames. Sentences written for these tests in the agencies' style."""

import pytest

from lib.engine.russian.english_places_by_sound import english_place_heard
from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the county's people, not its police: "Полиция Уилтшира" is Wiltshire Police, a body
        # whose name holds no place (places_in_body_names)
        ("Жители Уилтшира обеспокоены расследованием.", {"location:wiltshire"}),
        ("Учения морской пехоты прошли в Корнуолле.", {"location:cornwall"}),
        ("Колонна военной техники вышла из Суиндона.", {"location:swindon"}),
    ],
)
def test_an_english_place_heard_is_written_back(text, expected):
    assert ids(text, "location:") == expected


@pytest.mark.parametrize(
    ("russian", "expected"),
    [
        ("Хэмпшир", "Hampshire"),  # "-shire" is "-шир"
        ("Портсмут", "Portsmouth"),  # "th" is "т"
        ("Херсон", None),  # a Ukrainian city: no English place is written so
        ("Донецк", None),
        ("Северная Каролина", None),  # several words: Russian translates them
        ("Рим", None),  # under four letters
    ],
)
def test_english_place_heard(russian, expected):
    assert english_place_heard(russian) == expected
