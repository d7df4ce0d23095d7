"""Outlets of the field in their Russian forms, and an outlet's edition as an outlet of its own
(issue 18, orgs3 round): "РБК-Украина" is not RBC and names no Ukraine; "«Коммерсантъ FM»" is
not Kommersant. Sentences written for these tests."""

from tests.russian_ids import ids


def test_edition_glued_by_a_hyphen_is_its_own_outlet_and_no_country():
    found = ids("Как сообщает «РБК-Украина», в Харькове прошли учения.")
    assert "org:rbc-ukraine" in found
    assert "org:rbc" not in found and "country:UKR" not in found


def test_edition_the_gazetteer_lacks_is_minted_from_the_outlet_and_the_country():
    found = ids("Как передает Интерфакс-Казахстан, делегация прибыла в Астану.")
    assert "org:interfax-kazakhstan" in found
    assert "org:interfax" not in found and "country:KAZ" not in found


def test_edition_inside_one_pair_of_quotation_marks():
    assert ids("Политолог ответил на вопросы ведущего «Коммерсантъ FM».", "org:") == {
        "org:kommersant-fm"
    }
    found = ids("Об этом пишет «Новая газета — Балтия».")
    assert found == {"org:novaya-gazeta-baltia"}


def test_outlet_and_a_country_apart_stay_two_mentions():
    found = ids("По данным РБК, Украина получит новый кредит.")
    assert {"org:rbc", "country:UKR"} <= found


def test_ukrainian_belarusian_and_baltic_outlets_in_russian():
    assert ids("Как передает Цензор.НЕТ, командир батальона погиб.", "org:") == {"org:censor-net"}
    assert ids("Об этом пишет «Украинская правда».", "org:") == {"org:ukrainska-pravda"}
    assert ids("Как сообщает БелТА, совещание прошло в Минске.", "org:") == {"org:belta"}
    assert ids("Об этом сообщает Корреспондент.net.", "org:") == {"org:korrespondent"}
    assert ids("Об этом сообщило агентство Укринформ.", "org:") == {"org:ukrinform"}


def test_an_outlet_whose_name_is_a_common_phrase_in_lower_case_gets_no_russian_alias():
    # "свободная пресса" (a free press) is prose; «Комсомольская правда» is only the paper
    assert ids("В стране нет свободная пресса и независимых судов.", "org:") == set()
    assert ids("Об этом пишет «Комсомольская правда».", "org:") == {"org:komsomolskaya-pravda"}
