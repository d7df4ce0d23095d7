"""Golden tests on the Russian seed article (data/sample/002_…, a RIA Novosti report from the
London meeting of December 2019) as the corpus run processes it beside the two English ones:
its language, outlet, date, exact canonical entities, events, dates and quote, one entities
table across the two languages, and no tone for its sentences."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd
import pytest

from tests.conftest import named_mentions, seed_id


@pytest.fixture(scope="module")
def article(sample_dataset) -> pd.Series:
    return sample_dataset.articles.set_index("article_id").loc[seed_id(sample_dataset, "002")]


def of_article(frame: pd.DataFrame, dataset) -> pd.DataFrame:
    return frame[frame["article_id"] == seed_id(dataset, "002")]


def test_languages_of_the_three_seeds(sample_dataset):
    languages = sample_dataset.articles.set_index(sample_dataset.articles["path"].str[-24:-21])
    assert languages["language"].to_dict() == {"000": "en", "001": "en", "002": "ru"}


def test_outlet_dateline_title_and_chrome(article):
    assert (article["source"], article["source_basis"]) == ("RIA Novosti", "dateline")
    assert article["dateline"] == "ЛОНДОН, 4 дек — РИА Новости"
    assert article["title"] == "Столтенберг: НАТО не считает Россию врагом"
    assert article["lede"].startswith("Генсек НАТО Йенс Столтенберг заявил в среду")
    assert article["page_clock"] == "12:37 04.12.2019"
    assert [s["section"] for s in article["sections"]] == ["title", "lede"] + ["body"] * 5
    for chrome in ("Читайте также", "Подписывайтесь", "Фото:", "Главные новости дня", "12:37"):
        assert chrome not in article["text"]


def test_publication_day_from_the_dateline_within_what_the_content_allows(article):
    """ "4 дек" has no year: the page clock (4.12.2019) bounds it above, the London meeting
    spoken of as past (3–4 December 2019) below, and 4 December falls once in between."""
    assert article["published"] == date(2019, 12, 4)
    assert article["published_basis"] == "inferred"
    assert (article["published_min"], article["published_max"]) == (
        date(2019, 12, 4),
        date(2019, 12, 4),
    )
    evidence = article["published_evidence"]
    assert "page clock '12:37 04.12.2019'" in evidence
    assert "NATO leaders' meeting in London" in evidence
    assert "dateline '4 дек' falls on 2019-12-04" in evidence


def test_exact_canonical_entities(sample_dataset):
    mentions = of_article(named_mentions(sample_dataset), sample_dataset)
    by_type = {t: set(g["entity_id"]) for t, g in mentions.groupby("type")}
    assert by_type == {
        "person": {
            "person:jens-stoltenberg",
            "person:dmitry-peskov",
            "person:donald-trump",
            "person:emmanuel-macron",
            "person:recep-tayyip-erdogan",
            "person:sergei-skripal",
        },
        "country": {"country:RUS", "country:USA", "country:FRA", "country:TUR", "country:GBR"},
        "org": {"org:nato", "org:nato-russia-council"},
        "location": {
            "location:london",
            "location:crimea",
            "location:donbass",
            "location:salisbury",
        },
        "event": {
            "event:nato-leaders-meeting-london-2019",
            "event:crimea-annexation-2014",
            "event:donbass-war-2014",
            "event:skripal-poisoning-2018",
        },
    }
    # English names for the Russian article's entities: the same canonical entities
    people = set(mentions.loc[mentions["type"] == "person", "name"])
    assert people == {
        "Jens Stoltenberg",
        "Dmitry Peskov",
        "Donald Trump",
        "Emmanuel Macron",
        "Recep Tayyip Erdogan",
        "Sergei Skripal",
    }


def test_russia_by_kind_roles_and_references(sample_dataset):
    mentions = of_article(sample_dataset.mentions, sample_dataset)
    russia = mentions[mentions["entity_id"] == "country:RUS"]
    # "России" ×7, "Россию" ×1 …; "Москвой", "Москва"; "Кремль"; "В Кремле" is the place
    assert Counter(russia["kind"]) == {"name": 8, "capital": 2, "seat": 1}
    roles = dict(mentions.dropna(subset=["role"])[["entity_id", "role"]].values.tolist())
    assert roles == {
        "person:jens-stoltenberg": "NATO Secretary General",
        "person:dmitry-peskov": "Kremlin Spokesman",
        "person:donald-trump": "US President",
        "person:emmanuel-macron": "French President",
        "person:recep-tayyip-erdogan": "Turkish President",
    }
    nato = mentions[mentions["entity_id"] == "org:nato"]
    assert Counter(nato["kind"]) == {"name": 4, "reference": 3}  # "альянс" where NATO is named
    texts = sample_dataset.articles.set_index("article_id")["text"]
    for m in mentions.itertuples():
        assert texts[m.article_id][m.start : m.end] == m.surface


def test_events_with_their_places_and_dates(sample_dataset):
    """Linked events carry the knowledge base's dates, as in English articles; the date
    expression that dates them in the text is kept beside."""
    events = of_article(sample_dataset.events, sample_dataset)
    got = {
        (r.entity_id, r.date_start, r.date_end, r.date_text, None if pd.isna(r.place) else r.place)
        for r in events.itertuples()
    }
    assert got == {
        (
            "event:nato-leaders-meeting-london-2019",
            date(2019, 12, 3),
            date(2019, 12, 4),
            "в среду",
            "location:london",
        ),
        (
            "event:crimea-annexation-2014",
            date(2014, 3, 18),
            date(2014, 3, 21),
            "в 2014 году",
            "location:crimea",
        ),
        (
            "event:donbass-war-2014",
            date(2014, 4, 6),
            date(2020, 12, 31),
            "в 2014 году",
            "location:donbass",
        ),
        (
            "event:skripal-poisoning-2018",
            date(2018, 3, 4),
            date(2018, 3, 4),
            "В прошлом году",
            None,
        ),
    }
    assert list(events["event_id"]) == [f"{seed_id(sample_dataset, '002')}:{n}" for n in range(4)]


def test_date_expressions_resolved_against_the_publication_day(sample_dataset):
    """The article's own dates, as the Russian step resolves them once the day is known."""
    from lib.engine.russian import extract

    article = sample_dataset.articles.set_index("article_id").loc[seed_id(sample_dataset, "002")]
    sections = [(s["section"], s["start"], s["end"]) for s in article["sections"]]
    found = extract(article["text"], sections, published=article["published"]).dates
    assert [(d.text, d.date_start, d.date_end, d.precision) for d in found] == [
        ("в среду", date(2019, 12, 4), date(2019, 12, 4), "day"),
        ("в июле", date(2019, 7, 1), date(2019, 7, 31), "month"),
        ("во вторник", date(2019, 12, 3), date(2019, 12, 3), "day"),
        ("накануне", date(2019, 12, 3), date(2019, 12, 3), "day"),
        ("в 2014 году", date(2014, 1, 1), date(2014, 12, 31), "year"),
        ("В прошлом году", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ]


def test_the_quote_is_stoltenbergs(sample_dataset):
    quotes = of_article(sample_dataset.quotes, sample_dataset)
    assert list(zip(quotes["speaker_id"], quotes["speaker_text"], strict=True)) == [
        ("person:jens-stoltenberg", "Столтенберг")
    ]
    assert quotes.iloc[0]["text"].startswith("Мы не видим в России врага.")


def test_one_entities_table_across_the_languages(sample_dataset):
    entities = sample_dataset.entities.set_index("entity_id")
    stoltenberg = entities.loc["person:jens-stoltenberg"]
    assert stoltenberg["name"] == "Jens Stoltenberg"
    assert stoltenberg["n_articles"] == 3
    assert {"Jens Stoltenberg", "Stoltenberg", "Йенс Столтенберг", "Столтенберг"} <= set(
        stoltenberg["aliases"]
    )
    assert {"NATO", "НАТО", "альянс"} <= set(entities.loc["org:nato", "aliases"])
    assert {"Russia", "Kremlin", "России", "Кремль", "Москва"} <= set(
        entities.loc["country:RUS", "aliases"]
    )
    assert entities.loc["event:nato-leaders-meeting-london-2019", "n_articles"] == 2


def test_no_tone_for_russian_sentences(sample_dataset):
    sentences = sample_dataset.sentences
    russian = sentences["article_id"] == seed_id(sample_dataset, "002")
    assert russian.sum() == 11
    assert sentences.loc[russian, "tone"].isna().all()
    assert sentences.loc[~russian, "tone"].notna().any()
