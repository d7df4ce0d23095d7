"""Golden tests: the two seed articles (scraped Sputnik pages) hold exactly the people,
countries, organisations and places a careful reader finds in their text."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import named_mentions, seed_id

EXPECTED = {
    "000": {
        "person": {"Jens Stoltenberg", "Vladimir Putin", "Recep Tayyip Erdogan"},
        "country": {"RUS", "TUR", "UKR"},
        "org": {"NATO", "German Marshall Fund", "NATO-Russia Council", "Islamic State"},
        # "MOSCOW (Sputnik) -": a dateline's place is where the story was filed (as in
        # eval/excerpts' gold), the agency is the outlet
        "location": {"Europe", "Moscow"},
    },
    "001": {
        "person": {"Jens Stoltenberg", "Vladimir Putin", "Donald Trump", "Recep Tayyip Erdogan"},
        "country": {"RUS", "TUR", "UKR", "USA", "POL", "DEU"},
        "org": {"NATO", "Deutsche Presse-Agentur", "Russian General Staff"},
        "location": {"Crimea", "Donbass", "London", "Moscow", "Warsaw"},
    },
}


def article_mentions(dataset, prefix):
    mentions = named_mentions(dataset)
    return mentions[mentions["article_id"] == seed_id(dataset, prefix)]


@pytest.mark.parametrize("prefix", ["000", "001"])
@pytest.mark.parametrize("entity_type", ["person", "country", "org", "location"])
def test_exact_entity_sets(sample_dataset, prefix, entity_type):
    mentions = article_mentions(sample_dataset, prefix)
    of_type = mentions[mentions["type"] == entity_type]
    if entity_type == "country":
        found = {eid.split(":")[1] for eid in of_type["entity_id"]}
    else:
        found = set(of_type["name"])
    assert found == EXPECTED[prefix][entity_type]


def test_no_site_chrome_becomes_an_entity(sample_dataset):
    surfaces = set(named_mentions(sample_dataset)["surface"])
    for chrome in (
        "Facebook",
        "Sputnik",
        "Sputnik International",
        "Listen Live",
        "GMT",
        "REUTERS",
        "Francois Lenoir",
        "Pentagon",
        "Spain",
        "Italian",
        "M5S",
        "Subscribe",
    ):
        assert chrome not in surfaces
    # Trump appears in 000 only in the related-headline list under the story.
    assert "Donald Trump" not in set(article_mentions(sample_dataset, "000")["name"])


def kinds(mentions, entity_id):
    return mentions[mentions["entity_id"] == entity_id]["kind"].value_counts().to_dict()


def test_russia_by_name_demonym_capital_and_seat(sample_dataset):
    # 000: "Russia" x11, "Moscow" x7 (incl. "Ankara-Moscow"), "Russian" x2 ("Russian and Turkish presidents", "Russian plane")
    assert kinds(article_mentions(sample_dataset, "000"), "country:RUS") == {
        "name": 11,
        "capital": 6,
        "demonym": 2,
    }
    # 001: "Russia" x9, "Russian" x3, "Moscow" x1, "the Kremlin" x1
    assert kinds(article_mentions(sample_dataset, "001"), "country:RUS") == {
        "name": 8,
        "demonym": 3,
        "capital": 1,
        "seat": 1,
    }


def test_turkey_and_germany_kinds(sample_dataset):
    assert kinds(article_mentions(sample_dataset, "000"), "country:TUR") == {
        "capital": 1,
        "demonym": 1,
    }
    # "German" in "German Marshall Fund" is part of a name; in "the German Deutsche Presse-Agentur" it is Germany.
    assert "country:DEU" not in set(article_mentions(sample_dataset, "000")["entity_id"])
    assert kinds(article_mentions(sample_dataset, "001"), "country:DEU") == {"demonym": 1}


def test_capital_as_place_is_a_location(sample_dataset):
    mentions = article_mentions(sample_dataset, "001")
    london = mentions[mentions["surface"] == "London"]
    assert list(london["entity_id"]) == ["location:london"]  # "the NATO summit in London"
    warsaw = mentions[mentions["surface"] == "Warsaw"]
    assert list(warsaw["section"]) == ["caption"]


def latin(aliases) -> set[str]:
    """The aliases written in the English articles (the Russian article's are Cyrillic)."""
    return {a for a in aliases if a.isascii()}


def test_people_merged_with_roles(sample_dataset):
    entities = sample_dataset.entities.set_index("name")
    assert set(entities.loc["Vladimir Putin", "aliases"]) == {"Putin", "Vladimir Putin"}
    assert latin(entities.loc["Recep Tayyip Erdogan", "aliases"]) == {
        "Erdogan",
        "Recep Tayyip Erdogan",
    }
    assert list(entities.loc["Jens Stoltenberg", "roles"]) == ["NATO Secretary General"]
    assert list(entities.loc["Vladimir Putin", "roles"]) == ["Russian President"]
    assert list(entities.loc["Donald Trump", "roles"]) == ["US President"]
    assert list(entities.loc["Recep Tayyip Erdogan", "roles"]) == ["Turkish President"]


def test_nato_chief_and_the_alliance_are_resolved(sample_dataset):
    m000 = article_mentions(sample_dataset, "000")
    chief = m000[m000["kind"] == "title"]
    assert list(zip(chief["surface"], chief["name"], chief["section"], strict=True)) == [
        ("NATO chief", "Jens Stoltenberg", "lede")
    ]
    m001 = article_mentions(sample_dataset, "001")
    refs = m001[m001["kind"].isin(["title", "reference"])].sort_values("start")
    assert list(zip(refs["surface"], refs["name"], refs["section"], strict=True)) == [
        ("NATO Chief", "Jens Stoltenberg", "title"),
        ("NATO chief", "Jens Stoltenberg", "body"),
        ("NATO chief", "Jens Stoltenberg", "body"),
        ("the alliance", "NATO", "body"),
    ]


def test_mention_offsets_point_into_article_text(sample_dataset):
    texts = sample_dataset.articles.set_index("article_id")["text"]
    for m in sample_dataset.mentions.itertuples():
        assert texts[m.article_id][m.start : m.end] == m.surface
    m001 = article_mentions(sample_dataset, "001").sort_values("start")
    text = texts[seed_id(sample_dataset, "001")]
    first = m001.iloc[0]
    assert (first["surface"], first["section"]) == ("NATO", "title")
    assert text.startswith("NATO Chief Says Ready to Meet With Putin")
    stoltenberg = m001[m001["surface"] == "Jens Stoltenberg"].iloc[0]
    assert stoltenberg["section"] == "caption"
    assert (
        text[stoltenberg["start"] - len("NATO Secretary General ") : stoltenberg["start"]]
        == "NATO Secretary General "
    )


def test_sentence_ids_and_sections(sample_dataset):
    sentences = sample_dataset.sentences
    texts = sample_dataset.articles.set_index("article_id")["text"]
    for aid, group in sentences.groupby("article_id"):
        assert list(group["sentence_id"]) == list(range(len(group)))
        assert (group["end"] > group["start"]).all() and group["end"].max() <= len(texts[aid])
    mentions = sample_dataset.mentions.merge(
        sentences, on=["article_id", "sentence_id"], suffixes=("", "_s")
    )
    assert (
        (mentions["start"] >= mentions["start_s"]) & (mentions["end"] <= mentions["end_s"])
    ).all()
    assert (mentions["section"] == mentions["section_s"]).all()


def test_articles_table_for_the_seeds(sample_dataset):
    articles = sample_dataset.articles.set_index(sample_dataset.articles["path"].str[-24:-21])
    articles = articles.loc[["000", "001"]]  # the English seeds; 002 (Russian): test_russian_seed
    assert list(articles["source"]) == ["Sputnik", "Sputnik"]
    assert list(articles["source_basis"]) == ["dateline", "dateline"]
    assert list(articles["dateline"]) == ["MOSCOW (Sputnik)", "MOSCOW (Sputnik)"]
    assert pd.isna(articles.loc["000", "title"])
    assert (
        articles.loc["001", "title"]
        == "NATO Chief Says Ready to Meet With Putin: 'I Believe in Dialogue With Russia'"
    )
    # The "19:26 GMT +3 19 January 2020" line is a page clock, not the article date.
    assert articles.loc["000", "page_clock"] == "19:26 GMT +319 January 2020"
    assert articles["published"].isna().all()
    assert articles.loc["000", "lede"].startswith("The NATO chief called for dialogue with Moscow")
