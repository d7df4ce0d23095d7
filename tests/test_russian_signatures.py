"""The author's name where pages print it away from the top (issue 18, orgs3 round): signed at
the text's end ("… этой осенью.⏎Федор Карпов.") and over the page's date under a long header
("Алена Савчук⏎6 декабря 2018"). Pages written for these tests."""

from lib.engine.russian.clean import clean_page

TITLE = "НАТО проведет учения в Латвии"
LEDE = "Что известно об учениях и кто в них участвует."
BODY = [
    "Министр обороны Латвии заявил, что учения НАТО пройдут в сентябре.",
    "В Риге выражали надежду, что союзники пришлют больше войск.",
]


def test_a_signature_closing_the_text_is_the_byline():
    page = clean_page("\n".join([TITLE, LEDE, *BODY, "Марина Соколова.", "Фото Pixabay.com."]))
    assert page.text.split("\n\n") == [TITLE, LEDE, *BODY]
    assert ("byline", "Марина Соколова.") in page.dropped


def test_a_name_over_the_page_date_under_the_header_is_the_byline():
    raw = "\n".join(["Русская версия", TITLE, LEDE, "Алена Савчук", "6 декабря 2018", *BODY])
    assert "Алена Савчук" not in clean_page(raw).text


def test_a_closing_line_of_two_capitalised_words_that_is_no_name_stays():
    raw = "\n".join([TITLE, LEDE, *BODY, "Северная Македония."])
    assert clean_page(raw).text.endswith("Северная Македония.")
