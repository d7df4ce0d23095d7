"""Knowledge-base events in Russian, round events-ru9 (lib.engine.russian.event_moods,
meeting_places, events; data/events/kb_ru.csv): an outcome only weighed is no event (a
condition told by "в противном случае", the consequences a pronoun lists after a conditional
sentence, an act planned or opposed, an accession that only has a chance), a purchase given as
the reason of a later measure is not the 2017 S-400 agreement, an accession scheduled,
requested or prepared is not the accession, a ballot's question is not the act; a summit
recalled by its city and day, talks framed by "До переговоров в …", an election told by its winner's party; an
undated page's inferred range stands for its day; sentences glued after an abbreviation in
capitals or before an opening quote are split. Sentences written for these tests in the style
of Russian agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.events import load_events
from lib.engine.russian.gazetteer import load_gazetteer
from lib.engine.russian.pipeline import complete, read
from lib.engine.russian.text import sentence_spans
from tests.russian_ids import events

INF_END = "event:inf-treaty-end-2019"
F35 = "event:turkey-f35-removal-2019"
S400_DEAL = "event:s400-agreement-turkey-2017"
G8 = "event:russia-g8-suspension-2014"


def test_an_outcome_promised_otherwise_is_no_event():
    text = (
        "Госсекретарь дал Москве 60 дней, чтобы вернуться к соблюдению Договора о РСМД. "
        "В противном случае США пообещали выйти из Договора о РСМД."
    )
    assert events(text) == set()
    assert events("США вышли из Договора о РСМД.") == {INF_END}


def test_outcomes_listed_after_a_condition_share_it():
    text = (
        "Если Анкара завершит поставки С-400, Турция столкнется с серьезными последствиями. "
        "К ним относятся исключение Турции из программы F-35 и санкции."
    )
    assert events(text) == set()
    text = (
        "Турция столкнулась с серьезными последствиями. "
        "К ним относятся исключение Турции из программы F-35 и санкции."
    )
    assert events(text) == {F35}


def test_a_purchase_planned_is_no_agreement():
    text = "Анкара не откажется от планов по закупке российских С-400, заявил министр."
    assert events(text) == set()
    text = "Анкара не откажется от покупки российских С-400, заявил министр."
    assert events(text) == {S400_DEAL}


def test_a_purchase_given_as_the_reason_is_no_agreement():
    assert events("США ввели санкции против Турции из-за покупки российских С-400.") == set()
    text = "Власти США наказали Турцию за покупку российских комплексов С-400."
    assert events(text, date(2020, 12, 15)) == set()
    text = "Причиной санкций стало приобретение Турцией российских С-400."
    assert events(text, date(2020, 12, 15)) == set()
    assert events("Турция купила у России зенитные комплексы С-400.") == {S400_DEAL}


def test_an_act_opposed_is_not_done():
    assert events("Германия выступает против исключения России из G8.") == set()
    assert events("Россию исключили из G8.", date(2014, 3, 25)) == {G8}


def test_an_accession_with_a_chance_is_not_done():
    assert events("Черногория имеет реальный шанс на вступление в НАТО.") == set()
    assert events("Уже в этом году Македония сможет стать 30-м членом НАТО.") == set()


def test_an_accession_scheduled_requested_or_prepared_is_not_done():
    assert events("Названа дата присоединения Македонии к НАТО.") == set()
    text = "Северная Македония официально присоединилась к НАТО."
    assert events(text, date(2020, 3, 28)) == {"event:north-macedonia-joins-nato-2020"}
    annexation = {"event:crimea-annexation-2014"}
    text = "Верховный совет Крыма официально подал заявку на присоединение к России."
    assert events(text, date(2014, 3, 17)) == set()
    text = "Российский парламент разработал процедуры по присоединению Крымского полуострова."
    assert events(text, date(2014, 3, 17)) == set()
    assert events("Крым вошел в состав России.", date(2014, 3, 19)) == annexation


def test_a_ballots_question_is_not_the_act():
    text = "В воскресенье в Крыму прошел референдум о вхождении в состав России."
    assert events(text, date(2014, 3, 17)) == {"event:crimea-referendum-2014"}


def test_a_summit_by_its_city_and_day():
    text = "На саммите 9 декабря 2019 года в Париже стороны договорились об обмене пленными."
    assert events(text) == {"event:normandy-summit-paris-2019"}
    # the city alone tells nothing: Helsinki held other talks, Paris other meetings
    text = "На встрече в Хельсинки 5 октября 2020 года делегации обсудили контроль вооружений."
    assert events(text) == set()
    text = "На встрече в Париже 9 декабря 2018 года стороны договорились об обмене пленными."
    assert events(text) == set()


def test_leaders_met_at_a_summit_by_its_city_and_month():
    text = (
        "Главы государств уже встречались в рамках саммита Группы 20 в Гамбурге в июле 2017 года."
    )
    assert events(text, date(2018, 7, 17)) == {"event:trump-putin-hamburg-2017"}
    text = "Саммит Группы 20 в Гамбурге в июле 2017 года завершился принятием коммюнике."
    assert events(text, date(2018, 7, 17)) == set()
    text = "Меркель и Макрон встречались в рамках саммита Группы 20 в Гамбурге в июле 2017 года."
    assert events(text, date(2018, 7, 17)) == set()


def test_talks_framed_by_before_take_no_date_of_the_sentence():
    text = (
        "До переговоров в Гамбурге Трамп и Путин лишь говорили по телефону: первый раз – "
        "14 ноября 2016 года."
    )
    assert events(text) == {"event:trump-putin-hamburg-2017"}


def test_an_election_by_its_winners_party():
    text = "Первый разговор состоялся 14 ноября 2016 года, вскоре после победы республиканца на выборах."
    assert events(text) == {"event:us-presidential-election-2016"}
    text = "Это произошло 8 ноября 2018 года, после победы республиканцев на промежуточных выборах."
    assert events(text) == set()


def _with_bounds(text, bounds):
    gaz = load_gazetteer()
    found = complete(read(text, None, gaz), None, gaz, load_events(), bounds=bounds)
    return {e.entity_id for e in found.events}


def test_an_undated_pages_range_stands_for_its_day():
    text = "Турция сбила российский бомбардировщик Су-24."
    assert _with_bounds(text, (None, None)) == {"event:su24-downing-2015"}
    # a page its text dates to 2014 cannot tell as done what happened in 2015
    assert _with_bounds(text, (date(2014, 1, 1), date(2014, 12, 31))) == set()
    text = "ЦИК Украины объявил итоги выборов президента Украины."
    assert _with_bounds(text, (None, None)) == set()
    election = {"event:ukrainian-presidential-election-2019"}
    assert _with_bounds(text, (date(2019, 4, 22), date(2019, 4, 30))) == election
    assert _with_bounds(text, (date(2019, 4, 22), None)) == set()


def _sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_glued_after_capitals_or_before_a_quote():
    text = "Об этом заявили в администрации президента США.Причина - покупка С-400."
    assert _sentences(text) == [
        "Об этом заявили в администрации президента США.",
        "Причина - покупка С-400.",
    ]
    text = 'Так отметили в Белом доме."Покупка противоречит обязательствам.'
    assert _sentences(text) == [
        "Так отметили в Белом доме.",
        '"Покупка противоречит обязательствам.',
    ]
    assert _sentences("Его встретил В.Путин в г.Москва.") == ["Его встретил В.Путин в г.Москва."]
