"""A seat of power or a capital that speaks is its state; where things happen, it is the place
(lib.engine.russian.link: speaks_after, _impersonal_speech_before). Sentences written for this
test in the agencies' style."""

import pytest

from tests.russian_ids import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seat speaks: the verb after it, past a negation or an adverb of time
        ("В Кремле пока не комментировали сообщения о новых учениях.", {"country:RUS"}),
        ("В Белом доме рассчитывают на поддержку союзников по НАТО.", {"country:USA"}),
        # a plural verb with no subject before the preposition: those who sit there speak
        ("Как подчеркнули в Кремле, Москва не намерена отвечать.", {"country:RUS"}),
        ("Об этом сообщили в Белом доме в понедельник.", {"country:USA"}),
        # a speaker of its own, or no speech: the place
        ("Президент Финляндии заявил в Кремле, что диалог возможен.", {"location:kremlin"}),
        ("Переговоры прошли в Кремле в пятницу.", {"location:kremlin"}),
    ],
)
def test_a_seat_that_speaks_is_its_state(text, expected):
    found = ids(text, "country:") | ids(text, "location:")
    assert found - {"country:FIN"} == expected
