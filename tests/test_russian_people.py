"""People in Russian text (issue 18): the gazetteer's Russian forms, names linked across the
two scripts by sound, the English press's transcription for the rest, names put back in the
nominative, a deputy's title, coordinated given names. Sentences written for these tests in
the style of Russian agencies."""

import csv
from datetime import date

import pandas as pd

from lib.engine.gazetteer import GAZETTEER_DIR
from lib.engine.resolve import link_transcriptions
from lib.engine.russian.gazetteer import load_gazetteer
from lib.engine.russian.nominative import inflect_nominative
from lib.engine.russian.person_lookup import link_person
from lib.engine.russian.pipeline import extract
from lib.engine.russian.text import phrase_key
from lib.engine.russian.translit import english_name, sound_key, to_english


def people(text, published=date(2018, 3, 20)):
    return {m.entity_id for m in extract(text, published=published).mentions if m.type == "person"}


def test_every_russian_name_of_a_person_loads_and_links_to_that_person():
    gaz = load_gazetteer()
    with (GAZETTEER_DIR / "aliases_ru.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["entity_id"].startswith("person:")]
    assert len(rows) > 200
    for row in rows:
        assert row["entity_id"] in gaz.entities, row
        full = row["aliases"].split("|")[0]
        assert gaz.aliases[phrase_key(full)].entity_id == row["entity_id"], full


def test_the_people_of_the_field_are_known_by_their_russian_names():
    text = (
        "Король Иордании Абдалла II встретился в Сочи с президентом России. "
        "Премьер-министр Черногории Душко Маркович и президент страны Филип Вуянович "
        "обсудили вступление в НАТО. Глава администрации Белого дома Джон Келли "
        "не присутствовал. Официальный представитель Госдепартамента Хизер Науэрт "
        "отказалась от комментариев."
    )
    assert people(text) >= {
        "person:abdullah-ii",
        "person:dusko-markovic",
        "person:filip-vujanovic",
        "person:john-kelly",
        "person:heather-nauert",
    }


def test_a_name_the_russian_file_lacks_links_to_the_english_person_by_sound(tmp_path):
    # the gazetteer's files less his Russian row: people.csv holds him, aliases_ru.csv not
    for path in GAZETTEER_DIR.glob("*.csv"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [x for x in lines if not x.startswith("person:christopher-miller,")]
        (tmp_path / path.name).write_text("".join(kept), encoding="utf-8")
    gaz = load_gazetteer(tmp_path)
    assert sound_key("Steinmeier") == sound_key("Штайнмайер")
    assert sound_key("Markovic") == sound_key("Маркович")
    assert sound_key("Shannon") == sound_key("Шэннон")
    assert "person:christopher-miller" not in {a.entity_id for a in gaz.aliases.values()}
    assert link_person(["Кристофер", "Миллер"], gaz) == "person:christopher-miller"


def test_a_russian_spelling_takes_the_id_the_english_articles_give_the_person():
    rows = [
        ("a1", "Srdjan Darmanovic", "person:srdjan-darmanovic", "Srdjan Darmanovic"),
        ("a2", "Срджан Дарманович", "person:srdzhan-darmanovich", "Srdzhan Darmanovich"),
        ("a2", "Дарманович", "person:srdzhan-darmanovich", "Srdzhan Darmanovich"),
    ]
    mentions = pd.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "surface": [r[1] for r in rows],
            "entity_id": [r[2] for r in rows],
            "name": [r[3] for r in rows],
            "type": "person",
            "code": None,
            "link": "text",
            "linked_from": None,
        }
    )
    out = link_transcriptions(mentions, gaz=load_gazetteer().english)
    assert set(out["entity_id"]) == {"person:srdjan-darmanovic"}
    assert out["linked_from"].tolist() == [
        None,
        "person:srdzhan-darmanovich",
        "person:srdzhan-darmanovich",
    ]


def test_people_no_file_holds_get_the_english_press_transcription():
    assert to_english("Чалый") == "Chaly"
    # a foreign surname heard: the census surname of its sound (english_surnames)
    assert english_name("Франк-Вальтер Шмидт") == "Frank-Walter Schmidt"
    assert english_name("Джон Уиткофф") == "John Witkoff"  # English W- written У-
    assert english_name("Митч Макконнелл") == "Mitch McConnell"
    assert inflect_nominative(["Митчу", "Макконнеллу"], person=True) == "Митч Макконнелл"
    text = "Бывший губернатор Севастополя Алексей Чалый выступил на митинге в Севастополе."
    assert "person:alexei-chaly" in people(text, date(2015, 3, 16))
    text = "Об этом журналистам сообщил военный эксперт Юрий Жуковский."
    assert "person:yuri-zhukovsky" in people(text)


