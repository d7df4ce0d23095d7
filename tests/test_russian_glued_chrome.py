"""Chrome a Russian page glues to its text: a related-news label run on after the last
sentence, a source link after the final full stop, a credit "Фото ТАСС" without a colon, a
call to the outlet's channel named in quotes. Fixture pages are written for these tests."""

from __future__ import annotations

import pytest

from lib.engine.russian.clean import clean_page, line_kind
from lib.engine.russian.glued_chrome import cut_glued_chrome

PAGE = """Россия ответила на высылку дипломатов

Фото ТАСС

МИД России объявил о высылке 15 дипломатов Эстонии. Об этом сообщила Мария Захарова.

Эстония назвала решение неоправданным, сообщает ERR.НОВОСТИ ПО ТЕМЕ:— Глава МИД Литвы ответил на заявление ЛавроваПосол Германии вызван в МИД

О том, что думают об этом эксперты, читайте в нашем Telegram-канале "Голос недели".

Ранее Таллин выслал двух российских дипломатов. nsn.fm »
"""


def test_page_keeps_its_sentences_and_loses_the_glued_chrome():
    page = clean_page(PAGE)
    assert page.text.split("\n\n") == [
        "Россия ответила на высылку дипломатов",
        "МИД России объявил о высылке 15 дипломатов Эстонии. Об этом сообщила Мария Захарова.",
        "Эстония назвала решение неоправданным, сообщает ERR.",
        "Ранее Таллин выслал двух российских дипломатов.",
    ]
    assert ("photo-credit", "Фото ТАСС") in page.dropped
    assert [kind for kind, _ in page.dropped] == ["photo-credit", "subscribe"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Переговоры продолжатся в марте.Читайте также: Путин провел совещание",
         "Переговоры продолжатся в марте."),
        ("Об этом сообщает «Интерфакс». ria.ru", "Об этом сообщает «Интерфакс»."),
        ("Стороны подписали протокол. https://tass.ru/ →", "Стороны подписали протокол."),
        # prose that names an address or a topic keeps every word
        ("Об этом говорится на сайте kremlin.ru в понедельник.",
         "Об этом говорится на сайте kremlin.ru в понедельник."),
        ("Новости по теме обсуждались на брифинге.", "Новости по теме обсуждались на брифинге."),
        ("Материал подготовлен по данным ria.ru", "Материал подготовлен по данным ria.ru"),
        # a headline glued mid-paragraph, the article going on after it: the line stays whole
        ("Лондон ждет ответа. Читайте также: ВАЖНО: Британия выдвинула ультиматум «Это "
         "неприемлемо. Мы ответим», — заявил премьер.",
         "Лондон ждет ответа. Читайте также: ВАЖНО: Британия выдвинула ультиматум «Это "
         "неприемлемо. Мы ответим», — заявил премьер."),
    ],
)  # fmt: skip
def test_glued_chrome_is_cut_and_prose_is_kept(line, kept):
    assert cut_glued_chrome(line) == kept


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Фото ТАСС", "photo-credit"),
        ("Фото Reuters", "photo-credit"),
        ("Видео РИА Новости", "photo-credit"),
        ("Фото Путина облетело все агентства", None),
        ("Мнения экспертов читайте в нашем Telegram-канале «Военный обозреватель».", "subscribe"),
        ("Сведения об этом появились в Telegram-канале «Рыбарь» в понедельник вечером, когда "
         "в Минобороны отказались от комментариев.", None),
    ],
)  # fmt: skip
def test_line_kinds(line, kind):
    assert line_kind(line) == kind
