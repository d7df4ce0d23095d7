"""Knowledge-base events told in other words, the kind heldout12 showed (issue 18, round
thirteen): a war by its war noun or by its sides, a poisoning by its diagnosis with its victim
named near, a treaty withdrawal told as done, a treaty's suspension by the six months it gave,
sanctions told through a pronoun; and no event from a loan agreement or from a threat. Sentences
written for these tests in the style of Russian, Ukrainian and Belarusian agencies, asserting
exact ids."""

from datetime import date

from lib.engine.russian.events import load_events
from lib.engine.russian.pipeline import extract
from lib.engine.russian.victims import poisoned_near
from tests.russian_ids import events

DONBASS = "event:donbass-war-2014"
NAVALNY = "event:navalny-poisoning-2020"
SKRIPAL = "event:skripal-poisoning-2018"
OPEN_SKIES_DONE = "event:open-skies-withdrawal-effective-2020"
OPEN_SKIES_SAID = "event:open-skies-withdrawal-announced-2020"


# The war in Donbass by its war noun, as Russian, Ukrainian and Belarusian outlets write it


def test_the_war_by_its_war_noun_in_either_preposition():
    text = "Лидеры обсудили торговлю, санкции и войну на Украине."  # Russian outlets: "на"
    assert events(text, date(2018, 7, 16)) == {DONBASS}
    text = "Президенты обсудили транзит газа и войну в Украине."  # Ukrainian outlets: "в"
    assert events(text, date(2018, 7, 16)) == {DONBASS}
    text = "Эксперты оценили потери экономики от российско-украинской войны."
    assert events(text, date(2017, 5, 4)) == {DONBASS}
    text = "Альянс зафиксировал свою позицию относительно российско-украинского конфликта."
    assert events(text, date(2016, 7, 19)) == {DONBASS}


def test_the_war_by_its_sides_in_the_east():
    text = (
        "Генсек альянса призвал Москву прекратить военную поддержку ополченцев, действующих на "
        "востоке Украины."
    )
    assert events(text, date(2016, 7, 9)) == {DONBASS}
    text = "Россия должна прекратить поддержку боевиков, подрывающую суверенитет Украины."
    assert events(text, date(2016, 7, 9)) == {DONBASS}
    text = "Пророссийские сепаратисты на востоке Украины вновь обстреляли позиции ВСУ."
    assert events(text, date(2017, 2, 1)) == {DONBASS}


def test_the_war_as_the_belarusian_and_ukrainian_sites_write_it():
    text = "Минск остается площадкой для урегулирования конфликта на юго-востоке Украины."
    assert events(text, date(2017, 5, 1)) == {DONBASS}
    text = "Российская агрессия на Донбассе унесла жизни тысяч людей."
    assert events(text, date(2018, 5, 1)) == {DONBASS}
    # a confrontation is not told as the war (the Kremlin's "противостояние в Донбассе")
    text = "В Кремле подчеркнули, что противостояние в Донбассе носит внутриукраинский характер."
    assert events(text, date(2017, 6, 19)) == set()


def test_the_war_in_the_russian_framing_of_it():
    text = (
        "По словам дипломата, НАТО поощряет продолжение войны против собственного народа, "
        "которую ведет украинский режим."
    )
    assert events(text, date(2014, 8, 1)) == {DONBASS}
    text = "Силовики продолжают антитеррористическую операцию на востоке Украины."
    assert events(text, date(2014, 8, 1)) == {DONBASS}
    text = "Наемники воюют в вооруженных формированиях, действующих в Донбассе."
    assert events(text, date(2014, 8, 1)) == {DONBASS}


def test_fighters_elsewhere_and_other_wars_are_not_the_donbass_war():
    assert events("Анкара оказывает поддержку боевикам на севере Сирии.", date(2016, 8, 1)) == set()
    text = "Дипломаты вспомнили, как закончилась холодная война."
    assert events(text, date(2016, 8, 1)) == set()


# A poisoning told by its diagnosis or symptoms, its victim named in a sentence near


def test_a_poisoning_by_its_poison_with_the_victim_in_the_same_sentence():
    text = "Немецкие врачи обнаружили в организме Навального следы токсического вещества."
    assert events(text, date(2020, 8, 24)) == {NAVALNY}


def test_a_poisoning_by_its_symptoms_with_the_victim_named_after_or_before():
    after = (
        "Врачи сообщили, что пациент по-прежнему подключен к аппарату ИВЛ. Симптомы "
        "отравления ингибиторами холинэстеразы постепенно исчезают. Состояние Навального "
        "остается тяжелым."
    )
    assert events(after) == {NAVALNY}
    before = (
        "Алексея Навального перевезли в берлинскую клинику. Медики провели обследование. "
        "Диагноз: отравлен."
    )
    assert events(before) == {NAVALNY}


def test_a_poisoning_by_its_agent_and_a_pronoun_for_the_victim():
    text = (
        "Юлия Скрипаль пришла в сознание, сообщили в больнице. Она была отравлена Новичком, "
        "считают британские эксперты."
    )
    assert events(text) == {SKRIPAL}


def test_the_nearest_victim_tells_which_poisoning():
    text = (
        "Лаборатория помогала в расследовании дела Скрипалей. Клиника отправила туда запрос. "
        "Состояние Навального стабильно. Следы яда ищут несколько лабораторий."
    )
    assert events(text) == {SKRIPAL, NAVALNY}
    sentences = extract(text).sentences
    found = poisoned_near(sentences, 3, load_events(), set())
    assert [event.event_id for _, _, event, _ in found] == ["navalny-poisoning-2020"]


