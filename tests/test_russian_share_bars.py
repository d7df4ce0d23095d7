"""A share bar's buttons ("Facebook Telegram Twitter", with the site's name between them) and a
call to subscribe written in Ukrainian on a Ukrainian outlet's Russian page are chrome, not
bodies and places (issue 18, round orgs4: such lines gave Facebook, Telegram, WhatsApp, the
outlet and Ukraine in heldout20, heldout21 and heldout22). lib.engine.russian.clean. Pages
written for these tests in the outlets' style."""

import pytest

from lib.engine.russian.clean import clean_page, line_kind
from tests.russian_ids import ids


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Новинка Telegram Новинка Twitter Новинка search menu",
        "CopyMessenger Telegram Whatsapp",
        "whatsapp viber telegram email",
    ],
)
def test_a_row_of_network_buttons_is_a_share_bar(line):
    assert line_kind(line) == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "Facebook и Twitter заблокировали аккаунты пропагандистов.",
        "Цукерберг: Facebook купит WhatsApp",
        "Глава Telegram Павел Дуров",
        "Об этом посол написал в Twitter.",
    ],
)
def test_prose_and_headlines_naming_networks_stay(line):
    assert line_kind(line) is None


def test_a_ukrainian_call_to_subscribe_on_a_russian_page_is_chrome():
    line = "Підписуйтесь на наш Telegram-канал Новинка.UA - свіжі новини про події в Україні"
    assert line_kind(line) == "subscribe"


def test_a_page_with_a_share_bar_and_a_ukrainian_promotion_names_only_its_story():
    page = clean_page(
        "Facebook Новинка Telegram Новинка Twitter Новинка search menu\n\n"
        "Турчинов: суда снова пойдут через Керченский пролив\n\n"
        "Секретарь СНБО Александр Турчинов заявил, что Украина повторит попытку.\n"
        "Підписуйтесь на наш Telegram-канал Новинка.UA - свіжі новини про події в Україні\n"
        "По его словам, на суда пригласят наблюдателей ОБСЕ."
    )
    assert page.text.startswith("Турчинов: суда снова пойдут")
    assert "Telegram" not in page.text and "Twitter" not in page.text
    found = ids(page.text)
    assert {e for e in found if e.startswith(("org:", "location:", "country:"))} == {
        "org:nsdc",
        "org:osce",
        "location:kerch-strait",
        "country:UKR",
    }
