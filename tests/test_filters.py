"""The shared filters: the URL round trip, the words and file names, and which articles pass."""

from __future__ import annotations

from datetime import date

import pytest

from lib import queries
from lib.queries.filters import UNKNOWN_SOURCE, Filters
from tests import synthetic


@pytest.fixture(scope="module")
def corpus():
    return queries.build_corpus(synthetic.make_dataset())


def ids_of(corpus, filters: Filters) -> set[str]:
    return set(corpus.select(filters))


def test_query_string_round_trip():
    params = {
        "entity": ["person:jens-stoltenberg", "country:RUS"],
        "match": "any",
        "type": ["person", "country"],
        "from": "2016-01-01",
        "to": "2019-12-31",
        "date_basis": "event",
        "undated": "0",
        "source": "Sputnik",
        "q": "dialogue",
    }
    f = Filters.from_query_params(params)
    assert f == Filters(
        entities=("person:jens-stoltenberg", "country:RUS"),
        match="any",
        types=("person", "country"),
        start=date(2016, 1, 1),
        end=date(2019, 12, 31),
        date_basis="event",
        include_undated=False,
        sources=("Sputnik",),
        keyword="dialogue",
    )
    assert Filters.from_query_params(f.to_query_params()) == f


def test_defaults_make_an_empty_query_string_and_bad_values_are_ignored():
    assert Filters().to_query_params() == {}
    assert Filters().is_default
    f = Filters.from_query_params(
        {
            "from": "yesterday",
            "to": "2019-02-30",
            "type": ["person", "planet"],
            "match": "some",
            "date_basis": "lunar",
        }
    )
    assert f == Filters(types=("person",))
    swapped = Filters.from_query_params({"from": "2019-01-01", "to": "2016-01-01"})
    assert (swapped.start, swapped.end) == (date(2016, 1, 1), date(2019, 1, 1))


def test_describe_and_slug_say_which_filters_are_in_force():
    f = Filters(
        entities=("person:jens-stoltenberg", "country:RUS"),
        types=("person", "country"),
        start=date(2015, 11, 24),
        end=date(2019, 12, 4),
        sources=("Sputnik",),
        keyword="dialogue",
    )
    text = f.describe({"person:jens-stoltenberg": "Jens Stoltenberg", "country:RUS": "Russia"})
    assert (
        "Jens Stoltenberg & Russia" in text
        and "2015-11-24 – 2019-12-04" in text
        and "Sputnik" in text
        and "dialogue" in text
    )
    assert (
        f.slug()
        == "entity-jens-stoltenberg-rus_type-person-country_2015-11-24_2019-12-04_source-sputnik_q-dialogue"
    )
    assert Filters().slug() == "all"
    assert Filters().describe() == "all entity types · all dates · all sources"


def test_entities_all_or_any(corpus):
    trump_putin = Filters(entities=("person:donald-trump", "person:vladimir-putin"))
    assert ids_of(corpus, trump_putin) == {
        synthetic.article_id("a05.txt"),
        synthetic.article_id("a06.txt"),
    }
    either = trump_putin.with_(match="any")
    assert ids_of(corpus, either) == {
        synthetic.article_id(f)
        for f in ("a01.txt", "a04.txt", "a05.txt", "a06.txt", "a07.txt", "a08.txt", "a09.txt")
    }


def test_a_knowledge_base_event_is_an_entity_filter(corpus):
    f = Filters(entities=("event:su24-downing-2015",))
    assert ids_of(corpus, f) == {synthetic.article_id("a01.txt"), synthetic.article_id("a02.txt")}


def test_publication_dates_and_undated_articles(corpus):
    in_2016 = Filters(start=date(2016, 1, 1), end=date(2016, 12, 31))
    undated = synthetic.article_id("a09.txt")
    assert ids_of(corpus, in_2016) == {
        synthetic.article_id("a03.txt"),
        synthetic.article_id("a04.txt"),
        undated,
    }
    assert ids_of(corpus, in_2016.with_(include_undated=False)) == {
        synthetic.article_id("a03.txt"),
        synthetic.article_id("a04.txt"),
    }


def test_an_undated_article_is_left_out_when_its_known_range_cannot_overlap():
    data = synthetic.make_dataset()
    undated = data.articles["published"].isna()
    data.articles.loc[undated, "published_min"] = date(
        2019, 12, 3
    )  # "speaks of the London meeting as past"
    corpus = queries.build_corpus(data)
    assert synthetic.article_id("a09.txt") not in ids_of(corpus, Filters(end=date(2018, 12, 31)))
    assert synthetic.article_id("a09.txt") in ids_of(corpus, Filters(start=date(2020, 1, 1)))


def test_event_dates_filter_on_the_events_the_articles_speak_of(corpus):
    f = Filters(start=date(2014, 1, 1), end=date(2014, 12, 31), date_basis="event")
    assert ids_of(corpus, f) == {synthetic.article_id("a09.txt")}  # Crimea 2014, published: unknown


def test_sources_and_keyword(corpus):
    assert len(ids_of(corpus, Filters(sources=("RT",)))) == 2
    assert ids_of(corpus, Filters(sources=(UNKNOWN_SOURCE,))) == set()
    hits = ids_of(corpus, Filters(keyword="DIALOGUE"))
    assert hits == {synthetic.article_id(f) for f in ("a03.txt", "a04.txt", "a06.txt", "a09.txt")}
    assert ids_of(corpus, Filters(keyword="dialogue", sources=("RT",))) == {
        synthetic.article_id("a04.txt")
    }


def test_language_filter_in_the_link_and_on_the_articles(corpus):
    f = Filters.from_query_params({"lang": ["ru", "EN", "russian", "ru"]})
    assert f.languages == ("ru", "en")  # two-letter codes, once each
    assert f.to_query_params() == {"lang": ["ru", "en"]}
    assert Filters(languages=("ru",)).describe().endswith("in Russian")
    assert Filters(languages=("ru",)).slug() == "lang-ru"
    assert ids_of(corpus, Filters(languages=("en",))) == set(corpus.all_ids)
    assert ids_of(corpus, Filters(languages=("ru",))) == set()