def test_a_surname_agrees_with_the_given_name_in_the_nominative():
    assert inflect_nominative(["Константина", "Мурахтина"], person=True) == "Константин Мурахтин"
    assert inflect_nominative(["Анны", "Мурахтиной"], person=True) == "Анна Мурахтина"
    assert inflect_nominative(["Томасом", "Шэнноном"], person=True) == "Томас Шэннон"
    assert inflect_nominative(["Сергея", "Скрипаля"], person=True) == "Сергей Скрипаль"
    assert inflect_nominative(["Юлии", "Скрипаль"], person=True) == "Юлия Скрипаль"
    assert inflect_nominative(["Франком-Вальтером", "Шмидтом"], person=True) == (
        "Франк-Вальтер Шмидт"
    )
    text = (
        "Главный редактор газеты Константин Ремчуков прокомментировал рассказ штурмана "
        "Константина Мурахтина."
    )
    assert people(text, date(2015, 11, 25)) == {
        "person:konstantin-remchukov",
        "person:konstantin-murakhtin",
    }


def test_a_deputys_title_is_not_the_head_of_the_office():
    text = "Заместитель госсекретаря США Уэсс Митчелл прибыл в Киев."
    assert people(text, date(2018, 6, 1)) == {"person:wess-mitchell"}
    text = "Заместитель госсекретаря США провел переговоры в Москве, сообщили в посольстве."
    assert people(text, date(2018, 6, 1)) == set()
    text = "Госсекретарь США провел переговоры в Москве."
    assert people(text, date(2018, 6, 1)) == {"person:mike-pompeo"}


def test_coordinated_given_names_share_the_surname():
    text = (
        "Пострадавшие в Солсбери Сергей и Юлия Скрипаль находятся в безопасном месте, "
        "заявил глава МИД России Сергей Лавров."
    )
    assert people(text) == {
        "person:sergei-skripal",
        "person:yulia-skripal",
        "person:sergey-lavrov",
    }


def test_a_title_goes_to_whoever_held_the_office_on_the_day():
    # The gazetteer's offices run to 2024: a title in a 2022 report is not its 2020 holder's.
    text = "Канцлер Германии заявил, что Берлин продолжит поддерживать союзников по НАТО."
    assert people(text, published=date(2019, 6, 1)) == {"person:angela-merkel"}
    assert people(text, published=date(2022, 6, 1)) == {"person:olaf-scholz"}
    text = "Госсекретарь США обсудил с коллегами ситуацию на Украине."
    assert people(text, published=date(2020, 6, 1)) == {"person:mike-pompeo"}
    assert people(text, published=date(2021, 6, 1)) == {"person:antony-blinken"}
    text = "Генсек НАТО выступил на пресс-конференции в Брюсселе."
    assert people(text, published=date(2025, 2, 1)) == {"person:mark-rutte"}


def test_an_international_office_goes_to_a_holder_with_a_nationality():
    # Tusk and Rutte keep their country (they held national offices): the NATO or EU body
    # inside the title is no state's, so it does not stand against them.
    text = "Глава Евросовета выступил в Брюсселе."
    assert people(text, published=date(2016, 5, 1)) == {"person:donald-tusk"}


def test_a_byline_after_the_post_s_date_and_time_is_chrome():
    from lib.engine.russian.clean import clean_page

    page = clean_page(
        "Обмен задержанными может состояться в ближайшие дни\n"
        "21.08.2019 в 18:02 Автор: Ирина Петрова\n"
        "По данным источника, в списке обмена есть украинские моряки."
    )
    assert "Петрова" not in page.text
    assert [kind for kind, _ in page.dropped] == ["byline"]


def test_kim_jong_un_in_the_spelling_some_papers_use():
    assert people("Трамп встречался с лидером Северной Кореи Ким Чен Ином в Сингапуре.") == {
        "person:donald-trump",
        "person:kim-jong-un",
    }
