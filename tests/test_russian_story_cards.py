"""Other stories' cards at a page's foot (issue 18, orgs3 round): a headline, a teaser cut off
with "…", the story's stamp ("сегодня 08:37", "13:45 21 янв 2026.", "4 февраля 2025Украина"),
read as the article's body, put a rock band, a singer and a city in a story about a battalion.
Pages written for these tests in the style of the sites that print such feeds."""

from lib.engine.russian.clean import clean_page
from lib.engine.russian.story_cards import story_cards

ARTICLE = [
    "Батальон бундесвера прибудет в Литву в начале года",
    "Первые военные батальона прибудут в Литву в январе, сообщил министр обороны.",
    "Батальоном будет руководить Германия, туда направят военных из Нидерландов и Норвегии.",
]


def test_a_teaser_card_after_the_tags_is_dropped_whole():
    raw = "\n".join(
        ARTICLE
        + [
            "Германия Литва",
            "Rolling Stones (1962–2025)",
            "Мик Джаггер и группа Rolling Stones дали концерт в Манчестере, собрали тысячи...",
            "сегодня 08:37",
        ]
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == ARTICLE
    assert ("story-card", "сегодня 08:37") in page.dropped


def test_a_stamped_headline_and_the_cut_off_headline_after_it():
    lines = ARTICLE + [
        "Киев получит новые танки, - Пентагон",
        "13:45 21 янв 2026.",
        "США сократят около 300 во",
    ]
    assert story_cards(lines) == {3, 4, 5}


def test_a_stamp_with_its_rubric_glued_opens_a_card_after_a_comment_counter():
    raw = "\n".join(
        ARTICLE
        + [
            "Поделиться",
            "Комментарии0",
            "5 марта 2025Европа",
            "Армия Польши – опора для НАТО? Что делать с обороной?",
            "Ответы на эти вопросы союзникам по альянсу предстоит дать в этом году....",
        ]
    )
    assert clean_page(raw).text.split("\n\n") == ARTICLE


def test_the_article_own_date_under_its_title_stays():
    lines = [ARTICLE[0], "4 февраля 2025", *ARTICLE[1:]]
    assert story_cards(lines) == set()
    # a date line between paragraphs of prose is the article's, no story's stamp
    lines = [*ARTICLE, "19 июня 2022", "Министр добавил, что учения пройдут летом."]
    assert story_cards(lines) == set()


def test_a_labelled_tags_line_and_a_caption_shortcode_are_chrome():
    raw = "\n".join(
        ARTICLE
        + [
            "Теги: Литва, НАТО, Дмитрий Песков, США",
            '[caption id="attachment_1" align="aligncenter" width="600"] Фото: ТАСС[/caption]',
        ]
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == ARTICLE
    assert ("tags", "Теги: Литва, НАТО, Дмитрий Песков, США") in page.dropped


def test_a_chronology_keeps_its_dates_between_paragraphs():
    lines = [
        *ARTICLE,
        "18 марта 2014",
        "Россия подписала договор о принятии Крыма.",
        "2 апреля 2014",
    ]
    assert story_cards(lines) == set()
