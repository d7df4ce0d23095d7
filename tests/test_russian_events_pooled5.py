"""Knowledge-base events told in other words, pooled over the Russian sets, round five (issues 15
and 18; data/events/kb_ru.csv), as the English rows tell them: MH17 told by the airliner's
country and its fall ("к гибели малайзийского лайнера", "о крушении малайзийского": heldout23),
not the Malaysian airliner lost over the Indian Ocean; the 2016 US election told as Russia's
influence on its voters, its campaign or its electoral process (heldout23), not the 2020
election; the US expulsions of December 2016 told by the expelled without their number, in their
days (heldout23), and in March 2018 the Skripal expulsions; the S-400 deal told as "сделка" or
"договор на поставку" with the weapon or its buyer a sentence before (heldout23), not India's;
Russia's G8 suspension told by its effect, the club's work "прервана" (heldout21), not a summit
interrupted by protests; the Su-24 recalled as "the incident with the Russian Su-24" or, with Turkey or Erdogan in the
sentence, "the incident with the Russian plane" (heldout22), not another incident over the Baltic
nor the Su-24s over the Donald Cook (heldout11); the missile defence site in Romania recalled by
its placement, "после размещения элементов ПРО США", where the threat a state "несет" is no
modal (heldout21), not the site in Poland; the 2018 strikes told as the military action of the
three states (heldout18), not their charge of a chemical attack nor one state's operation; a
leaders' meeting told by its presidents' countries in its days, "переговоров президентов России и
США" (heldout13), not a phone call, another pair or a G20 of another year. Sentences written for these tests in
the style of Russian agencies, asserting exact ids."""

from datetime import date

from tests.russian_ids import events

MH17 = "event:mh17-downing-2014"
ELECTION = "event:us-presidential-election-2016"
EXPULSIONS = "event:us-expels-russian-diplomats-2016"


def test_mh17_by_the_airliners_country_and_its_fall():
    text = "В Донецке заявили, что к гибели малайзийского лайнера причастны украинские военные."
    assert events(text, date(2014, 7, 18)) == {MH17}
    assert events("Сегодня стало известно о крушении малайзийского самолёта.") == {MH17}


def test_the_airliner_lost_over_the_indian_ocean_is_not_mh17():
    text = "Поиски пропавшего малайзийского самолёта в Индийском океане продолжаются."
    assert events(text, date(2014, 3, 20)) == set()


def test_the_election_by_its_campaign_or_electoral_process():
    text = "Разведка описала, как Москва влияла на ход предвыборной кампании в США."
    assert events(text, date(2017, 1, 9)) == {ELECTION}
    text = "Россия отвергает обвинения во вмешательстве в избирательный процесс США."
    assert events(text, date(2017, 1, 9)) == {ELECTION}


def test_the_next_election_is_not_2016():
    text = "Спецслужбы предупредили о попытках России повлиять на избирательный процесс США в 2020 году."
    assert events(text, date(2020, 10, 20)) == set()


def test_the_expulsions_by_the_expelled_in_their_days():
    text = "Администрация Обамы распорядилась о высылке агентов российской разведки из США."
    assert events(text, date(2016, 12, 30)) == {EXPULSIONS}


def test_the_same_words_in_march_2018_are_the_skripal_expulsions():
    text = "Администрация Трампа распорядилась о высылке российских дипломатов из США."
    assert events(text, date(2018, 3, 27)) == {"event:skripal-expulsions-2018"}


S400_DEAL = "event:s400-agreement-turkey-2017"
S400_DELIVERY = "event:s400-delivery-turkey-2019"


def test_the_deal_a_sentence_after_the_weapon_and_its_buyer():
    text = (
        "Министерство обороны сообщило, что первая партия комплексов С-400 поступила в "
        "столицу страны, Анкару. Сделка была заключена в 2017 году."
    )
    assert events(text) == {S400_DELIVERY, S400_DEAL}
    text = (
        "Первые самолёты с деталями комплексов прибыли в Турцию 12 июля. Договор на поставку "
        "четырёх дивизионов С-400 заключили в 2017 году."
    )
    assert events(text) == {S400_DEAL}


