"""A page's masthead and closing credit are no mentions (issue 18, orgs3 round): the site's
name over the title, a logo read as a body, the outlet a reposted text closes with. Pages
written for these tests."""

from tests.russian_ids import ids

BODY = "Министр обороны Латвии заявил, что учения НАТО пройдут в сентябре."


def test_the_site_name_over_the_title_is_no_mention():
    text = f"Интерфакс-Украина\n\nНАТО проведет учения в Латвии\n\n{BODY}"
    assert ids(text, "org:") == {"org:nato"}


def test_a_logo_and_the_site_name_split_by_a_full_stop():
    text = f"logo\n\nНовая газета. Балтия\n\nНАТО проведет учения в Латвии\n\n{BODY}"
    assert ids(text, "org:") == {"org:nato"}


def test_the_outlet_closing_a_reposted_text_is_no_mention():
    text = f"НАТО проведет учения в Латвии\n\n{BODY} Учения продлятся две недели. РБК"
    assert ids(text, "org:") == {"org:nato"}


def test_the_same_outlet_cited_in_the_prose_stays():
    text = f"РБК\n\nНАТО проведет учения в Латвии\n\n{BODY} Об этом сообщает РБК."
    assert ids(text, "org:") == {"org:nato", "org:rbc"}


def test_a_title_that_names_a_body_and_says_something_stays():
    text = f"НАТО проведет учения в Латвии\n\n{BODY}"
    assert "org:nato" in ids(text, "org:")
