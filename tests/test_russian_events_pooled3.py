"""Knowledge-base events told in other words, pooled over the Russian sets (issues 15 and 18;
data/events/kb_ru.csv): Russia's 2015 measures against Turkey told as "ввел меры/ограничения в
отношении Турции" or by the goods they hit (heldout11, heldout17, heldout19); the New START
talks of 2020 told by the treaty's full name, its negotiators, or "консультации по
стратегической стабильности" in Vienna, as the English row's forms (heldout17, heldout19,
heldout20); the first Enhanced Forward Presence troops told by their arrival, as the English
row's; and the 2017 sanctions law (CAATSA) named as the instrument of later sanctions, which is
the law, not its signing (heldout15, heldout16, heldout18); and a withdrawal from the INF
treaty told by plans, intention or its announcement, which is not the treaty's end (heldout18,
heldout20). Sentences written for these tests in the style of Russian agencies, asserting exact
ids; the negatives are the same words for another side, another year or a step still to come."""

from datetime import date

from tests.russian_ids import events

TURKEY_MEASURES = "event:russia-sanctions-turkey-2015"
NEW_START = "event:new-start-extension-talks-2020"
EFP = "event:efp-deployment-2017"


def test_measures_against_turkey_told_by_the_verb_or_the_goods():
    text = "Президент Владимир Путин ввел в отношении Турции ряд экономических ограничений."
    assert events(text, date(2016, 6, 27)) == {TURKEY_MEASURES}
    text = "Россия сохраняет эмбарго на поставки турецких овощей и фруктов, заявил министр."
    assert events(text, date(2016, 8, 10)) == {TURKEY_MEASURES}


def test_measures_of_another_side_are_not_russias():
    # Washington's, over the missiles; and Ankara's against Russian goods
    text = "Вашингтон ввел ограничения против Турции после покупки С-400, сообщил Госдепартамент."
    assert TURKEY_MEASURES not in events(text, date(2020, 12, 15))
    text = "Турция ввела ограничения на ввоз российской пшеницы, сообщили в Анкаре."
    assert events(text, date(2018, 3, 1)) == set()


def test_new_start_talks_told_by_the_treaty_or_the_negotiators():
    text = (
        "Россия и США обсудили в Вене продление Договора о сокращении стратегических "
        "наступательных вооружений."
    )
    assert events(text, date(2020, 6, 23)) == {NEW_START}
    text = "Консультации по вопросам стратегической стабильности завершились в Вене."
    assert events(text, date(2020, 6, 22)) == {NEW_START}
    text = "Делегацию России возглавлял Сергей Рябков, американскую - Маршалл Биллингсли."
    assert events(text, date(2020, 6, 22)) == {NEW_START}


def test_new_start_named_before_the_talks_is_not_them():
    # December 2019: an offer six months before the talks began
    text = "Путин заявил, что Россия готова продлить СНВ-3 без предварительных условий."
    assert events(text, date(2019, 12, 5)) == set()
    # July 2019: an extension doubted a year before the talks (heldout18)
    text = (
        "Болтон заявил, что Договор о сокращении стратегических наступательных вооружений "
        "(СНВ-3) вряд ли будет продлен."
    )
    assert events(text, date(2019, 7, 31)) == set()


def test_the_first_battlegroup_troops_arriving():
    text = "Первые военнослужащие многонационального батальона НАТО прибыли в Литву."
    assert events(text, date(2017, 2, 8)) == {EFP}
    # a year earlier, for an exercise
    text = "Военные НАТО прибыли в Литву для участия в учениях, сообщило министерство обороны."
    assert events(text, date(2016, 6, 20)) == set()


CAATSA = "event:caatsa-2017"


def test_the_sanctions_law_named_later_is_not_its_signing():
    # the law named as the instrument of the 2020 sanctions on Turkey (heldout15, heldout16,
    # heldout18); its signing told is the event
    text = "США ввели санкции против Турции в рамках закона CAATSA за покупку комплексов С-400."
    assert CAATSA not in events(text, date(2020, 12, 14))
    text = "Дональд Трамп подписал закон CAATSA о новых санкциях против России."
    assert CAATSA in events(text, date(2017, 8, 2))


INF_END = "event:inf-treaty-end-2019"


def test_a_withdrawal_planned_or_announced_is_not_the_treatys_end():
    # plans, intention, preparation, insistence, the announcement (heldout18, heldout20): the
    # end came ten months later; undated pages, where nothing else could tell
    for text in (
        "Президент США рассказал о планах выйти из ракетного договора с Россией.",
        "Администрация Трампа намерена выйти из договора о ликвидации ракет.",
        "Трамп анонсировал выход США из договора о РСМД.",
        "Советник Болтон настаивает на выходе США из ДРСМД.",
    ):
        assert INF_END not in events(text), text
    # the withdrawal taken, on its day
    text = "США вышли из договора о ликвидации ракет средней и меньшей дальности."
    assert events(text, date(2019, 8, 2)) == {INF_END}
