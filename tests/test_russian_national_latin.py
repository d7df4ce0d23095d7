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


def test_a_delegation_listed_beside_its_known_members_is_theirs():
    # no state named in the sentence: Russia is where they came, the known Turkish people
    # (the president, his foreign minister) tell whose delegation it is
    text = (
        "В Москву вместе с Эрдоганом прилетели министр иностранных дел Мевлют Чавушоглу, "
        "министр экономики Нихат Зейбекчи и министр юстиции Бекир Боздаг."
    )
    assert people(text) == {
        "person:recep-tayyip-erdogan",
        "person:mevlut-cavusoglu",
        "person:nihat-zeybekci",
        "person:bekir-bozdag",
    }


def test_a_russian_host_beside_the_delegation_stays_russian():
    text = "В Москве Эрдогана и Мевлюта Чавушоглу встретил замминистра Андрей Руденко."
    assert "person:andrei-rudenko" in people(text)  # as written, not Turkish


def test_a_sentence_with_known_people_of_two_foreign_states_writes_no_one_back():
    text = "На переговорах Эрдогана и Ангелы Меркель присутствовал советник Нихат Зейбекчи."
    assert "person:nihat-zeybekci" not in people(text)
