"""Tests of the harness's pure parts (no corpus, no pipeline run): `pytest eval`."""

import json

import pandas as pd
import pytest

from eval import excerpt_f1, mistake_kinds, outlet_noise, top_entities
from eval import labels as lab


def test_parse_top_maps_keys_to_types():
    assert top_entities.parse_top("people=3,places=2") == {"person": 3, "location": 2}
    with pytest.raises(ValueError):
        top_entities.parse_top("persons=3")


def _tables():
    entities = pd.DataFrame(
        {
            "entity_id": ["person:a", "person:b", "org:c"],
            "type": ["person", "person", "org"],
            "name": ["A", "B", "C"],
        }
    )
    mentions = pd.DataFrame(
        {
            "article_id": ["1", "1", "2", "3", "3", "3"],
            "entity_id": ["person:a", "person:a", "person:a", "person:b", "person:b", "org:c"],
            "kind": ["name", "name", "title", "name", "name", "name"],
            "surface": ["A", "Mr A", "the boss", "B", "B", "C"],
        }
    )
    return mentions, entities


def test_article_counts_ranks_by_articles_then_mentions():
    mentions, entities = _tables()
    counts = top_entities.article_counts(mentions, entities)
    assert list(counts["entity_id"]) == ["person:a", "person:b", "org:c"]
    a = counts.iloc[0]
    assert (a["articles"], a["mentions"], a["named"]) == (2, 3, 1)
    assert counts.iloc[1]["surfaces"] == "B 2"


def test_labels_by_id_then_by_surface_then_unlabelled():
    mentions, entities = _tables()
    top = top_entities.top_of_type(top_entities.article_counts(mentions, entities), "person", 5)
    labels = pd.DataFrame([["person:a", "A", "person", "ok", "", ""]], columns=lab.LABEL_COLUMNS)
    surfaces = pd.DataFrame([["b", "person", "chrome", "x"]], columns=lab.SURFACE_COLUMNS)
    out = lab.attach_labels(top, labels, surfaces)
    assert list(out["label"]) == ["ok", "wrong"]
    assert list(out["label_by"]) == ["id", "surface"]
    p = top_entities.precision(out)
    assert p["precision"] == 0.5 and p["unlabelled"] == 0
    assert lab.check_labels(
        pd.DataFrame([["x", "", "", "wrong", "typo", ""]], columns=lab.LABEL_COLUMNS)
    )


def test_sentence_text_marks_and_cuts():
    text = "a " * 200 + "Putin said" + " b" * 200
    s = top_entities.sentence_text(text, 0, len(text), 400, 405, width=60)
    assert "[[Putin]]" in s and s.startswith("…") and s.endswith("…")


def test_excerpt_scoring_by_id_and_by_name():
    pred = [
        excerpt_f1.Predicted("person:jim-jordan", "person", frozenset({"jim jordan"})),
        excerpt_f1.Predicted("country:JOR", "country", frozenset({"jordan"})),
        excerpt_f1.Predicted("country:GBR", "country", frozenset({"united kingdom"})),
    ]
    out = excerpt_f1.score_entities(
        [("person", "Rep. Jim Jordan|Jim Jordan"), ("country", "country:UKR")],
        [("country", "country:GBR")],
        pred,
    )
    assert out["person"].tp == ["person:jim-jordan"]
    assert out["country"].fp == ["country:JOR"] and out["country"].fn == ["country:UKR"]
    events = excerpt_f1.score_events(["event:a"], ["event:b"], {"event:b", "event:c"})
    assert (events.tp, events.fp, events.fn) == ([], ["event:c"], ["event:a"])
    assert excerpt_f1.prf(1, 1, 0) == (0.5, 1.0, 2 / 3)


def test_excerpt_key_mixing_ids_and_names():
    baltics = excerpt_f1.Predicted("location:baltics", "location", frozenset({"baltic states"}))
    sea = excerpt_f1.Predicted("location:baltic-sea", "location", frozenset({"baltic sea"}))
    assert excerpt_f1._matches("location:baltics|Baltic", baltics)
    assert excerpt_f1._matches("Baltic|location:baltics", baltics)
    assert not excerpt_f1._matches("location:baltics|Baltic", sea)
    assert excerpt_f1._matches("location:baltic-sea|Baltic Sea", sea)


def test_outlet_keys():
    assert outlet_noise.url_keys("https://www.bbc.co.uk/news/x") == {"bbc", "thebbc"}
    assert "fox" in outlet_noise.source_keys("Fox Online News")
    assert "cnn" in outlet_noise.source_keys("CNN (Web News)")
    assert outlet_noise.compact("The Washington Times") == "thewashingtontimes"


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        ("Washington (CNN)", "CNN", "dateline"),
        ("Copyright © 2019 The Washington Times, LLC.", "The Washington Times", "promo/footer"),
        ("Fox News' Gregg Re contributed to this report.", "Fox News", "credit/bio"),
        ('"It could be," Jones told POLITICO.', "POLITICO", "attribution"),
    ],
)
def test_self_context(sentence, surface, expected):
    assert outlet_noise.self_context(sentence, surface, repeated=False) == expected


def test_repeated_lines_need_different_headlines():
    articles = pd.DataFrame(
        {
            "article_id": list("abcd"),
            "source": ["S"] * 4,
            "title": ["1", "2", "3", "3"],
            "text": [
                "Story one.\nSubscribe now.",
                "Story two.\nSubscribe now.",
                "Story three.\nSubscribe now.",
                "Story three.\nSubscribe now.",
            ],
        }
    )
    counts, occ = outlet_noise.repeated_lines(articles, min_articles=3)
    assert list(counts["line"]) == ["Subscribe now."]
    assert counts.iloc[0]["articles"] == 4 and counts.iloc[0]["headlines"] == 3
    assert len(occ) == 4


def test_false_friend_reasons():
    m = pd.DataFrame(
        {
            "type": ["country"] * 4,
            "kind": ["name"] * 4,
            "surface": ["Ky.", "Jersey", "Jordan", "Georgia"],
        }
    )
    before = ["Mitch McConnell, R-", "senator from New ", "said Rep. Jim ", "in "]
    after = [", said", " on Monday", ", R-Ohio", " on Friday"]
    reasons = list(mistake_kinds.false_friend(m, before, after))
    assert reasons[0] == "US-state abbreviation"
    assert reasons[1].startswith("inside a longer place name")
    assert reasons[2].startswith("a person's name")
    assert reasons[3].startswith("also a US state")


def test_russian_pages_corpus_has_one_row_per_url_with_its_host(tmp_path):
    from eval.russian.pages_corpus import page_rows

    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    row = {
        "id": "r1",
        "url": "https://www.ria.ru/x.html",
        "text": "Текст",
        "published": "2014-03-18",
    }
    a.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    b.write_text(json.dumps({**row, "id": "r2"}, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = list(page_rows([a, b]))
    assert [(r["id"], r["source"], r["date"]) for r in rows] == [("r1", "ria.ru", "2014-03-18")]
