"""Kinds of mistakes the held-out Russian pages showed (eval/russian/heldout.jsonl), each
on small sentences written for these tests in the style of the outlets."""

from datetime import date

from lib.engine.russian.clean import clean_page
from lib.engine.russian.dates import find_dates
from lib.engine.russian.pipeline import extract, extract_page


def ids(result, prefix=""):
    return {m.entity_id for m in result.mentions if m.entity_id.startswith(prefix)}


def events(result):
    return {e.entity_id for e in result.events}


def test_page_chrome_of_kinds_ad_rubric_ticker_byline_and_credits():
    raw = "\n".join(
        [
            "Перейти к основному контенту",
            "Кредит наличными до 5 млн. Банк Пример (АО). Ген. лицензия ЦБ РФ № 9999. Реклама. 18+",
            "Политика",
            "09:15Минфин рассказал о бюджете",
            "Генсек НАТО приехал в Ригу",
            "Иван Петров",
            "Фото: Reuters",
            "Йенс Столтенберг (Фото: AP) прибыл в Латвию / фото: example.com",
            "Генсек провел переговоры с президентом страны. (Reuters, видео НАТО)",
            "Читайте такжеВ Польше прошли учения",
            "Автор:",
            "Пётр Сидоров",
        ]
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == [
        "Генсек НАТО приехал в Ригу",
        "Йенс Столтенберг прибыл в Латвию",
        "Генсек провел переговоры с президентом страны.",
    ]
    kinds = {kind for kind, _ in page.dropped}
    assert {"ad", "rubric", "ticker", "byline", "photo-credit", "read-also"} <= kinds
    _, result = extract_page(raw, published=date(2019, 3, 1))
    assert ids(result) == {"org:nato", "location:riga", "person:jens-stoltenberg", "country:LVA"}


def test_bodies_of_other_countries_and_the_outlets_russian_news_cites():
    text = (
        "Глава МИД Германии выступил в Берлине, сообщает РБК со ссылкой на «Эхо Москвы».\n\n"
        "Корабли ВМС Украины и ВМС России встретились в море, передает УНИАН.\n\n"
        "Офицеры прибыли на базу, пишет Spiegel."
    )
    result = extract(text, published=date(2018, 11, 26))
    assert ids(result, "org:") == {
        "org:german-foreign-office",
        "org:rbc",
        "org:echo-of-moscow",
        "org:ukrainian-navy",
        "org:russian-navy",
        "org:unian",
        "org:der-spiegel",
    }
    assert {"country:DEU", "country:UKR", "country:RUS"} <= ids(result, "country:")


def test_a_body_names_its_own_country_not_the_other_party_of_a_council():
    result = extract(
        "Заседание Совета Россия — НАТО прошло в Брюсселе.", published=date(2019, 7, 5)
    )
    assert "country:RUS" not in ids(result)
    result = extract("МИД Франции вызвал посла.", published=date(2019, 7, 5))
    assert ids(result) == {"org:french-foreign-ministry", "country:FRA"}


def test_a_latin_name_typed_with_cyrillic_letters_is_the_latin_name():
    result = extract(
        "В Норвегии начались учения Trident Junctur\u0435.", published=date(2018, 10, 26)
    )
    assert events(result) == {"event:trident-juncture-2018"}


def test_a_date_after_a_verb_of_saying_dates_the_saying_not_the_event():
    text = "Министр заявил 20 марта, что учения «Запад-2017» будут носить оборонительный характер."
    assert events(extract(text, published=date(2017, 3, 20))) == {"event:zapad-2017"}


def test_any_date_of_the_sentence_may_be_the_events():
    text = (
        "В ночь на 14 апреля ракеты атаковали объекты после объявления военного удара по Сирии "
        "в ответ на атаку, якобы произошедшую 7 апреля."
    )
    assert events(extract(text, published=date(2018, 4, 15))) == {"event:syria-strikes-2018"}


def test_day_of_last_year():
    [d] = find_dates("Это случилось 22 ноября прошлого года.", date(2021, 1, 15))
    assert (d.date_start, d.date_end) == (date(2020, 11, 22), date(2020, 11, 22))
    [d] = find_dates("Учения прошли в марте следующего года.", date(2016, 6, 1))
    assert (d.date_start, d.date_end) == (date(2017, 3, 1), date(2017, 3, 31))


def test_a_meeting_spoken_of_as_to_come_is_the_next_one():
    text = "Постпред не исключил, что заседание Совета Россия — НАТО может состояться в этом году."
    assert events(extract(text, published=date(2016, 12, 8))) == {
        "event:nato-russia-council-2016-12-19"
    }


def test_phrasings_of_the_event_kinds():
    cases = [
        ("Многонациональный батальон НАТО развернут в Литве.", date(2017, 4, 1),
         "event:efp-deployment-2017"),
        ("Песков назвал запуск системы ПРО в Румынии угрозой.", date(2016, 5, 12),
         "event:aegis-ashore-deveselu-2016"),
        ("У Керченского моста пограничники захватили три катера.", date(2018, 11, 26),
         "event:kerch-strait-incident-2018"),
        ("Власти решили выслать сотрудников посольства из-за дела Скрипаля.", date(2018, 3, 27),
         "event:skripal-expulsions-2018"),
        ("Трамп заявил о намерении вывести страну из Договора о ликвидации ракет средней и "
         "меньшей дальности.", date(2018, 10, 21), "event:trump-inf-withdrawal-announcement-2018"),
        ("Жители голосовали на общекрымском референдуме.", date(2014, 3, 17),
         "event:crimea-referendum-2014"),
    ]  # fmt: skip
    for text, published, event in cases:
        assert event in events(extract(text, published=published)), text
