"""Organisations of round orgs7 (issue 18): bodies named by their kind and their state, by a
periphrasis, and names that are no body. Sentences written for these tests in the agencies'
style."""

import pytest

from tests.russian_ids import ids

UKR_CEC = "org:ukrainian-central-election-commission"


@pytest.mark.parametrize(
    "text",
    [
        "Явка составила 62%, сообщил ЦИК Украины после обработки всех протоколов.",
        "Итоги голосования огласила Центральная избирательная комиссия Украины.",
        # bare, on a page whose vote is one state's
        "Второй тур президентских выборов на Украине завершился. Итоги огласила Центральная "
        "избирательная комиссия (ЦИК). После обработки ЦИК 90% протоколов лидирует Иванов.",
        "Наблюдатели следили за выборами президента Украины. ЦИК объявил явку в 58%.",
    ],
)
def test_a_states_election_commission_is_keyed_by_its_demonym(text):
    assert ids(text, "org:") == {UKR_CEC}


def test_a_bare_commission_on_a_page_about_two_states_stays_unresolved():
    text = "Выборы прошли в Грузии и на Украине в один день. ЦИК объявил явку в 58%."
    assert ids(text, "org:") == set()


def test_a_bare_commission_beside_its_owner_is_that_owners():
    text = (
        "Президентские выборы на Украине прошли спокойно. Тем временем ЦИК Молдавии объявил "
        "дату голосования."
    )
    assert ids(text, "org:") == {"org:moldovan-central-election-commission"}


def test_a_bare_body_the_russian_press_calls_its_own_stays_russias_on_a_vote_page():
    # the vote's state keys only the body that counts votes, not a bare "Генштаб"
    text = (
        "Президентские выборы на Украине прошли спокойно. Украина ждет итогов голосования. "
        "Наблюдатели довольны. Погода была теплой. В Генштабе заявили, что учения пройдут по плану."
    )
    assert ids(text, "org:") == {"org:russian-general-staff"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По предварительным данным крымского ЦИК, явка превысила 80%.",
         "org:crimean-central-election-commission"),
        ("Об этом сообщил глава крымского избиркома.", "org:crimean-central-election-commission"),
        ("В ЦИК «Донецкой народной республики» сообщили о числе бюллетеней.",
         "org:dpr-central-election-commission"),
        ("Глава Центризбиркома ЛНР огласил итоги.", "org:lpr-central-election-commission"),
    ],
)  # fmt: skip
def test_a_self_proclaimed_republics_commission_has_its_row(text, expected):
    assert expected in ids(text, "org:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Удары начались после того, как верхняя палата российского парламента дала согласие.",
         "org:federation-council"),
        ("Вчера верхняя палата Конгресса США одобрила законопроект о санкциях.", "org:us-senate"),
        ("Законопроект о бюджете внесли в Сенат Италии. Россия следит. Нижняя палата парламента "
         "России рассмотрит ответные меры в среду.", "org:state-duma"),
        # no parliament named: the one state of the sentences before
        ("Президент США Дональд Трамп пригрозил вето. Более двух третей членов верхней палаты "
         "поддержали законопроект.", "org:us-senate"),
    ],
)  # fmt: skip
def test_a_chamber_told_by_its_place_is_its_states_chamber(text, expected):
    assert expected in ids(text, "org:")


