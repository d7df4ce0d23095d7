"""A seat that speaks or plans for its state, two seats sharing one verb, and bodies of this
field the gazetteer now lists in Russian (sentences written for these tests in the agencies'
style)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.russian_ids import events, ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural verb of intent after the seat: those who sit there
        ("Болтон рассказал, что в Белом доме планируют выйти из договора.",
         {"country:USA", "person:john-bolton"}),
        ("В Кремле собираются ответить на высылку дипломатов.", {"country:RUS"}),
        # two seats before one verb of stance
        ("В Белом доме и Кремле отмечали, что главной темой станет Сирия.",
         {"country:USA", "country:RUS", "country:SYR"}),
        # a meeting held there: the building
        ("Переговоры прошли в Белом доме в пятницу.", {"location:white-house"}),
    ],
)  # fmt: skip
def test_a_seat_speaks_for_its_state_and_a_meeting_there_is_a_place(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Прекращается деятельность Британского совета в России.", "org:british-council"),
        ("Путин выступил на саммите Совещания по взаимодействию и мерам доверия в Азии (СВМДА).",
         "org:cica"),
        ("Об этом сообщают «Новые известия».", "org:novye-izvestia"),
    ],
)  # fmt: skip
def test_bodies_of_the_field_in_russian(text, expected):
    assert expected in ids(text, "org:")


def test_vessels_listed_after_their_noun_are_no_bodies():
    text = (
        "В ноябре 2018 года российское судно заблокировало движение буксиру «Яны Капу» и "
        "бронекатерам «Бердянск» и «Никополь» в Керченском проливе, сообщили в ФСБ."
    )
    assert ids(text, "org:") == {"org:fsb"}
    assert ids(text, "location:") == {"location:kerch-strait"}


def test_the_master_named_after_his_vessel_is_a_person():
    text = (
        "Арестованы командиры буксира «Яны Капу» Олег Мельничук и бронекатера «Никополь» "
        "Богдан Небылица, сообщил «Интерфакс»."
    )
    people = ids(text, "person:")  # their ids' romanisation is the linker's business
    assert len(people) == 2 and all(p.startswith(("person:ole", "person:bo")) for p in people)
    assert ids(text, "org:") == {"org:interfax"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state in the genitive, or by its initials, after a region: the region's state
        ("Самолет упал в Донецкой области Украины.", {"location:donetsk", "country:UKR"}),
        ("Учения прошли в Калининградской области РФ.", {"location:kaliningrad", "country:RUS"}),
        # a name kept in the nominative after a division's noun is the division's own
        ("Губернатор штата Джорджия и мэр округа Колумбия выступили.", set()),
    ],
)  # fmt: skip
def test_a_state_after_its_region(text, expected):
    assert ids(text, "country:") | ids(text, "location:") == expected


def test_a_capital_near_which_something_happens_is_the_city():
    assert ids("Химическая атака произошла рядом с Дамаском.", "location:") == {"location:damascus"}
    assert ids("Москва ведет переговоры с Дамаском.") == {"country:RUS", "country:SYR"}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Оппозиция выступила против вступления Черногории в НАТО.", date(2017, 6, 6), set()),
        ("Вступление Черногории в НАТО стало свершившимся фактом.", date(2017, 6, 6),
         {"event:montenegro-nato-accession-2017"}),
        # sanctions "against" a pipeline that "came into force" oppose no accession
        ("Напомним, ранее вступили санкции США против «Северного потока — 2».", date(2019, 12, 22),
         {"event:nord-stream-2-sanctions-2019"}),
    ],
)  # fmt: skip
def test_an_accession_opposed_is_not_told_as_done(text, day, expected):
    assert events(text, published=day) == expected


def test_a_town_after_its_noun_is_the_gazetteer_s_place_by_its_english_name():
    # GeoNames spells the Syrian town "Dūmā", the gazetteer's row lists it as Douma; the
    # parliament of the same word stays the parliament
    text = (
        "Трамп отдал приказ нанести удар по Сирии в ответ на химическую атаку в городе Дума. "
        "Законопроект внесли в Государственную думу."
    )
    assert ids(text, "location:") == {"location:douma"}
    assert ids(text, "org:") == {"org:state-duma"}
