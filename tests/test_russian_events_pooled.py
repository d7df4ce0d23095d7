"""Kinds of mistake in knowledge-base events pooled over the Russian held-out sets (issue 18)
that the English sets show too: a missile defence site named (its building in 2013, its
existence in 2019) is not its activation of May 2016 (heldout5, heldout13; English heldout6 and
heldout8). Sentences written for these tests in the style of Russian agencies, asserting exact
ids."""

from datetime import date

from tests.russian_ids import events

AEGIS = "event:aegis-ashore-deveselu-2016"


def test_the_site_named_is_not_its_activation():
    text = (
        "Вчера в местечке Девеселу приступили к строительству американской базы ПРО Aegis Ashore."
    )
    assert events(text) == set()
    text = (
        "Шойгу назвал угрозой развертывание системы противоракетной обороны США в Польше и Румынии."
    )
    assert events(text, date(2019, 8, 21)) == set()


def test_the_activation_told_is_the_event():
    text = "В Румынии запустили систему ПРО США на базе Девеселу."
    assert events(text, date(2016, 5, 12)) == {AEGIS}
    text = "Система ПРО, запущенная на базе Девеселу, предназначена для защиты от Ирана."
    assert events(text) == {AEGIS}
    # on its days, the site's name is enough
    text = "Песков прокомментировал появление базы Aegis Ashore в Румынии."
    assert events(text, date(2016, 5, 13)) == {AEGIS}


ZAPAD = "event:zapad-2017"
VOSTOK = "event:vostok-2018"


def test_an_exercise_by_its_code_name_without_the_year_in_its_days():
    # every exercise row has its code name + a word of exercising, as on the English side; the
    # Russian names are common words ("запад", "восток"), so only in the exercise's days
    text = "Учения «Запад» проходят на полигонах Белоруссии и России."
    assert events(text, date(2017, 9, 15)) == {ZAPAD}
    text = "Учения «Восток» стали крупнейшими со времен холодной войны."
    assert events(text, date(2018, 9, 12)) == {VOSTOK}
    text = "Запад проводит учения у российских границ, заявили в Москве."
    assert events(text, date(2019, 6, 3)) == set()