def test_another_buyers_deal_is_not_turkeys():
    text = "Индия получила первые комплексы С-400. Сделка была заключена в 2018 году."
    assert events(text, date(2019, 7, 16)) == set()


SU24 = "event:su24-downing-2015"


def test_the_su24_recalled_as_an_incident():
    text = "Эта встреча станет первой после инцидента с российским «Су-24», вызвавшего кризис."
    assert events(text) == {SU24}
    text = (
        "Ранее Эрдоган направил письмо с извинениями в связи с инцидентом с российским самолётом."
    )
    assert events(text) == {SU24}


def test_another_incident_with_a_russian_plane_is_not_the_su24():
    text = "НАТО сообщило об инциденте с российским самолётом над Балтийским морем."
    assert events(text, date(2016, 4, 13)) == set()
    # the Su-24s over the Donald Cook in 2016, and a treaty "on dangerous incidents"
    text = (
        "Источники в Пентагоне заявили, что действия Су-24 были небезопасными и нарушали "
        "договор о предотвращении опасных инцидентов в море."
    )
    assert events(text, date(2016, 4, 14)) == set()


G8 = "event:russia-g8-suspension-2014"


def test_the_g8_suspension_by_its_effect():
    text = (
        "Песков заявил, что возвращение России в формат G8, работа в котором была прервана на "
        "фоне ситуации на Украине, в Кремле не обсуждают."
    )
    assert events(text) == {G8}


def test_a_g8_summit_interrupted_is_no_suspension():
    text = "Работа саммита G8 в Северной Ирландии была прервана на час из-за протестов."
    assert events(text, date(2013, 6, 18)) == set()


AEGIS = "event:aegis-ashore-deveselu-2016"


def test_the_romanian_site_recalled_by_its_placement():
    text = (
        "Румыния несет угрозу безопасности России после размещения на ее территории элементов "
        "противоракетной обороны США."
    )
    assert events(text, date(2017, 2, 9)) == {AEGIS}


def test_a_threat_of_the_act_still_is_one():
    text = "Москва может разместить ракеты в ответ на размещение элементов ПРО в Румынии."
    assert AEGIS not in events(text, date(2015, 6, 2))


def test_the_polish_site_is_not_the_romanian_one():
    text = "Россия выступает против размещения элементов ПРО США в Польше, заявил Грушко."
    assert events(text, date(2018, 6, 2)) == set()


STRIKES = "event:syria-strikes-2018"


def test_the_strikes_as_the_three_states_military_action():
    text = (
        "Гутерреш выразил сожаление по поводу военных действий против Сирии, которые провели "
        "США, Франция и Великобритания."
    )
    assert events(text) == {STRIKES}


def test_the_chemical_attack_and_one_states_operation_are_not_the_strikes():
    text = "США, Франция и Великобритания обвинили Дамаск в химической атаке в сирийской Думе."
    assert events(text, date(2018, 4, 10)) == set()
    assert events("США начали военную операцию против ИГ в Сирии.", date(2014, 9, 25)) == set()


HELSINKI = "event:trump-putin-helsinki-2018"
HAMBURG = "event:trump-putin-hamburg-2017"


def test_the_presidents_meeting_by_their_countries_in_its_days():
    text = "Пресс-конференция по итогам переговоров президентов России и США."
    assert events(text, date(2018, 7, 16)) == {HELSINKI}
    assert events(text, date(2017, 7, 7)) == {HAMBURG}


def test_a_call_another_pair_or_another_day_is_no_meeting():
    text = "Пресс-конференция по итогам переговоров президентов России и США."
    assert events(text, date(2019, 6, 28)) == set()
    assert (
        events("Президенты России и США провели телефонный разговор.", date(2018, 7, 16)) == set()
    )
    text = "Президенты России и Франции провели переговоры в Версале."
    assert events(text, date(2017, 5, 29)) == set()
