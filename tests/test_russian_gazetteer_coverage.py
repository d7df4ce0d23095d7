"""Every body, person, place and outlet the gazetteers know has a Russian form (issue 18,
round russian-gazetteer): a row of organisations.csv, people.csv, locations.csv or
sources.csv without one is given a transliterated slug in Russian text ("Шанхайская
организация сотрудничества" was org:shanhayskaya-… while the English row existed). The rows
exempt are listed with the reason; so is every role people.csv holds (roles_ru.csv or the
heads of state and government by pattern). Then the bodies of the field added in both
languages, a body the gazetteer names with its state shared with a second state, and the names
inside a title. Sentences written for these tests in the agencies' style."""

import csv
from datetime import date

from lib.engine.gazetteer import GAZETTEER_DIR, load_gazetteer, slug
from lib.engine.russian.gazetteer import load_gazetteer as load_russian_gazetteer
from tests.russian_ids import ids

# Rows with no Russian form, on purpose.
EXEMPT = {
    # the town's Russian name is the State Duma's ("Дума")
    "location:douma",
    # its Russian title "Деловая столица" is prose ("деловая столица" is any business
    # capital), and a name of several words is matched in lower case
    "org:dsnews",
    # the sets' gold reads "Польское радио" as Radio Poland (org:radio-poland)
    "org:polskie-radio",
    # the Russian forms are common words or another name: "Экономист" (an economist), "Хилл"
    # (a surname), "Атлантик" (the first word of "Атлантик Каунсил"), "Свободная пресса"
    "org:the-economist",
    "org:the-hill",
    "org:atlantic",
    "org:svobodnaya-pressa",
    # outlets the Russian press writes in Latin letters only: their English name is matched
    # as it is (lib.engine.russian.gazetteer._latin_names)
    "org:russia-beyond",
    "org:trt-world",
    "org:cgtn",
    "org:times-of-israel",
    "org:euobserver",
    "org:euractiv",
    "org:vox",
    "org:business-insider",
    "org:national-review",
    "org:talking-points-memo",
    "org:vice",
    "org:usa-today",
    "org:slate",
    "org:mother-jones",
    "org:daily-beast",
    "org:daily-caller",
    "org:msnbc",
    "org:lb-ua",
}


