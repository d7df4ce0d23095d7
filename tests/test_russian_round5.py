"""General kinds of mistakes the held-out sets kept showing (eval/russian/heldout*.jsonl):
foreign names spelled by sound, lone surnames, the field's bodies without a Russian name.
Sentences written for these tests in the style of Russian agencies, asserting exact ids."""

from lib.engine.russian.pipeline import extract
from lib.engine.russian.translit import english_name


def ids(result, prefix=""):
    return {m.entity_id for m in result.mentions if m.entity_id.startswith(prefix)}


# People


def test_a_foreign_h_written_kh_is_the_english_h():
    # Russian writes a Western H as "х"; the English press writes the name with its H.
    assert english_name("Густав Хольмстрем") == "Gustav Holmstrem"
    assert english_name("Эрик Хагеманн") == "Erik Hagemann"
    text = "Как отметил эксперт Эрик Хагеманн, учения пройдут в Норвегии."
    assert ids(extract(text), "person:") == {"person:erik-hagemann"}


def test_a_native_surnames_kh_stays_kh():
    # Surnames of Russia and its neighbours keep the English press's "kh".
    assert english_name("Руслан Хомчак") == "Ruslan Khomchak"
    assert english_name("Давид Хачатурян") == "David Khachaturyan"


def test_a_foreign_given_name_out_of_the_dictionary_by_sound():
    # "Шерил" is no Russian given name: the English given name of the same sound; one
    # that only shares the key ("Дуайт", "Dot") is not taken: "Дуайт" is how Russian
    # writes Dwight (russian_transcription: "w" is "у", "igh" "ай").
    assert english_name("Шерил Уилкинс") == "Sheryl Wilkins"
    assert english_name("Дуайт Уилкинс") == "Dwight Wilkins"


def test_a_lone_surname_is_the_nearest_full_name_before_it():
    text = (
        "Министр Карл Андерсон и его советник Пер Андерсон прибыли в Вильнюс. "
        "Андерсон заявил, что НАТО усилит присутствие в регионе."
    )
    people = ids(extract(text), "person:")
    assert "person:anderson" not in people
    assert len(people) == 2


def test_a_lone_surname_no_one_carries_stays_its_own_person():
    text = "Глава МИД Словении Марковски заявил о поддержке расширения альянса."
    assert ids(extract(text), "person:") == {"person:markovski"}


# Organisations


def test_the_fields_bodies_by_their_russian_names_in_any_case():
    text = (
        "Представители Международного валютного фонда и Всемирного банка встретились "
        "с наблюдателями Специальной мониторинговой миссии ОБСЕ."
    )
    assert ids(extract(text), "org:") == {"org:imf", "org:world-bank", "org:osce-smm"}


def test_think_tanks_and_parliamentary_bodies():
    text = (
        "Доклад Атлантического совета обсудили в Парламентской ассамблее НАТО, "
        "а эксперты Московского центра Карнеги его раскритиковали."
    )
    assert ids(extract(text), "org:") >= {
        "org:atlantic-council",
        "org:nato-pa",
        "org:carnegie-moscow-center",
    }


def test_the_inf_treatys_abbreviation_is_no_think_tank():
    text = "Вашингтон заявил о выходе из договора о РСМД."
    assert "org:riac" not in ids(extract(text))


def test_a_foreign_mans_given_name_in_a_declines_as_a_womans():
    # "Никола" declines like "Анна"; the surname says the man's case.
    text = "Протокол подписали в присутствии Николы Стоянова."
    assert ids(extract(text), "person:") == {"person:nikola-stoyanov"}
    text = "Встреча с министром Николой Стояновым прошла в Софии."
    assert ids(extract(text), "person:") == {"person:nikola-stoyanov"}


def test_an_english_outlets_latin_name_in_russian_text():
    text = "Об этом министр рассказал в интервью CNBC и Bloomberg."
    assert ids(extract(text), "org:") == {"org:cnbc", "org:bloomberg"}


def test_a_known_latin_name_a_title_particle_continues_is_a_longer_name():
    text = "Министр дал интервью газете Bild am Sonntag в Берлине."
    assert "org:bild" not in ids(extract(text), "org:")


def test_a_states_security_council_by_its_short_name():
    text = "Президент созвал заседание турецкого Совбеза после инцидента."
    assert "org:turkish-security-council" in ids(extract(text), "org:")
    text = "Совет нацбезопасности и обороны Украины собрался на внеочередное заседание."
    assert "org:nsdc" in ids(extract(text), "org:")


def test_a_sites_imprint_is_chrome():
    from lib.engine.russian.clean import clean_page

    page = (
        "Генсек НАТО выступил в Брюсселе.\n\n"
        "Сетевое издание «Пример.ру» Учредитель: Петров Иван Сергеевич. "
        "Главный редактор: Сидорова Ольга Павловна."
    )
    assert "Учредитель" not in clean_page(page).text


def test_a_body_word_ending_the_sentence():
    # a national body's word last in its sentence: no phrase reaches past the sentence
    assert "org:turkish-security-council" in ids(extract("Эрдоган собрал турецкий Совбез"), "org:")
