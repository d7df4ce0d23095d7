"""The corpus-level chrome rules on hand-made tables (no spaCy): repeated text per source
(lib.engine.repeats), an outlet's own names (lib.engine.own_outlet), spans of chrome
sentences (lib.engine.chrome)."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.engine import chrome, own_outlet, repeats
from lib.engine.gazetteer import load_gazetteer

FOOTER = "Readers can reach the Ledger newsroom at any hour through the tip line."


def article(article_id: str, source: str | None, title: str | None, body: list[str]) -> dict:
    head = title or ""
    text = "\n\n".join([head, *body]) if title else "\n\n".join(body)
    sections, pos = [], 0
    if title:
        sections.append({"section": "title", "start": 0, "end": len(head)})
        pos = len(head) + 2
    for block in body:
        sections.append({"section": "body", "start": pos, "end": pos + len(block)})
        pos += len(block) + 2
    return {
        "article_id": article_id,
        "source": source,
        "title": title,
        "text": text,
        "sections": sections,
    }


def story(n: int) -> str:
    return f"Story {n}: the minister of country number {n} spoke to parliament on day {n * 3}."


def spans_text(articles: pd.DataFrame, spans: pd.DataFrame) -> set[str]:
    texts = articles.set_index("article_id")["text"]
    return {
        texts[a][s:e]
        for a, s, e in zip(spans["article_id"], spans["start"], spans["end"], strict=True)
    }


def test_a_block_repeated_under_enough_headlines_is_found_in_each_article():
    frame = pd.DataFrame(
        [article(f"a{n}", "Ledger", f"Title {n}", [story(n), FOOTER]) for n in range(4)]
    )
    spans = repeats.repeated_spans(frame)
    assert sorted(spans["article_id"]) == ["a0", "a1", "a2", "a3"]
    assert spans_text(frame, spans) == {FOOTER}
    assert set(spans["n_articles"]) == {4} and set(spans["source"]) == {"Ledger"}


def test_below_the_count_the_same_story_twice_or_other_sources_it_is_not_chrome():
    three = [article(f"a{n}", "Ledger", f"Title {n}", [story(n), FOOTER]) for n in range(3)]
    assert repeats.repeated_spans(pd.DataFrame(three)).empty
    # a fourth copy under a headline already seen is the same story filed twice
    again = [*three, article("a3", "Ledger", "Title 0", [story(9), FOOTER])]
    assert repeats.repeated_spans(pd.DataFrame(again)).empty
    # the same words in four different sources
    spread = [article(f"a{n}", f"Paper {n}", f"Title {n}", [story(n), FOOTER]) for n in range(4)]
    assert repeats.repeated_spans(pd.DataFrame(spread)).empty


def test_the_share_of_the_sources_articles_raises_the_count_for_a_big_source():
    frame = pd.DataFrame(
        [article(f"a{n}", "Ledger", f"Title {n}", [story(n), FOOTER]) for n in range(5)]
        + [article(f"b{n}", "Ledger", f"Other {n}", [story(n + 100)]) for n in range(95)]
    )
    assert len(repeats.repeated_spans(frame)) == 5  # 5 of 100: share 0.05 >= 0.01
    strict = repeats.RepeatRule(min_share=0.06)
    assert repeats.repeated_spans(frame, strict).empty


def test_headlines_are_never_chrome_and_short_blocks_count_whole():
    contact = "Contact us at desk@ledger.example."
    one_story = [
        article(f"a{n}", "Ledger", "NATO summit opens", [story(n), contact]) for n in range(4)
    ]
    assert repeats.repeated_spans(pd.DataFrame(one_story)).empty  # one headline: one story
    headline = "NATO summit opens in London with a row over spending and Turkey"
    frame = pd.DataFrame(
        [article(f"a{n}", "Ledger", f"{headline} {n}", [story(n), contact]) for n in range(4)]
    )
    # the headlines share ten words, and are left alone; the short contact line is found
    assert spans_text(frame, repeats.repeated_spans(frame)) == {contact}


def test_inside_spans_and_chrome_sentences():
    spans = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "start": [10, 50],
            "end": [40, 90],
            "source": "S",
            "n_articles": [5, 7],
        }
    )
    sentences = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "sentence_id": [0, 1, 2, 0],
            "start": [0, 10, 50, 10],
            "end": [9, 40, 95, 40],
        }
    )
    assert repeats.inside_spans(sentences, spans).tolist() == [-1, 0, -1, -1]
    found = repeats.chrome_sentences(spans, sentences)
    assert found[["sentence_id", "n_articles"]].values.tolist() == [[1, 5]]


def test_consecutive_chrome_sentences_merge_into_one_span():
    rows = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "sentence_id": [3, 4, 7, 3],
            "start": [100, 150, 300, 10],
            "end": [149, 200, 350, 40],
            "evidence": "in 5 articles of S",
        }
    )
    merged = chrome.merged_spans(rows)
    assert merged[["article_id", "start", "end"]].values.tolist() == [
        ["a", 100, 200],
        ["a", 300, 350],
        ["b", 10, 40],
    ]


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("FOX News", "fox news"),
        ("The Hill", "The hill"),
        ("the Hill", "the hill"),
        ("@CNN", "cnn"),
        ("The Washington Times'", "The washington times"),
        ("CNN's", "cnn"),
    ],
)
def test_outlet_key(surface, key):
    assert own_outlet.outlet_key(surface) == key


def test_an_articles_own_outlets():
    outlets = own_outlet.OwnOutlets(load_gazetteer())
    assert outlets.outlets_of("CNN (Web News)", None, None) == {"CNN"}
    assert outlets.outlets_of("Fox Online News", "https://www.foxnews.com/politics/x", None) >= {
        "Fox News"
    }
    assert outlets.outlets_of(None, None, "MOSCOW (Reuters)") == {"Reuters"}
    assert outlets.outlets_of(
        "Guest Writer - Right", "https://www.washingtontimes.com/news/x", None
    ) >= {"Washington Times"}
    assert "The hill" in outlets.keys("The Hill") and "hill" not in outlets.keys("The Hill")
    assert {"washington times", "The washington times"} <= outlets.keys("Washington Times")


def test_own_outlet_mentions_leave_other_outlets_and_capitol_hill():
    articles = pd.DataFrame(
        {
            "article_id": ["h", "c"],
            "source": ["The Hill", "CNN"],
            "url": [None, None],
            "dateline": [None, None],
        }
    )
    mentions = pd.DataFrame(
        {
            "article_id": ["h", "h", "h", "c", "c"],
            "entity_id": ["org:the-hill", "location:hill", "org:reuters", "org:cnn", "org:cnn"],
            "surface": ["The Hill", "Hill", "Reuters", "CNN", "Cable News Network"],
        }
    )
    found = own_outlet.own_outlet_mentions(articles, mentions, gaz=load_gazetteer())
    assert found.tolist() == ["The Hill", None, None, "CNN", "CNN"]


def test_articles_without_a_headline_do_not_count_but_are_judged():
    untitled = [article(f"u{n}", "Ledger", None, [story(n), FOOTER]) for n in range(6)]
    assert repeats.repeated_spans(pd.DataFrame(untitled)).empty
    titled = [article(f"a{n}", "Ledger", f"Title {n}", [story(n), FOOTER]) for n in range(4)]
    spans = repeats.repeated_spans(pd.DataFrame(titled + untitled[:1]))
    assert sorted(spans["article_id"]) == ["a0", "a1", "a2", "a3", "u0"]


def test_an_outlet_calling_itself_by_its_short_name():
    # "sources told The Post" in the New York Post, "told CBN News" in CBN's own article: the
    # source, not an organisation of its coverage; "The Times" in the Post is another paper
    articles = pd.DataFrame(
        {
            "article_id": ["p", "b", "w"],
            "source": ["New York Post", "CBN", "Washington Times"],
            "url": [None, None, None],
            "dateline": [None, None, None],
        }
    )
    mentions = pd.DataFrame(
        {
            "article_id": ["p", "p", "p", "b", "b", "w"],
            "entity_id": ["org:post", "org:new-york-times", "org:post", "org:cbn-news",
                          "org:cbs", "org:new-york-times"],
            "surface": ["The Post", "The Times", "Post", "CBN News", "CBS", "Times"],
        }
    )  # fmt: skip
    found = own_outlet.own_outlet_mentions(articles, mentions, gaz=load_gazetteer())
    assert found.tolist() == [
        "New York Post",
        None,
        "New York Post",
        "CBN",
        None,
        "Washington Times",
    ]


def test_a_corpus_of_headlines_only_has_no_repeated_text_and_does_not_fail():
    # One-line articles (a list of headlines, a short wire alert) are titles with no body:
    # the same headline in four articles is still no chrome, and no block means no unit.
    frame = pd.DataFrame(
        [article(f"a{n}", "Ledger", "Minister meets envoy in Geneva", []) for n in range(4)]
    )
    assert repeats.repeated_spans(frame).empty
