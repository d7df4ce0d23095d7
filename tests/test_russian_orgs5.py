"""Organisations and places of round orgs5 (issue 18): a convention named after a body or a
town, a general staff named by its state's army, a seat after a plural verb of stance.
Sentences written for these tests in the agencies' style."""

import pytest

from lib.engine.russian.clean import clean_page, read_dateline
from tests.russian_ids import ids


def _bodies_and_places(text):
    return ids(text, "org:") | ids(text, "location:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body that drafted the convention, by its initials or written out
        (
            "В Минобороны назвали проход эсминца нарушением Конвенции ООН по морскому праву.",
            {"org:russian-defence-ministry"},
        ),
        (
            "Корабли прошли в нарушение статьи 19 Конвенции Организации Объединенных Наций по "
            "морскому праву, заявили в ФСБ.",
            {"org:fsb"},
        ),
        # the town where it was signed, in lower case and in the instrumental
        (
            "В соответствии с конвенцией Монтрё эсминец должен покинуть Черное море через три "
            "недели.",
            {"location:black-sea"},
        ),
    ],
)
def test_a_body_or_town_naming_a_convention_is_no_mention(text, expected):
    assert _bodies_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body itself, and the town as a place, outside a convention's name
        ("Постпред при ООН выступил в Совбезе.", {"org:un"}),
        ("Переговоры прошли в Монтрё на берегу Женевского озера.", {"location:montreux"}),
    ],
)
def test_the_same_names_outside_a_convention_stay(text, expected):
    assert expected <= _bodies_and_places(text)


def test_a_general_staff_named_by_another_states_army_is_that_states():
    found = ids(
        "Позже в генеральном штабе сирийской армии сообщили, что пострадали трое мирных жителей.",
        "org:",
    )
    assert found == {"org:syrian-general-staff"}


def test_a_general_staff_of_russias_forces_keeps_both_names():
    found = ids("Он служил в Генштабе Вооруженных сил РФ до 1999 года.", "org:")
    assert found == {"org:russian-general-staff", "org:russian-armed-forces"}


def test_a_general_staff_by_its_state_name_is_that_states():
    assert ids("Генштаб Турции сообщил о задержании.", "org:") == {"org:turkish-general-staff"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat after a plural verb of stance with no subject: its state
        ("Все нормы права соблюдены, утверждают в Кремле.", {"country:RUS"}),
        ("Санкции не помогут, уверяют в Белом доме.", {"country:USA"}),
    ],
)
def test_a_seat_after_a_plural_verb_of_stance_is_its_state(text, expected):
    assert ids(text, "country:") | ids(text, "location:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after the same verbs may be its people: the sets read it as the city
        ("Отравление, как утверждают в Лондоне, имеет российский след.", {"location:london"}),
        # a singular verb has a speaker of its own: the place
        ("Путин утверждал в Кремле, что угрозы нет.", {"location:kremlin"}),
    ],
)
def test_a_capital_or_a_singular_speaker_keeps_the_place(text, expected):
    assert expected <= ids(text, "country:") | ids(text, "location:")


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet", "rest"),
    [
        # the agency's name in capitals after the day's full stop, a hyphen after it
        (
            "Вена. 12 мая. ИНТЕРФАКС - Министры обсудили ДОВСЕ.",
            "Вена",
            "Interfax",
            "Министры обсудили ДОВСЕ.",
        ),
        # two places of one report joined by a slash
        (
            "Брюссель/Москва. 3 июля. INTERFAX.RU - Генсек призвал к диалогу.",
            "Брюссель/Москва",
            "Interfax",
            "Генсек призвал к диалогу.",
        ),
    ],
)
def test_an_agencys_dateline_in_capitals_is_its_source(paragraph, place, outlet, rest):
    line, after = read_dateline(paragraph)
    assert (line.place, line.outlet, after) == (place, outlet, rest)


def test_a_sentence_opening_with_a_place_is_no_dateline():
    line, after = read_dateline("Вена готова принять переговоры. 12 мая министры встретятся.")
    assert line is None


def test_a_credit_for_the_picture_and_the_video_is_chrome():
    page = clean_page(
        "Трамп прибыл на саммит НАТО\n\nФото, видео: Reuters\\AFP, 5-tv.ru\n\n"
        "Президент США прибыл в Лондон на встречу лидеров альянса."
    )
    assert "Reuters" not in page.text
    assert ids(page.text, "org:") == {"org:nato"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district by its centre town's adjective, in the locative and the nominative
        (
            "Генсек альянса побывал на базе в Йонавском районе Литвы.",
            {"location:jonava-district"},
        ),
        ("Учения прошли на полигоне в Рукле (Йонавский район).", {"location:jonava-district"}),
    ],
)
def test_a_district_named_by_its_towns_adjective_is_the_towns_district(text, expected):
    assert expected <= ids(text, "location:")
    assert not {i for i in ids(text, "location:") if "rayon" in i}