@pytest.mark.parametrize(
    "text",
    [
        # a state whose chambers the gazetteer does not know, and two states before a bare one
        "Спикер нижней палаты парламента Польши выступил против.",
        "Россия и США обменялись заявлениями. Члены верхней палаты поддержали документ.",
    ],
)
def test_a_chamber_of_no_known_state_is_no_body(text):
    found = ids(text, "org:")
    assert not found & {"org:federation-council", "org:state-duma", "org:us-senate", "org:us-house"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оппозиция заявила, что армия Башара Асада начала наступление на Идлиб.",
         {"org:syrian-arab-army"}),
        # the army of a person who never led a state is his supporters, no state's
        ("Армия Навального вышла на улицы в субботу.", set()),
        # a state's adjective in lower case names its army, as one capitalised does
        ("Учения прошли без потерь, хотя на вооружении польской армии состоят старые машины.",
         {"org:polish-armed-forces"}),
        # unnamed sources inside an army are people, not the body
        ("Источники из польской армии сообщили о новых учениях.", set()),
    ],
)  # fmt: skip
def test_an_army_is_a_states_by_its_president_or_its_adjective(text, expected):
    found = ids(text, "org:")
    assert {f for f in found if "arm" in f} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В Таллин прибыл флагман шестого флота США Mount Whitney. Mount Whitney простоит в "
         "порту три дня.", "mount-whitney"),
        ("Во время манёвров затонул транспортер-амфибия PTS. Экипаж PTS спасли.", "pts"),
    ],
)  # fmt: skip
def test_a_vessels_latin_name_is_no_body(text, name):
    assert f"org:{name}" not in ids(text, "org:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Санкции коснулись Сбербанка, Газпромбанка и Россельхозбанка.",
         {"org:sberbank", "org:gazprombank", "org:rosselkhozbank"}),
        ('Под ограничения попал "Внешэкономбанк" (ВЭБ).', {"org:veb"}),
        ("Список опубликован в «Официальном журнале» ЕС.",
         {"org:official-journal-of-the-european-union"}),
        # the journal described in lower case is no title of a body, as the sets read it
        ("Решение вступит в силу после публикации в официальном журнале ЕС.", {"org:eu"}),
        ("Закон опубликован в газете «Голос Украины».", {"org:holos-ukrainy"}),
        ("Голос Украины должен быть услышан в Брюсселе.", set()),
        ("Об этом говорится в документе, опубликованном в Федеральном реестре США.",
         {"org:federal-register"}),
    ],
)  # fmt: skip
def test_sanctioned_banks_and_official_gazettes_have_their_rows(text, expected):
    assert ids(text, "org:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Совет Федерации дал согласие на операцию, пишет newsru.com.", {"org:newsru-com"}),
        ("Об этом сообщает интернет-издание timekids-gps.ru со ссылкой на полицию.",
         {"org:timekids-gps-ru"}),
        # an address not cited as an outlet: a reader's link, a body's own site
        ("Подробнее читайте на utro.ru.", set()),
        ("Текст указа опубликован на сайте kremlin.ru.", set()),
    ],
)  # fmt: skip
def test_an_outlet_cited_by_its_address_keeps_its_domain_in_its_id(text, expected):
    found = ids(text, "org:")
    assert {f for f in found if f != "org:federation-council"} == expected


def test_readers_comments_after_a_reply_header_are_chrome():
    from lib.engine.russian.pipeline import extract_page

    raw = (
        "Явка на выборах в Молдавии превысила 50%\n"
        "Об этом сообщили в Кишиневе в воскресенье вечером.\n"
        "RE: Явка на выборах в Молдавии превысила 50%\n"
        "3 » 12.05.2014 12:20\n"
        "Ivan\n"
        "В Приднестровье явка была ниже, а НАТО молчит.\n"
    )
    page, found = extract_page(raw)
    assert "Приднестровье" not in page.text
    assert ("comments", "3 » 12.05.2014 12:20") in page.dropped
    assert not {m.entity_id for m in found.mentions} & {"org:nato", "location:transnistria"}


def test_a_reply_header_in_lower_case_prose_is_no_comment():
    from lib.engine.russian.reader_comments import comments_start

    lines = ["Заголовок", "Письмо начиналось словами re: ваш запрос.", "Конец."]
    assert comments_start(lines) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщили в пресс-службе Главного штаба Сил обороны Эстонии.",
         "org:estonian-defence-forces"),
        ("Силы обороны Финляндии провели учения в Лапландии.", "org:finnish-defence-forces"),
        # a state whose forces the files name keeps its row
        ("Силы обороны Израиля нанесли удар по целям в Сирии.", "org:idf"),
    ],
)  # fmt: skip
def test_defence_forces_are_the_states_by_their_demonym(text, expected):
    assert expected in ids(text, "org:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Руководство меджлиса крымско-татарского народа призвало бойкотировать референдум.",
         {"org:mejlis-of-the-crimean-tatar-people"}),
        # "Меджлис" alone is also a parliament's name (Turkmenistan's, Iran's): no row
        ("Меджлис принял закон о бюджете.", set()),
        ("Опрос провели Фонд «Демократические инициативы» имени Илька Кучерива и КМИС.",
         {"org:ilko-kucheriv-democratic-initiatives-foundation", "org:kiis"}),
    ],
)  # fmt: skip
def test_bodies_of_crimea_and_ukraines_polls_have_their_rows(text, expected):
    assert ids(text, "org:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ракеты были запущены с кораблей в Каспийском море.", {"location:caspian-sea"}),
        ("Лидеры покинули Дворец Независимости после ночных переговоров.",
         {"location:palace-of-independence"}),
    ],
)  # fmt: skip
def test_a_sea_and_a_palace_of_the_field_have_their_rows(text, expected):
    assert ids(text, "location:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По словам главы администрации президента Сергея Иванова, решение принято.",
         {"org:russian-presidential-administration"}),
        ("Через час глава президентской администрации Сергей Иванов уточнил детали.",
         {"org:russian-presidential-administration"}),
        # another state's, or a president's: not the Kremlin's
        ("Глава администрации президента США заявил о санкциях.", set()),
        ("Глава администрации президента Трампа ушел в отставку.", set()),
        ("Глава администрации президента Украины прибыл в Париж.",
         {"org:office-of-the-president-of-ukraine"}),
    ],
)  # fmt: skip
def test_the_kremlin_administration_inside_its_heads_role(text, expected):
    assert ids(text, "org:") == expected
