"""A capital or a seat opening an indefinite-personal clause of stance is its state (issue 18,
pooled round: the mistake recurred in seven sets): a plural verb with no subject, past
particles, adverbs and the object before it, or a carrier verb with a stance infinitive
(lib.engine.russian.impersonal_speech). Sentences written for these tests in the agencies'
style."""

import pytest

from tests.russian_ids import ids


def _places_and_states(text):
    return ids(text, "country:") | ids(text, "location:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of stance after particles, adverbs and an object
        ("В Анкаре утверждают, что сделка не нарушает обязательств.", {"country:TUR"}),
        ("В Вашингтоне не раз заявляли, что санкции останутся.", {"country:USA"}),
        ("В Кремле же заявили, что самолет не нарушал границу.", {"country:RUS"}),
        ("В Москве эти обвинения категорически опровергли.", {"country:RUS"}),
        ("В Белом доме объявили о выходе из договора.", {"country:USA"}),
        # a short participle of conviction
        ("В Кремле уверены, что расширение альянса повысит напряженность.", {"country:RUS"}),
        # a carrier verb with the stance in the infinitive
        ("В Кремле не смогли прокомментировать инцидент.", {"country:RUS"}),
        ("В Москве продолжают это отрицать.", {"country:RUS"}),
    ],
)
def test_a_capital_whose_people_take_a_stance_is_its_state(text, expected):
    assert _places_and_states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular verb has a speaker of its own: the city
        ("В Москве Путин заявил о готовности к диалогу.", {"location:moscow"}),
        # a plural verb that tells no stance: things happen in the city
        ("В Анкаре прошли переговоры министров.", {"location:ankara"}),
        # the clause ends before any verb: the place
        ("В Вашингтоне, по данным агентства, готовят визит.", {"location:washington"}),
    ],
)
def test_a_capital_where_things_happen_stays_the_place(text, expected):
    assert _places_and_states(text) == expected
