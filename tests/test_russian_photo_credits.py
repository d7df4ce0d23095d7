"""Photo credits the cleaning left in the text (issue 18, round russian-pooled2: a credit under
a picture was read as an outlet in heldout15, heldout16 and heldout18, and heldout13's gold
names the same line chrome): an agency after a dash alone on its line ("- Reuters"), a site's
address alone on its line ("Moscow-Live.ru"), a "Фото:" credit closing a caption with no full
stop before it. lib.engine.russian.clean. Pages written for these tests in the outlets' style."""

from lib.engine.russian.clean import clean_page


def _cleaned(page: str) -> tuple[str, list[tuple[str, str]]]:
    cleaned = clean_page(page)
    return cleaned.text, cleaned.dropped


def test_an_agency_after_a_dash_under_the_headline_is_a_credit():
    text, dropped = _cleaned(
        "Лавров назвал условия диалога с НАТО\n- Reuters\n«Мы готовы к разговору», — сказал "
        "министр. Его слова передает Reuters."
    )
    assert ("photo-credit", "- Reuters") in dropped
    assert text.startswith("Лавров назвал условия диалога с НАТО\n\n«Мы готовы")
    assert text.endswith("Его слова передает Reuters.")  # the agency in the body stays


def test_a_site_address_alone_on_its_line_is_a_credit():
    text, dropped = _cleaned(
        "В Кремле прокомментировали учения альянса\nPhotoNews-Online.ru\n\n"
        "Песков заявил, что учения не способствуют доверию."
    )
    assert ("photo-credit", "PhotoNews-Online.ru") in dropped
    assert "PhotoNews" not in text


def test_a_credit_closing_a_caption_without_a_full_stop_is_cut():
    text, _ = _cleaned(
        "США расширили санкции\n\nСухогруз «Нептун» в порту Фото: AP/ТАСС\n\n"
        "Минфин США включил судно в список."
    )
    assert "Сухогруз «Нептун» в порту\n\n" in text
    assert "AP" not in text and "ТАСС" not in text


def test_a_sentence_that_speaks_of_photos_stays():
    text, _ = _cleaned("Министерство опубликовало фото: на снимках видны три корабля.")
    assert text == "Министерство опубликовало фото: на снимках видны три корабля."
