"""Kinds of mistakes the third held-out set (eval/russian/heldout3.jsonl) showed, each on
sentences written for these tests in the style of Russian agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.pipeline import extract


def ids(result, prefix=""):
    return {m.entity_id for m in result.mentions if m.entity_id.startswith(prefix)}


def events(result):
    return {e.entity_id for e in result.events}


# Entities


def test_a_states_foreign_ministry_no_file_holds_gets_the_english_id():
    text = "Глава МИД Албании Дитмир Бушати провел переговоры в Тиране."
    assert ids(extract(text), "org:") == {"org:albanian-foreign-ministry"}
    assert ids(extract(text), "country:") == {"country:ALB"}


def test_a_demonym_before_a_bare_body_makes_it_that_states():
    text = "Официальный представитель латвийского МИДа выразил протест, сообщили в Риге."
    assert ids(extract(text), "org:") == {"org:latvian-foreign-ministry"}
    known = "Об этом заявил глава украинского МИДа на брифинге."
    assert ids(extract(known), "org:") == {"org:ukrainian-foreign-ministry"}


def test_a_defence_ministry_of_a_named_state():
    text = "Минобороны Эстонии сообщило о начале учений у границы."
    assert ids(extract(text)) == {"org:estonian-defence-ministry", "country:EST"}


def test_a_bare_ministry_is_still_russias():
    text = "В МИД пообещали ответить на высылку дипломатов."
    assert ids(extract(text), "org:") == {"org:russian-foreign-ministry"}


def test_vvs_with_a_state_is_its_air_force():
    text = "Самолет был перехвачен польскими ВВС над Балтийским морем."
    assert ids(extract(text), "org:") == {"org:polish-air-force"}
    after = "Истребители ВВС Норвегии поднялись на перехват."
    assert ids(extract(after), "org:") == {"org:norwegian-air-force"}
    known = "Бомбардировщики ВВС США провели учебный полет."
    assert ids(extract(known), "org:") == {"org:us-air-force"}


def test_vvs_cited_as_a_source_is_the_bbc():
    text = "Генсек альянса высказался на пресс-конференции, передает ВВС."
    assert ids(extract(text), "org:") == {"org:bbc"}


def test_vvs_of_no_state_is_no_organisation():
    text = "ВВС нанесли удар по позициям боевиков."
    assert ids(extract(text), "org:") == set()


def test_brussels_speaking_is_the_city_not_belgium():
    text = "Официальный Брюссель призвал Москву к сдержанности."
    assert ids(extract(text)) == {"location:brussels", "country:RUS"}
    place = "Министры встретятся в Брюсселе."
    assert ids(extract(place)) == {"location:brussels"}


def test_a_russian_given_name_not_the_persons_is_someone_else():
    text = "Среди высланных оказался Андрей Чижов, сотрудник постпредства."
    assert ids(extract(text), "person:") == {"person:andrei-chizhov"}
    same = "Постпред Владимир Чижов назвал решение ошибкой."
    assert ids(extract(same), "person:") == {"person:vladimir-chizhov"}


def test_schumer_is_the_english_sides_chuck_schumer():
    text = "Лидер демократов в сенате Чак Шумер потребовал новых санкций против России."
    assert ids(extract(text), "person:") == {"person:chuck-schumer"}


# Events


def test_a_duration_picks_the_two_day_summit():
    text = "В Брюсселе открывается двухдневный саммит НАТО."
    assert events(extract(text)) == {"event:nato-summit-brussels-2018"}
    one = "В Брюсселе прошел однодневный саммит НАТО."
    assert events(extract(one)) == {"event:nato-leaders-meeting-brussels-2017"}


def test_ships_in_the_kerch_strait_long_after_are_not_the_incident():
    text = "Американский дипломат предложил сопровождать украинские корабли в Керченском проливе."
    assert events(extract(text, published=date(2019, 4, 3))) == set()
    assert events(extract(text, published=date(2018, 11, 27))) == {
        "event:kerch-strait-incident-2018"
    }
    seized = "Год назад в Керченском проливе были задержаны украинские моряки."
    assert events(extract(seized, published=date(2019, 11, 25))) == {
        "event:kerch-strait-incident-2018"
    }


def test_bare_minsk_agreements_after_february_2015_are_minsk_ii():
    text = "В Кремле заявили, что Киев не выполняет минские соглашения."
    assert events(extract(text, published=date(2017, 6, 20))) == {"event:minsk-ii-2015"}
    before = "Стороны обсудили выполнение минских договоренностей."
    assert events(extract(before, published=date(2014, 10, 20))) == set()