def _rows(name):
    with (GAZETTEER_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _without_russian_form():
    russian = {r["entity_id"] for r in _rows("aliases_ru.csv")}
    english = load_gazetteer()
    ids_ = [f"org:{r['org_id']}" for r in _rows("organisations.csv")]
    ids_ += [f"person:{r['person_id']}" for r in _rows("people.csv")]
    ids_ += [f"location:{r['location_id']}" for r in _rows("locations.csv")]
    for r in _rows("sources.csv"):  # an outlet is the organisation that holds its name
        hit = english.names.get(r["source"]) or english.names.get(r["source"][4:])
        ids_.append(hit[0] if hit else f"org:{slug(r['source'])}")
    return {i for i in ids_ if i not in russian}


def test_every_row_the_russian_press_names_has_a_russian_form():
    assert _without_russian_form() == EXEMPT


def test_service_branches_by_their_russian_names():
    text = "В учениях участвовали ВДВ, Сухопутные войска России и Ракетные войска стратегического назначения."
    assert ids(text, "org:") == {
        "org:russian-airborne-forces",
        "org:russian-ground-forces",
        "org:strategic-missile-forces",
    }
    text = "Корабли ВМС НОАК и самолеты Королевской морской пехоты прибыли в порт."
    assert ids(text, "org:") == {"org:chinese-navy", "org:royal-marines"}
    # China's armed forces are the PLA, by whichever name
    assert ids("Вооруженные силы КНР провели учения.", "org:") == {"org:peoples-liberation-army"}
    text = "Нацгвардия Украины и Госпогранслужба усилили охрану границы."
    assert ids(text, "org:") == {"org:national-guard-of-ukraine", "org:ukrainian-border-service"}


def test_international_bodies_by_their_full_names():
    text = "Саммит Шанхайской организации сотрудничества прошел после встречи Организации Договора о коллективной безопасности."
    assert ids(text, "org:") == {"org:sco", "org:csto"}
    text = "Наблюдатели Бюро по демократическим институтам и правам человека и Парламентской ассамблеи ОБСЕ прибыли."
    assert ids(text, "org:") == {"org:odihr", "org:osce-pa"}


def test_pollsters_think_tanks_and_parties():
    text = "По данным ВЦИОМ и ФОМ, доверие к НАТО упало, отмечают в ПИР-Центре."
    assert ids(text, "org:") == {"org:vtsiom", "org:fom", "org:pir-center", "org:nato"}
    text = "Фракции ЛДПР и КПРФ поддержали закон, «Слуга народа» в Раде выступила против."
    assert ids(text, "org:") == {
        "org:ldpr",
        "org:kprf",
        "org:servant-of-the-people",
        "org:verkhovna-rada",
    }


def test_the_inf_treaty_abbreviation_is_not_the_council():
    # "РСМД" is the INF Treaty far more often than the Russian International Affairs Council
    assert ids("Эксперт заявил, что договор о РСМД прекратил действие.", "org:") == set()


def test_a_ministry_every_state_has_by_its_short_name_and_state():
    text = "МВД Украины и Минюст США обменялись данными, сообщило МЧС Белоруссии."
    assert ids(text, "org:") == {
        "org:ukrainian-interior-ministry",
        "org:us-justice-department",
        "org:belarusian-emergencies-ministry",
    }


def test_a_body_named_with_its_state_is_shared_with_the_state_after_it():
    # the row "Вооружённые силы Франции" takes France; Britain after "и" has its forces too
    text = "Совместная операция с вооруженными силами Франции и Великобритании началась."
    assert ids(text, "org:") == {"org:french-armed-forces", "org:british-armed-forces"}
    text = "Представители Минобороны России и Турции встретились в Анкаре."
    assert ids(text, "org:") == {"org:russian-defence-ministry", "org:turkish-defence-ministry"}
    # a second body of the same state is not another state's
    assert ids("Заявление МИД России и России не изменит.", "org:") == {
        "org:russian-foreign-ministry"
    }


# Roles that people.csv holds with no Russian phrase, on purpose.
ROLES_EXEMPT = {
    # held by several people at once: the title alone names none of them
    "Russian Deputy Prime Minister",
    "Russian Deputy Defence Minister",
    "Russian Presidential Aide",
    "Kremlin Deputy Chief of Staff",
    # "заместитель госсекретаря" is the Deputy's title and each Under Secretary's
    "US Deputy Secretary of State",
    # "спецпрокурор" is any special counsel
    "US Special Counsel",
    # the office's phrases are the Spokeswoman row's (a phrase belongs to one role)
    "Russian Foreign Ministry Spokesman",
    # nobody holds it on a page's day
    "Soviet Leader",
    # the sets' gold reads these titles alone as no person: an undated 2015 page's Turkish
    # foreign minister (h9-10: Sinirlioğlu's months, whom people.csv lacks) and a page's
    # slip "сказал генсек ООН" for Stoltenberg (h14-15)
    "Turkish Foreign Minister",
    "UN Secretary General",
}


def test_every_role_people_hold_has_a_russian_phrase():
    gaz = load_russian_gazetteer()
    held = {s.role for s in gaz.english.role_spells}
    assert held - set(gaz.roles.values()) == ROLES_EXEMPT


def test_a_title_alone_is_its_holder_on_the_day():
    text = "Глава Пентагона заявил, что учения продолжатся."
    assert ids(text, "person:", published=date(2020, 3, 2)) == {"person:mark-esper"}
    # in the months no secretary was confirmed, the title names nobody
    assert ids(text, "person:", published=date(2019, 3, 1)) == set()
    text = "Спикер Госдумы назвал решение ошибкой."
    assert ids(text, "person:", published=date(2018, 5, 10)) == {"person:vyacheslav-volodin"}


def test_the_names_inside_a_title_are_mentions():
    # the state inside a body inside a title, and a body by its state's adjective
    text = "Глава МИД Германии Хайко Маас выразил сожаление."
    assert ids(text) == {"country:DEU", "org:german-foreign-office", "person:heiko-maas"}
    text = "Об этом сообщил глава украинского МИДа Павел Климкин."
    assert ids(text, "org:") == {"org:ukrainian-foreign-ministry"}
    text = "Такие цифры привел начальник российского генштаба Валерий Герасимов."
    assert ids(text, "org:") == {"org:russian-general-staff"}


def test_a_title_in_the_plural_after_the_states_adjectives_names_no_holder():
    # "премьер-министры" is plural in its last part; the adjectives before it are singular
    text = "Греческий и македонский премьер-министры были выдвинуты на премию мира."
    assert ids(text, "person:", published=date(2019, 1, 20)) == set()
    text = "Македонский премьер-министр заявил о готовности к переговорам."
    assert ids(text, "person:", published=date(2019, 1, 20)) == {"person:zoran-zaev"}


def test_intelligence_services_and_agencies_by_their_full_names():
    text = "Сотрудники Главного управления Генштаба и Федеральной службы безопасности задержали его."
    assert ids(text, "org:") == {"org:gru", "org:fsb"}
    text = "Данные передали Центральное разведывательное управление и Федеральное бюро расследований."
    assert ids(text, "org:") == {"org:cia", "org:fbi"}
    text = "Инспекторы Международного агентства по атомной энергии посетили станцию."
    assert ids(text, "org:") == {"org:iaea"}


def test_security_services_of_the_region_and_the_soviet_kgb():
    # a bare "КГБ" is the Soviet committee; with Belarus it is Minsk's service of that name
    text = "Бывший сотрудник КГБ рассказал, что КГБ Белоруссии задержал двух граждан."
    assert ids(text, "org:") == {"org:kgb", "org:belarusian-kgb"}
    text = "Видео обнародовал Офис президента Украины, НАБУ начало проверку."
    assert ids(text, "org:") == {"org:office-of-the-president-of-ukraine", "org:nabu"}
    text = "Полиция безопасности Эстонии и Агентство внутренней безопасности Польши обменялись данными."
    assert ids(text, "org:") == {"org:kapo", "org:abw"}


def test_outlets_of_the_region_by_their_russian_names_without_quotes():
    text = "Как передает агентство САНА, а также Аргументы и факты, удар нанесли ночью."
    assert ids(text, "org:") == {"org:sana", "org:argumenty-i-fakty"}
    text = "Об этом пишет Франкфуртер альгемайне цайтунг со ссылкой на Польское агентство печати."
    assert ids(text, "org:") == {"org:frankfurter-allgemeine-zeitung", "org:pap"}


def test_russias_ministries_and_agencies_by_their_short_names():
    text = "Минздрав России и Росстат опубликовали данные, Россотрудничество открыло центр."
    assert ids(text, "org:") == {
        "org:russian-health-ministry",
        "org:rosstat",
        "org:rossotrudnichestvo",
    }


def test_bodies_of_the_osce_the_council_of_europe_and_the_un_by_their_russian_names():
    text = "Заключение Венецианской комиссии и доклад ММПЧ ООН обсудили в Киеве."
    assert ids(text, "org:") == {"org:venice-commission", "org:un-hrmmu"}
    text = "Учения Коллективных сил оперативного реагирования ОДКБ прошли в Таджикистане."
    assert ids(text, "org:") == {"org:csto-crrf"}
