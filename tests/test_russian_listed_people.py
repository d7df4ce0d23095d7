"""Ukrainians listed beside one whose post names Ukraine are written in Ukraine's
transliteration too, while a Russian with the same given name, or one whose own post names
Russia, stays Russian (issue 18). Sentences written for these tests
in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.pipeline import extract


def people(text):
    found = extract(text, published=date(2018, 12, 3)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_people_listed_after_a_ukrainian_officer_are_ukrainian():
    text = (
        "Суд арестовал моряков Дениса Ткачука и Романа Мельника, офицера СБУ Олега "
        "Бондаренко, а также Богдана Синицу и Евгения Литвиненко."
    )
    assert people(text) == {
        "person:roman-melnyk",
        "person:oleh-bondarenko",
        "person:denys-tkachuk",
        "person:bohdan-synytsia",
        "person:yevhen-lytvynenko",
    }


def test_a_russian_diplomat_in_the_list_starts_his_own_group():
    text = (
        "В переговорах участвовали командующий ВМС Украины Олег Бондаренко "
        "и посол России в Киеве Денис Морозов."
    )
    assert people(text) == {"person:oleh-bondarenko", "person:denis-morozov"}


def test_a_russian_with_a_shared_given_name_and_no_ukrainian_post_stays_russian():
    text = "Председатель комитета Госдумы Леонид Бондаренко и депутат Олег Литвинов выступили."
    assert people(text) == {"person:leonid-bondarenko", "person:oleg-litvinov"}


def test_a_russian_envoy_named_first_is_not_joined_to_his_ukrainian_counterpart():
    text = (
        "Документ подписали представитель России Борис Морозов, его украинский коллега "
        "Леонид Кравчук, а также Денис Ткачук."
    )
    assert people(text) == {
        "person:boris-morozov",
        "person:leonid-kravchuk",
        "person:denys-tkachuk",
    }


def test_two_surnames_alone_in_a_headline_are_not_a_list():
    text = (
        "Морозов и Кравчук подписали документ\n\n"
        "Документ подписали представитель России Борис Морозов и бывший президент Украины "
        "Леонид Кравчук."
    )
    assert people(text) == {"person:boris-morozov", "person:leonid-kravchuk"}
