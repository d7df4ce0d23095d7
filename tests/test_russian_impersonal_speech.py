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


# Round russian-pooled2: a singular verb of saying has its subject; a coordinated predicate
# after "и" is the subject's before the place (r18-07, h15-04)


def test_a_capital_before_a_singular_verb_of_saying_is_where_it_was_said():
    text = "Президент Франции Эмманюэль Макрон на переговорах в Хельсинки заявил, что доволен."
    assert ids(text, "location:") == {"location:helsinki"}
    assert "country:FIN" not in ids(text, "country:")


def test_a_plural_verb_after_and_belongs_to_the_subject_before_the_place():
    text = (
        "Министры стран ЕС отказались от участия во встрече в Москве в мае и объявили о "
        "новых санкциях."
    )
    assert ids(text, "location:") == {"location:moscow"}


def test_the_plural_verb_with_no_subject_still_makes_the_capital_its_state():
    assert ids("В Хельсинки заявили, что не вступят в альянс.", "country:") == {"country:FIN"}


# Round orgs4 (heldout4, heldout20, heldout21): an adverb that reads as a short adjective too,
# "и" as a particle before the negation, and a government deliberating in the present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Рябков отметил, что в Москве позитивно оценивают возобновление диалога.",
            {"country:RUS"},
        ),
        ("По словам источника, в Москве на это и не рассчитывали.", {"country:RUS"}),
        ("Возвращение к формату G8 в Кремле не обсуждают.", {"country:RUS"}),
        (
            "Генсек добавил, что в Вашингтоне рассматривается вариант новых санкций.",
            {"country:USA"},
        ),
    ],
)
def test_a_capital_whose_people_judge_or_deliberate_is_its_state(text, expected):
    assert _places_and_states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the past the same verbs report a meeting held there
        ("Идея новой концепции в Лондоне лишь обсуждалась.", {"location:london"}),
        ("В Москве обсуждали ситуацию вокруг договора.", {"location:moscow"}),
        ("Путин в Москве обсуждает с Эрдоганом поставки.", {"location:moscow"}),
    ],
)
def test_a_capital_where_a_meeting_discussed_something_stays_the_place(text, expected):
    assert _places_and_states(text) == expected
