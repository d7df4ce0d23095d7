"""Kinds of mistakes the second held-out set (eval/russian/heldout2.jsonl) showed, each on
sentences written for these tests in the style of Russian agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.pipeline import extract


def ids(result, prefix=""):
    return {m.entity_id for m in result.mentions if m.entity_id.startswith(prefix)}


def events(result):
    return {e.entity_id for e in result.events}


# Events


def test_inf_notice_of_withdrawal_is_the_suspension_not_the_end():
    text = (
        "Вашингтон вручил Москве ноту о выходе из Договора о РСМД, сообщил источник. "
        "США выйдут из ДРСМД через шесть месяцев, если Россия не вернется к соблюдению договора."
    )
    assert events(extract(text, published=date(2019, 2, 2))) == {"event:inf-suspension-2019"}
    assert events(extract(text)) == {"event:inf-suspension-2019"}


def test_the_inf_treaty_ended_is_the_end():
    text = "В пятницу США официально вышли из Договора о РСМД, заявил госсекретарь."
    assert events(extract(text, published=date(2019, 8, 2))) == {"event:inf-treaty-end-2019"}


def test_a_date_without_a_year_must_fit_the_event_day_and_month():
    # undated article: "3 февраля" cannot be the treaty's end of 2 August
    text = "Президент России 3 февраля заявил, что Москва зеркально ответит на выход США из ДРСМД."
    assert "event:inf-treaty-end-2019" not in events(extract(text))


def test_named_summit_of_the_coming_weeks_is_linked():
    text = (
        "На июльском саммите НАТО в Варшаве альянс собирается принять решение о размещении "
        "батальонов, сообщил источник в штаб-квартире блока."
    )
    assert events(extract(text, published=date(2016, 6, 14))) == {"event:nato-summit-warsaw-2016"}
    assert events(extract(text)) == {"event:nato-summit-warsaw-2016"}


def test_named_summit_dates_a_pattern_of_another_year_in_its_sentence():
    text = (
        "На саммите в Варшаве лидеры альянса одобрили размещение батальонов НАТО в странах Балтии."
    )
    assert events(extract(text)) == {"event:nato-summit-warsaw-2016"}


def test_generic_minsk_agreements_are_minsk_ii_as_in_english():
    # as the English side links bare "Minsk agreements" (decided in round 4)
    text = "В Кремле заявили, что Киев не выполняет минские соглашения и минские договоренности."
    assert events(extract(text, published=date(2017, 6, 20))) == {"event:minsk-ii-2015"}
    second = "Стороны подписали Комплекс мер по выполнению Минских соглашений."
    assert events(extract(second, published=date(2015, 2, 13))) == {"event:minsk-ii-2015"}


def test_a_new_council_meeting_is_one_to_come_not_last_weeks():
    text = "Вопрос о созыве нового заседания Совета Россия — НАТО пока не стоит, заявил дипломат."
    assert events(extract(text, published=date(2016, 4, 27))) == set()
    coming = "Постпред подтвердил проведение заседания Совета Россия — НАТО в ближайшие две недели."
    assert events(extract(coming, published=date(2016, 4, 9))) == {
        "event:nato-russia-council-2016-04-20"
    }


def test_montenegro_invitation_is_not_its_accession():
    text = (
        "Министр иностранных дел Черногории получил от генсека НАТО письмо с официальным "
        "приглашением вступить в альянс."
    )
    assert events(extract(text)) == set()
    far = (
        "Черногория, по словам премьера, и дальше будет выполнять все требования, которые "
        "предъявляются к странам, ведущим переговоры о вступлении в НАТО."
    )
    assert events(extract(far)) == set()


def test_montenegro_ratification_before_the_accession_day():
    text = "Госсекретарь призвал сенаторов ратифицировать протокол о вступлении Черногории в НАТО."
    assert events(extract(text, published=date(2017, 3, 22))) == {
        "event:montenegro-nato-accession-2017"
    }


def test_coup_attempt_in_montenegro():
    text = "Прокурор Черногории обвинил Москву в причастности к попытке переворота в стране."
    assert events(extract(text)) == {"event:montenegro-coup-plot-2016"}


def test_russian_presidential_election_by_the_publication_day():
    text = "Евросоюз не признает выборов президента России, которые пройдут в Крыму."
    assert events(extract(text, published=date(2018, 3, 12))) == {
        "event:russian-presidential-election-2018"
    }
    assert events(extract(text, published=date(2021, 9, 1))) == set()
    assert events(extract(text)) == set()


# Organisations and places


def test_bare_senate_and_congress_in_a_us_context_are_the_us_chambers():
    text = (
        "Госсекретарь США направил письмо лидерам сената. Сенат должен одобрить протокол, "
        "а Конгресс — выделить средства."
    )
    assert ids(extract(text), "org:") == {"org:us-senate", "org:us-congress"}


def test_bare_senate_without_the_us_or_of_another_country_is_not_the_us_senate():
    assert ids(extract("Сенат одобрил закон о бюджете."), "org:") == set()
    text = "Сенат Польши одобрил закон, сообщили в Вашингтоне."
    assert "org:us-senate" not in ids(extract(text), "org:")


def test_lower_case_platform_and_hyphenated_channel():
    text = "Об этом он написал в своем твиттере, передает «Россия-24»."
    assert ids(extract(text), "org:") == {"org:twitter", "org:rossiya-24"}


def test_common_words_and_treaty_abbreviations_are_not_organisations():
    text = (
        "Посольство России получило ноту. «Сегодня мы выходим из ДРСМД», — заявил "
        "госсекретарь США Майк Помпео."
    )
    found = ids(extract(text, published=date(2019, 2, 1)))
    assert {i for i in found if i.startswith("org:")} == set()
    assert found >= {"country:RUS", "country:USA", "person:mike-pompeo"}


def test_washington_district_of_columbia_is_the_city_not_colombia():
    text = "Вашингтон, округ Колумбия\n\nБрифинг начался в полдень."
    assert ids(extract(text)) == {"location:washington"}


# People


def test_south_slavic_names_beside_their_country_are_written_back():
    text = (
        "Спецпрокурор Черногории Миливое Катнич заявил о новых обвинениях. "
        "Вице-премьер Черногории Игор Лукшич с ним не согласился."
    )
    assert ids(extract(text), "person:") == {"person:milivoje-katnic", "person:igor-luksic"}


def test_an_office_in_a_generic_phrase_is_not_its_holder():
    text = "ЕС не признает выборов президента России в Крыму, заявили в Брюсселе."
    assert "person:vladimir-putin" not in ids(extract(text, published=date(2018, 3, 12)))


# Kinds heldout3 showed (fixed after its numbers were recorded)


def test_an_agency_dateline_of_another_form_is_no_mention():
    from lib.engine.russian.clean import clean_page

    raw = "Заголовок новости\n\nБРЮССЕЛЬ (Рейтер) — НАТО высылает семь дипломатов, сообщил генсек."
    page = clean_page(raw)
    assert "org:reuters" not in ids(extract(page.text, page.sections))
    raw = "Заголовок новости\n\n(Казань, 27 марта, «Татар-информ»). НАТО высылает дипломатов."
    page = clean_page(raw)
    assert ids(extract(page.text, page.sections), "org:") == {"org:nato"}


def test_north_atlantic_council_and_state_department_in_full():
    text = (
        "Совет Североатлантического альянса принял решение. На канале Государственного "
        "департамента США опубликовано видео."
    )
    assert ids(extract(text), "org:") == {"org:north-atlantic-council", "org:us-state-department"}


def test_a_name_of_common_words_is_no_organisation():
    assert ids(extract("Читайте раздел Новости Политики каждый день."), "org:") == set()


def test_a_russian_expert_beside_a_balkan_demonym_keeps_a_russian_name():
    text = "Об этом заявила российский эксперт по македонской политике Мария Третьякова."
    assert "person:maria-tretyakova" in ids(extract(text))


def test_skripal_in_the_genitive_and_nato_expelling_mission_staff():
    text = "Украина вышлет дипломатов в связи с отравлением бывшего агента Сергея Скрипаля."
    assert "event:skripal-poisoning-2018" in events(extract(text))
    staff = "Мы высылаем семь сотрудников российской миссии, заявил генсек."
    assert events(extract(staff, published=date(2018, 3, 27))) == {"event:skripal-expulsions-2018"}
    assert events(extract(staff, published=date(2021, 10, 6))) == set()


def test_north_macedonia_protocol_and_accession():
    signed = "Страны НАТО подписали протокол о вступлении Северной Македонии в альянс."
    assert events(extract(signed)) == {"event:north-macedonia-accession-protocol-2019"}
    coming = "Захарова заявила, что вступление в НАТО обернется для Македонии последствиями."
    assert events(extract(coming, published=date(2019, 2, 7))) == {
        "event:north-macedonia-joins-nato-2020"
    }


def test_a_name_with_its_year_joined_by_a_hyphen():
    text = "Генсек НАТО анонсировал учения Trident Juncture-2018 в Норвегии."
    assert events(extract(text)) == {"event:trident-juncture-2018"}
    assert events(extract("Начались учения «Запад-2017».")) == {"event:zapad-2017"}
