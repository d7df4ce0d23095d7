"""The Russian extraction step (lib/engine/russian): the sample article's exact canonical
entities, events and dates, small fixtures (inflected forms, transliteration, Georgia,
the United States, the Kremlin), datelines, quotes, cleaning and language detection."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from lib.engine.language import detect_language
from lib.engine.russian import (
    clean_page,
    extract,
    extract_page,
    find_dates,
    read_dateline,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "002_5eef932cbffba5c3.txt"
FIXTURES = json.loads((ROOT / "tests" / "data" / "russian" / "fixtures.json").read_text("utf-8"))
PUBLISHED = date(2019, 12, 4)


@pytest.fixture(scope="module")
def sample():
    return extract_page(SAMPLE.read_text("utf-8"), published=PUBLISHED)


def ids(result, entity_type=None, kind=None):
    return {
        m.entity_id
        for m in result.mentions
        if (entity_type is None or m.type == entity_type) and (kind is None or m.kind == kind)
    }


def test_sample_entities_are_exact(sample):
    _, result = sample
    assert ids(result, "person") == {
        "person:jens-stoltenberg",
        "person:dmitry-peskov",
        "person:donald-trump",
        "person:emmanuel-macron",
        "person:recep-tayyip-erdogan",
        "person:sergei-skripal",
    }
    assert ids(result, "country") == {
        "country:RUS",
        "country:USA",
        "country:FRA",
        "country:TUR",
        "country:GBR",
    }
    assert ids(result, "org") == {"org:nato", "org:nato-russia-council"}
    assert ids(result, "location") == {
        "location:london",
        "location:crimea",
        "location:donbass",
        "location:salisbury",
    }


def test_sample_russia_by_kind_and_roles(sample):
    _, result = sample
    kinds = Counter(m.kind for m in result.mentions if m.entity_id == "country:RUS")
    assert kinds == {"name": 8, "capital": 2, "seat": 1}
    roles = {m.entity_id: m.role for m in result.mentions if m.role}
    assert roles == {
        "person:jens-stoltenberg": "NATO Secretary General",
        "person:dmitry-peskov": "Kremlin Spokesman",
        "person:donald-trump": "US President",
        "person:emmanuel-macron": "French President",
        "person:recep-tayyip-erdogan": "Turkish President",
    }
    assert Counter(m.kind for m in result.mentions if m.entity_id == "org:nato") == {
        "name": 4,
        "reference": 3,
    }


def test_sample_events_and_dates(sample):
    _, result = sample
    events = {(e.entity_id, e.date_start, e.date_end) for e in result.events}
    assert events == {
        ("event:nato-leaders-meeting-london-2019", date(2019, 12, 4), date(2019, 12, 4)),
        ("event:crimea-annexation-2014", date(2014, 1, 1), date(2014, 12, 31)),
        ("event:donbass-war-2014", date(2014, 1, 1), date(2014, 12, 31)),
        ("event:skripal-poisoning-2018", date(2018, 1, 1), date(2018, 12, 31)),
    }
    dates = [(d.text, d.date_start, d.date_end, d.precision) for d in result.dates]
    assert dates == [
        ("в среду", date(2019, 12, 4), date(2019, 12, 4), "day"),
        ("в июле", date(2019, 7, 1), date(2019, 7, 31), "month"),
        ("во вторник", date(2019, 12, 3), date(2019, 12, 3), "day"),
        ("накануне", date(2019, 12, 3), date(2019, 12, 3), "day"),
        ("в 2014 году", date(2014, 1, 1), date(2014, 12, 31), "year"),
        ("В прошлом году", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ]


def test_sample_cleaning_and_dateline(sample):
    page, result = sample
    kinds = [kind for kind, _ in page.dropped]
    assert kinds == [
        "clock",
        "photo-credit",
        "read-also",
        "read-also",
        "subscribe",
        "related",
        "related",
        "related",
    ]
    assert page.page_clock == "12:37 04.12.2019"
    assert page.dateline.place == "ЛОНДОН" and page.dateline.outlet == "RIA Novosti"
    assert page.text.startswith("Столтенберг: НАТО не считает Россию врагом\n\nГенсек НАТО")
    assert "Читайте" not in page.text and "Подписывайтесь" not in page.text
    assert "Макрона о «смерти мозга»" not in page.text  # the related headline after the label
    assert [s for s, _, _ in page.sections] == ["title", "lede"] + ["body"] * 5
    for m in result.mentions:
        assert page.text[m.start : m.end] == m.surface


def test_sample_quote(sample):
    _, result = sample
    assert [(q.speaker_id, q.text[:24]) for q in result.quotes] == [
        ("person:jens-stoltenberg", "Мы не видим в России вра")
    ]


def test_inflected_forms_are_normalised():
    result = extract(FIXTURES["inflected"])
    by_surface = {m.surface: (m.entity_id, m.normal) for m in result.mentions}
    assert by_surface["Владимира Путина"] == ("person:vladimir-putin", "Владимир Путин")
    assert by_surface["Путину"][0] == "person:vladimir-putin"
    assert by_surface["Сергея Лаврова"][0] == "person:sergey-lavrov"
    assert by_surface["Грузии"][0] == by_surface["Грузия"][0] == "country:GEO"
    assert by_surface["Соединённые Штаты"][0] == by_surface["США"][0] == "country:USA"
    assert by_surface["России"][0] == by_surface["РФ"][0] == "country:RUS"
    assert by_surface["Кремле"][0] == "location:kremlin"  # "в Кремле": the place


def test_transliterated_name_links_to_the_english_gazetteer():
    result = extract(FIXTURES["translit"])
    people = {m.surface: m.entity_id for m in result.mentions if m.type == "person"}
    assert people["Столтенберг"] == "person:jens-stoltenberg"
    assert people["Оана Лунгеску"] == "person:oana-lungescu"
    assert ids(result, "org") == {"org:nato"}


def test_unknown_person_gets_a_latin_id():
    # (Voronchenko, once this test's example, is now the gazetteer's ihor-voronchenko)
    result = extract("Командующий Игорь Осипенко заявил о напряжённой обстановке.")
    assert ids(result, "person") == {"person:igor-osipenko"}


def test_kremlin_capital_and_white_house():
    result = extract(FIXTURES["kremlin"])
    got = [(m.surface, m.entity_id, m.kind) for m in result.mentions]
    assert got == [
        ("Кремль", "country:RUS", "seat"),
        ("Вашингтону", "country:USA", "capital"),
        ("Москва", "country:RUS", "capital"),
        ("Белый дом", "country:USA", "seat"),
        ("Москве", "location:moscow", "name"),
    ]


def test_georgia_by_name_role_and_demonym():
    result = extract(FIXTURES["georgia"], published=date(2019, 6, 1))
    kinds = Counter(m.kind for m in result.mentions if m.entity_id == "country:GEO")
    assert kinds == {"name": 2, "demonym": 1}
    titles = {(m.surface, m.entity_id) for m in result.mentions if m.kind == "title"}
    assert titles == {("президент Грузии", "person:salome-zourabichvili")}
    assert "org:nato" in ids(result)


def test_another_countrys_foreign_ministry_is_not_russias():
    result = extract(FIXTURES["mfa_turkey"], published=date(2018, 1, 1))
    people = {m.entity_id: m.role for m in result.mentions if m.type == "person"}
    assert people == {
        "person:mevlut-cavusoglu": None,
        "person:sergey-lavrov": "Russian Foreign Minister",
    }
    assert "country:TUR" in ids(result)


@pytest.mark.parametrize(
    ("line", "place", "date_text", "outlet", "rest"),
    [
        (
            "МОСКВА, 19 июн — РИА Новости. Россия готова.",
            "МОСКВА",
            "19 июн",
            "RIA Novosti",
            "Россия готова.",
        ),
        (
            "МОСКВА, 3 декабря. /ТАСС/. Генсек заявил.",
            "МОСКВА",
            "3 декабря",
            "TASS",
            "Генсек заявил.",
        ),
        (
            "Москва. 5 июня. INTERFAX.RU - Черногория вступает.",
            "Москва",
            "5 июня",
            "Interfax",
            "Черногория вступает.",
        ),
    ],
)
def test_datelines(line, place, date_text, outlet, rest):
    dateline, text = read_dateline(line)
    assert (dateline.place, dateline.date_text, dateline.outlet, text) == (
        place,
        date_text,
        outlet,
        rest,
    )


def test_dates_relative_and_absolute():
    text = "Саммит пройдет 3 декабря. В прошлом году, в пятницу и с 2014 года."
    got = [(d.text, d.date_start, d.date_end) for d in find_dates(text, date(2019, 11, 29))]
    assert got == [
        ("3 декабря", date(2019, 12, 3), date(2019, 12, 3)),
        ("В прошлом году", date(2018, 1, 1), date(2018, 12, 31)),
        ("в пятницу", date(2019, 11, 29), date(2019, 11, 29)),
        ("с 2014 года", date(2014, 1, 1), None),
    ]
    assert find_dates("в пятницу", None)[0].date_start is None  # never guessed


def test_quotes_with_dash_and_colon():
    text = (
        "Песков заявил журналистам. «Это вопрос жизни и смерти для нас», — сказал он.\n\n"
        "Лавров заявил: «Мы будем делать все, чтобы противостоять этому»."
    )
    result = extract(text)
    assert [(q.speaker_id, q.speaker_text) for q in result.quotes] == [
        ("person:dmitry-peskov", "он"),
        ("person:sergey-lavrov", "Лавров"),
    ]


def test_events_need_fitting_dates():
    text = "Турция сбила российский бомбардировщик Су-24 в прошлом году."
    assert [e.entity_id for e in extract(text, published=date(2016, 3, 1)).events] == [
        "event:su24-downing-2015"
    ]
    assert extract(text, published=date(2019, 3, 1)).events == []  # "last year" is 2018


def test_chrome_kinds():
    page = clean_page(
        "Заголовок статьи\n19:26 МСК\nФото: ТАСС/UIG\nПервый абзац статьи.\n"
        "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter\nПодписывайтесь на наш канал в Дзен\n"
    )
    assert [k for k, _ in page.dropped] == ["clock", "photo-credit", "widget", "subscribe"]
    assert page.text == "Заголовок статьи\n\nПервый абзац статьи."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Генсек НАТО Йенс Столтенберг заявил о договоренности созвать Совет Россия — НАТО, "
            "достигнутой с министром иностранных дел России Сергеем Лавровым.",
            "ru",
        ),
        (
            "NATO Secretary General Jens Stoltenberg said on Friday that Russia is our biggest "
            "neighbour and that it is here to stay.",
            "en",
        ),
        (
            "Генсек НАТО Єнс Столтенберг заявив про домовленість скликати Раду Росія — НАТО, "
            "досягнуту з міністром закордонних справ Росії.",
            "uk",
        ),
        (
            "Le 24 novembre, la Turquie a abattu un avion de chasse russe près de la frontière "
            "syrienne, prétextant qu'il avait violé son espace aérien.",
            "fr",
        ),
        ("Путин", "ru"),
        ("12 34", None),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_an_inflected_surname_is_not_a_woman_whose_surname_does_not_decline():
    """ "Скрипаля" is Sergei's genitive: Yulia's surname ends in "ь" and does not decline."""
    result = extract("Врачи сообщили, что состояние Скрипаля улучшилось, а Юлию Скрипаль выписали.")
    people = {m.surface: m.entity_id for m in result.mentions if m.type == "person"}
    assert people == {
        "Скрипаля": "person:sergei-skripal",
        "Юлию Скрипаль": "person:yulia-skripal",
    }


def test_a_given_name_alone_is_the_relative_named_beside_it():
    result = extract("Полиция опросила соседей Скрипаля и его дочь Юлию.")
    assert ids(result, "person") == {"person:sergei-skripal", "person:yulia-skripal"}
