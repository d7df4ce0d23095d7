"""The kinds heldout15 showed (issue 18, round seventeen): the G8 suspension told from the side
that suspends, a verb of suspension parted from its object by the partner, a summit in the
field's other words, the groups and NATO by their Russian words, states of the past, a surname
only one language has, a state's president by pattern (a deputy's or a palace's no holder), the
agency's correspondent inside the dateline and a page's stamps. Sentences written for these tests in the
style of Russian and Ukrainian agencies, asserting exact ids."""

from datetime import date

from lib.engine.russian.clean import clean_page, read_dateline
from tests.russian_ids import events, ids

# Events


def test_the_seven_suspending_their_own_part_is_the_g8_suspension():
    text = "Страны «семерки» заявили, что приостанавливают свое участие в «Большой восьмерке»."
    assert events(text, published=date(2014, 3, 25)) == {"event:russia-g8-suspension-2014"}
    text = "Лидеры G7 объявили о приостановке собственного членства в Группе восьми."
    assert events(text, published=date(2014, 3, 25)) == {"event:russia-g8-suspension-2014"}
    # the same words of another year name no event of the knowledge base
    assert events(text, published=date(2010, 3, 25)) == set()


def test_a_suspension_parted_from_cooperation_by_the_partner_is_natos_2014_one():
    text = (
        "Североатлантический альянс приостановил с Россией все практическое гражданское и "
        "военное сотрудничество, сообщили в штаб-квартире блока."
    )
    assert events(text, published=date(2014, 4, 2)) == {"event:nato-suspends-cooperation-2014"}
    text = "НАТО сворачивает все сотрудничество с Россией."
    assert events(text, published=date(2014, 4, 1)) == {"event:nato-suspends-cooperation-2014"}


def test_a_summit_in_the_fields_other_words_is_the_summit():
    text = (
        "Следующая встреча на высшем уровне лидеров стран альянса пройдет 3-4 декабря 2019 "
        "года в Лондоне, объявил генсек НАТО."
    )
    assert events(text, published=date(2019, 5, 22)) == {
        "event:nato-leaders-meeting-london-2019"
    }
    text = "Главы государств подписали декларацию встречи в верхах в Лондоне."
    assert events(text, published=date(2019, 12, 4)) == {
        "event:nato-leaders-meeting-london-2019"
    }


# Organisations and places


def test_the_groups_and_the_union_by_their_russian_words():
    text = (
        "Министры Группы семи отказались ехать на встречу «восьмерки». Страны «семерки» "
        "встретятся в Брюсселе. Армения вступила в Евразийский экономический союз."
    )
    assert ids(text, "org:") == {"org:g7", "org:g8", "org:eaeu"}


def test_natos_adjective_is_nato_and_a_state_of_the_past_is_no_place():
    text = "Путин сравнил удары по Сирии с натовскими бомбардировками Югославии в 1999 году."
    assert ids(text) == {"person:vladimir-putin", "org:nato", "country:SYR"}
    assert ids("Войска ГДР и Чехословакии покинули город.") == set()


# People


def test_a_surname_only_lithuanian_has_is_not_written_back_as_german():
    text = (
        "Немецкие военные начали прибывать в Литву. Пресс-секретарь министерства обороны "
        "Лаймонас Бразайтис сообщил об этом журналистам."
    )
    assert ids(text, "person:") == {"person:laimonas-brazaitis"}


# The dateline


def test_a_correspondent_inside_the_datelines_slashes_is_furniture():
    line, rest = read_dateline("ВАРШАВА, 8 июля. /Корр. ТАСС Ирина Смирнова/. Саммит открылся.")
    assert (line.place, line.date_text, line.outlet) == ("ВАРШАВА", "8 июля", "TASS")
    assert rest == "Саммит открылся."
    line, rest = read_dateline("БРЮССЕЛЬ, 2 апреля. /Спец. корр. ТАСС Олег Павлов/. Текст.")
    assert (line.outlet, rest) == ("TASS", "Текст.")


def test_a_states_president_by_its_name_or_adjective_names_the_holder_on_the_day():
    text = "На полях саммита присутствовал президент Китая. Китайский президент выступил с речью."
    assert ids(text, "person:", published=date(2017, 7, 7)) == {"person:xi-jinping"}
    # before he held the post, his predecessor; before any the gazetteer lists, no one
    assert ids(text, "person:", published=date(2010, 7, 7)) == {"person:hu-jintao"}
    assert ids(text, "person:", published=date(1995, 7, 7)) == set()


def test_the_commissions_president_by_the_russian_post_names_the_holder_on_the_day():
    text = "Председатель Еврокомиссии заявил о новых санкциях против России."
    assert ids(text, "person:", published=date(2017, 3, 20)) == {"person:jean-claude-juncker"}
    # the deputy is not the president, and the president's palace is a building
    text = "Об этом сообщила вице-президент Европейской комиссии."
    assert ids(text, "person:", published=date(2017, 3, 20)) == set()
    text = "Лидеры встретились в зале дворца президента Финляндии."
    assert ids(text, "person:", published=date(2018, 7, 16)) == set()


def test_a_stamp_with_its_comma_doubled_by_the_template_is_chrome():
    page = (
        "Posted 9 июля 2016,, 10:15\n\nModified 11 июля 2016,, 08:02\n\n"
        "Саммит НАТО в Варшаве завершился\n\nЛидеры стран альянса одобрили размещение батальонов."
    )
    text = clean_page(page).text
    assert "Posted" not in text and "Modified" not in text
    assert text.startswith("Саммит НАТО в Варшаве завершился")