@pytest.mark.parametrize(
    "text",
    [
        # a city's quarter named after a Soviet figure, or after another city, with its city
        "Снаряд попал в жилой дом в Кировском районе Донецка.",
        "Снаряд попал в жилой дом в Киевском районе Донецка.",
        "Взрыв прогремел в Московском районе.",
    ],
)
def test_a_city_quarter_is_no_towns_district(text):
    assert not {i for i in ids(text, "location:") if i.endswith("-district")}


@pytest.mark.parametrize(
    "text",
    [
        # the spaced dash splits the exercise's name into words: no West, no Caucasus
        "Альянс будет следить за маневрами «Запад – 2017» у своих границ.",
        "Россия и Беларусь проведут учения «Кавказ — 2020» осенью.",
    ],
)
def test_a_quoted_name_closed_by_a_year_holds_no_place(text):
    assert ids(text, "location:") == set()


def test_the_west_outside_an_exercises_name_stays():
    assert ids("Запад ввел новые санкции против Москвы.", "location:") == {"location:west"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state after the second body owns the first, written bare in lower case
        (
            "Россию на переговорах представляют специалисты министерства иностранных дел и "
            "министерства обороны РФ.",
            {"org:russian-foreign-ministry", "org:russian-defence-ministry"},
        ),
        # the state after the first body owns the second, with the owner's forces after it
        (
            "Министерство национальной обороны Турции и генштаб ВС планируют обучение "
            "военных в России.",
            {"org:turkish-defence-ministry", "org:turkish-general-staff"},
        ),
    ],
)
def test_two_bodies_joined_by_and_share_the_state_written_once(text, expected):
    assert ids(text, "org:") == expected


def test_heads_of_bodies_joined_by_and_are_roles_not_bodies():
    found = ids("Переговоры вели заместитель министра иностранных дел и министра обороны РФ.")
    assert "org:russian-foreign-ministry" not in found


def test_a_second_body_with_a_state_of_its_own_keeps_it():
    found = ids("Министерство обороны Турции и Генштаб России провели консультации.", "org:")
    assert found == {"org:turkish-defence-ministry", "org:russian-general-staff"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-state name ending in "республика", declined and in lower case after its adjective
        ("В руководстве Донецкой народной республики заявили о перемирии.", {"location:donetsk"}),
        ("Представители Луганской Народной Республики покинули переговоры.", {"location:luhansk"}),
    ],
)
def test_a_places_one_state_name_is_matched_in_any_case(text, expected):
    assert ids(text, "location:") == expected


def test_one_of_a_regions_states_is_still_no_region():
    assert ids("Истребители патрулируют небо над прибалтийской республикой.", "location:") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital set off by a comma or a dash after "столица" and its state: the city
        ("Первая партия комплексов поступила в столицу страны, Анкару.", {"location:ankara"}),
        ("Ракеты были запущены по целям в столице Сирии — Дамаске.", {"location:damascus"}),
    ],
)
def test_a_capital_set_off_after_its_noun_is_the_city(text, expected):
    assert expected <= ids(text, "location:")
    assert not ids(text, "country:TUR")


def test_arms_delivered_to_a_capital_without_its_noun_go_to_the_state():
    assert ids("Поставки комплексов С-400 в Анкару начались в июле.") == {"country:TUR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat after a noun of its grounds or rooms: the building
        ("Еще на лужайке Белого дома президент выглядел задумчивым.", {"location:white-house"}),
        ("Журналисты собрались у стен Кремля.", {"location:kremlin"}),
    ],
)
def test_a_seat_after_a_noun_of_its_grounds_is_the_building(text, expected):
    assert ids(text, "location:") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a noun of its people or its voice: the state
        ("Пресс-секретарь Белого дома заявил о встрече.", {"country:USA"}),
        ("На сайте Кремля опубликован указ.", {"country:RUS"}),
    ],
)
def test_a_seat_after_its_people_or_its_voice_is_the_state(text, expected):
    assert ids(text, "location:") == set()
    assert ids(text, "country:") == expected


@pytest.mark.parametrize(
    "credit",
    [
        "Иллюстративное фото: Reuters",
        "Кадр из видео: Минобороны Украины",
        "Обложка: Getty Images",
        "Источники: Reuters, AFP",
        "Видео предоставлено пресс-службой ВМС Украины",
    ],
)
def test_a_credit_line_of_any_kind_is_chrome(credit):
    page = clean_page(
        f"Корабли НАТО вошли в Черное море\n\n{credit}\n\n"
        "Два фрегата альянса прошли Босфор в понедельник."
    )
    assert credit not in page.text
    assert ids(page.text, "org:") == {"org:nato"}


