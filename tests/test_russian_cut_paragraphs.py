"""Paragraphs of a page whose text is cut off mid-word at its end, kept as article text
(issue 18, round russian-pooled2: heldout9 and heldout17 lost an outlet, a person and a city to
the foot-of-page headline rule): a line opening with a word that ties it to the paragraph
before ("Напомним, что", "При этом", "Ранее") is prose, never a related headline; and a
"Скриншот:" credit is a credit. lib.engine.russian.clean. Pages written for these tests."""

from lib.engine.russian.clean import clean_page

BODY = (
    "НАТО отказалось приглашать Россию на саммит\n\n"
    "Альянс не пригласит российских представителей на встречу в Уэльсе, заявили в штаб-квартире."
)


def test_cut_paragraphs_that_tie_to_the_one_before_stay():
    page = clean_page(
        BODY + "\nПри этом, как стало известно «Известиям», приглашения не получит и посол на\n"
        "Ранее генсек НАТО Андерс Фог Расмуссен заявил о прекращении сотрудничества с Москв"
    )
    assert page.dropped == []
    assert page.text.endswith("Ранее генсек НАТО Андерс Фог Расмуссен заявил о прекращении "
                              "сотрудничества с Москв")  # fmt: skip


def test_a_screenshot_credit_goes_and_the_reminder_after_it_stays():
    page = clean_page(
        BODY + "\nСкриншот: Twitter/ NATO Press\n"
        "Напомним, что 15 января в Женеве прошли консультации России и США по стратегической стаби"
    )
    assert ("photo-credit", "Скриншот: Twitter/ NATO Press") in page.dropped
    assert "в Женеве прошли консультации" in page.text


def test_a_foot_list_of_headlines_is_still_dropped():
    page = clean_page(
        BODY
        + "\nПутин обсудил с Эрдоганом ситуацию в Сирии\nВ Польше начались крупнейшие учения НАТО"
    )
    assert [kind for kind, _ in page.dropped] == ["related", "related"]
