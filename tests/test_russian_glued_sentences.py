"""Sentences a page glued together without a space are split (lib.engine.russian.text): one
sentence holding "…в Москве.Министр обороны…" would make its people co-occur in the sentence
counts and let an event's trigger borrow the next sentence's actors. Initials and
abbreviations glued to a name stay inside their sentence. Text written for this test."""

from __future__ import annotations

from lib.engine.russian.text import sentence_spans

TEXT = (
    "Такое заявление сделал Владимир Путин в Москве.Министр обороны Сергей Шойгу прибыл в "
    "Севастополь.Генсек НАТО ответил! Это заявил В.Путин в г.Москва, у памятника им.Ленина."
)


def test_glued_sentences_are_split_and_initials_are_not():
    assert [TEXT[s:e] for s, e in sentence_spans(TEXT)] == [
        "Такое заявление сделал Владимир Путин в Москве.",
        "Министр обороны Сергей Шойгу прибыл в Севастополь.",
        "Генсек НАТО ответил!",
        "Это заявил В.Путин в г.Москва, у памятника им.Ленина.",
    ]


def test_a_glued_sentence_no_longer_pairs_its_people(process_texts):
    data = process_texts(
        {
            "glued.txt": "Новости дня\n\nЗаявление сделал Владимир Путин в Москве.Министр обороны "
            "Сергей Шойгу прибыл в Севастополь."
        }
    )
    m = data.mentions
    sentences = (
        m[m["entity_id"].str.startswith("person:")].groupby("entity_id")["sentence_id"].first()
    )
    assert sentences["person:vladimir-putin"] != sentences["person:sergei-shoigu"]
