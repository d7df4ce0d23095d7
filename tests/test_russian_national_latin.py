"""Latvian and Turkish people named in Russian, written back in their own Latin, and a post
with its state left out read as the state just named (issue 18).
Sentences written for these tests in the style of Russian agencies."""

from datetime import date

from lib.engine.russian.national_latin import latvian_name, turkish_name
from lib.engine.russian.pipeline import extract


def people(text):
    found = extract(text, published=date(2019, 5, 14)).mentions
    return {m.entity_id for m in found if m.type == "person"}


def test_a_latvian_mans_name_gets_back_the_nominative_s_russian_drops():
    assert latvian_name("Раймонд Бергманис") == "Raimonds Bergmanis"
    assert latvian_name("Эдгар Ринкевич") == "Edgars Rinkevičs"
    assert latvian_name("Кришьянис Кариньш") == "Krišjanis Kariņš"
    assert latvian_name("Лаймдота Страуюма") == "Laimdota Straujuma"
    assert latvian_name("Екабс Страуме") == "Jekabs Straume"


def test_a_turkish_name_is_written_back_letter_by_letter():
    assert turkish_name("Джавит Чаглар") == "Cavit Çaglar"
    assert turkish_name("Мевлют Чавушоглу") == "Mevlüt Çavuşoglu"
    assert turkish_name("Али Бабаджан") == "Ali Babacan"


def test_a_latvian_minister_is_written_back_with_his_surname_in_s():
    text = (
        "На встрече с министром обороны Латвии Янисом Гарисонсом глава Пентагона обсудил "
        "размещение батальона НАТО в Адажи."
    )
    assert "person:janis-garisons" in people(text)


def test_a_russian_named_beside_latvia_stays_russian():
    text = "Посол России в Латвии Михаил Ванин вручил ноту латвийскому МИД."
    assert people(text) == {"person:mikhail-vanin"}


def test_a_turkish_businessman_is_written_back_beside_turkey():
    text = (
        "Посредником выступил турецкий предприниматель Бурак Озджан, сообщает агентство. "
        "Позже Озджан передал письмо в Кремль."
    )
    assert "person:burak-ozcan" in people(text)


def test_a_russian_diplomat_in_turkey_keeps_the_russian_spelling():
    text = "Посол России в Турции Алексей Ерхов встретился с главой МИД Турции."
    assert people(text) == {"person:alexei-yerkhov"}


def test_a_post_with_its_state_left_out_is_the_state_just_named():
    text = (
        "Церемония прошла на военной базе на юге Румынии. "
        "На ней выступил премьер-министр Дачиан Чолош."
    )
    assert people(text) == {"person:dacian-ciolos"}


def test_a_post_that_names_its_own_body_keeps_that_bodys_state():
    text = (
        "Учения прошли на полигоне в Румынии. "
        "Представитель Пентагона Эрик Пахон заявил, что они продлятся неделю."
    )
    assert people(text) == {"person:erik-pahon"}
