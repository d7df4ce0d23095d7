"""Knowledge-base events told in other words, Russian, round six (issues 15 and 18;
data/events/kb_ru.csv), as the English rows tell them: the Crimean referendum told by its vote
and its voters, "итоги голосования в Крыму", "крымчане проголосовали", "референдум крымчан",
not a vote of Crimea's parliament nor the Crimeans' vote in Russia's presidential election of
2018; the US announcements of a withdrawal (INF, Open Skies) told by a verb of announcing or
intent, "анонсировал выход", "намерена выйти", "рассказал о планах выйти" (heldout18,
heldout20), not Russia's own exit. Sentences written for these tests in the style of Russian agencies, asserting exact ids."""

from datetime import date

from tests.russian_ids import events

REFERENDUM = "event:crimea-referendum-2014"


def test_the_referendum_by_its_vote():
    text = "Итоги голосования в Крыму признали лишь несколько государств."
    assert events(text, date(2014, 3, 20)) == {REFERENDUM}


def test_the_referendum_by_its_voters():
    text = "Крымчане проголосовали за вхождение в состав России."
    assert events(text, date(2014, 3, 17)) == {REFERENDUM}
    assert events("Запад не признал референдум крымчан.", date(2014, 4, 10)) == {REFERENDUM}


def test_a_vote_of_crimeas_parliament_is_not_the_referendum():
    text = "Парламент Крыма проголосовал за вхождение республики в состав России."
    assert events(text, date(2014, 3, 6)) == set()


def test_crimeans_in_the_presidential_election_are_not_the_referendum():
    text = "Крымчане проголосовали на выборах президента России."
    assert events(text, date(2018, 3, 19)) == {"event:russian-presidential-election-2018"}


INF_ANNOUNCED = "event:trump-inf-withdrawal-announcement-2018"


def test_the_inf_announcement_by_a_verb_of_announcing_or_intent():
    text = "Трамп анонсировал выход США из договора о РСМД."
    assert events(text, date(2018, 10, 21)) == {INF_ANNOUNCED}
    text = (
        "Администрация президента США Дональда Трампа намерена выйти из договора о ликвидации "
        "ракет средней и меньшей дальности."
    )
    assert events(text) == {INF_ANNOUNCED}
    text = "Президент США Дональд Трамп рассказал о планах выйти из ракетного договора с Россией."
    assert events(text, date(2018, 10, 21)) == {INF_ANNOUNCED}


def test_the_open_skies_announcement_by_a_verb_of_announcing():
    text = "Трамп анонсировал выход США из Договора по открытому небу."
    assert events(text, date(2020, 5, 22)) == {"event:open-skies-withdrawal-announced-2020"}


def test_russias_own_announcement_is_not_the_us_one():
    text = "Россия анонсировала выход из Договора по открытому небу."
    assert events(text, date(2021, 1, 15)) == set()
