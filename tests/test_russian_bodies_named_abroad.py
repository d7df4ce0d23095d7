"""A state's body written bare after the article named that office with one foreign state, and
never with Russia, is that state's (issue 18, pooled round: a bare "Минобороны" given to Russia
on foreign stories recurred in four sets; lib.engine.russian.bodies._offices_named_abroad).
Sentences written for these tests in the agencies' style."""

from tests.russian_ids import ids


def test_a_bare_ministry_that_speaks_after_a_foreign_one_is_that_ministry():
    text = (
        "Министерство обороны Беларуси пригласило наблюдателей на учения. На сайте "
        "Минобороны отмечено, что приглашения разосланы соседям."
    )
    assert ids(text, "org:") == {"org:belarusian-defence-ministry"}


def test_the_agencies_periphrasis_names_the_office_too():
    text = (
        "Об этом сообщили в оборонном ведомстве КНР. В Минобороны отметили, что учения не "
        "направлены против других стран."
    )
    assert ids(text, "org:") == {"org:chinese-defence-ministry"}


def test_a_bare_ministry_stays_russias_where_russias_was_named_too():
    text = (
        "Министерство обороны Турции заявило о нарушении границы. Министерство обороны России "
        "опровергло это. Минобороны сообщило, что самолет не нарушал границу."
    )
    assert ids(text, "org:") == {"org:russian-defence-ministry", "org:turkish-defence-ministry"}


def test_a_body_with_russias_adjective_is_russias_after_a_foreign_one():
    text = "Турецкие ВВС сбили военный самолет у границы. Самолет принадлежит российским ВВС."
    assert ids(text, "org:") == {"org:russian-air-force", "org:turkish-air-force"}
