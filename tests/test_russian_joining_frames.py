"""The words of joining the alliance under a stance or a step (lib.engine.russian.joining_frames,
and papers ratified or approved in lib.engine.russian.events), a kind of mistake met in four
Russian held-out sets (issue 18: heldout6, 9, 15, 16): a country that objects, a chance or an
intention, an annex to the protocol approved. Sentences written for these tests in the
style of Russian and Ukrainian agencies, asserting exact ids; the accession told as done is
still the event. The steps are undated here, as on the pages that showed them: a dated page
before the accession never links it."""

from datetime import date

from tests.russian_ids import events

MONTENEGRO = "event:montenegro-nato-accession-2017"
MACEDONIA = "event:north-macedonia-joins-nato-2020"


def test_an_objection_a_chance_or_an_intention_is_no_accession():
    text = "Москва возражает против вступления Черногории в НАТО."
    assert events(text) == set()
    text = "После соглашения с Грецией у Северной Македонии появилась возможность вступить в НАТО."
    assert events(text) == set()
    text = "Македония собиралась вступить в НАТО еще десять лет назад."
    assert events(text) == set()


def test_an_annex_to_the_protocol_approved_is_a_step():
    text = "Послы одобрили приложение к протоколу о присоединении Македонии к Альянсу."
    assert events(text) == set()


def test_the_accession_told_as_done_is_the_event():
    text = "Черногория официально вступила в НАТО и стала 29-м членом альянса."
    assert events(text, date(2017, 6, 6)) == {MONTENEGRO}
    text = "Северная Македония стала 30-м членом НАТО."
    assert events(text, date(2020, 3, 28)) == {MACEDONIA}