def test_sources_that_speak_in_prose_stay():
    page = clean_page(
        "Учения начнутся в июне\n\nИсточники сообщили: армия Литвы готова к учениям НАТО."
    )
    assert "Источники сообщили" in page.text


def test_a_programmes_title_is_no_body_and_its_broadcaster_stays():
    found = ids("В интервью программе Today на радио Би-би-си министр говорил о НАТО.", "org:")
    assert found == {"org:bbc", "org:nato"}


def test_a_known_body_running_a_programme_stays():
    found = ids("Грузия участвует в программе НАТО «Партнерство ради мира».", "org:")
    assert found == {"org:nato"}


def test_the_nato_georgia_commission_is_one_body_with_no_state():
    text = "Вечером состоится заседание комиссии НАТО-Грузия на уровне глав МИД."
    assert ids(text, "org:") == {"org:nato-georgia-commission"}
    assert ids(text, "country:") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # many heads of ministries: a meeting's level, no state's ministry
        ("Саммит открылся в Польше. Вечером пройдет встреча на уровне глав МИД.", set()),
        # one head: the ministry of the state named after it
        ("Заявление главы МИД Польши опубликовано.", {"org:polish-foreign-ministry"}),
    ],
)
def test_a_body_after_many_heads_is_no_states(text, expected):
    assert ids(text, "org:") == expected


@pytest.mark.parametrize(
    "text",
    [
        "По данным Сирийской обсерватории по правам человека, боевики отступили.",
        "Как сообщает правозащитная организация “Сирийский центр мониторинга за соблюдением "
        "прав человека” (SOHR), погибли 12 человек.",
    ],
)
def test_the_syrian_observatory_under_its_russian_names(text):
    assert ids(text, "org:") == {"org:syrian-observatory-for-human-rights"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Генсек заявил это журналистам в Вильнюсе, сообщает delfi.lt.", {"org:delfi"}),
        ("Как пишет rbc.ru, переговоры продолжатся.", {"org:rbc"}),
    ],
)
def test_a_known_outlet_by_its_bare_web_address(text, expected):
    assert ids(text, "org:") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Подробнее: https://www.rbc.ru/politics/2017/123",  # a link's host
        "Вопросы присылайте на info@unian.net.",  # an e-mail address
        # no outlet of that name, and not cited as one (one cited, "сообщает портал example.lv",
        # is an outlet keyed by its address since round orgs7)
        "Подробнее на example.lv.",
    ],
)
def test_an_address_in_a_link_or_of_no_known_outlet_is_no_mention(text):
    assert ids(text, "org:") == set()


def test_a_capitalised_body_after_its_own_is_the_subjects():
    text = "Российская Федерация объявила об участии своих Вооружённых Сил в операции в Сирии."
    assert ids(text, "org:") == {"org:russian-armed-forces"}


@pytest.mark.parametrize(
    "text",
    [
        "Турция наращивает свои вооруженные силы у границы.",  # forces it has, in lower case
        "Литва направила своего министра обороны в Брюссель.",  # a role, no body
    ],
)
def test_forces_a_state_has_or_its_minister_are_no_body(text):
    assert ids(text, "org:") == set()


def test_a_state_named_in_an_embedded_english_post_is_that_state():
    text = (
        "Президент США написал в Twitter.\n\nTrump: «America does not seek an indefinite "
        "presence in Syria…We look forward to the day when we can bring our warriors home»."
    )
    assert "country:SYR" in ids(text, "country:")
    assert ids(text, "location:") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's part, its surroundings or its mayor: the city, not the state
        ("Атака произошла в пригороде Дамаска.", {"location:damascus"}),
        ("Мэр Москвы открыл выставку.", {"location:moscow"}),
    ],
)
def test_a_capital_after_a_noun_of_the_citys_parts_is_the_city(text, expected):
    assert ids(text, "location:") == expected
    assert ids(text, "country:") == set()


def test_a_name_opening_a_venues_hyphenated_name_is_no_body():
    text = "Встреча лидеров США и России проходит в Конгресс-центре Гамбурга."
    assert ids(text, "org:") == set()
    assert ids(text, "location:") == {"location:hamburg"}


def test_the_same_body_named_on_its_own_stays():
    assert ids("Конгресс США одобрил новые санкции.", "org:") == {"org:us-congress"}


def test_a_place_handed_over_is_no_programmes_title():
    found = ids("После передачи Курил Японии спор будет закрыт.", "location:")
    assert found == {"location:kuril"}  # the islands handed over stay a place
