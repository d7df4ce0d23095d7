"""The kinds heldout13 showed (issue 18, round fourteen): an event told by the noun of its
verb, restrictions aimed at a target as sanctions, a meeting agreed ahead as the next one, a
treaty far from its name dated by its day, a signed protocol and an outcome after a condition as
no accession, the first wave of sanctions by its personal measures; a unit of a body with its
owner's state, a body in lower case after its state's adjective, a state's fleet, a numbered
fleet in any case. Sentences written for these tests in the style of Russian and Ukrainian
agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.text import phrase_key
from lib.engine.russian.verbal_nouns import nouns_of
from tests.russian_ids import events, ids

INF_SUSPENSION = "event:inf-suspension-2019"
NORD_STREAM_SANCTIONS = "event:nord-stream-2-sanctions-2019"
FIRST_SANCTIONS = "event:sanctions-russia-first-wave-2014"
MONTENEGRO = "event:montenegro-nato-accession-2017"
MACEDONIA_PROTOCOL = "event:north-macedonia-accession-protocol-2019"
COUNCIL_APRIL_2016 = "event:nato-russia-council-2016-04-20"


# A pattern's verb met by its noun of action


def test_a_verb_has_the_nouns_of_its_act_the_dictionary_knows():
    assert nouns_of("приостановить") == ("приостановление", "приостановка")
    assert nouns_of("ввести") == ("введение",)
    assert nouns_of("подписать") == ("подписание",)
    assert nouns_of("решить") == ("решение",)  # not "решка", a coin's side
    assert nouns_of("заявить") == ("заявление",)  # not "заявка", an application
    assert nouns_of("Россия".lower()) == ()  # no verb, no noun


def test_the_suspension_told_by_its_noun():
    text = (
        "Замминистра подчеркнул, что после приостановления Соединенными Штатами участия в "
        "Договоре о РСМД Москва продолжит работу."
    )
    assert events(text, date(2019, 2, 10)) == {INF_SUSPENSION}


def test_a_bare_treaty_far_from_its_name_is_dated_by_its_day():
    text = (
        "Москва будет добиваться сохранения ДРСМД, заявил замглавы МИД.\n\n"
        "Он добавил, что переговоры были сложными. Позиции сторон не сблизились.\n\n"
        "«Даже после приостановления Вашингтоном действия договора 2 февраля мы продолжим "
        "работу», — сказал дипломат."
    )
    assert events(text) == {INF_SUSPENSION}
    # without its day the act is too far from the treaty's name to be told
    assert events(text.replace(" 2 февраля", "")) == set()


# Restrictions aimed at a target are sanctions; a month without a year dates them


def test_restrictions_against_someone_are_sanctions():
    text = (
        "Строительство «Северного потока — 2» остановлено из-за ограничений против "
        "подрядчиков, введенных США в декабре 2019 года."
    )
    assert events(text, date(2020, 6, 1)) == {NORD_STREAM_SANCTIONS}
    text = (
        "Строительство «Северного потока — 2» идет с ограничениями на работу в декабре 2019 года."
    )
    assert events(text, date(2020, 6, 1)) == set()


def test_a_month_without_a_year_dates_a_generic_form_on_an_undated_page():
    text = (
        "Вашингтон ввел ограничительные меры в отношении подрядчиков «Северного потока — 2» в "
        "декабре прошлого года."
    )
    assert events(text) == {NORD_STREAM_SANCTIONS}
    assert events(text.replace("декабре", "мае")) == set()


def test_the_first_wave_by_its_personal_sanctions_over_crimea():
    text = "США и Евросоюз ввели персональные санкции против крымских депутатов."
    assert events(text, date(2017, 6, 20)) == {FIRST_SANCTIONS}
    text = "Евросоюз продлил персональные санкции против крымских депутатов, введенные ранее."
    assert events(text, date(2017, 6, 20)) == set()


# A meeting agreed ahead is the next one; a hope for a new one is not


def test_a_meeting_agreed_ahead_is_the_next_of_its_kind():
    text = "Стороны договорились созвать Совет Россия — НАТО на уровне постпредов."
    assert events(text, date(2016, 2, 13)) == {COUNCIL_APRIL_2016}
    text = "Генсек подтвердил договоренность о созыве заседания Совета Россия — НАТО."
    assert events(text, date(2016, 2, 13)) == {COUNCIL_APRIL_2016}
    text = "Пока вопрос о созыве нового заседания Совета Россия — НАТО не стоит."
    assert events(text, date(2016, 4, 27)) == set()


# A signed paper about the accession, and the accession after a condition, are not it


def test_a_signed_protocol_about_the_accession_is_not_the_accession():
    text = "В Брюсселе подписан протокол о вступлении Черногории в НАТО."
    assert events(text, date(2016, 5, 19)) == set()
    text = "Страны альянса подписали протокол о вступлении Северной Македонии в НАТО."
    assert events(text, date(2019, 2, 6)) == {MACEDONIA_PROTOCOL}  # the protocol's own event
    text = "Госсекретарь призвал сенаторов ратифицировать протокол о вступлении Черногории в НАТО."
    assert events(text, date(2017, 3, 22)) == {MONTENEGRO}


def test_an_outcome_after_a_future_condition_is_not_told_done():
    text = (
        "После того как протокол будет ратифицирован парламентами всех стран, Черногория "
        "станет 29-м членом НАТО."
    )
    assert events(text) == set()


# A unit of a body, a body in lower case, a state's fleet


def test_a_unit_takes_the_state_of_the_body_that_owns_it():
    text = "Газета пишет об этом со ссылкой на генштаб Минобороны Испании."
    assert ids(text, "org:") == {"org:spanish-general-staff", "org:spanish-defence-ministry"}


def test_a_body_in_lower_case_after_its_states_adjective():
    text = "Об этом сообщает пресс-служба латвийского министерства обороны."
    assert ids(text, "org:") == {"org:latvian-defence-ministry"}
    # the minister's role, no body of its own
    text = "На церемонии присутствовал глава македонского министерства иностранных дел."
    assert ids(text, "org:") == set()


def test_a_states_fleet_named_with_its_state():
    assert ids("Российский флот взял эсминец под наблюдение.", "org:") == {"org:russian-navy"}
    assert ids("Флот США направил в регион эсминец.", "org:") == {"org:us-navy"}
    # ships guarded from a fleet, and the fleets of several states, are no institution acting
    text = "Пакет мер должен защитить суда в Керченском проливе от российского флота."
    assert ids(text, "org:") == set()
    text = "В Черном море растет активность флотов США и других стран НАТО."
    assert ids(text, "org:") == {"org:nato"}


def test_a_numbered_fleet_in_any_case():
    assert phrase_key("6-го флота") == phrase_key("6-й флот")
    text = "Об этом сообщила пресс-служба 6-го флота ВМС США."
    assert ids(text, "org:") == {"org:us-sixth-fleet"}
    text = "Командование 6-м флотом ВМС США объявило о походе."
    assert ids(text, "org:") == {"org:us-sixth-fleet"}


# Ministers of a group of states, and an outlet's teaser of its own earlier story


def test_heads_of_ministries_of_a_group_of_states_name_no_ministry():
    text = "Генсек объявил, что главы МИД НАТО решили провести заседание совета."
    assert ids(text, "org:") == {"org:nato"}
    text = "Глава МИД ЕС Жозеп Боррель прибыл в Москву."
    assert ids(text, "org:") == {"org:eu"}
    text = "Глава МИД России Сергей Лавров прибыл в Брюссель."
    assert ids(text, "org:") == {"org:russian-foreign-ministry"}


def test_an_outlets_teaser_of_its_earlier_story_is_chrome():
    from lib.engine.russian.clean import clean_page

    page = (
        "Анкара получит первые комплексы летом\n\n"
        "Поставки начнутся в июле, сообщил министр обороны Турции.\n\n"
        "Ранее мы сообщали о том, что МИД КНР выразил обеспокоенность сделкой."
    )
    assert "КНР" not in clean_page(page).text
    assert "министр обороны Турции" in clean_page(page).text


# Datelines of other shapes: a city and its agency joined by a hyphen, an official site's line


def test_a_city_and_its_agency_joined_by_a_hyphen_is_a_dateline():
    from lib.engine.russian.clean import read_dateline

    line, rest = read_dateline("Ереван-АРКА. Министры обсудили вопросы безопасности.")
    assert (line.place, line.outlet, rest) == (
        "Ереван",
        "АРКА",
        "Министры обсудили вопросы безопасности.",
    )
    # a compound place name is no dateline
    assert read_dateline("Москва-Сити. Башня открылась.") == (None, "Москва-Сити. Башня открылась.")


def test_an_official_sites_date_and_city_line_under_its_menu_is_a_dateline():
    from lib.engine.russian.clean import clean_page

    page = (
        "Версия для печати\n\nРазмер шрифта:\n\nНастройки\n\nОфициальный сайт\n\nНовости /\n\n"
        "Заявления для прессы по итогам переговоров\n\n3 марта 2021 года, Минск\n\n"
        "Президенты сделали заявления для прессы."
    )
    cleaned = clean_page(page)
    assert (cleaned.dateline.place, cleaned.dateline.date_text) == ("Минск", "3 марта 2021 года")
    assert "Минск" not in cleaned.text


# A ship's name after its noun or class, and the Russian forms of places the field names


def test_a_name_after_a_ships_noun_or_class_is_a_ship():
    text = "За фрегатом наблюдают разведывательное судно «Иван Хурс» и малый ракетный корабль «Орехово-Зуево»."
    assert ids(text) == set()
    text = "Его сопровождали российские корабли — малый ракетный «Орехово-Зуево» и сторожевой «Сметливый»."
    assert ids(text) == {"country:RUS"}
    # the ship's owner stays; a place after a ship's verb is a place
    assert ids("Эсминец ВМС США Donald Cook зашел в Черное море.", "country:") == {"country:USA"}
    assert ids("Корабль прибыл в Одессу.") == {"location:odessa"}


def test_places_by_their_russian_names():
    assert ids("Бомбардировщики пролетели над Сибирью.") == {"location:siberia"}
    assert ids("Истребители перебазировали на авиабазу Амари.", "location:") == {"location:amari"}


def test_a_name_after_a_poisons_or_programmes_noun_is_no_person():
    text = "Эксперты связали отравление с разработками советской программы Новичок."
    assert ids(text, "person:") == set()
    assert ids("Следователи нашли следы вещества «Новичок».", "person:") == set()
    # a spy is a person ("агент" names both a poison and a spy, so it is no such noun)
    assert ids("Агент Скрипаль был отравлен в Солсбери.", "person:") == {"person:sergei-skripal"}
