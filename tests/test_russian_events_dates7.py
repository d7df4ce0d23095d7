"""Knowledge-base events in Russian, round seven (issues 15 and 18): a pattern's year read from
the page's date (lib/engine/russian/year_from_page.py), "выборы президента Украины" on a page
of the election's weeks, not on a page of five years later nor on an undated one, and a year of
another election in the sentence still rejects it; a law told by its signing ("Трамп подписал
закон о новых санкциях против России" is CAATSA), not Obama's law of 2014 nor the defence budget
of 2019; the Minsk agreements told by their signing in Minsk, the dates deciding between the
protocol of 2014 and the package of 2015, and named as the frame of later work ("в рамках,
установленных минскими договоренностями", "выполнения минских соглашений"), not dated by that
work's date; a vote's option is not the act
(lib/engine/russian/vote_options.py): "за присоединение Крыма проголосовало 93%" is the
referendum's count, while a parliament's vote for it is a step of the act. Sentences written for
these tests in the style of Russian agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.year_from_page import is_year_term, without_year
from tests.russian_ids import events

ELECTION = "event:ukrainian-presidential-election-2019"
SECTORAL = "event:sanctions-russia-sectoral-2014"
CAATSA = "event:caatsa-2017"
MINSK_I = "event:minsk-protocol-2014"
MINSK_II = "event:minsk-ii-2015"
REFERENDUM = "event:crimea-referendum-2014"
ANNEXATION = "event:crimea-annexation-2014"


def test_a_year_term_and_the_pattern_without_it():
    assert is_year_term((("2019",),)) and is_year_term((("2019",), ("2020",)))
    assert not is_year_term((("2018",), ("март",)))
    assert without_year(((("выборы",),), (("украина",),), (("2019",),))) == (
        (("выборы",),),
        (("украина",),),
    )
    assert without_year(((("выборы",),), (("украина",),))) is None
    assert without_year(((("санкция",),), (("2014",),))) is None  # one term left: links nothing


ANNOUNCED = "ЦИК Украины объявил Владимира Зеленского победителем выборов президента Украины."


def test_the_election_by_the_pages_date():
    assert events(ANNOUNCED, date(2019, 4, 30)) == {ELECTION}


def test_the_election_words_years_later_or_undated_are_not_the_2019_election():
    assert events(ANNOUNCED, date(2024, 4, 30)) == set()
    assert events(ANNOUNCED) == set()


def test_the_election_as_the_agencies_name_it():
    text = "Владимира Зеленского официально объявили победителем президентских выборов на Украине."
    assert events(text, date(2019, 4, 30)) == {ELECTION}
    # undated: the day of its second round dates it
    text = "Напомним, второй тур выборов главы государства на Украине прошел 21 апреля."
    assert events(text) == {ELECTION}
    text = "Зеленский заявил о планах снова участвовать в президентских выборах на Украине."
    assert events(text, date(2023, 4, 30)) == set()


def test_another_years_election_in_the_sentence_is_not_the_2019_one():
    text = "Петр Порошенко победил на выборах президента Украины в мае 2014 года."
    assert events(text, date(2019, 4, 30)) == set()


def test_the_sectoral_sanctions_by_the_pages_date():
    text = "ЕС вводит секторальные санкции против российских банков."
    assert events(text, date(2014, 7, 31)) == {SECTORAL}
    assert events(text, date(2016, 7, 31)) == set()


def test_caatsa_by_the_signing_of_the_sanctions_law():
    text = "Президент США Дональд Трамп подписал закон о новых санкциях в отношении Кремля."
    assert events(text, date(2017, 8, 2)) == {CAATSA}
    assert events("Трамп подпишет закон о новых санкциях против России.", date(2017, 7, 29)) == {
        CAATSA
    }


def test_other_sanctions_laws_are_not_caatsa():
    text = "Президент США Барак Обама подписал закон о новых санкциях против России."
    assert events(text, date(2014, 12, 19)) == set()
    text = (
        "Трамп подписал закон об оборонном бюджете, который предусматривает санкции против "
        "России и Северного потока-2."
    )
    assert CAATSA not in events(text, date(2019, 12, 21))


SIGNED_IN_MINSK = "Стороны подписали в Минске соглашение о прекращении огня на востоке Украины."


def test_the_minsk_agreements_by_their_signing():
    text = (
        "Лидеры самопровозглашенных Луганской и Донецкой народных республик подписали соглашение "
        "по урегулированию ситуации на востоке Украины, заявил журналистам президент Франции по "
        "итогам переговоров в Минске."
    )
    assert events(text, date(2015, 2, 12)) == {MINSK_II}
    assert events(SIGNED_IN_MINSK, date(2014, 9, 6)) == {MINSK_I}


def test_an_agreement_signed_in_minsk_years_later_is_neither():
    assert events(SIGNED_IN_MINSK, date(2016, 9, 22)) == set()


def test_a_votes_option_is_not_the_act():
    text = (
        "По данным экзитпола, за присоединение Крыма и Севастополя к России проголосовало 93% "
        "принявших участие в референдуме."
    )
    assert events(text) == {REFERENDUM}


def test_a_parliaments_vote_for_the_act_is_the_act():
    text = "Государственная дума проголосовала за присоединение Крыма к России."
    assert events(text, date(2014, 3, 20)) == {ANNEXATION}


def test_an_agreement_named_as_the_frame_of_later_work_is_not_dated_by_it():
    text = (
        "Разговоры позволили подвести итоги по мерам, одобренным в декабре 2019 года в рамках, "
        "установленных минскими договоренностями."
    )
    assert events(text, date(2021, 10, 11)) == {MINSK_II}
    text = (
        "Генсек альянса еще 6 июля назвал главной темой необходимость полноценного выполнения "
        "минских соглашений."
    )
    assert events(text, date(2016, 7, 13)) == {MINSK_II}


def test_the_agreements_told_signed_in_another_year_are_not_minsk_ii():
    text = "Минские соглашения были подписаны в феврале 2016 года."
    assert events(text, date(2016, 7, 13)) == set()
