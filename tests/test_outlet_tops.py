"""eval.outlet_tops: each outlet's own top entities, labelled, on tables made here by hand."""

from __future__ import annotations

import pandas as pd

from eval import labels as lab
from eval.outlet_tops import flagged, outlet_tops
from eval.top_entities import precision


def _tables() -> dict[str, pd.DataFrame]:
    articles = pd.DataFrame(
        {"article_id": ["a1", "a2", "a3", "b1", "b2"], "source": ["A", "A", "A", "B", "B"]}
    )
    rows = [
        ("a1", "person:jane-doe"), ("a2", "person:jane-doe"), ("a3", "person:amy"),
        ("a1", "location:nra"), ("b1", "person:jane-doe"), ("b2", "person:john-roe"),
        ("b2", "person:john-roe"),
    ]  # fmt: skip
    mentions = pd.DataFrame(rows, columns=["article_id", "entity_id"]).assign(
        kind="name", surface=lambda f: f["entity_id"].str.split(":").str[1]
    )
    entities = pd.DataFrame(
        {
            "entity_id": ["person:jane-doe", "person:amy", "person:john-roe", "location:nra"],
            "type": ["person", "person", "person", "location"],
            "name": ["Jane Doe", "Amy", "John Roe", "NRA"],
        }
    )
    return {"articles": articles, "mentions": mentions, "entities": entities}


def test_each_outlets_top_is_counted_in_its_own_articles():
    tops = outlet_tops(_tables(), top=1, min_articles=2)
    people = tops["person"]
    assert people[["outlet", "entity_id", "articles"]].values.tolist() == [
        ["A", "person:jane-doe", 2],
        ["B", "person:john-roe", 1],
    ]
    assert tops["location"]["entity_id"].tolist() == ["location:nra"]
    # an outlet below the threshold is left out
    assert set(outlet_tops(_tables(), top=1, min_articles=3)["person"]["outlet"]) == {"A"}


def test_precision_over_outlet_rows_and_the_flagged_entities():
    tops = outlet_tops(_tables(), top=2, min_articles=2)["person"]
    labels = pd.DataFrame(
        [
            ("person:jane-doe", "Jane Doe", "person", "ok", "", ""),
            ("person:amy", "Amy", "person", "wrong", "short-form", ""),
        ],
        columns=lab.LABEL_COLUMNS,
    )
    tops = lab.attach_labels(tops, labels, pd.DataFrame(columns=lab.SURFACE_COLUMNS))
    p = precision(tops)
    assert (p["ok"], p["wrong"], p["unlabelled"]) == (2, 1, 1)
    rows = flagged(tops)
    assert rows[["entity_id", "label", "outlets"]].values.tolist() == [
        ["person:amy", "wrong", "A"],
        ["person:john-roe", "unlabelled", "B"],
    ]