def test_another_person_poisoned_or_no_victim_near_is_no_kb_poisoning():
    text = (
        "Алексея Навального доставили в Берлин. Лондон напомнил об отравлении Литвиненко полонием."
    )
    assert events(text) == set()
    text = "Отравление грибами стало главной причиной обращений в больницы региона."
    assert events(text) == set()


# A withdrawal told as done is the withdrawal taking effect, not its announcement


def test_a_us_withdrawal_told_as_done_is_the_one_taking_effect():
    text = (
        "Россия начала внутригосударственные процедуры по выходу из Договора по открытому "
        "небу. Как заявили в МИД РФ, Москва пошла на этот шаг в связи с выходом США из "
        "соглашения."
    )
    assert events(text) == {OPEN_SKIES_DONE}
    text = (
        "С сегодняшнего дня Россия больше не участвует в Договоре по открытому небу (ДОН). "
        "Поводом стал выход в прошлом году из соглашения Соединенных Штатов."
    )
    assert events(text) == {OPEN_SKIES_DONE}


def test_a_party_that_is_no_longer_one_has_withdrawn():
    text = "С 22 ноября США больше не являются участником Договора по открытому небу."
    assert events(text) == {OPEN_SKIES_DONE}
    text = "Со 2 августа США прекращают участие в Договоре о РСМД, заявил госсекретарь."
    assert events(text, date(2019, 8, 2)) == {"event:inf-treaty-end-2019"}
    # Russia leaving Open Skies in 2021 is no event of the knowledge base
    text = "Россия с 18 декабря больше не является участницей Договора по открытому небу."
    assert events(text, date(2021, 12, 18)) == set()


def test_the_announcement_and_plans_are_not_the_withdrawal_taking_effect():
    text = "Президент Дональд Трамп объявил о выходе США из Договора по открытому небу."
    assert events(text, date(2020, 5, 21)) == {OPEN_SKIES_SAID}
    text = "Американские газеты писали, что США планируют выйти из Договора по открытому небу."
    assert events(text) == set()
    # concern over the withdrawal on an undated page: announced or done, nothing tells which
    assert events("Альянс обеспокоен выходом США из Договора по открытому небу.") == set()
    # Russia's own withdrawal of 2021 is no event of the knowledge base
    text = "Россия вышла из Договора по открытому небу вслед за Вашингтоном."
    assert events(text, date(2021, 12, 18)) == set()


# A treaty's suspension by the six months it gave


def test_the_inf_suspension_told_by_the_six_months_given():
    text = (
        "2 августа США официально вышли из Договора о ракетах средней и меньшей дальности. "
        "По словам госсекретаря, 2 февраля Вашингтон дал Москве полгода на возврат к "
        "соблюдению соглашения."
    )
    assert events(text) == {"event:inf-suspension-2019", "event:inf-treaty-end-2019"}
    text = "Вашингтон предоставил России шесть месяцев, чтобы вернуться к соблюдению ДРСМД."
    assert events(text, date(2019, 2, 2)) == {"event:inf-suspension-2019"}


# Sanctions told through a pronoun


def test_the_first_sanctions_told_through_a_pronoun():
    text = "ЕС продлил санкции против Крыма и Севастополя на год. Впервые их ввели в 2014 году."
    assert events(text) == {"event:sanctions-russia-first-wave-2014"}
    text = "Совет ЕС продлил ограничения против России. Впервые они были введены в 2014 году."
    assert events(text) == {"event:sanctions-russia-first-wave-2014"}
    text = "Антироссийские санкции продлены до января. Впервые Евросоюз ввел их в 2014 году."
    assert events(text) == {"event:sanctions-russia-first-wave-2014"}
    # the pronoun stands for the noun of the sentence before, and this one names no sanctions
    text = "Учения прошли в Крыму. Впервые их провели в 2014 году."
    assert events(text) == set()


# No event from a loan agreement or from a threat


def test_a_loan_agreement_is_no_purchase_agreement():
    text = "В конце 2017 года Турция и Россия подписали кредитное соглашение по ЗРК С-400."
    assert events(text) == set()
    text = "Турция и Россия подписали соглашение о покупке С-400."
    assert events(text, date(2017, 9, 12)) == {"event:s400-agreement-turkey-2017"}


def test_a_threat_or_a_modal_is_not_the_act():
    text = (
        "США предупреждали Турцию, что в случае покупки этих систем американская сторона может "
        "отказать республике в поставках истребителей F-35."
    )
    assert events(text) == set()
    assert events("Вашингтон грозит исключить Анкару из программы F-35.") == set()
    # the modal of another verb: the withdrawal it answers was done
    text = "Москва может ответить на выход США из Договора о РСМД размещением новых ракет."
    assert events(text, date(2019, 8, 5)) == {"event:inf-treaty-end-2019"}
    text = "Пентагон исключил Турцию из программы производства истребителей F-35."
    assert events(text, date(2019, 7, 17)) == {"event:turkey-f35-removal-2019"}
    # a modal in the past doubts what happened: the event is still told
    text = "В Берлине не исключают, что Алексей Навальный мог быть отравлен."
    assert events(text, date(2020, 8, 21)) == {NAVALNY}
