"""One article whose extraction raises does not stop a corpus run: it is kept without entities,
reported with its file and line, and every other article is processed as usual.

The failure is injected (no article makes today's code raise: each one found was fixed), in the
real pipeline and the real rules, for the article holding a marker word."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from lib.engine import nlp, per_chunk
from lib.engine.run import process_corpus

MARKER = "Zyxwvut"
GOOD = (
    "BRUSSELS (Reuters) - NATO Secretary General Jens Stoltenberg said on Tuesday that the "
    "alliance would keep its door open to Georgia."
)
BAD = f"WARSAW (Reuters) - Poland said on Tuesday that {MARKER} troops would stay in Estonia."
LATER = "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Turkish counterpart."


def write_corpus(path) -> None:
    rows = [
        {"title": "Door open", "text": GOOD, "date": "2018-07-10", "source": "Reuters"},
        {"title": "Troops stay", "text": BAD, "date": "2018-07-10", "source": "Reuters"},
        {"title": "Lavrov meets", "text": LATER, "date": "2018-07-11", "source": "Reuters"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def entities_by_title(dataset) -> dict[str, set[str]]:
    titles = dataset.articles.set_index("article_id")["title"]
    found: dict[str, set[str]] = {title: set() for title in titles}
    for article_id, entity_id in zip(
        dataset.mentions["article_id"], dataset.mentions["entity_id"], strict=True
    ):
        found[titles[article_id]].add(entity_id)
    return found


def assert_only_the_bad_article_failed(dataset, corpus, error: str) -> None:
    assert list(dataset.articles["title"]) == ["Door open", "Troops stay", "Lavrov meets"]
    found = entities_by_title(dataset)
    # the dateline's place is where the story was filed; Reuters, the outlet, is no mention
    assert found["Door open"] == {
        "person:jens-stoltenberg",
        "org:nato",
        "country:GEO",
        "location:brussels",
    }
    assert found["Troops stay"] == set()
    assert found["Lavrov meets"] == {
        "person:sergey-lavrov",
        "country:RUS",
        "country:TUR",
        "location:moscow",
    }
    [problem] = dataset.problems
    assert problem["path"] == str(corpus) and problem["line"] == 2
    assert problem["reason"].startswith(f"the extraction failed on this article ({error}")
    assert problem["action"] == "kept with its text and sentences, without entities"


def test_an_article_whose_rules_raise_is_kept_and_reported(tmp_path, monkeypatch):
    analyse = per_chunk.per_article.analyse_article

    def analyse_or_raise(blocks, *, text, **kwargs):
        if MARKER in text:
            raise RecursionError("maximum recursion depth exceeded")
        return analyse(blocks, text=text, **kwargs)

    monkeypatch.setattr(per_chunk.per_article, "analyse_article", analyse_or_raise)
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    dataset = process_corpus([corpus])
    assert_only_the_bad_article_failed(dataset, corpus, "RecursionError: maximum recursion")
    # Its sentences stay: the reader still shows the article's text in sentences.
    bad_id = dataset.articles.set_index("title").loc["Troops stay", "article_id"]
    assert (dataset.sentences["article_id"] == bad_id).sum() >= 1


@Language.component("explode_on_marker")
def explode_on_marker(doc):
    if MARKER in doc.text:
        raise ValueError(f"cannot read {MARKER}")
    return doc


def test_an_article_that_makes_the_pipeline_raise_is_kept_and_reported(tmp_path, monkeypatch):
    def pipeline_that_raises(model, gazetteer_dir, event_kbs=()):
        pipeline = nlp.load_pipeline(model, gazetteer_dir=gazetteer_dir, event_kbs=event_kbs)
        pipeline.add_pipe("explode_on_marker", first=True)
        return pipeline

    monkeypatch.setattr(per_chunk, "cached_pipeline", pipeline_that_raises)
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    dataset = process_corpus([corpus])
    assert_only_the_bad_article_failed(dataset, corpus, f"ValueError: cannot read {MARKER}")


@pytest.mark.parametrize("cached", [False, True])
def test_the_failure_is_reported_again_from_the_cache(tmp_path, monkeypatch, cached):
    def analyse_or_raise(article, **kwargs):
        raise KeyError("no such lemma")

    monkeypatch.setattr(per_chunk, "analyse_russian", analyse_or_raise)
    corpus = tmp_path / "corpus.jsonl"
    russian = "МОСКВА, 10 июл — РИА Новости. Генсек НАТО Йенс Столтенберг прибыл в Брюссель."
    rows = [
        {"title": "Door open", "text": GOOD, "date": "2018-07-10", "source": "Reuters"},
        {"title": "Прибыл", "text": russian, "date": "2018-07-10", "source": "РИА Новости"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    if cached:
        process_corpus([corpus], cache_dir=cache)
    dataset = process_corpus([corpus], cache_dir=cache)
    assert entities_by_title(dataset) == {
        "Door open": {"person:jens-stoltenberg", "org:nato", "country:GEO", "location:brussels"},
        "Прибыл": set(),
    }
    assert [(p["line"], p["reason"]) for p in dataset.problems] == [
        (2, "the extraction failed on this article (KeyError: 'no such lemma'); please report it")
    ]
