"""General kinds of mistakes heldout8 showed (eval/russian/heldout8.jsonl, /work/ru8-kinds.md):
knowledge-base events told in other Russian words (NATO's suspension of cooperation without
its date, Russia's Syria campaign, the Su-24 as a fall, the S-400 deal), outlets and places
by their Russian names. Sentences written for these tests in the style of Russian agencies,
asserting exact ids."""

from datetime import date

from lib.engine.russian.clean import clean_page, line_kind
from lib.engine.russian.people import one_slip
from tests.russian_ids import events, ids

# Events


def test_nato_ending_cooperation_with_moscow_is_the_2014_suspension():
    text = "Тогда государства НАТО прекратили любое военное и гражданское сотрудничество с Москвой."
    assert events(text) == {"event:nato-suspends-cooperation-2014"}


def test_practical_cooperation_suspended_by_nato_needs_no_partner_named():
    text = "По решению НАТО было приостановлено практическое сотрудничество, напомнил дипломат."
    assert events(text, date(2021, 10, 6)) == {"event:nato-suspends-cooperation-2014"}
    # before April 2014 no suspension had happened
    assert events(text, date(2013, 5, 1)) == set()


def test_russias_syria_campaign_told_as_strikes_or_an_operation():
    text = "Генсек осудил бомбардировки Идлиба российскими самолетами."
    assert events(text) == {"event:russia-syria-intervention-2015"}
    text = "Эксперты обсудили итоги российской военной операции в Сирии."
    assert events(text) == {"event:russia-syria-intervention-2015"}


def test_strikes_on_syria_by_others_are_not_russias_campaign():
    text = "Россия потребовала созвать Совбез после авиаудара США по Сирии."
    assert "event:russia-syria-intervention-2015" not in events(text, date(2018, 4, 14))


def test_the_su24_told_as_a_fall():
    text = "Альянс созвал совещание после падения российского бомбардировщика Су-24 в Сирии."
    assert events(text) == {"event:su24-downing-2015"}


def test_the_s400_deal_named_without_turkey():
    text = "«Сделка по С-400 остается в силе», — подчеркнул президент."
    assert events(text, date(2019, 6, 1)) == {"event:s400-agreement-turkey-2017"}


# Organisations


def test_outlets_by_their_russian_names_and_abbreviations():
    text = "Об этом сообщило Радио Свобода со ссылкой на источники в штабе."
    assert ids(text, "org:") == {"org:radio-free-europe-radio-liberty"}
    text = "Как сообщила РГ, переговоры продолжатся на следующей неделе."
    assert ids(text, "org:") == {"org:rossiyskaya-gazeta"}
    text = "В интервью газете «Фигаро» министр назвал переговоры трудными."
    assert ids(text, "org:") == {"org:le-figaro"}


def test_a_state_body_of_several_words_in_lower_case():
    text = "Накануне министерство обороны Турции сообщило о прибытии второй партии."
    assert ids(text, "org:") == {"org:turkish-defence-ministry"}
    # one word in lower case is no body
    assert ids("Решение одобрило министерство.", "org:") == set()


def test_a_forum_named_in_latin_is_no_organisation():
    text = "Генсек выступил на форуме Future Security в Мюнхене."
    assert ids(text, "org:") == set()
    assert ids("Доклад подготовил институт RAND.", "org:") == {"org:rand"}


# Places


def test_the_air_policing_bases_in_their_russian_spellings():
    text = "Истребители поднялись с авиабазы Шяуляй, а еще два — из Эмари."
    assert ids(text, "location:") == {"location:siauliai", "location:amari"}
    text = "Самолеты альянса дежурят у Шауляя."
    assert ids(text, "location:") == {"location:siauliai"}


def test_the_baltic_region_is_the_baltics():
    text = "Альянс наращивает присутствие в Балтийском регионе."
    assert ids(text, "location:") == {"location:baltics"}


