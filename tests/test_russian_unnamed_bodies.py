"""A state's body named without its state beside it (issue 18, round russian-pooled2: the
state of a bare or periphrastic body was wrong or missing in heldout3, 9, 15, 16 and 18).
lib.engine.russian.bodies: an office in lower case takes the state the sentence names, a bare
body the article named in full with one state is that state's (Russia's too), a body inside a
department's name is still the body; lib.engine.russian.gazetteer.NATIONAL_BODIES: the
agencies' periphrasis for a foreign ministry and the finance ministry. Sentences written for
these tests in the agencies' style."""

from tests.russian_ids import ids


def test_an_office_in_lower_case_is_the_state_the_sentence_names():
    text = (
        "Президент Румынии поручил министерству иностранных дел провести консультации "
        "с союзниками по НАТО."
    )
    assert ids(text, "org:") == {"org:romanian-foreign-ministry", "org:nato"}


def test_a_states_forces_in_lower_case_are_what_it_has_not_a_body():
    text = "Альянс поможет Грузии наращивать свои военно-морские силы."
    assert ids(text, "org:") == set()


def test_a_lower_case_abbreviation_on_a_russian_story_is_russias():
    text = (
        "В Сибири начались крупнейшие в истории России учения. Как сообщается на сайте "
        "минобороны, в маневрах участвуют 300 тысяч военных."
    )
    assert ids(text, "org:") == {"org:russian-defence-ministry"}


def test_the_ministry_of_the_country_in_lower_case_is_that_states():
    text = (
        "Первая рота датских военных в Эстонии завершила службу, сообщает пресс-служба "
        "министерства обороны страны."
    )
    assert ids(text, "org:") == {"org:estonian-defence-ministry"}


def test_a_bare_ministry_named_with_russia_first_stays_russias_after_another_state():
    text = (
        "Самолет Су-34 упал в Сирии — Минобороны РФ. Самолет разбился на территории "
        "Сирийской Арабской Республики. Летчик катапультировался. В Минобороны добавили, "
        "что обстрела не было."
    )
    assert ids(text, "org:") == {"org:russian-defence-ministry"}


def test_the_agencies_periphrasis_for_a_foreign_ministry():
    text = "Во внешнеполитическом ведомстве США сообщили, что церемония пройдет в пятницу."
    assert ids(text, "org:") == {"org:us-state-department"}


def test_a_finance_ministry_by_its_states_adjective_and_bare_after_it():
    assert ids("Список опубликован на сайте американского Минфина.", "org:") == {"org:us-treasury"}
    text = (
        "Минфин США ввел санкции против трех компаний. Кроме того, в санкционном списке "
        "Минфина оказались два судна «Совфрахта»."
    )
    assert "org:us-treasury" in ids(text, "org:")


def test_a_bare_finance_ministry_no_state_owns_is_no_body():
    text = "Санкции введены Минфином в рамках закона, сообщает Reuters."
    assert not any("minfin" in i or "finance" in i for i in ids(text, "org:"))


def test_a_ministry_inside_a_departments_name_is_the_ministry():
    text = "Об этом заявил директор Второго департамента МИД РФ Игорь Петров."
    assert "org:russian-foreign-ministry" in ids(text, "org:")


def test_a_division_before_a_country_is_still_no_country():
    assert ids("Он живет в округе Колумбия.", "country:") == set()


def test_a_council_no_state_owns_by_default_is_the_one_state_its_sentence_names():
    text = "Президент России созвал экстренное заседание Совбеза после ракетного удара."
    assert ids(text, "org:") == {"org:russian-security-council"}
    # two states named: whose council it is the sentence does not say
    text = "Президент России созвал заседание Совбеза после удара по Сирии."
    assert ids(text, "org:") == set()
    text = "Президент Армении провел заседание Совета безопасности."
    assert ids(text, "org:") == {"org:armenian-security-council"}


def test_a_council_before_its_secretarys_name_is_still_the_states():
    text = (
        "Санкции касаются вице-премьера России Дмитрия Рогозина и секретаря Совета "
        "безопасности Николая Патрушева."
    )
    assert ids(text, "org:") == {"org:russian-security-council"}


def test_a_council_with_its_owner_after_it_or_no_state_named_is_not_a_states():
    assert ids("Россия запросила заседание Совета безопасности ООН.", "org:") == {
        "org:un-security-council"
    }
    assert ids("Никаких документов по итогу Совбез не принял.", "org:") == set()
    text = "Россия выступает за взаимодействие Вооруженных сил двух стран."
    assert ids(text, "org:") == set()


def test_the_armed_forces_abbreviation_with_its_state_after_it():
    text = "Двое военнослужащих ВС Грузии получили ранения на учениях."
    assert ids(text, "org:") == {"org:georgian-armed-forces"}


def test_a_bare_armed_forces_abbreviation_is_no_body():
    text = "Министерство обороны Сербии и генштаб ВС проведут учения."
    assert "org:vs" not in ids(text, "org:")
    assert not any(i.endswith("armed-forces") for i in ids(text, "org:"))


def test_a_bare_council_after_the_un_councils_name_is_the_uns_unless_a_head_convenes_it():
    text = (
        "Россия потребовала созвать заседание Совбеза ООН. Россия запросила экстренное "
        "заседание Совбеза."
    )
    assert ids(text, "org:") == {"org:un-security-council"}
    text = (
        "Россия потребовала созвать заседание Совбеза ООН. Президент России созвал экстренное "
        "заседание Совбеза."
    )
    assert ids(text, "org:") == {"org:un-security-council", "org:russian-security-council"}
