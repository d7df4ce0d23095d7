"""The multi-source test corpus through the real pipeline: outlets, years, metadata kept."""

from __future__ import annotations

import pandas as pd

from tests.conftest import named_mentions
from tests.multisource import LEANINGS, OUTLETS, PLANTED


def test_every_article_keeps_outlet_date_and_leaning(multisource_dataset):
    articles = multisource_dataset.articles
    assert len(articles) == 12
    assert articles["source"].value_counts().to_dict() == {o: 4 for o in OUTLETS}
    years = pd.to_datetime(articles["published"]).dt.year
    assert sorted(years.unique()) == [2016, 2019]
    leaning = articles["extra"].map(dict).map(lambda e: e.get("leaning"))
    assert dict(zip(articles["source"], leaning, strict=True)) == LEANINGS


def test_planted_entities_appear_only_in_their_outlet(multisource_dataset):
    mentions = named_mentions(multisource_dataset).merge(
        multisource_dataset.articles[["article_id", "source"]], on="article_id"
    )
    for outlet, name in PLANTED.items():
        assert set(mentions.loc[mentions["name"] == name, "source"]) == {outlet}, name


def test_outlet_boilerplate_is_not_text(multisource_dataset):
    text = "\n".join(multisource_dataset.articles["text"])
    assert "Sign up for our newsletter" not in text
    assert "Read more:" not in text
    assert "(Reuters) -" not in text