def test_southern_europe_by_its_russian_name():
    text = "Мигранты прибывают в страны Южной Европы."
    assert ids(text, "location:") == {"location:southern-europe"}


# Chrome


def test_bylines_in_a_dateline_run_into_a_date_or_after_a_bare_colon():
    page = clean_page(
        "Генсек НАТО призвал к диалогу\n"
        "Автор:Ирина Соколова\n"
        "Петр Смирнов21 марта 2017 г.\n"
        "ВАРШАВА, 8 июл – РИА Новости, Анна Петрова. Альянс обсудит отношения с Москвой."
    )
    assert page.text == "Генсек НАТО призвал к диалогу\n\nАльянс обсудит отношения с Москвой."
    assert [kind for kind, _ in page.dropped] == ["byline", "byline"]
    assert page.dateline.outlet == "RIA Novosti"


def test_lines_that_point_to_the_outlets_channels_are_chrome():
    assert line_kind("Известия в Telegram") == "subscribe"
    assert line_kind("Смотрите видео и следите за новостями в нашем YouTube !") == "subscribe"
    assert line_kind("Будьте в курсе: подпишитесь на наш Телеграм") == "subscribe"
    assert line_kind("Перейти в ДзенЧитайте нас") == "ad"
    # a sentence that names a channel is news
    assert line_kind("Заявление опубликовано в Telegram") is None
    assert line_kind("Министр написал об этом в своем Telegram-канале.") is None


def test_a_row_of_sister_sites_and_the_networks_menu_are_chrome():
    assert line_kind("Спорт-Экспресс Рыбалка.ру Автомир.ру") == "widget"
    assert line_kind("2. К другим проектам редакции") == "widget"


def test_credit_lines_with_a_date_or_a_latin_photographer():
    line = '09:30 12.03.2019 Источник: Информационное агентство России "ТАСС"'
    assert line_kind(line) == "photo-credit"
    assert line_kind("Janis Berzins / AFP") == "photo-credit"
    assert line_kind("Подробнее о саммите читайте в материале «Ъ».") == "read-also"


# People


def test_lithuanian_names_written_back_in_their_own_latin():
    text = "Как отметил литовский политолог Марюс Лауринайтис, угроза растет."
    assert ids(text, "person:") == {"person:marius-laurinaitis"}
    # a surname only Lithuanian has, with no country named beside it
    text = "Пресс-секретарь Инга Буткуте заверила журналистов, что миссия продолжится."
    assert ids(text, "person:") == {"person:inga-butkute"}
    # a Russian name beside Lithuania stays as it is
    text = "Посол России в Литве Алексей Исаков вручил ноту."
    assert ids(text, "person:") == {"person:alexei-isakov"}


# Geography


def test_two_adjectives_sharing_one_noun_are_two_places():
    text = "Мигранты прибывают в страны Западной и Южной Европы."
    assert ids(text, "location:") == {"location:western-europe", "location:southern-europe"}


def test_a_past_state_and_the_east_as_a_bloc_are_no_places():
    text = "Договор подписали СССР и США, его оценили на Западе и на Востоке."
    assert ids(text, "location:") == {"location:west"}
    assert ids("Генсек посетил Ближний Восток.", "location:") == {"location:middle-east"}


def test_the_adjective_of_a_known_persons_surname_names_that_person():
    text = "Аналитики сравнили трамповскую риторику с путинской."
    assert ids(text, "person:") == {"person:donald-trump", "person:vladimir-putin"}
    # an adjective of a place is no person
    assert ids("Брюссельский саммит завершился.", "person:") == set()


def test_a_lone_surname_misspelt_by_one_slip_is_the_person_named_in_full():
    text = (
        "Генсек НАТО Йенс Столтенберг провел переговоры в Анкаре.\n\n"
        "Столтенбрег подчеркнул, что альянс остается единым."
    )
    assert ids(text, "person:") == {"person:jens-stoltenberg"}
    # two slips make another name
    assert not one_slip("столтенбуог", "столтенберг")
    assert one_slip("ротгген", "роттген")
