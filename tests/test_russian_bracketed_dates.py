"""A date inside brackets dates the bracketed aside, not an event named outside it (issue 18,
pooled round; lib.engine.russian.events._aside). Sentences written for this test in the style
of an analytical page."""

from tests.russian_ids import events


def test_a_date_in_an_aside_does_not_date_the_event_outside_it():
    text = (
        "Юбилейный саммит НАТО в Лондоне (70 лет с момента подписания Североатлантического "
        "договора в 1949 году) задумывался как скромное мероприятие."
    )
    assert events(text) == {"event:nato-leaders-meeting-london-2019"}


def test_a_date_outside_brackets_still_dates_the_event():
    # the year beside the summit is its own: another summit than the 2019 one
    assert (
        events("Саммит НАТО в Лондоне в 1999 году задумывался как скромное мероприятие.") == set()
    )
