"""Page chrome that sends the reader elsewhere (issue 18, round russian-pooled2): a link to the
story on the outlet's site or in another language ("Читать на сайте …", r18-13; "Читати новину
українською", r17-03), and the headline after a "См. также:" label, even one closing on a quoted
name (r18-21). lib.engine.russian.clean. Pages written for these tests in the outlets' style."""

from lib.engine.russian.clean import clean_page


def _cleaned(page: str) -> tuple[str, list[tuple[str, str]]]:
    cleaned = clean_page(page)
    return cleaned.text, cleaned.dropped


def test_a_link_to_the_story_on_the_site_or_in_another_language_is_chrome():
    text, dropped = _cleaned(
        "Саммит альянса пройдет в Брюсселе\n\nЧитати новину українською\n\n"
        "Читать на сайте Новости Кавказа\n\nЛидеры стран НАТО встретятся в июле."
    )
    assert ("widget", "Читати новину українською") in dropped
    assert ("widget", "Читать на сайте Новости Кавказа") in dropped
    assert "Кавказа" not in text


def test_the_headline_after_a_see_also_label_goes_even_with_a_quoted_name_at_its_end():
    text, dropped = _cleaned(
        "Столтенберг призвал Москву к расследованию.\nСм. также:\n"
        "Бундесвер передал союзникам выводы по делу «Новичка»\n"
        "Министр подчеркнул, что альянс проконсультируется с Германией."
    )
    assert ("read-also", "Бундесвер передал союзникам выводы по делу «Новичка»") in dropped
    assert text.endswith("Министр подчеркнул, что альянс проконсультируется с Германией.")
