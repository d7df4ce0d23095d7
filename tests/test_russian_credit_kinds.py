"""Photo credits in three more forms the cleaning left in the text (issue 18, round orgs4: read
as bodies, places and states in heldout19, heldout21 and heldout22): the copyright holder's
label before a caption ("Правообладатель иллюстрации Reuters Image caption …"), a caption
closed by an agency's archive-photo credit ("… Архивное фото - Sputnik Кыргызстан"), and a
copyright credit closed by "Все права защищены" glued between a caption and the first
sentence. lib.engine.russian.clean. Pages written for these tests in the outlets' style."""

from lib.engine.russian.clean import clean_page, line_kind, strip_credits
from tests.russian_ids import ids


def test_the_copyright_holders_label_is_cut_and_its_caption_stays():
    line = "Правообладатель иллюстрации AFP Image caption Над базой поднимался дым"
    assert strip_credits(line) == "Над базой поднимался дым"
    assert line_kind("Правообладатель иллюстрации Getty Images") == "photo-credit"


def test_a_caption_closed_by_an_archive_photo_credit_is_chrome():
    line = (
        "На полигоне под Ораньско, где развернут дивизион американских зенитных ракет Patriot. "
        "Архивное фото - Sputnik Кыргызстан"
    )
    assert line_kind(line) == "photo-credit"


def test_a_copyright_credit_glued_before_the_first_sentence_is_cut():
    line = (
        "Азовское море. (c) Petr Ivanov/Xinhua News Agency/PA Images. Все права защищены. "
        "Утром три катера вышли из Бердянска."
    )
    assert strip_credits(line) == "Азовское море. Утром три катера вышли из Бердянска."


def test_a_page_with_the_three_credits_names_only_its_story():
    page = clean_page(
        "США ударили по сирийской авиабазе\n\n"
        "Правообладатель иллюстрации Reuters Image caption Над базой поднимался дым\n\n"
        "Для удара по авиабазе Шайрат США использовали крылатые ракеты.\n"
        "На полигоне под Ораньско, где развернут дивизион американских зенитных ракет Patriot. "
        "Архивное фото - Sputnik Кыргызстан\n"
        "Дамаск назвал удар агрессией. (c) Petr Ivanov/Xinhua News Agency/PA Images. Все права "
        "защищены. В Москве потребовали созвать Совбез ООН."
    )
    assert (
        "Reuters" not in page.text and "Xinhua" not in page.text and "Кыргызстан" not in page.text
    )
    assert ids(page.text) == {
        "country:RUS",
        "country:SYR",
        "country:USA",
        "location:shayrat",
        "org:un-security-council",
    }
